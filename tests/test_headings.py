"""Headings in capitals inside a body: another story's words, kept out of this one's."""

from __future__ import annotations

import datetime as dt

from newsprism.understand.analyze import AnalysisInput, AnalyzeOptions, analyze_inputs
from newsprism.understand.records import Analysis

OPTIONS = AnalyzeOptions(workers=1, embed=False)

# A body as a feed joins it: the linked headlines run into the next sentence.
GLUED = (
    "The network is facing criticism from its own staff for airing the forum on Wednesday, "
    "according to its media reporter. "
    '"The audience cheered every false claim," Oliver Darcy wrote in his newsletter. '
    "SENATORS RAGE OVER NETWORK'S 'DISGRACEFUL' FORUM: 'PULL IT OFF THE AIR' "
    "The network's media reporter continued to complain about the forum. "
    '"Will they defend it? Or will they express some regret?" '
    "GOVERNOR CALLS ANCHOR A 'NASTY PERSON' AFTER HEATED EXCHANGE "
    "Maria Lopez, the network's chief executive, defended the decision on Thursday. "
    "CLICK HERE TO GET THE NEWS APP "
    '"We will keep asking hard questions," Lopez told staff.'
)


def _analysis(text: str) -> Analysis:
    return analyze_inputs([AnalysisInput("a", text, dt.date(2023, 5, 11), "en")], OPTIONS)[0]


def _inside(text: str, start: int, heading: str) -> bool:
    at = text.index(heading)
    return at <= start < at + len(heading)


HEADINGS = [
    "SENATORS RAGE OVER NETWORK'S 'DISGRACEFUL' FORUM: 'PULL IT OFF THE AIR'",
    "GOVERNOR CALLS ANCHOR A 'NASTY PERSON' AFTER HEATED EXCHANGE",
    "CLICK HERE TO GET THE NEWS APP",
]


def test_a_heading_glued_to_the_body_yields_nothing_and_parts_its_neighbours() -> None:
    a = _analysis(GLUED)
    spans = (
        [m.start for x in a.actors for m in x.mentions]
        + [q.content.start for q in a.quotes]
        + [q.speaker.start for q in a.quotes if q.speaker]
        + [c.span.start for c in a.claims]
        + [t.span.start for t in a.terms]
        + [e.sentence.start for e in a.events]
    )
    for heading in HEADINGS:
        assert not [s for s in spans if _inside(GLUED, s, heading)], heading
    names = {x.key: x.name for x in a.actors}
    by_words = {q.content.text: q for q in a.quotes}
    # the words before a heading are not its "GOVERNOR"'s; they go on from Darcy, if anyone
    regret = next(q for w, q in by_words.items() if "Will they defend" in w)
    assert regret.speaker is None or "GOVERNOR" not in regret.speaker.text
    complaint = next(q for q in a.quotes if q.cue and q.cue.text == "continued")
    assert complaint.speaker is not None and complaint.speaker.text.startswith("The network")
    assert names.get(str(by_words["We will keep asking hard questions"].speaker_key)) == (
        "Maria Lopez"
    )


def test_capitals_inside_quotation_marks_or_all_through_are_the_text() -> None:
    tweet = (
        'The senator posted on Friday: "THIS IS AMATEUR HOUR. HEADS SHOULD ROLL OVER THIS," '
        "and deleted the post an hour later."
    )
    a = _analysis(tweet)
    assert any("AMATEUR HOUR" in q.content.text for q in a.quotes)
    shouted = (
        "THE MAYOR OF SPRINGFIELD SAID ON MONDAY THAT THE BRIDGE WILL REOPEN IN MAY. "
        "OFFICIALS ESTIMATE REPAIRS WILL COST 4 MILLION DOLLARS."
    )
    b = _analysis(shouted)
    assert b.claims  # an article written in capitals is read, not skipped as headings


def test_the_headings_found_and_an_article_s_own_headline_in_capitals_left_to_it() -> None:
    from newsprism.understand.headings import heading_ranges
    from newsprism.understand.model import load_pipeline

    nlp = load_pipeline()
    found = [GLUED[s:e] for s, e in heading_ranges(nlp(GLUED))]
    assert found == HEADINGS
    # "... AIR' CNN's reporter": the name the next sentence's possessive owns is not read in
    owned = (
        "The forum drew a large audience on Wednesday night, the network said in a statement "
        "that it sent to its viewers and to the press. "
        "SENATORS RAGE OVER THE NETWORK'S FORUM AGAIN CNN's reporter said it was fine."
    )
    assert [owned[s:e] for s, e in heading_ranges(nlp(owned))] == [
        "SENATORS RAGE OVER THE NETWORK'S FORUM AGAIN"
    ]
    # the headline, a stamp and a lede in capitals, before the body has begun, stay text
    headline = (
        "http://example.com/news/mayor-promises-new-bridge-for-springfield-residents\n\n"
        "MAYOR PROMISES NEW BRIDGE FOR SPRINGFIELD RESIDENTS\n\n"
        "PUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM\n\n"
        "Mayor Ann Cole promised on Monday that the city would build a new bridge."
    )
    assert heading_ranges(nlp(headline)) == []
    lede = (
        "Fire in Athens\n\nA general strike against cuts in public spending turned violent in "
        "the capital on Wednesday, as thousands marched on the parliament.\n\n"
        "THREE PEOPLE HAVE DIED IN A BLAZE that broke out at a bank in "
        "central Athens during a general strike against cuts in public spending, police said."
    )
    assert heading_ranges(nlp(lede)) == []
    body = (
        "The host opened the show on Sunday with the senator, who had flown in from her home "
        "state for the interview.\n\n"
    )
    transcript = body + "CHRIS MATTHEWS, MSNBC HOST: Well, speculation is bad for everyone."
    assert heading_ranges(nlp(transcript)) == []  # a transcript's speaker
    subhead = body + "HOW ACCURATE ARE ONLINE PANELS? - A new report compares web samples."
    assert [subhead[s:e] for s, e in heading_ranges(nlp(subhead))] == [
        "HOW ACCURATE ARE ONLINE PANELS?"
    ]  # "A" before a lower-case word is the sentence's


