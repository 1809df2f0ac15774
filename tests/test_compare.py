"""Comparing a story across outlets, with the real pipeline: the seeds' sections, a wire copy
counted once, quantities matched by what they count, a single-article story, hostile text in
the HTML and Markdown reports, and the CLI."""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import replace
from itertools import permutations
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import write
from newsprism.cli import app
from newsprism.compare import CompareOptions, compare
from newsprism.compare.framing import pronoun_label
from newsprism.compare.material import Account
from newsprism.compare.records import Comparison
from newsprism.compare.report import to_html, to_markdown
from newsprism.compare.run import compare_articles
from newsprism.compare.timeline import merged_timeline
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database
from newsprism.stories import cluster
from newsprism.understand.analyze import AnalyzeOptions, analyze
from newsprism.understand.records import Analysis, Event, Quote, Span

QUAKE_A = """Earthquake kills 26 in northern Peru

LIMA — A magnitude 7.1 earthquake struck northern Peru on Sunday, killing 26 people and
injuring dozens, the national emergency agency said. Rescue teams were searching collapsed
homes in the town of Jaen, where most of the victims lived.

President Dina Boluarte said the army had been sent to help with the rescue. "We will not
leave anyone under the rubble," Boluarte said in a televised address.

Boluarte visited Jaen on Monday to meet rescue teams.
"""

QUAKE_B = """Peru earthquake: 31 dead as rescuers dig through rubble in Jaen

A powerful earthquake of magnitude 7.1 hit northern Peru on Sunday, and 31 people were killed,
according to the regional governor. Rescue teams searched collapsed homes in Jaen through the
night.

"We will not leave anyone under the rubble," President Dina Boluarte said, adding that the
army had been deployed.

Boluarte visited Jaen on Saturday to meet rescue teams.
"""

MUSING = """A quiet column about nothing much

What a strange season it has been. Nothing feels simple anymore, and everyone seems tired.
Perhaps that is fine.
"""

BRIDGE_A = """Coastal bridge opens after six years of work

Chilean President Marta Rojas opened the new coastal bridge at Valparaiso on Friday. The
Chilean president said the bridge would halve travel times between the port and the capital.
"""

BRIDGE_B = """Valparaiso bridge opens amid cost overruns

The embattled leader Marta Rojas opened a coastal bridge at Valparaiso on Friday after years
of delays and cost overruns, officials said. Rojas said travel times would be halved.
"""

HOSTILE = """Protest turns <script>alert('x')</script> violent in capital

Police said on Friday that 12 officers were hurt when a protest in the capital turned violent,
and that [a link](javascript:alert(1)) had spread online before the march. The interior
minister, Jan Novak, said the organisers would be prosecuted. <img src=x onerror=alert(2)>
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Database:
    seeds = Path(__file__).resolve().parents[2] / "shared" / "data" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/data/seeds is absent")
    folder = tmp_path_factory.mktemp("compare")
    cradle = next(seeds.glob("000*")).read_text(encoding="utf-8")
    write(
        folder / "copy.txt", " date 2025-05-13 Via Wire Reprint Daily\n" + cradle.split("\n", 1)[1]
    )
    write(folder / "quake_a.txt", " date 2025-03-10 Via Andes Herald\n\n" + QUAKE_A)
    write(folder / "quake_b.txt", " date 2025-03-10 Via Pacific Wire\n\n" + QUAKE_B)
    write(folder / "bridge_a.txt", " date 2025-04-04 Via Coast Courier\n\n" + BRIDGE_A)
    write(folder / "bridge_b.txt", " date 2025-04-04 Via Harbour Post\n\n" + BRIDGE_B)
    write(folder / "hostile.txt", " date 2025-02-01 Via Unsafe Times\n\n" + HOSTILE)
    write(folder / "musing.txt", " date 2024-11-02 Via Idle Weekly\n\n" + MUSING)
    db = Database(tmp_path_factory.mktemp("compare-db") / "c.db")
    ingest(db, [str(seeds)], IngestOptions(workers=1))
    ingest(db, [str(folder)], IngestOptions(workers=1, published=dt.date(2025, 5, 13)))
    analyze(db, AnalyzeOptions(workers=1))
    cluster(db)
    return db


def _story_with(db: Database, outlet: str) -> str:
    for story in db.stories():
        if outlet in story["outlets"]:
            return str(story["id"])
    raise AssertionError(f"no story with {outlet}: {db.stories()}")


def test_seeds_comparison(corpus: Database) -> None:
    c = compare(corpus, _story_with(corpus, "The Cradle"))
    names = [s.name for s in c.sources]
    assert len(names) == 2 and "The Cradle" in names
    other = next(n for n in names if n != "The Cradle")
    cradle = next(s for s in c.sources if s.name == "The Cradle")
    # The wire reprint agrees by construction: one source, named, and said so.
    assert cradle.also_run_by == ["Wire Reprint Daily"]
    assert any("counted once" in n for n in c.notes)
    assert next(s for s in c.sources if s.name == other).date_inferred
    shared = [f for f in c.facts if f.coverage == "all"]
    assert any(
        any("announced on Monday" in e.text for e in f.evidence)
        and any("Axios reports" in e.text for e in f.evidence)
        for f in shared
    )
    only = c.only_by()
    assert any("only take place under fire" in f.evidence[0].text for f in only["The Cradle"])
    assert any("59 other captives" in f.evidence[0].text for f in only[other])
    assert not any("59 other captives" in e.text for f in shared for e in f.evidence)
    # The rift: denied in one, asserted in the other, each side with its evidence.
    denial = [k for k in c.conflicts if k.kind == "denial"]
    assert denial and {s.source for s in denial[0].sides} == {"The Cradle", other}
    assert any("rift" in s.evidence.text for s in denial[0].sides)
    # Every report says what the conflict is, not only whom it is about.
    assert denial[0].note and html.escape(denial[0].note) in to_html(c)
    assert f"**denial ({denial[0].subject})**: {denial[0].note}" in to_markdown(c)
    # Framing: the same man, a captive in one and a soldier in the other.
    alexander = next(w for w in c.framing.wordings if w.referent == "Edan Alexander")
    assert any("captive" in t for t in alexander.by_source["The Cradle"])
    assert any("soldier" in t for t in alexander.by_source[other])
    talks = next(w for w in c.framing.wordings if w.referent == "talk")
    assert any("prisoner exchange" in t for t in talks.by_source["The Cradle"])
    assert any("ceasefire" in t for t in talks.by_source[other])
    assert any(t.term == "regime" and t.source == other for t in c.framing.loaded)
    # Who is quoted by whom.
    assert c.framing.quoted["The Cradle"]["Benjamin Netanyahu"] >= 4
    assert "Benjamin Netanyahu" in c.only_quoted_by["The Cradle"]
    assert "Donald Trump" in c.only_quoted_by[other]
    # Trump's quotation, interrupted by "said Trump in a post on Truth Social", is one
    # version of one quotation, shown with the interruption as " … "
    (trump,) = [g for g in c.quotes if g.speaker == "Donald Trump"]
    (version,) = trump.versions
    assert "loved ones … Hopefully this is" in version.text and "said Trump" not in version.text
    # The release, told by both, is one timeline item dated from each outlet's "Monday".
    release = [t for t in c.timeline if t.type == "RELEASE" and t.actor == "Hamas"]
    assert release and set(release[0].sources) == {"The Cradle", other}
    assert release[0].date == "2025-05-12"
    # The digest cites its outlets on every line and states the dispute as disputed.
    assert c.digest and all(line.sources for line in c.digest)
    assert any(line.kind == "disputed" for line in c.digest)
    assert json.loads(json.dumps(c.as_dict()))["story_id"] == c.story_id


def test_the_digest_names_who_said_a_quoted_sentence(corpus: Database) -> None:
    """A sentence from inside a quotation whose cue is in another sentence is given its
    speaker; every line's quotation marks are balanced."""
    c = compare(corpus, _story_with(corpus, "The Cradle"))
    only = [line.text for line in c.digest if line.kind == "only"]
    assert any(
        t.startswith("Only The Cradle reports that Benjamin Netanyahu said: “") for t in only
    )
    for line in c.digest:
        assert line.text.count("“") == line.text.count("”") and line.text.count('"') % 2 == 0


def test_a_listed_sentence_says_whose_quoted_words_it_is(corpus: Database) -> None:
    """A fact's sentence from inside a quotation attributed in another sentence is marked
    with its speaker in the record and in every report; one naming its speaker, or the
    outlet's own words, is not."""
    c = compare(corpus, _story_with(corpus, "The Cradle"))
    sentences = {ev.text: ev for f in c.facts for ev in f.evidence}
    born = next(ev for t, ev in sentences.items() if t.startswith("They’re born in a certain"))
    assert born.speaker == "Benjamin Netanyahu"
    added = next(ev for t, ev in sentences.items() if t.endswith("Netanyahu added."))
    assert added.speaker is None
    captives = next(ev for t, ev in sentences.items() if "59 other captives" in t)
    assert captives.speaker is None
    assert "*According to Benjamin Netanyahu:* They’re born in a certain" in to_markdown(c)
    assert "<em>According to Benjamin Netanyahu:</em> They’re born in a certain" in to_html(c)
    facts = json.loads(json.dumps(c.as_dict()))["facts"]
    assert {"Benjamin Netanyahu", None} <= {ev["speaker"] for f in facts for ev in f["evidence"]}


def test_a_speaker_known_only_as_a_pronoun_is_no_name() -> None:
    """A quoted sentence whose speaker the analysis left as "they" is listed as someone the
    article names earlier, and gives no digest line ("... reports that they said:")."""
    from newsprism.compare.digest import ArticleMarks, Said, with_speakers, write_digest
    from newsprism.compare.records import Evidence, Fact

    text = "The format was messy, but voters need to hear from both of the frontrunners."
    ev = Evidence("A", "a", 200, 200 + len(text), text)
    for speaker, shown, lines in [("they", "someone the article names earlier", 0),
                                  ("Marta Rojas", "Marta Rojas", 1)]:  # fmt: skip
        marks = ArticleMarks(said={"a": [Said(100, 300, (90,), speaker, words=True)]})
        fact = Fact("F1", "one", ["A"], [ev])
        assert len(write_digest([fact], [], CompareOptions(), marks)) == lines
        with_speakers([fact], marks)
        assert fact.evidence[0].speaker == shown and fact.evidence[0] == ev


def test_a_shared_digest_line_is_what_the_outlets_match_on(corpus: Database) -> None:
    """A line citing several outlets quotes the best-matching pair of a shared fact, not a
    sentence that rode in on its own article's neighbour, and a point under dispute is
    stated only as disputed."""
    for story in corpus.stories():
        c = compare(corpus, str(story["id"]))
        disputed = {side.evidence.text.strip() for k in c.conflicts for side in k.sides}
        for fact in (f for f in c.facts if f.coverage != "one"):
            assert len({fact.evidence[i].source for i in fact.core}) == 2
        shared = [line.text for line in c.digest if line.kind == "shared"]
        assert not any(t in disputed for t in shared)
        if "The Cradle" in story["outlets"]:
            assert shared and not any("only living American" in t for t in shared)
            assert not any("growing rift" in t for t in shared)


def test_outlets_take_turns_in_the_digest_for_what_each_alone_reports() -> None:
    """What one outlet alone reports must not crowd out another's: with room for three lines,
    the second outlet's first point is shown though the first outlet has five."""
    from newsprism.compare.digest import write_digest
    from newsprism.compare.records import Evidence, Fact

    def fact(source: str, n: int) -> Fact:
        text = f"{source} point {n} was made on day {n}."
        return Fact(f"{source}{n}", "one", [source], [Evidence(source, source, 0, len(text), text)])

    facts = [fact("A", n) for n in range(5)] + [fact("B", n) for n in range(2)]
    lines = write_digest(facts, [], CompareOptions(digest_lines=3))
    assert [line.sources for line in lines] == [["A"], ["B"], ["A"]]
    assert [line.text.split(": ", 1)[1] for line in lines] == [
        "A point 0 was made on day 0.",
        "B point 0 was made on day 0.",
        "A point 1 was made on day 1.",
    ]


def test_a_shared_digest_line_stands_alone() -> None:
    """Of a shared fact's two versions the digest states the one that needs no sentence
    before it, though the other is shorter: "This comes as ..." has no antecedent there."""
    from newsprism.compare.digest import write_digest
    from newsprism.compare.records import Evidence, Fact

    leaning = "This comes as the mayor reopened the bridge on Friday."
    alone = "The mayor of Valparaiso reopened the coastal bridge on Friday after repairs."
    fact = Fact(
        "F1",
        "all",
        ["A", "B"],
        [Evidence("A", "a", 0, len(leaning), leaning), Evidence("B", "b", 0, len(alone), alone)],
    )
    fact.core = [0, 1]
    assert write_digest([fact], [], CompareOptions())[0].text == alone


