"""Quality floors on public data (the trafilatura eval-gate habit): CI fails below them.

Floors sit a little under the measured figures (README) so noise does not flake the build,
but a real regression (a wrong extraction mode, lost paragraphs) fails it.
"""

from __future__ import annotations

import pytest

from conftest import shared
from newsprism.evaluate import run_suite

FLOORS = {"extraction": {"f1": 0.955, "precision": 0.945, "recall": 0.96}}


@pytest.mark.slow
def test_extraction_quality_floor() -> None:
    result = run_suite("extraction", shared("extraction-benchmark"))
    assert result["pages"] == 181
    for metric, floor in FLOORS["extraction"].items():
        assert result[metric] >= floor, f"{metric} {result[metric]} fell below {floor}"