def test_a_heading_ends_the_chain_of_he_added() -> None:
    """HuffPost's newsletters set an excerpt of another story after its heading: the
    excerpt's words are not those of the speaker quoted before the heading."""
    text = (
        "Morning Briefing\n\nBernie Sanders spoke to a crowd of supporters in a school gym in "
        "Iowa on Monday. “My rival is in serious "
        "trouble,” Sanders said. “The race is tightening.” [NYT.]  "
        "EBOLA SURVIVORS, THROUGH THE LENS “It’s about creating agency for communities who "
        "present their own stories to the world.” [Mollie Reilly.]"
    )
    a = _analysis(text)
    excerpt = next(q for q in a.quotes if "creating agency" in q.content.text)
    assert excerpt.speaker_key is None, excerpt


# A feed's body with two photos: each caption and credit glued to the next sentence.
CAPTIONED = (
    "The White House on Thursday released its review of the withdrawal from Afghanistan, "
    "defending the decision to pull out. In this handout provided by the U.S. Marine Corps, "
    "a Marine with the 24th Marine Expeditionary unit ... [+] (MEU) passes out water to "
    "evacuees at Hamid Karzai International Airport on August 21, 2021 in Kabul, "
    "Afghanistan. Isaiah Campbell/U.S. Marine Corps via Getty The summary said that the "
    "administration was constrained by the agreement its predecessor made with the Taliban. "
    "Swedish climate activist Greta Thunberg walks with protesters during a march in New York "
    "on September 20, 2019. Timothy A. Clary/AFP/Getty Images National Security Council "
    "spokesman John Kirby said the report would not be declassified."
)


def test_photo_captions_and_credits_yield_nothing_and_free_the_next_sentence() -> None:
    """PAC (Forbes, CNN): a caption was a claim only one outlet made and an event of 2019
    in a story of 2023, and the credit ran into the next sentence."""
    from newsprism.understand.headings import heading_ranges
    from newsprism.understand.model import load_pipeline

    doc = load_pipeline()(CAPTIONED)
    found = [CAPTIONED[s:e] for s, e in heading_ranges(doc)]
    assert "Isaiah Campbell/U.S. Marine Corps via Getty" in found
    assert "Timothy A. Clary/AFP/Getty Images" in found
    assert any(f.startswith("In this handout") and f.endswith("Afghanistan.") for f in found)
    assert any(f.startswith("Swedish climate activist") for f in found)

    a = _analysis(CAPTIONED)
    claims = [c.span.text for c in a.claims]
    assert not any("passes out water" in c or "Thunberg" in c for c in claims), claims
    assert any(c.startswith("The summary said") for c in claims), claims
    assert not any("Thunberg" in m.text for x in a.actors for m in x.mentions)
    kirby = next(q for q in a.quotes if "declassified" in q.content.text)
    assert kirby.speaker is not None and kirby.speaker.text.endswith("John Kirby")
    assert not any((e.date or "").startswith("2019") for e in a.events)


def test_a_slash_in_running_text_is_no_credit() -> None:
    """Only a name before the agency makes a credit, and only a sentence that ends right
    before it is a caption."""
    from newsprism.understand.headings import heading_ranges
    from newsprism.understand.model import load_pipeline

    text = (
        "The senator spoke for an hour on Tuesday. A poll by the AP/NORC center found that "
        "most voters agreed with her. A photo by John Smith/AP showed her with the voters."
    )
    assert heading_ranges(load_pipeline()(text)) == []


def test_a_photo_credit_on_its_own_line_does_not_part_a_speaker_s_words() -> None:
    """HuffPost sets "Neilson Barnard via Getty Images." between paragraphs. Unlike a
    heading in capitals, it starts no other story: the quotation after it goes on from
    the speaker before it, and the paragraph before it is no caption."""
    text = (
        "Comedian\n\nPeter Serafinowicz posted the clip to YouTube on Thursday. “It was only "
        "a joke,” Serafinowicz said.\n\nNeilson Barnard via Getty Images.\n\n“What if Donald "
        "Trump had elocution lessons? He would sound like a duke.”\n"
    )
    a = _analysis(text)
    names = {x.key: x.name for x in a.actors}
    duke = next(q for q in a.quotes if "elocution" in q.content.text)
    assert names.get(str(duke.speaker_key)) == "Peter Serafinowicz"
    assert any("posted the clip" in c.span.text for c in a.claims)