def test_a_digest_line_names_whom_its_opening_pronoun_stands_for() -> None:
    """ "He also said ..." alone on a line says nobody: the resolved speaker is inserted in
    brackets, as an editor would; the sentence is otherwise the outlet's own."""
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    text = "He also said the bridge would halve travel times."
    ev = Evidence("A", "a", 100, 100 + len(text), text)
    said = Said(113, 100 + len(text) - 1, (103, 100), "Marta Rojas", (100, 102))
    marks = ArticleMarks(said={"a": [said]})
    line = write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks)[0]
    assert (
        line.text
        == "Only A reports: He [Marta Rojas] also said the bridge would halve travel times."
    )
    # Without a resolved pronoun the line would say nobody: an outlet's own fact that only
    # it reports is left to its section (found on BASIL: "Only hpo reports: It was ...").
    plain = ArticleMarks(said={"a": [Said(113, 148, (103, 100), "Marta Rojas")]})
    assert write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), plain) == []
    # A shared fact whose plainest version is a cut-off piece gives no line either; one with
    # a version that stands alone is stated in it.
    cut = Evidence("B", "b", 0, 40, "and he has denied having said that.")
    whole = Evidence("A", "a", 0, 45, "The mayor denied the bridge plan on Monday.")
    shared = Fact("F2", "several", ["A", "B"], [ev, cut], core=[0, 1])
    assert write_digest([shared], [], CompareOptions(), plain) == []
    shared = Fact("F2", "several", ["A", "B"], [whole, cut], core=[0, 1])
    assert [x.text for x in write_digest([shared], [], CompareOptions(), plain)] == [whole.text]
    # A short quoted phrase does not make the outlet's sentence someone's words (BASIL: "Bush
    # Doctrine said: “The Obama Doctrine is a slightly saltier version of ...”").
    phrase = "The doctrine is a saltier version of “Don’t Do Stupid Stuff.”"
    ev = Evidence("A", "a", 0, len(phrase), phrase)
    marks = ArticleMarks(said={"a": [Said(38, 60, (), "Bush Doctrine")]})
    line = write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks)[0]
    assert line.text == f"Only A reports: {phrase}"
    # A dateline opening the article's first sentence is no part of a digest line (BASIL:
    # "NEW YORK -- U.S. Sen. Marco Rubio set forth ..."); "US - China" later on is text.
    for start, text, shown in [
        (20, "NEW YORK -- Sen. Rubio set forth a foreign policy.", "Sen. Rubio set forth"),
        (20, "WASHINGTON ― President Trump renewed his attack.", "President Trump renewed"),
        (20, "US - China talks resumed on Monday.", "US - China talks"),
        (2000, "MIAMI -- A quoted headline of another story.", "MIAMI --"),
    ]:
        ev = Evidence("A", "a", start, start + len(text), text)
        line = write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), plain)[0]
        assert line.text.startswith(f"Only A reports: {shown}")
    # A pronoun speaker after the quotation is named too.
    quoted = "“The bridge will halve travel times,” she said."
    ev = Evidence("A", "a", 0, len(quoted), quoted)
    marks = ArticleMarks(said={"a": [Said(1, 36, (38, 42), "Marta Rojas", (38, 41))]})
    line = write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks)[0]
    assert line.text.endswith("she [Marta Rojas] said.")
    # "it" is not named (BASIL, NYT: "But it [Wyoming Senate] did little to placate her
    # sister", "did" read as a cue): a thing resolved as a speaker; the line says nobody.
    lean = "But it did little to placate her sister."
    ev = Evidence("A", "a", 0, len(lean), lean)
    marks = ArticleMarks(said={"a": [Said(18, 39, (7, 4), "Wyoming Senate", (4, 6))]})
    assert write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks) == []


def test_a_shared_digest_line_cites_only_the_outlets_that_carry_its_sentence() -> None:
    """Average-link lets a third outlet join a fact through the group as a whole; the line
    that states one sentence of it cites that sentence's outlet and the outlets with a
    sentence that matches it by itself, not the third (BASIL: HuffPost cited for a senator's
    words it never carried)."""
    import numpy as np

    from newsprism.compare.align import align
    from newsprism.compare.digest import write_digest
    from newsprism.compare.material import Sentence
    from newsprism.understand.records import Claim

    texts = [
        "The senator said the talks on the budget would resume on Tuesday in the capital.",
        "Talks on the budget resume on Tuesday in the capital, the senator said.",
        "The budget office published its forecast of revenue for the coming decade.",
    ]
    sentences = []
    for i, text in enumerate(texts):
        account = Account(f"a{i}", "ABC"[i], text, None, False, Analysis(f"a{i}"))
        claim = Claim(Span(0, len(text), text), ())
        sentences.append(Sentence(i, account, claim, np.ones(2, dtype=np.float32), frozenset(),
                                  False))  # fmt: skip
    options = CompareOptions()
    # A and B match (0.9); C matches B well enough (0.7) but not A (0.55): the mean of C
    # against the pair (0.625) still reaches the threshold (0.62).
    scores = np.array([[1, 0.9, 0.55], [0.9, 1, 0.7], [0.55, 0.7, 1]], dtype=np.float32)
    (fact,) = align(sentences, options, scores, {})
    assert fact.sources == ["A", "B", "C"] and fact.backing == [["B"], ["A", "C"], ["B"]]
    (line,) = write_digest([fact], [], options)
    stated = next(e for e in fact.evidence if e.text in line.text)
    expected = {"A": ["A", "B"], "B": ["A", "B", "C"]}[stated.source]
    assert line.sources == expected


def test_a_sentence_inside_someone_s_quotation_has_that_speaker_as_its_doer() -> None:
    """The doer penalty keeps two people's like words apart; a sentence of a quotation whose
    cue comes after it ("“... No one is above the law.” Mr. Sanders wrote.") had no doer,
    so nyt's Sanders and fox's Booker were one fact on BASIL."""
    import numpy as np

    from newsprism.compare.material import _sentences
    from newsprism.understand.embeddings import to_blob
    from newsprism.understand.records import Claim

    text = (
        "“I call on the administration to release the report. No one is above the law.” "
        "Mr. Sanders wrote on Twitter. Officials met on Monday to discuss the report."
    )
    first = text.index("I call")
    second = text.index("No one")
    third = text.index("Officials")
    content = Span(first, text.index(".”") + 1, text[first : text.index(".”") + 1])
    cue_at = text.index("wrote")
    quote = Quote(content, "direct", Span(text.index("Mr."), cue_at - 1, "Mr. Sanders"), "p1",
                  Span(cue_at, cue_at + 5, "wrote"))  # fmt: skip
    vector = to_blob(np.ones(4, dtype=np.float32) / 2)
    claims = [
        Claim(Span(a, b, text[a:b]), ("attribution",), vector)
        for a, b in ((first, second - 1), (second, cue_at + 18), (third, len(text)))
    ]
    analysis = Analysis("a", quotes=[quote], claims=claims)
    sentences = _sentences([Account("a", "A", text, None, False, analysis)])
    assert [sorted(s.doers) for s in sentences] == [["p1"], ["p1"], []]


@pytest.mark.parametrize(
    ("other", "cited"),
    [
        # B quotes someone else in like words: Sanders's words cite A alone, and B's line
        # (Booker's words, named in it) cites B alone, so the fact gets no shared line
        ("Senator Cory Booker wrote that “no one, not even the president, is above the law.”",
         None),
        # B gives the same words to the same person: one line, both outlets
        ("Senator Bernie Sanders wrote that “no one, not even the president, is above the law.”",
         ["A", "B"]),
    ],
)  # fmt: skip
def test_someone_s_words_cite_only_the_outlets_that_give_them_to_that_person(
    other: str, cited: list[str] | None
) -> None:
    """Found on BASIL: nyt's Sanders ("No one, including the president, is above the law")
    and fox's Booker were one fact, and the digest said "Bernie Sanders said: ..." citing
    both outlets."""
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    own = "“No one, including the president, is above the law.”"
    quoted = other.index("“")
    a, b = Evidence("A", "a", 100, 100 + len(own), own), Evidence("B", "b", 0, len(other), other)
    speaker = "Cory Booker" if "Booker" in other else "Bernie Sanders"
    marks = ArticleMarks(
        said={
            "a": [Said(101, 100 + len(own) - 2, (300,), "Bernie Sanders", words=True)],
            "b": [Said(quoted + 1, len(other) - 2, (0, 16), speaker, words=True)],
        }
    )
    fact = Fact("F1", "all", ["A", "B"], [a, b], core=[0, 1], backing=[["B"], ["A"]])
    lines = [line for line in write_digest([fact], [], CompareOptions(), marks)]
    if cited is None:
        assert lines == [], lines
    else:
        (line,) = lines
        assert line.sources == cited, line


def test_a_line_giving_someone_s_very_words_cites_only_outlets_that_carry_them() -> None:
    """BASIL: HuffPost and Fox both quote Pelosi praising the bill, in different words, and
    the digest cited both for Fox's. A version told in other words still counts ("including
    the president" / "not even the president"); a paraphrase does not."""
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    own = "“This bill restores the people's faith that government works for the public.”"
    for other, cited in [
        ("“This is a historic day, a pivotal day, a day that will make a difference.”", None),
        ("“This bill restores the people's faith that our government works for the public.”",
         ["A", "B"]),
    ]:  # fmt: skip
        a = Evidence("A", "a", 100, 100 + len(own), own)
        b = Evidence("B", "b", 100, 100 + len(other), other)
        marks = ArticleMarks(
            said={
                "a": [Said(101, 100 + len(own) - 2, (300,), "Nancy Pelosi", words=True)],
                "b": [Said(101, 100 + len(other) - 2, (300,), "Nancy Pelosi", words=True)],
            }
        )
        fact = Fact("F1", "all", ["A", "B"], [a, b], core=[0, 1], backing=[["B"], ["A"]])
        lines = write_digest([fact], [], CompareOptions(), marks)
        assert [line.sources for line in lines] == ([cited] if cited else []), lines


def test_a_line_never_wraps_the_outlet_s_words_as_a_quotation_or_only_names_a_speaker() -> None:
    """BASIL: NYT's "He “should be forced to resign from Congress!”" (he: Schiff, the words
    Trump's) became "Donald J. Trump said: “He “should be ...”"; "Ms. Pelosi said at a news
    conference with ..." (her words cut off into the sentence before) was a line of its own."""
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    text = "He “should be forced to resign from Congress!”"
    ev = Evidence("A", "a", 200, 200 + len(text), text)
    marks = ArticleMarks(said={"a": [Said(204, 200 + len(text) - 1, (90,), "Donald J. Trump",
                                          words=True)]})  # fmt: skip
    lines = write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks)
    assert not any("said: “He" in line.text for line in lines), lines
    bare = "Ms. Pelosi said at a news conference with Senator Chuck Schumer of New York."
    ev = Evidence("A", "a", 200, 200 + len(bare), bare)
    marks = ArticleMarks(said={"a": [Said(100, 190, (200, 204), "Nancy Pelosi", words=True)]})
    assert write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks) == []
    # a sentence opening inside a quotation keeps its speaker, spaced marks too (PAC)
    inside = 'We will keep fighting for every family in this country until the job is done . "'
    ev = Evidence("A", "a", 200, 200 + len(inside), inside)
    marks = ArticleMarks(said={"a": [Said(150, 280, (90,), "Mitch McConnell", words=True)]})
    (line,) = write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks)
    assert "Mitch McConnell said: “We will keep fighting" in line.text, line


def test_a_digest_line_says_more_than_that_someone_spoke() -> None:
    """PAC (Daily Caller against CNN): "Rodriguez responded later in the meeting." was the
    plainest sentence of a shared fact, so the digest's line said nothing; a fact's other
    sentence says what. A fact only one outlet reports with nothing else is left out, as is
    "did not respond to a request for comment"; "responded with airstrikes" says what."""
    from newsprism.compare.digest import write_digest
    from newsprism.compare.records import Evidence, Fact

    empty = "Rodriguez responded later in the meeting."
    said = "Rodriguez said at the May 9 meeting that the teacher had not asked for approval."
    fact = Fact(
        "F1",
        "all",
        ["A", "B"],
        [Evidence("A", "a", 0, len(empty), empty), Evidence("B", "b", 0, len(said), said)],
    )
    fact.core = [0, 1]
    assert write_digest([fact], [], CompareOptions())[0].text == said
    for words in (empty, "The district did not immediately respond to a request for comment."):
        ev = Evidence("A", "a", 0, len(words), words)
        assert write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions()) == []
    kept = "Israel responded with airstrikes on Gaza."
    ev = Evidence("A", "a", 0, len(kept), kept)
    assert len(write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions())) == 1


