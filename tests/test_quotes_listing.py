"""Who said what across the corpus (`newsprism quotes`, ``Database.quotes``), against a real
database holding the analysed seeds, a wire story with hostile markup and a copy of it run
by a second outlet."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import shared, write
from newsprism.cli import app
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database, QuoteQuery, QuoteRow
from newsprism.store.quotes import search_key
from newsprism.store.stories import StoryQuery
from newsprism.stories import StoryOptions, cluster
from newsprism.understand.analyze import AnalyzeOptions, analyze

WIRE = """Talks stall in Doha as mediators wait

The foreign minister of Qatar spoke to reporters in Doha on Wednesday after a second day of
meetings with both delegations.

"[bold red]Nothing[/] has been agreed yet <script>alert(1)</script>, but the door is open,"
Al Thani said. He added that both delegations would stay in the city until the weekend.
"""

# Melania Trump, called "Trump" once: a name means whom the articles call so most.
GARDEN = """Garden opens at the White House

First lady Melania Trump opened the White House rose garden to schoolchildren on Wednesday.
“It is a gift to the children of this country,” Trump said.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    seeds = shared("seeds")
    folder = tmp_path_factory.mktemp("quotes")
    wire = write(folder / "wire" / "wire.txt", WIRE)
    copy = write(folder / "copy" / "copy.txt", WIRE)
    garden = write(folder / "garden" / "garden.txt", GARDEN)
    path = folder / "n.db"
    with Database(path) as db:
        ingest(db, [str(seeds)], IngestOptions(workers=1))
        day = dt.date(2025, 5, 14)
        ingest(db, [str(wire)], IngestOptions(workers=1, outlet="Example Wire", published=day))
        ingest(db, [str(copy)], IngestOptions(workers=1, outlet="Other Paper", published=day))
        ingest(db, [str(garden)], IngestOptions(workers=1, outlet="Garden Weekly", published=day))
        analyze(db, AnalyzeOptions(workers=1))
        cluster(db, StoryOptions.tuned())
    yield path


@pytest.fixture
def db(corpus: Path) -> Iterator[Database]:
    with Database(corpus) as database:
        yield database


def test_a_speaker_is_found_under_any_name_the_articles_use(db: Database) -> None:
    by_alias = db.quotes(QuoteQuery(speaker="the embattled premier"))
    assert by_alias and {q.speaker for q in by_alias} == {"Benjamin Netanyahu"}
    # both outlets quote him (the comparison of the seeds rests on it)
    assert len({q.article_id for q in by_alias}) == 2
    by_name = db.quotes(QuoteQuery(speaker="NETANYAHU"))
    by_id = db.quotes(QuoteQuery(speaker=by_alias[0].speaker_id))
    assert [q.text for q in by_name] == [q.text for q in by_id] == [q.text for q in by_alias]
    assert any(q.text.startswith("I thanked President Trump") for q in by_alias)
    assert not db.quotes(QuoteQuery(speaker="Nobody Of That Name"))


def test_a_name_means_whom_the_articles_call_so_most(db: Database) -> None:
    """One article calls Melania Trump "Trump"; the seeds call Donald Trump so eleven
    times. "Trump" is his; her full name still finds her."""
    assert {q.speaker for q in db.quotes(QuoteQuery(speaker="trump"))} == {"Donald Trump"}
    hers = db.quotes(QuoteQuery(speaker="Melania Trump"))
    assert [q.speaker for q in hers] == ["Melania Trump"] and "gift" in hers[0].text
    # stories --actor reads a name the same way
    garden = next(q.story_id for q in hers)
    assert garden not in [x["id"] for x in db.stories(StoryQuery(actor="trump"))]
    assert garden in [x["id"] for x in db.stories(StoryQuery(actor="melania trump"))]


