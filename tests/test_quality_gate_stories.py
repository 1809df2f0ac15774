"""Story clustering floors (issue 4): B-cubed F1 on held-out data must not fall below them.

Runs the real ingest, analysis and clustering of ECB+ (topics 1-35), BASIL and PAC, about six
minutes on two cores. Floors sit a little under the figures in docs/quality.md.
"""

from __future__ import annotations

import pytest

from conftest import shared
from newsprism.evaluate import run_suite

FLOORS = {"ecbplus_26_35": 0.93, "basil": 0.98, "pac": 0.94}


@pytest.mark.slow
def test_story_quality_floors() -> None:
    for folder in ("ecbplus", "basil", "pac"):
        shared(folder)
    results = run_suite("stories")["results"]
    assert results["basil"]["documents"] == 300 and results["pac"]["documents"] >= 300
    for name, floor in FLOORS.items():
        f1 = results[name]["bcubed"]["f1"]
        assert f1 >= floor, f"{name}: B-cubed F1 {f1} fell below {floor}"
    # Without hindsight, newsprism must beat the baseline that picks its threshold on the
    # very data it is scored on, where the issue says it should: BASIL.
    baseline = results["basil"]["baseline_tfidf_average_link_hindsight"]["bcubed"]["f1"]
    assert results["basil"]["bcubed"]["f1"] > baseline
    # PAC files three stories twice under two ids: the copies bound what any clusterer reaches
    copies = results["pac"]["gold_copies"]
    assert copies["article_pairs"] >= 1 and copies["bcubed_f1_ceiling"] < 1.0
    assert copies["bcubed_against_merged_gold"]["f1"] >= results["pac"]["bcubed"]["f1"]