def test_a_digest_line_names_no_one_the_sentence_named_already_and_never_addresses_a_reader() -> (
    None
):
    """BASIL: "Donald J. Trump leads a familiar refrain as he [Donald J. Trump] details his
    plan" repeated a name the sentence gives before its pronoun; "See the Bachmann cover
    below, and tell us whether you think it crosses a line." was a shared line, a web page
    speaking to its reader."""
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    def only_line(text: str, pronoun: str, name: str) -> str:
        """The digest line for ``text`` alone, its ``pronoun`` resolved to ``name``."""
        at = text.index(f"{pronoun} ")
        said = Said(at + len(pronoun) + 1, len(text), (at,), name, (at, at + len(pronoun)))
        ev = Evidence("A", "a", 0, len(text), text)
        fact = Fact("F1", "one", ["A"], [ev])
        return write_digest([fact], [], CompareOptions(), ArticleMarks(said={"a": [said]}))[0].text

    text = "At his rallies, Donald J. Trump leads a refrain as he details his plan for a wall."
    assert only_line(text, "he", "Donald J. Trump") == f"Only A reports: {text}"
    # The surname is enough, whatever the canonical name adds ("Jr.").
    text = "Vice President Joe Biden waved as he left the summit in Mexico City."
    assert only_line(text, "he", "Joseph R. Biden Jr.") == f"Only A reports: {text}"
    # Named only after the pronoun, or not at all: the name goes in.
    other = "As he details his plan, the crowd shouts back."
    assert (
        only_line(other, "he", "Donald J. Trump")
        == "Only A reports: As he [Donald J. Trump] details his plan, the crowd shouts back."
    )
    # A plural pronoun the analysis gave one person is not named (BASIL: "In their [Donald J.
    # Trump] remarks on Sunday, both Obama and Clinton referred to ...").
    from newsprism.compare.digest import article_marks
    from newsprism.understand.records import Actor

    for pronoun, named in (("their", False), ("his", True)):
        text = f"In {pronoun} remarks on Sunday, the senator called the vote a disgrace."
        trump = Actor("PERSON:donald trump", "Donald J. Trump", "PERSON", canonical_id="c1")
        said = Quote(Span(47, len(text) - 1, "a disgrace"), "direct",
                     Span(3, 3 + len(pronoun), pronoun), "c1", Span(36, 42, "called"))  # fmt: skip
        account = Account("a", "A", text, None, False, Analysis("a", actors=[trump], quotes=[said]))
        marks = article_marks([account], {"c1": "Donald J. Trump"})
        assert (marks.said["a"][0].pronoun is not None) is named
    for words in (
        "See the cover below, and tell us whether you think it crosses a line.",
        "Watch the full interview with the governor here.",
    ):
        ev = Evidence("A", "a", 0, len(words), words)
        assert write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions()) == []
    kept = "Share prices fell after the governor spoke."
    ev = Evidence("A", "a", 0, len(kept), kept)
    assert len(write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions())) == 1


@pytest.mark.parametrize(
    ("cut", "shown"),
    [
        ('with me," he wrote.', '"with me," he wrote.'),
        ("with me,” he wrote.", "“with me,” he wrote."),
        ("He said “we will win", "He said “we will win”"),
        # BASIL: a curly opening closed by a straight mark had been wrapped in two more.
        ('“Like most Americans, he believes it," Sanders said.',) * 2,
        ('He called it "wrong" and "late."', 'He called it "wrong" and "late."'),
    ],
)
def test_a_digest_line_gets_only_the_quotation_marks_it_lacks(cut: str, shown: str) -> None:
    from newsprism.compare.digest import balanced

    assert balanced(cut) == shown


def test_a_short_quotation_pointing_back_is_no_digest_line() -> None:
    """Found on BASIL: "Susan E. Rice said: “We need to keep it that way.” [hpo, fox]" tells
    a reader nothing without the sentence before it; a short quotation that stands alone
    ("I will not resign") is kept."""
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    lines = []
    for words in ("We need to keep it that way.", "I will not resign from the council."):
        text = f"“{words}”"
        ev = Evidence("A", "a", 0, len(text), text)
        marks = ArticleMarks(said={"a": [Said(1, len(text) - 1, (), "Susan Rice")]})
        lines += write_digest([Fact("F1", "one", ["A"], [ev])], [], CompareOptions(), marks)
    assert [line.text for line in lines] == [
        "Only A reports that Susan Rice said: “I will not resign from the council.”"
    ]


def test_a_title_is_not_a_description(corpus: Database) -> None:
    """ "the Chilean president" repeats the title "Chilean President Marta Rojas": it is not
    how an outlet frames her; "the embattled leader" is."""
    c = compare(corpus, _story_with(corpus, "Harbour Post"))
    assert {s.name for s in c.sources} == {"Coast Courier", "Harbour Post"}
    wording = next(w for w in c.framing.wordings if w.referent == "Marta Rojas")
    assert wording.by_source == {"Harbour Post": ["embattled leader"]}


def test_numbers_are_matched_by_what_they_count(corpus: Database) -> None:
    c = compare(corpus, _story_with(corpus, "Andes Herald"))
    assert {s.name for s in c.sources} == {"Andes Herald", "Pacific Wire"}
    amounts = [k for k in c.conflicts if k.kind == "amount"]
    assert len(amounts) == 1, amounts
    values = {s.source: s.value for s in amounts[0].sides}
    assert values == {"Andes Herald": "26", "Pacific Wire": "31"}
    # The magnitude (7.1 in both) is not a conflict, and each side says whom it cites.
    assert all("7.1" not in s.value for k in c.conflicts for s in k.sides)
    cited = {s.source: s.cited for s in amounts[0].sides}
    assert (
        cited["Andes Herald"] != "the outlet itself" or cited["Pacific Wire"] != "the outlet itself"
    )
    # The same visit on two different days: a date conflict, each side with its day.
    dates = [k for k in c.conflicts if k.kind == "date"]
    assert len(dates) == 1 and len({s.value for s in dates[0].sides}) == 2, c.conflicts
    quote = next(g for g in c.quotes if len(g.sources) == 2)
    assert quote.drift == "same" and quote.speaker == "Dina Boluarte"
    assert "<b>amount (people)</b>" in to_html(c) and "**amount (people)**" in to_markdown(c)


def test_hedged_numbers_do_not_conflict() -> None:
    from newsprism.compare.conflicts import _overlaps
    from newsprism.understand.records import Amount, Span

    def amount(value: float, qualifier: str | None) -> Amount:
        return Amount(Span(0, 2, str(value)), value, None, None, None, "people", qualifier)

    assert _overlaps(amount(26, "at least"), amount(31, None))  # "at least 26" allows 31
    assert not _overlaps(amount(26, None), amount(31, None))
    assert not _overlaps(amount(40, "at least"), amount(31, None))


LIBRARY_A = """City council closes central library

The city council voted on Tuesday to close the central library in Lerwick for at least a year.
The decision was announced after engineers found deep cracks in the roof of the building and
warned that it could collapse.

Council leader Anna Fraser said the closure was painful but unavoidable.
"""

LIBRARY_B = """Lerwick library shut over roof cracks

Lerwick's central library will close for a year after engineers warned that cracks in its roof
could bring it down, the city council said on Tuesday.

Readers will be able to borrow books from a mobile van, the council said.
"""


@pytest.mark.parametrize(
    ("opening", "points"),
    [
        ("The decision was announced after engineers found cracks.", True),
        ("This move comes as talks resume.", True),
        ("“That statement is false,” she said.", True),
        ("The decision to close the library was announced on Tuesday.", False),
        ("The statement of the ministry said nothing of the kind.", False),
        ("The attack came after midnight.", False),  # may point anywhere in the article
        ("This comes as talks resume.", False),  # what comes is the clause after "as"
    ],
)
def test_which_openings_point_back_at_the_act_before(opening: str, points: bool) -> None:
    from newsprism.compare.material import points_back

    assert points_back(opening) is points


@pytest.mark.parametrize(
    ("opening", "leans"),
    [
        ("He also said he had informed his allies.", True),
        ("This comes as talks resume.", True),
        ("The move follows a vote.", True),
        ("This week the council voted to close the library.", False),
        ("Italy voted against the plan.", False),
        ("Hamas released the soldier on Monday.", False),
        # found on BASIL: a digest line "Mattis has denied having said that. [nyt, hpo]"
        ("Mattis has denied having said that.", True),
        ("The council denied it.", True),
        ("The council denied that the plan was dead.", False),
        # a piece the sentence splitter cut off (BASIL, a digest line of hpo and fox)
        ("and he has previously suggested such a change would need an amendment.", True),
        ("But the council voted against the plan.", False),
        ("But it did little to placate her sister.", True),  # BASIL, an NYT digest line
        ("That money includes about $600 million from a fund.", True),  # BASIL, all three
        ("Those who oppose the plan say it is too costly.", False),
        ("“For the court, it could be —", True),  # a quotation broken off
        # BASIL (hpo and nyt): a title's "!" cut the sentence, leaving its announcing colon
        ("The former representative co-wrote a book titled It's About the Money!:", True),
    ],
)
def test_which_sentences_cannot_stand_alone(opening: str, leans: bool) -> None:
    from newsprism.compare.digest import leans_back

    assert leans_back(opening) is leans


def _compare_two(
    tmp_path: Path, *outlets: tuple[str, str], options: AnalyzeOptions | None = None
) -> Comparison:
    """Ingest, analyse and compare one article per (outlet, text), all of one day."""
    for n, (outlet, text) in enumerate(outlets):
        write(tmp_path / "in" / f"{n}.txt", f" date 2025-06-03 Via {outlet}\n\n" + text)
    db = Database(tmp_path / "two.db")
    ingest(db, [str(tmp_path / "in")], IngestOptions(workers=1))
    analyze(db, options or AnalyzeOptions(workers=1))
    return compare_articles(db, [a.id for a in db.articles()])


def test_claims_stored_without_embeddings_are_still_compared(tmp_path: Path) -> None:
    """An analysis run with claim embeddings off (as the story evaluations do, and `ingest
    --no-embed-claims`) must not read as "no check-worthy sentences": the comparison embeds
    them itself, says so, and stores them for the next comparison."""
    bridge = (("Coast Courier", BRIDGE_A), ("Harbour Post", BRIDGE_B))
    full = _compare_two(tmp_path / "full", *bridge)
    bare = _compare_two(
        tmp_path / "bare", *bridge, options=AnalyzeOptions(workers=1, embed_claims=False)
    )

    def facts(c: Comparison) -> list[tuple[str, list[str]]]:
        return [(f.coverage, [e.text for e in f.evidence]) for f in c.facts]

    assert facts(bare) == facts(full) and any(f.coverage == "all" for f in bare.facts)
    assert any("stored without embeddings" in n and n.endswith("and stored") for n in bare.notes)
    assert not any("embeddings" in n for n in full.notes)
    # The vectors computed are kept: the next comparison reads them, and gives the same facts.
    db = Database(tmp_path / "bare" / "two.db")
    assert db.conn.execute("SELECT COUNT(*) FROM claims WHERE embedding IS NULL").fetchone()[0] == 0
    again = compare_articles(db, [a.id for a in db.articles()])
    assert facts(again) == facts(full) and not any("embeddings" in n for n in again.notes)


def test_a_sentence_pointing_back_at_an_act_joins_that_act_s_fact(tmp_path: Path) -> None:
    """One outlet tells a decision and its cause in two sentences ("... voted to close the
    library. The decision was announced after engineers found cracks"), the other in one: all
    three are one fact, not a shared fact and a point only the first outlet reports."""
    c = _compare_two(tmp_path, ("Harbour Times", LIBRARY_A), ("Northern Chronicle", LIBRARY_B))
    decision = next(f for f in c.facts if any("The decision" in e.text for e in f.evidence))
    assert decision.coverage == "all"
    assert any("voted on Tuesday" in e.text for e in decision.evidence)
    assert any("will close for a year" in e.text for e in decision.evidence)
    # The other points stay apart.
    assert sum(f.coverage == "one" for f in c.facts) == 2


PARK_A = """Mayor defends closing of riverside park

Mayor Ines Barros on Monday defended the closing of the riverside park, which residents have
protested for a week. Posting on her city page on Monday evening, Barros, a former teacher who
served two terms on the council and grew up in a fishing family near the old harbour, wrote:
“For the record, I love this park, but the riverbank is no longer safe.” The park will stay
closed until engineers finish their survey. The council will vote on the repair budget in June.
"""

