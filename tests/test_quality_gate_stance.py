"""Eval gate (slow): the relation model's FNC-1 weighted score on the body-id validation
split (never trained on) stays above its pinned floor."""

from __future__ import annotations

import pytest

from conftest import shared
from newsprism.evaluate.stance import run

pytestmark = pytest.mark.slow

FLOOR = 86.5  # measured 87.69 (five MLPs; one alone ranged 86.0-88.2) (docs/quality.md)


def test_fnc_validation_score_floor() -> None:
    shared("fnc1")
    result = run()
    assert result["fnc_score"] >= FLOOR, result
    assert result["f1"]["unrelated"] >= 0.95
