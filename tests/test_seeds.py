"""The two articles the project started from: both layouts, read right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database


def _by_file(db: Database) -> dict[str, object]:
    return {Path(a.source).name[:3]: a for a in db.articles()}


def test_both_seeds_ingest_with_outlet_date_title_and_clean_body(
    db: Database, seeds: Path, opts: IngestOptions
) -> None:
    report = ingest(db, [str(seeds)], opts)
    assert len(report.added) == 2 and not report.rejected
    cradle, other = _by_file(db)["000"], _by_file(db)["002"]

    assert cradle.outlet == "The Cradle"
    assert cradle.published == dt.date(2025, 5, 13)
    assert cradle.date_source == "header"
    assert cradle.title is None  # the page has no headline; none is invented
    assert cradle.text.startswith("Israeli Prime Minister Benjamin Netanyahu announced")
    assert "Via The Cradle" not in cradle.text and "date 2025" not in cradle.text
    assert cradle.text.endswith("had reported Monday morning.")
    assert cradle.language == "en"

    assert other.outlet is None and other.published is None  # unknown, not guessed
    assert other.title == (
        "Hamas Releases Israeli American Soldier, Seeking to Reopen Ceasefire Talks"
    )
    assert other.text.startswith("The White House reportedly negotiated with Hamas")
    assert "Ceasefire Talks" not in other.text.split("\n\n")[0]
    assert other.text.count("\n\n") == 10  # eleven body paragraphs, as written
    assert "\n\n\n" not in other.text and "  " not in other.text


def test_reingesting_the_seeds_adds_nothing(db: Database, seeds: Path, opts: IngestOptions) -> None:
    ingest(db, [str(seeds)], opts)
    again = ingest(db, [str(seeds)], opts)
    assert (len(again.added), len(again.duplicates), again.skipped_sources) == (0, 0, 2)
    # Same files by another path (a copy elsewhere): recognised by id, still nothing added.
    assert db.count_articles() == 2


def test_seed_copy_elsewhere_is_recognised(
    db: Database, seeds: Path, tmp_path: Path, opts: IngestOptions
) -> None:
    ingest(db, [str(seeds)], opts)
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in seeds.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())
    again = ingest(db, [str(copy)], opts)
    assert len(again.added) == 0 and again.unchanged + again.skipped_sources == 2
    assert db.count_articles() == 2