PARK_B = """Residents rally as park stays shut

Hundreds of residents gathered at the gates of the riverside park on Sunday, carrying signs
and demanding that the city reopen it. Mayor Ines Barros, a former teacher who grew up in a
fishing family near the old harbour, defended the closing on her city page on Monday evening.
“For the record, I love this park, but the riverbank is
no longer safe,” the mayor wrote, as children chanted slogans and a brass band played. Local
shop owners say they have lost a third of their customers since the closing.
"""


def test_two_outlets_carrying_one_quotation_report_one_statement(tmp_path: Path) -> None:
    """Found on BASIL: three outlets quoted Mary Cheney's "For the record, I love my sister,
    but ..." in sentences framed so differently that cosine left them in three facts."""
    outlets = (("Harbour Times", PARK_A), ("Northern Chronicle", PARK_B))
    c = _compare_two(tmp_path, *outlets)
    quoted = [f for f in c.facts if any("For the record" in e.text for e in f.evidence)]
    assert len(quoted) == 1 and quoted[0].coverage == "all", [
        (f.coverage, [e.text for e in f.evidence]) for f in quoted
    ]
    # without the quotation weight the two stay apart: the test can fail
    db = Database(tmp_path / "two.db")
    apart = compare_articles(
        db, [a.id for a in db.articles()], replace(CompareOptions(), quote_weight=0)
    )
    assert sum(any("For the record" in e.text for e in f.evidence) for f in apart.facts) == 2


PARCELS_A = """Packages traced

Investigators traced the mailed packages on Friday. “Most of them were posted in Florida,” the
director said.
"""

PARCELS_B = """Suspect held

Police arrested a man on Friday over the mailed packages. “Our democracy is under attack, and
not only from someone in Florida,” the senator said.
"""


def test_a_shared_name_alone_does_not_make_one_fact(tmp_path: Path) -> None:
    """Found on BASIL: two quotations that say different things and share one place (cosine
    about 0.4, the place their only atom) were lifted into one fact by the atoms' weight."""
    c = _compare_two(tmp_path, ("Gulf Ledger", PARCELS_A), ("Capitol Wire", PARCELS_B))

    def together(comparison: Comparison) -> bool:
        return any(
            {"posted in Florida", "someone in Florida"}
            <= {w for e in f.evidence for w in ("posted in Florida", "someone in Florida")
                if w in e.text}
            for f in comparison.facts
        )  # fmt: skip

    assert not together(c), [[e.text for e in f.evidence] for f in c.facts]
    # without the cosine floor the place joins them: the test can fail
    db = Database(tmp_path / "two.db")
    ids = [a.id for a in db.articles()]
    assert together(compare_articles(db, ids, replace(CompareOptions(), atoms_min_cosine=-1.0)))


HOSTAGE_A = """Rebels free aid worker after eight months

Rebels in northern Mali released the French aid worker Lena Ortiz on Sunday after eight months
in captivity. Ortiz was the last French hostage held by rebels in northern Mali.
"""

HOSTAGE_B = """French aid worker freed in Mali

French aid worker Lena Ortiz was freed by rebels in northern Mali on Sunday, the foreign
ministry said. She will fly to Paris on Tuesday.
"""


def test_a_state_is_not_the_act_it_is_about(tmp_path: Path) -> None:
    """ "X was the last hostage held" says something about the release "X was freed" without
    telling it: the release is shared, the state is what one outlet alone adds."""
    c = _compare_two(tmp_path, ("Sahel Courier", HOSTAGE_A), ("Paris Evening", HOSTAGE_B))
    release = next(f for f in c.facts if any("released the French" in e.text for e in f.evidence))
    assert release.coverage == "all"
    assert not any("last French hostage" in e.text for e in release.evidence)
    assert any("last French hostage" in f.evidence[0].text for f in c.only_by()["Sahel Courier"])


def test_a_story_of_one_article_is_reported_not_crashed(corpus: Database) -> None:
    story = _story_with(corpus, "Unsafe Times")
    c = compare(corpus, story)
    assert len(c.sources) == 1 and any("only one independent account" in n for n in c.notes)
    assert all(f.coverage == "one" for f in c.facts) and not c.conflicts
    empty = compare_articles(corpus, [], CompareOptions())
    assert empty.sources == [] and empty.facts == []


def test_articles_without_claims_are_reported_not_crashed(corpus: Database) -> None:
    from newsprism.store import ArticleQuery

    musing = corpus.articles(ArticleQuery(outlet="Idle Weekly"))[0].id
    cradle = corpus.articles(ArticleQuery(outlet="The Cradle"))[0].id
    analysis = corpus.analysis(musing)
    assert analysis is not None and analysis.claims == []
    alone = compare_articles(corpus, [musing])
    assert alone.facts == [] and any("no check-worthy" in n for n in alone.notes)
    # Beside an article with claims: two sources, every fact the other outlet's alone.
    both = compare_articles(corpus, [musing, cradle])
    assert {s.name for s in both.sources} == {"Idle Weekly", "The Cradle"}
    assert both.facts and all(f.coverage == "one" for f in both.facts)
    only = both.only_by()
    assert only["The Cradle"] and not only.get("Idle Weekly") and not both.conflicts
    assert to_html(both) and to_markdown(both)


def test_reports_escape_article_text(corpus: Database) -> None:
    c = compare(corpus, _story_with(corpus, "Unsafe Times"))
    page = to_html(c)
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;" in page
    markdown = to_markdown(c)
    assert "[a link](javascript" not in markdown and "<script>" not in markdown


@pytest.mark.parametrize(
    "text",
    [
        "1. first", "12) twelfth", "# heading", "> quoted", "- item", "+ item", "===",
        "[a link](javascript:alert(1))", "![img](http://example.com/x.png)", "<script>x</script>",
        "<http://example.com>", "[ref]: http://example.com", "`code`", "**bold** _it_",
        "a | b", "&lt;b&gt; &#106;", "~~gone~~", "U.S. long-awaited (2019)! #1 - 2.5%",
    ],
)  # fmt: skip
def test_markdown_escaping_leaves_text_and_no_markup(text: str) -> None:
    """Article text in a Markdown report reads back as itself and makes no markup, wherever
    it stands in one of our lines; plain punctuation stays unescaped."""
    from markdown_it import MarkdownIt

    from newsprism.compare.report import md

    plain = {"bullet_list_open", "bullet_list_close", "list_item_open", "list_item_close",
             "paragraph_open", "paragraph_close", "inline", "text"}  # fmt: skip
    for line in (f"- {md(text)}", f"- nyt: {md(text)}", f"> {md(text)}"):
        tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(line)
        kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
        assert kinds <= plain | {"blockquote_open", "blockquote_close"}, (line, kinds)
        inline = next(t for t in tokens if t.type == "inline")
        assert "".join(c.content for c in inline.children or []).endswith(text), line
    assert md("U.S. long-awaited (2019)!") == "U.S. long-awaited (2019)!"


