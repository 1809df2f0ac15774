"""Every reader, plain and gzip'd, through the real pipeline into a real database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import samples
from conftest import write
from newsprism.ingest import ingest
from newsprism.ingest.plaintext import parse_text
from newsprism.options import IngestOptions
from newsprism.records import Article
from newsprism.store import Database


def _one(db: Database) -> Article:
    found = db.articles()
    assert len(found) == 1, [a.locator for a in found]
    return found[0]


@pytest.mark.parametrize("gz", [False, True])
def test_html_page(db: Database, tmp_path: Path, opts: IngestOptions, gz: bool) -> None:
    path = write(tmp_path / "tram.html", samples.page(), gz=gz)
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 1
    a = _one(db)
    assert (a.title, a.outlet, a.author) == (
        "Council backs tram extension",
        "Daily Ledger",
        "Maria Lopez",
    )
    assert a.published == dt.date(2024, 3, 5) and a.date_source == "metadata"
    assert (
        a.url == "https://www.dailyledger.example/city/tram" and a.domain == "dailyledger.example"
    )
    assert a.text.startswith("The city council voted")  # headline not repeated in the body
    assert "Most read" not in a.text and "Cookie" not in a.text and "Sport" not in a.text
    assert a.format == "html" and a.language == "en"


@pytest.mark.parametrize("gz", [False, True])
def test_rss_feed(db: Database, tmp_path: Path, opts: IngestOptions, gz: bool) -> None:
    path = write(tmp_path / "feed.rss", samples.rss(3), gz=gz)
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 3 and not report.rejected
    stories = sorted(db.articles(), key=lambda a: a.title or "")
    assert [a.title for a in stories] == ["Story 0", "Story 1", "Story 2"]
    first = stories[0]
    assert first.outlet == "Example News" and first.url == "https://news.example.org/story-0"
    assert first.published == dt.date(2025, 5, 13) and first.date_source == "feed"
    assert first.text == samples.PARAGRAPHS[0] + "\n\nStory number 0 continues here."
    assert first.locator.endswith("#entry=1")


def test_feed_entry_with_an_unreadable_date(
    db: Database, tmp_path: Path, opts: IngestOptions
) -> None:
    feed = samples.rss(1).replace("Tue, 13 May 2025 10:00:00 GMT", "the day before yesterday")
    report = ingest(db, [str(write(tmp_path / "feed.rss", feed))], opts)
    assert _one(db).published is None
    [warning] = report.warnings
    assert warning.code == "W001" and warning.locator.endswith("#entry=1")
    assert "'the day before yesterday'" in warning.message


def test_atom_feed(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    path = write(tmp_path / "wire.atom", samples.atom())
    ingest(db, [str(path)], opts)
    a = _one(db)
    assert (a.outlet, a.author, a.published) == ("Atom Wire", "Sam Reporter", dt.date(2025, 5, 12))
    assert a.text.split("\n\n") == samples.PARAGRAPHS[:2]


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_with_default_and_mapped_columns(db: Database, tmp_path: Path, gz: bool) -> None:
    rows = [
        {"headline": "A", "body": samples.PARAGRAPHS[0], "source": "Wire A", "date": "2025-05-12"},
        {
            "headline": "B",
            "body": samples.PARAGRAPHS[1],
            "source": "Wire B",
            "authors": ["X Y", "Z W"],
            "link": "https://b.example/1",
        },
    ]
    path = write(tmp_path / "dump.jsonl", "\n".join(json.dumps(r) for r in rows), gz=gz)
    report = ingest(db, [str(path)], IngestOptions(workers=1))
    assert len(report.added) == 2
    by_title = {a.title: a for a in db.articles()}
    assert by_title["A"].outlet == "Wire A" and by_title["A"].published == dt.date(2025, 5, 12)
    assert by_title["B"].author == "X Y, Z W" and by_title["B"].domain == "b.example"

    mapped = write(
        tmp_path / "other.jsonl",
        json.dumps({"story": samples.PARAGRAPHS[2], "hed": "C", "pub": "Daily C"}),
    )
    report = ingest(
        db,
        [str(mapped)],
        IngestOptions(workers=1, columns={"text": "story", "title": "hed", "outlet": "pub"}),
    )
    assert len(report.added) == 1
    assert db.articles(__import__("newsprism").ArticleQuery(outlet="Daily C"))[0].title == "C"


def test_json_array_and_record_with_html(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    items = [
        {"title": "T1", "text": samples.PARAGRAPHS[0]},
        {"url": "https://www.dailyledger.example/x", "html": samples.page()},
    ]
    path = write(tmp_path / "items.json", json.dumps(items, indent=2))
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 2
    formats = sorted(a.format for a in db.articles())
    assert formats == ["record", "record-html"]


@pytest.mark.parametrize(("name", "sep"), [("rows.csv", ","), ("rows.tsv", "\t")])
def test_csv_and_tsv(
    db: Database, tmp_path: Path, opts: IngestOptions, name: str, sep: str
) -> None:
    text = samples.PARAGRAPHS[0].replace('"', "")
    lines = [
        sep.join(["title", "text", "outlet", "published"]),
        sep.join(["Row one", f'"{text}"', "CSV Times", "2025-05-13"]),
        sep.join(["Row two", f'"{samples.PARAGRAPHS[1]}"', "CSV Times", '"May 12, 2025"']),
    ]
    path = write(tmp_path / name, "\n".join(lines))
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 2, report.rejected
    dates = sorted(a.published for a in db.articles() if a.published)
    assert dates == [dt.date(2025, 5, 12), dt.date(2025, 5, 13)]


def test_warc_and_arc(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    pages = [
        (f"https://www.dailyledger.example/p{i}", samples.page(f"Headline {i}", [p]))
        for i, p in enumerate(samples.PARAGRAPHS)
    ]
    warc = write(tmp_path / "crawl.warc.gz", samples.warc(pages))
    arc = write(
        tmp_path / "old.arc",
        samples.arc(
            "https://old.example/a",
            samples.page(
                "Old page", ["An archived report about the harbour strike that lasted nine days."]
            ),
        ),
    )
    report = ingest(db, [str(warc), str(arc)], opts)
    assert len(report.added) == 4 and not report.rejected  # request, image, warcinfo passed over
    urls = sorted(a.url or "" for a in db.articles())
    assert urls[0] == "https://old.example/a"
    assert all(a.locator.split("#offset=")[1].isdigit() for a in db.articles())


def test_folder_recursive_mixed_formats(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    write(tmp_path / "in" / "a.html", samples.page())
    write(tmp_path / "in" / "sub" / "b.txt", "Headline B\n\n" + samples.PARAGRAPHS[1])
    write(tmp_path / "in" / "sub" / "deeper" / "c.rss", samples.rss(1), gz=True)
    write(tmp_path / "in" / ".hidden" / "d.txt", samples.PARAGRAPHS[2])
    report = ingest(db, [str(tmp_path / "in")], opts)
    assert len(report.added) == 3 and not report.rejected  # hidden folders are skipped


def test_outlet_and_date_options_override(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", samples.PARAGRAPHS[0])
    ingest(
        db, [str(path)], IngestOptions(workers=1, outlet="My Outlet", published=dt.date(2024, 1, 2))
    )
    a = _one(db)
    assert (a.outlet, a.published, a.date_source) == ("My Outlet", dt.date(2024, 1, 2), "option")


class TestPlainTextLayouts:
    def test_key_value_header(self) -> None:
        draft = parse_text(
            "Title: Port reopens\nDate: 2025-05-12\nSource: Harbour News\n"
            "Author: Kim Lee\n\nThe port reopened on Monday.",
            "x",
        )
        assert (draft.title, draft.outlet, draft.author) == (
            "Port reopens",
            "Harbour News",
            "Kim Lee",
        )
        assert (
            draft.published == dt.date(2025, 5, 12) and draft.text == "The port reopened on Monday."
        )

    def test_byline_is_lifted(self) -> None:
        draft = parse_text(
            "Port reopens after strike\n\nBy Kim Lee and Ola Berg\n\nThe port reopened on Monday.",
            "x",
        )
        assert draft.title == "Port reopens after strike" and draft.author == "Kim Lee and Ola Berg"
        assert draft.text == "The port reopened on Monday."

    def test_a_first_sentence_is_not_a_headline(self) -> None:
        draft = parse_text("The port reopened on Monday.\n\nWorkers returned.", "x")
        assert draft.title is None and draft.text.startswith("The port reopened")

    def test_prose_starting_with_source_is_not_a_header(self) -> None:
        draft = parse_text(
            "Source: officials close to the talks said the deal was near.\n"
            "They declined to be named.",
            "x",
        )
        assert draft.outlet is None and draft.text.startswith("Source: officials")

    def test_soft_hyphens_are_dropped(self) -> None:
        # PAC: "Wayne La\u00adPierre" (3 articles) was a person apart from "Wayne LaPierre"
        draft = parse_text("Gun lobby\n\nWayne La\u00adPierre spoke at the con\u00advention.", "x")
        assert draft.text == "Wayne LaPierre spoke at the convention."

    def test_hard_wrapped_paragraphs_are_joined(self) -> None:
        draft = parse_text("First line of a\nwrapped paragraph.\n\nSecond paragraph.", "x")
        assert draft.text == "First line of a wrapped paragraph.\n\nSecond paragraph."
