"""Exact and near duplicates (wire copy run by several outlets) are linked, not stored apart."""

from __future__ import annotations

import json
from pathlib import Path

import samples
from conftest import write
from newsprism.ingest import dedup, ingest
from newsprism.options import IngestOptions
from newsprism.store import ArticleQuery, Database

WIRE = [
    "GENEVA (Wire) — Negotiators from both sides met in Geneva on Tuesday for a third round of "
    "talks aimed at ending the dispute over fishing rights in the northern gulf.",
    "The talks, hosted by the Swiss foreign ministry, are expected to last two days, officials "
    "said, adding that no breakthrough was likely before the end of the week.",
    "Fishermen from coastal villages have staged protests for months, saying foreign trawlers "
    "have depleted stocks of cod and herring to historic lows.",
    "A spokesperson for the ministry said the atmosphere was constructive and that both "
    "delegations had agreed to meet again next month if progress was made.",
    "Environmental groups urged the negotiators to include binding quotas in any agreement, "
    "warning that voluntary limits had failed in the past decade.",
]


def _row(outlet: str, paras: list[str], title: str = "Gulf fishing talks resume") -> str:
    return json.dumps({"title": title, "text": "\n\n".join(paras), "outlet": outlet})


def test_exact_copy_from_another_outlet_is_linked(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "wire.jsonl", "\n".join([_row("Paper A", WIRE), _row("Paper B", WIRE)]))
    report = ingest(db, [str(path)], IngestOptions(workers=1))
    assert len(report.added) == 1 and len(report.duplicates) == 1
    original = db.article(report.added[0])
    copy = db.article(report.duplicates[0])
    assert original is not None and copy is not None
    assert (copy.duplicate_of, copy.duplicate_kind, copy.outlet) == (
        original.id,
        "exact",
        "Paper B",
    )
    assert [c.outlet for c in db.duplicates_of(original.id)] == ["Paper B"]
    # Listings count the story once unless copies are asked for; every outlet is kept.
    assert len(db.articles()) == 1
    outlets = {a.outlet for a in db.articles(ArticleQuery(include_duplicates=True))}
    assert outlets == {"Paper A", "Paper B"}


def test_near_copy_and_trimmed_copy_are_linked(db: Database, tmp_path: Path) -> None:
    edited = [
        WIRE[0].replace("GENEVA (Wire) — ", ""),
        *WIRE[1:3],
        WIRE[3].replace("constructive", "positive"),
        WIRE[4],
        "Paper C's correspondent contributed to this report.",
    ]
    trimmed = WIRE[:3]
    rows = [
        _row("Paper A", WIRE),
        _row("Paper C", edited, "Fishing talks go on"),
        _row("Paper D", trimmed),
    ]
    path = write(tmp_path / "wire.jsonl", "\n".join(rows))
    report = ingest(db, [str(path)], IngestOptions(workers=1))
    assert len(report.added) == 1 and len(report.duplicates) == 2
    kinds = {
        a.outlet: (a.duplicate_kind, a.duplicate_score)
        for a in db.articles(ArticleQuery(include_duplicates=True))
        if a.duplicate_of
    }
    assert kinds["Paper C"][0] == "near" and 0.6 < kinds["Paper C"][1] < 1.0
    assert kinds["Paper D"][0] == "near" and kinds["Paper D"][1] == 1.0  # fully contained


def test_different_stories_on_one_topic_are_not_duplicates(db: Database, tmp_path: Path) -> None:
    other = [
        "Negotiators in Geneva failed on Thursday to agree on fishing quotas, and the talks "
        "were suspended until the autumn, according to two people present.",
        "Protesters gathered outside the venue, some carrying banners about herring stocks.",
        "The ministry declined to comment on the collapse of the round.",
    ]
    path = write(tmp_path / "two.jsonl", "\n".join([_row("Paper A", WIRE), _row("Paper B", other)]))
    report = ingest(db, [str(path)], IngestOptions(workers=1))
    assert len(report.added) == 2 and not report.duplicates


def test_minhash_estimates_jaccard() -> None:
    a = dedup.shingles(" ".join(WIRE))
    b = dedup.shingles(" ".join(WIRE[:4]))
    exact, _ = dedup.similarity(a, b)
    sa, sb = dedup.signature(a), dedup.signature(b)
    estimate = float((sa == sb).mean())
    assert abs(estimate - exact) < 0.2
    assert len(set(dedup.band_keys(sa)) & set(dedup.band_keys(sb))) >= 1
    unrelated = dedup.signature(dedup.shingles(" ".join(samples.PARAGRAPHS)))
    assert float((sa == unrelated).mean()) < 0.1