def test_cli_compare(corpus: Database) -> None:
    runner = CliRunner()
    story = _story_with(corpus, "The Cradle")
    db = ["--db", str(corpus.path)]
    result = runner.invoke(app, [*db, "compare", story, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["sources"]) == 2
    for fmt in ("markdown", "html", "terminal"):
        result = runner.invoke(app, [*db, "compare", story, "--format", fmt])
        assert result.exit_code == 0 and "Cradle" in result.output
    from newsprism.cli import main  # noqa: F401  (numbered errors come through main)

    result = runner.invoke(app, [*db, "compare", story, "--format", "pdf"])
    assert result.exit_code != 0 and "E109" in str(result.exception)
    result = runner.invoke(app, [*db, "compare", "nosuchstory"])
    assert result.exit_code != 0 and "E107" in str(result.exception)


def test_eval_compare_gate() -> None:
    """The seeds' comparison against its gold file: floors per section (an eval gate)."""
    from newsprism.evaluate import run_suite

    result = run_suite("compare")
    assert result["shared"]["recall"] == 1.0 and result["shared"]["precision"] >= 0.8
    assert result["only_cradle"]["f1"] >= 0.95 and result["only_other"]["f1"] >= 0.9
    assert result["conflicts"]["recall"] == 1.0
    assert result["framing"]["recall"] >= 0.8 and result["framing"]["precision"] >= 0.7
    assert result["quotes"]["f1"] >= 0.9


def test_loaded_words_come_from_the_lexicons_and_vader() -> None:
    from newsprism.compare.framing import loaded_reason

    default = CompareOptions()
    assert loaded_reason("regime", default) == "loaded-label lexicon"
    assert loaded_reason("dangled", default) == "slant lexicon (BASIL)"
    # Valence counts only where the analysis read the word as evaluative (ADJ or ADV).
    assert (loaded_reason("horrific", default, evaluative=True) or "").startswith("sentiment")
    assert loaded_reason("horrific", default) is None
    assert loaded_reason("horrific", CompareOptions(loaded_min_valence=None), True) is None
    assert loaded_reason("meeting", default, evaluative=True) is None


def test_sentiment_nouns_and_verbs_are_not_loaded_adjectives_are() -> None:
    """ "prisoner" and "agreement" carry valence in the lexicon but name what news is about;
    "horrific" and "cruelly" judge it."""
    from newsprism.compare.framing import find_framing
    from newsprism.compare.material import Account
    from newsprism.understand.analyze import AnalysisInput, analyze_inputs

    texts = {
        "Daily A": "The prisoner was freed under the agreement after a horrific siege, and the "
        "guards had cruelly rejected every appeal, officials said on Monday.",
        "Daily B": "A detainee was released on Monday under a deal reached after a long siege, "
        "officials said.",
    }
    options = AnalyzeOptions(workers=1, embed=False)
    inputs = [AnalysisInput(k, t, dt.date(2025, 5, 12), "en") for k, t in texts.items()]
    accounts = [
        Account(k, k, texts[k], dt.date(2025, 5, 12), False, analysis)
        for k, analysis in zip(texts, analyze_inputs(inputs, options), strict=True)
    ]
    loaded = {(t.source, t.term) for t in find_framing(accounts, {}, CompareOptions()).loaded}
    assert {("Daily A", "horrific"), ("Daily A", "cruelly")} <= loaded
    assert not {w for _, w in loaded} & {"prisoner", "agreement", "rejected", "freed"}


def test_the_shipped_slant_lexicon_is_what_training_makes(tmp_path: Path) -> None:
    """``newsprism train slant`` learns only from BASIL's training events, reproducibly."""
    from conftest import shared
    from newsprism.compare.framing import slant_lexicon

    shared("basil")
    out = tmp_path / "slant.txt"
    result = CliRunner().invoke(app, ["train", "slant", "--out", str(out)])
    assert result.exit_code == 0, result.output
    lines = [x for x in out.read_text(encoding="utf-8").splitlines() if not x.startswith("#")]
    assert json.loads(result.output)["training_events"] == 50
    assert {x.split("\t")[0] for x in lines} == slant_lexicon()
    assert all(int(x.split("\t")[1]) >= 2 for x in lines)


def _account(source: str, text: str, events: list[Event]) -> Account:
    analysis = Analysis(source, events=events)
    return Account(source, source, text, dt.date(2025, 3, 4), False, analysis)


def _event(text: str, verb: str, actor: tuple[str, str], target: tuple[str, str | None]) -> Event:
    def span(words: str) -> Span:
        return Span(text.index(words), text.index(words) + len(words), words)

    return Event("CONSULT", "CONSULT", span(verb), span(actor[0]), actor[1], span(target[0]),
                 target[1], None, "2025-03-04", Span(0, len(text), text))  # fmt: skip


def test_timeline_keeps_apart_events_of_one_actor_on_different_things() -> None:
    """One actor, one type, one day: the same event only when the targets agree. A target that
    is no known actor is told apart by its words, and "the deal" is "a deal"."""
    a = "The envoy visited the region. The envoy negotiated the deal."
    b = "The envoy negotiated a deal."
    visit = _event(a, "visited", ("The envoy", "e1"), ("the region", "r1"))
    first = _account(
        "A", a, [visit, _event(a, "negotiated", ("The envoy", "e1"), ("the deal", None))]
    )
    second = _account("B", b, [_event(b, "negotiated", ("The envoy", "e1"), ("a deal", None))])
    timeline = merged_timeline([first, second], {"e1": "Omar Haddad", "r1": "Gulf"})
    assert [(t.target, t.sources) for t in timeline] == [
        ("Gulf", ["A"]),
        ("the deal", ["A", "B"]),
    ]
    # BASIL: "her sister's opposition" and "her sister’s stance" are one criticism
    c = "She criticised her sister's opposition."
    d = "She criticised her sister’s stance."
    one = _event(c, "criticised", ("She", "e1"), ("her sister's opposition", None))
    two = _event(d, "criticised", ("She", "e1"), ("her sister’s stance", None))
    timeline = merged_timeline([_account("A", c, [one]), _account("B", d, [two])], {})
    assert [t.sources for t in timeline] == [["A", "B"]]
    # but not two bills that the names tell apart
    e, f = "She backed the Senate bill.", "She backed the House bill."
    one = _event(e, "backed", ("She", "e1"), ("the Senate bill", None))
    two = _event(f, "backed", ("She", "e1"), ("the House bill", None))
    timeline = merged_timeline([_account("A", e, [one]), _account("B", f, [two])], {})
    assert [t.sources for t in timeline] == [["A"], ["B"]]
    # HuffPost's Trump vetoed "a resolution", Newsmax's "a bill" (PAC): one veto
    g, h = "Trump vetoed a resolution.", "Trump vetoed a bill."
    one = _event(g, "vetoed", ("Trump", "e1"), ("a resolution", None))
    two = _event(h, "vetoed", ("Trump", "e1"), ("a bill", None))
    timeline = merged_timeline([_account("A", g, [one]), _account("B", h, [two])], {})
    assert [t.sources for t in timeline] == [["A", "B"]]


def test_timeline_joins_a_year_with_a_day_inside_it_and_shows_the_day() -> None:
    """An event dated "2025" by one outlet and "2025-03-04" by another is one item on the
    day; a day outside that year is another event."""
    a = "The envoy met the rebels."
    met = _event(a, "met", ("The envoy", "e1"), ("the rebels", "r1"))
    first = _account("A", a, [replace(met, date="2025")])
    second = _account("B", a, [met])
    third = _account("C", a, [replace(met, date="2024-11-02")])
    timeline = merged_timeline([first, second, third], {"e1": "Omar Haddad", "r1": "Rebels"})
    assert [(t.date, t.sources) for t in timeline] == [
        ("2024-11-02", ["C"]),
        ("2025-03-04", ["A", "B"]),
    ]


def test_a_year_and_a_day_inside_it_are_no_date_conflict() -> None:
    """One outlet dates the meeting "in 2025", the other gives its day: no dispute. Two
    different days are one."""
    import numpy as np

    from newsprism.compare.conflicts import _dates
    from newsprism.compare.material import Sentence
    from newsprism.understand.records import Claim

    text = "The envoy met the rebels."
    met = _event(text, "met", ("The envoy", "e1"), ("the rebels", "r1"))

    def sentence(n: int, source: str, date: str) -> Sentence:
        account = _account(source, text, [replace(met, date=date)])
        claim = Claim(Span(0, len(text), text), ())
        return Sentence(n, account, claim, np.ones(2, dtype=np.float32), frozenset(), False)

    names = {"e1": "Omar Haddad", "r1": "Rebels"}
    assert _dates([(sentence(0, "A", "2025"), sentence(1, "B", "2025-03-04"))], names) == []
    apart = _dates([(sentence(0, "A", "2025-03-01"), sentence(1, "B", "2025-03-04"))], names)
    assert [[s.value for s in k.sides] for k in apart] == [["2025-03-01", "2025-03-04"]]


def test_timeline_keeps_a_planned_event_apart_from_one_that_happened() -> None:
    """One outlet reports the talks held, another that they are to be held: two items, and
    the reader sees which one has not happened."""
    a = "The envoy negotiated with the rebels."
    b = "The envoy plans to negotiate with the rebels."
    held = _event(a, "negotiated", ("The envoy", "e1"), ("the rebels", "r1"))
    planned = replace(
        _event(b, "negotiate", ("The envoy", "e1"), ("the rebels", "r1")), mode="intended"
    )
    again = _event(b, "negotiate", ("The envoy", "e1"), ("the rebels", "r1"))
    names = {"e1": "Omar Haddad", "r1": "rebels"}
    timeline = merged_timeline([_account("A", a, [held]), _account("B", b, [planned])], names)
    assert [(t.what, t.sources) for t in timeline] == [
        ("CONSULT", ["A"]),
        ("CONSULT (intended)", ["B"]),
    ]
    merged = merged_timeline([_account("A", a, [held]), _account("B", b, [again])], names)
    assert [(t.what, t.sources) for t in merged] == [("CONSULT", ["A", "B"])]


def test_timeline_says_where_when_one_outlet_names_the_place() -> None:
    a = "The envoy met the rebels in Doha."
    b = "The envoy met the rebels."
    doha = Span(a.index("Doha"), a.index("Doha") + 4, "Doha")
    there = replace(_event(a, "met", ("The envoy", "e1"), ("the rebels", "r1")), place=doha)
    plain = _event(b, "met", ("The envoy", "e1"), ("the rebels", "r1"))
    names = {"e1": "Omar Haddad", "r1": "rebels"}
    for accounts in ([_account("B", b, [plain]), _account("A", a, [there])],
                     [_account("A", a, [there]), _account("B", b, [plain])]):  # fmt: skip
        timeline = merged_timeline(accounts, names)
        assert [(t.place, sorted(t.sources)) for t in timeline] == [("Doha", ["A", "B"])]


def test_quote_versions_split_by_one_outlet_are_read_as_one() -> None:
    """Found on BASIL: the NYT quoted a lawyer's statement in two parts, Fox and HuffPost
    whole. The two NYT parts belong to one group, curly and straight apostrophes are no
    difference, and a version that stops early is truncated, not reworded."""
    from newsprism.compare.provenance import _group, _grouped
    from newsprism.compare.records import Evidence, QuoteVersion
    from newsprism.textutil import tokens as _words

    first = "We can confirm the campaign received subpoenas from the U.S. attorney’s office."
    middle = "All three subpoenas focus on the closure of lanes on the bridge."
    last = "The campaign intends to cooperate and will respond to the subpoenas accordingly."

    def version(source: str, text: str, start: int = 0) -> tuple[str, list[str], QuoteVersion]:
        evidence = Evidence(source, source, start, start + len(text), text)
        return ("lawyer", _words(text), QuoteVersion(source, "Lawyer", text, evidence, None, None))

    whole = " ".join([first, middle, last]).replace("’", "'")
    versions = [version("nyt", first), version("nyt", last, 400), version("fox", whole),
                version("hpo", whole)]  # fmt: skip
    assert _grouped(versions) == [[0, 1, 2, 3]]
    group = _group(versions)
    left_out = " ".join(_words(middle))
    assert group.drift == "reworded" and group.differences == [
        f"fox: {left_out}",
        f"hpo: {left_out}",
    ]
    stops_early = _group([version("nyt", first + " " + middle), version("fox", whole)])
    assert stops_early.drift == "truncated" and stops_early.differences == []
    assert _group([version("fox", whole), version("hpo", whole.replace("'", "’"))]).drift == "same"


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        (
            "Senate Majority Leader Mitch McConnell, R-Ky., who",
            "Senate Majority Leader Mitch McConnell, R-Ky.",
        ),
        ("three other women who", "three other women"),
        ("the polls that", "the polls"),
        ("several of whom", "several of whom"),
        ("the lawyer", "the lawyer"),
    ],
)
def test_a_speaker_is_shown_without_the_relative_pronoun_the_analysis_keeps(
    words: str, shown: str
) -> None:
    """PolNeAR marks "who" as part of a source, so the analysis keeps it; a reader of "whom
    each outlet quotes" gets the people (BASIL: "three other women who (1)")."""
    from newsprism.compare.framing import speaker_name

    assert speaker_name(None, Span(0, len(words), words), {}) == shown


@pytest.mark.parametrize(
    ("speaker", "unnamed"),
    [
        ("A person briefed on the matter", True),
        ("two officials", True),
        ("Government officials", True),
        ("sources close to the talks", True),
        ("the person briefed on the matter", True),
        ("close allies", True),
        ("the lawyer", False),  # a role, named in the next clause as often as not
        ("a Justice Department spokesman", False),  # cites an institution
        ("Mark Sheridan", False),
        ("he", False),
    ],
)
def test_which_speakers_are_unnamed_sources(speaker: str, unnamed: bool) -> None:
    from newsprism.compare.framing import is_unnamed

    assert is_unnamed(speaker) is unnamed


SUBPOENA_A = """Prosecutors subpoena campaign over lane closures

Federal prosecutors issued subpoenas to the governor's campaign on Thursday, a person briefed
on the matter said. Two officials said the subpoenas sought emails and text messages. The
campaign lawyer, Mark Sheridan, said the campaign would cooperate with the inquiry.
"""

SUBPOENA_B = """Governor's campaign receives federal subpoenas

The governor's campaign received federal subpoenas on Thursday over the lane closures, its
lawyer Mark Sheridan said. Sheridan said the campaign would respond to the subpoenas.
"""


def test_each_outlet_s_unnamed_sources_are_counted(tmp_path: Path) -> None:
    c = _compare_two(tmp_path, ("Metro Ledger", SUBPOENA_A), ("State Wire", SUBPOENA_B))
    assert c.framing.unnamed == {"Metro Ledger": 2, "State Wire": 0}, c.framing.quoted
    total = sum(c.framing.quoted["Metro Ledger"].values())
    assert f"unnamed sources: 2 of {total} quotes" in to_markdown(c)
    assert f"unnamed sources: 2 of {total} quotes" in to_html(c)
    assert "State Wire: Mark Sheridan" in to_markdown(c).replace("\\", "")


SUMMIT_A = """Vice president warns on rhetoric at Mexico summit

Vice President Joe Biden visited Mexico City on Thursday for an economic summit with
Mexican officials.

"Some of the rhetoric coming from some candidates is dangerous, damaging and incredibly
ill-advised," Biden said, according to AFP. He met the Mexican president in the afternoon.
"""

SUMMIT_B = """Biden criticises candidates in Mexico City

Vice President Joe Biden attended an economic summit in Mexico City on Thursday.

"Some of the rhetoric coming from some candidates is dangerous, damaging and incredibly
ill-advised," Biden told reporters at the summit.
"""


def test_a_quote_reporting_another_quote_is_not_a_speaker_s_quote(tmp_path: Path) -> None:
    """BASIL: "“...,” Biden said, according to AFP" listed AFP among the speakers only one
    outlet quotes, for Biden's words; they are Biden's, carried by both outlets."""
    c = _compare_two(tmp_path, ("Daily Courier", SUMMIT_A), ("Evening Post", SUMMIT_B))
    speakers = {g.speaker for g in c.quotes}
    assert "AFP" not in speakers
    (group,) = [g for g in c.quotes if g.speaker == "Joe Biden"]
    assert set(group.sources) == {"Daily Courier", "Evening Post"}
    assert c.only_quoted_by == {}


INDICTMENT_A = """Congressman indicted over campaign funds

Federal prosecutors on Tuesday charged Representative Tom Alder in a 48-page indictment with
spending campaign funds on family trips. Three other women said Alder had misused their
donations. The Justice Department said Alder bought a $43,000 watch with campaign money.

Alder's two-term tenure as the county sheriff ended in 2009.
Alder's lawyer gave the case a 1 in 4 chance of reaching a trial. Alder denied that he
had spent campaign money on family trips to Italy. His office did not dispute that the watch
had been paid for with donations.
"""

INDICTMENT_B = """Alder charged with misusing donations

Representative Tom Alder was charged on Tuesday in a 47-page indictment, accused of spending
campaign funds on family trips. Four women have accused Alder of misusing their donations.
Prosecutors said Alder paid $43,350 for a watch with campaign money.

Alder has served three terms in Congress.
A former aide gave the case a 2 in 3 chance of ending in a plea deal. Alder spent
campaign money on family trips to Italy, prosecutors said. The watch was paid for with
donations, according to the indictment.
"""


def _two_outlets(tmp_path: Path, day: str, first: str, second: str) -> Database:
    """Two articles of one day, by Metro Ledger and River Times, ingested and analysed."""
    write(tmp_path / "in" / "a.txt", f" date {day} Via Metro Ledger\n\n" + first)
    write(tmp_path / "in" / "b.txt", f" date {day} Via River Times\n\n" + second)
    db = Database(tmp_path / "two.db")
    ingest(db, [str(tmp_path / "in")], IngestOptions(workers=1))
    analyze(db, AnalyzeOptions(workers=1))
    return db