def test_a_quotation_told_in_parts_is_shown_without_its_attribution(db: Database) -> None:
    """The evidence keeps the article's words; the listing shows the speaker's, with " … "
    where the outlet's attribution interrupted them."""
    trump = by_text(db.quotes(QuoteQuery(speaker="Trump")), "This was a step")
    assert "said Trump" in trump.text
    assert "said Trump" not in trump.shown and " … Hopefully this is" in trump.shown


def test_a_name_is_looked_up_through_an_index_not_a_scan_of_every_mention(db: Database) -> None:
    plan = " ".join(
        str(row[-1])
        for row in db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT actor_id FROM mentions AS x WHERE lower(x.text) = ?",
            ("netanyahu",),
        )
    )
    assert "USING INDEX mentions_lower_text" in plan, plan


def test_filters_narrow_the_listing(db: Database) -> None:
    every = db.quotes()
    assert every and all(q.speech for q in every)  # words said, views only when asked
    views = db.quotes(QuoteQuery(views=True))
    assert len(views) > len(every) and any(not q.speech for q in views)

    cradle = db.quotes(QuoteQuery(outlet="the cradle"))
    assert cradle and len(cradle) < len(every)
    assert {q.outlet for q in cradle} == {"The Cradle"}

    direct = db.quotes(QuoteQuery(kind="direct"))
    assert direct and {q.kind for q in direct} == {"direct"} and len(direct) < len(every)

    fire = db.quotes(QuoteQuery(search="ONLY TAKE PLACE UNDER FIRE"))
    assert fire and all("only take place under fire" in q.text for q in fire)
    # typed with a plain apostrophe, printed with a curly one
    born = db.quotes(QuoteQuery(search="they're BORN in a certain media outlet"))
    assert born and all("They’re born" in q.text for q in born)
    assert search_key("Calderón’s “Ñ” — É") == 'calderon\'s "n" - e'

    dated = db.quotes(QuoteQuery(since=dt.date(2025, 5, 14)))
    assert dated and {q.published for q in dated} == {"2025-05-14"}
    undated_too = db.quotes(QuoteQuery(until=dt.date(2025, 5, 13)))
    assert {q.published for q in undated_too} == {"2025-05-13"}  # undated: no date to compare

    seeds_story = by_text(every, "I thanked President Trump").story_id
    assert seeds_story is not None
    in_story = db.quotes(QuoteQuery(story=seeds_story))
    assert {q.outlet for q in in_story} == {"The Cradle", None}  # the other seed names none
    assert all(q.story_id == seeds_story for q in in_story)

    assert len(db.quotes(QuoteQuery(limit=2))) == 2


def test_a_wire_copy_lists_every_outlet_that_ran_it_once(db: Database) -> None:
    found = db.quotes(QuoteQuery(search="door is open"))
    assert len(found) == 1
    quote = found[0]
    assert (quote.outlet, quote.also_in) == ("Example Wire", ("Other Paper",))
    assert db.quotes(QuoteQuery(outlet="Other Paper")) == []  # stored once, on the first copy
    text = db.article(quote.article_id).text  # type: ignore[union-attr]
    assert text[quote.start : quote.end] == quote.text  # the evidence offsets hold


runner = CliRunner()


def test_the_command_escapes_hostile_text_and_prints_json(corpus: Path) -> None:
    result = runner.invoke(app, ["--db", str(corpus), "quotes", "--search", "door is open"])
    assert result.exit_code == 0, result.stdout
    flat = " ".join(result.stdout.replace("│", " ").split())
    assert "[bold red]Nothing[/]" in flat  # shown as written, not read as markup
    assert "<script>alert(1)</script>" in flat and "Other Paper" in flat

    result = runner.invoke(app, ["--db", str(corpus), "quotes", "--speaker", "Netanyahu", "--json"])
    rows = json.loads(result.stdout)
    assert rows and {r["speaker"] for r in rows} == {"Benjamin Netanyahu"}
    assert {"article_id", "outlet", "story_id", "cue", "medium", "start", "end"} <= set(rows[0])


def by_text(rows: list[QuoteRow], start: str) -> QuoteRow:
    return next(q for q in rows if q.text.startswith(start))
