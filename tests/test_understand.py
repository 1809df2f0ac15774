"""The understanding stage on hostile and edge-case articles, and its parts one by one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from conftest import write
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database
from newsprism.understand.analyze import (
    AnalysisInput,
    AnalyzeOptions,
    analyze,
    analyze_inputs,
    chunks,
)
from newsprism.understand.places import resolve_place
from newsprism.understand.quotemarks import quoted_spans
from newsprism.understand.records import Analysis

# Embeddings are tested with the seeds; these tests skip the 10 s model load.
OPTIONS = AnalyzeOptions(workers=1, embed=False)


def _one(text: str, published: dt.date | None = None, language: str | None = "en"):
    return analyze_inputs([AnalysisInput("a", text, published, language)], OPTIONS)[0]


@pytest.mark.parametrize(
    ("text", "language", "reason"),
    [
        ("", None, "too short"),
        ("Breaking.", None, "too short"),
        ("Le gouvernement a annoncé lundi une nouvelle série de mesures.", "fr", "language 'fr'"),
    ],
)
def test_skipped_with_a_reason(text: str, language: str | None, reason: str) -> None:
    analysis = _one(text, language=language)
    assert analysis.skipped is not None and reason in analysis.skipped
    assert analysis.quotes == [] and analysis.actors == []


def test_other_language_is_skipped_end_to_end(db: Database, tmp_path: Path) -> None:
    french = (
        "Le président a déclaré mardi que les négociations reprendraient la semaine "
        "prochaine à Genève, selon plusieurs sources diplomatiques."
    )
    ingest(db, [str(write(tmp_path / "fr.txt", french))], IngestOptions(workers=1))
    report = analyze(db, OPTIONS)
    assert report.analysed == 0 and next(iter(report.skipped.values())).startswith("language 'fr'")
    assert db.analysis(db.articles()[0].id).skipped is not None  # recorded, not retried


def test_html_remnants_emoji_rtl_and_broken_quotes_do_not_crash() -> None:
    text = (
        "<p>Protest in Cairo 🇪🇬 &amp; beyond</p>\n\n“Bread, freedom, social justice,” "
        'chanted the crowd, while \u202bعيش حرية\u202c signs rose. The minister said "we will '
        "listen and then she left.\n\nAn unbalanced ” mark and a lone “ opener here."
    )
    analysis = _one(text, dt.date(2025, 5, 13))
    assert analysis.skipped is None
    for quote in analysis.quotes:
        assert text[quote.content.start : quote.content.end] == quote.content.text


def test_one_article_that_breaks_a_component_leaves_the_rest_of_its_batch_analysed() -> None:
    """A component that fails on one text (a bug newsprism has not met yet, played here by a
    component added to the real pipeline for this test) marks that article with the reason;
    the batch is redone one document at a time, and the others are analysed as usual."""
    from spacy.language import Language

    from newsprism.understand.model import load_pipeline

    @Language.component("newsprism_test_breaks")
    def breaks(doc: Any) -> Any:
        if "Zebra" in doc.text:
            raise ValueError("this component breaks on zebras")
        return doc

    nlp = load_pipeline(AnalyzeOptions().model)
    nlp.add_pipe("newsprism_test_breaks", last=True)
    try:
        # two paragraphs: the paragraph component writes sentence starts, which spaCy
        # refuses to write again on a parsed document
        texts = [f'Floods in {place}\n\n"We will rebuild {place}," the mayor of {place} said.'
                 for place in ("Lima", "Zebra Town", "Quito")]  # fmt: skip
        items = [AnalysisInput(str(n), t, dt.date(2025, 5, 13), None) for n, t in enumerate(texts)]
        analyses = analyze_inputs(items, AnalyzeOptions(min_words=1))
    finally:
        nlp.remove_pipe("newsprism_test_breaks")
    assert [a.skipped is None for a in analyses] == [True, False, True], analyses
    assert "this component breaks on zebras" in (analyses[1].skipped or "")
    for analysis, place in ((analyses[0], "Lima"), (analyses[2], "Quito")):
        speakers = [q.speaker.text for q in analysis.quotes if q.speaker]
        assert speakers == [f"the mayor of {place}"], analysis


def test_a_date_given_as_text_is_read_or_refused_with_its_code() -> None:
    """A library caller may pass the day as ISO text: it anchors "on Monday" as a date does.
    Anything else is refused at once (E105): it had made every component fail on the
    article, which was then skipped with an AttributeError as its reason."""
    from newsprism.errors import NewsprismError

    text = "Talks resume\n\nThe delegation arrived in Doha on Monday, officials said."
    given = AnalysisInput("a", text, "2025-05-13", "en")  # type: ignore[arg-type]
    assert given.published == dt.date(2025, 5, 13)
    analysis = analyze_inputs([given], OPTIONS)[0]
    assert analysis.skipped is None
    assert [t.value for t in analysis.times if t.span.text == "Monday"] == [dt.date(2025, 5, 12)]
    stamped = AnalysisInput("b", text, dt.datetime(2025, 5, 13, 9, 30), "en")
    assert stamped.published == dt.date(2025, 5, 13)
    with pytest.raises(NewsprismError, match="E105"):
        AnalysisInput("c", text, "13/05/2025", "en")  # type: ignore[arg-type]


def test_a_200000_word_article_is_analysed_in_chunks() -> None:
    paragraph = (
        "Officials said on Monday that 40 trucks had crossed the border. "
        '"We need more," the minister told reporters in Geneva.'
    )
    text = "\n\n".join([paragraph] * 10_000)  # about 200,000 words
    assert len(text.split()) >= 190_000
    pieces = chunks(text, 100_000)
    assert len(pieces) > 10 and "".join(p for _, p in pieces) == text
    small = "\n\n".join([paragraph] * 600)  # the same path, quick enough for every run
    analysis = analyze_inputs(
        [AnalysisInput("a", small, dt.date(2025, 5, 13), "en")],
        AnalyzeOptions(workers=1, chunk_chars=5_000),
    )[0]
    assert len(analysis.quotes) >= 1000
    for quote in analysis.quotes[-3:]:  # offsets stay right across chunks
        assert small[quote.content.start : quote.content.end] == quote.content.text
    assert all(t.value == dt.date(2025, 5, 12) for t in analysis.times if t.span.text == "Monday")


def test_a_later_chunk_of_a_long_article_has_no_headline() -> None:
    """Only the article's first line is a headline: a chunk of a long article that opens
    with "Poll: ..." or "WASHINGTON --" reads it as body text, as the whole article does."""
    filler = "\n\n".join(["Trucks waited at the border crossing near Rafah on Monday."] * 30)
    later = "Poll: Trump Leads Clinton in Ohio\n\nWASHINGTON -- Aid groups said the line was long."
    text = f"Aid Trucks Wait at Border\n\n{filler}\n\n{later}\n\n{filler}"
    cut = len(f"Aid Trucks Wait at Border\n\n{filler}\n\n")
    assert chunks(text, cut)[1][1].lstrip().startswith("Poll:")  # it opens the second chunk
    item = AnalysisInput("a", text, dt.date(2025, 5, 13), "en")
    whole, chunked = (
        analyze_inputs([item], AnalyzeOptions(workers=1, chunk_chars=size))[0]
        for size in (len(text), cut)
    )

    def said(analysis: Analysis) -> set[tuple[str, str | None]]:
        return {(q.content.text, q.speaker and q.speaker.text) for q in analysis.quotes}

    assert not any(speaker == "Poll" for _, speaker in said(whole))
    assert said(chunked) == said(whole)


class TestQuoteMarks:
    def test_curly_straight_and_guillemets(self) -> None:
        text = 'He said “yes.” She said "no." They said «maybe».'
        assert [text[q.start : q.end] for q in quoted_spans(text)] == ["yes.", "no.", "maybe"]

    def test_marks_inside_markup_left_in_the_text_quote_nobody(self) -> None:
        """HTML remnants: PolNeAR's texts keep tags such as `<tweet tweet-author="@x"
        tweet-date="January 19, 2016">`, and the date had been a quotation of the speaker
        before. A "<" that opens no tag ("x < y") hides nothing."""
        text = (
            'Cruz wrote:\n\n<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016">'
            'I love "Sarah" so much</tweet>. He said "yes" if x < y and "z" > 2.'
        )
        assert [text[q.start : q.end] for q in quoted_spans(text)] == ["Sarah", "yes", "z"]

    def test_multi_paragraph_quote_continues(self) -> None:
        text = "“First part.\n\n“Second part,” he said."
        spans = quoted_spans(text)
        assert [(s.closed, s.continues) for s in spans] == [(False, True), (True, False)]

    def test_a_quote_split_at_its_ellipsis_runs_on_into_the_next_paragraph(self) -> None:
        """BASIL (Fox on the 2012 debate): `"With all due respect, that's just a bunch of
        malarkey.` then a paragraph `... Not a single thing he said is accurate."`, with no
        opening mark: the second half was no quotation, and its "he said" a new speaker."""
        for close in ('"', "”"):
            text = f"Biden: “... malarkey.\n\n... Not a single thing is accurate.{close} Next."
            spans = quoted_spans(text)
            assert [text[q.start : q.end] for q in spans] == [
                "... malarkey.",
                "... Not a single thing is accurate.",
            ]
            assert [(q.closed, q.continues) for q in spans] == [(False, True), (True, False)]
        # a paragraph after a closed quotation, or one whose first mark opens, starts outside
        closed = "“Done.”\n\nNot quoted, but “quoted.”"
        assert [closed[q.start : q.end] for q in quoted_spans(closed)] == ["Done.", "quoted."]

    def test_marks_standing_apart_in_tokenised_text_quote(self) -> None:
        """PAC's texts are tokenised word by word: `Sunday . " I welcome this . "` was no
        quotation, so the "I" inside it was read as the writer's."""
        text = (
            'Alfano told Sky TG24 Sunday . " I welcome this renewed harmony . " With ties '
            'better , " None of us , " he says , " want handouts . "'
        )
        assert [text[q.start : q.end].strip() for q in quoted_spans(text)] == [
            "I welcome this renewed harmony .",
            "None of us ,",
            "want handouts .",
        ]
        # a mark followed by who said it closed a quotation, though it stands apart: a
        # tokenised text that lost a re-opening mark reads on as it should (PAC)
        lost = (
            'He said . " It is unethical . " To be recording him is wrong . " The Times '
            'reported that the tape was made in 2016 . " Nothing in it matters , " Giuliani '
            "said ."
        )
        assert [lost[q.start : q.end].strip() for q in quoted_spans(lost)] == [
            "It is unethical .",
            "Nothing in it matters ,",
        ]
        # the end of a line is no word: a lone mark there opens nothing
        assert quoted_spans('He said " \nand left.') == []

    def test_inches_and_apostrophes_are_not_quotes(self) -> None:
        assert quoted_spans('A 5" screen and a 7" one, it\'s fine.') == []

    def test_a_quote_whose_closing_mark_was_left_out_ends_before_the_next_one(self) -> None:
        # Found on BASIL (Fox): the missing mark before "Graham said" paired the next
        # quotation's opening mark as a closing one; "Graham said" was inside the quote and
        # the next quotation was lost.
        text = (
            '"He made outrageous comments, Graham said. "He is getting into conspiracy '
            'land." A "so-called" plan, she said "yes" and "no."'
        )
        assert [text[q.start : q.end] for q in quoted_spans(text)] == [
            "He made outrageous comments",
            "He is getting into conspiracy land.",
            "so-called",
            "yes",
            "no.",
        ]

    def test_an_opening_mark_typed_where_the_closing_one_belongs(self) -> None:
        # PAC (tokenised): `... want to go , “ said the Republican Jim Jordan` paired with the
        # next quotation's opening mark, and 1,200 characters of narrative became his words.
        text = (
            "“ The answer is not to destroy it , “ said the Republican Jim Jordan . The work "
            "goes on in the Senate . “ We should act , ” said Ted Lieu ."
        )
        assert [text[q.start : q.end].strip() for q in quoted_spans(text)] == [
            "The answer is not to destroy it ,",
            "We should act ,",
        ]
        assert all(q.closed for q in quoted_spans(text))

    def test_a_quotation_nested_in_one_written_with_the_same_marks(self) -> None:
        # PAC and BASIL: the inner mark had been read as a new opening, the outer quotation
        # cut there and the rest of it lost or given to the narrative. Biden's answer in PAC,
        # Rufo's tweet ("closed both"), and a closing mark typed as an opening one.
        text = (
            '"As my mother would say, "God love her." Look, I meant what I said." Biden '
            "replied. Then “This is the endpoint of “equity,” tweeted an activist. He blasted "
            "the film “Frozen“ and the books."
        )
        assert [text[q.start : q.end] for q in quoted_spans(text)] == [
            'As my mother would say, "God love her." Look, I meant what I said.',
            "This is the endpoint of “equity,",
            "Frozen",
        ]
        # After a sentence's end the first quotation's closing mark was left out instead;
        # a wrong guess is not stretched: inside a quotation opened where another was left
        # unclosed, nothing nests.
        lost = '"It is over. "He lost," she said. "Fine, "we won" the vote," he said.'
        assert [lost[q.start : q.end] for q in quoted_spans(lost)] == [
            "It is over.",
            "He lost,",
            'Fine, "we won" the vote,',
        ]

    def test_typewriter_pairs_of_older_archives(self) -> None:
        text = "''Hopefully,'' he said, ``this helps.'' A 5'' screen isn't a quote."
        assert [text[q.start : q.end] for q in quoted_spans(text)] == ["Hopefully,", "this helps."]


class TestTimes:
    def test_weekdays_and_relative_words(self) -> None:
        text = (
            "The minister resigned on Monday. Talks will resume on Friday, and a vote "
            "was held last week. The report came yesterday."
        )
        times = {t.span.text: t for t in _one(text, dt.date(2025, 5, 14)).times}  # a Wednesday
        assert times["Monday"].value == dt.date(2025, 5, 12)
        assert times["Friday"].value == dt.date(2025, 5, 16)  # future clause: the next Friday
        assert times["last week"].value == dt.date(2025, 5, 5)
        assert times["last week"].granularity == "week"
        assert times["yesterday"].value == dt.date(2025, 5, 13)

    @pytest.mark.parametrize(
        ("text", "published", "phrase", "day"),
        [
            # found on BASIL: Fox's article of 23 December dated "January 1" a year back
            (
                "Mattis will leave on January 1, weeks early.",
                "2018-12-23",
                "January 1",
                "2019-01-01",
            ),
            ("The vote was held on November 5.", "2019-01-10", "November 5", "2018-11-05"),
            ("He resigned on December 20.", "2018-12-23", "December 20", "2018-12-20"),
            ("The summit will take place in March.", "2018-11-20", "March", "2019-03-01"),
        ],
    )
    def test_a_day_without_a_year_is_the_nearest_one(
        self, text: str, published: str, phrase: str, day: str
    ) -> None:
        times = {t.span.text: t for t in _one(text, dt.date.fromisoformat(published)).times}
        found = next(t for k, t in times.items() if k.startswith(phrase))
        assert found.value == dt.date.fromisoformat(day)

    def test_an_abbreviated_month_is_part_of_its_date_and_no_organisation(self) -> None:
        """PAC: the small model's date "Feb. 24, 2023" had been cut into an organisation
        "Feb." (listed in tone and among the story's actors) and a date "24, 2023" that
        resolved to nothing; AP's "Sept." was no month at all."""
        analysis = _one(
            "Biden spoke to ABC News anchor David Muir in an interview on Feb. 24, 2023. "
            "The vote was held on Sept. 3.",
            dt.date(2023, 10, 2),
        )
        times = {t.span.text: t.value for t in analysis.times}
        assert times.get("Feb. 24, 2023") == dt.date(2023, 2, 24), times
        assert times.get("Sept. 3") == dt.date(2023, 9, 3), times
        names = {a.name for a in analysis.actors}
        assert not names & {"Feb.", "Sept."}, names

    def test_absolute_dates_and_unknown_publication(self) -> None:
        times = {
            t.span.text: t
            for t in _one(
                "The deal was signed on May 3, 2024, in Oslo, and ratified on Monday."
            ).times
        }
        assert times["May 3, 2024"].value == dt.date(2024, 5, 3)
        assert times["May 3, 2024"].anchor == "absolute"
        assert times["Monday"].value is None  # no publication date: unresolved, not guessed


class TestAmounts:
    def test_values_ranges_qualifiers_and_counted_nouns(self) -> None:
        text = (
            "At least 31 people were killed and between 2 and 4.8 million people fled, "
            "while the 42-year-old mayor said 150,000 protesters marched."
        )
        amounts = {a.span.text: a for a in _one(text).amounts}
        killed = next(a for k, a in amounts.items() if "31" in k)
        assert killed.value == 31 and killed.qualifier == "at least" and killed.counted == "people"
        fled = next(a for k, a in amounts.items() if "4.8" in k)
        assert (fled.low, fled.high) == (2_000_000, 4_800_000) and fled.counted == "people"
        age = next(a for k, a in amounts.items() if "year-old" in k)
        assert age.value == 42 and age.unit == "year-old"
        crowd = next(a for k, a in amounts.items() if "150,000" in k)
        assert crowd.value == 150_000 and crowd.counted == "protesters"

    def test_numbers_in_words_ranks_and_money(self) -> None:
        text = (
            "He signed nearly two-dozen executive actions, and twenty-five soldiers and a "
            "half-dozen aides left. She was the No. 2 official and No. 3 in line. About 1.5 "
            "million people and a million dollars were moved."
        )
        amounts = {a.span.text: a for a in _one(text).amounts}
        assert amounts["nearly two-dozen"].value == 24
        assert amounts["nearly two-dozen"].qualifier == "nearly"
        assert next(a for k, a in amounts.items() if "twenty-five" in k.lower()).value == 25
        assert next(a for k, a in amounts.items() if "half-dozen" in k).value == 6
        assert not [k for k in amounts if k.strip() in {"2", "3"}]  # ranks, not counts
        money = next(a for k, a in amounts.items() if "dollars" in k)
        assert money.unit == "USD" and money.counted is None  # not "people", from before it

    def test_ranges_and_compounds_in_words(self) -> None:
        """ "Twenty - one" (a tokenised text's hyphen) is 21, not a range from 20 to 1 (PAC);
        "ten to twenty" and "between two and four million" are ranges, not 30 and 6 million."""
        text = (
            "Twenty - one states have bans in effect. From ten to twenty people were hurt, and "
            "between two and four million people fled."
        )
        amounts = {a.span.text.lower(): a for a in _one(text).amounts}
        assert amounts["twenty - one"].value == 21 and amounts["twenty - one"].counted == "states"
        hurt = next(a for k, a in amounts.items() if "ten" in k)
        assert (hurt.value, hurt.low, hurt.high) == (None, 10, 20)
        fled = next(a for k, a in amounts.items() if "four million" in k)
        assert (fled.value, fled.low, fled.high) == (None, 2_000_000, 4_000_000)


def test_actors_merge_across_articles(db: Database, tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "Talks stall\n\nPresident Emmanuel Macron met the International Committee of the Red "
        'Cross (ICRC) on Monday. Macron said "we will help."',
    )
    write(
        tmp_path / "b.txt",
        "Aid arrives\n\nMacron told the ICRC that France would send aid, "
        "according to the United States embassy. US officials agreed.",
    )
    ingest(db, [str(tmp_path)], IngestOptions(workers=1))
    analyze(db, OPTIONS)
    rows = {r["name"]: r for r in db.actor_rows()}
    assert rows["Emmanuel Macron"]["articles"] == 2  # "Macron" alone joined the full name
    assert "Macron" not in rows
    assert rows["International Committee of the Red Cross"]["articles"] == 2  # ICRC
    assert rows["United States"]["articles"] == 1 and "US" not in rows  # acronym joined


def test_a_role_written_in_another_case_is_not_listed_again(db: Database, tmp_path: Path) -> None:
    _articles_per_actor(
        db,
        tmp_path,
        [
            "Visit\n\nThe city welcomed Former President Amara Bello, who visited Lagos on Monday "
            "and met traders at the port.",
            "Speech\n\nThe crowd cheered as former President Amara Bello spoke in Abuja on "
            "Tuesday about trade and roads.",
        ],
    )
    roles = {r["name"]: r["roles"] for r in db.actor_rows()}
    assert roles["Amara Bello"] == ["Former President"], roles


def test_an_acronym_joins_a_name_only_where_an_article_wrote_it_out(
    db: Database, tmp_path: Path
) -> None:
    """Initials alone are no evidence across articles: PAC's "BP" (the oil company) had
    joined the "Black Protestants" of a poll (here a central bank), "NBC" a "National Border
    Council". An article that writes the name out and abbreviates it links the two, in
    either order; a bare acronym seen first joins the name then."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Rates\n\nThe Bank of Portugal raised interest rates on Monday.",
            "Oil profits\n\nShell and BP reported record profits on Tuesday.",
            "Drilling\n\nThe Bureau of Land Management approved the lease, officials said.",
            "Drilling\n\nThe BLM approved the lease on Friday.",
            "Leases\n\nThe Bureau of Land Management (BLM) said the BLM would publish the leases.",
        ],
    )
    assert counts["Bank of Portugal"] == 1 and counts["BP"] == 1, counts
    assert counts["Bureau of Land Management"] == 3 and "BLM" not in counts, counts


def test_re_analysis_links_actors_as_a_fresh_ingest_did(db: Database, tmp_path: Path) -> None:
    """An article re-analysed in place meets actors of every later article too. A bare "Obama"
    that had joined Barack Obama, the only Obama then known, stood apart on re-analysis once a
    "Team Obama" existed (PAC: 2 of 120 articles' "Biden", 3 "D.C.", 1 "BP" linked otherwise
    than on a fresh ingest)."""
    texts = [f"Politics {n}\n\nBarack Obama spoke in city {n} on Monday." for n in range(5)]
    texts += [
        "Speech\n\nObama spoke again in Ohio on Tuesday, and the crowd cheered.",
        "Campaign\n\nTeam Obama said the ads would run in Ohio.",
    ]
    _articles_per_actor(db, tmp_path, texts)

    def links() -> list[tuple[str, int, str]]:
        return db.conn.execute(
            "SELECT m.article_id, m.start, a.name FROM mentions m JOIN actors a "
            "ON a.id = m.actor_id ORDER BY 1, 2"
        ).fetchall()

    fresh = [tuple(r) for r in links()]
    analyze(db, AnalyzeOptions(workers=1, embed=False, force=True))
    assert [tuple(r) for r in links()] == fresh


def test_a_link_made_across_articles_is_no_evidence_for_an_acronym(
    db: Database, tmp_path: Path
) -> None:
    """A database analysed by an older revision holds "NBC" mentions linked by initials alone
    to a "National Border Council". Re-analysis must not take them as an article's own
    writing-out, or the wrong link would vouch for itself."""
    _articles_per_actor(
        db, tmp_path, ["Border\n\nThe National Border Council met in Texas on Monday."]
    )
    council = next(r for r in db.actor_rows() if r["name"] == "National Border Council")
    article = db.conn.execute("SELECT id FROM articles").fetchone()[0]
    db.conn.execute(  # as an older revision stored a cross-article link
        "INSERT INTO mentions VALUES (?, ?, 'ORG:nbc', 900, 903, 'NBC')", (article, council["id"])
    )
    write(tmp_path / "next.txt", "Ratings\n\nNBC reported its ratings on Monday, executives said.")
    ingest(db, [str(tmp_path / "next.txt")], IngestOptions(workers=1))
    analyze(db, OPTIONS)
    names = {r["name"]: r["articles"] for r in db.actor_rows()}
    assert names["NBC"] == 1 and names["National Border Council"] == 1, names


def test_an_acronym_is_no_short_form_of_a_name_that_contains_it(
    db: Database, tmp_path: Path
) -> None:
    """ "DC" is the place the D.C. Council governs, not the council (PAC's crime-bill story
    gave eleven "DC"s to the council). "DC", "D.C." and "Washington" are one city."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Crime bill\n\nThe D.C. Council passed the bill. DC residents were angry, and DC "
            "officials said the council would fight.",
            "Police\n\nA former D.C. police officer spoke in Washington on Monday.",
        ],
    )
    assert counts["D.C. Council"] == 1, counts
    assert counts["Washington"] == 2 and "DC" not in counts and "D.C." not in counts, counts


def test_places_are_one_actor_by_where_they_are_and_named_as_the_place_is(
    db: Database, tmp_path: Path
) -> None:
    """ "America", "the U.S." and "the United States" are one country, named so whichever
    article came first; a dateline's "WASHINGTON" is the city, as "D.C." is. Gaza and the
    West Bank, both of the Palestinian territories, stay two places."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Trade\n\nAmerica signed the deal with Mexico on Monday, officials said.",
            "Talks\n\nThe U.S. signed a trade deal with Mexico on Monday, officials said.",
            "Aid\n\nAid reached the Gaza Strip on Monday, and the West Bank on Tuesday.",
        ],
    )
    assert counts["United States"] == 2 and "America" not in counts, counts
    assert counts["Gaza Strip"] == 1 and counts["West Bank"] == 1, counts
    capitals = resolve_place("WASHINGTON")  # PAC's datelines
    assert capitals is not None and capitals == resolve_place("D.C.")
    assert capitals.name == "Washington" and capitals.kind == "city"


def test_a_bare_surname_joins_the_person_far_more_often_covered(
    db: Database, tmp_path: Path
) -> None:
    """PAC's one "Team Obama" left ten articles' bare "Obama" apart from Barack Obama: with
    no title to tell them, the person in five times as many articles is meant."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [f"Politics {n}\n\nBarack Obama spoke in city {n} on Monday." for n in range(5)]
        + [
            "Campaign\n\nTeam Obama said the ads would run.",
            "Speech\n\nObama spoke again in Ohio on Tuesday, and the crowd cheered.",
        ],
    )
    assert counts["Barack Obama"] == 6 and "Obama" not in counts, counts


def _articles_per_actor(db: Database, tmp_path: Path, texts: list[str]) -> dict[str, int]:
    """Ingest and analyse the texts one at a time (the order matters), then count each
    actor's articles."""
    for n, text in enumerate(texts):
        write(tmp_path / "in" / f"{n}.txt", text)
        ingest(db, [str(tmp_path / "in" / f"{n}.txt")], IngestOptions(workers=1))
        analyze(db, OPTIONS)
    return {r["name"]: r["articles"] for r in db.actor_rows()}


def test_a_body_named_with_or_without_its_country_is_one_actor(
    db: Database, tmp_path: Path
) -> None:
    """BASIL and PAC had "the U.S. Supreme Court" (5 articles) apart from "the Supreme
    Court" (51), and "the US Senate" from "the Senate", so each outlet's sources were split.
    Either order joins; another country's body of the same name stays apart."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Ruling\n\nThe Supreme Court ruled on Monday that the law stands, lawyers said.",
            "Appeal\n\nThe U.S. Supreme Court agreed on Tuesday to hear the appeal.",
            "Vote\n\nThe US Senate approved the budget bill on Wednesday.",
            "Budget\n\nThe Senate passed the budget bill late on Wednesday night.",
            "Brexit\n\nThe UK Supreme Court ruled on Thursday that the suspension was unlawful.",
            "Guns\n\nThe U.S. Supreme Court struck down the state's gun law on Friday.",
        ],
    )
    assert counts["Supreme Court"] == 3 and "U.S. Supreme Court" not in counts, counts
    assert counts["US Senate"] == 2 and "Senate" not in counts, counts
    assert counts["UK Supreme Court"] == 1, counts


def test_a_surname_tagged_an_organisation_joins_the_known_person(
    db: Database, tmp_path: Path
) -> None:
    """The small model tags a bare "Trump" ORG (PAC: 14 articles, BASIL 4), and outlets
    listed a "Trump" apart from Donald J. Trump among their sources. One seen before the
    person joins him too. A company named like a person of one article stays a company."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Flynn\n\nThe inquiry asks whether Trump associates colluded with Russia. Trump "
            "fired Flynn in February.",
            "Talks\n\nPresident Donald Trump met Chinese leaders in Beijing on Monday.",
            "Trade\n\nPresident Donald Trump signed the trade bill on Tuesday.",
            "Border\n\nTrump later said the group would determine what to do about the border.",
            "Hearing\n\nChristine Blasey Ford testified before the committee on Thursday.",
            "Recall\n\nFord recalled 50,000 trucks on Monday, the carmaker said.",
        ],
    )
    assert counts["Donald Trump"] == 4 and "Trump" not in counts, counts
    # the article's own analysis still tags it ORG: the store made the link
    alone = _one(
        "Border\n\nTrump later said the group would determine what to do about the border."
    )
    assert ("Trump", "ORG") in {(a.name, a.label) for a in alone.actors}
    kinds = {r["name"]: r["label"] for r in db.actor_rows()}
    assert kinds.get("Ford") == "ORG" and counts["Christine Blasey Ford"] == 1, kinds


def test_a_full_name_tagged_an_organisation_joins_the_person(db: Database, tmp_path: Path) -> None:
    """PAC had "Brett Kavanaugh" and BASIL "Julian Assange" each as a person and as an
    organisation, from one article the small model tagged otherwise; in either order."""
    later = "Appeal\n\nA spokesman for Julian Assange said he would appeal the ruling."
    first = "Appeal\n\nA spokesman for Kirstjen Nielsen said he would appeal the ruling."
    assert ("Julian Assange", "ORG") in {(a.name, a.label) for a in _one(later).actors}
    assert ("Kirstjen Nielsen", "ORG") in {(a.name, a.label) for a in _one(first).actors}
    _articles_per_actor(
        db,
        tmp_path,
        [
            "Charges\n\nJulian Assange faces charges in Virginia, prosecutors said.",
            later,
            first,
            "Border\n\nSecretary Kirstjen Nielsen said the border was in crisis on Monday.",
        ],
    )
    for name in ("Julian Assange", "Kirstjen Nielsen"):
        rows = [r for r in db.actor_rows() if r["name"] == name]
        assert [(r["label"], r["articles"]) for r in rows] == [("PERSON", 2)], rows


def test_an_acronym_tagged_a_place_joins_the_organisation_it_abbreviates(
    db: Database, tmp_path: Path
) -> None:
    """The small model tags "NRA" a GPE; BASIL listed it apart from the National Rifle
    Association, in one article and across the corpus. A place keeps its own acronym."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Report out\n\nThe National Rifle Association released a report on Tuesday. The "
            "NRA said armed guards would help. NRA officials said so.",
            "Guards plan\n\nThe NRA said armed guards would help schools.",
            "Trade\n\nThe United States and the UK agreed. US officials said so.",
        ],
    )
    assert counts["National Rifle Association"] == 2 and "NRA" not in counts, counts
    assert counts["United States"] == 1 and "US" not in counts


@pytest.mark.parametrize("long_first", [False, True])
def test_an_agency_abbreviated_alike_under_a_longer_name_is_one_actor(
    db: Database, tmp_path: Path, long_first: bool
) -> None:
    """PAC had "Centers for Disease Control" (10 articles) apart from "Centers for Disease
    Control and Prevention" (8): each wrote "CDC", which spelled only the shorter name's
    initials. An acronym leaves out a last "and" word and a country; either order joins, under
    the longer name. A state's "Department of Health" never becomes federal HHS."""
    short = (
        "Flu rises\n\nThe Centers for Disease Control (CDC) said on Monday that flu cases "
        "rose. The CDC urged people to get vaccinated."
    )
    long = (
        "Vaccines\n\nThe Centers for Disease Control and Prevention said on Tuesday that "
        "vaccines work. The CDC added that supplies were ample."
    )
    texts = [long, short] if long_first else [short, long]
    texts += [
        "Masks\n\nThe CDC said on Wednesday that masks help, officials said.",
        # no acronym here: the name joins the body another article abbreviated
        "Tests\n\nThe US Centers for Disease Control and Prevention said on Thursday that "
        "tests work.",
        "Border\n\nThe Department of Homeland Security (DHS) said on Friday that the border "
        "was busy.",
        "Homeland\n\nThe US Department for Homeland Security said on Monday that the border "
        "was calm.",
        "Health\n\nThe Department of Health and Human Services (HHS) said on Monday that it "
        "would pay. The state Department of Health said it would not.",
        # both names spell FWS; the one that spells it with all its words takes it
        "Wolves\n\nThe U.S. Fish and Wildlife Service said on Monday that wolves thrive. The "
        "Fish & Wildlife Service added that FWS staff counted them.",
    ]
    counts = _articles_per_actor(db, tmp_path, texts)
    assert counts["Centers for Disease Control and Prevention"] == 4, counts
    assert "Centers for Disease Control" not in counts and "CDC" not in counts, counts
    assert "US Centers for Disease Control and Prevention" not in counts, counts
    assert counts["Department of Homeland Security"] == 2, counts
    assert "US Department for Homeland Security" not in counts, counts
    assert counts["Department of Health and Human Services"] == 1, counts
    assert counts["Department of Health"] == 1, counts
    assert counts["Fish & Wildlife Service"] == 1 and "FWS" not in counts, counts


def test_an_office_named_either_way_round_is_one_actor(db: Database, tmp_path: Path) -> None:
    """PAC had "Justice Department" (13 articles) apart from "Department of Justice" (8),
    BASIL 23 and 6; the same for Interior, Labor, Energy and Defense. Either order joins,
    with a country or without; a city's police department stays its own."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Probe\n\nThe Justice Department said on Monday that it would appeal.",
            "Appeal\n\nThe Department of Justice said on Tuesday that it had appealed.",
            "Oil\n\nThe U.S. Department of the Interior said on Monday that leases would stop.",
            "Leases\n\nThe Interior Department said on Friday that leases had stopped.",
            "Gaza\n\nThe Ministry of Health said on Monday that 31 people were killed.",
            "Toll\n\nThe Health Ministry said on Tuesday that the toll had risen to 40.",
            "Arrest\n\nThe Chicago Police Department said on Monday that it made an arrest.",
        ],
    )
    assert counts["Justice Department"] == 2 and "Department of Justice" not in counts, counts
    assert counts["U.S. Department of the Interior"] == 2, counts
    assert "Interior Department" not in counts, counts
    assert counts["Ministry of Health"] == 2 and "Health Ministry" not in counts, counts
    assert counts["Chicago Police Department"] == 1, counts


def test_an_article_the_model_took_into_a_name_is_left_out() -> None:
    """ "A Department of Health and Human Services official" had been an organisation "A
    Department of Health and Human Services" beside the department (PAC and BASIL: 13 such
    actors)."""
    names = {
        a.name
        for a in _one(
            "Enrollment\n\nThe second round of enrollment moves past the midterm elections. A "
            "Department of Health and Human Services official confirmed the change to Fox "
            "News. The same must be true for a Justice Department inquiry."
        ).actors
        if a.label == "ORG"
    }
    assert {"Department of Health and Human Services", "Justice Department"} <= names, names
    assert not any(n.lower().startswith(("a ", "an ")) for n in names), names


def test_a_bare_surname_across_articles_joins_the_one_person_holding_its_title(
    db: Database, tmp_path: Path
) -> None:
    """Two known people are called Okafor; "Governor Okafor" in a later article is the one
    the corpus knows as governor, even once "Senator Okafor", a title neither holds, has made
    a bare "Okafor" actor of its own."""
    texts = [
        "Budget passes\n\nGovernor Daniel Okafor signed the budget on Monday in the capital.",
        "Gala opens\n\nThe designer Grace Okafor opened the gala on Tuesday in the capital.",
        "Crowds gather\n\nSenator Okafor drew large crowds on Thursday in the capital.",
        "Roads plan\n\nGovernor Okafor announced a roads plan on Wednesday in the capital.",
    ]
    rows = _articles_per_actor(db, tmp_path, texts)
    assert rows["Daniel Okafor"] == 2 and rows["Grace Okafor"] == 1, rows
    assert rows["Okafor"] == 1  # either could be meant: left alone


@pytest.mark.parametrize("full_first", [True, False])
def test_a_family_name_of_several_words_alone_is_its_person_across_articles(
    db: Database, tmp_path: Path, full_first: bool
) -> None:
    """An article that writes only "de Blasio" or "Van Hollen" means the person another
    article names in full, whichever is stored first (revision 160)."""
    texts = [
        "Mayor meets senator\n\nNew York Mayor Bill de Blasio met Senator Chris Van Hollen on "
        "Monday in the city.",
        "Senator speaks\n\nVan Hollen said on Tuesday that the bill would pass, and de "
        "Blasio said he agreed.",
    ]
    rows = _articles_per_actor(db, tmp_path, texts if full_first else texts[::-1])
    assert rows["Bill de Blasio"] == 2 and rows["Chris Van Hollen"] == 2, rows
    assert "de Blasio" not in rows and "Van Hollen" not in rows, rows


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # BASIL: "Donald Trump Jr." differs from the known "Donald J. Trump" only by an
            # initial and the suffix, and had joined his father
            [
                "President speaks\n\nPresident Donald J. Trump spoke at the White House on Monday.",
                "Son speaks\n\nDonald Trump spoke on Monday. His son Donald Trump Jr. spoke "
                "later, on Tuesday.",
            ],
            {"Donald J. Trump": 2, "Donald Trump Jr.": 1},
        ),
        (  # BASIL: the Rev. Jesse Jackson had joined the known Jesse L. Jackson Jr., his son
            [
                "Sentenced\n\nFormer Representative Jesse L. Jackson Jr. was sentenced on Monday.",
                "Family\n\nJesse Jackson spoke on Tuesday in Chicago. His son, Jesse L. "
                "Jackson Jr., did not attend.",
            ],
            {"Jesse L. Jackson Jr.": 2, "Jesse Jackson": 1},
        ),
    ],
)
def test_a_father_and_a_son_named_in_one_article_stay_two_across_articles(
    db: Database, tmp_path: Path, texts: list[str], expected: dict[str, int]
) -> None:
    """An article naming both says they are two, whoever is known first (revision 162)."""
    rows = _articles_per_actor(db, tmp_path, texts)
    assert {name: rows.get(name) for name in expected} == expected, rows


def test_a_bare_surname_stored_first_joins_the_holder_of_its_title_named_later(
    db: Database, tmp_path: Path
) -> None:
    """BASIL read in order: "President Trump" came before any "Donald J. Trump", while
    Melania Trump was known, so the bare "Trump" stayed an actor of its own in 39 articles."""
    texts = [
        "Gala opens\n\nThe designer Grace Okafor opened the gala on Tuesday in the capital.",
        "Vote\n\nSenator Obi Okafor voted against the bill on Monday in the capital.",
        "Roads plan\n\nGovernor Okafor announced a roads plan on Wednesday in the capital.",
        "Budget passes\n\nGovernor Daniel Okafor signed the budget on Friday in the capital.",
    ]
    rows = _articles_per_actor(db, tmp_path, texts)
    assert rows["Daniel Okafor"] == 2 and "Okafor" not in rows, rows


def test_a_title_two_people_hold_goes_to_the_one_far_more_often_named(
    db: Database, tmp_path: Path
) -> None:
    """BASIL's "President Obama": Barack Obama in 62 articles, Sasha Obama once wrongly given
    his title; the bare name is his."""
    places = ["the port", "a school", "the army base", "a new hospital", "the central bank"]
    texts = [f"Visit\n\nPresident Ada Nwosu visited {p} on Monday." for p in places]
    texts += [
        "Gala\n\nPresident Obi Nwosu of the chess club opened the gala on Tuesday.",
        "Speech\n\nPresident Nwosu spoke about the port on Wednesday.",
    ]
    rows = _articles_per_actor(db, tmp_path, texts)
    assert rows["Ada Nwosu"] == 6 and "Nwosu" not in rows, rows
    assert rows["Obi Nwosu"] == 1


def test_an_office_written_with_a_capital_is_its_holder_not_a_name() -> None:
    """ "The President said" after "President Joe Biden" is Biden, and "API President and CEO
    Mike Sommers" is Sommers: PAC listed an organisation called "President" among a story's
    sources, tagged so where the office stood capitalised as a subject."""
    text = (
        "Biden condemns leaked draft\n\nPresident Joe Biden on Tuesday said the leaked draft "
        'opinion was radical. The President said he was "not prepared" to make a judgment on '
        "the filibuster.\n\nAPI President and CEO Mike Sommers told reporters that the "
        "propositions would cut off energy."
    )
    analysis = _one(text, dt.date(2022, 5, 4))
    names = {a.key: a.name for a in analysis.actors}
    assert "President" not in names.values(), names
    speakers = {q.content.text[:12]: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert speakers['he was "not '] == "Joe Biden", speakers
    assert speakers["that the pro"] == "Mike Sommers", speakers


def test_backing_a_person_or_a_proposal_is_a_stance_unless_a_place_backs() -> None:
    """PolNeAR annotates what people and groups support or back (training texts 1-400: 70 of
    81 "support" + object); the cue model had passed "support" only in some contexts and a
    person backed only by a person."""
    analysis = _one(
        "Poll\n\nThe super PAC backing Jeb Bush spent heavily. Russia backed Assad throughout "
        "the war. Many voters said they support a proposal to raise the minimum wage. Senator "
        "Amara Bello would not back an amnesty bill, aides said.\n"
    )
    found = {(q.content.text, q.speaker.text if q.speaker else None) for q in analysis.quotes}
    assert ("Jeb Bush", "The super PAC") in found, found
    assert ("a proposal to raise the minimum wage", "they") in found, found
    assert ("an amnesty bill", "Senator Amara Bello") in found, found
    assert not any(content == "Assad" for content, _ in found), found  # a state's act


def test_a_poll_s_share_of_people_backs_a_proposal_or_an_act() -> None:
    """Training texts 1-400: "About three-quarters support a temporary ban ..." and "...
    support temporarily banning ..." were annotated and missed: a share that backs something
    stands for people, as one that says something does, and what is backed may be an act."""
    analysis = _one(
        "Poll\n\nAbout three-quarters support a temporary ban on new arrivals. Most Democrats "
        "support raising the minimum wage. Two rose from their seats.\n"
    )
    found = {(q.content.text, q.speaker.text if q.speaker else None) for q in analysis.quotes}
    assert ("a temporary ban on new arrivals", "About three-quarters") in found, found
    assert ("raising the minimum wage", "Most Democrats") in found, found
    assert len(found) == 2, found


def test_show_lists_a_speaker_without_the_relative_pronoun_kept_for_polnear() -> None:
    from rich.console import Console

    from newsprism.render import analysis_tables

    analysis = _one("Vote\n\nLawmakers who oppose the plan said it would fail in the Senate.\n")
    assert any(q.speaker and q.speaker.text.endswith("who") for q in analysis.quotes)
    console = Console(width=160, record=True)
    for table in analysis_tables(analysis):
        console.print(table)
    quotes = console.export_text().split("quotes", 1)[1].split("amounts and dates", 1)[0]
    speakers = [line.split("│")[1].strip() for line in quotes.splitlines() if "│" in line]
    assert "Lawmakers" in speakers and "who" not in " ".join(speakers).split(), speakers


def test_titles_written_before_a_name_are_roles() -> None:
    text = (
        "If President Okafor wins, taxes fall. When German Chancellor Angela Merkel spoke, "
        "U.S. Ambassador to France Jane Hartley listened."
    )
    roles = {a.name: a.roles for a in _one(text).actors}
    assert roles["Okafor"] == ["President"]  # not "If President"
    assert roles["Angela Merkel"] == ["German Chancellor"]
    assert roles["Jane Hartley"] == ["U.S. Ambassador to France"]
    # local offices too: Townhall's "Alderwoman Robin Rue Simmons" (PAC) had been a person
    # of that name, apart from the Guardian's Robin Rue Simmons
    local = "Alderwoman Robin Rue Simmons said it was a first step. Councilman Bob Jones agreed."
    roles = {a.name: a.roles for a in _one(local).actors}
    assert roles == {"Robin Rue Simmons": ["Alderwoman"], "Bob Jones": ["Councilman"]}, roles


def test_a_to_or_of_before_a_role_starts_the_title_and_case_does_not_make_two_roles() -> None:
    """Found in BASIL's actors table: "contrary to President", "Two of Judge", and "former
    President; Former President" listed twice."""
    text = (
        "Contrary to President Okafor's claims, the bill failed. Two of Judge Amara Bello's "
        "rulings stand. Former Secretary of State Lena Novak spoke, and Members of President "
        "Okafor's cabinet listened. Later former Secretary of State Lena Novak spoke again."
    )
    roles = {a.name: a.roles for a in _one(text).actors}
    assert roles["Okafor"] == ["President"], roles
    assert roles["Amara Bello"] == ["Judge"], roles
    assert roles["Lena Novak"] == ["Former Secretary of State"], roles  # "of State" stays


def test_a_newspaper_s_short_name_is_the_newspaper() -> None:
    """Found on BASIL: "the Post" was an actor of its own beside "The Washington Post", in
    the tone table and in whom each outlet quotes; "the House" stays apart from "the White
    House"."""
    text = (
        "The Washington Post reported on Thursday that four women accused Roy Moore. The Post "
        "said the women did not know each other. The White House declined to comment, and "
        "the House adjourned."
    )
    actors = {a.name: len(a.mentions) for a in _one(text).actors if a.label in {"ORG", "FAC"}}
    assert actors.get("Washington Post") == 2 and "Post" not in actors
    assert "House" in actors


@pytest.mark.parametrize(
    "text",
    [
        "Mattis resigns\n\nWASHINGTON — Defense Secretary Jim Mattis resigned on Thursday.",
        "Holder visits\n\nFERGUSON, Mo. (AP) - Eric Holder met residents on Wednesday.",
    ],
)
def test_a_dateline_is_not_an_actor(text: str) -> None:
    """Found on BASIL: "WASHINGTON" was a main actor of stories and what the NYT "adds"."""
    names = {a.name for a in _one(text).actors}
    assert not names & {"WASHINGTON", "FERGUSON", "Mo.", "AP"}, names
    assert names & {"Jim Mattis", "Eric Holder"}


def test_a_capitalised_name_later_in_the_text_is_still_an_actor() -> None:
    text = "NATO said the alliance would pay.\nNATO - an alliance of 32 states - met again."
    mentions = [m for a in _one(text).actors if a.name == "NATO" for m in a.mentions]
    assert len(mentions) == 2


def test_tone_per_article_and_per_actor() -> None:
    text = (
        "Chancellor Angela Merkel praised the wonderful new library, a great success for the city. "
        "Meanwhile the brutal attack by General Omar Vance killed dozens and left the town "
        "in terrible grief."
    )
    analysis = _one(text)
    tones = {a.name: a.tone for a in analysis.actors}
    assert tones["Angela Merkel"] is not None and tones["Angela Merkel"] > 0.3
    assert tones["Omar Vance"] is not None and tones["Omar Vance"] < -0.3
    assert analysis.tone is not None and -1 <= analysis.tone <= 1


def test_places_resolved_to_country_and_point() -> None:
    from newsprism.understand.places import resolve_place

    paris = resolve_place("Paris")
    assert paris is not None and paris.country == "FR" and paris.kind == "city"
    assert abs((paris.latitude or 0) - 48.85) < 0.1
    assert resolve_place("the U.S.").country == "US"  # type: ignore[union-attr]
    assert resolve_place("Qatar").kind == "country"  # type: ignore[union-attr]
    assert resolve_place("Middle Earth") is None  # unknown stays unknown


def test_a_us_state_is_no_foreign_town_of_its_name() -> None:
    """geonames has towns called Florida (Cuba), Virginia (South Africa), Arizona (Honduras):
    the state is meant. "Washington" alone stays the capital, and "D.C." is it too."""
    for state in ("Florida", "Virginia", "Arizona", "Colorado", "Montana", "Oregon"):
        place = resolve_place(state)
        assert place is not None and (place.country, place.kind) == ("US", "us-state"), place
    assert resolve_place("Washington") == resolve_place("D.C.")
    assert resolve_place("Washington").kind == "city"  # type: ignore[union-attr]


def test_a_state_s_abbreviation_is_the_state() -> None:
    """Found on BASIL: Fox's "Paul Ryan, R-Wis." added a place "Wis." beside the NYT's
    "Wisconsin"."""
    text = "Speaker Paul Ryan, R-Wis., said the order was illegal, as did voters in Wisconsin."
    places = {a.name: len(a.mentions) for a in _one(text).actors if a.label == "GPE"}
    assert places == {"Wisconsin": 2}
    from newsprism.understand.places import expand_state

    assert expand_state("Miss") == "Miss" and expand_state("Calif.") == "California"


def test_seed_places_are_stored_with_countries(db: Database, seeds: Path) -> None:
    ingest(db, [str(seeds)], IngestOptions(workers=1))
    analyze(db, OPTIONS)
    places = {r["name"]: r["country"] for r in db.actor_rows() if r["label"] == "PLACE"}
    assert {places["Qatar"], places["Doha"], places["Israel"], places["Gaza"]} == {"QA", "IL", "PS"}
    assert places["Doha"] == "QA" and places["Iran"] == "IR"


def test_surnames_with_suffixes_and_folding_within_one_article(
    db: Database, tmp_path: Path
) -> None:
    # Found on the extraction benchmark: in this page a bare surname ("Carlineo") is stored
    # first and folded into a full name later in the same article, which broke the article's
    # own mention rows; "Patrick Carlineo Jr." must count "Carlineo" as the surname.
    page = (
        Path(__file__).resolve().parents[2]
        / "shared"
        / "data"
        / "extraction-benchmark"
        / "html"
        / "6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85.html.gz"
    )
    if not page.exists():
        pytest.skip("../shared/data/extraction-benchmark is absent")
    ingest(db, [str(page)], IngestOptions(workers=1))
    report = analyze(db, OPTIONS)
    assert report.analysed == 1 and not report.skipped, report.skipped
    analysis = db.analysis(db.articles()[0].id)
    stored = {r["id"]: r for r in db.actor_rows()}
    assert all(a.canonical_id in stored for a in analysis.actors)
    carlineo = [r for r in stored.values() if "carlineo" in r["name"].lower()]
    assert carlineo and sum(r["mentions"] for r in carlineo) >= 5


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # the bare surname stays the father's once he is named in full
            "Donald Trump spoke on Monday. His son Donald Trump Jr. spoke later. Trump Jr. "
            "said the meeting was brief. Trump said he knew nothing.",
            "he knew nothing",
            "Donald Trump",
        ),
        (  # "Trump Jr." is the son named in full
            "Donald Trump spoke on Monday. His son Donald Trump Jr. spoke later. Trump Jr. "
            "said the meeting was brief. Trump said he knew nothing.",
            "the meeting was brief",
            "Donald Trump Jr.",
        ),
        (  # a title the son does not hold is the father's, even unnamed in full
            "Trump Jr. said the meeting was brief on Monday. Later, Donald Trump Jr. said he "
            "regretted it. President Trump defended his son.",
            "his son",
            "Trump",
        ),
        (  # one person written with and without his generation stays one
            "Vice President Joseph R. Biden Jr. spoke on Monday. Mr. Biden said the plan "
            "would work.",
            "the plan would work",
            "Joseph R. Biden Jr.",
        ),
    ],
)
def test_a_generation_tells_a_son_from_his_father(text: str, content: str, speaker: str) -> None:
    analysis = _one(text + "\n")
    names = {a.key: a.name for a in analysis.actors}
    said = {q.content.text: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert said[content] == speaker, said


def test_a_family_name_of_several_words_alone_is_its_person_in_one_article() -> None:
    """ "de Blasio said", "Al Thani said" and "Van Hollen agreed" (before the full name) are
    the person named in full, not new people; "Al Gore" is a first name and a surname."""
    analysis = _one(
        "Van Hollen agreed on Monday. New York Mayor Bill de Blasio met Senator Chris Van "
        "Hollen and the foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani.\n\n"
        "“We are ready,” de Blasio said. “Nothing is agreed,” Al Thani said. Al Gore spoke "
        "later, and Gore left early.\n"
    )
    people = {a.name: {m.text for m in a.mentions} for a in analysis.actors if a.label == "PERSON"}
    # the recogniser may leave a lower-case "de" out of the mention: "Blasio"
    assert people["Bill de Blasio"] & {"de Blasio", "Blasio"}, people
    assert people["Chris Van Hollen"] >= {"Van Hollen", "Chris Van Hollen"}, people
    assert "Al Thani" in people["Mohammed bin Abdulrahman Al Thani"], people
    assert people["Al Gore"] >= {"Al Gore", "Gore"}, people
    names = {a.key: a.name for a in analysis.actors}
    speakers = {q.content.text: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert speakers["We are ready"] == "Bill de Blasio", speakers
    assert speakers["Nothing is agreed"] == "Mohammed bin Abdulrahman Al Thani", speakers


def test_a_family_name_of_several_words_tagged_an_organisation_is_the_person() -> None:
    """The small model tags a sentence-opening "De Blasio" ORG; the article names Bill de
    Blasio, so it is he, and so are his words."""
    analysis = _one(
        "De Blasio said the city would help on Monday.\n\n"
        "Later, New York Mayor Bill de Blasio visited the site.\n"
    )
    people = {a.name: {m.text for m in a.mentions} for a in analysis.actors}
    assert "De Blasio" in people["Bill de Blasio"], people
    names = {a.key: a.name for a in analysis.actors}
    assert [names.get(q.speaker_key or "") for q in analysis.quotes] == ["Bill de Blasio"]


@pytest.mark.parametrize(
    ("name", "compound", "alone"),
    [
        ("Bill de Blasio", "de blasio", None),
        ("de Blasio", None, "de blasio"),
        ("Mohammed bin Abdulrahman Al Thani", "al thani", None),
        ("Ludwig van der Berg Jr.", "van der berg", None),
        ("Al Gore", None, "al gore"),  # alone it may be a family name: only a match decides
        ("Donald Trump", None, None),
        ("Trump", None, None),
    ],
)
def test_compound_surnames(name: str, compound: str | None, alone: str | None) -> None:
    from newsprism.textutil import compound_surname, compound_surname_alone

    assert (compound_surname(name), compound_surname_alone(name)) == (compound, alone)


def test_an_administration_named_for_its_head_is_an_organisation_not_the_person() -> None:
    """What "the Obama administration" does or says is not Barack Obama's act or words."""
    analysis = _one(
        "President Barack Obama spoke in Ohio on Monday. The Obama administration said the bill "
        "was a bad idea, and the Clinton campaign said it would respond on Tuesday."
    )
    by_name = {a.name: a for a in analysis.actors}
    assert by_name["Obama administration"].label == "ORG"
    assert by_name["Clinton campaign"].label == "ORG"
    obama = next(a for a in analysis.actors if a.name == "Barack Obama")
    assert [m.text for m in obama.mentions] == ["Barack Obama"]
    speakers = {q.content.text[:12]: q.speaker.text for q in analysis.quotes if q.speaker}
    assert speakers["the bill was"] == "The Obama administration"
    assert speakers["it would res"] == "the Clinton campaign"


def test_a_one_word_person_that_only_qualifies_a_thing_is_a_brand() -> None:
    """BASIL (Fox): "He and his wife, Sandra, had agreed to plead guilty" went to "Rolex",
    tagged a person in "a men's Rolex watch". A name that also stands alone stays a person
    where it qualifies a thing ("the Jackson case")."""
    analysis = _one(
        "Prosecutors say Jackson used campaign money to buy a $43,350 gold-plated men's Rolex "
        "watch and a Glock pistol.\n\nHe and his wife, Sandra, had agreed to plead guilty. "
        "The Jackson case drew crowds."
    )
    names = {a.name for a in analysis.actors if a.label == "PERSON"}
    assert "Rolex" not in names and "Glock" not in names, names
    jackson = next(a for a in analysis.actors if a.name == "Jackson")
    assert "Jackson case" in {m.text for m in jackson.mentions} or any(
        m.text == "Jackson" and m.start > 150 for m in jackson.mentions
    ), jackson.mentions
    he = next(q for q in analysis.quotes if q.content.text.startswith("to plead guilty"))
    assert he.speaker_key == jackson.key


def test_the_pronoun_after_a_shared_surname_says_which_of_the_two_it_is() -> None:
    """BASIL (HuffPost): after "His wife, Sandra Jackson", "Jackson said he had “no excuses”"
    went to her, the most recent full name of that surname. The pronoun that follows says
    which of the two it is."""
    analysis = _one(
        "Former Rep. Jesse Jackson Jr. pleaded guilty on Wednesday. His wife, Sandra Jackson, "
        "is expected to plead guilty too.\n\nIn a statement issued by his lawyers, Jackson "
        'said he had "no excuses" for his conduct.\n\n'
        'Jackson said she was "so sorry" for it.'
    )
    names = {a.key: a.name for a in analysis.actors}
    speakers = {q.content.text: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert speakers['he had "no excuses" for his conduct'] == "Jesse Jackson Jr.", speakers
    assert speakers['she was "so sorry" for it'] == "Sandra Jackson", speakers
    # A first name that tells no gender never rules its owner out (PolNeAR: Clint Howard, then
    # "his brother Ron Howard", then "Howard continued his remarks").
    analysis = _one(
        "Actor Clint Howard praised Ted Cruz on Monday. Howard, the brother of director Ron "
        'Howard, endorsed him.\n\nHoward said he was "very proud" of it.'
    )
    names = {a.key: a.name for a in analysis.actors}
    speakers = {q.content.text: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert speakers['he was "very proud" of it'] == "Clint Howard", speakers
    # A possessive after the surname may be someone else's (PolNeAR: "her" is Clinton).
    analysis = _one(
        "Former AG Mukasey at convention: Clinton unfit.\n\nFormer Attorney General Michael "
        "Mukasey spoke on Tuesday.\n\nMukasey said the email scandal is only the latest "
        "issue in her career."
    )
    names = {a.key: a.name for a in analysis.actors}
    speakers = {q.content.text[:15]: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert speakers["the email scand"] == "Michael Mukasey", speakers


def test_folding_a_surname_into_a_later_full_name_moves_its_events(
    db: Database, tmp_path: Path
) -> None:
    # Found on ECB+: an actor known only by surname is the actor of an event in one article;
    # a later article names the person in full and the surname actor is folded into it. The
    # fold moved mentions, quotes and tone but not events, and the foreign key broke the store.
    from newsprism.understand.records import Actor, Analysis, Event, Span

    for name, text in (("a1", "Guterres met Blinken."), ("a2", "Antonio Guterres spoke.")):
        write(tmp_path / f"{name}.txt", text + " More words follow here for length.")
    ingest(db, [str(tmp_path)], IngestOptions(workers=1))
    first, second = sorted(db.articles(), key=lambda a: a.source)
    surname = Actor("PERSON:guterres", "Guterres", "PERSON", [Span(0, 8, "Guterres")])
    sentence = Span(0, 21, "Guterres met Blinken.")
    event = Event("CONSULT", "CONSULT", Span(9, 12, "met"), Span(0, 8, "Guterres"),
                  surname.key, None, None, None, None, sentence)  # fmt: skip
    db.store_analysis(Analysis(first.id, actors=[surname], events=[event]), "test")
    full = Actor("PERSON:antonio guterres", "Antonio Guterres", "PERSON",
                 [Span(0, 16, "Antonio Guterres")])  # fmt: skip
    db.store_analysis(Analysis(second.id, actors=[full]), "test")
    actor_id = db.conn.execute("SELECT actor_id FROM events").fetchone()[0]
    names = {r["id"]: r["name"] for r in db.actor_rows()}
    assert names[actor_id] == "Antonio Guterres" and "Guterres" not in names.values()
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_name_the_recogniser_missed_is_found_by_its_surname() -> None:
    text = (
        "“There will be a review,” said House Minority Whip Steny Hoyer (D-Md.). "
        "“We are looking at that,” Hoyer said.\n"
    )
    analysis = _one(text)
    keys = {q.speaker_key for q in analysis.quotes}
    assert len(analysis.quotes) == 2 and len(keys) == 1 and None not in keys


def _owners(analysis: Analysis, text: str) -> dict[str, set[str]]:
    """The words of each mention -> the names of the actors they were given to."""
    out: dict[str, set[str]] = {}
    for actor in analysis.actors:
        for m in actor.mentions:
            out.setdefault(text[m.start : m.end], set()).add(actor.name)
    return out


def _speaker_actors(analysis: Analysis) -> dict[str, str | None]:
    """Each quote's words -> the name of the actor its speaker was resolved to."""
    names = {a.key: a.name for a in analysis.actors}
    return {q.content.text: names.get(q.speaker_key or "") for q in analysis.quotes}


def test_a_surname_shared_by_two_introduced_together_is_the_first() -> None:
    # Found on BASIL: after "President Donald Trump and first lady Melania Trump", the bare
    # "Trump" went to the most recent full name, so "Trump said ..." was Melania's and the
    # "he said" after it, skipping her as a woman, was the gunman's.
    text = (
        "President Donald Trump and first lady Melania Trump visited the senator in the "
        "hospital. Trump said that he was saddened. “Our thoughts are with them,” he said. "
        "Former president George H. W. Bush spoke first. Later his son, Jeb Bush, arrived. "
        "Bush said he was glad."
    )
    analysis = _one(text)
    names = {a.key: a.name for a in analysis.actors}
    owner = _owners(analysis, text)
    assert owner["Trump"] == {"Donald Trump"}
    assert owner["Bush"] == {"Jeb Bush"}  # introduced apart: the most recent
    speakers = {q.content.text: names.get(q.speaker_key or "") for q in analysis.quotes}
    assert speakers["Our thoughts are with them"] == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        # found on BASIL: the NYT's baseball-game story gave Ivanka Trump her father's words
        "Near the dugout, the president’s daughter Ivanka Trump bantered with Chuck Schumer, "
        "the Senate’s top Democrat. When a video message from President Trump played on the "
        "big screen, some of the Democrats in the crowd booed. “You are showing the world "
        "that we will not be intimidated,” Mr. Trump said.",
        # the honorific's gender against the only full name's
        "First lady Melania Trump visited the school on Monday with the governor. Hours "
        "later, “It was a wonderful visit,” Mr. Trump said.",
    ],
)
def test_a_bare_surname_that_cannot_be_its_full_name_s_person_is_someone_else(text: str) -> None:
    analysis = _one(text)
    owner = _owners(analysis, text)
    assert all(len(name.split()) == 1 for name in owner["Trump"]), owner
    assert set(_speaker_actors(analysis).values()) == {"Trump"}


def test_a_surname_the_recogniser_left_untagged_before_a_speech_verb_is_the_person() -> None:
    """Found on BASIL: HuffPost's "Bam wrote in an email" after "Dmitry Bam" became an
    organisation "Bam", quoted apart from the professor."""
    text = (
        "Dmitry Bam, a professor at the University of Maine School of Law, said there is "
        "little question that she has crossed a line. “For a court that cares a great deal "
        "about appearances, this creates the appearance that justices take sides,” Bam wrote "
        "in an email."
    )
    assert set(_speaker_actors(_one(text)).values()) == {"Dmitry Bam"}


def test_a_person_named_in_apposition_to_the_speaker_is_the_one_quoted() -> None:
    # Found on BASIL (Fox): "Another top Republican, Sen. Lindsey Graham" was quoted as
    # the Republicans; and with the quotation's closing mark missing, Graham's next words
    # were lost.
    text = (
        "Another top Republican, Sen. Lindsey Graham of South Carolina, also lambasted Schiff "
        'on Thursday.\n\n"He has made some pretty outrageous comments that Mueller could not '
        'verify, Graham said. "He is getting into conspiracy land. I am not going to ask him '
        'to resign."'
    )
    speakers = _speaker_actors(_one(text))
    assert set(speakers.values()) == {"Lindsey Graham"}, speakers
    # both parts are one quotation of Graham's (revision 155), the second no longer lost
    assert any(
        words.endswith("He is getting into conspiracy land. I am not going to ask him to resign")
        for words in speakers
    ), speakers


def test_a_nominal_subject_between_two_quotes_takes_the_pronoun_from_the_last_speaker() -> None:
    # Found on BASIL (Fox): "The president first stepped into the fray Friday when he
    # appeared to endorse ..." gave "he" to the spokesman quoted just before: a mention
    # opening on "The" was never read as the sentence's subject.
    text = (
        "President Obama hosted a dinner at the White House on Friday.\n\n"
        '"The First Amendment protects freedom of religion," Manley said.\n\n'
        "Reid's comments added another voice to the controversy. The president first stepped "
        "into the fray Friday when he appeared to endorse the project during the dinner. The "
        "next day, he clarified that he was merely commenting on religious freedoms."
    )
    speakers = _speaker_actors(_one(text))
    assert speakers["The First Amendment protects freedom of religion"] == "Manley"
    assert speakers["that he was merely commenting on religious freedoms"] == "Obama"


def test_a_title_written_before_the_bare_surname_stays_with_the_full_name() -> None:
    # Found on BASIL (NYT): "President Trump" came before "Donald Trump"; folding the bare
    # surname into the full name dropped its title, and "the president" was left unlinked
    # (listed among whom the outlet quotes as "The president", apart from Trump).
    text = (
        "WASHINGTON — President Trump declared a national emergency on Friday. Critics said "
        "Donald Trump had no such power. The president said he expected to be sued."
    )
    analysis = _one(text)
    trump = next(a for a in analysis.actors if a.name == "Donald Trump")
    assert trump.roles == ["President"]
    assert "The president" in {text[m.start : m.end] for m in trump.mentions}


def test_a_pronoun_after_reported_words_is_their_subject_not_the_last_name_in_them() -> None:
    # Found on BASIL (HuffPost): "he told" went to James Comey, the last person named
    # before it, and the quoted words began with the dateline.
    text = (
        "WASHINGTON ― President Donald Trump is “very close” to selecting an interim "
        "candidate to replace former FBI Director James Comey, he told White House reporters "
        "on Thursday."
    )
    analysis = _one(text)
    assert set(_speaker_actors(analysis).values()) == {"Donald Trump"}
    assert all(q.content.text.startswith("President") for q in analysis.quotes)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Found on BASIL: the model tagged this "Schiff" LOC, and a place "Schiff" stood
        # beside Adam B. Schiff among the story's main actors.
        (
            "Rep. Adam Schiff (Calif.), the ranking Democrat on the committee, spoke on "
            "Tuesday. While Trump may have attempted to stop Comey from interfering with "
            "ongoing investigations into his campaign, Schiff warned that it is premature for "
            "Democrats on Capitol Hill to push for impeachment.",
            "Schiff",
        ),
        # Found on BASIL: with only "President Trump" for a full name, most of the model's
        # "Trump" were ORG, outvoting the title; an organisation "Trump" was quoted.
        (
            "President Trump on Monday called the criminal justice system unfair. On Monday, "
            "Trump said he feels “badly” for Flynn. “Flynn lied and it’s like they ruined his "
            "life. Very unfair,” Trump said, echoing a weekend tweet. Trump also noted over "
            "the weekend that Clinton was not recorded.",
            "Trump",
        ),
    ],
)
def test_a_surname_known_as_a_person_is_one_wherever_the_model_tagged_it(
    text: str, name: str
) -> None:
    labels = {a.label for a in _one(text).actors if a.name.split()[-1] == name}
    assert labels == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # found on BASIL, in "whom each outlet quotes"
        (
            "Even political figures and newspaper editorial writers said the justice erred.",
            "political figures and newspaper editorial writers",
        ),
        (
            "A professor at the University of Maine School of Law who studies ethics said she "
            "crossed a line.",
            "A professor at the University of Maine School of Law",
        ),
        # what belongs to the name stays (PolNeAR dev, against a first version of the rule)
        ("Nearly eight of 10 voters said they plan to tune in.", "Nearly eight of 10 voters"),
        (
            "The wife of a man fatally shot by police said the video was hard to watch.",
            "The wife of a man fatally shot by police",
        ),
    ],
)
def test_a_speaker_is_named_without_the_sentence_around_it(text: str, speaker: str) -> None:
    assert [q.speaker.text for q in _one(text).quotes if q.speaker] == [speaker]


def test_a_medium_ends_before_what_was_said() -> None:
    """Found on BASIL: Fox's medium was "in a statement that “all Yahoo user accounts were
    affected” by the theft"; a participle that says where stays ("posted on his X account")."""
    text = (
        "The company said in a statement that “all Yahoo user accounts were affected” by the "
        "theft. Netanyahu said in a video posted on his X account that the talks would go on."
    )
    media = [q.medium for q in _one(text).quotes]
    assert media == ["in a statement", "in a video posted on his X account"]


def test_speakers_the_parse_puts_in_the_wrong_place() -> None:
    """Found on BASIL, each a speaker in "whom each outlet quotes": "Her comments" for "Her
    comments, said Josh Earnest, ... are ..." (the parse's subject of "said"; "Her comments
    marked a rebuke" reports no words, "His statement said ..." does), a dateline, a time,
    and a hyphenated number cut off its noun."""
    text = (
        "Her comments marked the strongest public rebuke to date by the administration. "
        "His statement said the talks had failed. Her comments, said Josh Earnest, the White "
        "House press secretary, are “entirely consistent with what the president has already "
        "said.”"
    )
    speakers = [q.speaker.text for q in _one(text).quotes if q.speaker]
    assert "Her comments" not in speakers and "His statement" in speakers
    assert "Josh Earnest" in speakers
    # a dateline before a speaker who also "said" (BASIL: "WASHINGTON" quoted the NYT's
    # Weiner), and a hyphen inside the speaker's words (HuffPost's "page indictment")
    text = (
        "WASHINGTON — Representative Anthony D. Weiner, trying to put to rest a bizarre "
        "episode, emphatically denied on Wednesday that he had sent a photograph but said he "
        "could not be sure that he is not the person in the image.\n\n“The goal was to enrich "
        "themselves,” the 47-page indictment says."
    )
    speakers = {q.speaker.text for q in _one(text).quotes if q.speaker}
    # "he could not be sure that ..." is Weiner's own view, nested in his words
    assert speakers == {"Representative Anthony D. Weiner", "he", "the 47-page indictment"}
    # a time is no speaker (BASIL: "Thursday afternoon" was quoted by the NYT)
    text = (
        "The tweets shocked officials at the Pentagon, who as recently as Thursday afternoon "
        "were insisting that Mr. Mattis had no intention of resigning."
    )
    assert not any("Thursday" in q.speaker.text for q in _one(text).quotes if q.speaker)
    # the usual order stays (PolNeAR dev: the first version of the rule gave this to Clinton)
    text = (
        "Derek Mitchell, who served as U.S. ambassador to Burma until this year, said Clinton "
        "reached out to McConnell on Burma during her first year at the State Department."
    )
    assert [q.speaker.text for q in _one(text).quotes if q.speaker] == ["Derek Mitchell"]


def test_a_topic_of_someone_s_remarks_ends_before_another_s_quotation() -> None:
    """Found on BASIL: the NYT's "calling her disdainful remarks about his candidacy “highly
    inappropriate”" gave Ginsburg the words “highly inappropriate”, which are Trump's."""
    text = (
        "Donald J. Trump on Tuesday assailed Justice Ruth Bader Ginsburg, calling her "
        "disdainful remarks about his candidacy “highly inappropriate” and suggesting that "
        "she owed other justices an apology. She repeated her warnings about “a rigged "
        "election” on Monday."
    )
    said = _speaker_actors(_one(text))
    assert not any(
        "inappropriate" in words and who == "Ruth Bader Ginsburg" for words, who in said.items()
    ), said
    assert any(words.startswith("a rigged election") for words in said), said


def test_a_surname_the_article_already_uses_alone_stays_with_its_person() -> None:
    # Found on BASIL: after "Cruz said ...", "his wife, Heidi Cruz" took "Cruz", and the NYT
    # had Heidi call Trump a "sniveling coward"; a headline's "Beneath Clinton's Wins" was a
    # person "Beneath Clinton".
    text = (
        "Beneath Clinton’s Wins, Signs of Weakness\n\n"
        "Ted Cruz spoke in Wisconsin on Tuesday. Cruz said the attack was wrong. His wife, "
        "Heidi Cruz, stood beside him. Cruz called Mr. Trump a sniveling coward. Hillary "
        "Clinton won on Tuesday. Clinton said she was grateful.\n"
    )
    analysis = _one(text)
    owner = _owners(analysis, text)
    assert owner["Cruz"] == {"Ted Cruz"}
    assert owner["Clinton"] == {"Hillary Clinton"}
    assert "Beneath Clinton" not in {a.name for a in analysis.actors}
    # An honorific picks the one of two that fits: "Mrs. Clinton" is not Bill.
    text = (
        "Bill Clinton spoke in Iowa. Mr. Clinton said he was proud. Hillary Clinton followed "
        "him. Mrs. Clinton said she would win. Mr. Clinton smiled.\n"
    )
    analysis = _one(text)
    by_start = {m.start: a.name for a in analysis.actors for m in a.mentions}
    assert by_start[text.index("Clinton said she")] == "Hillary Clinton"
    assert by_start[text.index("Clinton smiled")] == "Bill Clinton"


def test_a_relative_named_in_full_after_a_bare_surname_does_not_take_it() -> None:
    """Politico (PAC) wrote "Trump" alone for ten sentences, then "Eric Trump paid $24,000
    each year to his father"; every "Trump" after that had gone to Eric, and with it Donald
    Trump's statements. A bare surname before the full name is still its person when no
    relative is spoken of ("Trump ... Donald Trump")."""
    text = (
        "The forms show income Trump generated abroad. Trump also reported income from "
        "Panama. Trump paid $750 in 2017. Ivanka paid her father $18,000. Eric Trump paid "
        "$24,000 each year to his father. Trump claimed his returns reflect a shrewd "
        "businessman.\n"
    )
    analysis = _one(text)
    by_start = {m.start: a.name for a in analysis.actors for m in a.mentions}
    assert by_start[text.index("Trump claimed")] != "Eric Trump", by_start
    text = (
        "Trump spoke in Iowa on Monday. Former President Donald Trump said the vote was "
        "rigged. Trump said he would run.\n"
    )
    # nor after a headline's one bare surname, where "his son" is the named father's son
    # (West Journal, PolNeAR: a first version gave Donald Trump's tweets to Eric Trump)
    headline = (
        "Trump’s Son Says The Battle Will Be Unprecedented.\n\nAs Donald Trump began "
        "tweeting, his son said The Donald is just getting started.\n\nEric Trump, son of "
        "the front-runner, talked politics Monday.\n\n“It will be fun,” Trump tweeted.\n"
    )
    by_start = {m.start: a.name for a in _one(headline).actors for m in a.mentions}
    assert by_start[headline.index("Trump tweeted")] == "Donald Trump", by_start
    analysis = _one(text)
    by_start = {m.start: a.name for a in analysis.actors for m in a.mentions}
    assert by_start[text.index("Trump said he")] == "Donald Trump", by_start


def _canonical_people(db: Database, tmp_path: Path, names: list[str]) -> list[str]:
    """One article per name, each stored with that person as its only actor, in order: the
    canonical actor id each was given."""
    from newsprism.understand.records import Actor, Analysis, Span

    for n, name in enumerate(names):
        write(tmp_path / f"a{n}.txt", f"{name} spoke on day {n}. More words follow for length.")
    ingest(db, [str(tmp_path)], IngestOptions(workers=1))
    articles = sorted(db.articles(), key=lambda a: a.source)
    ids = []
    for article, name in zip(articles, names, strict=True):
        actor = Actor(f"PERSON:{name.lower()}", name, "PERSON", [Span(0, len(name), name)])
        db.store_analysis(Analysis(article.id, actors=[actor]), "test")
        ids.append(str(db.analysis(article.id).actors[0].canonical_id))  # type: ignore[union-attr]
    return ids


def test_a_family_name_of_several_words_stored_as_an_organisation_is_the_known_person(
    db: Database, tmp_path: Path
) -> None:
    """An article whose only "De Blasio" the model tagged ORG: the person two articles name
    in full, as a bare "Trump" tagged ORG is Donald J. Trump (revision 160)."""
    from newsprism.understand.records import Actor, Analysis, Span

    stored = [("Bill de Blasio", "PERSON"), ("Bill de Blasio", "PERSON"), ("De Blasio", "ORG")]
    for n, (name, _) in enumerate(stored):
        write(tmp_path / f"a{n}.txt", f"{name} spoke on day {n}. More words follow for length.")
    ingest(db, [str(tmp_path)], IngestOptions(workers=1))
    ids = []
    for article, (name, label) in zip(
        sorted(db.articles(), key=lambda a: a.source), stored, strict=True
    ):
        actor = Actor(f"{label}:{name.lower()}", name, label, [Span(0, len(name), name)])
        db.store_analysis(Analysis(article.id, actors=[actor]), "test")
        ids.append(db.analysis(article.id).actors[0].canonical_id)  # type: ignore[union-attr]
    assert ids[0] == ids[1] == ids[2], ids


def test_a_middle_initial_one_outlet_leaves_out_is_the_same_person(
    db: Database, tmp_path: Path
) -> None:
    # Found on BASIL: the NYT writes "Mark D. Sheridan" and "Paul J. Fishman", Fox and
    # HuffPost "Mark Sheridan" and "Paul Fishman"; they were four actors, so the comparison
    # listed the NYT's lawyer as a source the other outlets did not name.
    from newsprism.textutil import same_person

    assert same_person("Mark D. Sheridan", "Mark Sheridan")
    assert same_person("Paul J. Fishman", "Paul Jay Fishman")
    assert same_person("Martin Luther King Jr.", "Martin L. King")
    assert not same_person("George W. Bush", "George H. W. Bush")
    assert not same_person("Mark Sheridan", "Mary Sheridan")
    assert not same_person("Sheridan", "Mark Sheridan")
    # a short first name (BASIL: the NYT's "Jim Mattis", Fox's "James N. Mattis")
    assert same_person("Jim Mattis", "James N. Mattis")
    assert same_person("Mike Bloomberg", "Michael R. Bloomberg")
    assert not same_person("Jim Mattis", "John Mattis")

    names = ["Mark Sheridan", "Mark D. Sheridan", "George Bush", "George W. Bush",
             "George H. W. Bush", "George Bush"]  # fmt: skip
    ids = _canonical_people(db, tmp_path, names)
    stored = {r["id"]: r["name"] for r in db.actor_rows()}
    assert ids[0] == ids[1] and stored[ids[0]] == "Mark D. Sheridan"  # the fuller name kept
    assert ids[2] == ids[3] and stored[ids[2]] == "George W. Bush"
    # Found on BASIL: the second bare "George Bush" could be either Bush, so it is a new
    # actor, and it must not take the id the first one left when it was renamed.
    assert len({ids[3], ids[4], ids[5]}) == 3


def test_a_name_spelled_with_or_without_its_accents_is_one_person(
    db: Database, tmp_path: Path
) -> None:
    # Found on BASIL: the NYT and Fox write "Felipe Calderón", HuffPost "Felipe Calderon";
    # the comparison listed him as quoted only by HuffPost, beside the same quotation
    # carried by the other two.
    from newsprism.textutil import same_person

    assert same_person("Felipe Calderón", "Felipe Calderon")
    names = ["Felipe Calderón", "Felipe Calderon", "Calderon", "José Ramírez", "Jose Ramirez"]
    ids = _canonical_people(db, tmp_path, names)
    assert len(set(ids[:3])) == 1 and ids[3] == ids[4] and ids[0] != ids[3]
    stored = {r["id"]: r["name"] for r in db.actor_rows()}
    assert stored[ids[0]] == "Felipe Calderón"  # the name as first written


def test_the_accent_migration_rewrites_stored_look_up_keys(tmp_path: Path) -> None:
    import sqlite3

    from newsprism.store.migrations import m014_folded_actor_names

    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute(
        "CREATE TABLE actors (id TEXT PRIMARY KEY, label TEXT, name TEXT, norm TEXT, surname TEXT)"
    )
    conn.executemany(
        "INSERT INTO actors VALUES (?, ?, ?, ?, ?)",
        [
            ("p1", "PERSON", "Felipe Calderón", "felipe calderón", "calderón"),
            ("g1", "PLACE", "Bogotá", "bogotá", None),
        ],
    )
    m014_folded_actor_names(conn)
    rows = conn.execute("SELECT id, norm, surname FROM actors ORDER BY id").fetchall()
    assert rows == [("g1", "bogota", None), ("p1", "felipe calderon", "calderon")]


def test_signed_quotes_and_a_cue_after_a_question_name_their_speakers() -> None:
    """Vox-pop lines signed with a dash, and "...?" Clinton said., which the parser splits
    into a sentence of its own: the speaker is the signer or the verb's subject, not the
    speaker of the quote before."""
    text = (
        "Readers sent us their views after the debate.\n"
        "“He is ignorant of our culture and lives, and it shows.” ― Maria Lopez\n"
        "“The most unqualified candidate to ever run for president.”\xa0― Oscar Quintero.\n"
        "Later the senator spoke in Ohio. “How many times do we have to see this happen?” "
        "Clinton said. “It is time to act.”\n"
    )
    analysis = _one(text)
    speakers = {q.content.text[:12]: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert speakers["He is ignora"] == "Maria Lopez"
    assert speakers["The most unq"] == "Oscar Quintero"
    assert speakers["How many tim"] == "Clinton"


def test_a_subject_inside_the_quotation_is_not_its_speaker() -> None:
    """The parse may take the quote's first noun as the subject of the cue after it."""
    text = (
        "The campaign had a bad week.\n"
        "“My reaction, that was outrageous,” the former strategist David Plouffe said on "
        "Sunday. Tax returns were made public ― Trump boasted, “That makes me smart.”\n"
    )
    analysis = _one(text)
    speakers = {q.content.text[:8]: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert "My reaction" not in (speakers.get("My react") or "")
    assert speakers.get("That mak") == "Trump"


def _speakers(text: str, prefix: int | None = 10) -> dict[str, str | None]:
    """Each quote's content (its first ``prefix`` characters; None: all) -> its speaker."""
    quotes = _one(text).quotes
    return {q.content.text[:prefix]: q.speaker.text if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        pytest.param(  # a share of people speaks: all its words are the source
            "On trade, nearly two-thirds of Democratic primary voters said that Wall Street "
            "does more to hurt the economy than to help it.\n",
            "that Wall ",
            "nearly two-thirds of Democratic primary voters",
            id="share-of-voters",
        ),
        pytest.param(
            "The party did not fare well. One in three said the party does not care about "
            "the community.\n",
            "the party ",
            "One in three",
            id="one-in-three",
        ),
        pytest.param(
            "Most of the candidates said they support the right to boycott state exams.\n",
            "they suppo",
            "Most of the candidates",
            id="most-of-a-group",
        ),
        pytest.param(  # a person named by kin lends the conjoined cue its subject (PolNeAR)
            "His ex-wife agreed, but also contended that since she is not running for office, "
            "she should not have to give up her privacy.\n",
            "that since",
            "His ex-wife",
            id="kin-noun-conjunct",
        ),
        pytest.param(  # of a description and a name, the name speaks (BASIL)
            "The son of Cuban immigrants, Marco Rubio challenged the plan, saying that closer "
            "ties would only help the government keep power.\n",
            "that close",
            "Marco Rubio",
            id="name-over-description",
        ),
        pytest.param(  # what a poll shows, a clause without a verb
            "Polls show Clinton up by 10 points in the next major contest.\n",
            "Clinton up",
            "Polls",
            id="polls-show",
        ),
        pytest.param(
            "Despite polls showing her well behind, she campaigned across the South.\n",
            "her well b",
            "polls",
            id="polls-showing",
        ),
        pytest.param(  # a polling average is a finding too
            "Polling averages show Clinton with a lead in the low single digits.\n",
            "Clinton wi",
            "Polling averages",
            id="averages-show",
        ),
        pytest.param(  # a headline "Name: words", the name tagged a common noun
            "Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\n"
            "Hillary Clinton has 31 endorsements in the Senate. Senator Bernie Sanders, "
            "who has none, said on Monday that the count speaks volumes.\n",
            "Endorsemen",
            "Sanders",
            id="headline-name-colon",
        ),
        pytest.param(  # a headline's finding
            "Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\n"
            "Three weeks ahead of the primary, Donald Trump leads the Republican field.\n",
            "Trump and ",
            "Poll",
            id="headline-poll-colon",
        ),
        pytest.param(  # the announcement closes a paragraph; the quotation opens the next
            "“We will win this,” the governor said on Monday.\n\n"
            "The Daily Herald reports:\n\n"
            "“Turnout in the county fell by a third, the lowest in forty years of records.”\n",
            "Turnout in",
            "The Daily Herald",
            id="announced-by-a-colon",
        ),
        pytest.param(  # a block quotation whose marks the page's plain text lost
            "The film drew fire from both parties.\n\n"
            "In his review, the critic Ann Hewitt writes:\n\n"
            "The movie mentions neither the president nor the secret talks that made the deal.\n",
            "The movie ",
            "Ann Hewitt",
            id="announced-block-without-marks",
        ),
        pytest.param(  # the parse makes the cue the root of the clause it interrupts
            "This sort of opining, CNN claimed, violates its code of journalistic practices, "
            "and so the reporter was suspended.\n",
            "This sort ",
            "CNN",
            id="cue-set-off-by-commas",
        ),
        pytest.param(
            "The bill stalled again. As one senior aide put it, ''nobody wants to own this.'' "
            "Lawmakers left town.",
            "nobody wan",
            "one senior aide",
            id="as-someone-put-it",
        ),
        pytest.param(  # a heading glued to the sentence becomes a second, farther subject
            "They had their own financial affairs sorted out.\n\n"
            "THE BORROWING Back when he wrote his book, Mr. McKinley said that he considered "
            "debt a last resort.\n",
            "that he co",
            "Mr. McKinley",
            id="of-two-subjects-the-nearer",
        ),
        pytest.param(  # an infinitive of purpose speaks for the subject
            "Trump took to Twitter overnight to accuse the campaign of being “duped” by “a con.”",
            "the campai",
            "Trump",
            id="subject-control",
        ),
        pytest.param(  # "urged X to explain": X explains
            "The senators urged the minister to explain why the talks had failed.",
            "why the ta",
            "the minister",
            id="object-control",
        ),
        pytest.param(  # "called the reporters to say": a purpose; the caller says it
            "The governor called the reporters to say that the budget was balanced.",
            "that the b",
            "The governor",
            id="purpose-after-an-object",
        ),
        pytest.param(  # "used the hearing to claim": the hearing claims nothing
            "The minister used the hearing to claim that the army had done nothing wrong.",
            "that the a",
            "The minister",
            id="purpose-after-a-thing",
        ),
        pytest.param(  # a participle after an object: the object is the one asking
            "The ad uses footage of the senator asking, “Why aren't we ahead?”",
            "Why aren't",
            "footage of the senator",
            id="participle-after-an-object",
        ),
        pytest.param(  # a second verb shares the first one's subject, a group of people
            "Authorities announced on Friday the arrest of a man and said a curfew would "
            "continue through the weekend.",
            "a curfew w",
            "Authorities",
            id="conjoined-cue-of-a-group",
        ),
        pytest.param(  # the cue and its speaker set off by commas, the clause around said
            "The deal is dead, the official said, and talks will not resume.",
            "The deal i",
            "the official",
            id="cue-set-off-by-commas",
        ),
        pytest.param(  # found on BASIL: the speaker was listed as "Gingrich added"
            "He spoke on Fox.\n\nGingrich added: “We are a free country, and we will run "
            "the risk of freedom.”",
            "We are a f",
            "Gingrich",
            id="cue-before-a-colon",
        ),
        pytest.param(  # found on BASIL: the speaker was "House Minority Whip", no one
            "“There will be a review,” said House Minority Whip Steny Hoyer (D-Md.).\n",
            "There will",
            "House Minority Whip Steny Hoyer",
            id="title-then-name-in-apposition",
        ),
    ],
)
def test_speaker_of_discourse_patterns(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text)[quote] == speaker


def test_a_charge_the_parse_hangs_on_the_person_is_what_was_said() -> None:
    """ "accusing their colleagues of hypocrisy": the parse hangs "of hypocrisy" on the
    colleagues, who became people (kin and trades, revision 96) and so no content without
    a charge. A person named by a thing ("victims of mass shootings") is no charge."""
    quotes = _speakers(
        "Republicans have cited this history often in accusing their colleagues of hypocrisy "
        "on the nominee.\n\nDuring his presidency, Mr. Obama has repeatedly mourned victims "
        "of mass shootings in speeches.\n",
        None,
    )
    assert quotes.get("their colleagues of hypocrisy") == "Republicans", quotes
    assert not any("victims" in q for q in quotes), quotes


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: Why the vote in Ohio matters.\n\nOhio voted on Tuesday.\n",  # a label
        "Ohio voted on Tuesday.\n\nResult: Turnout fell by a third in the county.\n",  # body
        "Columbus: Turnout fell by a third.\n\nOhio voted on Tuesday.\n",  # no one named so
    ],
)
def test_a_colon_that_names_no_source_attributes_nothing(text: str) -> None:
    assert _speakers(text, None) == {}


def test_a_number_speaks_only_when_it_says_a_clause() -> None:
    """ "One in three said the party ..." gives the share its words; in "with 23 believed to
    still be alive" the 23 are the ones believed alive, and nobody is quoted."""
    text = (
        "Hamas is still holding 59 other captives in Gaza, with 23 believed to still be "
        "alive. One in three said the talks would fail.\n"
    )
    assert _speakers(text, None) == {"the talks would fail": "One in three"}


def test_the_verb_a_cue_introduces_is_no_cue_of_its_own() -> None:
    """In "... and said a curfew would continue", "continue" completes "said": it does not
    attribute the rest of the sentence to "a curfew"."""
    text = (
        "Authorities announced on Friday the arrest of a man in the fatal shooting of a "
        "demonstrator during a clash between protesters and police and said a curfew would "
        "continue through the weekend.\n"
    )
    speakers = _speakers(text, None)
    assert "a curfew" not in speakers.values()
    assert speakers["a curfew would continue through the weekend"] == "Authorities"


def test_a_dateline_or_an_earlier_noun_is_not_the_speaker() -> None:
    """The parse takes "WASHINGTON" before a dash, or a noun of a fronted clause, as the
    subject; the speaker is the name next to the cue."""
    text = (
        "WASHINGTON -- President Obama, dedicating the new museum on Saturday, said it would "
        "tell an American story.\n\n"
        "To understand the real Dred Scott, Chief Justice Roberts said, one should visit "
        "this museum.\n"
    )
    speakers = _speakers(text)
    assert speakers["it would t"] == "President Obama"
    assert speakers["To underst"] == "Chief Justice Roberts"
    # a participle borrows the nearer of two subjects (BASIL, NYT: "LIVINGSTON" had vowed)
    text = (
        "LIVINGSTON, N.J. — Gov. Chris Christie declared an uphill candidacy for president on "
        "Tuesday with a high regard for his own candor, vowing that “there is one thing you "
        "will know for sure: I say what I mean.”\n"
    )
    vow = next(q for q in _one(text).quotes if q.cue is not None and q.cue.text == "vowing")
    assert vow.speaker is not None and vow.speaker.text == "Gov. Chris Christie"


def test_a_speaker_after_the_closing_mark_is_not_part_of_the_quote() -> None:
    """ "“...,” Flynn, a top surrogate, said on “Fox and Friends.”": the show's name inside
    quotation marks is not the speaker, and the speaker's words stop at the closing mark."""
    text = (
        "Trump praised the generals.\n\n"
        "“He's absolutely right. There's a severe disconnect between this White House and "
        "frankly the president and our military,” Flynn, a top Trump surrogate, said "
        "Thursday morning on Fox News’s “Fox and Friends.”\n"
    )
    quote = next(q for q in _one(text).quotes if q.content.text.startswith("He's"))
    assert quote.content.text.endswith("our military")
    assert quote.speaker is not None and "Flynn" in quote.speaker.text


def test_a_cue_left_without_a_subject_takes_the_name_before_it() -> None:
    """When the parse leaves "said" after a closing mark without a subject (here it reads
    "Tulsa" as a verb), the name between the mark and the cue is the speaker."""
    from spacy.tokens import Doc

    from newsprism.understand.model import load_pipeline
    from newsprism.understand.quotes.uncued import trailing_source

    words = ["“", "We", "will", "act", ",", "”", "Tulsa", "police", "Chief", "Chuck", "Jordan"]
    words += ["said", "Monday", "."]
    heads = [3, 3, 3, 3, 3, 3, 3, 8, 6, 10, 8, 3, 11, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "dep", "compound", "dobj"]
    deps += ["compound", "appos", "conj", "npadvmod", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN"]
    pos += ["PROPN", "VERB", "PROPN", "PUNCT"]
    ents = ["O"] * 9 + ["B-PERSON", "I-PERSON", "O", "B-DATE", "O"]
    nlp = load_pipeline()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    for token, lemma in zip(doc, [w.lower() for w in words], strict=True):
        token.lemma_ = "say" if lemma == "said" else lemma
    end = doc[4].idx  # the quoted words end before the comma
    marks = quoted_spans(doc.text)
    source = trailing_source(doc, end, marks, alone=True)
    assert source is not None and source.text == "Tulsa police Chief Chuck Jordan"


def test_lets_say_is_a_supposition_not_an_attribution() -> None:
    text = "SAVE A QUARTER Let's say you think a degree will cost $160,000 in 18 years.\n"
    speakers = _speakers(text)
    assert "'s" not in speakers.values() and "’s" not in speakers.values()


def test_a_person_is_content_only_with_the_charge() -> None:
    """The learned cue model reads the object; a person alone is never what was said. (A
    statement is, with what it says: a bare one is no quotation since revision 151.)"""
    text = (
        "Rebels released a soldier after the talks. The senator criticized the governor for "
        "the delay in the flood aid. The group released a statement condemning the attack on "
        "Friday."
    )
    contents = _speakers(text, None)
    assert contents == {
        "the governor for the delay in the flood aid": "The senator",
        "a statement condemning the attack on Friday": "The group",
    }


def test_a_person_alone_is_content_after_a_verb_of_judgement() -> None:
    """ "endorsed Cole": the person is what was expressed; "attacked" is a judgement only
    between persons, and done by an army it reports no words of the army's."""
    text = (
        "Senator Ana Ruiz endorsed Governor Ben Cole on Thursday. The militia attacked the "
        "army near the border. At the rally, Ruiz attacked Tom Hale, the mayor. The army "
        "attacked what it called “terrorist positions” in the north."
    )
    contents = _speakers(text, None)
    assert contents == {
        "Governor Ben Cole": "Senator Ana Ruiz",
        "Tom Hale, the mayor": "Ruiz",
        "what it called “terrorist positions”": "it",
    }


def test_as_says_what_a_person_was_called_only_after_a_verb_that_characterises_one() -> None:
    """ "released the soldier as a gesture": "as" says what the act was; "portrayed the mayor
    as a puppet": it says what the person was called. The cue model learned which is which."""
    text = (
        "The rebels released the soldier as a gesture of goodwill toward the mediators. "
        "The council portrayed the mayor as a puppet of the developers."
    )
    contents = _speakers(text, None)
    assert contents == {"the mayor as a puppet of the developers": "The council"}


def _person_mentions(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in _one(text).actors if a.label == "PERSON"}


def test_a_person_described_beside_the_name_is_the_lede_noun_and_the_later_noun() -> None:
    # A delayed-identification lede: "a student" first, named in the next sentence.
    mentions = _person_mentions(
        "Police in Ohio arrested a student on Monday after a two-week search. The 19-year-old "
        "student, Maria Lopez, was charged with fraud, prosecutors said. On Tuesday the student "
        "appeared in court."
    )
    assert mentions["Maria Lopez"] == [
        "a student",
        "The 19-year-old student",
        "Maria Lopez",
        "the student",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # An anonymous source is not the official named afterwards.
        "An official said talks would resume on Friday in Cairo. Official John Smith, who leads "
        "the delegation, declined to comment on the report.",
        # Two journalists: "a journalist" could be either.
        "A journalist was detained on Sunday near the border. Journalist Ana Ruiz and journalist "
        "Ben Cole were both held overnight by the police.",
    ],
)
def test_an_indefinite_description_is_not_linked_when_it_is_a_source_or_ambiguous(
    text: str,
) -> None:
    for name, forms in _person_mentions(text).items():
        assert forms == [name], forms


def test_according_to_attributes_the_clause_it_modifies() -> None:
    """Before the phrase, after it, or around it: never the longer aside that follows."""
    text = (
        "The mayor trails by nine points, according to the state polling average - despite "
        "winning the primary there by a wide margin in February and again in the spring.\n\n"
        "According to two aides, the governor will veto the bill.\n\n"
        "The senator, according to people close to her, is weighing a run.\n"
    )
    contents = {q.speaker.text: q.content.text for q in _one(text).quotes if q.speaker is not None}
    assert contents["the state polling average"] == "The mayor trails by nine points"
    assert contents["two aides"] == "the governor will veto the bill"
    assert contents["people close to her"].startswith("The senator")
    assert contents["people close to her"].endswith("is weighing a run")


def test_a_poll_or_report_is_the_source_of_the_clause_it_is_in() -> None:
    """ "in the new poll" attributes its clause as "according to" does; "said in a report"
    is the speaker's own cue, not a second attribution to the report."""
    text = (
        "The mayor leads the governor by nine points in the new statewide poll.\n\n"
        "The agency said in a report that prices rose by four percent.\n\n"
        "Trump has a decisive lead in the polls ahead of the primary.\n"
    )
    contents = {q.speaker.text: q.content.text for q in _one(text).quotes if q.speaker is not None}
    assert contents == {
        "the new statewide poll": "The mayor leads the governor by nine points",
        "The agency": "that prices rose by four percent",
        # the parse hangs "in the polls" on the object "lead", not on the verb
        "the polls": "Trump has a decisive lead",
    }


def test_event_roles_read_through_quotes_relatives_and_whether_or_not() -> None:
    """ "I" in quoted words is their speaker; a relative pronoun stands for its noun;
    "whether or not to strike" is no negation, "did not meet" is."""
    text = (
        '"I thanked President Omar Haddad for his help," Prime Minister Lena Varga said on '
        "Monday.\n\n"
        "The minister criticised the treaty that Haddad had withdrawn from last year. "
        "The generals argued over whether or not to strike the port. "
        "Varga did not meet the envoy.\n"
    )
    analysis = _one(text)
    names = {a.key: a.name for a in analysis.actors}
    by_verb = {e.verb.text: e for e in analysis.events}
    thanked = by_verb["thanked"]
    assert (names.get(thanked.actor_key or ""), names.get(thanked.target_key or "")) == (
        "Lena Varga",
        "Omar Haddad",
    )
    withdrawn = by_verb["withdrawn"]
    assert withdrawn.target is not None and withdrawn.target.text == "the treaty"
    assert not by_verb["strike"].negated and by_verb["meet"].negated


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels freed two hostages in Gaza on Monday.", "Gaza"),
        ("Rebels freed two hostages from captivity in Gaza on Monday.", "Gaza"),
        ("Rebels freed two hostages from captivity on Monday.", None),
    ],
)
def test_an_event_s_place_may_sit_one_phrase_down(text: str, place: str | None) -> None:
    event = next(e for e in _one(text).events if e.verb.text == "freed")
    assert (event.place.text if event.place else None) == place


@pytest.mark.parametrize(
    ("text", "verb", "mode", "negated"),
    [
        ("Rebels seized the town on Monday and freed two hostages.", "freed", "asserted", False),
        ("The ministry said the army struck the port.", "struck", "asserted", False),
        ("The rebels managed to free two hostages.", "free", "asserted", False),
        ("The army failed to capture the town.", "capture", "asserted", True),
        ("The generals argued over whether or not to strike the port.", "strike", "possible",
         False),
        ("The militia could release more captives next week.", "release", "possible", False),
        ("If the talks fail, the army will attack the port.", "attack", "possible", False),
        ("The army will seize the town and free the hostages.", "free", "expected", False),
        ("The ministry is committed to its plan to occupy the valley.", "occupy", "intended",
         False),
        ("The council urged the army to free the prisoners.", "free", "intended", False),
        # a refusal or a failure to do something says it was not done
        ("Observers said the army's refusal to free the prisoners was a crime.", "free",
         "asserted", True),
        ("The president is going to visit the capital.", "visit", "expected", False),
        ("Will the army attack the port?", "attack", "possible", False),
        # a perfect infinitive was done; "expected to", "due to" are expected, a purpose is
        # intended, "appears to" and "likely to" possible
        ("Trump was found by the court to have sanctioned the scheme.", "sanctioned",
         "asserted", False),
        ("Trump is also expected to approve the spending bill.", "approve", "expected", False),
        ("The envoy is due to meet Netanyahu.", "meet", "expected", False),
        ("Officials scheduled a news conference to denounce the plan.", "denounce", "intended",
         False),
        ("He appears to have visited the facility.", "visited", "possible", False),
        ("Hamas is likely to free more captives.", "free", "possible", False),
        # the mode passes up through an adjective and a preposition (CNN, PAC: Biden's "I
        # look forward to being able to visit Spirit Mountain" had been a visit on the day)
        ("I look forward to being able to visit the capital.", "visit", "expected", False),
        ("The envoy will fly home after meeting the emir.", "meeting", "expected", False),
        ("Why did the army attack the port?", "attack", "asserted", False),
        # a deed judged (Palm Beach Post, PAC: Biden "was wrong to sign an Inflation
        # Reduction Act in 2022" had been an intention); a right to do it is not the deed
        ("Critics say Biden was wrong to sign the act in 2022.", "sign", "asserted", False),
        ("The senator was quick to condemn the attack.", "condemn", "asserted", False),
        ("Biden would be wrong to sign the bill.", "sign", "possible", False),
        # a gerund after a verb of phase has its mode (Fox, PAC: "will start expelling")
        ("The government will start expelling the migrants.", "expelling", "expected", False),
        ("The army began shelling the town.", "shelling", "asserted", False),
        ("He began threatening to shut down the government unless Congress paid.",
         "threatening", "asserted", False),
        # "in the event that" supposes (the Epoch Times, PAC: McConnell's supposed veto was
        # dated the day he spoke); a court's "case that" does not
        ("In the event that the president has vetoed the bill, the Senate would act.",
         "vetoed", "possible", False),
        ("The court ruled in the case that Hamas attacked the border.", "attacked",
         "asserted", False),
        ("The governor has the right to sign the bill.", "sign", "intended", False),
    ],
)  # fmt: skip
def test_an_event_says_whether_it_happened(text: str, verb: str, mode: str, negated: bool) -> None:
    """A timeline shows what happened: a plan, a threat or a possibility is marked so."""
    event = next(e for e in _one(text).events if e.verb.text == verb)
    assert (event.mode, event.negated) == (mode, negated)


def test_it_that_says_what_it_will_do_is_who_says_so() -> None:
    """Fox (PAC): "the Biden administration’s announcement that it will start expelling
    Venezuelans" was expelled by an unresolved "it"; "Hamas said it would release" is Hamas.
    "It" never stands for a person ("Biden said it would attack")."""
    events = _one(
        "Activist groups are concerned by the Biden administration’s announcement that it "
        "will start expelling Venezuelans to Mexico. Hamas said it would release two "
        "hostages. Biden said it would attack the port. A former Justice Department "
        "prosecutor said it would not cost much to request an inquiry. The program is "
        "popular, but Republicans say it will free thousands of migrants.\n"
    ).events
    doers = {e.verb.text: e.actor_key for e in events}
    assert doers.get("free", "none found") is None, events  # "it" is no "Republicans"
    assert doers.get("request", "none found") is None, events
    assert doers.get("expelling") == "ORG:biden administration", events
    assert doers.get("release") == "ORG:hamas", events
    assert doers.get("attack") is None, events


def test_oil_or_money_drawn_from_a_reserve_is_no_release_or_retreat() -> None:
    """AP (PAC) on the Strategic Petroleum Reserve: Biden "would release 15 million barrels"
    was a RELEASE, as of captives, and Bush "withdrawing nearly 34 million barrels" a
    RETREAT. Troops withdrawn and hostages released still are."""
    events = _one(
        "Biden announced he would release 15 million barrels of oil from the reserve. Bush "
        "authorized withdrawing nearly 34 million barrels during the Gulf War. The Fed "
        "withdrew $5 billion. Russia withdrew its troops from Kherson. Hamas released two "
        "hostages.\n"
    ).events
    assert sorted((e.type, e.verb.text) for e in events) == [
        ("RELEASE", "released"),
        ("RETREAT", "withdrew"),
    ], events
    assert next(e for e in events if e.type == "RETREAT").target.text == "its troops"


def test_a_document_s_participle_is_done_by_its_writer() -> None:
    """PAC's Palm Beach Post: "Sen. Rick Scott ... penned a letter urging Americans not to
    apply" was a request by no one on the timeline; "His statement condemning the attack"
    is his. A video showing something is no one's deed here."""
    events = _one(
        "Sen. Rick Scott, the richest U.S. senator, penned a letter urging Americans not to "
        "apply for the positions. His statement condemning the attack was brief.\n"
    ).events
    doers = {e.verb.text: e.actor_key for e in events}
    assert doers.get("urging") == "PERSON:rick scott", events
    assert doers.get("condemning") == "PERSON:rick scott", events
    # a pronoun owner in a phrase before the name is that name (Politico, PolNeAR: a first
    # version gave Hillary Clinton's statement to Kim Jong-un, named last)
    events = _one(
        "Rubio said we need leaders who stand up to Kim Jong-un. In her statement condemning "
        "the test, Hillary Clinton defended her record.\n"
    ).events
    condemning = next(e for e in events if e.verb.text == "condemning")
    assert condemning.actor_key == "PERSON:hillary clinton", events


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Red Cross and Syrian officials confirmed the handover.",
         "The Red Cross and Syrian officials"),
        ("Qatar and Egypt said the talks would resume.", "Qatar and Egypt"),
    ],
)  # fmt: skip
def test_coordinated_speakers_all_speak(sentence: str, speaker: str) -> None:
    """The speaker is the whole coordination, not its first conjunct ("The Red Cross")."""
    text = f"The rebels freed the envoy on Monday. {sentence}\n"
    speakers = [q.speaker.text for q in _one(text).quotes if q.speaker is not None]
    assert speakers == [speaker], speakers


def test_quoted_words_naming_what_an_act_was_are_no_one_s_words() -> None:
    """An outlet's own label in quotation marks ("as a “humanitarian” gesture") is not what
    the actor said; words quoted after a verb of saying still are."""
    acted = "The militia released two hostages as a “humanitarian” gesture toward the envoy.\n"
    assert [q.content.text for q in _one(acted).quotes] == []
    said = "The militia called the handover a “humanitarian” gesture toward the envoy.\n"
    assert [q.content.text for q in _one(said).quotes] != []


def test_a_quoted_title_is_no_one_s_words() -> None:
    """A show's or a law's name in quotation marks after a preposition or a possessive is a
    title; a title-case line quoted after a colon is still someone's words."""
    text = (
        'The senator spoke on CBS\'s "Face the Nation" and later on "The Late Evening Show" '
        "about the budget.\n\n"
        'Senator to bank chief: "You Should Be Investigated For Fraud"\n'
    )
    quotes = [q.content.text for q in _one(text).quotes]
    assert not any("Nation" in q or "Evening" in q for q in quotes)
    assert any("You Should Be Investigated" in q for q in quotes)


def test_a_quoted_title_that_names_the_thing_after_it_is_no_one_s_words() -> None:
    """A title that names the noun after it ("... hats", "... star") or follows a podcast
    or a play is a name, not a quotation (revision 159; read on PolNeAR train)."""
    text = (
        "Protesters burned their “Make America Great Again” hats outside the hall.\n\n"
        "Zach Carter is a co-host of the politics podcast “So, That Happened.”\n\n"
        "“Jane The Virgin” star Jaime Camil has a new role.\n\n"
        "“We will Make America Great Again,” Trump said.\n"
    )
    quotes = [q.content.text for q in _one(text).quotes]
    assert not any("hats" in q or "Happened" in q or "Virgin" in q for q in quotes), quotes
    assert any("We will Make America Great Again" in q for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # found on BASIL: Fox's McConnell quote began "Tuesday Ginsburg's comments were"
        (
            "Mitch McConnell said Tuesday Ginsburg’s comments were “totally inappropriate.”",
            "Ginsburg’s comments were “totally inappropriate.”",
        ),
        ("The senator told reporters Monday the bill would pass.", "the bill would pass"),
        ("He said Monday was the deadline.", "Monday was the deadline"),  # the subject
        (  # the owner of a noun (PolNeAR dev)
            'The mayor called Friday\'s decision a "huge win for Ohio voters."',
            'Friday\'s decision a "huge win for Ohio voters."',
        ),
    ],
)
def test_the_day_something_was_said_is_not_what_was_said(text: str, content: str) -> None:
    assert [q.content.text for q in _one(text).quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # the period sits inside the marks, American style
        "Mr. Obama sat for an interview with Chris Wallace on ''Fox News Sunday.'' He smiled.\n",
        # a noun for a work governs the title
        "He bought the jet in 1988, according to his book ''The Art of the Deal.'' It flew.\n",
        # a subtitle after a colon: each part is short
        '"It was wrong," said James Andrew Miller, a co-author of "Those Guys Have All the '
        'Fun: Inside the World of ESPN." He left.\n',
        # a nickname (BASIL: "during his time as a Marine," quoted “Mad Dog Mattis”)
        "The Pentagon chief, nicknamed “Mad Dog Mattis” during his time as a Marine, echoed "
        "Trump’s call for a stronger military.\n",
        # an operation launched or an event named (PAC: "Operation Jump Start" had gone to
        # "such troops" by discourse)
        "In 2006, President Bush launched “Operation Jump Start,” in which 6,000 troops were "
        "deployed. Such troops said they were ready.\n",
        "The cheekily-named “Big Tent Brunch” will feature Jenner and others.\n",
    ],
)
def test_titles_of_works_are_no_one_s_words(text: str) -> None:
    quotes = [q.content.text for q in _one(text).quotes]
    names = ("Sunday", "Deal", "Fun", "Mad Dog", "Jump Start", "Big Tent")
    assert not any(w in q for q in quotes for w in names), quotes


def test_an_editorial_label_before_a_colon_is_no_speaker() -> None:
    """ "Correction: An earlier version ..." is the newsroom's note (the model tags
    "Correction" an organisation); a shouted name before a colon still speaks."""
    text = (
        "“I’m supporting someone else,” she said and quickly hung up.\n\n"
        "Correction: An earlier version of this story incorrectly indicated that Mark Wynn "
        "intended to become a delegate.\n\n"
        "TRUMP: The deaths of these people are a tragedy.\n"
    )
    speakers = [q.speaker.text for q in _one(text).quotes if q.speaker is not None]
    assert "Correction" not in speakers
    assert "TRUMP" in speakers


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the parser read "reeks" as a noun and hung the clause on the source
        (
            "According to conservative talk radio host Rush Limbaugh, the move reeks of "
            "fear and desperation.\n",
            "the move reeks of fear and desperation",
            "conservative talk radio host Rush Limbaugh",
        ),
        # words without a verb, then the speaker and a verb of saying
        ("People like Scott, he said.\n", "People like Scott", "he"),
        # the model tagged "Trump accused Holt" as one organisation
        (
            "Bemoaning the phony system, Trump accused Holt of being a Democrat, though "
            "records say otherwise.\n",
            "Holt of being a Democrat",
            "Trump",
        ),
    ],
)
def test_misparsed_attributions_still_find_content_and_speaker(
    text: str, content: str, speaker: str
) -> None:
    quotes = {q.content.text: q.speaker.text if q.speaker else None for q in _one(text).quotes}
    assert quotes.get(content) == speaker, quotes


def test_a_passive_cue_with_an_agent_says_its_subject() -> None:
    """ "X is supported by Y": Y holds the view X; an act in the passive is nobody's words."""
    text = (
        "The plan for a new bridge is supported by a coalition of mayors. The soldier was "
        "released by the rebels on Monday.\n"
    )
    quotes = {q.content.text: q.speaker.text if q.speaker else None for q in _one(text).quotes}
    assert quotes == {"The plan for a new bridge": "a coalition of mayors"}


def test_to_after_a_noun_of_saying_names_whom_not_what() -> None:
    """ "The minister's warning to Iran": Iran is warned, not what was said; "her opposition
    to the war" is her view."""
    warned = "The minister's warning to Iran came late on Friday.\n"
    assert [q.content.text for q in _one(warned).quotes] == []
    opposed = "The senator repeated her opposition to the war on Friday.\n"
    assert "the war" in [q.content.text for q in _one(opposed).quotes]


def test_a_quote_keeps_the_closing_mark_of_a_quotation_inside_it() -> None:
    text = (
        'The mayor rejected the audit on Friday, calling the city\'s budget "sound and fair." '
        "Critics disagreed.\n"
    )
    contents = [q.content.text for q in _one(text).quotes]
    assert 'the city\'s budget "sound and fair."' in contents, contents


def test_a_quote_keeps_the_closing_mark_of_a_single_quotation_inside_it() -> None:
    text = (
        "\"Rumours are born in one newsroom. To sell them, they say: 'The mayor and the "
        "governor are finished,'\" the mayor said on Friday. Nobody answered.\n"
    )
    contents = [q.content.text for q in _one(text).quotes]
    assert any(c.endswith("the governor are finished,'") for c in contents), contents


def test_an_event_s_target_is_no_stretch_of_time_and_keeps_what_a_number_counts() -> None:
    """Found on BASIL: the NYT's timeline had Bloomberg CONSULT "at least a few occasions"."""
    text = (
        "On at least a few occasions, Mr. Bloomberg and Mr. Trump met up on the golf links. "
        "The two men met with aides on Monday."
    )
    targets = {e.target.text if e.target else None for e in _one(text).events}
    assert not targets & {"at least a few occasions", "occasions", "Monday"}, targets
    assert "aides" in targets
    # a number's target keeps what it counts (BASIL: the NYT's RELEASE of "about 3,000")
    text = "On Friday, the State Department released about 3,000 of Ms. Abedin’s emails."
    targets = {e.target.text if e.target else None for e in _one(text).events}
    assert targets == {"about 3,000 of Ms. Abedin’s emails"}


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("Rebels seized the town on Monday and freed two hostages.", "freed", "Rebels"),
        ("The envoy flew home after meeting the emir in Doha.", "meeting", "The envoy"),
        ("The council urged the army to free the prisoners.", "free", "the army"),
        ("Washington wants the army to free the prisoners.", "free", "the army"),
        # a purpose infinitive after an object: the one who bypassed signs
        ("The ministry bypassed the council to sign the contract.", "sign", "The ministry"),
        ("The rebels sidestepped the mediators to negotiate a truce.", "negotiate", "The rebels"),
        (
            "On top of bypassing the council to negotiate the deal, the mayor did not consult "
            "the unions.",
            "negotiate",
            "the mayor",
        ),
        # a noun's infinitive is its owner's deed; "its" and "their" are the clause's subject
        # of their number (the seeds: "its plan to indefinitely occupy" had no doer)
        ("Observers condemned the militia's threat to kill the hostages.", "kill", "the militia"),
        (
            "The ministry said that Israel is still committed to carrying out its plan to "
            "occupy the valley.",
            "occupy",
            "Israel",
        ),
        ("The rebels defended their decision to free the envoy.", "free", "The rebels"),
        ("Mr. Pence defended his decision to sign the bill.", "sign", "his"),
        # the subject of a passive does its infinitive, and so does an adjective's
        ("He was believed to have killed two guards.", "killed", "He"),
        ("The army was forced to withdraw from the town.", "withdraw", "The army"),
        ("The envoy is due to meet Netanyahu.", "meet", "The envoy"),
        # "praise X for doing": X did it (BASIL: Trump had arrested the mail-bomb suspect)
        (
            "The mayor praised the police officers for quickly arresting a suspect.",
            "arresting",
            "the police officers",
        ),
        # BASIL: "October" had praised Obama (the parse made the month the subject)
        (
            "Instead, Christie was seen that October praising President Barack Obama for his "
            "leadership.",
            "praising",
            "Christie",
        ),
    ],
)
def test_an_event_without_a_subject_borrows_its_doer(text: str, verb: str, actor: str) -> None:
    event = next(e for e in _one(text).events if e.verb.text == verb)
    assert event.actor is not None and event.actor.text == actor


def test_it_of_it_is_too_early_does_nothing() -> None:
    """ "It is too early to talk about that": an adjective passes its subject on to the
    infinitive ("is due to meet"), but not the "it" that stands for the infinitive itself."""
    assert not [e for e in _one("It is too early to talk with Hamas.").events if e.actor]


def test_a_noun_s_infinitive_takes_its_owner_only_when_the_owner_is_known() -> None:
    """ "his decision to sign" is the man's named before; "their" after a singular subject
    and "your" name no one, so the event keeps no doer rather than a wrong one."""
    analysis = _one(
        "Mike Pence met the governors on Monday. Mr. Pence defended his decision to sign the "
        "bill. The ministry said it welcomed their decision to free the envoy. We appreciate "
        "your willingness to release the prisoners."
    )
    names = {a.key: a.name for a in analysis.actors}
    events = {e.verb.text: e for e in analysis.events}
    assert names[events["sign"].actor_key or ""] == "Mike Pence"
    assert events["free"].actor is None
    assert events["release"].actor is None


def test_she_is_not_resolved_to_a_man() -> None:
    """Found on BASIL: "She told the newspaper that Moore ... approached her" was given to
    Roy Moore, the previous speaker. A pronoun skips people whose gender the article (an
    honorific, a gendered noun beside the name) or, failing that, the first name shows to
    be the other; a person the text says nothing about is never ruled out."""
    analysis = _one(
        'Roy Moore said the report was "completely false and a political attack." Leigh '
        "Corfman was 14 at the time. She told the newspaper that Moore approached her outside a "
        "courtroom in 1979. Mr. Moore's campaign has not responded."
    )
    names = {a.key: a.name for a in analysis.actors}
    told = next(q for q in analysis.quotes if q.cue and q.cue.text == "told")
    assert told.speaker is not None and told.speaker.text == "She"
    assert names[told.speaker_key or ""] == "Leigh Corfman"


def test_the_gender_an_article_shows() -> None:
    from newsprism.understand.gender import actor_genders, agrees
    from newsprism.understand.model import load_pipeline

    doc = load_pipeline()(
        "Former President Bill Clinton praised his wife, Hillary Clinton, on Monday. "
        "Ms. Zimmer met Gold Star mother Terry Houchins and Mr. Jordan Ellis. Alex Smith, "
        "a spokesman, and Pat Reyes also spoke, and Donald Trump did not. Dorothy Woods, "
        "whose husband, Navy SEAL Ty Woods, was killed, spoke later. Felicia Sanders lost "
        "nine friends, including Sanders’ son, 26-year-old Tywanza."
    )
    genders = {a.name: genders for a in doc._.actors for genders in [actor_genders(doc, [a])]}
    assert genders["Hillary Clinton"] == {"PERSON:hillary clinton": "f"}
    assert list(genders["Zimmer"].values()) == ["f"]  # honorific
    assert list(genders["Terry Houchins"].values()) == ["f"]  # the noun before the name
    assert list(genders["Jordan Ellis"].values()) == ["m"]  # "Mr." over an ambiguous name
    assert list(genders["Donald Trump"].values()) == ["m"]  # first name, nothing else said
    assert genders["Pat Reyes"] == {}  # a name given to both, and nothing in the text
    assert list(genders["Dorothy Woods"].values()) == ["f"]  # "whose husband" is not she
    assert genders["Felicia Sanders"] == {}  # "Sanders’ son" is not Sanders
    assert agrees("she", None) and agrees("they", "m") and not agrees("He", "f")


def test_who_in_a_relative_clause_speaks_for_the_noun_it_follows() -> None:
    """Found on BASIL: 134 quotes had the speaker "who", and a conflict read "(citing who)".
    The speaker is now the noun with the pronoun annotators mark ("Jim DeMint, who"), and
    it resolves to the actor."""
    analysis = _one(
        "Sen. Jim DeMint met party leaders on Monday. DeMint, who said Afghanistan is a war "
        "the United States must win, said Michael Steele needs to refocus on the election."
    )
    names = {a.key: a.name for a in analysis.actors}
    war = next(q for q in analysis.quotes if q.content.text.startswith("Afghanistan"))
    assert war.speaker is not None and war.speaker.text == "DeMint, who"
    assert names[war.speaker_key or ""] == "Jim DeMint"


def test_who_after_a_list_of_names_is_the_list_and_no_one_of_them() -> None:
    """Found on PolNeAR: "Will Smith, Patti LaBelle and Stevie Wonder, who joked ..." made
    Will Smith the speaker, and the "she" of the next paragraph followed him. The speaker's
    words are the list with its pronoun (BASIL's "whom each outlet quotes" listed "who" ten
    times), resolved to none of them."""
    analysis = _one(
        "Guests included Will Smith, Patti LaBelle and Stevie Wonder, who joked that he had "
        "not seen the museum yet. Ms. LaBelle sang a hymn, and then she said the day was a "
        "gift to the country."
    )
    names = {a.key: a.name for a in analysis.actors}
    joked = next(q for q in analysis.quotes if q.cue and q.cue.text == "joked")
    assert joked.speaker is not None
    assert joked.speaker.text == "Will Smith, Patti LaBelle and Stevie Wonder, who"
    assert joked.speaker_key is None
    said = next(q for q in analysis.quotes if q.cue and q.cue.text == "said")
    assert names.get(said.speaker_key or "") == "Patti LaBelle"


def test_a_new_subject_between_takes_the_pronoun_from_the_last_speaker() -> None:
    """Found on PolNeAR: "Asked whether Trump, who has called it a hoax, could win, Ban
    demurred. '...,' he said." gave Ban's words, and the twelve quotes after them, to
    Trump, the speaker of the nested clause."""
    analysis = _one(
        "Asked whether he was concerned that Donald Trump, who has called global warming a "
        'hoax, could win, Ban demurred.\n\n"There is just one science," he said.'
    )
    names = {a.key: a.name for a in analysis.actors}
    science = next(q for q in analysis.quotes if q.content.text.startswith("There is"))
    assert names[science.speaker_key or ""] == "Ban"


def test_a_head_noun_describes_its_actor_only_when_nothing_else_owns_the_phrase() -> None:
    # Found on BASIL: after "their staffs, Capitol Police" (a list the parse read as an
    # apposition), "YMCA staff" was listed as what HuffPost calls the Capitol Police, and
    # "team managers" as what the NYT calls Mike Doyle.
    text = (
        "“Our thoughts are with the members of Congress, their staffs, Capitol Police, and "
        "all others affected,” he said. “They are shaken,” Rucker said of YMCA staff. Mike "
        "Doyle, the team manager, spoke on Monday. The team managers met on Tuesday."
    )
    analysis = _one(text)
    described = {t.span.text: t.actor_key for t in analysis.terms if t.kind != "evaluative"}
    names = {a.key: a.name for a in analysis.actors}
    assert described["YMCA staff"] is None
    assert described["team managers"] is None
    assert names.get(described["team manager"] or "") == "Mike Doyle"


def test_a_person_tagged_with_a_possessive_is_the_owner_or_the_full_name_after_it() -> None:
    # Found on BASIL: "Trump’s Twitter" was stored as a person with the surname "Twitter",
    # and every bare "Twitter" the model tagged a person joined it, so the NYT's Weiner story
    # quoted "Trump’s Twitter" in 2011.
    from newsprism.understand.model import load_pipeline

    nlp = load_pipeline()
    for text, names in [
        (
            "Trump’s Twitter account was busy. Fusion’s Jorge Ramos asked a question.",
            {"Trump", "Jorge Ramos"},
        ),
        ("Mitt Romney’s Medicare plan was attacked by Democrats.", {"Mitt Romney"}),
        ("The Children’s Defense Fund and Sam's Club objected.", set()),  # organisations stay
    ]:
        people = {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
        # read with straight apostrophes, the model tags this "Trump" an organisation; if it
        # is a person, it is "Trump", never "Trump’s Twitter"
        assert people - {"Trump"} == names - {"Trump"}, (text, people)
    orgs = {e.text for e in nlp("The Children’s Defense Fund and Sam's Club objected.").ents}
    assert "Sam's Club" in orgs


def test_words_about_words_describe_no_one_and_phrases_start_at_their_own_words() -> None:
    # Found on BASIL (Orlando): "the words ‘Radical Islam’" was listed as the NYT's
    # description of Islam, and "And, now, a gay nightclub" as its wording of the nightclub.
    text = (
        "The list of tragedies seems countless by now. A church. A movie theater. And, now, a "
        "gay nightclub. Donald Trump seized on the attacks as evidence of weakness. He "
        "demanded that Mr. Obama resign because he refused to say the words “radical Islam” "
        "in his remarks. Radical Islam is the enemy, he said. The very brutal attack shocked "
        "the nation."
    )
    terms = {t.span.text: t for t in _one(text).terms if t.kind != "evaluative"}
    assert "words" not in terms and not any(t.head == "word" for t in terms.values())
    assert "gay nightclub" in terms and "very brutal attack" in terms
    # found on BASIL (the shutdown): "many" and "fellow" were descriptions of parties, and
    # "both the president" one of Trump; in PAC (Mother Jones), "enough"
    text = (
        "President Trump spoke on Friday. Many Democrats rejected the plan, and fellow "
        "Republicans balked. Both the president and the speaker want a deal. There were not"
        " enough Democrats to pass it. Multiple Republican senators and top Democrats "
        "objected, and senior Republicans walked out."
    )
    terms = {t.span.text for t in _one(text).terms if t.kind == "descriptor"}
    picked = {"Many", "many", "fellow", "both the president", "enough", "Multiple", "top"}
    assert not terms & (picked | {"senior"}), terms
    # found on BASIL (the pipe bombs): "significant breakthrough" and "similarity" were the
    # NYT's words for Trump, "more than 10 packages" HuffPost's for Maxine Waters, "former"
    # alone one for John Brennan
    text = (
        "Authorities made an arrest in the bombing campaign against critics of President "
        "Trump, a significant breakthrough in the case. He has been a critic of President "
        "Trump, a similarity shared with everyone on the list. More than 10 packages were "
        "mailed, including one to Rep. Maxine Waters. The former John Brennan spoke, as did "
        "the reality TV celebrity, Donald Trump."
    )
    terms = {t.span.text for t in _one(text).terms if t.kind == "descriptor"}
    assert not terms & {"significant breakthrough", "similarity", "former"}, terms
    assert not any("packages" in t for t in terms), terms
    assert "reality TV celebrity" in terms  # a person is still described
    # found on BASIL (Netanyahu's speech): "southern" was the NYT's description of Israel
    text = "He spoke as he toured a military base in southern Israel on Tuesday."
    assert "southern" not in {t.span.text for t in _one(text).terms if t.kind == "descriptor"}
    # found on BASIL (Roy Moore): "then a district attorney" was the NYT's wording of him
    text = "Roy Moore, then a district attorney in Alabama, denied the report on Friday."
    terms = {t.span.text for t in _one(text).terms if t.kind != "evaluative"}
    assert "district attorney" in terms and not any(t.startswith("then") for t in terms)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # People no actor names: "they" is nobody we know, not the senator named before.
        (
            "Senator Maria Lopez met farmers in Fresno on Monday. The growers complained "
            "about the price of water. “We cannot plant this year,” they said.\n",
            None,
        ),
        # A group named just before.
        (
            "Democrats in the Senate blocked the bill on Tuesday. “This bill is a giveaway "
            "to the banks,” they said.\n",
            "Democrats",
        ),
        # People named together speak as "they".
        (
            "Obama and Clinton campaign in Ohio\n\nBarack Obama and Hillary Clinton spoke to "
            "workers in Toledo on Monday. “We will keep fighting for these jobs,” Obama and "
            "Clinton said in a joint statement. “It is not over yet,” they added.\n",
            "Barack Obama",
        ),
    ],
)
def test_they_is_a_group_or_people_named_together_never_one_person(
    text: str, resolved: str | None
) -> None:
    """BASIL and PolNeAR: "they" had gone to the last person named ("In their remarks, both
    Obama and Clinton ..." to Donald Trump; growers' words to the senator they met)."""
    assert _pronoun_speaker(text, "they") == resolved


def _speaker_of(text: str, words: str) -> str | None:
    """The actor the one quote whose content starts with ``words`` was resolved to."""
    said = _speaker_actors(_one(text))
    (name,) = [name for content, name in said.items() if content.startswith(words)]
    return name


def _pronoun_speaker(text: str, pronoun: str) -> str | None:
    """The actor the one quote whose speaker is ``pronoun`` was resolved to."""
    analysis = _one(text)
    names = {a.key: a.name for a in analysis.actors}
    (quote,) = [q for q in analysis.quotes if q.speaker and q.speaker.text == pronoun]
    return names.get(quote.speaker_key or "")


def test_an_abbreviated_title_links_the_noun_for_its_office() -> None:
    """BASIL: Fox's "Rep. Anthony Weiner ... But the congressman repeatedly declined ..." left
    "the congressman" apart from Weiner among whom Fox quotes. A former office does not
    answer to "the governor"."""
    text = (
        "Weiner says he did not send photo\n\nRep. Anthony Weiner, in an interview on Wednesday, "
        "said he did not send a lewd photo to a college student. But the congressman "
        "repeatedly declined to say whether the picture was an image of him.\n\n"
        "Former Gov. Mary Olsen spoke in Boise on Tuesday. The governor said the state budget "
        "was balanced.\n"
    )
    analysis = _one(text)
    owner = {m.text.lower(): a.name for a in analysis.actors for m in a.mentions}
    assert owner["the congressman"] == "Anthony Weiner"
    assert "the governor" not in owner


def test_misparsed_cues_and_untagged_surnames_keep_their_speakers() -> None:
    """BASIL (HuffPost on the 2018 mail bombs), three speakers lost in one article: "“...,” he
    went on" gave the words to the subject of the next sentence ("His comments echoed ...");
    "Asked why ..., Attorney General X said he didn't know" was parsed with "said" as an
    auxiliary and no subject, so nobody said it; and "he said" after "Wray elaborated ..."
    went to the suspect, because the model tagged that bare "Wray" as nothing."""
    text = (
        "Suspect held\n\nPolice Chief Chris Morrow confirmed the arrest of Victor Halden on "
        "Friday.\n\n"
        "Officials were vague about the parcels at first, calling them “suspect devices.” "
        "Morrow elaborated at Friday’s briefing that each parcel held a length of pipe and a "
        "small timer. “These are not hoax devices,” he said.\n\n"
        "Asked why Halden appeared to be targeting Democratic politicians and others critical "
        "of Trump, Attorney General Ruth Calloway said she didn’t know but that the suspect "
        "“appears to be a partisan”\n\n"
        "“We must never allow political violence here,” Mayor Tom Reyes said.\n\n"
        "“The bottom line is that we must unify,” he went on. His comments echoed those he "
        "has made at rallies.\n"
    )
    said = {words[:12]: name for words, name in _speaker_actors(_one(text)).items()}
    assert said["These are no"] == "Chris Morrow", said
    assert said["she didn’t k"] == "Ruth Calloway", said
    assert said["The bottom l"] == "Tom Reyes", said


def test_an_event_s_date_keeps_the_precision_the_text_gives() -> None:
    """BASIL: "a retired FBI profiler who, in 1996, helped catch the Unabomber" was placed on
    1 January 1996 in the timeline, a day the text never gives."""
    text = (
        "Profiler speaks\n\nThe profiler, who in 1996 helped catch a bomber, met the detectives "
        "on Monday. In March 2019 the police arrested a second suspect.\n"
    )
    dates = {e.verb.text: e.date for e in _one(text, dt.date(2025, 5, 13)).events}
    assert dates.get("met") == "2025-05-12", dates
    assert dates.get("helped") == "1996", dates
    assert dates.get("arrested") == "2019-03", dates


def test_the_president_is_not_the_vice_president_named_last() -> None:
    """PAC: "The President himself suggested staying at his property upon learning Pence
    would be visiting" had gone to Mike Pence, the person last named with a title holding the
    word "president"."""
    text = (
        "Pence visits Ireland\n\nVice President Mike Pence flew to Doonbeg on Monday. "
        "President Donald Trump had called the trip a success. Pence arrived late. The "
        "president himself suggested staying at his property, Short said. The vice president "
        "thanked the hosts."
    )
    analysis = _one(text, dt.date(2019, 9, 3))
    mentions = {m.text: a.name for a in analysis.actors for m in a.mentions}
    assert mentions["The president"] == "Donald Trump", mentions
    assert mentions["The vice president"] == "Mike Pence", mentions


def test_a_first_lady_is_not_the_president_of_her_surname() -> None:
    """PAC: "President Biden ..." then "first lady Jill Biden": the bare "Biden" and "the
    president" had gone to her, the one Biden named in full."""
    text = (
        "Biden says age concerns legitimate\n\nPresident Biden admitted that concerns over "
        'his age are "totally legitimate." Biden, who will be 82 at the next election, '
        "underwent a physical exam, and the president said he felt fine. First lady Jill Biden "
        "said her husband is fit to serve."
    )
    analysis = _one(text, dt.date(2023, 2, 24))
    mentions = {m.text: a.name for a in analysis.actors for m in a.mentions}
    assert mentions["Jill Biden"] == "Jill Biden" and mentions["Biden"] == "Biden", mentions
    assert mentions["the president"] == "Biden", mentions


def test_according_to_inside_a_quotation_leaves_the_quotation_to_its_source() -> None:
    """BASIL (Fox): "“According to the indictment, the Hunters knew ...,” according to the
    U.S. Attorney’s Office": the inner phrase had claimed the whole sentence, and the words
    went to the Hunter named before them."""
    text = (
        "Hunter indicted\n\nHunter continued to spend campaign funds despite warnings from "
        "his treasurer.\n\n“According to the indictment, the Hunters knew that many of their "
        "purchases could be made only by using campaign funds,” according to the U.S. "
        "Attorney’s Office."
    )
    analysis = _one(text, dt.date(2018, 8, 21))
    knew = [q for q in analysis.quotes if "the Hunters knew" in q.content.text]
    assert len(knew) == 1 and knew[0].speaker is not None, analysis.quotes
    assert knew[0].speaker.text == "the U.S. Attorney’s Office", knew


def test_interjections_platforms_and_name_suffixes_are_no_people() -> None:
    """PAC: a headline's "Hooray" became a person and then the "he" of Matthew McConaughey's
    quotations; "on Twitter" was a person that a later "He" went to; "Herman Baertschiger,
    Jr." gave a person "Jr." who "explained the reason for the walk out"."""
    text = (
        "Hooray for Hollywood: Kudos to Matthew McConaughey for using fame to push progress"
        '\n\nMatthew McConaughey spoke at the White House on Tuesday. "We need responsible '
        'gun ownership," he said. He has said nothing since, other than on Twitter. He has '
        "announced no plans to run.\n\nIn a statement, Senate Republican Leader Herman "
        "Baertschiger, Jr. explained the reason for the walk out."
    )
    analysis = _one(text, dt.date(2022, 6, 8))
    people = {a.name for a in analysis.actors if a.label == "PERSON"}
    assert people == {"Matthew McConaughey", "Herman Baertschiger, Jr."}, people
    speakers = _speaker_actors(analysis)
    assert speakers["We need responsible gun ownership"] == "Matthew McConaughey", speakers
    assert speakers["no plans to run"] == "Matthew McConaughey", speakers


def test_a_person_the_speaker_talks_about_is_not_the_he_after_the_quotation() -> None:
    """BASIL: Chris Coons's "This senseless government shutdown ... The President should
    re-open the government ...," he said, went to Trump once "The President" inside the
    quotation was a mention of him, the subject of a sentence between."""
    text = (
        "Shutdown talks stall\n\nPresident Trump offered a deal on Saturday. Democratic Sen. "
        'Chris Coons slammed McConnell but called the offer "a first step toward reform."'
        '\n\n"This senseless government shutdown is hurting millions of Americans. The '
        "President should re-open the government so that Congress can work. I am confident "
        'that a compromise can be reached," he said.'
    )
    said = _speaker_actors(_one(text, dt.date(2019, 1, 20)))
    senseless = next(name for words, name in said.items() if "senseless" in words)
    assert senseless == "Chris Coons", said


def test_that_month_is_the_month_of_the_year_the_narrative_is_in() -> None:
    """BASIL (HuffPost, June 2015): after "in November 2012", "Christie was seen that
    October praising President Barack Obama" was dated October 2015, four months after
    publication. A month without "that" stays the one nearest publication."""
    text = (
        "Christie runs\n\nHuffPost reported in November 2012 that Christie turned down an "
        "invitation. Instead, Christie was seen that October praising President Barack "
        "Obama.\n\nThe storm had hit in 2011. That August the governor praised the "
        "volunteers. He will speak again in October.\n"
    )
    analysis = _one(text, dt.date(2015, 6, 30))
    dates = {e.verb.text: e.date for e in analysis.events}
    assert dates.get("praising") == "2012-10", dates
    assert dates.get("praised") == "2011-08", dates
    octobers = [t.value for t in analysis.times if t.span.text == "October"]
    assert octobers == [dt.date(2012, 10, 1), dt.date(2015, 10, 1)], octobers


def test_that_year_is_the_year_the_narrative_is_in() -> None:
    """BASIL (NYT on Roger Stone, January 2019): after "between June and July 2016", "On July
    22 that year, WikiLeaks released its first batch" was dated July 2019, after the article;
    "later that year" and "the following year" had no date at all."""
    text = (
        "Stone charged\n\nBetween June and July 2016, Mr. Stone told officials about the "
        "emails. On July 22 that year, WikiLeaks released its first batch of emails. Later "
        "that year, Mr. Stone met Mr. Credico. In 2012 he ran for office. The following year "
        "he lost. He will speak again this year.\n"
    )
    analysis = _one(text, dt.date(2019, 1, 25))
    dates = {t.span.text.lower(): (t.value, t.granularity) for t in analysis.times}
    assert dates["july 22 that year"] == (dt.date(2016, 7, 22), "day"), dates
    assert dates["later that year"] == (dt.date(2016, 1, 1), "year"), dates
    assert dates["the following year"] == (dt.date(2013, 1, 1), "year"), dates
    assert dates["this year"] == (dt.date(2019, 1, 1), "year"), dates
    released = next(e for e in analysis.events if e.verb.text == "released")
    assert released.date == "2016-07-22"


def test_a_thought_that_strikes_someone_is_no_attack() -> None:
    """BASIL: a neighbour's “It struck me because of the stickers” was an ASSAULT on him in
    the mail-bomb story's timeline."""
    text = (
        "“It struck me because of the crazy stickers on the windows,” said Dan Morrow. The "
        "plan struck him as reckless. Rebels struck the convoy on Friday.\n"
    )
    struck = [(e.actor.text if e.actor else None) for e in _one(text).events if e.type == "ASSAULT"]
    assert struck == ["Rebels"]


def test_opening_fire_on_someone_is_an_attack_on_them() -> None:
    """BASIL: HuffPost's "a lone gunman opened fire ... on a group of Republican lawmakers"
    told no act, so it could not meet the NYT's "a gunman ... striking four people"."""
    text = (
        "A lone gunman opened fire on Wednesday on a group of lawmakers at a ball field. "
        "Workers opened the gates.\n"
    )
    events = [(e.type, e.actor.text if e.actor else None, e.target.text if e.target else None)
              for e in _one(text).events]  # fmt: skip
    assert events == [("ASSAULT", "A lone gunman", "a group")]


def test_a_title_after_an_article_and_a_reported_letter_are_not_quotes_of_their_own() -> None:
    """BASIL (the NYT and HuffPost on Kathy Griffin): 'an “America's Next Top Model”
    challenge' was listed as an unattributed quote, and in "In a letter reported by Fox ...,
    Mr. Page wrote: “...”" Fox was given the letter writer's words."""
    text = (
        "Shoot\n\nThis feels like an “America’s Next Top Model” challenge gone wrong. In a "
        "letter to the committee reported by Fox and other news organizations, Mr. Carter Page "
        "wrote: “I have learned from your staff that I might not be afforded the chance.”\n"
    )
    said = _speaker_actors(_one(text))
    assert not any("Top Model" in words for words in said), said
    (speaker,) = [name for words, name in said.items() if words.startswith("I have learned")]
    assert speaker == "Carter Page"


def test_the_ex_congressman_is_the_former_representative() -> None:
    """BASIL (Fox on Jesse Jackson Jr.'s plea): "the ex-congressman" was listed apart from
    "Former Rep. Jesse Jackson Jr." among whom Fox quotes; the parse hangs "The" on "ex"."""
    text = (
        "Plea entered\n\nFormer Rep. Jesse Jackson Jr. pleaded guilty on Wednesday. The "
        "ex-congressman said he was sorry. Gov. Pat Quinn said nothing.\n"
    )
    owner = {m.text.lower(): a.name for a in _one(text).actors for m in a.mentions}
    assert owner.get("the ex-congressman") == "Jesse Jackson Jr.", owner


def test_he_after_a_nested_attribution_is_the_outer_speaker() -> None:
    """BASIL (Fox on Kathy Griffin): after "Shields told Fox News that Griffin was hoping to
    ...", the photographer's "“Kathy and I are friends ...,” he explained" went to Griffin:
    the attribution inside his words had become the one a "he" goes on from, and the
    quotation's own subject ("Kathy and I") had been read as its speaker."""
    text = (
        "Photo shoot\n\nComedian Kathy Griffin apologised on Tuesday. Photographer Tyler "
        "Shields told reporters that Griffin was hoping to send a bold message.\n\n"
        "“Kathy and I are friends and we have worked together before,” he explained.\n"
    )
    assert _speaker_of(text, "Kathy and I") == "Tyler Shields"


def test_a_pronoun_in_a_clause_before_the_main_verb_is_its_subject_named_after() -> None:
    """BASIL (on Romney and same-sex marriage): "When asked if he believed the president had
    flip-flopped, Romney said ..." gave "he" to Obama, named in the sentence before, and the
    digest printed "he [Barack Obama]"."""
    text = (
        "Candidates differ\n\nMitt Romney spoke in Oklahoma on Wednesday. President Obama "
        "endorsed same-sex marriage the same day. When asked if he believed the president had "
        "changed his view, Romney said it is up to the public to judge.\n"
    )
    assert _pronoun_speaker(text, "he") == "Mitt Romney"


def test_a_hyphenated_surname_tagged_an_organisation_is_the_person() -> None:
    """BASIL (Fox on Tlaib): "Rep. Alexandria Ocasio-Cortez" then "Ocasio-Cortez" (tagged ORG,
    three tokens) were two actors, and "she tweeted" after "Ocasio-Cortez tweeted a vow to
    support Tlaib" went to Tlaib, the only woman left."""
    text = (
        "Freshmen stand together\n\nRep. Alexandria Ocasio-Cortez took a stand for Rep. "
        "Rashida Tlaib on Saturday. Ocasio-Cortez went on Twitter to weigh in.\n\n"
        "On Saturday, Ocasio-Cortez tweeted a vow to support Tlaib. “I got your back,” she "
        "tweeted.\n"
    )
    owners = {m.text: a.name for a in _one(text).actors for m in a.mentions}
    assert owners["Ocasio-Cortez"] == "Alexandria Ocasio-Cortez", owners
    assert _pronoun_speaker(text, "she") == "Alexandria Ocasio-Cortez"


def test_punctuation_at_a_names_edge_is_not_part_of_it() -> None:
    """BASIL (HuffPost): "referring to Trump ―" made an organisation named "Trump ―", and
    'the "Access Hollywood' one named with its opening quote."""
    text = (
        "Speaker weighs in\n\nHouse Speaker Nancy Pelosi spoke on Friday. Asked about the "
        "comment ― she vowed to act, referring to Trump ― Pelosi said it was a free speech "
        'issue. Trump described the "Access Hollywood" recording as banter.\n'
    )
    names = {a.name for a in _one(text).actors}
    assert not any(n[0] in '"“―' or n[-1] in '"”―' for n in names), names
    assert "Access Hollywood" in names, names


def test_the_house_speaker_and_a_party_congresswoman_are_the_people_titled_so() -> None:
    """BASIL (HuffPost on Tlaib): "the House speaker continued" after "House Speaker Nancy
    Pelosi" was no one (so "she concluded" went to Joy Reid), and "the new Democratic
    congresswoman" was no one: a party word was read as a place the title must hold."""
    text = (
        "Speaker weighs in\n\nHouse Speaker Nancy Pelosi is not upset over Michigan Rep. "
        "Rashida Tlaib’s comment. The new Democratic congresswoman vowed to act, Pelosi said.\n\n"
        "“I probably have a generational reaction to it,” she told MSNBC’s Joy Reid.\n\n"
        "“I don’t like that language,” the House speaker continued.\n\n"
        "“But I don’t think it’s any worse,” she concluded.\n"
    )
    owners = {m.text.lower(): a.name for a in _one(text).actors for m in a.mentions}
    assert owners.get("the house speaker") == "Nancy Pelosi", owners
    assert owners.get("the new democratic congresswoman") == "Rashida Tlaib", owners
    assert _speaker_of(text, "But I don") == "Nancy Pelosi"


def test_an_uncued_quote_goes_on_from_the_words_a_report_shows_someone_saying() -> None:
    """BASIL (Fox on Tlaib): after "“People love you,” the video showed Tlaib telling
    supporters.", the next uncued quotation was given to "the video"."""
    text = (
        "Video surfaces\n\nRep. Rashida Tlaib spoke on Thursday night.\n\n"
        "“People love you and you win,” the video showed Tlaib telling supporters. “And when "
        "your son looks at you, you say you won.”\n"
    )
    assert _speaker_of(text, "And when") == "Rashida Tlaib"


def test_a_pronoun_after_a_passive_main_subject_is_that_subject() -> None:
    """BASIL (Fox on Tlaib): "Tlaib, who was sworn in ..., was videotaped ... shortly after
    she penned an op-ed outlining the case" gave "she" to the previous speaker, another
    woman: a passive main verb's subject was not seen as the sentence's subject."""
    text = (
        "Op-ed\n\nRep. Ayanna Pressley backed Rep. Rashida Tlaib on Saturday. “I got "
        "your back,” Pressley tweeted.\n\nTlaib, who was sworn in on Thursday, was "
        "videotaped that night vowing to act, shortly after she penned an op-ed outlining "
        "the case for impeachment.\n"
    )
    analysis = _one(text)
    names = {a.key: a.name for a in analysis.actors}
    (outlining,) = [q for q in analysis.quotes if q.cue and q.cue.text == "outlining"]
    assert names.get(outlining.speaker_key or "") == "Rashida Tlaib"


def test_first_names_news_gives_often_are_in_the_lists() -> None:
    """BASIL (HuffPost on Tlaib): "Joy Reid" had no gender, so a "he" about Trump went to
    her. Names given to both ("Jordan", "Dana", "Kay") stay unknown."""
    from newsprism.understand.gender import first_name_gender

    assert first_name_gender("Joy Reid") == "f"
    assert first_name_gender("Grant Young") == "m"
    assert first_name_gender("Dana Rohrabacher") is None
    assert first_name_gender("Kay Hutchison") is None
    assert first_name_gender("Jordan Ellis") is None
    assert first_name_gender("J. Smith") is None


def test_the_lower_case_end_of_a_hyphenated_place_name_is_no_framing_phrase() -> None:
    """BASIL (the 2018 mail bombs): "Opa-locka", a Florida city the tagger split into a name
    and the noun "locka", headed a framing row "locka" beside "package" and "device"."""
    text = (
        "Investigators have focused their attention on certain Florida postal centers, "
        "including one in Opa-locka near Miami. Officials found suspicious packages there.\n"
    )
    words = {t.head for t in _one(text).terms if t.kind == "phrase"}
    assert "locka" not in words and "package" in words, words


def test_a_long_name_after_a_question_still_asks_it() -> None:
    """BASIL (NYT on Tlaib): '“Is this the behavior ...?” Representative Kevin McCarthy of
    California, the Republican leader, asked' (a sentence of its own after the question mark)
    gave the question to the Republicans quoted before: the speech verb was eleven words on,
    past the eight the trailing source was looked for in."""
    text = (
        "Republicans pile on\n\nRepublicans piled on criticism of Ms. Tlaib on Friday.\n\n"
        "“Is this the behavior that we are going to find with this new majority?” "
        "Representative Kevin McCarthy of California, the Republican leader, asked at a news "
        "conference.\n"
    )
    assert _speaker_of(text, "Is this") == "Kevin McCarthy"


def test_a_dash_between_two_names_parts_them() -> None:
    """BASIL (HuffPost): "referring to Trump ― Pelosi said it was a free speech issue". With
    em dashes the model tags "Trump — Pelosi" one WORK_OF_ART, and Pelosi spoke for no one;
    with HuffPost's bar, "Trump ―" was an organisation."""
    text = (
        "Speaker weighs in\n\nHouse Speaker Nancy Pelosi spoke on Friday about President Donald "
        "Trump. Asked for her reaction to Tlaib’s “colorful language” {d} the new congresswoman "
        "vowed to “impeach that motherfucker,” referring to Trump {d} Pelosi said it was a free "
        "speech issue.\n"
    )
    for dash in ("—", "―"):
        analysis = _one(text.format(d=dash))
        names = {a.key: a.name for a in analysis.actors}
        (said,) = [q for q in analysis.quotes if q.content.text.endswith("free speech issue")]
        assert names.get(said.speaker_key or "") == "Nancy Pelosi", names
        assert not any("―" in n or "—" in n for n in names.values()), names


def test_a_dateline_glued_by_a_spaced_hyphen_is_no_part_of_the_name() -> None:
    """PolNeAR (Washington Post, Trump's acceptance speech): the model tags "CLEVELAND - Donald
    Trump" one organisation. Kept as one person with that name, it did not own the surname
    "Trump", which went to Ivanka Trump; "he said" after "Trump vowed ..." then skipped him
    and gave his speech to John Podesta, quoted before it."""
    text = (
        "Republican assails elites as he accepts party nomination.\n\n"
        "CLEVELAND - Donald Trump painted a dire portrait of a lawless nation as he accepted "
        "the nomination here Thursday night.\n\n"
        "Ivanka Trump, who introduced her father, portrayed him as a generous executive.\n\n"
        "Trump attacked Clinton. Clinton's campaign chairman, John Podesta, said in a "
        'statement: "Tonight, Donald Trump painted a dark picture of an America in '
        'decline."\n\nIn every policy realm, Trump vowed to put the country first.\n\n'
        '"Americanism, not globalism, will be our credo," he said.\n'
    )
    analysis = _one(text)
    names = [a.name for a in analysis.actors]
    assert not any("CLEVELAND" in n for n in names), names
    said = _speaker_actors(analysis)
    (credo,) = [name for content, name in said.items() if "credo" in content]
    assert credo == "Donald Trump", said
    # a hyphen inside a name, or between words without spaces, parts nothing
    hyphenated = _one("Vote\n\nRep. Alexandria Ocasio-Cortez spoke on Monday.\n").actors
    assert any(a.name.endswith("Ocasio-Cortez") for a in hyphenated)


def test_a_bracket_is_no_part_of_a_name() -> None:
    """PAC (Breitbart): the model tags "the Congregation for the Doctrine of the Faith (CDF"
    one organisation, and "whom each outlet quotes" listed it under that name. Cut at the
    bracket, the abbreviation is one more name of the same body."""
    text = (
        "Vatican rules on blessings\n\nIn its formal reply, the Congregation for the Doctrine "
        "of the Faith (CDF) responded that it cannot bless such unions. The CDF said God does "
        "not bless sin.\n"
    )
    analysis = _one(text)
    (body,) = [a for a in analysis.actors if "Congregation" in a.name]
    assert body.name == "Congregation for the Doctrine of the Faith", body.name
    assert "CDF" in {m.text for m in body.mentions}
    assert not any("(" in a.name for a in analysis.actors)


def test_according_to_a_document_leaves_its_relative_clause_out_of_the_source() -> None:
    """BASIL (HuffPost on Roger Stone): among whom HuffPost quotes stood "the indictment,
    which refers to WikiLeaks as “Organization 1"."""
    text = (
        "Stone charged\n\nStone was “contacted by senior Trump Campaign officials to inquire "
        "about future releases” by WikiLeaks, according to the indictment, which refers to "
        "WikiLeaks as “Organization 1.”\n"
    )
    quotes = _one(text).quotes
    (contacted,) = [q for q in quotes if "contacted" in q.content.text]
    assert contacted.speaker is not None and contacted.speaker.text == "the indictment"


def test_a_title_after_to_is_no_quote() -> None:
    """BASIL (NYT on Roger Stone): 'even a reference to “The Godfather: Part II”' was listed
    as a quote of Stone's, the last speaker."""
    text = (
        "Stone charged\n\n“I will never testify against the president,” Mr. Stone said. In an "
        "indictment filled with colorful details — even a reference to “The Godfather: Part "
        "II” — Mr. Stone was charged with seven counts.\n"
    )
    contents = [q.content.text for q in _one(text).quotes]
    assert not any("Godfather" in c for c in contents), contents


def test_the_outlets_they_is_no_one_named_inside_a_quotation() -> None:
    """BASIL (Fox on the 2019 emergency declaration): after Pelosi and Schumer's statement
    ("... which our Founders enshrined in the Constitution."), "They vowed Congress would
    ..." was given to the Founders."""
    text = (
        "Emergency declared\n\n“This is plainly a power grab,” House Speaker Nancy Pelosi and "
        "Senate Democratic Leader Chuck Schumer said in a statement. “The President's actions "
        "violate the power of the purse, which our Founders enshrined in the Constitution.”\n\n"
        "They vowed Congress would “defend our constitutional authorities.”\n"
    )
    assert _pronoun_speaker(text, "They") != "Founders"


def test_a_show_after_a_plural_possessive_is_no_quote() -> None:
    """BASIL (Fox on Netanyahu's speech): Graham's quotation ended '..., said Tuesday night
    on Fox News' "On the Record with Greta Van Susteren."', and the show's name was joined
    to his words."""
    text = (
        'Speech row\n\n"It shows complete disrespect," Graham said Tuesday night on Fox '
        'News\' "On the Record with Greta Van Susteren."\n'
    )
    contents = [q.content.text for q in _one(text).quotes]
    assert not any("Greta" in c for c in contents), contents


def test_a_clause_before_a_colon_gives_its_subject_as_the_speaker() -> None:
    """BASIL (Fox on the 2012 vice-presidential debate): among whom Fox quotes stood "Biden
    was quick to retort" and "Ryan shot back", the whole clause before the colon."""
    text = (
        "Debate\n\nVice President Joe Biden and Rep. Paul Ryan met on Thursday.\n\n"
        'Ryan shot back: "They got caught with their hand in the cookie jar."\n\n'
        'Biden was quick to retort: "With all due respect, that\'s just a bunch of malarkey."\n'
    )
    speakers = {q.speaker.text for q in _one(text).quotes if q.speaker}
    assert {"Ryan", "Biden"} <= speakers, speakers


def test_a_longer_clause_of_speaking_before_a_colon_gives_the_speaker() -> None:
    """BASIL (Fox on the 2012 debate): "Ryan shot back, in reference to Biden's tendency to
    make gaffes: “...”" put the colon past a short name's reach, and the quotation went on
    from Biden's words before it. Only a clause of speaking before a quotation reaches that
    far: a longer lead where someone acts is not an attribution."""
    text = (
        "Debate\n\n"
        '"These people are my mom and dad," Biden said, adding he had had it up to here.\n\n'
        "Ryan shot back, in reference to Biden's tendency to make gaffes: \"As the vice "
        "president very well knows, sometimes the words don't come out right.\"\n\n"
        "Romney stood in the hall at his campaign office in Boston on Monday: "
        '"No new taxes" was the slogan on every banner.\n'
    )
    quotes = _one(text).quotes
    (gaffes,) = [q for q in quotes if "very well knows" in q.content.text]
    assert gaffes.speaker is not None and gaffes.speaker.text == "Ryan"
    assert gaffes.cue is not None and gaffes.cue.text == "shot"
    assert "come out right" in gaffes.content.text
    assert not any(q.speaker and q.speaker.text == "Romney" for q in quotes)


def test_a_clause_of_speaking_before_a_colon_gives_its_word_of_speaking_as_cue() -> None:
    """BASIL (Fox on the 2012 debate): "Biden was quick to retort:" had the cue "was", not a
    word of speaking, so Biden's "malarkey" was no speech and Fox's version was missing from
    the story's quotations. Its second half, a paragraph of its own after the ellipsis,
    goes on as his."""
    text = (
        "Debate\n\nRyan spoke first.\n\n"
        "Biden was quick to retort: \"With all due respect, that's just a bunch of malarkey."
        '\n\n... Not a single thing he said is accurate."\n'
    )
    analysis = _one(text)
    (malarkey,) = [q for q in analysis.quotes if "malarkey" in q.content.text]
    assert malarkey.cue is not None and malarkey.cue.text == "retort" and malarkey.speech
    (rest,) = [q for q in analysis.quotes if "Not a single thing" in q.content.text]
    assert rest.speaker_key == malarkey.speaker_key is not None
    assert not any(q.content.text == "is accurate" for q in analysis.quotes)


def test_a_speaker_after_an_inverted_cue_that_the_parse_made_its_object() -> None:
    """BASIL (Fox on the 2018 shutdown): "“..., and to urge them to stay strong,” tweeted the
    Brooklyn, N.Y., chapter of Indivisible Nation" — the parse made the chapter the object
    of "tweeted", so the tweet went on from "their progressive base" in the sentence before
    and the chapter's name was listed as what it tweeted."""
    text = (
        "Shutdown\n\nThe senators had been lauded by their progressive base. \u201cLet the "
        "Senate know we stand with them, and urge them to stay strong,\u201d tweeted the "
        "Brooklyn, N.Y., chapter of Indivisible Nation, a leader in the progressive movement.\n"
    )
    quotes = _one(text).quotes
    (tweet,) = [q for q in quotes if q.content.text.startswith("Let the Senate")]
    assert tweet.speaker is not None and "chapter of Indivisible Nation" in tweet.speaker.text
    assert not any("Brooklyn" in q.content.text for q in quotes)


def test_a_quotation_the_parse_gives_a_cue_is_not_the_nearby_cue_s() -> None:
    """BASIL (HuffPost on the 2012 debate): "After Ryan finished his opening statement,
    responding to a question about ..., Biden responded: “That's a bunch of malarkey.”" gave
    Biden's words to Ryan, the subject of the cue that merely stands in the same sentence."""
    text = (
        "Debate\n\nAfter Ryan finished his opening statement, responding to a question about "
        "the death of the U.S. ambassador to Libya in a terrorist attack in Benghazi a month "
        'ago, Biden responded: "That\'s a bunch of malarkey."\n'
    )
    (quote,) = [q for q in _one(text).quotes if "malarkey" in q.content.text]
    assert quote.speaker is not None and quote.speaker.text == "Biden"


def test_a_label_inside_a_quotation_does_not_take_it_from_its_cue() -> None:
    """The same article, where a first version of the rule above went wrong: the label
    "Biden:" inside a tweet took the tweet from the adviser who posted it."""
    text = (
        "Debate\n\nRomney adviser Eric Fehrnstrom tweeted: \u201cRyan: serious, sober, steady. "
        "Biden: smirking, mocking, immature.\u201d\n"
    )
    speakers = {q.content.text: q.speaker.text for q in _one(text).quotes if q.speaker}
    tweet = "Ryan: serious, sober, steady. Biden: smirking, mocking, immature"
    assert "Fehrnstrom" in speakers.get(tweet, ""), speakers


def test_a_cue_with_its_own_subject_is_not_preferred_over_a_nearer_one() -> None:
    """PolNeAR (training text): a first version of the rule above preferred any cue the
    parse links, and Trump's “guarantee” went to Rubio through "as Rubio has said"."""
    text = (
        "Debate\n\nAt the debate, nearly every question put Trump on the defensive. He mocked "
        "his rivals, talked over them as they answered questions and even assured the crowd "
        'that he doesn\'t have small hands - as Rubio has said - and he can "guarantee" other '
        "body parts are not small, either.\n"
    )
    assert _speaker_of(text, "guarantee") == "Trump"


def test_an_event_done_by_a_share_of_a_group_names_the_group() -> None:
    """BASIL (HuffPost on Blake Farenthold): the timeline's actor read "A few", from "A few of
    his GOP colleagues urged him to resign"."""
    events = _one(
        "Resignation\n\nA few of his GOP colleagues urged him to resign on Friday.\n"
    ).events
    (urged,) = [e for e in events if e.verb.text == "urged"]
    assert urged.actor is not None and urged.actor.text == "A few of his GOP colleagues"


def test_a_quotation_before_a_new_statement_stays_with_its_speaker() -> None:
    """PAC (CNN, tokenised with spaced contractions): after Mike Lee's quotation came
    "Alexander , who has n’t indicated how he will vote , said open debate ... will be good".
    "n’t" standing alone had no norm, so the parser made it a subject and a speaker; the
    relative clause's "indicated" then gave Lee's words to "who". A verb after a quotation
    that has words of its own starts a new statement; the quotation stays with Lee."""
    text = (
        "Senate votes on guns\n\nAnother senator backing the filibuster , Sen . Mike Lee , "
        "R - Utah , went to the Senate floor on Wednesday to defend his cause . He argued the "
        "filibuster was helpful because the delay gives senators more time . “ Contrary to "
        "the statements made by the president , we have no intention of preventing debate or "
        "votes . ” Alexander , who has n’t indicated how he will vote on a final bill , said "
        "open debate on the issue will be good for the country .\n"
    )
    analysis = _one(text)
    said = _speaker_actors(analysis)
    (contrary,) = [name for content, name in said.items() if content.startswith("Contrary")]
    assert contrary == "Mike Lee", said
    assert not any(q.speaker and "n’t" in q.speaker.text for q in analysis.quotes)
    (vote,) = [name for content, name in said.items() if content.startswith("how he will vote")]
    assert vote == "Alexander", said
    # "“...,” Tester said, “...”": quoted words after the verb go on with the same statement
    tester = (
        "Banks\n\nSens. Jon Tester and David Vitter spoke.\n\n“Every time you say that,” Tester "
        "said, referring to the excuse, “you give ammunition to the people who want to break "
        "up the big banks.”\n"
    )
    (every,) = [q for q in _one(tester).quotes if q.content.text.startswith("Every time")]
    assert every.speaker is not None and every.speaker.text == "Tester", every
    # PolNeAR: an inverted verb keeps its speaker, whatever the parse hangs on it after the
    # name, and so does a quotation whose own cue the parse left without a subject
    farid = (
        "Tech firms and terror\n\n''When Twitter says, 'We can't do this,' I don't believe "
        "that,'' said Hany Farid, chairman of the computer science department at Dartmouth "
        "College, who co-developed the child pornography tracking system with Microsoft.\n"
    )
    assert "Farid" in (_speaker_of(farid, "When Twitter says") or ""), farid
    reid = (
        "Democrats pressure Sanders\n\nIn emails, his supporters have been trading advice "
        "about protest tactics.\n\nAlarmed by the unrest in Nevada, Senator Harry Reid, the "
        'minority leader, said "that he spoke with Mr. Sanders on Tuesday and that the Vermont '
        "senator faced a ''test of leadership'' over his supporters' actions\". Mr. Reid, who "
        "represents Nevada, said he was confident that Mr. Sanders would ''do the right "
        "thing.''\n"
    )
    assert _speaker_of(reid, "that he spoke with Mr. Sanders") == "Harry Reid"
    # BASIL (NYT): a quotation inside another's sentence is that sentence's speaker's
    ernst = (
        "Farm votes\n\nIn another appeal to Iowa farmers, Joni Ernst, a candidate in the "
        "Republican Senate primary on June 3, announced in an ad that she grew up “castrating "
        "hogs on an Iowa farm.” Ms. Ernst said that qualified her to “cut pork” in "
        "Washington.\n"
    )
    assert _speaker_of(ernst, "castrating hogs") == "Joni Ernst"


def test_a_title_in_lower_case_and_a_role_the_tagger_made_proper() -> None:
    """PAC: "first lady Jill Biden" (AP style, lower case) gave her no role, so "the first
    lady told the AP" was quoted under that phrase; "“... an UNCONSTITUTIONAL disaster!” the
    president tweeted" had "president" tagged a proper noun and was not linked to President
    Donald Trump."""
    lady = _one(
        "Biden hints at run\n\nJoe Biden has not said he will run, but first lady Jill Biden "
        "gave a hint. “He says he's not done,” the first lady told the Associated Press.\n"
    )
    jill = next(a for a in lady.actors if a.name == "Jill Biden")
    assert jill.roles == ["first lady"], jill.roles
    assert _speaker_actors(lady)["He says he's not done"] == "Jill Biden"
    president = _one(
        "Court strikes down health law\n\nPresident Donald Trump's public jubilation over the "
        "ruling may complicate that outcome. “As I predicted all along, Obamacare has been "
        "struck down as an UNCONSTITUTIONAL disaster!” the president tweeted.\n"
    )
    said = _speaker_actors(president)
    (tweet,) = [name for content, name in said.items() if content.startswith("As I predicted")]
    assert tweet == "Donald Trump", said
    # the words of a title before a lower-case role join it; a word that is none ends it
    kirby = _one("Talks\n\nOn Monday spokesman John Kirby said talks went on.\n")
    assert next(a for a in kirby.actors if a.name == "John Kirby").roles == ["spokesman"]
    # a title's party is part of it: the Democratic nominee is not the Republican one
    nominees = _one(
        "Nominees clash\n\nRepublican presidential nominee Donald Trump attacked Hillary "
        "Clinton on Monday. The Democratic presidential nominee said every child should have a "
        "chance. The Republican nominee said he would unveil his plan.\n"
    )
    said = _speaker_actors(nominees)
    assert said["every child should have a chance"] is None, said
    assert said["he would unveil his plan"] == "Donald Trump", said
    # a role matches whole words of a title, "vice" included: the vice president is not a
    # presidential nominee
    vice = _one(
        "Ticket\n\nDemocratic presidential nominee Hillary Clinton spoke in Ohio. The vice "
        "president said the ticket was strong.\n"
    )
    assert _speaker_actors(vice)["the ticket was strong"] is None
    president = _one(
        "Ticket\n\nDemocratic presidential nominee Hillary Clinton spoke in Ohio. The "
        "president said the race was close.\n"
    )
    assert _speaker_actors(president)["the race was close"] is None


def test_a_name_without_a_capital_is_none() -> None:
    """The small model tags the clitic of "weren’t" (curly apostrophe) a place and lower-case
    "marijuana" a person: BASIL and PAC listed both as actors, and comparisons showed "n’t"
    among what one outlet adds."""
    analysis = _one(
        "Tax returns\n\nThe returns weren’t audited during his first two years, Neal said. "
        "Sessions said good people don’t smoke marijuana, and the state agreed."
    )
    names = {a.name for a in analysis.actors}
    assert "Neal" in names
    assert not {"n’t", "marijuana", "state"} & names, names


def test_a_title_with_its_stop_written_apart_is_no_person() -> None:
    """PAC writes "Sen . John Cornyn" (a tokenised corpus): the small model tagged "Sen" and
    "Texas Sen" persons, and PAC's actor list had a "Texas Sen" in four articles."""
    analysis = _one(
        "Gun bill\n\nYet Sen . John Cornyn , who is from Texas , said the bill would pass . "
        "Texas Sen . Ted Cruz said it would fail ."
    )
    names = {a.name for a in analysis.actors}
    assert {"John Cornyn", "Ted Cruz"} <= names
    assert not {"Sen", "Texas Sen"} & names, names


def test_a_quotation_said_by_a_title_written_apart_is_the_named_persons() -> None:
    """PAC: in `" ... , " said GOP Rep . Mark Amodei of Nevada .` the parser ends the
    sentence at the title's stop and makes "Rep" the subject; the quotation (and the one that
    runs on after it) went to an organisation "Rep"."""
    analysis = _one(
        "Budget\n\n\" If nothing 's really changed , then it 's time , \" said GOP Rep . "
        'Mark Amodei of Nevada . " There \'s a reason John Boehner decided to resign . " '
        "Later , Rep . Jim Jordan said the caucus would meet ."
    )
    speakers = _speaker_actors(analysis)
    assert speakers["If nothing 's really changed , then it 's time"] == "Mark Amodei", speakers
    assert speakers["There 's a reason John Boehner decided to resign"] == "Mark Amodei"
    assert speakers["the caucus would meet"] == "Jim Jordan"
    assert "Rep" not in {a.name for a in analysis.actors}


def test_a_hyphen_written_apart_does_not_cut_the_speakers_words() -> None:
    """PAC writes "Left - wing activist groups said ..."; the speaker was cut at the hyphen
    as at a dash ("wing activist groups"). A dateline's dash still cuts."""
    analysis = _one(
        "Protests\n\nLeft - wing activist groups said they would send protesters to the "
        "homes . WASHINGTON - President Obama said the leak was bad ."
    )
    speakers = {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert speakers["they would send protesters to the homes"] == "Left - wing activist groups"
    assert speakers["the leak was bad"] == "President Obama"


def test_the_speakers_words_keep_their_bracket_closed() -> None:
    """ "Sen. Chris Murphy (D-Conn.)" was shown as "Sen. Chris Murphy (D-Conn." (42 PAC and
    BASIL speakers lacked the closing bracket)."""
    analysis = _one(
        "Guns\n\nSen. Chris Murphy (D-Conn.) said the bill would pass. Sen. Roy Blunt ( R - "
        "Mo. ) said it would fail ."
    )
    speakers = {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert speakers["the bill would pass"] == "Sen. Chris Murphy (D-Conn.)", speakers
    assert speakers["it would fail"] == "Sen. Roy Blunt ( R - Mo. )"


def test_a_double_barrelled_surname_written_apart_is_one_name() -> None:
    """PAC writes "Karine Jean - Pierre": cut at the hyphen, her briefings were quoted under
    a person "Pierre". A dateline's dash still parts a place from a name, and two surnames
    side by side ("Trump - Pelosi fights") are not joined into one."""
    text = (
        "Briefing\n\nWhite House press secretary Karine Jean - Pierre said the president "
        "would sign the bill . Jean - Pierre added that talks would go on . Rep. Alexandria "
        "Ocasio - Cortez said no . Unlike Ocasio - Cortez , he voted yes . CLEVELAND - Donald "
        "Trump said he would win . Trump - Pelosi fights go on ."
    )
    analysis = _one(text)
    names = {a.name for a in analysis.actors}
    assert {"Karine Jean-Pierre", "Alexandria Ocasio-Cortez"} <= names, names
    assert not {"Pierre", "Karine Jean", "Cortez", "Trump-Pelosi", "Trump - Pelosi"} & names
    speakers = _speaker_actors(analysis)
    assert speakers["that talks would go on"] == "Karine Jean-Pierre"
    assert speakers["he would win"] == "Donald Trump"
    assert _owners(analysis, text)["Ocasio - Cortez"] == {"Alexandria Ocasio-Cortez"}


def test_the_first_part_of_a_hyphenated_noun_judges_nothing() -> None:
    """PAC's CNN had "great" listed as a loaded word in "great - grandmother"; the first part
    of "ill-advised" still judges. Nor does "super" in "super PAC" (the Washington Times)."""
    analysis = _one(
        "Pence trip\n\nHis great-grandmother lived in Doolin, and the great - grandmother was "
        "poor. The plan was ill-advised, a good-faith effort gone horribly wrong. A spokesman"
        " for the liberal super PAC American Bridge called it a joke."
    )
    words = {t.span.text for t in analysis.terms if t.kind == "evaluative"}
    assert "great" not in words and "good" not in words and "super" not in words, words
    assert {"ill", "horribly"} <= words, words


@pytest.mark.parametrize(
    "text",
    [
        "It seems the senators are discussing incentives for more such state laws.",
        "It remained unclear whether there would be enough Republican votes.",
        "It remains to be seen whether Menendez can hang onto his spot.",
        "It's fair to wonder how Ryan is going to deal with this list.",
        "It is distressing that that's not what we're talking about these days.",
        "It's hard to predict how the courts might rule.",
        "It is extremely telling that Democrats were so prepared to drop this funding.",
        "It does not appear that there are the votes to roll back the precedents.",
    ],
)
def test_a_dummy_it_says_nothing(text: str) -> None:
    """PAC: "It seems ...", "it's fair to wonder how ...", "it is telling that ..." were
    quotations of "it", which then went to the nearest organisation. The "it" stands for the
    clause after it: the sentence is the writer's."""
    speakers = _speakers("Debt talks\n\nThe House met on Monday. " + text + "\n")
    assert not any(s and s.lower() == "it" for s in speakers.values()), speakers


def test_an_it_that_stands_for_someone_still_speaks() -> None:
    text = (
        "The agency said it plans to release the reports this week. It said that the "
        "delay was caused by the shutdown.\n"
    )
    speakers = _speakers(text)
    assert speakers.get("that the d") == "It", speakers


def test_a_second_said_the_parse_joined_to_the_reported_clause_keeps_the_speaker() -> None:
    """PAC: "... said in a written statement that if the court does overturn Roe, it will
    fall on lawmakers to protect access ... and said he would work to pass legislation": the
    second "said" took the "it" of the clause it was joined to."""
    text = (
        "Biden responds\n\nThe President said in a written statement that if the court does "
        "overturn Roe, it will fall on lawmakers to protect access to reproductive health care "
        "and said he would work to pass legislation codifying the right to abortion.\n"
    )
    speakers = _speakers(text)
    assert speakers.get("he would w") == "The President", speakers


def test_a_news_outlet_tagged_a_person_is_an_organisation() -> None:
    """BASIL: "Politico reported over the weekend that ..." made Politico a person (12
    mentions); a surname that is also an outlet stays the person the document names."""
    text = (
        "Steele faces challenge\n\nMichael Steele is the head of the Republican National "
        "Committee.\n\nPolitico reported over the weekend that many of his supporters believe "
        "that a Steele run is likely. Politico also reports that former Senator Norm Coleman "
        "could enter the race. HuffPost's reporter asked him.\n\nMichael Bloomberg spoke on "
        "Tuesday. Bloomberg said he would not run.\n"
    )
    labels = {a.name: a.label for a in _one(text, dt.date(2010, 12, 1)).actors}
    assert labels.get("Politico") == "ORG", labels
    assert labels.get("HuffPost") == "ORG", labels
    assert labels.get("Michael Bloomberg") == "PERSON", labels


def test_a_whole_quotation_is_words_said_whatever_verb_brings_it_in() -> None:
    """PAC: "“...,” Breyer continued" and "He continued: “...”" were views, not speech, so
    comparisons left them out of who each outlet quotes; "continued to criticize" is still
    no words said."""
    text = (
        'Court hears case\n\nJustice Stephen Breyer spoke first. "The easy way out is to '
        'pretend that the law does not apply," Breyer continued. The president also continued '
        "to criticize states that have kept their schools closed.\n"
    )
    quotes = _one(text, dt.date(2020, 7, 9)).quotes
    speech = {q.content.text[:12]: q.speech for q in quotes}
    assert speech.get("The easy way") is True, speech
    assert not speech.get("to criticize"), speech


def test_one_quoted_as_saying_says_it() -> None:
    """BASIL: "Sen. Charles Schumer ... was quoted in The Hill as saying: “...”" went to "The
    Hill", tagged a person, and then to no one."""
    text = (
        "Reform talks\n\nSen. Charles Schumer, a New York Democrat, was quoted in The Hill as "
        "saying: “I think our Republican colleagues realize that to be blocking immigration "
        "reform is not good for them.” The mayor was heard saying that the plan would fail.\n"
    )
    speakers = _speakers(text)
    assert speakers.get("I think ou") == "Sen. Charles Schumer", speakers
    assert speakers.get("that the p") == "The mayor", speakers


def test_an_i_outside_quotation_marks_is_the_writer_unless_quoted_words_run_on() -> None:
    """PAC: an opinion writer's "I think the fears are somewhat misguided" went to Samuel
    Alito, named before; unmarked words that run on from a quotation stay its speaker's."""
    text = (
        "Court leak\n\nJustice Samuel Alito wrote the draft opinion. There are several fearful "
        "analysis pieces today suggesting gay rights decisions are threatened. I think the "
        'fears are somewhat misguided.\n\nIan Reisner posted a statement on Facebook. "I have '
        "spent the last few days viewing videos of Cruz's statements,\" Reisner wrote. I am "
        "shocked and angry. I sincerely apologize for hurting the gay community.\n"
    )
    assert _speaker_of(text, "the fears") is None
    assert _speaker_of(text, "hurting") == "Ian Reisner"  # "apologize for": past "for"


def test_a_quotation_in_tokenised_marks_is_direct_and_its_i_the_speaker_s() -> None:
    """PAC: `" We 've got the bill ... and I think we 're going to get good bipartisan support
    for it . " said Sen. Jon Tester`: the tokenised marks had not been read as marks, so the
    words were not a whole quotation and an "I" inside them was taken for the writer's."""
    text = (
        'Border bill\n\nSenators met on Monday . " We have got the bill and I think we are '
        'going to get good bipartisan support for it , " said Sen. Jon Tester . " I am sure '
        'of it . I expect a vote on Friday . "\n'
    )
    analysis = _one(text, dt.date(2019, 2, 11))
    speakers = _speaker_actors(analysis)
    said = {q.content.text.strip()[:10]: q for q in analysis.quotes}
    assert said["We have go"].kind == "direct", said
    assert speakers[said["We have go"].content.text] == "Jon Tester", speakers
    vote = [words for words in speakers if "a vote on Friday" in words]
    assert vote and all(speakers[words] == "Jon Tester" for words in vote), speakers


def test_a_possessive_is_its_own_clause_s_subject_s() -> None:
    """PAC: "there has been no indication President Vladimir Putin was going to move from his
    position" had gone to Angelino Alfano, quoted just before; "Kelsey ... was worried that
    Mr. Trump might shift his position" to Kelsey."""
    text = (
        'Allies meet\n\nAlfano spoke to Sky TG24 on Sunday. "I welcome this renewed harmony," '
        "Alfano said. There has been no indication President Vladimir Putin was going to move "
        "from his position on the Assad regime in Syria.\n\nDan Kelsey, 57, said he was not "
        "excited about Mr. Trump, and was worried that Mr. Trump might shift his position on "
        "the Second Amendment.\n"
    )
    assert _speaker_of(text, "the Assad") == "Vladimir Putin"
    assert _speaker_of(text, "the Second") == "Trump"


def test_a_name_glued_to_a_news_outlet_is_parted_from_it() -> None:
    """PolNeAR dev: "the editorial board of the Washington Post Trump said that ..." was one
    organisation, "Washington Post Trump", so "said" had no speaker and the statement was
    lost; "Fox News Channel" is one name."""
    text = (
        "NATO views\n\nIn a March 2016 meeting with the editorial board of the Washington Post "
        "Trump said that U.S. involvement in NATO may need to be diminished. “We certainly "
        "can’t afford to do this anymore,” Trump said. Fox News Channel reported it first. "
        "The New York Times Magazine published the essay.\n"
    )
    labels = {a.name: a.label for a in _one(text, dt.date(2016, 9, 10)).actors}
    assert labels.get("Washington Post") == "ORG" and labels.get("Trump") == "PERSON", labels
    assert not {"Washington Post Trump", "Channel", "Magazine"} & set(labels), labels
    assert _speaker_of(text, "that U.S.") == "Trump"


def test_a_heading_in_capitals_glued_before_a_quotation_is_no_part_of_it() -> None:
    """PAC: a link to another story left in the text, "MISSISSIPPI BILL BANNING TRANSGENDER
    PROCEDURES FOR MINORS HEADS TO GOVERNOR", opened Tate Reeves's quotation in the
    comparison; words of the speaker's own before a quotation stay."""
    text = (
        "Reeves signs bill\n\nThe bill will bar providers from performing surgeries on people "
        "under 18. MISSISSIPPI BILL BANNING TRANSGENDER PROCEDURES FOR MINORS HEADS TO "
        'GOVERNOR "There is a dangerous movement spreading across America today," Reeves said '
        'at the bill\'s signing. The plan is "dead on arrival," Reeves said.\n'
    )
    contents = [q.content.text for q in _one(text, dt.date(2023, 2, 28)).quotes]
    assert any(c.startswith("There is a dangerous") for c in contents), contents
    assert not any("GOVERNOR" in c for c in contents), contents
    assert any(c.startswith("The plan is") for c in contents), contents


def _of_quotation(found: dict[str, str | None], start: str) -> str | None:
    """What ``found`` holds for the quotation whose words start with ``start`` (a test need
    not name the whole span); a marker no speaker has when there is no such quotation."""
    return next((v for c, v in found.items() if c.startswith(start)), "(no such quotation)")


def _said_by(text: str) -> dict[str, str | None]:
    """Each quotation's words and its speaker's words, for a text of 2016-03-30."""
    analysis = _one(text, dt.date(2016, 3, 30))
    return {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}


def test_a_closing_cue_the_parse_left_without_a_clause_still_says_the_clause() -> None:
    """PolNeAR: "..., a 15-year-old girl ... was pepper-sprayed by another bystander, police
    said." and "..., Defense Secretary Ash Carter told a Senate panel Wednesday." had no
    quotation (the second gave "a Senate panel" as what was said): the parse hung the clause
    before the comma on the cue as an adverbial clause, or made the cue its conjunct. A clause
    subordinated by "when" is not what was said, nor is a clause whose subject cannot speak."""
    text = (
        "As the candidate prepared to speak to supporters in Wisconsin on Tuesday, a "
        "15-year-old girl outside the venue was pepper-sprayed by another bystander, police "
        "said.\n\nThis includes a special force to assist Kurdish Peshmerga, Defense Secretary "
        "Ash Carter told a Senate panel Wednesday.\n\nBut when Congress cut funding for the "
        "pilot program two years later, Mexico said enough.\n\nBut even after the growth "
        "cooled, the borrowing continued.\n"
    )
    said = _said_by(text)
    girl = [c for c in said if "15-year-old girl" in c]
    assert girl and said[girl[0]] == "police", said
    assert said.get("This includes a special force to assist Kurdish Peshmerga") == (
        "Defense Secretary Ash Carter"
    ), said
    assert "a Senate panel" not in said, said
    assert not any("Congress" in c or "growth" in c for c in said), said


def test_continue_before_another_verb_is_no_speech_unless_that_verb_is() -> None:
    """PolNeAR training texts and PAC/BASIL: "Trump continues to dominate the GOP field" and
    "healthcare premiums continue to skyrocket" were listed as statements (42 over the two
    corpora); "He continued, “...”" and "continued to insist that ..." still are."""
    text = (
        "Trump continues to dominate the GOP field despite tough press coverage. "
        "Healthcare premiums continue to skyrocket.\n\nHe continued, “I am proud to be part "
        "of this movement.”\n\nLewandowski continued to insist that he had never touched "
        "the reporter.\n"
    )
    contents = list(_said_by(text))
    assert not any("dominate" in c or "skyrocket" in c for c in contents), contents
    assert any(c.startswith("I am proud") for c in contents), contents
    assert any("never touched" in c for c in contents), contents


def test_take_and_draw_speak_only_in_their_idioms() -> None:
    """PolNeAR training texts 1-700: 62 of the 80 quotations "take" and "draw" made matched
    nothing annotated ("took the stage", "took office", "drew applause"). They speak only in
    an idiom ("took aim at", "took issue with", "drew a contrast with"), and a plain act
    does not take its sentence's quotation from the one who said it."""
    text = (
        "Cruz took the stage in Iowa on Monday. The law took effect in July.\n\n"
        "The arrest operation drew scrutiny on social media, even from President Trump, who "
        "said “the coyotes are treated better.”\n\n"
        "Sanders took aim at the banks on Tuesday.\n\n"
        "Clinton drew a sharp contrast with her rival on trade.\n"
    )
    said = _said_by(text)
    assert not any(c.startswith(("the stage", "effect", "scrutiny")) for c in said), said
    coyotes = [c for c in said if "coyotes" in c]
    assert coyotes and said[coyotes[0]].startswith("President Trump"), said
    assert any(c.startswith("aim at the banks") for c in said), said
    assert any(c.startswith("a sharp contrast") for c in said), said


def test_making_a_trip_or_a_change_or_launching_a_campaign_is_no_speech() -> None:
    """PolNeAR training texts 1-400: "made" had made 25 quotations that match nothing
    annotated ("made an appearance", "made a stop", "made it easier to ..."), against 28 that
    do ("made the case", "made comments", "made it clear that ..."); "launched" 6 of 8
    ("launched a petition campaign", where "launched an attack on" speaks)."""
    text = (
        "Clinton made a surprise appearance at the rally in Miami. Francis also made a stop "
        "in Bethlehem.\n\nThe administration made it easier to exempt workers.\n\n"
        "Christie made the case that Rubio is not ready. Devine made it clear that his boss "
        "wanted something firmer. Fox made it loud and clear that he won't pay for the wall."
        "\n\nTrump made his first Twitter post of the year on Tuesday.\n\n"
        "The group launched a petition campaign. Trump launched an attack on Obama.\n"
    )
    said = _said_by(text)
    acts = ("a surprise", "a stop", "it easier", "a petition")
    assert not any(c.startswith(acts) for c in said), said
    assert any("Rubio is not ready" in c for c in said), said
    assert any("something firmer" in c for c in said), said
    assert any("pay for the wall" in c for c in said), said
    assert any("Twitter post" in c for c in said), said  # a post made is words
    assert any(c.startswith("an attack on Obama") for c in said), said


def test_a_colon_announces_the_words_a_statement_or_commentary_stands_for() -> None:
    """ "issued the following statement:" and "a post ... provides the following commentary
    on the encounter:" say whose the next paragraph's quotation is, whatever the verb (BASIL:
    the post's commentary went to a cameraman quoted before it); not a colon closing a clause
    joined to it, nor "the following" that lists tasks."""
    text = (
        "The cameraman replies, “we’re just students.”\n\nOver at Big Government, a post "
        "accompanying the video provides the following commentary on the encounter:\n\n"
        "“Expect more of this. A hard left captured the Democrat majority in Congress.”\n\n"
        "Trump issued the following statement:\n\n“Our prayers are with all those "
        "affected by the horrible attacks in Munich.”\n\nThe Times made these same "
        "allegations in February, and Breitbart News responded:\n\n“The solution is not to "
        "punish law-abiding Americans for the acts of others.”\n\nTrump has to accomplish "
        "the following:\n\nStop lying\nShow humility\n"
    )
    said = _said_by(text)
    assert said.get("Expect more of this. A hard left captured the Democrat majority in "
                    "Congress") == "a post", said  # fmt: skip
    assert _of_quotation(said, "Our prayers") == "Trump", said
    assert "the following statement" not in said, said
    assert _of_quotation(said, "The solution") == "Breitbart News", said
    assert not any(c.startswith("Stop lying") for c in said), said


def test_attributions_that_name_no_source_are_views_without_a_speaker() -> None:
    """PolNeAR training texts 1-400: 39 of 47 passive "expected", 4 of 4 "was said to", 7 of
    11 "reportedly" and 28 of 33 sentences opening "Asked ..." are annotated attributions
    without a source, and we had found a handful. They are kept as views (not words said),
    with no speaker: not the one who answers the question, nor the last speaker "he" went on
    from. Inside someone's quoted words an expectation is that speaker's, and is not listed
    again; "23 are believed to be alive" stays no attribution (0 of 4 annotated)."""
    text = (
        "The sale is expected to expand the company's reach. Priebus was said to be furious "
        "with Trump.\n\nThe Club for Growth is reportedly spending $1.5 million on ads, which "
        "prompted a response.\n\nAsked whether Mr. Clinton would hold a cabinet position, Mrs. "
        "Clinton laughed and said she had not decided.\n\nObama said the troops are expected "
        "to arrive on Monday. 23 are believed to be alive.\n"
    )
    analysis = _one(text, dt.date(2016, 3, 30))
    found = {q.content.text: q for q in analysis.quotes}
    for words in (
        "The sale is expected to expand the company's reach",
        "Priebus was said to be furious with Trump",
        "The Club for Growth is reportedly spending $1.5 million on ads",
        "whether Mr. Clinton would hold a cabinet position",
    ):
        assert words in found, list(found)
        assert found[words].speaker is None and not found[words].speech, found[words]
    clinton = [q for c, q in found.items() if c.startswith("she had not decided")]
    assert clinton and clinton[0].speaker is not None, list(found)
    troops = [q for c, q in found.items() if "troops" in c]
    assert len(troops) == 1 and troops[0].speaker is not None, troops
    assert not any("believed" in c for c in found), list(found)


def test_a_body_speaks_through_a_participle_of_saying_unless_a_person_is_found() -> None:
    """PolNeAR training texts and PAC/BASIL: "The departments declined to provide any
    documentation, saying ..." and "The senator's office ... said it does have minority
    members" had no speaker, since only people and groups of people could lend a participle
    their subject. A body can; a person further up the sentence still comes first."""
    text = (
        "The departments declined to provide any documentation, saying they cannot discuss "
        "the case.\n\nMr. Clapper also insisted that the government does not obtain "
        "information, saying that information is turned over only under court order.\n"
    )
    said = _said_by(text)
    assert said.get("they cannot discuss the case") == "The departments", said
    court = [c for c in said if "court order" in c]
    assert court and said[court[0]] == "Mr. Clapper", said


def test_a_headline_or_transcript_line_names_its_speaker_before_a_colon() -> None:
    """PolNeAR training texts: headlines "Ann Coulter: And Then There Was the One" and
    "Insiders: Trump will rebound ..." and transcript lines "Matthews: Well, ..." were
    missed where the parser closed a sentence at the colon or the small model tagged a
    surname as a common noun; "Clinton to Planned Parenthood:" is Clinton speaking. A
    newsroom's label ("BYLINE:", "EXCLUSIVE:") and a tally ("Sanders: 1,547") are no one's
    words."""
    headline = _said_by(
        "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\n"
        "Hillary Clinton spoke on Friday. Chris Matthews and Luciana Lopez agreed.\n\n"
        "Matthews: Well, speculation is bad.\n\nLopez: Well, no one is like that.\n\n"
        "EXCLUSIVE: Saudis insist they are fighting terror.\n\nSanders: 1,547\n"
    )
    assert _of_quotation(headline, "Trump will reverse") == "Clinton", headline
    assert headline.get("Well, speculation is bad") == "Matthews", headline
    assert headline.get("Well, no one is like that") == "Lopez", headline
    assert not any(c.startswith(("Saudis", "1,547")) for c in headline), headline
    # PAC's Daily Caller: a bracketed label ("(RELATED: ...)", "( RELATED : ...)" in PAC's
    # tokenised text) is no speaker
    related = _said_by(
        "Barbee said she had permission slips. (RELATED: Starbucks Blasted For New Ad) "
        "Barbee criticized the board member.\n\nThe mayor spoke . ( RELATED : Disney Sued "
        "Over Film ) The mayor said the board was wrong .\n"
    )
    assert not any(s and "RELATED" in s for s in related.values()), related
    insiders = _said_by("Insiders: Trump will rebound in New Hampshire.\n\nHe lost Iowa.\n")
    assert insiders.get("Trump will rebound in New Hampshire") == "Insiders", insiders
    # PAC: "...: reports" names the source after the colon, not what it said
    reports = _said_by(
        "Biden administration to scrap Title 42 border policy by May 23 despite warnings: "
        "reports\n\nThe administration is planning to scrap a Trump-era health policy.\n"
    )
    assert _of_quotation(reports, "Biden administration to scrap") == "reports", reports


def test_a_question_put_with_if_and_a_one_word_answer_are_what_was_said() -> None:
    """PolNeAR training texts 1-400: "asked the students if ..." and "Asked if ..." (the
    parse hangs the "if" clause on the verb as a condition) had given the one asked as what
    was said, or nothing; "said yes", "said no", "said so" were missed (annotated, with the
    answer as the content). "said no to the deal" refuses a thing."""
    text = (
        "Then Mr. Rubin asked the students if they were always so serious.\n\n"
        "Asked if he was ever bullied, the candidate said no.\n\n"
        "Asked if her practices were illegal, 46 percent of voters said yes. Six in 10 say "
        "he is decisive. In December, most voters said so.\n\nThe mayor said no to the deal.\n"
    )
    analysis = _one(text, dt.date(2016, 3, 30))
    found = {q.content.text: q for q in analysis.quotes}
    asked = found.get("if they were always so serious")
    assert asked is not None and asked.speaker is not None, found
    assert asked.speaker.text == "Mr. Rubin"
    assert "the students" not in found, found
    answers = {
        c: q.speaker.text for c, q in found.items() if c in {"no", "yes", "so"} and q.speaker
    }
    assert answers == {"no": "the candidate", "yes": "46 percent of voters", "so": "most voters"}, (
        found
    )
    assert "if he was ever bullied" in found, found


def test_a_quoted_one_word_answer_is_said_and_its_speaker_goes_on() -> None:
    """PAC's Fox News: "“No,” the president stated. “But it's legitimate ...”" had lost the
    answer (too short), and the words after it went to the interviewer who asked."""
    text = (
        "ABC News' David Muir asked President Joe Biden if his age would be a deciding factor. "
        '"No," the president stated. "But it\'s legitimate for people to raise issues about my '
        'age."\n'
    )
    found = {q.content.text: q for q in _one(text, dt.date(2023, 2, 27)).quotes}
    said = next((q for c, q in found.items() if c.startswith("No")), None)
    assert said is not None and said.cue is not None and said.cue.text == "stated", found
    assert said.speaker_key == "PERSON:joe biden", said
    assert "legitimate for people" in said.content.text, said


def test_an_article_opening_on_a_quotation_names_its_speaker_next() -> None:
    """PAC's ABC News opened on "“It's legitimate ...,” he said." and named Biden as the
    next sentence's subject; the words had no speaker. A "he" with someone before it stays
    that one's."""
    opening = (
        '"It\'s legitimate for people to raise questions about my age," he said. President Joe '
        "Biden on Friday reiterated his intention to seek a second term in an interview with "
        "ABC News anchor David Muir.\n"
    )
    quotes = _one(opening, dt.date(2023, 2, 27)).quotes
    first = next(q for q in quotes if q.content.text.startswith("It's legitimate"))
    assert first.speaker_key == "PERSON:joe biden", quotes
    later = "Senator Mark Kelly spoke first. " + opening
    quotes = _one(later, dt.date(2023, 2, 27)).quotes
    first = next(q for q in quotes if q.content.text.startswith("It's legitimate"))
    assert first.speaker_key == "PERSON:mark kelly", quotes


def test_he_after_a_name_tagged_an_organisation_there_is_the_person_of_that_name() -> None:
    """PAC's Politico wrote "Trump" bare: a person where he "said", an organisation where he
    "is calling for" a program. The next "He also calls for ..." had gone to Ron DeSantis,
    the last person named before."""
    text = (
        "“We have a major problem,” Trump said. But Trump’s policy proposal underscores how "
        "primed Republicans are. Meanwhile, Gov. Ron DeSantis blocked a curriculum. Now "
        "running for office again, Trump is calling for a certification program for "
        "teachers. He also calls for cutting administrative roles.\n"
    )
    analysis = _one(text, dt.date(2023, 1, 30))
    labels = {(a.name, a.label) for a in analysis.actors}
    assert {("Trump", "ORG"), ("Trump", "PERSON")} <= labels  # else the test tests nothing
    cuts = next(q for q in analysis.quotes if q.content.text.startswith("cutting"))
    assert cuts.speaker_key == "PERSON:trump", (cuts, labels)


def test_a_list_of_quotations_after_its_cue_is_one_quote_of_its_speaker() -> None:
    """PAC's Palm Beach Post: "Sen. John Thune ... wrote of IRS “bureaucratic red tape,”
    “mismanagement of agency data,” ..." The parse took the second item as what he wrote and
    left the first to discourse, which gave it to Rick Scott, quoted before."""
    text = (
        "“We will defund this insane expansion,” Scott wrote. In a letter to constituents in "
        "November, Sen. John Thune, Republican of South Dakota, wrote of IRS “bureaucratic "
        "red tape,” “mismanagement of agency data,” “250 million phone calls to the IRS that "
        "employees failed to answer,” and of the threat of “a supersized IRS.”\n"
    )
    quotes = _one(text, dt.date(2023, 1, 12)).quotes
    red_tape = [q for q in quotes if "red tape" in q.content.text]
    assert len(red_tape) == 1, quotes
    assert red_tape[0].speaker_key == "PERSON:john thune", red_tape
    assert "mismanagement" in red_tape[0].content.text, red_tape
    # only when what the cue took is quoted too: not a parse that took "Axios reported" as
    # what was cited (a first version joined the quotation to it, PAC)
    text = (
        "The administration cited a \"federal district court ruling that said it's "
        "unconstitutional for the president to make those payments if Congress hasn't "
        'appropriated the money for them," Axios reported. The ruling came in 2016.\n'
    )
    contents = [q.content.text for q in _one(text, dt.date(2023, 1, 12)).quotes]
    assert not any(c.endswith("Axios reported") and "ruling" in c for c in contents), contents


def test_issuing_a_statement_gives_words_said() -> None:
    """PAC's Washington Examiner: "Vice President Kamala Harris released an angry statement
    that Republicans want to “allow …”" was no speech, so the outlet "quoted nobody"."""
    text = (
        "Vice President Kamala Harris released an angry statement that Republicans want to "
        "“allow millionaires to cheat the system.” The agency released two hostages.\n"
    )
    quotes = _one(text, dt.date(2023, 1, 12)).quotes
    harris = next(q for q in quotes if q.cue is not None and q.cue.text == "released")
    assert harris.speech and harris.speaker_key == "PERSON:kamala harris", quotes


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“The Trump administration is facing one of the biggest crises in modern history, "
            "so while this new rule might offer a bit of regulatory certainty it’s coming at a "
            "time of complete economic uncertainty, and seems to be more of an ideological "
            "power move than anything else,” said Jessica Caldwell, an analyst at the auto "
            "industry consultancy Edmunds.\n",
            ("The Trump administration", "anything else"),
            "PERSON:jessica caldwell",
        ),
        # a misread clause of several words (PolNeAR); and not in a headline, all in title
        # case ("Calls Trump’s Putin Remarks ‘Troubling.’" had quoted Putin)
        (
            "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’\n\n"
            "Hillary Clinton said Russian intelligence services hacked into the computers. "
            '"What\'s shaping up is a battle for the ages," said David Brock, a Clinton '
            "confidant who heads the pro-Clinton super PAC Correct the Record.\n",
            ("What's shaping", "for the ages"),
            "PERSON:david brock",
        ),
    ],
)
def test_a_company_name_read_as_a_verb_after_the_speaker_leaves_her_the_speaker(
    text: str, words: tuple[str, str], speaker: str
) -> None:
    """HuffPost (PAC): "“...,” said Jessica Caldwell, an analyst at the auto industry
    consultancy Edmunds." The parse read "Edmunds" as a verb with Caldwell its subject, and
    the words ran on over her name with no one saying them."""
    quotes = _one(text, dt.date(2020, 3, 31)).quotes
    said = next(q for q in quotes if q.content.text.startswith(words[0]))
    assert said.speaker_key == speaker, said
    assert said.content.text.endswith(words[1]), said
    assert not any(q.cue is not None and q.cue.text == "Calls" for q in quotes), quotes


def test_a_sentence_after_a_quotation_is_no_speaker_unless_it_is_a_name() -> None:
    """Washington Times (PAC): '“How dare you ...” Ms. Schaaf has defended her actions,
    saying ...' gave the attorney general's words to a speaker "Ms. Schaaf has defended her
    actions"; they go on from him."""
    text = (
        "And he took specific aim at Oakland Mayor Libby Schaaf, saying she actively aided "
        "illegal immigrants. “Here’s my message to Mayor Schaaf: How dare you,” the attorney "
        "general said. “How dare you needlessly endanger the lives of law enforcement to "
        "promote a radical open borders agenda.” Ms. Schaaf has defended her actions, saying "
        "she was trying to give illegal immigrants the tools to defend their rights.\n"
    )
    quotes = _one(text, dt.date(2018, 3, 7)).quotes
    dare = next(q for q in quotes if "needlessly endanger" in q.content.text)
    assert dare.speaker is not None and dare.speaker.text == "the attorney general", dare


def test_a_name_the_parse_joined_to_a_clause_still_speaks_through_who() -> None:
    """CNN (PAC): "But the US did not speak at the event and Trump – who has repeatedly said
    he thinks climate change is a hoax – left" had a speaker "the US did not speak at the
    event and Trump – who", no one; and "Scaramucci tweeted", the surname tagged a product,
    was no one either, after "Anthony Scaramucci" was named."""
    text = (
        "Former White House communications director Anthony Scaramucci criticized the "
        "President for his comment about Thunberg. “Parents in America and around the world: "
        "he went after a 16 year old girl yesterday. @realDonaldTrump unfit to serve,” "
        "Scaramucci tweeted on Tuesday. President Donald Trump briefly attended the UN "
        "climate summit on Monday. But the US did not speak at the event and Trump – who has "
        "repeatedly said he thinks climate change is a hoax – left after 15 minutes.\n"
    )
    assert _speaker_of(text, "he thinks") == "Donald Trump"
    assert _speaker_of(text, "Parents") == "Anthony Scaramucci"


def test_the_last_subject_before_he_may_be_the_speaker_again() -> None:
    """PolNeAR (AP via Breitbart): after Obama's words, "Giffords was a member of Congress
    when she was gravely wounded ... Obama later spoke at a memorial service. He says ..."
    went to Giffords, the subject between who was not the last speaker; the last subject
    is Obama."""
    text = (
        "President Barack Obama is opening his announcement on new gun actions by remembering "
        "former Rep. Gabby Giffords.\n\nGiffords was a member of Congress when she was "
        "gravely wounded five years ago this week in a shooting at a supermarket in Tucson, "
        "Arizona. More than a dozen others also were shot.\n\nObama later spoke at a "
        "memorial service in Tucson for those who didn’t survive. He says that wasn’t the "
        "first time he had to talk to the nation following a mass shooting.\n"
    )
    assert _speaker_of(text, "that wasn") == "Barack Obama"


def test_comments_on_a_platform_say_where_not_what() -> None:
    """PAC: "responded to her grandmother's comments on Twitter" had quoted "Twitter" as the
    grandmother's words. Comments on a bill are about the bill."""
    text = (
        "Naomi Biden responded to her grandmother's comments on Twitter, saying \"Preach "
        'nana." His comments on the bill were brief. Her remarks on television drew fire.\n'
    )
    contents = {q.content.text for q in _one(text, dt.date(2023, 2, 27)).quotes}
    assert "the bill" in contents, contents
    assert not contents & {"Twitter", "television"}, contents


def test_a_cue_after_the_clause_with_its_speaker_after_it_and_a_surname_named_before() -> None:
    """ "..., but it is under intense pressure from Asian imports, said the company's chief
    executive" (the parse made "said" a conjunct with no clause of its own; "executive" was
    not known as someone who speaks) and "Fields later tweeted ... and said she had been
    yanked" (the small model tagged the surname a plural noun; the article names Michelle
    Fields before)."""
    said = _said_by(
        "In Decatur, the steel plant is hanging on, but it is under intense pressure from "
        "Asian imports, said the company's chief executive, John J. Ferriola.\n\n"
        "Michelle Fields, a reporter, was grabbed at the rally.\n\nFields later tweeted a "
        "photograph of her bruised forearm and said she had been yanked backward.\n"
    )
    pressure = [c for c in said if "intense pressure" in c]
    assert pressure and said[pressure[0]].startswith("the company's chief executive"), said
    assert said.get("she had been yanked backward") == "Fields", said


def test_a_sentence_split_off_inside_a_quotation_is_no_claim_of_its_own() -> None:
    """BASIL: the parser ended a sentence inside Warren's tweet, and "Now,” Ms. Warren wrote
    on Twitter." was listed as a fact of its own; a sentence opening in lower case ("and I
    respect that,” Netanyahu said") was cut off the same way. Each is joined to the sentence
    before it in its paragraph, not across a paragraph."""
    text = (
        "Senators sought to focus attention on how quickly Attorney General William Barr "
        "would release the full report.\n\n“Attorney General Barr — release the Mueller "
        "report to the American public. Now,” Ms. Warren wrote on Twitter.\n\n"
        "Netanyahu spoke on Sunday. “We have differences, and I respect that,” Netanyahu "
        "said on NBC’s “Meet the Press.”\n"
    )
    claims = [c.span.text for c in _one(text, dt.date(2019, 3, 22)).claims]
    assert not any(c.startswith("Now,”") for c in claims), claims
    whole = [c for c in claims if c.startswith("“Attorney General Barr")]
    assert whole and whole[0].endswith("Ms. Warren wrote on Twitter."), claims
    assert any(c.startswith("“We have differences, and I respect") for c in claims), claims


def test_the_gathering_a_cue_happens_at_is_not_what_was_said() -> None:
    """PAC: "Rodriguez responded later in the meeting." had "in the meeting" as what she
    said, and the comparison's digest chose that empty sentence as the line both outlets
    share. A phrase after the cue still says what ("argued in favour of staying")."""
    said = _said_by(
        "Barbee spoke first. Rodriguez responded later in the meeting. Smith argued in "
        "favour of staying.\n"
    )
    assert "in the meeting" not in said, said
    assert said.get("in favour of staying") == "Smith", said


def test_a_transcript_s_answers_are_the_person_named_before_the_first_question() -> None:
    """PolNeAR's "Q&A with Vice President Joe Biden" gave "A" as the speaker of every answer,
    which tells a reader nothing: the answers are the person the piece names before its first
    question. The span stays "A" (the text's words); without a "Q:" line nobody is guessed."""
    text = (
        "Q&A with Vice President Joe Biden.\n\nVice President Joe Biden spent Thursday in St. "
        "Paul, Minnesota. Here is the edited transcript of the interview.\n\nQ: You have been "
        "talking about the upswing.\n\nA: It is a big mistake. Everybody is making it.\n"
    )
    analysis = _one(text, dt.date(2016, 2, 19))
    names = {a.key: a.name for a in analysis.actors}
    answer = next(q for q in analysis.quotes if q.content.text.startswith("It is a big"))
    assert answer.speaker is not None and answer.speaker.text == "A"
    assert names.get(answer.speaker_key or "") == "Joe Biden", names
    alone = _one("Smith spoke on Monday.\n\nA: It is a big mistake. Everybody is making it.\n")
    assert all(q.speaker_key is None for q in alone.quotes if q.speaker and q.speaker.text == "A")


def test_a_surname_alone_is_the_person_and_an_aide_is_not_the_boss() -> None:
    """The entity stage tags a surname standing alone once the article names the person in
    full, wherever the model left it untagged: PAC's "Judge O’Connor disagreed, saying ..."
    (tagged a common noun, with "Judge" before it) and a transcript's "Matthews:" now
    resolve to the person, not to no one. A name the model stopped a word early ("Enrique
    Peña | Nieto") runs on to its last word. And a name before a role is whom the role
    serves: "A Trump aide said" is not Trump speaking (who-quotes-whom had counted every
    "Clinton aides" as Clinton)."""
    text = (
        "U.S. District Court Judge Reed O’Connor struck down the law on Friday.\n\n"
        "Judge O’Connor disagreed, saying the mandate was the keystone of the law.\n\n"
        "Chris Matthews hosted the panel.\n\nMatthews: Well, speculation is bad.\n\n"
        "Former President Vicente Fox criticized current President Enrique Peña Nieto for "
        "inviting the candidate.\n\nPresident Donald Trump spoke on Monday. A Trump aide said "
        "the plan was dead. Hillary Clinton's aides said she would win. U.S. Ambassador to "
        "France Jane Doe said the talks were over.\n"
    )
    analysis = _one(text, dt.date(2018, 12, 15))
    keys = {q.content.text: q.speaker_key for q in analysis.quotes}
    assert _of_quotation(keys, "the mandate was the keystone") == "PERSON:reed o’connor", keys
    assert keys.get("Well, speculation is bad") == "PERSON:chris matthews", keys
    assert keys.get("the plan was dead", "missing") is None, keys
    assert keys.get("she would win", "missing") is None, keys
    assert keys.get("the talks were over") == "PERSON:jane doe", keys
    people = {a.key for a in analysis.actors}
    assert "PERSON:enrique peña nieto" in people, people
    charge = [c for c in keys if c.startswith("current President Enrique Peña Nieto")]
    assert charge and charge[0].endswith("for inviting the candidate"), keys


def test_a_quotation_after_its_speakers_line_is_not_given_to_the_next_sentence() -> None:
    """PAC has no paragraph breaks: '"...," Tim Carney wrote. "They're called mothers. ..."
    Emily Zanotti called the term "absolutely insulting"' gave Carney's second quotation to
    Zanotti, whose sentence after it says what a thing is, a statement of its own. A bare
    "..." Smith told reporters.' still names the speaker of the words before it."""
    keys = {
        q.content.text: q.speaker_key
        for q in _one(
            'Critics chastised Bush. "This is bad," Washington Examiner columnist Tim Carney '
            'wrote. "They are called mothers. Reduce us to atomized individuals." Daily Wire '
            'writer Emily Zanotti called the term "absolutely insulting." Later the mayor '
            'spoke. "We will rebuild the bridge." Mayor Ann Lee told reporters.',
            dt.date(2021, 5, 7),
        ).quotes
    }
    # one quotation in two parts (since revision 155), the second part Carney's too
    carney = [c for c in keys if "They are called mothers" in c]
    assert carney and all(keys[c] == "PERSON:tim carney" for c in carney), keys
    assert keys.get("We will rebuild the bridge") == "PERSON:ann lee", keys


def test_a_participle_hanging_from_people_is_theirs() -> None:
    """PAC: "he has not joined the chorus of Democrats saying the outlines of a deal could be
    reached" gave the Democrats' words to "he"; "GOP colleagues calling for a filibuster" to
    McCain, who criticised them. A thing that carries someone's words ("issued a statement
    saying") is not the speaker, nor a noun after a preposition, which the parse often hangs
    a participle on by mistake ("sent a letter to Senate leaders opposing ...", PolNeAR dev),
    nor whom the subject addresses ("emailed supporters saying", PolNeAR train)."""
    said = _said_by(
        "He has not joined the chorus of Democrats saying the outlines of a deal could be "
        "reached by Friday. The governor issued a statement saying the bridge was safe. "
        "The senators sent a letter to Senate leaders opposing the renewal of the program. "
        "The Vermont senator emailed supporters saying the struggle would continue.\n"
    )
    assert _of_quotation(said, "the outlines of a deal") == "the chorus of Democrats", said
    assert said.get("the bridge was safe") == "The governor", said
    assert _of_quotation(said, "the renewal") == "The senators", said
    assert said.get("the struggle would continue") == "The Vermont senator", said


def test_a_that_clause_hung_on_the_phrase_after_a_cue_is_what_was_said() -> None:
    """PolNeAR: "said in one of a series of Twitter messages that the truck was carrying
    arms", "said on CNN, where he is a contributor, that ...", "told the audience at his
    fundraiser that ...": the parse makes the clause a relative clause of the phrase's last
    noun. They were lost, or the audience was given as what was said. A real relative
    clause ("in a hall that the city had built") and a clause of another verb ("in October,
    when he told Clinton that ...") are not the cue's."""
    said = _said_by(
        "Christian Estrosi, a former mayor of Nice, said in one of a series of Twitter "
        "messages that the truck was carrying arms. Corey Lewandowski said on CNN, where he "
        "is now a paid contributor, that Manafort should be held to account. Donald Trump "
        "told the audience at his fundraiser for veterans that he and Fox News had multiple "
        "conversations Thursday. Sanders appeared to dismiss the email issue in October, "
        "when he told Clinton at a debate that Americans were tired of it. The mayor spoke "
        "in a hall that the city had built.\n"
    )
    assert said.get("that the truck was carrying arms") == "Christian Estrosi", said
    assert said.get("that Manafort should be held to account") == "Corey Lewandowski", said
    assert said.get("that he and Fox News had multiple conversations Thursday") == "Donald Trump"
    assert "the audience" not in said, said
    assert said.get("that Americans were tired of it") == "he", said
    assert said.get("the email issue") == "Sanders", said
    assert not any(words.startswith("that the city") for words in said), said


def test_a_speaker_the_parse_hung_elsewhere_is_the_name_before_the_cue() -> None:
    """PolNeAR: "As a part of his plea, Marcel Lehel Lazar, 44, said that ..." (the parse
    hangs the name on "plea" and leaves "said" without a subject); PAC: "... after Dr.
    Caitlin Bernard, an Indianapolis physician, told The Star that ...", where the clause
    the name stands in is not what she said."""
    said = _said_by(
        "As a part of his plea, Marcel Lehel Lazar, 44, said that he victimized nearly 100 "
        "Americans. The case quickly gained international attention after Dr. Caitlin "
        "Bernard, an Indianapolis physician who provides abortion services, told The "
        "Indianapolis Star that the girl had to travel to Indiana.\n"
    )
    assert said.get("that he victimized nearly 100 Americans") == "Marcel Lehel Lazar", said
    assert said.get("that the girl had to travel to Indiana") == "Dr. Caitlin Bernard", said
    assert not any(words.startswith("The case") for words in said), said


def test_an_aside_with_as_after_a_conjunction_says_the_rest_of_the_sentence() -> None:
    """PolNeAR: "But as Clyburn noted, those voters will ..." had no quotation (the "But"
    kept the aside from counting as set apart); "And, as the senator said last week, the
    bill is dead" is the bill, not the week. "As the hearing continued" and "speaking of
    biography" are the writer's asides (BASIL, PAC)."""
    said = _said_by(
        "But as Clyburn noted, those voters will give Sanders a second look. And, as the "
        "senator said last week, the bill is dead. And as the hearing continued, Republicans "
        "and Democrats agreed on one point. And speaking of biography, he has an education "
        "that might surprise those inclined to dismiss him.\n"
    )
    assert said.get("those voters will give Sanders a second look") == "Clyburn", said
    assert said.get("the bill is dead") == "the senator", said
    assert not any(s in {"the hearing", "he"} for s in said.values()), said


def test_a_call_for_someone_to_act_is_the_demand_without_for() -> None:
    """PolNeAR annotates "called for all candidates to lay out specifics" from "all": the
    parse made "for" the mark of a clause, and the demand was lost (about 20 annotated
    demands on the training texts); "calls for ending corporate taxes" starts at "ending";
    "called for President Trump to cancel ..." runs on through the infinitive the parse hung
    on the cue. "Called Boehner out for ..." is a charge, not a demand. "Noting that at one
    point he had trailed ..." with "that" parsed as a preposition is what was noted."""
    said = _said_by(
        "She also called for all candidates to lay out specifics of their plans. Johnson "
        "calls for ending corporate taxes. Leading Democrats called Friday for President "
        "Trump to cancel his meeting with Putin. The president called out the speaker for "
        "a do-nothing Congress. Sanders shrugged off the poll, noting that at one point "
        "earlier in the campaign he had trailed Clinton by 50 points.\n"
    )
    assert said.get("all candidates to lay out specifics of their plans") == "She", said
    assert said.get("ending corporate taxes") == "Johnson", said
    assert said.get("President Trump to cancel his meeting with Putin") == "Leading Democrats"
    assert not any(words.startswith("a do-nothing") for words in said), said
    assert _of_quotation(said, "that at one point earlier") == "Sanders", said


def test_an_opening_asked_the_model_tagged_as_past_tense_is_still_the_question() -> None:
    """PolNeAR annotates the question of "Asked what a firm commitment looks like, Devine
    replied: ..." with no source; the model tags "Asked" as a past tense there, and the
    question was lost (8 such on the training texts). A past tense with its own subject
    ("She asked what it cost") is another rule's, with its speaker."""
    analysis = _one(
        'Asked what a firm commitment looks like, Devine replied: "We are a long way off '
        'from that." She asked what the plan would cost.\n',
        dt.date(2016, 3, 30),
    )
    found = {q.content.text: q for q in analysis.quotes}
    question = found.get("what a firm commitment looks like")
    assert question is not None and question.speaker is None, found
    assert found["We are a long way off from that"].speaker_key is not None, found
    asked = found.get("what the plan would cost")
    assert asked is not None and asked.speaker is not None, found


def test_a_sentence_opened_by_to_someone_is_their_view() -> None:
    """PolNeAR: "To Ms. Gil, skateboarding represents a cry of dissent", "To many, Santilli
    is a provocateur ... But to others, he's a citizen journalist" attribute a view to whom
    the sentence opens with. A view, not words spoken. Not "To date, ...", "To his surprise,
    ...", nor whom someone spoke to ("To reporters, Salmon aimed his frustration at ...",
    PAC)."""
    analysis = _one(
        "To Ms. Gil, skateboarding represents a cry of dissent against gentrification. To "
        "many, Santilli is a provocateur. But to others, he's a citizen journalist. To date, "
        "nobody has come forward. To his surprise, the plan worked. To reporters, Salmon "
        "aimed his frustration at the filibuster.\n",
        dt.date(2016, 3, 30),
    )
    views = {q.content.text: q for q in analysis.quotes if q.cue is None}
    held = {words: q.speaker.text if q.speaker else None for words, q in views.items()}
    assert held.get("skateboarding represents a cry of dissent against gentrification") == (
        "Ms. Gil"
    ), held
    assert held.get("Santilli is a provocateur") == "many", held
    assert held.get("he's a citizen journalist") == "others", held
    assert not any(q.speech for q in views.values()), views
    assert set(held) == {
        "skateboarding represents a cry of dissent against gentrification",
        "Santilli is a provocateur",
        "he's a citizen journalist",
    }, held


def test_a_pronoun_inside_a_relative_clause_does_not_speak_for_the_cue_after_it() -> None:
    """ "Gov. X, who is insistent he personally is not a candidate ..., said he wasn't sure
    ...": the small model makes the relative clause the main one and "said" a verb joined to
    it, so "said" shared the clause's "he" (BASIL: Trump, quoted just before, became the
    speaker). The name before "who" speaks; a relative clause inside a quotation, or one
    closed by a comma before the pronoun, is left to the usual reading."""
    text = (
        'Asked about the race, Smith said, "I take it seriously."\n\n'
        "But speaking on WXYZ Radio, Ohio Democratic Gov. John Ortiz, who is insistent he "
        "personally is not a candidate for senator in 2026, said he wasn't sure his friend "
        "Smith would be either."
    )
    analysis = _one(text)
    quote = next(q for q in analysis.quotes if q.content.text.startswith("he wasn't sure"))
    assert quote.speaker is not None and quote.speaker.text == "Ohio Democratic Gov. John Ortiz"


def test_poll_shares_and_reduced_clauses_left_without_a_subject_still_speak() -> None:
    """The small model leaves "say" subjectless in poll findings ("About 4 in 10 say ...",
    "..., about two-thirds, 67 percent, say ...") and after a participle it takes for the main
    verb ("Republican activists clamoring to block X say ..."). A share right before the verb
    and the participle's subject speak; a figure inside a noun phrase, a date, or the
    subject of a perfect tense do not."""
    text = (
        "The poll was taken last week by a firm in Ohio.\n\n"
        "About 4 in 10 say they want the next governor to cut taxes.\n\n"
        "Among likely primary voters, about two-thirds, 67 percent, say they will vote for "
        "Lee.\n\n"
        "Union members clamoring to block the merger from going ahead say they are suddenly "
        "in the midst of a revolt.\n\n"
        "He cast doubt on the official jobless rate of 4.9 percent, suggested that the real "
        "rate could be as high as 42 percent.\n\n"
        "The Daily Ledger on May 2, 2006, praised the mayor, and on April 6, 2007, said that "
        "the mayor had served in the Navy."
    )
    speakers = {q.content.text: q.speaker.text if q.speaker else None for q in _one(text).quotes}
    assert speakers["they want the next governor to cut taxes"] == "About 4 in 10"
    assert speakers["they will vote for Lee"] == "67 percent"
    assert speakers["they are suddenly in the midst of a revolt"] == "Union members"
    assert "4.9 percent" not in speakers.values()
    assert not {"2007", "2006"} & set(speakers.values())


def test_no_break_spaces_read_as_spaces_with_offsets_kept() -> None:
    """Ingest makes odd spaces plain, but a text given to the analysis directly (the
    library, the evaluations) kept them, and "tenure.\\u00a0Current and former officials ...
    said ..." parsed as another sentence than with a space: the quotation was lost. The
    analysis reads them as spaces, one for one, so every offset still points into the text
    as given."""
    plain = (
        "The party needs to rebuild after her tenure. Current and former officials who spoke "
        "with the paper said the organization has become a shell of itself."
    )
    odd = plain.replace("tenure. ", "tenure.\u00a0").replace("the paper", "the\u202fpaper")
    assert len(odd) == len(plain)
    quotes = [(q.content.start, q.content.end, q.speaker.text if q.speaker else None)
              for q in _one(odd).quotes]  # fmt: skip
    assert quotes == [
        (q.content.start, q.content.end, q.speaker.text if q.speaker else None)
        for q in _one(plain).quotes
    ]
    assert any(odd[s:e] == "the organization has become a shell of itself" for s, e, _ in quotes)


def test_records_show_after_a_comma_attribute_what_the_sentence_says() -> None:
    """ "..., state tax records show." closing a sentence, or set off inside it, attributes
    the clause to the records even where the tagger reads "show" as a noun and the records as
    its compounds (revision 128). A list that ends in a noun ("game shows"), a finding verb
    whose subject is no record, and a "records show" inside someone's quotation add nothing."""
    text = (
        "The mayor spoke on Friday.\n\n"
        "The charity paid $40,000 to the consulting firm on March 3, 2019, state tax "
        "records show.\n\n"
        "Over the same period, county court records show, the landlord filed 212 eviction "
        "cases.\n\n"
        "The ferry was valued at $2 million in 2015, records show, and brokers say it is "
        "now worth half that.\n\n"
        "She enjoys comedies, cartoons and game shows.\n\n"
        "“The firm grew fast in 2018, court records show, and then it failed,” the paper "
        "reported."
    )
    quotes = _one(text).quotes
    by_content = {q.content.text: q for q in quotes}
    paid = by_content["The charity paid $40,000 to the consulting firm on March 3, 2019"]
    assert paid.speaker is not None and paid.speaker.text == "state tax records"
    assert paid.cue is not None and paid.cue.text == "show" and not paid.speech
    filed = next(q for q in quotes if q.content.text.startswith("Over the same period"))
    assert filed.speaker is not None and filed.speaker.text == "county court records"
    ferry = by_content["The ferry was valued at $2 million in 2015"]
    assert ferry.speaker is not None and ferry.speaker.text == "records"
    assert by_content["it is now worth half that"].speaker.text == "brokers"  # type: ignore[union-attr]
    assert not any(q.cue is not None and q.cue.text == "shows" for q in quotes)
    inner = [q for q in quotes if q.cue is not None and q.cue.text == "show"]
    assert all("grew fast" not in q.content.text for q in inner)


def test_a_headline_verb_ends_the_name_before_it() -> None:
    """A headline capitalises its verb, and the model ran "Weiner Denies Sending Photo" into
    one name: the name ends before the verb the parse made the main one (revision 129), so
    the headline's speaker is the person the body names; a person's name loses any verb a
    headline holds. A lower-case verb still only splits ("Trump accused Holt")."""
    text = (
        "Weiner Denies Sending Photo\n\n"
        "Rep. Anthony Weiner said on Sunday that he did not send the photo to a student."
    )
    analysis = _one(text)
    names = {m.text for a in analysis.actors for m in a.mentions}
    assert "Weiner" in names
    assert not any("Denies" in n for n in names)
    headline = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "Denies")
    assert headline.speaker is not None and headline.speaker.text == "Weiner"
    assert headline.speaker_key == next(
        q.speaker_key for q in analysis.quotes if q.cue is not None and q.cue.text == "said"
    )
    # any capitalised verb ends a person's name in a headline, and what is left of it must
    # end like a name; a first word the tagger reads as a verb ("Trump") stays
    pulling = _one(
        "Trump Pulling Out Of Debate\n\n"
        "Donald Trump said on Tuesday that he would skip the debate in Iowa."
    )
    mentions = {m.text: a.key for a in pulling.actors for m in a.mentions}
    assert not any("Pulling" in m or m == "Out" for m in mentions)
    assert mentions["Trump"] == mentions["Donald Trump"]
    asked = _one(
        "White House Used Bill Clinton to Ask Sestak to Drop Out of Race\n\n"
        "The White House enlisted former President Bill Clinton to ask Rep. Joe Sestak to "
        "leave the race."
    )
    names = {m.text for a in asked.actors for m in a.mentions}
    assert "Sestak" in names and "Bill Clinton" in names and "Ask Sestak" not in names


def test_a_quotation_does_not_go_to_whoever_did_not_respond() -> None:
    """With no paragraph breaks, the sentence after a continued quotation may name someone
    who did not speak: the quotation stays with the discourse's speaker."""
    analysis = _one(
        '"I pushed for it at first," Schumer told reporters Friday. "Senator Sinema said she '
        "would not vote for the bill. So we had no choice.\" Sinema's campaign did not "
        "immediately respond to an inquiry on her donations."
    )
    # one quotation in two parts (revision 155), all of it Schumer's
    [quote] = [q for q in analysis.quotes if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "Schumer"
    assert quote.content.text.endswith("So we had no choice")


def test_verbs_of_effort_and_phase_bring_no_quotation() -> None:
    """ "struggled to win over donors", "had to wait", "turned her attention": what someone
    tried, had or did, not what anyone said; a phase verb before a speech verb still does."""
    analysis = _one(
        "Mrs. Clinton struggled to win over rich donors in Ohio. The senator had to wait "
        "almost a year for a vote. Sanders began to treat Clinton as a weakened rival. "
        "Hillary Clinton turned her attention to Donald Trump. The community began calling "
        "for the mayor to resign."
    )
    assert [q.content.text for q in analysis.quotes] == ["the mayor to resign"]


def test_mr_obama_is_not_his_daughter_malia() -> None:
    """ "Malia" is a woman's name: "Mr." and a bare "President Obama" do not resolve to the
    one Obama the article names in full."""
    analysis = _one(
        "President Obama pardoned a turkey on Wednesday, joined by his daughter Malia Obama. "
        "“You want to pet him?” Mr. Obama asked her."
    )
    assert {q.speaker_key for q in analysis.quotes} == {"PERSON:obama"}


def test_support_endorsement_and_verbal_attacks_are_attributions() -> None:
    """ "Ryan's endorsement of Trump", "their support for the bill", "Clinton's attacks on
    Trump" say where someone stands; "Israel's attack on Rafah" is a strike, not words."""
    analysis = _one(
        "Clinton's attacks on Trump have grown sharper. Israel's attack on Rafah killed 20 "
        "people. Ryan's endorsement of Trump came late. The senators' support for the bill "
        "is firm. The senator's support on Tuesday evening surprised the mayor."
    )
    found = {(q.cue.text if q.cue else None, q.content.text) for q in analysis.quotes}
    assert found == {
        ("attacks", "Trump"),
        ("endorsement", "Trump"),
        ("support", "the bill"),
    }
    assert not any(q.speech for q in analysis.quotes)  # stances, not words said
    # inside a quotation, a stance is the quoted speaker's words, not a quotation of its own
    quoted = _one(
        '"I am honored to have Sheriff Arpaio\'s support for my presidential campaign," '
        "Perry said in a statement."
    )
    assert [(q.kind, q.cue.text if q.cue else None) for q in quoted.quotes] == [("direct", "said")]


def test_a_lead_naming_someones_words_gives_the_quotation_its_speaker() -> None:
    """ "Jindal's other big applause line ...: “...”": the possessor of the words a colon
    introduces speaks the quotation (it had gone to the next sentence's subject); a lead
    that names no one's words ("The bottom line:") gives it no speaker."""
    analysis = _one(
        "Louisiana Gov. Bobby Jindal spoke on Friday. Jindal’s other big applause line at "
        "the Values Voter Summit regarding Boehner: “That’s one down, that’s 434 more to "
        "go.” McConnell’s office declined to comment."
    )
    line = next(q for q in analysis.quotes if q.kind == "direct")
    assert line.content.text.startswith("That’s one down")
    assert line.speaker_key == "PERSON:bobby jindal"
    bottom = _one('The bottom line for the campaign: "It works, and we will win."')
    assert all(q.speaker is None for q in bottom.quotes)


def _said(analysis, words: str):
    """The quotation whose content starts with ``words``."""
    return next(q for q in analysis.quotes if q.content.text.startswith(words))


def test_shares_of_people_speak_in_the_perfect_and_through_a_joined_verb() -> None:
    """ "Most of ... have already said" is active (a perfect, not a passive participle); a
    verb joined to another shares its subject, a passive one ("were angered ... and
    predicted") or a share of people ("Some seek ..., and argue")."""
    analysis = _one(
        "Senators weigh the nominee.\n\n"
        "Most of the vulnerable Senate Republicans have already said they would begrudgingly "
        "support Trump.\n\n"
        "FBI officials were angered by the deal and predicted it would affect the outcome of "
        "other cases.\n\n"
        "Some seek to be removed from the lists, fearing the exposure, and argue that their net "
        "worths are far lower."
    )
    most = _said(analysis, "they would begrudgingly support Trump")
    assert most.speaker is not None and most.speaker.text.startswith("Most of the vulnerable")
    fbi = _said(analysis, "it would affect the outcome")
    assert fbi.speaker is not None and fbi.speaker.text == "FBI officials"
    some = _said(analysis, "that their net worths are far lower")
    assert some.speaker is not None and some.speaker.text == "Some"


def test_a_report_before_another_is_not_part_of_it() -> None:
    """ "520 superdelegates have said they support Clinton, 39 have said they support
    Sanders": each group's report is its own, though the parse may hang the first on the
    second "said"; inside quotation marks the clause before is the speaker's words."""
    analysis = _one(
        "Superdelegates count.\n\n"
        "Already, 520 superdelegates have publicly said they support Clinton, 39 have said "
        "they support Sanders and 160 have not publicly announced their choice."
    )
    said = [q for q in analysis.quotes if q.cue is not None and q.cue.text == "said"]
    assert {q.content.text.split(" and ")[0] for q in said} == {
        "they support Clinton",
        "they support Sanders",
    }
    scalia = _one(
        "Justices split.\n\n"
        "''I don't think it stands to reason,'' Justice Scalia said, ''that it's a good thing "
        "for the university.''"
    )
    assert any(q.content.text.startswith("I don't think") for q in scalia.quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The small model reads the apposition as a clause ("rabbi" a verb) with the name as
        # its subject, and leaves "said" with no subject of its own.
        (
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he "
            "and other rabbis were alarmed about Trump's behavior and rhetoric on the campaign "
            "trail.",
            "he and other rabbis were alarmed",
        ),
        # The parse cuts ", he said." off as a sentence of its own: it reports what came
        # before, which ends without a full stop.
        (
            "Jeffrey Salkin, a rabbi, spoke to students on Monday.\n\n"
            'Those who do take on heavy debt struggle, even with a "good" job, he said.',
            "Those who do take on heavy debt struggle",
        ),
    ],
)
def test_a_misparse_does_not_cost_the_speaker_or_the_content(text: str, content: str) -> None:
    quote = _said(_one("Rabbis speak.\n\n" + text), content)
    assert quote.speaker_key == "PERSON:jeffrey salkin"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a description for a name lends its subject to a participle of saying
        (
            "The New York businessman has praised Putin, saying he was a stronger leader than "
            "U.S. President Barack Obama, a Democrat.",
            "he was a stronger leader",
            "The New York businessman",
        ),
        # a body can own a claim a noun names
        (
            "The department had spent months pushing back against claims by intelligence "
            "agencies that some of her messages should be classified.",
            "that some of her messages should be classified",
            "intelligence agencies",
        ),
    ],
)
def test_descriptions_and_bodies_speak(text: str, content: str, speaker: str) -> None:
    quote = _said(_one("A report.\n\n" + text), content)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_named_outlet_or_place_after_a_cue_is_where_it_was_said() -> None:
    """ "as David Dayen noted in The Intercept": the clause it sets off was said, not "in The
    Intercept" (the small model tags no entity there); "wrote in the Wall Street Journal",
    "confirmed in the Rose Garden" say where."""
    analysis = _one(
        "Scare tactics return.\n\n"
        "It does not help that invoking Weimar Germany is a classic scare tactic, as David "
        "Dayen noted in The Intercept.\n\n"
        "Leslie Bienen and Monica Gandhi wrote in The Wall Street Journal."
    )
    dayen = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "noted")
    assert dayen.content.text.startswith("It does not help")
    assert not any(q.content.text.startswith(("in The", "in the")) for q in analysis.quotes)


def test_a_feeling_a_thing_caused_is_no_attribution() -> None:
    """ "Erdogan's about-face worries the Gulf capitals": nobody spoke; a person who
    surprises or a subject who worries "that ..." still may have."""
    analysis = _one(
        "Gulf states watch Turkey.\n\n"
        "Erdogan’s about-face on the regime in Damascus worries the Gulf capitals.\n\n"
        "He worries Sanders would have trouble winning in the fall."
    )
    assert [q.content.text for q in analysis.quotes] == [
        "Sanders would have trouble winning in the fall"
    ]


def test_a_state_of_mind_after_a_linking_verb_is_the_subjects_view() -> None:
    """ "Her advisers are not convinced that ...", "supporters who are deeply skeptical of
    ...", "he was eager to debate": PolNeAR marks a belief, feeling or intention an adjective
    names as an attribution, held by the subject. A view, not words said. The writer's "it is
    uncertain whether", a forecast ("likely to win", "sure to anger"), "critical to" (crucial)
    and a mood without content are none."""
    analysis = _one(
        "Clinton weighs her campaign.\n\n"
        "Her advisers are not convinced that what worked in the primaries will work in the fall."
        "\n\nShe must win over Sanders supporters who are deeply skeptical of the party's "
        "influence.\n\n"
        "Mr. Kamp said little, but he was eager to debate Clinton.\n\n"
        "It is uncertain whether the Senate will vote.\n\n"
        "Trump is likely to win Florida.\n\n"
        "The move is sure to anger the White House, and the lack of support is critical to "
        "any action.\n\n"
        "The senator was furious."
    )
    convinced = _said(analysis, "that what worked in the primaries")
    assert convinced.speaker is not None and convinced.speaker.text == "Her advisers"
    assert convinced.cue is not None and convinced.cue.text == "convinced"
    assert not convinced.speech
    skeptical = _said(analysis, "the party's influence")
    assert skeptical.speaker is not None and "Sanders supporters" in skeptical.speaker.text
    eager = _said(analysis, "to debate Clinton")
    assert eager.speaker_key == "PERSON:kamp"
    assert not any(
        words in q.content.text
        for q in analysis.quotes
        for words in ("the Senate will vote", "win Florida", "anger", "any action", "furious")
    )


def test_what_something_is_called_or_seen_as_is_the_view() -> None:
    """ "Others call it the nerd prom", "calling it the mark of a desperate candidate": with
    a name beside it, the placeholder's words are what was said ("as one aide put it" has
    none). "Voters still view Mrs. Clinton as vastly more prepared", "57 percent see Trump
    negatively": a judgement. Seeing alone reports a sight; "it's easy to view this as ..."
    is the writer's."""
    analysis = _one(
        "Washington gathers for its dinner.\n\n"
        "Others call it the nerd prom.\n\n"
        "The Clinton campaign pushed back, calling it the mark of a desperate candidate.\n\n"
        "Voters still view Mrs. Clinton as vastly more prepared for the job, and 57 percent "
        "see Trump negatively.\n\n"
        "As one aide put it, the race is over.\n\n"
        "It's easy to view this as just another tax season."
    )
    said = {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert said["it the nerd prom"] == "Others"
    assert said["it the mark of a desperate candidate"] == "The Clinton campaign"
    assert said["Mrs. Clinton as vastly more prepared for the job"] == "Voters"
    assert said["Trump negatively"] == "57 percent"
    assert not any("tax season" in words for words in said)


def test_a_curly_apostrophe_reads_as_a_straight_one() -> None:
    """The small model tagged "’s" in "He’s said" a noun and "n’t" a number; the words are
    now read as if their apostrophes were straight (tags, parse and lemmas), while the text
    keeps them."""
    from newsprism.understand.model import load_pipeline

    nlp = load_pipeline(AnalyzeOptions().model)
    straight = "He's said we're sure, I'm right, they've won and it's easy. Don't go."
    curly = straight.replace("'", "’")
    read = [[(t.tag_, t.dep_, t.lemma_) for t in nlp(text)] for text in (straight, curly)]
    assert read[0] == read[1]
    assert nlp(curly).text == curly


@pytest.mark.parametrize("mark", ["'", "’"])
def test_has_before_a_participle_is_no_passive(mark: str) -> None:
    """ "he's heralded plans to ...", "he's said he'll fight ...": "'s" is "has" when the
    participle has an object or a clause; the small model read "is", a passive without a
    speaker. "It's said that ..." stays a passive."""
    text = (
        "Sanders weighs his options.\n\n"
        "Though he's heralded plans to go after carried interest, experts doubt him.\n\n"
        "While he's said he'll fight all the way to the convention, Sanders must decide.\n\n"
        "It's said that the race is over."
    ).replace("'", mark)
    said = {q.content.text: q.speaker.text if q.speaker else None for q in _one(text).quotes}
    assert said[f"he{mark}ll fight all the way to the convention"] == "he"
    assert said["plans to go after carried interest"] == "he"
    assert not any("the race is over" in words for words in said)


def test_a_side_taken_is_the_stance_of_the_one_it_is_said_of() -> None:
    """ "Mr. Kasich has been a pointed critic of his political style", "Adelson, a fierce
    supporter of Israel, ...": the stance of the subject or the name beside it. Nobody named
    takes a side in "Supporters of Clinton rallied", and an ally is a relation, not a view."""
    analysis = _one(
        "Donors weigh in.\n\n"
        "Mr. Kasich has been a pointed critic of his political style.\n\n"
        "Adelson, a fierce supporter of Israel, arrived early.\n\n"
        "Supporters of Clinton rallied, and Turkey is an ally of the West."
    )
    said = {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert said == {"his political style": "Mr. Kasich", "Israel": "Adelson"}
    assert not any(q.speech for q in analysis.quotes)


def test_a_verb_of_saying_joined_to_the_main_clause_says_what_its_subject_says() -> None:
    """ "Wealth-X keeps its finances a secret but says its business has tripled", "the
    affidavit cited interviews and said that ...": the subject of the main clause speaks,
    whatever it is, when it is a noun; in "This was the Trump who questions ..., and asserts
    that ..." the parse joins "asserts" to "was", and "This" says nothing."""
    said = _said_by(
        "Wealth-X keeps its own finances a secret but says its business has tripled.\n\n"
        "The affidavit cited interviews with Fields and said that a detective had seen "
        "bruises.\n\n"
        "This was the Trump we all knew, the Trump who questions the judge, fights with "
        "journalists, and asserts that Mexico is killing us.\n\n"
        "The line was an addition to a speech in which Bloomberg criticized Democrats, but "
        "argued that Trump was a demagogue."
    )
    assert said["its business has tripled"] == "Wealth-X"
    assert said["that a detective had seen bruises"] == "The affidavit"
    assert said.get("that Mexico is killing us") != "This"
    assert said.get("that Trump was a demagogue") != "The line"


def test_what_someone_wants_knows_or_hopes_is_their_view() -> None:
    """ "They want to work at JPMorgan Chase", "He knew his drinking presented a danger": a
    verb of the mind with its own subject and a clause says that subject's view. The writer's
    "it is hard to know" has no subject of its own."""
    said = _said_by(
        "Graduates weigh their options.\n\n"
        "They want to work at JPMorgan Chase.\n\n"
        "He knew his drinking presented a danger.\n\n"
        "It is hard to know whether the market will turn."
    )
    assert said["to work at JPMorgan Chase"] == "They"
    assert said["his drinking presented a danger"] == "He"
    assert not any("the market will turn" in words for words in said)


def test_a_side_taken_by_a_verb_is_a_stance_whoever_holds_it() -> None:
    """ "Independents strongly favored Mr. Sanders", "ads attacking Clinton", "Beck ...
    opposed Trump": whom someone supports, opposes, praises or attacks is their stance, with
    or without the cue model's word. A place's backing is an act of state, and "Do you
    support ...?" is a poll's question."""
    said = _said_by(
        "Voters weigh in.\n\n"
        "Independents strongly favored Mr. Sanders over Mrs. Clinton.\n\n"
        "Glenn Beck virulently opposed Donald Trump during the primaries.\n\n"
        "Russia backed Assad throughout the war.\n\n"
        "Do you support Donald Trump?"
    )
    assert said["Mr. Sanders over Mrs. Clinton"] == "Independents"
    assert said["Donald Trump"] == "Glenn Beck"
    assert "Assad" not in said
    assert len([w for w in said if "Trump" in w]) == 1


def test_what_someone_talks_about_or_votes_for_is_the_content() -> None:
    """ "He talks about immigration", "Cruz never mentioned Trump by name", "37 percent would
    vote for Sanders": the topic or the choice, without its preposition (PolNeAR's content);
    "spoke to reporters" and "spoke on condition of anonymity" say whom and how."""
    said = _said_by(
        "Candidates make their case.\n\n"
        "Mr. Christie talks about immigration at every stop.\n\n"
        "Cruz never mentioned Trump by name.\n\n"
        "Thirty-seven percent of voters would vote for Bernie Sanders.\n\n"
        "An aide spoke to reporters on condition of anonymity."
    )
    assert said["immigration"] == "Mr. Christie"
    assert said["Trump"] == "Cruz"
    assert said["Bernie Sanders"] is not None
    assert not any("reporters" in words or "anonymity" in words for words in said)


def test_a_view_someone_has_is_theirs() -> None:
    """ "86 percent had a favorable opinion of Clinton", "Trump has plans to build a wall":
    a noun of a view that the subject of "have" holds. "Clinton has the support of most
    unions" is the unions' backing, not hers."""
    said = _said_by(
        "Voters weigh in.\n\n"
        "Most black voters had a favorable opinion of Hillary Clinton.\n\n"
        "Donald Trump has plans to build a wall along the border.\n\n"
        "Clinton has the support of most unions."
    )
    assert said["Hillary Clinton"] == "Most black voters"
    assert said["to build a wall along the border"] == "Donald Trump"
    assert not any("unions" in words for words in said)


def test_what_someone_said_or_asked_about_is_the_content() -> None:
    """ "Trump joked about Jewish stereotypes", "Asked about taking a more forceful approach",
    "The actors are quick to point out that ...": the topic without its preposition, and
    readiness to say something. "Quick to rise" after a thing and "bent out of shape" are
    no views."""
    said = _said_by(
        "Candidates make their case.\n\n"
        "At the forum, Donald Trump joked about Jewish stereotypes.\n\n"
        "Asked about taking a more forceful approach, the senator shrugged.\n\n"
        "The actors are all quick to point out that they are not the real candidates.\n\n"
        "Prices were quick to rise, and the mayor was bent out of shape."
    )
    assert said["Jewish stereotypes"] == "Donald Trump"
    assert "taking a more forceful approach" in said
    assert said["to point out that they are not the real candidates"] == "The actors"
    assert not any("rise" in words or "shape" in words for words in said)


def test_a_reputation_nobody_in_particular_gives_is_unsourced() -> None:
    """ "Ginsburg is known for speaking her mind", "Rubio is seen as the more electable
    choice": a view without a speaker, as "is expected to" is. "Seen at the rally" is a
    sight, and "known for several years" says how long."""
    analysis = _one(
        "The field narrows.\n\n"
        "Ginsburg is known for speaking her mind on other issues.\n\n"
        "Rubio is widely seen as the more electable choice.\n\n"
        "He was seen at the rally on Monday.\n\n"
        "The plan was known for several years.\n\n"
        "Next come the contests known as Super Tuesday."
    )
    found = {q.content.text: q.speaker for q in analysis.quotes}
    assert any("speaking her mind" in words for words in found)
    assert any("the more electable choice" in words for words in found)
    assert "Super Tuesday" in found  # a name, though the tagger reads "Tuesday" as a date
    assert not any("rally" in words or "years" in words for words in found)
    assert all(speaker is None for speaker in found.values())
    assert not any(q.speech for q in analysis.quotes)


def test_how_something_seemed_to_nobody_named_is_an_unsourced_impression() -> None:
    """ "Clinton seemed irritated", "Washington appears weak", "it seems that ...": the
    writer's impression, a view without a speaker (PolNeAR annotates most of them), and so
    is a clause someone "allegedly" did. Not a condition ("if this all seems familiar"), an
    appearance on television, or "looked at"."""
    analysis = _one(
        "The race tightens.\n\n"
        "Clinton seemed irritated by the question.\n\n"
        "Others appeared ready to abandon him.\n\n"
        "It seems that the party has too many superdelegates.\n\n"
        "The senator allegedly assaulted a reporter last week.\n\n"
        "If this all seems familiar, the reason is simple.\n\n"
        "The governor appeared on television and looked at the crowd."
    )
    found = {q.content.text: q for q in analysis.quotes}
    assert any(w.startswith("Clinton seemed irritated") for w in found), list(found)
    assert "Others appeared ready to abandon him" in found, list(found)
    assert "that the party has too many superdelegates" in found, list(found)
    assert any("assaulted a reporter" in words for words in found), list(found)
    assert not any("familiar" in w or "television" in w or "crowd" in w for w in found)
    assert not any("reason" in w for w in found), list(found)  # not what seemed, either
    assert all(q.speaker is None and not q.speech for q in found.values()), found


def test_judging_out_loud_is_a_side_taken() -> None:
    """ "Trump mocked Greta Thunberg", "He rebuked those who have held power": a judgement
    said of someone, the judge's (revision 148), with what for. "Targeted" stays out: the
    army that targeted a convoy said nothing."""
    said = _said_by(
        "The campaign heats up.\n\n"
        "Donald Trump mocked Greta Thunberg at a rally in Ohio.\n\n"
        "The senator rebuked the governor over the budget.\n\n"
        "The army targeted the convoy near the border."
    )
    assert said.get("Greta Thunberg") == "Donald Trump", said
    assert said.get("the governor over the budget") == "The senator", said
    assert not any("convoy" in words for words in said), said


def test_decisions_intentions_and_feelings_named_by_nouns_are_their_holders_views() -> None:
    """ "The DNC's decision to bury the debates", "his refusal to disavow the Klan": a view
    of its owner (revision 149). Inside someone's quoted words such a noun is the speaker's
    words, and the quotation keeps its speaker ("The FDIC's intent to evade oversight is a
    serious offense," Smith said)."""
    said = _said_by(
        "The primary heats up.\n\n"
        "The DNC's decision to bury the debates on weekends angered the candidates.\n\n"
        "Critics seized on Trump's refusal to disavow the Ku Klux Klan.\n\n"
        "\u201cThe FDIC's intent to evade congressional oversight is a serious offense,\u201d "
        "Lamar Smith said."
    )
    assert said.get("to bury the debates on weekends") == "The DNC", said
    assert said.get("to disavow the Ku Klux Klan") == "Trump", said
    smith = "The FDIC's intent to evade congressional oversight is a serious offense"
    assert said.get(smith) == "Lamar Smith", said
    assert "to evade congressional oversight" not in said, said


def test_a_charge_or_judgement_in_the_passive_without_an_agent_is_unsourced() -> None:
    """ "Roof is accused of killing nine people", "McGraw was charged with assault", "is
    considered a key battleground state": a judgement nobody in particular is named for,
    as "is seen as" is (revision 150), and "her focus on gun control" is the owner's
    view. A passive with its agent is not unsourced ("was accused by Democrats of lying")."""
    analysis = _one(
        "The trial opens.\n\n"
        "Dylann Roof is accused of killing nine people inside the church.\n\n"
        "Mr. McGraw was charged with assault and disorderly conduct.\n\n"
        "North Carolina will also be considered a key battleground state.\n\n"
        "Her focus on gun control won votes.\n\n"
        "He was accused by Democrats of lying about the budget."
    )
    found = {q.content.text: q for q in analysis.quotes}
    for words in ("killing nine people", "assault and disorderly", "a key battleground"):
        hits = [q for c, q in found.items() if words in c]
        assert hits and all(q.speaker is None and not q.speech for q in hits), list(found)
    assert found["gun control"].speaker is not None, list(found)
    assert not any("lying" in c and q.speaker is None for c, q in found.items()), found


def test_a_document_sent_or_released_is_no_quotation_until_it_says_something() -> None:
    """ "released a statement Wednesday", "sent a letter to the FBI director": the document
    is named, not what it says (revision 151; on PolNeAR's training texts 50 of 70 such
    objects overlapped nothing annotated). With what it says attached, the object is the
    content: "a statement highlighting ...", "a video that accuses ..."."""
    analysis = _one(
        "The party meets.\n\n"
        "The Democratic National Committee released a statement Wednesday.\n\n"
        "Senator Chuck Grassley sent a letter to the FBI director this week.\n\n"
        "Obama delivered a speech at the convention.\n\n"
        "Trey Gowdy released a statement highlighting the role Congress played.\n\n"
        "Rand Paul has released a video that accuses Cruz of welcoming refugees."
    )
    found = {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}
    assert not {"a statement", "a letter", "a speech"} & set(found), found
    assert found.get("a statement highlighting the role Congress played") == "Trey Gowdy", found
    assert found.get("a video that accuses Cruz of welcoming refugees") == "Rand Paul", found


def test_a_poll_attributes_the_clause_its_phrase_hangs_in_wherever_the_parse_puts_it() -> None:
    """ "in the latest poll" attributes its clause to the poll, also where the parse hangs
    the phrase on a noun of the subject, and "an average of polls" is a poll (revision
    152). A town hall is no poll."""
    analysis = _one(
        "The race tightens.\n\n"
        "President Obama's job approval rating in the latest Washington Post-ABC News Poll "
        "stands at 53%.\n\n"
        "Trump leads Cruz by nine points in the RealClearPolitics average of recent Indiana "
        "polls.\n\n"
        "The governor met voters in the town hall."
    )
    found = {q.content.text: q.speaker.text if q.speaker else None for q in analysis.quotes}
    rating = next((w for w in found if w.startswith("President Obama's job approval")), None)
    assert rating is not None and found[rating] == "the latest Washington Post-ABC News Poll"
    assert found.get("Trump leads Cruz by nine points") == (
        "the RealClearPolitics average of recent Indiana polls"
    ), found
    assert not any("town hall" in w or "met voters" in w for w in found), found


def test_a_title_case_headline_is_parsed_in_the_case_its_body_writes() -> None:
    """ "Hillary Clinton Slams Donald Trump On Abortion": the model read every capitalised
    word as a name and found no verb. The headline is tagged and parsed with its words in
    the body's case (revision 153), and the evidence keeps the article's own words. A name
    that is also a word opening the headline ("Trump Pulling Out") is parsed as written,
    where the model reads it as the name."""
    analysis = _one(
        "Hillary Clinton Slams Donald Trump On Abortion After Supreme Court Ruling\n\n"
        "Hillary Clinton on Monday criticized Donald Trump after the ruling on abortion. "
        "The ruling was a victory for women, she said."
    )
    slams = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == "Slams")
    assert slams.speaker is not None and slams.speaker.text == "Hillary Clinton"
    assert slams.content.text.startswith("Donald Trump"), slams
    names = {m.text for a in analysis.actors for m in a.mentions}
    assert not any("Slams" in n or "Abortion" in n for n in names), names
    pulling = _one(
        "Trump Pulling Out Of Debate In Iowa\n\n"
        "Donald Trump said on Tuesday that he would skip the debate in Iowa."
    )
    mentions = {m.text: a.key for a in pulling.actors for m in a.mentions}
    assert mentions.get("Trump") == mentions["Donald Trump"], mentions


def test_casting_someone_as_something_speaks_casting_a_ballot_does_not() -> None:
    """ "cast her rival as out of touch" is a portrayal, the caster's words; "cast a
    ballot", "cast doubt on" are acts (revision 154)."""
    said = _said_by(
        "The primary heats up.\n\n"
        "Senator Ana Ruiz cast her rival as a friend of the banks.\n\n"
        "More than 13 million people cast a vote for him in the primaries.\n\n"
        "The governor cast doubt on the report."
    )
    # the portrayal is the content, with what she cast her rival as (revision 158)
    assert said.get("her rival as a friend of the banks") == "Senator Ana Ruiz", said
    assert not any("vote" in w or "doubt" in w for w in said), said


def test_a_quotation_interrupted_by_its_attribution_is_one_quotation() -> None:
    """The undated seed's Trump quote: “...,” said Trump in a post on Truth Social. “...” is
    one thing said, as PolNeAR annotates it; the cue, speaker and medium come from the
    attribution between the parts."""
    text = (
        "Hamas released the soldier on Monday.\n\n"
        "“This was a step taken in good faith towards the United States,” said Trump in a "
        "post on Truth Social on Sunday. “Hopefully this is the first of those final steps "
        "necessary to end this brutal conflict.”\n\nThe White House said little more.\n\n"
        "Trump told reporters: “I think this is going to help the talks.” He added, “We will "
        "see results soon.”"
    )
    quotes = [q for q in _one(text).quotes if q.kind == "direct"]
    first, second = quotes
    assert first.content.text.startswith("This was a step")
    assert first.content.text.endswith("brutal conflict")
    assert first.cue is not None and first.cue.text == "said"
    assert first.speaker is not None and first.speaker.text == "Trump"
    assert first.medium is not None and "Truth Social" in first.medium
    # a second part introduced by its own attribution ("He added,") joins the first, and
    # that attribution, between the parts, is the cue that provenance takes out again
    assert second.content.text.startswith("I think") and "results soon" in second.content.text
    assert second.cue is not None and second.cue.text == "added"
    assert second.speaker_key == first.speaker_key


def test_an_attribution_describing_its_speaker_still_parts_one_quotation() -> None:
    """ "..., said Tom Rath, who supports Trump, asking for anonymity. “...”": the clauses
    about the speaker hold stances of their own, which stay, and the two parts are still one
    quotation; words of someone else's between the parts keep them apart."""
    text = (
        "Donors met in Iowa.\n\n"
        "“If I was a donor, I’d want answers,” said Tom Rath, who supports Trump, asking for "
        "anonymity to speak freely. “If they don’t have any more staff, that is a problem.”"
    )
    quotes = _one(text).quotes
    [quote] = [q for q in quotes if q.kind == "direct"]
    assert quote.content.text.startswith("If I was a donor")
    assert "that is a problem" in quote.content.text
    assert any(q.content.text == "Trump" for q in quotes)  # the stance in between stays


def test_quotations_with_attributions_of_their_own_stay_apart() -> None:
    """Two cues are two statements (the Cradle seed: “...,” Netanyahu wrote. ... “...,”
    Netanyahu added); so are parts between which the writer says something else, and a new
    paragraph that opens with its own attribution."""
    text = (
        "Netanyahu spoke on Monday.\n\n"
        '"I thanked President Trump for his assistance," Netanyahu wrote on social media.\n\n'
        '"We discussed the last-ditch effort to release the hostages," Netanyahu added.\n\n'
        '"The plan is ready," the minister said. The crowd cheered loudly at the rally. '
        '"We will carry it out," she said later.\n\n'
        '"We lose because we look unkind," Graham said.\n\n'
        'He continued, "I believe it is not about turnout."'
    )
    quotes = [q for q in _one(text).quotes if q.kind == "direct"]
    assert [q.cue.text if q.cue else None for q in quotes] == [
        "wrote",
        "added",
        "said",
        "said",
        "said",
        "continued",
    ]


def test_a_quotation_carried_on_into_the_next_paragraph_is_one_quotation() -> None:
    text = (
        'Senator Jane Smith spoke to reporters on Tuesday. Smith said: "The bill is a good '
        "start.\n\n"
        '"But we have more work to do before the summer."\n\nThe vote is on Friday.'
    )
    [quote] = [q for q in _one(text).quotes if q.kind == "direct"]
    assert quote.content.text.startswith("The bill is a good start.")
    assert quote.content.text.endswith("before the summer")


def test_a_cue_taking_its_content_through_a_preposition_leaves_it_out() -> None:
    """ "pushed for a ban", "voted against the bill": the content is what the phrase is for
    or against, as PolNeAR marks it."""
    analysis = _one(
        "The police union also pushed for a ban on the rifles. She voted against the bill on "
        "Tuesday."
    )
    contents = {q.cue.text: q.content.text for q in analysis.quotes if q.cue is not None}
    assert contents["pushed"] == "a ban on the rifles"
    assert contents["voted"] == "the bill"


def test_what_a_cue_takes_its_object_as_or_judges_it_for_is_content() -> None:
    """ "described Trump as a con man": the description is what was said, not "Trump"
    alone; so is what someone is blamed or praised for."""
    analysis = _one(
        "The senator blamed the media for the flap. He cited the poll as evidence of momentum."
    )
    contents = {q.cue.text: q.content.text for q in analysis.quotes if q.cue is not None}
    assert contents["blamed"] == "the media for the flap"
    assert contents["cited"] == "the poll as evidence of momentum"


def test_a_subject_the_parse_gave_to_an_aside_speaks() -> None:
    """BASIL (NYT on the House Intelligence Committee): in "Mr. X, clearly prepared for the
    ambush, argued that ..." the model made the name the subject of "prepared" and left
    "argued" with none, so the argument was nobody's, and the next "he signaled" went to the
    previous speaker. "The committee's work would go on" is no one going on speaking."""
    text = (
        "Hearing\n\nThe senator wrote on Twitter that the chairman should resign.\n\n"
        "Mr. Halvorsen, clearly prepared for the ambush, argued that there was a difference "
        "between proving a conspiracy and investigating it. The committee's own work would "
        "go on, he signaled.\n\n"
        "“We will not stop,” the spokesman went on.\n"
    )
    analysis = _one(text)
    said = {words[:12]: name for words, name in _speaker_actors(analysis).items()}
    assert said["that there w"] == "Halvorsen", said
    assert said["The committe"] == "Halvorsen", said
    assert [q.cue.text for q in analysis.quotes if q.cue is not None].count("go") == 0
    went_on = [q for q in analysis.quotes if q.content.text.startswith("We will not")]
    assert [q.speaker.text for q in went_on if q.speaker] == ["the spokesman"]


def test_they_opening_a_sentence_are_the_people_the_sentence_before_is_about() -> None:
    """BASIL (Fox News): "... the lawmakers slammed X for claims of collusion between the
    Trump campaign and Russia. They repeated their demand ..." gave the lawmakers' demand to
    the campaign, the last group named. "They" are the plural subject before: the group it
    names ("GOP representatives"), or no actor when none is named ("the lawmakers")."""
    text = (
        "Demand\n\nIn a letter, the lawmakers slammed Mr. Halvorsen for his claims of collusion "
        "between the Trump campaign and Russia. They said he had to resign at once.\n\n"
        "Several GOP representatives attacked the bill on Friday, citing Democratic Party "
        "rules. They said the bill was a power grab.\n"
    )
    said = {words[:12]: name for words, name in _speaker_actors(_one(text)).items()}
    assert said["he had to re"] is None, said
    assert said["the bill was"] == "GOP", said


@pytest.mark.parametrize(
    ("text", "verb", "kind"),
    [
        ("Rep. Dan Morrow attacked the chairman for driving a false story.", "attacked", "ACCUSE"),
        ("The ad attacked the senator as an elitist hypocrite.", "attacked", "ACCUSE"),
        ("Gunmen attacked the convoy for hours near the border.", "attacked", "ASSAULT"),
        ("Rebels attacked the convoy on Monday.", "attacked", "ASSAULT"),
        ("Schiff signed a letter demanding the report.", "signed", None),
        ("In a letter, obtained by Fox News and signed by every Republican on the committee, "
         "the lawmakers slammed him.", "signed", None),
        ("The two leaders signed the agreement in Doha.", "signed", "AGREE"),
        ("The campaign released a statement on Sunday.", "released", "PUBLISH"),
        ("The video was released after the interview was cancelled.", "released", "PUBLISH"),
        ("Hamas released two hostages on Sunday.", "released", "RELEASE"),
        # PAC (New York Times): idioms of striking and talking are no attack and no talks
        ("Clinton would have to strike a more delicate balance on guns.", "strike", None),
        ("He talks a good game, but I do not know what he believes.", "talks", None),
        ("The two sides struck a deal on Friday to end the fighting.", "struck", "AGREE"),
        ("Israeli jets struck Gaza on Monday.", "struck", "ASSAULT"),
        ("The envoy talked with Hamas leaders in Doha.", "talked", "CONSULT"),
        # PAC (CBS, Fox Business): one sanctions a party to punish it, an act to allow it;
        # "appeal the verdict" contests a ruling; signing checks agrees to nothing
        ("The court found that Trump had sanctioned illegal activities.", "sanctioned",
         "AGREE"),
        ("The US sanctioned three Russian banks on Friday.", "sanctioned", "SANCTION"),
        ("The company said it would appeal the verdict.", "appeal", "REJECT"),
        ("His children played a role by signing checks in the scheme.", "signing", None),
        # BASIL: what one meets without meeting anyone; "demonstrate that" shows
        ("The budget does not meet the needs of the poor.", "meet", None),
        ("The envoy met Hamas leaders in Doha.", "met", "CONSULT"),
        ("Trump must demonstrate that he is strong.", "demonstrate", None),
        # CNN (PAC): "she added, talking about a recent order she signed" met no one
        ("She smiled, talking about a recent order she signed.", "talking", None),
        ("The envoy talked about the truce with Hamas leaders.", "talked", "CONSULT"),
        # PAC: what one kills without killing anyone; a release of goods frees no one
        ("Republicans argue the tax would kill jobs.", "kill", None),
        ("Senate leaders killed the bill.", "killed", None),
        ("The gunman killed two people.", "killed", "ASSAULT"),
        ("Protesters demonstrated outside the embassy.", "demonstrated", "PROTEST"),
        # Vanity Fair (PAC): a problem attacked is no one assaulted
        ("The president will fight to attack climate change.", "attack", None),
        ("Rebels attacked the embassy on Monday.", "attacked", "ASSAULT"),
    ],
)  # fmt: skip
def test_an_event_s_type_reads_what_the_verb_does(text: str, verb: str, kind: str | None) -> None:
    """BASIL: a congressman "attacked" a chairman for his words (ASSAULT), members signing a
    letter or a petition agreed (AGREE), and a statement or report released was a release of
    captives (RELEASE); it is published (PUBLISH), still an act a timeline shows."""
    kinds = [e.type for e in _one(f"Report\n\n{text}\n").events if e.verb.text == verb]
    assert kinds == ([kind] if kind else []), kinds


def test_a_dateline_s_place_is_no_doer() -> None:
    """PAC (New York Times): "LOUISVILLE, Ky. — Donald J. Trump accused Hillary Clinton ..."
    had Louisville accuse her: the parse made the dateline the subject and the name after
    the dash its apposition."""
    text = (
        "LOUISVILLE , Ky. — Donald J. Trump accused Hillary Clinton on Friday of "
        "wanting to let violent criminals out of prison.\n"
    )
    a = _one(text)
    names = {x.key: x.name for x in a.actors}
    [accused] = [e for e in a.events if e.verb.text == "accused"]
    assert names.get(str(accused.actor_key)) == "Donald J. Trump", accused


def test_an_event_s_sides_and_day_are_read_with_care() -> None:
    """BASIL (Fox News): "She consulted with Schiff" after "... calls to remove Schiff" had
    Schiff consult himself, a demand "by April 2" was dated to its deadline, and "the full
    Mueller report" was Mueller."""
    text = (
        "Chairs\n\nSpeaker Nancy Pelosi said on Wednesday that the calls to remove Adam Schiff "
        "were ridiculous. She consulted with Schiff over the weekend.\n\n"
        "Schiff on Monday wrote to the Justice Department, demanding the full Mueller report "
        "by April 2.\n"
    )
    analysis = _one(text, dt.date(2019, 3, 28))
    names = {a.key: a.name for a in analysis.actors}
    by_verb = {e.verb.text: e for e in analysis.events}
    consulted = by_verb["consulted"]
    assert names.get(consulted.actor_key or "") == "Nancy Pelosi"
    assert names.get(consulted.target_key or "") == "Adam Schiff"
    demanding = by_verb["demanding"]
    assert demanding.date != "2019-04-02"
    assert demanding.target is not None and demanding.target_key is None


def test_which_one_is_no_description_and_a_dateline_is_no_part_of_a_phrase() -> None:
    """BASIL (Fox News, NYT on the House Intelligence Committee): "those same Republicans"
    made "same" Fox's word for Republicans, and "WASHINGTON — The House Intelligence
    Committee's first hearing" the NYT's wording of the hearing."""
    text = (
        "WASHINGTON — The House Intelligence Committee’s first hearing since Robert S. "
        "Mueller III completed his report had barely begun when the Republicans walked "
        "out. Those same Republicans and their own allies returned on Friday. The longtime "
        "pro–choice activist spoke.\n"
    )
    text += "Not a single Republican voted for the bill.\n"  # PAC (The Nation): nor "single"
    terms = _one(text).terms
    assert "longtime pro–choice activist" in [t.span.text for t in terms]  # no dateline dash
    descriptors = {t.head for t in terms if t.kind == "descriptor"}
    assert not descriptors & {"same", "own", "single"}, terms
    hearing = [t.span.text for t in terms if t.head == "hearing"]
    assert hearing and all("WASHINGTON" not in h for h in hearing), hearing


def test_of_two_cues_of_the_same_words_the_verb_of_saying_is_shown() -> None:
    """BASIL (Fox News): "President Trump himself went even further ..., tweeting: “...”"
    was shown as what Trump "went"; the cue model reads "went" as a cue there, and of two
    attributions of the same words from the same source the first was kept. PolNeAR's
    "Ms. Sherry smiled and said, ..." had been "smiled"."""
    text = (
        "Resign\n\nPresident Trump himself went even further than the committee on Thursday, "
        "tweeting:\n\n“Congressman Halvorsen should be forced to resign from Congress!”\n\n"
        "When asked whom she supported, Ms. Sherry smiled and said, “I’m waiting for "
        "another candidate to get in the race.”\n"
    )
    cues = {q.content.text[:12]: q.cue.text for q in _one(text).quotes if q.cue is not None}
    assert cues.get("Congressman ") == "tweeting", cues
    assert cues.get("I’m waiting ") == "said", cues


def test_a_people_is_one_group_whatever_its_number(db: Database, tmp_path: Path) -> None:
    """BASIL's actors listed Republican (73 articles) apart from Republicans (117), and
    Democrat from Democrats: "a Republican said" and "Republicans said" are one group, in one
    article and across articles, whichever comes first, named in the plural."""
    counts = _articles_per_actor(
        db,
        tmp_path,
        [
            "Vote\n\nOne Republican abstained on Monday, and the bill failed.\n",
            "Budget\n\nRepublicans rejected the budget on Tuesday. One Republican abstained.\n",
            "Talks\n\nIsraelis marched in Tel Aviv on Friday, and an Israeli was hurt.\n",
        ],
    )
    assert counts.get("Republicans") == 2 and "Republican" not in counts, counts
    assert counts.get("Israelis") == 1 and "Israeli" not in counts, counts


def test_a_speaker_is_named_by_the_phrase_s_own_words() -> None:
    """PAC (Fox News, Daily Beast) and PolNeAR: "“This is so bad,” one CNN on-air talent told
    ..." had the speaker "This is so bad,” one CNN on-air talent" (the parse hung the
    quotation on the subject) and "The Daily Beast" as what was told; "Trump, the
    frontrunner ..., sparred with ... over his claim" was the claim of a man named in the
    sentence before (the parse made "sparred" a participle, with no subject). And "Donald
    Trump's lawyer" is not Trump."""
    text = (
        "Town hall\n\nThe network aired the forum on Wednesday, Oliver Darcy wrote.\n\n"
        "Trump, the frontrunner in the 2024 Republican primary, sparred with the moderator "
        'over his ongoing claim that the 2020 election was "rigged."\n\n'
        "“This is so bad,” one CNN on-air talent told The Daily Beast as the town hall was "
        "still airing.\n\n"
        "Donald Trump's lawyer said the ruling would be appealed.\n"
    )
    a = _one(text)
    names = {x.key: x.name for x in a.actors}
    quotes = {q.content.text: q for q in a.quotes}
    rigged = next(q for w, q in quotes.items() if "rigged" in w)
    assert names.get(str(rigged.speaker_key)) == "Donald Trump"
    bad = quotes["This is so bad"]
    assert bad.speaker is not None and bad.speaker.text == "one CNN on-air talent"
    assert "The Daily Beast" not in quotes
    ruling = next(q for w, q in quotes.items() if "appealed" in w)
    assert ruling.speaker_key is None, names.get(str(ruling.speaker_key))


def test_a_pronoun_after_a_woman_s_name_the_lists_now_know() -> None:
    """PAC (Daily Beast): "Kaitlan" was in no list, so Collins could be "he" and Trump's answer
    "Because now I'm not the president" was hers."""
    text = (
        "Town hall\n\nDonald Trump enjoyed another ovation when Kaitlan Collins asked why he "
        "had changed his view on the debt ceiling, and he answered: “Because now I’m not the "
        "president.”\n"
    )
    a = _one(text)
    names = {x.key: x.name for x in a.actors}
    answer = next(q for q in a.quotes if "not the president" in q.content.text)
    assert names.get(str(answer.speaker_key)) == "Donald Trump"


def test_an_interviewer_s_question_and_a_show_s_title_in_an_interview_write_up() -> None:
    """PAC (ABC News): after "... he told Muir", Muir's question “... Is your age part of
    your own calculation into whether to run again?” Muir pressed Biden. was Biden's
    ("pressed" is no verb of saying, so the words went on from the last speaker), and the
    show's title in 'ABC News "World News Tonight" anchor David Muir' was a quotation."""
    text = (
        "Interview\n\n“There are too many other things we have to finish first,” Biden told "
        'Muir at the White House. President Joe Biden speaks to ABC News "World News '
        "Tonight\" anchor David Muir in an exclusive interview. “You would be 82 when you're "
        "sworn in. Is your age part of your own calculation?” Muir pressed Biden.\n"
    )
    a = _one(text)
    names = {x.key: x.name for x in a.actors}
    question = next(q for q in a.quotes if "calculation" in q.content.text)
    assert names.get(str(question.speaker_key)) == "David Muir"
    assert not [q for q in a.quotes if "World News" in q.content.text]


def test_a_name_beside_the_group_a_number_picks_from_speaks() -> None:
    """PAC (The Nation): "One of the bill's key sponsors, California Democrat Katie Porter,
    chair of ..., explained that ..." was no one's: the name stands beside "sponsors"."""
    text = (
        "Oil\n\nCongress debated the bill on Thursday. One of the bill’s key sponsors, "
        "California Democrat Katie Porter, chair of the House Natural Resources subcommittee "
        "on oversight, explained that the bill targeted Big Oil companies.\n"
    )
    a = _one(text)
    names = {x.key: x.name for x in a.actors}
    [explained] = [q for q in a.quotes if q.cue is not None and q.cue.text == "explained"]
    assert names.get(str(explained.speaker_key)) == "Katie Porter"


def test_a_court_case_is_one_name_not_its_parties() -> None:
    """BASIL and PAC: "Shelby County v. Holder", "Bush v. Gore" and "District of Columbia v.
    Heller" had been mentions of Holder, Bush, Gore and Columbia (and "Heller U.S. Supreme
    Court" one organisation); the model also tags "Citizens United v. FEC" a person."""
    text = (
        "Rulings\n\nThe justices struck down part of the law in Shelby County v. Holder in "
        "2013. Bush v. Gore decided the 2000 election. Since Citizens United v. FEC, money "
        "has flowed. Mrs. Clinton wants to reverse the 2008 District of Columbia v. Heller "
        "U.S. Supreme Court decision, the campaign said. President Vladimir V. Putin of Russia "
        "praised the ruling.\n"
    )
    a = _one(text)
    mentioned = {m.text for x in a.actors for m in x.mentions}
    assert not mentioned & {"Holder", "Bush", "Gore", "Columbia", "Citizens United v. FEC"}
    assert "U.S. Supreme Court" in mentioned, mentioned
    assert "Vladimir V. Putin" in {x.name for x in a.actors}  # an initial is no "v."
    from newsprism.understand.model import load_pipeline

    doc = load_pipeline()("Since Roe v. Wade’s reversal in Gonzales v. Raich 2005, courts changed.")
    cases = [e.text for e in doc.ents if e.label_ == "LAW"]
    assert cases == ["Roe v. Wade", "Gonzales v. Raich"], cases  # no owner's "s", no year


def test_a_list_s_dash_is_no_part_of_a_colon_s_speaker() -> None:
    """PolNeAR (HuffPost's poll newsletter): "- Mark Blumenthal and Jon Cohen: “...”" had the
    speaker "- Mark Blumenthal and Jon Cohen"."""
    text = (
        "Polls\n\nThe caucus results surprised analysts.\n\n- Mark Blumenthal: “Although the "
        "polls failed to predict the result, the signs were there.”\n"
    )
    [quote] = _one(text).quotes
    assert quote.speaker is not None and quote.speaker.text == "Mark Blumenthal"


def test_a_verb_joined_by_or_to_a_negated_one_is_negated_too() -> None:
    """PAC (BuzzFeed News): "He has not confirmed or denied his appearance in the photo" had
    the governor deny it (REJECT); "but" joins no negation. "No longer" negates, and so
    does a negated verb the "to" infinitive it governs."""
    text = (
        "Drag ban\n\nGov. Bill Lee signed the bill on Thursday. He has not confirmed or denied "
        "his appearance in the photo. Russia did not attack but threatened Ukraine. Senator "
        "Hagerty said President Biden is no longer threatening to veto the resolution. The "
        "army shelled the town no longer than a week ago. A lawyer said it would not cost "
        "much to request an inquiry.\n"
    )
    events = {(e.type, e.verb.text): e for e in _one(text).events}
    assert events[("REJECT", "denied")].negated
    assert not events[("THREATEN", "threatened")].negated
    # USA Today (PAC): the timeline had Biden intending to veto, "no longer" lost
    assert events[("THREATEN", "threatening")].negated
    assert events[("REJECT", "veto")].negated
    assert not events[("ASSAULT", "shelled")].negated
    # BASIL: a cost is no intention
    assert not events[("REQUEST", "request")].negated


def test_a_caption_s_words_in_quotation_marks_are_no_one_s() -> None:
    """PAC (Fox News): 'The photo is captioned "Hard Luck Woman."' was a quotation of
    "Multiple media outlets", named in the sentence before."""
    text = (
        "Yearbook\n\nMultiple media outlets are suggesting the governor is guilty of "
        "hypocrisy over a photo from his 1977 high school yearbook. The photo is captioned "
        '"Hard Luck Woman." It shows him in a wig.\n'
    )
    assert not any("Hard Luck" in q.content.text for q in _one(text).quotes)


def test_a_question_who_did_something_reports_no_event() -> None:
    """PAC (CNN): the subhead "Who supports the Willow Project?" was a SUPPORT event whose
    actor was "Who"; a relative "who" is still its noun."""
    text = (
        "Willow\n\nThe oil would take years to reach the market. Who supports the Willow "
        "Project? The senator, who supports the project, met Biden on Friday.\n"
    )
    events = _one(text).events
    assert not any(e.actor is not None and e.actor.text == "Who" for e in events)
    supports = [e for e in events if e.type == "SUPPORT"]
    assert [e.actor.text if e.actor else None for e in supports] == ["The senator"]


def test_agreeing_with_a_view_is_no_agreement() -> None:
    """PAC (Newsweek): "Patton agreed" and "Townsend agreed that ..." were AGREE events of
    two political consultants in a story's timeline; an agreement is agreed to or on."""
    text = (
        "Polls\n\nPatton agreed, saying the charges would help him. Townsend agreed that "
        "the indictment would help. Israel agreed to a ceasefire on Sunday. The two sides "
        "agreed on terms.\n"
    )
    agreed = [e.actor.text for e in _one(text).events if e.type == "AGREE" and e.actor]
    assert agreed == ["Israel", "The two sides"]


def test_a_recall_of_a_person_and_a_run_on_clause_report_no_words() -> None:
    """AP (PAC): "Voters in San Francisco recalled District Attorney Chesa Boudin in June and
    an effort to recall ... George Gascón failed this summer" had the voters say that Gascón
    failed, and Gascón say the rest: a recall of a person is no speech, and a clause put
    before its verb without a comma or quotation mark is the parse running on. A speaker
    after his quotation ("recalled Mr. Rhodes") and a clause set off by a comma still are."""
    analysis = _one(
        "Voters in San Francisco recalled District Attorney Chesa Boudin in June and an effort "
        "to recall Democratic Los Angeles District Attorney George Gascón failed this summer "
        "when organizers were unable to get it onto the ballot. “Several of us were arguing we "
        "have to wait for the moment,” recalled Mr. Rhodes. The recall effort failed, Mr. "
        "Rhodes said."
    )
    cues = sorted(q.cue.text for q in analysis.quotes if q.cue is not None)
    assert cues == ["recalled", "said"], analysis.quotes
    assert all(q.speaker is not None and "Rhodes" in q.speaker.text for q in analysis.quotes)


def test_descriptions_skip_a_name_s_jurisdiction_a_party_member_and_a_party_tag() -> None:
    """AP (PAC) on the Krasner impeachment: framing listed "state" and "Republican-led state"
    as what the AP called the House, "prime sponsor" as what it called Philadelphia (from
    "R-Philadelphia"), and "House speaker" as what it called the Republicans (from
    "currently a Republican")."""
    analysis = _one(
        "The Republican-led state House voted Wednesday to impeach Larry Krasner. State Rep. "
        "Martina White, R-Philadelphia, a prime sponsor of the impeachment resolution, said "
        "he had failed. The resolution directed the House speaker, currently a Republican, to "
        "name two managers. A Democrat, the city's elected mayor, objected. Philadelphia has "
        "1.6 million people. Rep. Kevin Brady, the top Republican on Ways and Means, said the "
        "vote was wrong. The administration hopes that tapping the Strategic Petroleum "
        "Reserve, a move that comes just weeks before the midterm elections, will help. While "
        "more than a dozen other states have passed “heartbeat” bills, Texas on Wednesday "
        "became the largest state to do so. The Texas bill was signed into law."
    )
    names = {a.key: a.name for a in analysis.actors}
    described = {
        (t.span.text, names.get(t.actor_key or "", "")) for t in analysis.terms
        if t.kind == "descriptor"
    }  # fmt: skip
    assert ("prime sponsor", "Martina White") in described, described
    # "the top Republican" is one member: Politico (PAC) had the Republicans called "top"; and
    # "a move" was what tapping the reserve was (AP, PAC), not what the AP called the reserve
    assert not any(text.endswith("move") for text, _ in described), described
    # nor were "bills" Texas, a plural beside one name (National Review, PAC, whose text is
    # tokenised: the parse of that spacing makes Texas the apposition)
    assert not any(name == "Texas" for _, name in described), described
    tokenised = _one(
        "The governor said he would sign a bill that ensures that the life of every unborn "
        "child who has a heartbeat will be saved from the ravages of abortion . ” While more "
        "than a dozen other states have passed “ heartbeat ” bills , Texas on Wednesday became "
        "the largest state to do so . However , the law takes effect in September ."
    )
    assert not [t for t in tokenised.terms if t.kind == "descriptor"], tokenised.terms
    # nor the other way round: "appealed all the way to the Supreme Court, legal scholars —
    # including ... — say" (Politico, PAC) had the court called "legal scholars"
    court = _one(
        "But if the case is appealed all the way to the Supreme Court, legal scholars — "
        "including Jonathan Adler, a law professor who was the architect of a previous "
        "challenge to strike down the ACA — say they’re deeply skeptical that the arguments "
        "will sway Chief Justice John Roberts."
    )
    names = {a.key: a.name for a in court.actors}
    described = {(t.span.text, names.get(t.actor_key or "")) for t in court.terms}
    assert ("legal scholars", "Supreme Court") not in described, described
    # what someone has is not what they are (Politico, PAC: Klobuchar's "personality" and
    # "respect"); "his former aide" is someone
    owned = _one(
        "John Smith, his former aide, said the plan was bad. Numerous Republicans are raving "
        "about Klobuchar — her personality, her respect for the other party. McConnell has "
        "a small gap over his Democratic challenger Alison Lundergan Grimes."
    )
    of_people = [t.span.text for t in owned.terms if t.kind == "descriptor"]
    assert of_people == ["former aide", "Democratic challenger"], of_people
    # a plural describes no one place (New York Post, PAC: "several states" for Texas)
    states = _one(
        "Texas, one state that bans the procedure, passed the law in May. Several states have "
        "passed similar laws since."
    )
    of_states = [t.span.text for t in states.terms if t.kind == "descriptor"]
    assert of_states == ["one state"], of_states
    parties = {"House", "Republican", "Republicans", "Democrat", "Philadelphia"}
    assert not any(name in parties for _, name in described), described


def test_a_name_is_never_cut_into_two_sentences() -> None:
    """CNN (PAC): the parser parted "Avi Kwa | Ame" and "Teacher Jenna | Barbee" into two
    sentences each, so "Ame" said what Hemmers said, and Barbee's words went to a "Barbee"
    apart from Jenna Barbee."""
    analysis = _one(
        "Hemmers, who watched Biden declare his intention to designate Avi Kwa Ame a national "
        "monument in November along with her elderly grandmother – a survivor of the brutal, "
        "federal Native American boarding school program – said seeing the proclamation "
        "finalized would bring an immense sense of “relief.”\n\nShe said some of the parents "
        "may not love their children. Teacher Jenna Barbee of Hernando County said that she "
        "had signed permission slips from parents."
    )
    names = {a.key: a.name for a in analysis.actors}
    speakers = {q.speaker.text for q in analysis.quotes if q.speaker is not None}
    assert "Ame" not in speakers, speakers
    slips = next(q for q in analysis.quotes if "permission slips" in q.content.text)
    assert names[slips.speaker_key or ""] == "Jenna Barbee"


def test_pro_tem_is_part_of_a_title_not_a_person() -> None:
    """BASIL (Fox News): "state Senate President Pro Tem David Long and House Speaker Brian
    Bosma" made "Pro Tem" a person, quoted with Long and Bosma."""
    analysis = _one(
        "Senate President Pro Tem David Long and House Speaker Brian Bosma said the law would "
        "be fixed."
    )
    people = {a.name for a in analysis.actors if a.label == "PERSON"}
    assert people == {"David Long", "Brian Bosma"}, people


def test_a_quoted_title_a_verb_takes_as_its_words_is_no_quotation() -> None:
    """LGBTQ Nation (PAC): Gov. Tate Reeves "signed the “Regulate Experimental Adolescent
    Procedures (REAP) Act”" was a partial quotation of his; PolNeAR's training texts had 19
    such titles of shows, books and songs ("showing “Silent Night”"). A name someone was
    called or branded, and words after "told reporters," still are quotations."""
    analysis = _one(
        "Gov. Tate Reeves on Tuesday signed the “Regulate Experimental Adolescent Procedures "
        "(REAP) Act” into law. Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''\n\nHe "
        "told reporters, “We Will Win.” Senator Mitch McConnell, the majority leader, has "
        "branded it the “Democrat Politician Protection Act” in weekly speeches."
    )
    quoted = [q.content.text for q in analysis.quotes]
    assert not any("REAP" in t for t in quoted), quoted
    assert any("Aunt Tom" in t for t in quoted) and any("We Will Win" in t for t in quoted)
    assert any("Politician Protection" in t for t in quoted), quoted


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ('" ', ' "')])
def test_a_partial_quote_opening_on_quoted_words_keeps_its_opening_mark(
    opening: str, closing: str
) -> None:
    """Found in PAC (USA TODAY on George Floyd's anniversary): 'She called for "unity in the
    community" and greater accountability' had its words start after the opening mark, so
    the closing mark stood alone inside them, unbalanced, in the comparison's quotes."""
    words = f"{opening}unity in the community{closing} and greater accountability in policing"
    text = f"Bridgett Floyd spoke on Thursday. She called for {words}."
    (quote,) = [q for q in _one(text).quotes if q.cue is not None and q.cue.text == "called"]
    assert (quote.kind, quote.content.text) == ("partial", words)


def test_a_headline_glued_on_by_a_colon_after_its_quotation_mark_is_its_own_words() -> None:
    """Found in PAC (USA TODAY): a link to another story, glued in without a space ("'Our
    opportunity to make some real progress':Biden urges Congress ..."), was one word
    "progress':Biden", read as a name that urged Congress and said the quotation before."""
    text = (
        'Bridgett Floyd spoke on Thursday. "That\'s because I have been through so much," she'
        ' said. "I will continue to be his legacy." \'Our opportunity to make some real'
        " progress':Biden urges Congress to pass police reform."
    )
    quotes = _one(text).quotes
    assert [(q.speaker_key, q.content.text[-10:]) for q in quotes if q.kind == "direct"] == [
        ("PERSON:bridgett floyd", "his legacy")
    ]
    assert [q.speaker.text for q in quotes if q.speaker and q.cue and q.cue.text == "urges"] == [
        "Biden"
    ]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The family of George Floyd met President Joe Biden at the White House on Tuesday.",
            "The family of George Floyd",
        ),
        (
            "The lawyer of Michael Cohen met federal prosecutors in New York.",
            "The lawyer of Michael Cohen",
        ),
    ],
)
def test_a_relative_or_lawyer_of_someone_is_not_them(text: str, doer: str) -> None:
    """Found in PAC (USA TODAY): "The family of George Floyd is preparing to host events"
    made George Floyd, killed a year before, the one who hosted them."""
    (event,) = [e for e in _one(text).events if e.verb.text == "met"]
    assert (event.actor.text if event.actor else None, event.actor_key) == (doer, None)


@pytest.mark.parametrize(
    "named",
    ["The regulation, called “The Protect Life Rule,” shores up the program.",
     "The regulation , called “ The Protect Life Rule , ” shores up the program ."],
)  # fmt: skip
def test_a_quoted_name_a_participle_gives_is_no_one_s_words(named: str) -> None:
    """Found in PAC (the Washington Times): 'The regulation, called “The Protect Life
    Rule,” shores up ...' was a quotation of the Trump administration's, the last speaker."""
    text = (
        "The Trump administration issued a rule Friday barring groups that provide abortions"
        f" from federal funds. {named} Critics called it “a gag rule,” and promised to sue."
    )
    quotes = _one(text).quotes
    assert not [q for q in quotes if "Protect Life" in q.content.text]
    assert [q.content.text for q in quotes if q.cue and q.cue.text == "called"] == [
        "it “a gag rule,”"
    ]


def test_a_verb_that_brings_in_its_own_quotation_does_not_claim_the_one_before() -> None:
    """Found in PAC (Townhall): the White House's words after Sarah Huckabee Sanders's went
    to Trump, whose tweet the next sentence brought in after a comma."""
    text = (
        'The White House condemned the ruling. "An issue of this magnitude must go through the'
        ' normal legislative process," White House Press Secretary Sarah Huckabee Sanders said.'
        ' "The president is committed to the rule of law." And President Trump tweeted on'
        ' Wednesday, "It just shows everyone how broken and unfair our Court System is."'
    )
    quotes = [q for q in _one(text).quotes if q.kind != "indirect"]
    committed = [q.speaker_key for q in quotes if "rule of law" in q.content.text]
    tweeted = [q.speaker_key for q in quotes if "Court System" in q.content.text]
    assert (committed, tweeted) == (["PERSON:sarah huckabee sanders"], ["PERSON:trump"])


def test_a_partial_quote_keeps_its_closing_mark_past_a_tokenised_text_s_spaces() -> None:
    """Found in PAC (Townhall), whose texts are tokenised: 'were " arbitrary , capricious
    and an abuse of discretion . "' lost its closing mark, leaving the opening one unpaired."""
    text = (
        "Judge William Alsup ruled against the government on Tuesday . He added that its"
        ' arguments were " arbitrary , capricious and an abuse of discretion . " The White'
        " House condemned the ruling ."
    )
    (quote,) = [q for q in _one(text).quotes if q.cue is not None and q.cue.text == "added"]
    assert quote.content.text.endswith('abuse of discretion . "'), quote.content.text


def test_a_role_noun_goes_to_the_holder_its_last_sentence_is_about() -> None:
    """Found in PAC (NYT on DACA): "President Trump argued that Mr. Obama's actions were
    unconstitutional" then "the president's decision to end the policy" gave Obama, named
    last, the decision; the sentence before is Trump's."""
    text = (
        "President Barack Obama created the program in 2012. President Trump argued that Mr."
        " Obama's actions were unconstitutional. Critics of the president's decision to end"
        " the policy sued the administration."
    )
    actors = {a.key: [m.text for m in a.mentions] for a in _one(text).actors}
    assert "the president" in actors["PERSON:trump"], actors
    assert "the president" not in actors["PERSON:barack obama"]


def test_a_source_that_reports_a_quotation_leaves_its_speaker_to_go_on() -> None:
    """Found in PAC (Washington Times): '“...,” he said, according to NBC News. “And that's
    what we do ...”' gave the words after to NBC News."""
    text = (
        "Gov. Chris Christie spoke to reporters in London on Monday. “You know it's much more"
        " important what you think as a parent,” he said, according to NBC News. “And that's"
        " what we do. But parents need to have some measure of choice.”"
    )
    quotes = _one(text).quotes
    assert [q.speaker_key for q in quotes if "measure of choice" in q.content.text] == [
        "PERSON:chris christie"
    ]


def test_a_sentence_saying_there_is_something_is_its_own_statement() -> None:
    """Found in PAC (HuffPost): Obama's last words, after his "he added", went to the CDC
    of the next sentence, "The CDC has said there are at least 102 reported cases"."""
    text = (
        "“You should get your kids vaccinated,” President Obama added. “It's good for them.”"
        " The CDC has said there are at least 102 reported cases of measles in 14 states."
    )
    (good,) = [q for q in _one(text).quotes if "good for them" in q.content.text]
    assert good.speaker_key == "PERSON:obama"


def test_a_participle_after_a_possessed_remark_is_the_possessor_s() -> None:
    """Found in PAC (HuffPost): "President Barack Obama's recent remarks urging parents to
    get their children “fully vaccinated”" had gone to the nurse of the sentence before."""
    text = (
        "Christie spoke after nurse Kaci Hickox threatened to sue the governor. His comments"
        " break from President Barack Obama's recent remarks urging parents to get their"
        " children “fully vaccinated” amid an outbreak of measles."
    )
    (urging,) = [q for q in _one(text).quotes if q.cue is not None and q.cue.text == "urging"]
    assert urging.speaker_key == "PERSON:barack obama"
    # a pronoun too, unless it may stand for the sentence's subject (BASIL)
    text = (
        "Paul Ryan will speak at Georgetown on Thursday. In their letter to Ryan, the scholars"
        " object to his recent comments defending his budget on “Christian grounds.” Later"
        " Ryan revised his statement explaining that he had “no regrets.”"
    )
    said = {q.cue.text: q.speaker for q in _one(text).quotes if q.cue is not None}
    assert said["defending"] is not None and said["defending"].text == "his"
    assert said["explaining"] is not None and said["explaining"].text == "Ryan"


def test_a_source_that_reports_someone_saying_leaves_them_to_go_on() -> None:
    """Found in PAC (Mother Jones): '“I beg and beseech my fellow legislators to come to the
    floor,” The Oregonian reported Courtney saying. “If you're mad, take it out on me.”'
    gave the second quotation to The Oregonian."""
    text = (
        "Senate President Peter Courtney opened the session on Thursday. “I beg and beseech my"
        " fellow legislators to come to the floor,” The Oregonian reported Courtney saying, as"
        " he placed his head in his hands. “If you're mad, take it out on me. Come at me.”"
    )
    (mad,) = [q for q in _one(text).quotes if "If you" in q.content.text]
    assert mad.speaker_key == "PERSON:peter courtney"


def test_a_part_of_a_group_or_a_gerund_s_object_is_no_description() -> None:
    """Found in PAC (the Washington Post): "white Americans" and "black Americans" made
    "white" and "black" the Post's words for Americans, and "Twitter has started
    fact-checking Trump" made "fact-checking" one for Trump."""
    text = (
        "President Trump spoke on Friday. Angry Democrats walked out of the chamber. Twitter"
        " has started fact-checking Trump. Black Americans voted for Biden, and white"
        " Americans did not."
    )
    terms = {t.span.text: t.actor_key for t in _one(text).terms if t.kind == "descriptor"}
    assert terms == {"Angry": "NORP:democrat"}, terms


def test_what_someone_shied_away_from_is_not_done_and_freeing_up_is_no_release() -> None:
    """Found in PAC (the Washington Examiner): "Biden has shied away from increasing
    domestic production and freeing up the permitting process" was a release done; and
    (Politico) "the Supreme Court struck down a nationwide right" an assault."""
    text = (
        "Lipson said Biden has shied away from releasing the prisoners. The agency is freeing"
        " up the permitting process. Hamas freed the hostages on Monday. The Supreme Court"
        " struck down a nationwide right to abortion."
    )
    events = [(e.type, e.verb.text, e.negated) for e in _one(text).events]
    assert events == [
        ("RELEASE", "releasing", True),
        ("RELEASE", "freed", False),
        ("REJECT", "struck", False),
    ], events


def test_a_state_named_after_another_and_a_bare_man_describe_no_one() -> None:
    """Found in PAC (Newsmax, CNN, Al Jazeera): "Kentucky, often an early-reporting state"
    made "the only state" said of North Carolina Kentucky's too, "Mitch McConnell, the man in
    line to ..." made "man" CNN's word for McConnell, "Jared Margolis of the Center for
    Biological Diversity, another US-based group" made him a group, and (NYT) "$300 billion,
    the same amount Democrats aimed for" made Democrats "same amount"."""
    text = (
        "Mitch McConnell, the man in line to become majority leader, spoke on Sunday. Mitch"
        " McConnell, the embattled man, smiled. Kentucky, often an early-reporting state, has"
        " seen fierce races. North Carolina is divided. It is the only state he won once"
        " and lost once. “Good riddance,” said Jared Margolis of the Center for Biological"
        " Diversity, another US-based group. Alberta, an oil-rich province, sells oil to"
        " Texas. The pipeline ran from the Canadian province of Alberta. Democrats met. That"
        " provision would ensure that the package still reduces the federal deficit by as much"
        " as $300 billion, the same amount Democrats aimed for with the original deal."
    )
    terms = {t.span.text: t.actor_key for t in _one(text).terms if t.kind == "descriptor"}
    assert terms == {
        "embattled man": "PERSON:mitch mcconnell",
        "often an early-reporting state": "PLACE:kentucky",
        "oil-rich province": "PLACE:alberta",
        "Canadian province": "PLACE:alberta",
    }, terms


def test_emphasis_added_is_the_writer_s_note() -> None:
    """Found in PAC (Vox): "(emphasis added)" made "emphasis" a speaker who added the
    sentence before it."""
    text = (
        "They have an analysis claiming that you will get the growth (emphasis added): the"
        " office compared this scenario. Smith said the plan would fail."
    )
    quotes = _one(text).quotes
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "added"], quotes
    assert [q.speaker.text for q in quotes if q.speaker is not None][-1:] == ["Smith"]


def test_the_former_or_first_president_is_not_the_sitting_one() -> None:
    """Found in PAC (Vox, Newsweek): with "President Joe Biden" in the article, Trump's
    "the first president in US history to be charged" and "a good president" were Biden's
    words, and "Former U.S." was Newsweek's word for Trump."""
    text = (
        "President Joe Biden spoke on Monday. Donald Trump became the first president in US"
        " history to be charged with a crime. Voters think Trump was a good president. Many"
        " are not enamored of the former president. Former U.S. President Donald Trump denied"
        " it."
    )
    analysis = _one(text)
    biden = next(a for a in analysis.actors if a.key == "PERSON:joe biden")
    assert [m.text for m in biden.mentions] == ["Joe Biden"]
    terms = {t.span.text: t.actor_key for t in analysis.terms if t.kind == "descriptor"}
    assert terms == {
        "first president": "PERSON:donald trump",
        "good president": "PERSON:donald trump",
        "former president": "PERSON:donald trump",
    }, terms


def test_according_to_closing_a_clause_is_not_the_clause_s_words() -> None:
    """Found in PAC (the Daily Wire): "... by claiming that Biden “mistakenly stated ...,”
    according to a reporter" gave the White House "according to a reporter" as its words,
    so the reporter's report of them was listed as a quote of its own."""
    text = (
        "Biden spoke in Massachusetts on Wednesday. The White House later responded by claiming"
        " that Biden “mistakenly stated that he has cancer,” according to a reporter."
    )
    (claim,) = [q for q in _one(text).quotes if q.cue is not None and q.cue.text == "claiming"]
    assert claim.content.text == "that Biden “mistakenly stated that he has cancer,”"


@pytest.mark.parametrize(
    ("text", "verb", "doer", "mode", "negated"),
    [
        ("Rachel Self accused DeSantis of kidnapping the migrants.", "kidnapping", "DeSantis",
         "alleged", False),
        ("The senator was accused of threatening a reporter.", "threatening", "The senator",
         "alleged", False),
        ("He was charged with killing two officers.", "killing", "He", "alleged", False),
        ("Police prevented the crowd from attacking the embassy.", "attacking", "the crowd",
         "asserted", True),
        ("Rebels attacked the embassy on Monday.", "attacked", "Rebels", "asserted", False),
    ],
)  # fmt: skip
def test_what_someone_is_accused_of_is_alleged_and_theirs(
    text: str, verb: str, doer: str, mode: str, negated: bool
) -> None:
    """Found in PAC (Breitbart): "Rachel Self accused DeSantis of “kidnapping” the migrants"
    had the lawyer kidnap them, as a deed done."""
    event = next(e for e in _one(text).events if e.verb.text == verb)
    assert (event.actor.text if event.actor else None, event.mode, event.negated) == (
        doer,
        mode,
        negated,
    )


def _speaker_words(text: str, words: str) -> str | None:
    """The speaker's words for the one quote of ``text`` whose content holds ``words``."""
    (quote,) = [q for q in _one(text).quotes if words in q.content.text]
    return quote.speaker.text if quote.speaker is not None else None


def test_a_name_the_tagger_took_for_an_adjective_still_speaks() -> None:
    """Found in PAC (Politico): in '“...,” compromise, said O’Dea, who said ...' the tagger
    made "O’Dea" an adjective, and the words went to the senators named before."""
    text = (
        "Several Republican senators criticized the bill. “A Republican ban is as reckless and"
        " tone deaf as is Joe Biden and Chuck Schumer’s hostility to” compromise, said O’Dea,"
        " who said he supports protecting abortion access early in pregnancies."
    )
    assert _speaker_words(text, "reckless") == "O’Dea"
    # only a subject: as the object of "would like Trump to further explain" (tagged a verb)
    # a name is not the one whose words follow (PolNeAR training texts)
    text = (
        "Nance said she would like Trump to further explain his stance on Planned Parenthood"
        ' but supports his candidacy because there is "no question" he is "the most pro-life'
        ' of the two."'
    )
    (two,) = [q for q in _one(text).quotes if q.cue is not None and q.cue.text == "explain"]
    assert two.speaker is not None and two.speaker.text == "she"


def test_a_cue_read_as_an_adjective_of_the_name_after_it_gives_that_name() -> None:
    """Found in PAC (The Root): '“This is the inevitable endpoint of “equity,” tweeted
    conservative activist Christopher F. Rufo' had no speaker (the parse read "tweeted" as
    an adjective of "activist"), and went to the school district's spokesperson before it."""
    text = (
        "A spokesperson for the district defended the contract on Monday. “This is the"
        " inevitable endpoint of equity,” tweeted conservative activist Christopher F. Rufo."
    )
    (endpoint,) = [q for q in _one(text).quotes if "endpoint" in q.content.text]
    assert endpoint.speaker_key == "PERSON:christopher f. rufo"


def test_a_verb_after_a_quotation_that_took_words_of_its_own_does_not_claim_it() -> None:
    """Found in PAC (the Daily Caller): the victim's mother's “Everything that they're
    saying against him is a lie.” went to Todd Rokita, who "called for an investigation"
    in the next sentence."""
    text = (
        "The mother of the victim told Telemundo that the media is lying about Fuentes. “Yes,"
        " but she’s fine,” she said about her daughter. “Everything that they’re saying against"
        " him is a lie.” Republican Indiana Attorney General Todd Rokita called for an"
        " investigation into the rape."
    )
    assert _speaker_words(text, "is a lie") == "she"
    # nor "Polls consistently show significant public support" (HuffPost)
    text = (
        "“I don’t think we have to get it done all at once,” Murphy said in an MSNBC interview."
        " “In fact, they’ll get a lot more supporters in their home states.” Polls consistently"
        " show significant public support for stricter gun control laws."
    )
    assert _speaker_words(text, "supporters") == "Murphy"


def test_who_after_a_description_set_off_beside_a_name_is_the_name() -> None:
    """Found in PAC (HuffPost): "Antonin Scalia ― a conservative icon ― who had declared"
    listed "a conservative icon ―" among whom HuffPost quotes."""
    text = (
        "Biden cited former Supreme Court Justice Antonin Scalia ― a conservative icon ― who"
        " had declared that the Second Amendment was “not unlimited.”"
    )
    (declared,) = [q for q in _one(text).quotes if q.cue is not None and q.cue.text == "declared"]
    assert declared.speaker_key == "PERSON:antonin scalia"


def test_a_headline_in_a_labelled_bracket_quotes_no_one() -> None:
    """Found in PAC (the Daily Caller): "( RELATED : Democratic Rep Promises To ‘ Abolish ’
    The Filibuster ... )" listed "Democratic Rep" among whom the outlet quotes."""
    text = (
        "Massie spoke on the floor . ( RELATED : Democratic Rep Promises To ‘ Abolish ’ The"
        " Filibuster And ‘ Expand ’ The Supreme Court If He Does n’t Get His Way On Gun Control"
        " ) In the upper chamber , Cornyn said the talks were serious ."
    )
    speakers = [q.speaker.text for q in _one(text).quotes if q.speaker is not None]
    assert speakers == ["Cornyn"], speakers


def test_a_quotation_inside_a_sentence_of_saying_is_its_subject_s() -> None:
    """Found on PolNeAR training texts (HuffPost): in "Sanders promised Sunday at a Las
    Vegas rally to end “the excessively wasteful $18 million deportation regime.”" the
    quotation, which no cue takes (the promise's infinitive is no quotation of its own),
    went to the people named in the sentence before once the next sentence's "saying"
    was no longer read as its attribution."""
    text = (
        "Hillary Clinton and Martin O’Malley have pledged to expand the programs as well."
        " Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful $18"
        " million deportation regime.” He echoed that promise on Monday, saying he would"
        " direct the agency to stop deportations."
    )
    assert _speaker_words(text, "deportation regime") == "Sanders"


def test_a_label_before_a_quotation_is_not_the_speakers_words() -> None:
    """Axios (PAC): 'What she's saying: "The judicial branch ...," Jackson said' had the
    label inside Jackson's words, as a partial quote; and found by both cues it was listed
    twice. A label of many words is a sentence of its own and stays."""
    text = (
        "Judge Ketanji Brown Jackson spoke on Wednesday. What she's saying: \"The judicial "
        'branch is a force in our system," Jackson said.'
    )
    (quote,) = [q for q in _one(text).quotes if "judicial" in q.content.text]
    assert quote.content.text == "The judicial branch is a force in our system"
    assert quote.kind == "direct"


def test_a_study_from_someone_is_theirs() -> None:
    """The Epoch Times (PAC): "..., according to an analysis from Sen. Ted Cruz (R-Texas)"
    had no speaker. Not a passive's agent: "Bush is followed in the poll by Florida Sen.
    Marco Rubio" (BASIL) is Rubio following, no poll of his."""
    text = (
        "Sen. Ted Cruz questioned the nominee. While a judge, Jackson has given defendants a "
        "sentence on average 47 percent lower than prosecutors recommended, according to an "
        "analysis from Sen. Ted Cruz (R-Texas)."
    )
    assert _speaker_of(text, "While a judge") == "Ted Cruz"
    text = (
        "A Wall Street Journal poll of GOP primary voters shows 23 percent picked former Florida"
        " Gov. Jeb Bush as their first choice.\n\nBush is followed in the poll by Florida Sen. "
        "Marco Rubio with 18 percent, Wisconsin Gov. Scott Walker with 17 percent."
    )
    assert _speaker_of(text, "Bush is followed") is None


def test_a_person_brought_in_by_a_is_whom_he_stands_for() -> None:
    """The New York Post (PAC), a caption: "An asylum seeker from Mexico waits outside the
    San Ysidro Port of Entry, which he hopes to cross" gave the hope to Biden, named before.
    A person named between is still the one: "A reporter asked Biden, and he said"."""
    text = (
        "President Joe Biden vowed to roll back the policies. An asylum seeker from Mexico "
        "waits outside the San Ysidro Port of Entry, which he hopes to cross to plead for "
        "asylum. A reporter asked Biden about it, and he said it was fine. A new campaign "
        "manager, he said, could set a new tone."
    )
    assert _speaker_of(text, "which he hopes") is None
    assert _speaker_of(text, "it was fine") == "Joe Biden"
    assert _speaker_of(text, "A new campaign manager") == "Joe Biden"


def test_they_after_unnamed_sources_are_those_sources() -> None:
    """NBC (PAC): "Sources familiar with the internal planning say the Centers for Disease
    Control informed DHS ... They say DHS is working ..." gave the second report to DHS,
    whom the sources' words named."""
    text = (
        "Sources familiar with the internal planning say the Centers for Disease Control "
        "informed DHS on Tuesday that it planned to lift the title ; the health agency was due "
        "to review the policy on Wednesday as part of a 60 - day schedule . They say DHS is "
        "working to surge resources to the border."
    )
    assert _speaker_of(text, "DHS is working") is None


def test_claiming_asylum_is_no_claim_made() -> None:
    """NBC (PAC): "all migrants who enter to claim asylum" was a quotation of "who" saying
    "asylum". A claim of victory or of fraud is still said."""
    said = _said_by(
        "The plan allows all migrants who enter to claim asylum. The storm claimed 30 lives. "
        "She claimed fraud in the count."
    )
    assert "asylum" not in said and "30 lives" not in said
    assert said["fraud"] == "She"


def test_a_place_read_into_a_name_of_another_kind_is_no_target() -> None:
    """The New York Post (PAC), a caption: "to protest against Title 42 in Tijuana, Mexico"
    was a protest against Mexico: the parse set Mexico beside Title 42. A common noun's
    place is itself: "attacked the capital, Kyiv" targets Kyiv."""
    text = (
        "Migrants and border activists march along a pedestrian bridge to arrive at the San "
        "Ysidro Port of Entry to protest against Title 42 in Tijuana , Mexico , on Monday , "
        "March 21 , 2022 ."
    )
    event = next(e for e in _one(text).events if e.verb.text == "protest")
    assert event.target is not None and event.target.text == "Title 42"
    assert event.target_key is None
    event = next(e for e in _one("Russian forces attacked the capital, Kyiv.").events)
    assert event.target_key is not None and "kyiv" in event.target_key


def test_the_object_of_a_preposition_the_parse_left_bare_does_not_speak() -> None:
    """Politico (PAC): "Many progressive groups that have called for the rule change say
    they're reserving judgment" was said by "the rule change", which the parse made a
    second subject of "say"."""
    text = (
        "Many progressive groups that have called for the rule change say they are reserving "
        "judgment until they see the text."
    )
    assert _speaker_words(text, "reserving judgment") == "Many progressive groups"


def test_emboldening_someone_reports_no_words() -> None:
    """The Federalist (PAC): 'Biden also emboldened pro-abortion “extremist” Xavier Becerra
    ... to dismantle the agency's division' quoted Biden saying "extremist"."""
    said = _said_by(
        "Biden also emboldened pro-abortion “extremist” Xavier Becerra, now the secretary of "
        "HHS, to dismantle the agency’s Conscience and Religious Freedom Division."
    )
    assert not said, said


def test_attackers_who_told_someone_something_said_it() -> None:
    """The Washington Examiner (PAC): "The attackers allegedly placed a noose around his
    neck and threw bleach at him, informing him that "this is Trump country."" gave the
    words to Jussie Smollett, quoted before: "attackers" were no one who could speak."""
    text = (
        "Jussie Smollett claimed he was attacked by two men. The attackers allegedly placed a "
        'noose around his neck and threw bleach at him, informing him that "this is Trump '
        'country."'
    )
    (quote,) = [q for q in _one(text).quotes if q.cue and q.cue.text == "informing"]
    assert quote.speaker is not None and quote.speaker.text == "The attackers"


def test_a_tweet_is_its_writers() -> None:
    """Newsweek (PAC): "Biden's tweet reads, "..."" was quoted as "Biden's tweet", no one
    a reader could follow. Not an office: "Merkel's office said" is not Merkel."""
    text = (
        "Joe Biden expressed support for actor Jussie Smollett. Biden's tweet reads, \"What "
        "happened today must never be tolerated.\" Angela Merkel spoke on Monday. Merkel's "
        "office said she would travel."
    )
    assert _speaker_of(text, "What happened") == "Joe Biden"
    assert _speaker_of(text, "she would travel") is None


def test_a_name_made_into_a_verb_is_not_part_of_the_name_after_it() -> None:
    """The New York Times (PAC): "a shameful attempt to out-Trump Trump" made a person
    "Trump Trump", listed apart from Trump in the comparison's tone table."""
    analysis = _one("Joni Madison said it was a shameful attempt to out-Trump Trump through fear.")
    names = {a.name for a in analysis.actors}
    assert "Trump" in names and "Trump Trump" not in names


def test_a_verb_in_a_reported_clause_takes_no_quotation_before_it() -> None:
    """Fox Business (PAC): '"I don't trust him in court defending leasing," he added,
    suggesting that the president will find "any excuse to not drill."' gave the whole
    sentence to the president ("find"), and then "he added" to him too: Steve Milloy's
    words, quoted as Biden's."""
    text = (
        'Steve Milloy pinned the cancelations on President Biden. "I blame Biden for all lack'
        ' of production," Milloy told FOX Business. "I don\'t trust him in court defending '
        'leasing," he added, suggesting that the president will find "any excuse to not '
        'drill."'
    )
    assert _speaker_of(text, "I don't trust him") == "Steve Milloy"
    assert not any(q.content.text.startswith("any excuse") for q in _one(text).quotes)
    # a closing cue the parse hung on the quotation's last verb still takes all of it
    text = (
        'The White House attacked the estimate as "highly uncertain." "CBO called its own '
        "estimate 'highly uncertain.' We agree,'\" the White House said in a memo."
    )
    assert _speaker_of(text, "CBO called") == "White House"
    # a reported clause right after a quotation, on the sentence's main verb, is its
    # attribution (BASIL)
    text = (
        "Tlaib, who was sworn in as a new member of the 116th Congress on Thursday, was "
        "videotaped that night vowing to impeach the president.\n\n“People love you and you "
        "win,” the video showed Tlaib telling supporters.  “And when your son looks at you and "
        "says: ‘Momma, look you won. Bullies don’t win.’”"
    )
    loved = [q for q in _one(text).quotes if "People love you" in q.content.text]
    assert any("tlaib" in (q.speaker_key or "") for q in loved), loved
    # a verb of speech in such a clause keeps the quotation after it (PolNeAR dev)
    text = (
        "Donald Trump took to Twitter overnight to accuse Clinton’s campaign of being “duped” "
        "by “a con” and encourage Americans to check out what he called Machado’s “sex tape.”"
    )
    assert _speaker_of(text, "sex tape") == "Donald Trump"
    # nor a gerund after its preposition: the quotation is Booker's, not Sessions' (PAC)
    text = (
        "Attorney General Jeff Sessions is reviewing the guidelines for distributors and "
        "growers of marijuana. "
        "Democratic Sen. Cory Booker recently slammed Sessions as “one of the greatest threats"
        " to the safety of our local communities in America,” for threatening state "
        "legalization laws."
    )
    greatest = [q for q in _one(text).quotes if q.content.text.startswith("one of the greatest")]
    assert not any("sessions" in (q.speaker_key or "") for q in greatest), greatest


def test_a_label_naming_a_thing_before_a_colon_is_no_speaker() -> None:
    """NBC (PAC), a list of what a bill holds: "Medicare benefits: The framework would
    expand Medicare coverage ..." was quoted as said by "Medicare benefits". A transcript's
    speaker still is one: "Matthews: Well, speculation is bad.\""""
    said = _said_by(
        "Chris Matthews hosted the show.\n\nMedicare benefits: The framework would expand "
        "Medicare coverage to include a hearing benefit.\n\nMatthews: Well, speculation is bad."
    )
    assert not any("hearing benefit" in words for words in said), said
    assert said["Well, speculation is bad"] == "Matthews"
    # a headline's name the tagger took for a noun, and a lesson from someone, still speak
    said = _said_by(
        "Ann Coulter: And Then There Was the One\n\nThe race is over. A lesson from Loretta "
        "Lynch: 'Be the voice that people hear.'"
    )
    assert said["And Then There Was the One"] == "Ann Coulter"
    assert said["Be the voice that people hear"] == "A lesson from Loretta Lynch"


def test_a_second_said_joined_to_a_reported_clause_of_no_speech_is_the_first_speakers() -> None:
    """CNN (PAC): "The parent, school board member Shannon Rodriguez, has said that Barbee
    should have gotten the specific movie approved ... and said the teacher is “playing the
    victim.”" gave the second "said" to Barbee, the subject of "gotten". A reported clause
    of speech keeps its own speaker: "Merrill says Machado promised ... and said she would"."""
    text = (
        "The parent, school board member Shannon Rodriguez, has said that Barbee should have "
        "gotten the specific movie approved by school administration and said the teacher is "
        "“playing the victim.” Merrill says Machado promised to pay and said she would."
    )
    said = _said_by(text)
    assert said["the teacher is “playing the victim.”"] == "The parent"
    assert said["she would"] == "Machado"


def test_banning_something_quotes_no_one() -> None:
    """PAC: "Mississippi bans most abortions after 15 weeks" and "Twitter banned Meghan Murphy
    for tweeting “Men aren’t women”" were quotations of Mississippi and Twitter, listed among
    whom outlets quote. The one banned for tweeting tweeted it; a law's own quoted words
    are still the law's."""
    said = _said_by(
        "A Mississippi law bans most abortions after 15 weeks. Twitter banned Meghan Murphy "
        "for tweeting “Men aren’t women.” The Tennessee law bans “male or female "
        "impersonators who provide entertainment” from performing."
    )
    assert not any("abortions" in w for w in said), said
    assert said["Men aren’t women"] == "Meghan Murphy"
    assert said["male or female impersonators who provide entertainment"] == "The Tennessee law"
    # words quoted of what someone is praised for showing are the praiser's (PolNeAR)
    said = _said_by(
        "Mike Pence praised Ted Cruz for showing “the courage of his convictions.” Donald Trump"
        " praised Antonin Scalia for questioning affirmative action."
    )
    assert said["the courage of his convictions"] == "Mike Pence"
    assert said["affirmative action"] == "Antonin Scalia"


def test_a_relative_clause_hung_on_the_cue_is_not_what_was_said() -> None:
    """Forbes (PAC): '..., “controlling or contesting nearly half of the country,” the White
    House summary said in defense of the withdrawal, during which a suicide bomb at the
    Kabul Airport took the lives of 13 U.S. service members' gave the bombing to the
    summary: the parse made "took" a clause of "said"."""
    text = (
        "When President Joe Biden entered office the Taliban were in the “strongest military "
        "position” they had been since 2001, “controlling or contesting nearly half of the "
        "country,” the White House summary said in defense of the withdrawal, during which a "
        "suicide bomb at the Kabul Airport took the lives of 13 U.S. service members."
    )
    (quote,) = [q for q in _one(text).quotes if "strongest" in q.content.text]
    assert "suicide bomb" not in quote.content.text


def test_a_number_of_people_who_wrote_is_who_wrote() -> None:
    """PAC: "Does anyone think it a coincidence ...? Sixteen of Thomas’s teammates, who wrote
    an open letter arguing that “...”, don’t." gave the letter to "anyone"."""
    text = (
        "Does anyone think it a coincidence that Lia Thomas smashed records for the women’s "
        "team? Sixteen of Thomas’s teammates, who wrote an open letter arguing that "
        "“biologically, Lia holds an unfair advantage over competition in the women’s "
        "category,” don’t."
    )
    said = _said_by(text)
    assert said[next(w for w in said if w.startswith("an open letter"))] == (
        "Sixteen of Thomas’s teammates, who"
    )
    # "one who" after "was" describes the subject, who speaks (PAC)
    said = _said_by(
        "Joe Biden was one who supported a constitutional amendment and would say that "
        "abortion should be “safe, legal, and rare.”"
    )
    assert "one who" not in said.values(), said


def test_words_set_off_beside_someones_pledge_are_theirs() -> None:
    """Fox Business (PAC): 'Doocy noted Biden’s 2019 pledge – "I guarantee you, we’re going
    to end fossil fuel" – and asked ...' quoted Doocy saying Biden's words."""
    text = (
        "Fox News reporter Peter Doocy questioned Joe Biden on Friday. Doocy noted Biden’s 2019"
        ' pledge – "I guarantee you, we’re going to end fossil fuel" – and asked whether that '
        "means the project will be dead."
    )
    assert _speaker_of(text, "I guarantee you") == "Joe Biden"
    # the parse gave "asked" the quotation's "I" as subject: no speaker a reader could use
    assert _speaker_words(text, "whether that means") != "I"


def test_a_quoted_slogan_naming_a_stance_quotes_no_one() -> None:
    """USA TODAY (PAC): 'Biden has worked to distance himself from the "defund the police"
    mantra of the left' was quoted as Biden's, who was quoted just before."""
    said = _said_by(
        '"I support D.C. statehood and home-rule," Joe Biden said on Friday. Biden has worked '
        'to distance himself from the "defund the police" mantra of the left.'
    )
    assert "defund the police" not in said, said


def test_a_quotation_ending_its_sentence_is_not_given_to_a_cue_with_its_own_words() -> None:
    """Fox (PAC): 'NBC News went even further with its story, "Tennessee governor appears to
    have dressed in drag, an art form he wants to restrict." One Nashville drag performer
    called it "hypocritical," telling NBC News, "He's saying: ..."' gave NBC's headline to
    the performer, and joined it to her words."""
    text = (
        'NBC News went even further with its story, "Tennessee governor appears to have dressed'
        ' in drag, an art form he wants to restrict." One Nashville drag performer called it '
        '"hypocritical," telling NBC News, "He’s saying: ‘It’s OK for straight people to do '
        'it, but not the gay community.’ That’s the message he’s delivering to the people."'
    )
    said = _said_by(text)
    headline = next(w for w in said if w.startswith("Tennessee governor"))
    assert "drag performer" not in headline and said[headline] is None, said