def test_conflicts_are_the_same_quantity_or_a_denial_of_the_same_point(tmp_path: Path) -> None:
    """What two accounts of one indictment really dispute: the page count (48 against 47) and
    the trips the congressman denies. Not disputes: "three other women" (part of a count)
    against "four women", a figure rounded to thousands ($43,000 against $43,350), odds
    ("a 1 in 4 chance" against "a 2 in 3 chance"), terms of different offices ("a two-term
    tenure as sheriff", "three terms in Congress": nothing around the numbers is shared) and
    "did not dispute" (no denial)."""
    db = _two_outlets(tmp_path, "2025-06-05", INDICTMENT_A, INDICTMENT_B)
    ids = [a.id for a in db.articles()]
    c = compare_articles(db, ids)
    amounts = {
        k.subject: sorted(s.value for s in k.sides) for k in c.conflicts if k.kind == "amount"
    }
    assert amounts == {"pages": ["47", "48"]}, c.conflicts
    denials = [k for k in c.conflicts if k.kind == "denial"]
    assert denials and all("denied that" in k.sides[0].evidence.text for k in denials), denials
    assert all(k.kind in {"amount", "denial", "date"} for k in c.conflicts)


INDICTMENT_C = """Alder indicted over family trips

Representative Tom Alder was indicted on Tuesday in a 48-page indictment over campaign funds
spent on family trips. Prosecutors said Alder spent campaign money on family trips to Italy
and Hawaii.
"""


def test_a_dispute_among_three_outlets_is_one_conflict(tmp_path: Path) -> None:
    """Two outlets give 48 pages and one 47: one conflict with three sides, not two pairs; and
    one denial against what two outlets assert is one conflict, the denial first."""
    for name, outlet, text in (("a", "Metro Ledger", INDICTMENT_A),
                               ("b", "River Times", INDICTMENT_B),
                               ("c", "Lake Courier", INDICTMENT_C)):  # fmt: skip
        write(tmp_path / "in" / f"{name}.txt", f" date 2025-06-05 Via {outlet}\n\n" + text)
    db = Database(tmp_path / "three.db")
    ingest(db, [str(tmp_path / "in")], IngestOptions(workers=1))
    analyze(db, AnalyzeOptions(workers=1))
    c = compare_articles(db, [a.id for a in db.articles()])
    pages = [k for k in c.conflicts if k.kind == "amount"]
    assert [sorted(s.value for s in k.sides) for k in pages] == [["47", "48", "48"]], pages
    assert {s.source for s in pages[0].sides} == {"Metro Ledger", "River Times", "Lake Courier"}
    denials = [k for k in c.conflicts if k.kind == "denial"]
    assert len(denials) == 1, denials
    denial, *assertions = denials[0].sides
    assert "denied that" in denial.evidence.text and denial.value == "denies"
    assertions_by = {s.source for s in assertions}
    assert assertions_by == {"River Times", "Lake Courier"}, assertions
    assert "others report" in denials[0].note
    line = next(x.text for x in c.digest if x.kind == "disputed" and "denial" in x.text)
    assert any(f"{x} and {y} report it" in line for x, y in permutations(assertions_by)), line


MEETING_A = """Leaders meet again

President Obama and Speaker Boehner met on Sunday at the White House to discuss the budget
talks, aides said. The two men spoke for an hour about taxes and spending.
"""

MEETING_B = """Budget talks go on

President Obama and Speaker Boehner met on Thursday at the White House to discuss the budget
talks, the second meeting in a week. The two men spoke for an hour about taxes and spending.
"""


def test_a_bare_surname_is_the_one_person_of_that_name_its_story_names_in_full(
    tmp_path: Path,
) -> None:
    """BASIL: the NYT's "Mr. Hutchinson" stayed apart from the Asa Hutchinson the other
    outlets quote, as the corpus knows more than one Hutchinson; within the story he is the
    one it names in full (and the corpus's best known of the name)."""
    texts = {
        "a": " date 2013-04-02 Via Metro Ledger\n\nFormer Rep. Asa Hutchinson released a "
        'school safety report on Tuesday. "Guards save lives," Hutchinson said.',
        "b": " date 2013-04-02 Via River Times\n\nThe report calls for armed guards in "
        'schools. "Guards save lives," Mr. Hutchinson said on Tuesday.',
        "c": " date 2013-03-01 Via Metro Ledger\n\nFormer Senator Tim Hutchinson spoke in "
        "Little Rock on Friday about farm subsidies.",
        "d": " date 2013-03-20 Via River Times\n\nThe group said on Wednesday that former "
        "Rep. Asa Hutchinson would lead its review.",
    }
    db = Database(tmp_path / "h.db")
    for name in ("c", "d", "a", "b"):  # the corpus knows both Hutchinsons before "b"
        write(tmp_path / name / f"{name}.txt", texts[name])
        ingest(db, [str(tmp_path / name)], IngestOptions(workers=1))
        analyze(db, AnalyzeOptions(workers=1))
    by_outlet = {a.outlet: a.id for a in db.articles() if a.published == dt.date(2013, 4, 2)}
    c = compare_articles(db, [by_outlet["Metro Ledger"], by_outlet["River Times"]])
    for outlet in ("Metro Ledger", "River Times"):
        quoted = c.framing.quoted[outlet]
        assert quoted.get("Asa Hutchinson") == 1 and "Hutchinson" not in quoted, quoted
    assert [g.sources for g in c.quotes if g.speaker == "Asa Hutchinson"] == [
        ["Metro Ledger", "River Times"]
    ]


def test_one_actor_meeting_twice_is_no_date_conflict(tmp_path: Path) -> None:
    """Found on BASIL: Fox's "met Sunday afternoon" and HuffPost's "Thursday night's meeting
    ... the second time in a week" were listed as one meeting on two dates. Without a known
    target on both sides, one doer's two acts of a kind are two events."""
    db = _two_outlets(tmp_path, "2012-12-14", MEETING_A, MEETING_B)
    c = compare_articles(db, [a.id for a in db.articles()])
    assert [k for k in c.conflicts if k.kind == "date"] == [], c.conflicts


@pytest.mark.parametrize(
    ("sentence", "denies"),
    [
        ("He rejected reports that a rift exists between him and the president.", True),
        ("Alder denied that he had spent campaign money on trips.", True),
        ("The spokesman dismissed it as a hoax.", True),
        ("The ministry called the report completely false.", True),
        ("The agency said the figures were not accurate.", True),
        ("Mueller disputes the report that Trump directed Cohen to lie.", True),
        ("He pleaded guilty to making false statements to Congress.", False),  # a charge
        ("The board was under pressure to dismiss the director.", False),  # a firing
        ("Democrats rejected the offer.", False),  # an act, not a denial of a claim
        ("The judge denied him bail.", False),
        ("It did not directly dispute that he had directed the payments.", False),
        ("The vote turned a policy dispute into a crisis.", False),  # the noun
        # a refusal in the passive (BASIL: a study's "if citizenship were denied to every child")
        ("If citizenship were denied to every child, the population would double.", False),
        ("He denied to reporters that he had lied.", True),
        # BASIL (HuffPost), the same denial Fox told with "disputed": it was set against it
        (
            "His campaign called a New York Times report which includes video of him at a "
            '2008 event saying he had served "in Vietnam" an "outrageous distortion."',
            True,
        ),
        ("She called for an end to the lies.", False),
        ("He called his mother on Sunday.", False),
        # BASIL: a habit is no denial; "lies" in a second clause are not what "calling" names
        ("The team rarely issues statements about the inquiry or disputing press reports.", False),
        (
            'She issued a release calling attacks on the bill "politics at its worst," and '
            'saying, "Opponents have hijacked this debate through lies."',
            False,
        ),
    ],
)
def test_what_is_read_as_a_denial(sentence: str, denies: bool) -> None:
    from newsprism.compare.denial import denied_words

    assert (denied_words(sentence) is not None) is denies


def test_what_is_denied_leaves_out_the_denier() -> None:
    """BASIL: "..., a contention Ms. Lerner's lawyer disputed" was set against a sentence
    about her lawyer's letter, the one shared word being the denier's own "lawyer"."""
    from newsprism.compare.denial import denied_words

    words = denied_words(
        "They argued that she had waived her right and could be compelled to testify, a "
        "contention Ms. Lerner's lawyer disputed."
    )
    assert words is not None and {"waiv", "compel"} <= words and "lawyer" not in words
    assert denied_words("Gattine called him a racist, something Gattine has denied.") == {"racist"}
    # a claim called false is all before the cue
    words = denied_words("She told them that accusations that she had misled them were false.")
    assert words is not None and "misl" in words


@pytest.mark.parametrize(
    ("sentence", "asserts"),
    [
        ("Gattine called him a racist in the hallway.", True),
        # BASIL: the other outlet's account of a denied claim called it a mistaken belief
        ("LePage mistakenly believed Gattine had called him a racist.", False),
        ("He wrongly thought the meeting was over.", False),
        ("She said he wasn't questioning the results.", False),
        ("Congressman Grimm asserts his innocence of any wrongdoing.", False),
        # PAC: the side that denies, holding its own position, is not the other side
        ("But US military officials maintain the drone was in international airspace.", False),
        ("The ministry insisted that the convoy carried only food.", False),
        ("The regime will maintain control of the border crossing.", True),
    ],
)
def test_what_asserts_a_denied_point(sentence: str, asserts: bool) -> None:
    from newsprism.compare.conflicts import asserts_as_fact

    assert asserts_as_fact(sentence) is asserts


def test_the_digest_states_a_denial_once_however_many_sentences_assert_it() -> None:
    from newsprism.compare.digest import write_digest
    from newsprism.compare.records import Conflict, Evidence, Side

    denial = Evidence("nyt", "n", 0, 40, "The special counsel disputed a report that X.")
    claims = [Evidence("fox", "f", 10 * i, 10 * i + 9, f"Report {i} says X.") for i in (1, 2)]
    conflicts = [
        Conflict("denial", "X", [Side("nyt", "denies", denial, "the outlet itself"),
                                 Side("fox", "asserts", claim, "the outlet itself")])
        for claim in claims
    ]  # fmt: skip
    pages = [Evidence(s, s, 0, 9, f"A {n}-page indictment.") for s, n in (("nyt", 48), ("fox", 47))]
    conflicts.append(
        Conflict("amount", "pages", [Side(e.source, str(n), e, "the outlet itself")
                                    for e, n in zip(pages, (48, 47), strict=True)])
    )  # fmt: skip
    lines = [line.text for line in write_digest([], conflicts, CompareOptions())]
    assert len(lines) == 2, lines
    assert lines[0].startswith("Disputed (X): fox reports it")
    assert (
        lines[1] == "Disputed: outlets differ on the number of pages: nyt gives 48; fox gives 47."
    )


def test_quote_provenance_reads_only_the_speakers_words() -> None:
    """Found on BASIL: the NYT's "“This American carnage,” he declared, “stops right here”"
    was listed as reworded against Fox's version, the difference being "he declared"; and
    "Trump! Trump! Trump!" (one word, thrice) was grouped with a quote that says "Trump"."""
    from newsprism.compare.provenance import quote_groups

    def account(source: str, text: str, quotes: list[Quote]) -> Account:
        return Account(source, source, text, None, False, Analysis(source, quotes=quotes))

    def quote(text: str, part: str, cue: str, key: str) -> Quote:
        start = text.index(part)
        at = text.index(cue)
        return Quote(Span(start, start + len(part), part), "direct", None, key,
                     Span(at, at + len(cue), cue))  # fmt: skip

    nyt = "“This American carnage,” he declared, “stops right here and stops right now.”"
    fox = "“This American carnage stops right here and stops right now,” he said."
    chant = "The crowd began chanting “Trump! Trump! Trump!” as he spoke."
    rally = "He promised “a robust start to the Trump administration,” Brown said."
    accounts = [
        account("nyt", nyt + " " + chant,
                [quote(nyt, nyt[1:-2], "declared", "trump"),
                 quote(nyt + " " + chant, "Trump! Trump! Trump!", "chanting", "crowd")]),
        account("fox", fox + " " + rally,
                [quote(fox, fox[1:-11], "said", "trump"),
                 quote(fox + " " + rally, "a robust start to the Trump administration", "said",
                       "crowd")]),
    ]  # fmt: skip
    groups, _ = quote_groups(accounts, {"trump": "Donald Trump", "crowd": "the crowd"})
    assert [(g.sources, g.drift) for g in groups] == [
        (["nyt", "fox"], "same"),
        (["nyt"], "same"),  # the chant: still who the NYT quotes, grouped with nothing
        (["fox"], "same"),
    ]


