"""Claim alignment against ECB+ cross-document event coreference (issue 5): the gold reader,
and floors on the held-out topics 26-35 (slow: analyses ECB+ topics 1-35 with embeddings)."""

from __future__ import annotations

import pytest

from conftest import shared
from newsprism.evaluate.alignment import _annotated, _document, _gold_pairs, _locate
from newsprism.evaluate.corpora import ecbplus

# Measured (docs/quality.md): held-out precision 0.737 (chance 0.417), recall 0.238 at revision
# 153; 0.701 and 0.245 at revision 168, where events tell a published report or software
# patch (PUBLISH) from a release of people, and one held-out topic's grouping moved (topic 27).
# The precision floor went from 0.70 to 0.68 then, so that the gate keeps a margin; the move
# is reported in the README, not hidden by the floor.
FLOORS = {"precision": 0.68, "recall": 0.22}


def test_gold_reads_events_of_annotated_sentences_only() -> None:
    folder = shared("ecbplus")
    marked = _annotated(folder)["1_10ecb"]
    assert marked == {"0", "3"}
    doc = next(d for d in ecbplus(folder, (1,)) if d.key == "1_10ecb")
    events, offsets = _document(folder / "1" / "1_10ecb.xml", doc.text, marked)
    # the check-in (mentions in both sentences) and the publicist's statement (sentence 0)
    assert events["1_10ecb#0"] >= events["1_10ecb#3"] and len(events["1_10ecb#0"]) == 2
    assert [key for _, key in offsets][:4] == ["1_10ecb#0", "", "", "1_10ecb#3"]
    assert _locate(offsets, offsets[3][0] + 5) == "1_10ecb#3"
    assert _locate(offsets, offsets[1][0]) is None


def test_gold_pairs_cross_documents_and_share_an_event() -> None:
    events = {"a#1": {"E1"}, "a#2": {"E1"}, "b#0": {"E1", "E2"}, "c#4": {"E2"}, "c#5": set()}
    assert _gold_pairs(events) == {("a#1", "b#0"), ("a#2", "b#0"), ("b#0", "c#4")}


@pytest.mark.slow
def test_alignment_held_out_floors() -> None:
    from newsprism.evaluate import run_suite

    shared("ecbplus")
    held_out = run_suite("alignment")["results"]["ecbplus_26_35"]
    assert held_out["topics"] == 10
    assert held_out["pairwise"]["precision"] > held_out["chance_precision"] + 0.2
    for metric, floor in FLOORS.items():
        value = held_out["pairwise"][metric]
        assert value >= floor, f"held-out {metric} {value} fell below {floor}"
