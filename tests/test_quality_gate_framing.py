"""Eval gate (slow): loaded words flagged by the framing section still find BASIL's
lexical-bias spans on the 50 held-out events, and the report keeps the two event sets apart."""

from __future__ import annotations

import pytest

from conftest import shared
from newsprism.evaluate.framing import metrics, run

pytestmark = pytest.mark.slow

# Measured on the held-out events (docs/quality.md): recall 0.048, precision 0.072, since
# valence counts only for adjectives and adverbs (recall 0.143, precision 0.045 before).
FLOORS = {"recall": 0.04, "precision": 0.06}


def test_framing_held_out_floor() -> None:
    result = run(shared("basil"))
    assert result["data"].startswith("BASIL, 50 held-out events of 100")
    for metric, floor in FLOORS.items():
        assert result[metric] >= floor, result
    assert result["lexical_bias_spans"] < result["all_events"]["lexical_bias_spans"]


def test_metrics_sum_events_before_dividing() -> None:
    # two events: 1 of 2 spans found, then 1 of 2 spans found; 1 of 4 flagged terms hit
    result = metrics([(1, 2, 1, 1), (1, 2, 0, 3)])
    assert (result["recall"], result["precision"]) == (0.5, 0.25)
    assert metrics([])["f1"] == 0.0