def test_versions_share_a_run_and_a_partial_inside_its_whole_counts_once() -> None:
    """Found on BASIL (Weiner): HuffPost's partial quote "not going to talk about this
    anymore" was grouped with another of Fox's answers ("... I am not going to allow this
    thing to dominate what I talk about") by shared words alone, and read twice, once as the
    partial and once inside the whole answer, so the group listed it as a difference."""
    from newsprism.compare.provenance import _group, _grouped, _spoken
    from newsprism.compare.records import Evidence, QuoteVersion
    from newsprism.textutil import tokens as _words

    def version(source: str, text: str, start: int) -> tuple[str, list[str], QuoteVersion]:
        ev = Evidence(source, source, start, start + len(text), text)
        return ("weiner", _words(text), QuoteVersion(source, "Weiner", text, ev, None, None))

    partial = Quote(Span(0, 44, 'that he\'s "not going to talk about this anymore,"'), "partial",
                    None, "weiner", None)  # fmt: skip
    assert _words(_spoken(partial)) == _words("not going to talk about this anymore")
    tactic = "But I am not going to allow this thing to dominate what I talk about"
    reply = "You know I'm not going to talk about this anymore"
    whole = "I'm not going to talk about this anymore. I think I would not spend three days"
    versions = [version("fox", tactic, 0), version("hpo", _spoken(partial), 0),
                version("hpo", whole, 300), version("fox", reply, 500)]  # fmt: skip
    assert _grouped(versions) == [[0], [1, 2, 3]]
    group = _group([versions[i] for i in (1, 2, 3)])
    assert group.drift == "truncated" and group.differences == []


def test_a_shared_digest_line_opens_with_a_capital() -> None:
    # Found on BASIL (Orlando): "the statement said: “I am trying to save lives ...”".
    from newsprism.compare.digest import ArticleMarks, Said, write_digest
    from newsprism.compare.records import Evidence, Fact

    words = "I am trying to save lives and prevent the next terrorist attack."
    a = Evidence("A", "a", 0, len(words), words)
    b = Evidence("B", "b", 0, len(words), words)
    marks = ArticleMarks(
        said={k: [Said(0, len(words), (200,), "the statement")] for k in ("a", "b")}
    )
    fact = Fact("F1", "all", ["A", "B"], [a, b], core=[0, 1])
    line = write_digest([fact], [], CompareOptions(), marks)[0]
    assert line.text == f"The statement said: “{words}”", line.text


ABORTION_A = """Court ruling leaves states to decide on abortion

The court's lawyer said she had handed over about 30,000 of her emails to the
committee. Abortion remains legal in all 50 states for now, the court's clerk said. Nine
states have old abortion bans on the books; 13 states have trigger bans tied to the ruling.
Analysts say 27 states are likely to ban abortion if the ruling is overturned. A survey of
clinic owners in June found that 66% of clinic owners expect to close. The clinic in Dayton
sold E15, a fuel that is 15% ethanol. Its rival sells E10, containing 10% ethanol, all year.
Fire officials said the blaze destroyed 48 homes in the valley. Marc Short, the governor's
chief of staff, dismissed the criticism of the trip, saying the trip was planned at the last
minute because of the storm. Democrats in Texas fled the state in 2003 to deny a quorum on
the redistricting bill.
"""

ABORTION_B = """States move on abortion after court ruling

The court's lawyer said she had handed over roughly 60,000 emails to the committee.
Abortion is now banned in 24 states, the court's clerk said. 16 states have trigger bans tied
to the ruling. 21 states have abortion bans in effect, analysts say. A March survey of
clinic owners found that 59% of clinic owners expect to close. The clinic in Dayton sold a
fuel that is 10% ethanol. Fire officials said the blaze destroyed 43 homes in the valley.
Marc Short, the governor's chief of staff, explained that the trip was planned at the last
minute because of the storm.
Democrats in Texas fled the state in 2003 to block a quorum on the redistricting bill.
"""


def test_parts_wholes_projections_and_other_times_are_no_conflicts(tmp_path: Path) -> None:
    """Read on PAC, where 9 of 15 conflicts were none of these: a part ("30,000 of her
    emails") against the whole ("roughly 60,000 emails"), a whole set ("all 50 states"), a
    breakdown ("Nine states ...; 13 states ..."), a projection ("27 states are likely to
    ban") against a count, two surveys of different months, a figure the other outlet also
    gives elsewhere ("15% ethanol"), one man's denial set against his own account, and a
    refusal ("to deny a quorum"). The homes destroyed (48 against 43) are a real discrepancy."""
    db = _two_outlets(tmp_path, "2025-06-05", ABORTION_A, ABORTION_B)
    c = compare_articles(db, [a.id for a in db.articles()])
    found = {(k.kind, k.subject): sorted(s.value for s in k.sides) for k in c.conflicts}
    assert found == {("amount", "homes"): ["43", "48"]}, c.conflicts


NOMINEE_A = """Senate Republicans move to confirm the nominee

The Senate's cloture rule requires a supermajority of 60 votes to overcome a filibuster of
the nominee, senators said. The spending bill needs 218 votes to pass the House, aides said.
"""

NOMINEE_B = """Democrats dig in against the nominee

Senator Ruth Kagame said she had the 41 votes necessary to filibuster the nominee. The
spending bill needs 216 votes to pass the House, aides said.
"""


def test_a_threshold_for_another_end_is_no_conflict(tmp_path: Path) -> None:
    """BASIL (the Gorsuch vote): "requires a supermajority of 60 votes to overcome such a
    filibuster" had been set against "the 41 votes necessary to filibuster the nomination":
    thresholds for opposite ends. Two thresholds for one end (218 against 216 votes to pass
    the House) still conflict."""
    db = _two_outlets(tmp_path, "2025-06-05", NOMINEE_A, NOMINEE_B)
    c = compare_articles(db, [a.id for a in db.articles()])
    found = sorted(sorted(s.value for s in k.sides) for k in c.conflicts if k.kind == "amount")
    assert found == [["216", "218"]], c.conflicts


KEYSTONE_A = """Keystone pipeline wins Senate vote

McConnell had already allowed the Senate to process 24 amendments and wanted to wrap up the
issue, aides said. Protesters said that 300 people marched on the Capitol on Tuesday.
"""

KEYSTONE_B = """Senate passes Keystone bill

Senate Majority Leader Mitch McConnell praised the 41 amendments that got votes, aides said.
Police said that 120 people marched on the Capitol on Tuesday.
"""


def test_a_count_still_running_does_not_contradict_a_larger_one(tmp_path: Path) -> None:
    """PAC: "had already allowed the Senate to process 24 amendments" had been set against
    "the 41 amendments that got votes": a tally told "already" or "so far" is the count up
    to then. Two final counts (300 against 120 marchers) still conflict."""
    db = _two_outlets(tmp_path, "2015-01-29", KEYSTONE_A, KEYSTONE_B)
    c = compare_articles(db, [a.id for a in db.articles()])
    found = sorted(sorted(s.value for s in k.sides) for k in c.conflicts if k.kind == "amount")
    assert found == [["120", "300"]], c.conflicts


def test_a_figure_told_at_another_time_is_no_conflict() -> None:
    """Two figures of one quantity conflict only when told of one time: not from articles
    published a week apart (a toll rises), not when each sentence names a different month,
    but a time just after a verb of saying ("said late Monday") is when it was said, not when
    the pages came."""
    import numpy as np

    from newsprism.compare.conflicts import _same_time, _times
    from newsprism.compare.material import Account, Sentence
    from newsprism.understand.records import Claim, Quote, TimeExpression

    def sentence(n: int, text: str, day: dt.date, when: str = "", month: int = 0) -> Sentence:
        times, quotes = [], []
        if when:  # a month when one is given, else the day before publication
            start, value = text.index(when), dt.date(2025, month or 3, 1 if month else 3)
            times.append(TimeExpression(Span(start, start + len(when), when), "date", value,
                                        "month" if month else "day", "publication"))  # fmt: skip
        if " said " in text:
            cue = text.index(" said ") + 1
            quotes.append(Quote(Span(cue + 5, len(text), text[cue + 5 :]), "indirect", None,
                                None, Span(cue, cue + 4, "said")))  # fmt: skip
        analysis = Analysis(f"a{n}", times=times, quotes=quotes)
        account = Account(f"a{n}", "AB"[n], text, day, False, analysis)
        claim = Claim(Span(0, len(text), text), ())
        return Sentence(n, account, claim, np.ones(2, dtype=np.float32), frozenset(), False)

    def same(a: Sentence, b: Sentence) -> bool:
        return _same_time(a, b, _times(a), _times(b))

    day = dt.date(2025, 3, 4)
    a = sentence(0, "At least 26 people were killed in the blast.", day)
    assert same(a, sentence(1, "31 people were killed in the blast.", day))
    later = sentence(1, "31 people were killed in the blast.", day + dt.timedelta(days=7))
    assert not same(a, later)
    pages = sentence(0, "The department said late Monday it had received 55,000 pages.", day,
                     "late Monday")  # fmt: skip
    delivered = sentence(1, "In December, 50,000 pages were delivered.", day, "December", 12)
    assert same(pages, delivered)
    survey = sentence(0, "A survey in March found 66% of owners expect to close.", day, "March", 3)
    assert not same(survey, delivered)


def test_what_is_called_untrue_is_the_clause_before() -> None:
    """ "An NPR reporter pointed out that was untrue, Biden changed his answer, saying ...":
    what is called untrue is "that", not Biden's new answer (PAC set the words after it
    against another outlet's account of that answer)."""
    from newsprism.compare.denial import denied_words

    text = ("When an NPR reporter pointed out that was untrue, Biden changed his answer, saying "
            "the checkpoints were letting through people showing American passports.")  # fmt: skip
    assert denied_words(text) == frozenset()
    assert denied_words("Netanyahu said reports of a rift with Trump were false.") == {"rift"}
    # the idea of something is a proposal; the idea that something is so, a claim
    assert denied_words("Officials rejected the idea of a new indoor mask mandate.") is None
    assert denied_words("Officials rejected the idea that masks were failing.") == {"mask", "fail"}


PROTEST_A = """Farmers block roads in protest

Hundreds of farmers blocked roads outside the capital on Monday over fuel prices.

"We cannot pay these prices and keep our farms," they said in a joint letter. Police watched.
"""

PROTEST_B = """Roads blocked as farmers protest fuel costs

Farmers blocked several roads on Monday, and police closed the motorway.

"The prices will be reviewed this month," Minister Anna Berg told reporters at a roadblock.

"Nobody wants a blockade," you might say.
"""


def test_an_unresolved_pronoun_is_no_source_an_outlet_alone_quotes(tmp_path: Path) -> None:
    """PAC: "they" was listed among the sources The Hill alone quotes. A pronoun the analysis
    could not resolve names nobody, and two outlets' "they" are not one speaker. The quotes
    are still shown, said to be someone's the article names earlier (BASIL: "they (1)" was
    listed among whom HuffPost quotes)."""
    c = _compare_two(tmp_path, ("Daily Courier", PROTEST_A), ("Evening Post", PROTEST_B))
    earlier = "someone the article names earlier"
    assert any(g.speaker == earlier for g in c.quotes)
    assert not any(g.speaker.lower() in {"they", "you"} for g in c.quotes if g.speaker)
    listed = [name.lower() for names in c.only_quoted_by.values() for name in names]
    assert not {"they", "you", earlier} & set(listed), c.only_quoted_by
    quoted = {name for names in c.framing.quoted.values() for name in names}
    assert not {"they", "They", "you"} & quoted and earlier in quoted, quoted
    # an "I" or "we" the analysis left unresolved is the writer's own, and so is the "'s" of
    # "let's ask ..." (Biden's op-ed in PAC)
    assert [pronoun_label(w) for w in ("I", "we", "’s", "They", "Trump")] == [
        "the writer",
        "the writer",
        "the writer",
        earlier,
        None,
    ]


def test_a_plural_title_or_an_abbreviated_office_is_not_a_description(tmp_path: Path) -> None:
    """BASIL: "Senators Kirsten Gillibrand and Kamala Harris" had made "Senators" how the
    New York Times framed Gillibrand, whom Fox calls "Sen. Kirsten Gillibrand": a title
    shared by several names, and the office "Sen." names."""
    c = _compare_two(
        tmp_path,
        (
            "Coast Courier",
            "With no detailed information available about the report, Ms. Warren and Mr. "
            "Booker — as well as Senators Kirsten Gillibrand and Kamala Harris — sought to "
            "focus attention and pressure on how quickly Attorney General William P. Barr "
            "would release the full report.\n\nMs. Gillibrand made similar demands and also "
            "retweeted the news of the report.\n",
        ),
        (
            "Harbour Post",
            "And Sen. Kirsten Gillibrand of New York also chimed in, demanding that the "
            "“Mueller report must be made public.”\n\nSen. Kamala Harris of California wrote "
            "on Twitter Sunday that the report is not sufficient.\n",
        ),
    )
    said = {w.referent: w.by_source for w in c.framing.wordings if w.kind == "actor"}
    assert "Senators" not in str(said.get("Kirsten Gillibrand", {})), said


