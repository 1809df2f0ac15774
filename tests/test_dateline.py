"""Publication dates read from a dateline under the headline, only when the input gives none,
and only when the line cannot be read two ways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import samples
from conftest import write
from newsprism.ingest import ingest
from newsprism.ingest.dateline import dateline_date
from newsprism.options import IngestOptions
from newsprism.store import Database

TODAY = dt.date(2026, 1, 1)
BODY = "Rescue teams searched the collapsed homes through the night, officials said."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted Oct 26, 2011 8:57 AM CDT", dt.date(2011, 10, 26)),
        ("9 September 2013 Last updated at 14:39 GMT", dt.date(2013, 9, 9)),
        ("Published: 09th June 2013", dt.date(2013, 6, 9)),
        ("Wednesday, July 28, 2004", dt.date(2004, 7, 28)),
        ("11 / 30 / 09 05: 40 PM ET", dt.date(2009, 11, 30)),  # tokenised, month first
        ("On Tue, 16/08/2011 - 13:42", dt.date(2011, 8, 16)),  # day first
        ("Reuters Sep 18, 2013, 02.16PM IST", dt.date(2013, 9, 18)),
        ("on July 13, 2009 at 10:50 AM, updated July 29, 2009", dt.date(2009, 7, 13)),
        ("2025 - 05 - 13", dt.date(2025, 5, 13)),
    ],
)
def test_datelines_are_read(line: str, expected: dt.date) -> None:
    assert dateline_date(f"Headline of the piece\n\n{line}\n\n{BODY}", TODAY) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Posted: 04/09/2012 8:33 am",  # 4 September or 9 April: left undated
        "He was born on July 4, 1976.",  # a sentence, not a dateline
        "The mayor of the city met union leaders on May 3, 2012 in the town hall",
        "Posted May 24",  # no year
        "Posted Feb 30, 2012",  # no such day
        "Updated: March 1, 2031",  # later than today
    ],
)
def test_other_lines_give_no_date(line: str) -> None:
    assert dateline_date(f"Headline of the piece\n\n{line}\n\n{BODY}", TODAY) is None


def test_only_the_top_of_the_article_counts() -> None:
    paragraphs = ["Headline", BODY, BODY, BODY, "March 4, 2009"]
    assert dateline_date("\n\n".join(paragraphs), TODAY) is None


def test_ingest_dates_an_undated_article_from_its_dateline(db: Database, tmp_path: Path) -> None:
    text = f"Port reopens after storm\n\nPosted March 4, 2009\n\n{samples.PARAGRAPHS[0]}"
    ingest(db, [str(write(tmp_path / "a.txt", text))], IngestOptions(workers=1))
    (article,) = db.articles()
    assert (article.published, article.date_source) == (dt.date(2009, 3, 4), "dateline")


def test_a_stated_date_wins_over_the_dateline(db: Database, tmp_path: Path) -> None:
    text = f" date 2009-03-06 Via Harbour News\n\nPosted March 4, 2009\n\n{samples.PARAGRAPHS[0]}"
    ingest(db, [str(write(tmp_path / "a.txt", text))], IngestOptions(workers=1))
    (article,) = db.articles()
    assert (article.published, article.date_source) == (dt.date(2009, 3, 6), "header")