def test_a_title_s_last_word_is_not_a_description(tmp_path: Path) -> None:
    """PAC: NBC's "CBO Director Phillip Swagel" and the Washington Examiner's "Phillip
    Swagel, the director of the CBO" say the same; framing had listed "director" as the
    Examiner's word for him. Another noun still counts ("a veteran economist")."""
    c = _compare_two(
        tmp_path,
        (
            "Coast Courier",
            "The plan will cost about $400 billion, CBO Director Phillip Swagel said on Monday.\n",
        ),
        (
            "Harbour Post",
            "Phillip Swagel, the director of the CBO, estimated on Monday that the plan will "
            "cost about $400 billion. Swagel, a veteran economist, called the estimate "
            "uncertain.\n",
        ),
    )
    said = {w.referent: w.by_source for w in c.framing.wordings if w.kind == "actor"}
    assert said["Phillip Swagel"]["Harbour Post"] == ["veteran economist"], said


def test_people_quoted_together_each_count_among_whom_an_outlet_quotes(tmp_path: Path) -> None:
    """NBC (PAC): "Senate Majority Leader Chuck Schumer, D-N.Y., and Sen. Elizabeth Warren,
    D-Mass., argued ..." counted for Schumer alone; a joint statement quotes both. Not
    the owner of a speaking noun, nor people a preposition names ("the rift between Mr.
    Obama and Mr. Trump")."""
    c = _compare_two(
        tmp_path,
        (
            "Coast Courier",
            "The budget office said on Monday that the plan will cost $400 billion. Senate "
            "leader Anna Reyes, D-Ore., and Sen. Tom Baker, D-Mass., argued that families "
            "will have more room. Tom Baker's chief of staff and Rep. Lia Wong said the bill "
            "would pass. A spokesman for Anna Reyes and Lia Wong said the vote was close.\n",
        ),
        (
            "Harbour Post",
            "The plan will cost $400 billion, the budget office said on Monday. Mayor Ines "
            "Barros said the estimate was uncertain.\n",
        ),
    )
    # the owner of a speaking noun is not quoted ("Mike Pence's chief of staff", CNN)
    assert c.framing.quoted["Coast Courier"].get("Tom Baker") == 1, c.framing.quoted
    assert c.framing.quoted["Coast Courier"].get("Lia Wong") == 1, c.framing.quoted
    assert "Anna Reyes" in c.framing.quoted["Coast Courier"], c.framing.quoted
    assert c.framing.quoted["Harbour Post"].get("Ines Barros") == 1, c.framing.quoted


def test_nobody_is_not_among_whom_an_outlet_quotes(tmp_path: Path) -> None:
    """PAC's Palm Beach Post: "Nobody’s going to argue that the IRS ... couldn’t be more
    efficient" listed "Nobody" among its sources."""
    c = _compare_two(
        tmp_path,
        (
            "Coast Courier",
            "The budget office said on Monday that the plan will cost $400 billion. Nobody is "
            "going to argue that the office could not be more efficient.\n",
        ),
        ("Harbour Post", "The plan will cost $400 billion, the budget office said on Monday.\n"),
    )
    assert "Nobody" not in c.framing.quoted["Coast Courier"], c.framing.quoted
    assert c.framing.quoted["Coast Courier"], c.framing.quoted


def test_an_undated_event_takes_no_day_from_a_relative_clause_about_someone_else() -> None:
    """PAC (Daily Beast): "Licht praised the performance of moderator Kaitlan Collins, who
    battled ... on Wednesday night" was dated Wednesday on the timeline, the one day of its
    sentence; the praise was on Thursday's call. A day in the verb's own clause still
    dates it."""
    from dataclasses import replace

    text = "Licht praised the moderator, who battled on Wednesday night, and left."
    praised = replace(_event(text, "praised", ("Licht", "e1"), ("the moderator", None)), date=None)
    account = _account("A", text, [praised])
    account.days = {text.index("Wednesday"): dt.date(2023, 5, 10)}
    assert [t.date for t in merged_timeline([account], {"e1": "Chris Licht"})] == [None]
    own = "On Wednesday night Licht praised the moderator, who battled on."
    praised = replace(_event(own, "praised", ("Licht", "e1"), ("the moderator", None)), date=None)
    account = _account("A", own, [praised])
    account.days = {own.index("Wednesday"): dt.date(2023, 5, 10)}
    assert [t.date for t in merged_timeline([account], {"e1": "Chris Licht"})] == ["2023-05-10"]


HALL_A = """Council approves new town hall

The city council on Monday approved the long-delayed town hall project in a 7-2 vote, after
two years of debate over its cost. The vote came after residents gathered on the front steps
of the old building. Construction, paid for with U.S. grants, will begin in March.
"""

HALL_B = """Council backs costly town hall

The city council on Monday approved the costly town hall project by seven votes to two,
ending two years of debate over its cost. The next steps are a tender and a design contest.
Construction, paid for with US grants, is to begin in March.
"""


def test_phrase_wordings_come_from_one_shared_fact_and_ignore_spelling(tmp_path: Path) -> None:
    """Two outlets' words for one thing are set side by side only where both tell the same
    fact: "long-delayed town hall project" against "costly town hall project". The old
    building's "front steps" and the plan's "next steps" share a head but not a referent
    (PAC's Krasner story listed them), and "U.S. grants" says what "US grants" says."""
    c = _compare_two(tmp_path, ("Harbour Times", HALL_A), ("Northern Chronicle", HALL_B))
    phrases = {w.referent: w.by_source for w in c.framing.wordings if w.kind == "phrase"}
    assert "long-delayed town hall project" in phrases["project"]["Harbour Times"]
    assert any("costly" in t for t in phrases["project"]["Northern Chronicle"])
    assert "step" not in phrases and "grant" not in phrases


def test_a_name_cut_short_is_not_a_description(tmp_path: Path) -> None:
    """Fox (PAC) wrote "the Biden administration" and then "the administration"; framing had
    listed "administration" as its word for the Biden administration. A word of its own
    still counts ("a frequent target of migrant advocates")."""
    c = _compare_two(
        tmp_path,
        (
            "Coast Courier",
            "The Biden administration announced a parole program on Monday. The "
            "administration said 24,000 migrants would be accepted.\n",
        ),
        (
            "Harbour Post",
            "The Biden administration, a frequent target of migrant advocates, on Monday "
            "announced a parole program that will accept 24,000 migrants.\n",
        ),
    )
    said = {w.referent: w.by_source for w in c.framing.wordings if w.kind == "actor"}
    words = said.get("Biden administration", {})
    assert "administration" not in words.get("Coast Courier", []), said
    assert any("target" in w for w in words.get("Harbour Post", [])), said


def test_quotations_joined_without_words_between_are_shown_apart() -> None:
    """Fox (PAC): Jill Biden's '“He says he’s not done,” the first lady told the Associated
    Press ... “... what’s important.” “How many times ...?”' was shown with the two marks
    between the last parts left in: 'important." "How many times'."""
    text = (
        "“He says he’s not done,” the first lady told the Associated Press. “And that’s what’s "
        "important.” “How many times does he have to say it?”"
    )
    cue = text.index("told")
    quote = Quote(Span(1, len(text) - 1, text[1:-1]), "direct", None, "jill",
                  Span(cue, cue + 4, "told"))  # fmt: skip
    assert quote.shown() == (
        "He says he’s not done … And that’s what’s important. … How many times does he have "
        "to say it?"
    )
    assert "important. How" in quote.without_interruption(" ")


def test_quotation_marks_are_no_wording() -> None:
    """Fox (PAC, tokenised): 'universal " background checks' was listed as a wording, the
    mark inside it."""
    from newsprism.compare.framing import _add

    words: dict[str, dict[str, list[str]]] = {}
    evidence: dict[str, list] = {}
    account = _account("Fox", 'universal " background checks', [])
    _add(words, evidence, "check", account, 'universal " background checks', 0, 29)
    _add(words, evidence, "check", account, "“the” background checks", 0, 24)
    assert words == {"check": {"Fox": ["universal background checks", "background checks"]}}


VIGIL_A = """Floyd's sister leads vigil in Minneapolis

Bridgett Floyd led a vigil in Minneapolis on Thursday. She called for "unity in the
community" and greater accountability in law enforcement.
"""

VIGIL_B = """Vigil marks a year since George Floyd's death

Hundreds gathered in Minneapolis on Thursday for a vigil led by Bridgett Floyd. "We will
celebrate my brother's life in a very, very special way," Bridgett Floyd said.
"""


def test_a_partial_quote_is_shown_without_marks_of_ours(tmp_path: Path) -> None:
    """Found in PAC (USA TODAY on George Floyd's anniversary): the quotes section put its own
    marks around a partial quote, so the paraphrase around "unity in the community" read
    as Bridgett Floyd's words."""
    c = _compare_two(tmp_path, ("Metro Ledger", VIGIL_A), ("State Wire", VIGIL_B))
    shown = '"unity in the community" and greater accountability in law enforcement'
    assert f"Metro Ledger: {shown} (called)" in to_markdown(c).replace("\\", "")
    assert f"Metro Ledger: {html.escape(shown)}</li>" in to_html(c)
    assert "State Wire: “We will celebrate my brother's life" in to_markdown(c)


def test_a_continuation_joined_with_a_partial_quote_keeps_each_part_s_marks() -> None:
    from newsprism.compare.provenance import _join
    from newsprism.compare.records import Evidence, QuoteVersion

    said = "We will win this"
    version = QuoteVersion("nyt", "Smith", said, Evidence("nyt", "a", 0, 16, said), None, None)
    partial = 'that the vote was "a fight for the city"'
    _join(version, Quote(Span(30, 30 + len(partial), partial), "partial", None, "smith", None))
    assert version.shown() == f"“{said}” … {partial}"
    _join(version, Quote(Span(90, 102, "and we will"), "direct", None, "smith", None))
    assert version.shown() == f"“{said}” … {partial} … “and we will”"


WALKOUT_A = """Oregon Senate president pleads with absent Republicans

Senate President Peter Courtney opened the session on Thursday. “I beg and beseech my fellow
legislators to come to the floor,” The Oregonian reported Courtney saying, as he placed his
head in his hands.
"""

WALKOUT_B = """Oregon Republicans stay away from the Capitol

Republican senators stayed away from the Capitol in Salem on Thursday. Courtney said the
walkout was hurting the people of Oregon.
"""


def test_a_source_reporting_someone_saying_is_not_listed_as_quoted(tmp_path: Path) -> None:
    """Found in PAC (Mother Jones): "“...,” The Oregonian reported Courtney saying" listed
    The Oregonian as a speaker of the paper's report of Courtney's words."""
    c = _compare_two(tmp_path, ("Metro Ledger", WALKOUT_A), ("State Wire", WALKOUT_B))
    speakers = [g.speaker for g in c.quotes]
    assert any("Courtney" in (s or "") for s in speakers), speakers
    assert not any("Oregonian" in (s or "") for s in speakers), speakers


CANCER_A = """Biden says he has cancer, White House clarifies

PEOPLE confirmed with the White House that the president was not announcing a diagnosis.
"That's why I and so many other people I grew up with have cancer," Biden said on Wednesday
in Somerset, Massachusetts.
"""

CANCER_B = """White House says Biden misspoke about cancer

The White House said on Wednesday that Biden "mistakenly stated that he has cancer" in a
speech in Somerset, Massachusetts.
"""


def test_an_outlet_is_not_among_those_it_quotes(tmp_path: Path) -> None:
    """Found in PAC: People listed "PEOPLE" among whom it quotes, for "PEOPLE confirmed with
    the White House that ..."."""
    c = _compare_two(tmp_path, ("People", CANCER_A), ("State Wire", CANCER_B))
    assert "PEOPLE" not in c.framing.quoted["People"], c.framing.quoted
    assert c.framing.quoted["People"], c.framing.quoted


def test_a_shorter_name_is_not_a_description(tmp_path: Path) -> None:
    """NBC (PAC) wrote "the Centers for Disease Control" for the Centers for Disease Control
    and Prevention; framing listed that as NBC's word for it, against none from the New York
    Post. A shorter name says nothing of how an outlet sees the agency."""
    c = _compare_two(
        tmp_path,
        (
            "Coast Courier",
            "Sources say the Centers for Disease Control informed officials on Tuesday that it "
            "planned to end the order on May 23. The CDC declined to comment. The Centers for "
            "Disease Control ’s review is due on Wednesday.\n",
        ),
        (
            "Harbour Post",
            "The Centers for Disease Control and Prevention (CDC) will end the order on May 23, "
            "officials said. The CDC reviewed the policy on Wednesday.\n",
        ),
    )
    said = {w.referent: w.by_source for w in c.framing.wordings if w.kind == "actor"}
    assert "Centers for Disease Control and Prevention" not in said, said
