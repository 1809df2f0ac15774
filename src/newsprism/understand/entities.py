"""Repairs for what a small NER model gets wrong on real news, using the whole document.

- A title word swallowed into a name ("Envoy Smith") is cut off the PERSON span.
- A place glued to a name ("France Jane Doe" as one ORG) is split into GPE + PERSON.
- A name with a verb inside ("Trump accused Holt" as one ORG), or a dash set off by spaces
  ("Trump — Pelosi"), is cut there: the names on either side are entities of their own.
- A surname the document already knows as a person ("Donald Trump", "President Trump") is a
  PERSON everywhere in it, even where the model said ORG or LOC ("Trump seeks ...").
- A capitalised name that heads a speech verb but is no entity ("Politico reports") becomes an
  ORG, or a PERSON when it is the surname of a person the document names.
- A person's name that qualifies an institution ("the Trump administration", "the Clinton
  campaign") names the institution, an ORG, not the person: what an administration does is
  not what its head said or did.
- A one-word "person" that only ever qualifies a thing ("a men's Rolex watch", "a Glock
  pistol") is a brand, a PRODUCT: no one a later "he" can stand for.
- Punctuation at a name's edge is no part of it: HuffPost's dash in "referring to Trump ―",
  the opening quote of 'the "Access Hollywood' (the actor had been named with the dash).
"""

from __future__ import annotations

import calendar
from collections import Counter
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsprism.dates import MONTHS
from newsprism.textutil import (
    DASHES,
    POSSESSIVE_S,
    closed_hyphens,
    compound_surname,
    compound_surname_alone,
)
from newsprism.understand.doctext import first_line_end
from newsprism.understand.gender import is_first_name
from newsprism.understand.headings import in_heading
from newsprism.understand.lexicon import (
    HUMAN_NOUNS,
    MEDIUM_NAMES,
    NEWS_OUTLETS,
    ROLE_NOUNS,
    SPEAKING_BODIES,
    SPEAKING_GROUPS,
    SPEECH_VERBS,
    TITLE_QUALIFIERS,
    UNNAMED_SOURCE_NOUNS,
)


def split_paragraphs(doc: Doc) -> Doc:
    """A paragraph break always starts a sentence, and a name is never cut in two (both set
    before the parser, which keeps them): CNN's "Hemmers, who watched Biden declare his
    intention to designate Avi Kwa Ame a national monument ..., said ..." (PAC) had been
    parted after "Kwa", and "Ame" became the one who said it."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n\n" in before.text:
            token.is_sent_start = True
        elif _inside_a_name(before, token):
            token.is_sent_start = False
    return doc


def _inside_a_name(before: Token, token: Token) -> bool:
    """Two proper nouns in title case with one space between them. Not words in capitals: a
    heading glued to the body ("... CONTROVERSY So, our view ...") may end in one."""
    return (
        before.tag_ == "NNP"
        and token.tag_ == "NNP"
        and before.whitespace_ == " "
        and before.text.istitle()
        and token.text.istitle()
        and before.is_alpha
        and token.is_alpha
    )


# months as the dates module reads them (names, abbreviations, AP's "Sept."), and weekdays
_CALENDAR = set(MONTHS) | {d.lower() for d in calendar.day_name}


def fix_entities(doc: Doc) -> Doc:
    # no "name" in lower case, none that ends in a parted title ("Texas Sen .")
    ents = [
        e
        for e in map(_trimmed, doc.ents)
        if e is not None
        and not _uncased_name(e)
        and not parted_title(e[-1])
        and not _only_a_title(e)
        and not in_heading(doc, e.start_char)
    ]
    ents = [part for e in ents for part in _split_name_from_date(doc, _without_leading_role(e))]
    ents = [part for e in ents for part in _split_place_and_name(doc, e)]
    ents = [part for e in ents for part in _split_outlet_and_name(doc, e)]
    ents = [part for e in ents for part in _split_at_verb(doc, e)]
    ents = [part for e in ents for part in _split_at_dash(doc, e)]
    ents = [part for e in ents for part in _person_at_possessive(doc, e)]
    ents = [_with_first_name(doc, _name_to_its_head(doc, e)) for e in ents]
    ents = _consistent_person_labels(doc, ents)
    ents = [_institution(doc, e) for e in _suffixes_joined(doc, ents)]
    ents = [_platform_or_outlet(doc, e, ents) for e in ents if not _interjection(e)]
    ents = _case_names(doc, _brands(doc, ents))
    ents = _speaker_names(doc, ents) + ents
    doc.set_ents(sorted(_non_overlapping(ents), key=lambda e: e.start))
    return doc


def _trimmed(ent: Span) -> Span | None:
    """The entity without punctuation at either end (and without a "the" that stood before an
    opening quote); None when nothing is left."""
    start, end = ent.start, ent.end
    while end > start and _edge_mark(ent.doc[end - 1]):
        end -= 1
    while start < end and (
        _edge_mark(ent.doc[start])
        or (ent.doc[start].lower_ == "the" and start + 1 < end and ent.doc[start + 1].is_quote)
    ):
        start += 1
    if start == end:
        return None
    if end - start > 1 and _second_half_of_a_word(ent.doc[start]):
        start += 1  # "to out-Trump Trump" (the NYT, PAC) was a person "Trump Trump"
    return ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, ent.label_)


def _second_half_of_a_word(token: Token) -> bool:
    """A name glued by a hyphen to the lower-case word before it: "out-Trump", "anti-Biden"."""
    if token.i < 2:
        return False
    hyphen, word = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ and word.is_lower


# Labels of names: written with a capital in English news, unlike a date or an amount.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _uncased_name(ent: Span) -> bool:
    """A "name" without a capital letter or a digit is none: the small model tags the clitic
    of "weren’t" (curly apostrophe) a place and lower-case "marijuana" a person (BASIL and
    PAC listed "n’t" as a place in 21 articles, "marijuana" as a person in 23). "eBay" and
    "iPhone" keep theirs."""
    return ent.label_ in _NAME_LABELS and not any(
        c.isupper() or c.isdigit() for t in ent for c in t.text
    )


# Words that a title may hold besides the office: "Vice President", "the Prime Minister".
# "Senate President Pro Tem David Long" (BASIL): the model made "Pro Tem" a person
_TITLE_PARTS = frozenset({"the", "former", "pro", "tem", "tempore", *TITLE_QUALIFIERS})


def _only_a_title(ent: Span) -> bool:
    """ "The President said", "API President and CEO ...": an office written with a capital
    is no name of a person or an organisation; the small model tags it one (PAC listed an
    organisation "President" among the sources of a story about Joe Biden). Left to the
    role descriptions, it becomes the holder of the office the article names."""
    return ent.label_ in {"PERSON", "ORG"} and all(
        t.lower_ in ROLE_NOUNS or t.lower_ in _TITLE_PARTS for t in ent
    )


def _edge_mark(token: Token) -> bool:
    # quotation marks, spaced dashes (spaCy tags HuffPost's "―", U+2015, a verb) and
    # clause punctuation; not "%" ("31%"), a bracket or a hyphen inside a word
    return token.is_quote or token.text in _DASHES or token.text in {",", ";", ":"}


def _without_leading_role(ent: Span) -> Span:
    if ent.label_ != "PERSON" or len(ent) < 2:
        return ent
    start = ent.start
    # Also a headline's capitalised function word: "Beneath Clinton's Wins" is no person
    # named "Beneath Clinton" (it had kept "Clinton" from Hillary Clinton in that article).
    while start < ent.end - 1 and (
        ent.doc[start].lower_ in ROLE_NOUNS
        or ent.doc[start].pos_ in {"ADP", "ADV", "SCONJ", "CCONJ", "DET"}
    ):
        start += 1
    return Span(ent.doc, start, ent.end, label="PERSON") if start != ent.start else ent


def _split_name_from_date(doc: Doc, ent: Span) -> list[Span]:
    """``the Houthis last week`` tagged DATE: the capitalised name in front is no date."""
    if ent.label_ != "DATE":
        return [ent]
    cut = ent.start
    # a month is written "Feb." or "Sept." too: PAC had eight such months cut from their
    # day as organisations ("on Feb. 24, 2023" an "Feb." and a date "24, 2023")
    while (
        cut < ent.end and doc[cut].pos_ == "PROPN" and doc[cut].lower_.rstrip(".") not in _CALENDAR
    ):
        cut += 1
    if cut == ent.start or cut == ent.end:
        return [ent]
    return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="DATE")]


def _split_place_and_name(doc: Doc, ent: Span) -> list[Span]:
    """``France Jane Doe`` (ORG) -> ``France`` (GPE) + ``Jane Doe`` (PERSON)."""
    if ent.label_ not in {"ORG", "GPE", "NORP"} or len(ent) < 3:
        return [ent]
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"} and e != ent}
    first = ent[0]
    rest = ent[1:]
    names = len(rest) in (2, 3) and all(t.is_title and t.pos_ == "PROPN" for t in rest)
    if first.text in places and names:
        return [
            Span(doc, ent.start, ent.start + 1, label="GPE"),
            Span(doc, ent.start + 1, ent.end, label="PERSON"),
        ]
    return [ent]


# Words that continue an outlet's name ("Magazine", "Channel", "Online", "Editorial Board").
_OUTLET_PARTS = frozenset(
    "magazine channel network radio online news digital tv television editorial board opinion "
    "daily weekly sunday international staff poll podcast live today tonight books review "
    "group media".split()
)


def _split_outlet_and_name(doc: Doc, ent: Span) -> list[Span]:
    """``Washington Post Trump`` (ORG, PolNeAR: "the editorial board of the Washington Post
    Trump said that ...") -> ``Washington Post`` (ORG) + ``Trump`` (PERSON): a news outlet's
    name followed by a person the document names elsewhere. The rest of an outlet's own name
    stays ("Fox News Channel", "New York Times Magazine", where PAC's tagger had also made
    "Magazine" a person)."""
    if ent.label_ not in {"ORG", "PERSON", "GPE"} or len(ent) < 2:
        return [ent]
    for cut in range(len(ent) - 1, 0, -1):
        outlet = ent[:cut].text.lower().removeprefix("the ")
        if outlet in NEWS_OUTLETS or f"the {outlet}" in NEWS_OUTLETS:
            rest = ent[cut:]
            own = any(t.lower_ in _OUTLET_PARTS for t in rest)
            if len(rest) <= 2 and not own and _named_elsewhere(doc, ent, rest[-1].text):
                return [
                    Span(doc, ent.start, ent.start + cut, label="ORG"),
                    Span(doc, ent.start + cut, ent.end, label="PERSON"),
                ]
            return [ent]
    return [ent]


def _named_elsewhere(doc: Doc, ent: Span, word: str) -> bool:
    """Whether another entity the model tagged a person ends in ``word``."""
    return any(e.label_ == "PERSON" and e != ent and e[-1].text == word for e in doc.ents)


def _split_at_verb(doc: Doc, ent: Span) -> list[Span]:
    """``Trump accused Holt`` (ORG) -> ``Trump`` + ``Holt``: a lower-case verb names nothing.
    A capitalised word stays: every word of a name is ("Manchester United"), unless the
    parse made it the sentence's main verb. A headline capitalises its verb, and the model
    ran "Weiner Denies Sending Photo" and "Michael Steele Criticized" into one name each
    (18 actors over PAC and BASIL): the name ends before that verb, and what follows it
    (its object) is no part of it."""
    root = next((t for t in ent[1:] if t.pos_ == "VERB" and t.dep_ == "ROOT" and t.is_title), None)
    if root is not None:  # with its auxiliaries: "Trump May Not Have Suggested ..."
        helpers = [t.i for t in ent[1:] if t.head == root and t.dep_ in _VERB_HELPERS]
        ent = Span(doc, ent.start, min([root.i, *helpers]), label=ent.label_)
    cuts = [t.i for t in ent if t.pos_ == "VERB" and t.is_lower]
    headline = ent.label_ == "PERSON" and ent.start_char < first_line_end(doc)
    verbs = [t.i for t in ent if _headline_verb(t, ent)] if headline else []
    if not verbs:
        return _cut(doc, ent, cuts)
    # no name ends in a particle or an adjective ("Trump Pulling Out", "Gets Rough")
    return [p for p in _cut(doc, ent, cuts + verbs) if p[-1].pos_ not in _NO_NAME_ENDS]


def _headline_verb(token: Token, ent: Span) -> bool:
    """A capitalised verb inside a person's name in the text's first line, where a headline
    capitalises every word: "Trump Pulling Out Of Debate", "White House Used Bill Clinton to
    Ask Sestak ...". A person's name holds no verb. Its first word may be a name the tagger
    reads as a verb ("Trump", "Bill"), unless a "to", a preposition or an auxiliary leads
    it ("to Ask Sestak", "After Ridiculing Obama's Daughters", "Trump Should Cancel Putin
    Meeting") or it is inflected as a verb ("Congressman Gets Rough")."""
    if token.pos_ != "VERB" or not token.is_title:
        return False
    if token.i > ent.start:
        return True
    before = token.nbor(-1) if token.i > 0 else None
    led = before is not None and (before.lower_ == "to" or before.pos_ in {"ADP", "AUX"})
    return led or token.tag_ in {"VBZ", "VBG"}


_VERB_HELPERS = frozenset({"aux", "auxpass", "neg"})
_NO_NAME_ENDS = frozenset({"ADP", "ADV", "ADJ", "AUX", "PART", "DET", "PRON", "CCONJ", "SCONJ"})
_DASHES = frozenset({*DASHES, "--"})
_BRACKETS = frozenset("()[]")


def _split_at_dash(doc: Doc, ent: Span) -> list[Span]:
    """``Trump — Pelosi`` (one WORK_OF_ART, where a dash closes one clause and the next
    sentence's subject follows) -> ``Trump`` + ``Pelosi``: a dash set off by spaces is no
    part of a name ("Ocasio-Cortez" has no spaces). So is a hyphen with a space on either
    side, the typewriter's dash: "CLEVELAND - Donald Trump" (one ORG) is a dateline and a
    man, and the name "CLEVELAND - Donald Trump" had lost its surname to his daughter.
    A bracket is no part of a name either: "the Congregation for the Doctrine of the Faith
    (CDF" (one ORG, the tokenizer having kept the closing bracket apart) was quoted under
    that name (PAC); cut, it is the name and its abbreviation, as "the International
    Committee of the Red Cross (ICRC)" already was."""
    dashes = [t.i for t in ent[1:-1] if _spaced_dash(doc, t) and not _double_barrelled(ent, t)]
    return _cut(doc, ent, sorted({*dashes, *(t.i for t in ent if t.text in _BRACKETS)}))


def _double_barrelled(ent: Span, hyphen: Token) -> bool:
    """A tokenised corpus (PAC) writes "Karine Jean - Pierre" and "Alexandria Ocasio -
    Cortez": a hyphen between the two parts of a surname, which cutting at it had made
    "Karine Jean" and a person "Pierre" who was quoted. It is one when it stands between the
    last two words of a person's name that starts with a first name, or, as the whole of a
    name ("Jean - Pierre said"), where the document writes that person in full."""
    doc = ent.doc
    before, after = doc[hyphen.i - 1], doc[hyphen.i + 1]
    if hyphen.text != "-" or not (_name_word(before) and _name_word(after)):
        return False
    if ent.label_ == "PERSON" and hyphen.i == ent.end - 2 and hyphen.i - 1 > ent.start:
        return True
    if len(ent) != 3:
        return False
    surname = ent.text
    return any(
        e.label_ == "PERSON" and len(e) > 3 and e.text.endswith(" " + surname) for e in doc.ents
    )


def _name_word(token: Token) -> bool:
    return token.is_title and not token.is_upper


def _spaced_dash(doc: Doc, token: Token) -> bool:
    if not doc[token.i - 1].whitespace_:
        return False
    return token.text in _DASHES or (token.text == "-" and bool(token.whitespace_))


def _cut(doc: Doc, ent: Span, cuts: list[int]) -> list[Span]:
    """The parts of ``ent`` on either side of the tokens at ``cuts`` (dropped), same label."""
    if not cuts:
        return [ent]
    bounds = [ent.start - 1, *cuts, ent.end]
    return [Span(doc, a + 1, b, label=ent.label_) for a, b in pairwise(bounds) if b > a + 1]


def _person_at_possessive(doc: Doc, ent: Span) -> list[Span]:
    """``Trump’s Twitter`` or ``Fusion’s Jorge Ramos`` tagged PERSON: a person's name holds no
    possessive, so the person is the owner, or what follows when that is a full name. (An
    organisation's may: "Children’s Defense Fund", "Sam's Club".) Across a corpus the whole
    had become a person with the surname "Twitter", and every "Twitter" joined it."""
    if ent.label_ != "PERSON":
        return [ent]
    marks = [t.i for t in ent if t.tag_ == "POS" or t.lower_ in POSSESSIVE_S]
    if not marks:
        return [ent]
    owner = Span(doc, ent.start, marks[0], label="PERSON")
    owned = Span(doc, marks[-1] + 1, ent.end, label="PERSON")
    if len(owned) >= 2 and all(t.is_title for t in owned):
        return [owned]
    return [owner] if len(owner) and owner[0].is_title else []


def _name_to_its_head(doc: Doc, ent: Span) -> Span:
    """``Enrique Peña | Nieto``: the model may stop a person's name a word early. A name whose
    last word is a compound of the capitalised proper noun right after it runs on to that
    noun, unless the noun is an institution or a role ("the Hillary Clinton Foundation") or
    stands in a run of capitals."""
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    if after.ent_type_ or after.tag_ != "NNP" or not after.is_title or _common_noun(after):
        return ent
    if ent[-1].dep_ != "compound" or ent[-1].head.i != after.i:
        return ent
    if after.i + 1 < len(doc) and after.nbor().is_title:
        return ent  # a headline's capitals: "Elizabeth Warren Hammers Wells Fargo CEO"
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _with_first_name(doc: Doc, ent: Span) -> Span:
    """``Delegate Eleanor | Holmes Norton``: the model may start a person's name a word late,
    after a title. A capitalised proper noun right before the name, hung on it, that the
    name lists know as a first name, is the name's first word: the person keeps a first
    name, and with it a gender ("she added" had gone to Biden)."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return ent
    before = doc[ent.start - 1]
    if before.ent_type_ or before.tag_ != "NNP" or not before.is_title:
        return ent
    if before.dep_ != "compound" or before.head.i not in range(ent.start, ent.end):
        return ent
    if not is_first_name(before.text):
        return ent
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


# Labels the small model gives a person's bare surname ("Schiff warned" as LOC).
_MISLABELLED = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"})
_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. rep rep. sen sen. gov gov.".split())

# Titles shortened with a stop. Tokenised corpora (PAC) write the stop apart, "Sen . John
# Cornyn": spaCy tags "Sen" (or "Texas Sen") a person, and often ends the sentence at the
# stop. Marking the next word as no sentence start does not help: the parser overrides a
# preset "no" (it keeps only a preset "yes").
_SHORT_TITLES = frozenset(w.rstrip(".") for w in _HONORIFICS) | frozenset(
    "reps sens govs gen lt col sgt capt prof rev adm atty".split()
)


def parted_title(token: Token) -> bool:
    """A short title followed by its stop as a word of its own."""
    doc = token.doc
    return (
        token.lower_ in _SHORT_TITLES
        and bool(token.whitespace_)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == "."
    )


def _consistent_person_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    # the last word by spaces, so that a hyphenated surname is one: "Alexandria
    # Ocasio-Cortez" then "Ocasio-Cortez" (tagged ORG, and three tokens)
    surnames = {
        _bare(e.text).split()[-1] for e in ents if e.label_ == "PERSON" and _full_or_titled(e)
    }
    # and a family name of several words: "Bill de Blasio" then "De Blasio" (tagged ORG)
    compounds = {compound_surname(e.text) for e in ents if e.label_ == "PERSON"} - {None}
    votes = Counter((_bare(e.text), e.label_) for e in ents)
    fixed = []
    for e in ents:
        text = _bare(e.text)
        person_vote = votes[(text, "PERSON")]
        other_vote = votes[(text, e.label_)]
        if (
            e.label_ in _MISLABELLED
            and (
                (len(text.split()) == 1 and text in surnames)
                or compound_surname_alone(text) in compounds
                or person_vote > other_vote
            )
        ) or _surname_as_date(e, text, surnames):
            e = Span(doc, e.start, e.end, label="PERSON")
        fixed.append(e)
    return fixed


def _surname_as_date(ent: Span, text: str, surnames: set[str]) -> bool:
    """ "Morrow elaborated" tagged a date, after "Police Chief Chris Morrow"."""
    return (
        ent.label_ == "DATE"
        and len(ent) == 1
        and text in surnames
        and ent[0].pos_ == "PROPN"
        and text.lower() not in _CALENDAR
    )


def _full_or_titled(ent: Span) -> bool:
    """A first name and surname, or a surname after a title or honorific ("President
    Trump", "Mr. Schiff"): evidence enough that the bare word is a person's name, even
    where the model tags most of its mentions ORG."""
    if len(ent.text.split()) >= 2:
        return True
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    return before in ROLE_NOUNS or before in _HONORIFICS


# Institutions named after the person who leads or founded them.
_INSTITUTIONS = frozenset(
    "administration administrations campaign campaigns government cabinet presidency "
    "foundation camp team transition regime junta".split()
)


def _institution(doc: Doc, ent: Span) -> Span:
    """``the Trump administration``: the name is a compound of the institution noun right
    after it; the two are one ORG."""
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return ent
    head = doc[ent.end]
    if head.lower_ not in _INSTITUTIONS or ent.root.head != head or ent.root.dep_ != "compound":
        return ent
    return Span(doc, ent.start, ent.end + 1, label="ORG")


# A name's generational suffix, which the model may tag apart after a comma.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words that a headline may capitalise before a colon, and the model tag a person.
_INTERJECTIONS = frozenset(
    "hooray hurray hurrah yay wow whoa oops yikes bravo kudos alas ouch ugh boo amen".split()
)


def _suffixes_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Herman Baertschiger, Jr." is one name: PAC had a person "Jr." who "explained the
    reason for the walk out". A suffix with no name before it is dropped."""
    out: list[Span] = []
    for ent in ents:
        if len(ent) == 1 and ent.text.lower().rstrip(".") in _SUFFIXES:
            gap = doc[out[-1].end : ent.start] if out else None
            if out and out[-1].label_ == "PERSON" and gap is not None and gap.text in {"", ","}:
                out[-1] = Span(doc, out[-1].start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _interjection(ent: Span) -> bool:
    """ "Hooray for Hollywood: Kudos to Matthew McConaughey ...": a PAC headline made
    "Hooray" a person, and then the "he" of McConaughey's quotations."""
    return len(ent) == 1 and ent.label_ in {"PERSON", "ORG"} and ent.text.lower() in _INTERJECTIONS


def _platform_or_outlet(doc: Doc, ent: Span, ents: list[Span]) -> Span:
    """ "on Twitter" tagged a person (PAC, 7 articles), "Politico reported" (BASIL, 12): a
    platform or a news outlet is an organisation, and never the "he" of the next sentence."""
    if ent.label_ != "PERSON" or not ent.text[:1].isupper():
        return ent
    name = ent.text.lower()
    if len(ent) == 1 and name in MEDIUM_NAMES and ent[0].is_title:
        return Span(doc, ent.start, ent.end, label="ORG")
    article = ent.start > 0 and doc[ent.start - 1].lower_ == "the"
    names = {name, f"the {name}"} if article else {name}
    if names & NEWS_OUTLETS and not _surname_of_someone(ent, ents):
        return Span(doc, ent.start, ent.end, label="ORG")
    return ent


def _surname_of_someone(ent: Span, ents: list[Span]) -> bool:
    """ "Bloomberg" where the document names "Michael Bloomberg"."""
    last = ent[-1].lower_
    return any(e.label_ == "PERSON" and len(e) > len(ent) and e[-1].lower_ == last for e in ents)


# Nouns that a name qualifies while still naming a person or group of people ("Trump
# supporters", "a Kasich aide").
_PEOPLE_HEADS = (
    ROLE_NOUNS
    | HUMAN_NOUNS
    | UNNAMED_SOURCE_NOUNS
    | SPEAKING_GROUPS
    | frozenset("supporter backer fan loyalist opponent donor delegate follower".split())
)


def _brands(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word PERSON that every time it occurs qualifies a common noun of a thing, and is
    no part of a full name in the document, is a brand. Found on BASIL: in "used campaign
    money to buy ... a $43,350 gold-plated men's Rolex watch. He and his wife, Sandra, had
    agreed to plead guilty", "He" had gone to Rolex, the most recent person."""
    candidates = {
        e[0].lower_ for e in ents if e.label_ == "PERSON" and len(e) == 1 and _qualifies_thing(e[0])
    }
    if not candidates:
        return ents
    candidates -= {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
    for token in doc:
        if token.lower_ in candidates and not _qualifies_thing(token):
            candidates.discard(token.lower_)
    return [
        Span(doc, e.start, e.end, label="PRODUCT")
        if e.label_ == "PERSON" and len(e) == 1 and e[0].lower_ in candidates
        else e
        for e in ents
    ]


def _qualifies_thing(token: Token) -> bool:
    """Before the noun of one thing, an indefinite one: "a ... Rolex watch", "a Twitter
    post". Not "the Bush tax cuts", whose "Bush" is the president even where the article
    never names him in full (BASIL has seven)."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.tag_ == "NN"
        and head.lemma_.lower() not in _PEOPLE_HEADS
        and head.lower_ not in _INSTITUTIONS
        and token.doc[head.left_edge.i].lower_ in {"a", "an"}
    )


def _speaker_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A proper noun subject of a speech verb that NER missed (``Politico reports that``):
    an ORG, or a PERSON when it is the surname of a person the document names ("Bam wrote"
    after "Dmitry Bam")."""
    covered = {i for e in ents if e.label_ != "NORP" for i in range(e.start, e.end)}
    # a full name, or a surname after a title: "Ms. Barbee" inside a quotation is evidence
    # enough that "Barbee said" (no entity to the model) is this woman
    surnames = {
        _bare(e[-1].text)
        for e in ents
        if e.label_ == "PERSON" and (len(e) >= 2 or _full_or_titled(e))
    }
    found = []
    for token in doc:
        if token.i in covered or parted_title(token):
            continue  # "said Sen . John Cornyn": the title is no name (the quote finder
            # gives the words to the person after the stop)
        # A person's surname alone ("Wray elaborated at the briefing that ..." after "FBI
        # Director Chris Wray"): a pronoun after it is this person, not the last one the
        # model did tag.
        if _known_surname(token, surnames):
            if _mistagged_before_verb(token):  # a name is a proper noun, for every later rule
                token.tag_, token.pos_ = "NNP", "PROPN"
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
            continue
        if not _looks_like_name(token):
            continue
        if token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS:
            left = token.i
            while left > token.left_edge.i and (
                token.doc[left - 1].is_title and token.doc[left - 1].dep_ in {"compound", "amod"}
            ):
                left -= 1
            if all(i not in covered for i in range(left, token.i + 1)):
                person = left == token.i and _bare(token.text) in surnames
                span = Span(doc, left, token.i + 1, label="PERSON" if person else "ORG")
                if not _only_a_title(span):  # "The President said"
                    found.append(span)
    return found


def _known_surname(token: Token, surnames: set[str]) -> bool:
    """The surname of a person the document names in full, standing alone wherever it stands:
    a transcript's "Matthews: Well, ...", and "Fields later tweeted", where the model tags the
    name a plural noun. A sentence's first word is capitalised anyway, so there a common noun
    ("Price spikes were higher") counts only as a subject or before a colon."""
    if not token.is_title or not (
        token.tag_ in {"NNP", "NNPS", "NN", "NNS"} or _mistagged_before_verb(token)
    ):
        return False
    if _bare(token.text) not in surnames or _common_noun(token):
        return False  # "Police" after a mislabelled "Alexandria Police"
    colon = token.i + 1 < len(token.doc) and token.nbor().text == ":"
    for child in token.children:
        # "Price of oil": a word with a phrase of its own is no lone name; but a title
        # may stand before it ("Judge O’Connor"), and the parse may hang a transcript's
        # line on its speaker ("Christie: A closing surge.")
        if child.dep_ in {"case", "punct"} or (colon and child.i > token.i):
            continue
        if child.dep_ == "compound" and child.i < token.i and _is_title_word(child):
            continue
        return False
    if token.is_sent_start and token.tag_ in {"NN", "NNS"}:
        return token.dep_ in {"nsubj", "nsubjpass"} or colon
    return True


def _mistagged_before_verb(token: Token) -> bool:
    """A surname the small model tagged an adverb or adjective and hung on the verb right
    after it: "Barbee says she played ..." (``Barbee`` RB, advmod of "says"), where the
    subject is missing and the cue would borrow the last sentence's ("The Disney film")."""
    return (
        token.tag_ in {"RB", "JJ"}
        and token.i + 1 < len(token.doc)
        and token.head == token.nbor()
        and token.head.pos_ == "VERB"
    )


def _is_title_word(token: Token) -> bool:
    return token.lower_ in _HONORIFICS or token.lemma_.lower() in ROLE_NOUNS


def _common_noun(token: Token) -> bool:
    word = token.lemma_.lower()
    return word in _PEOPLE_HEADS or word in SPEAKING_BODIES or word in _INSTITUTIONS


def _looks_like_name(token: Token) -> bool:
    """Tagged a proper noun, or a capitalised bare noun that is singular by its verb's
    agreement ("Marks reports": tagged plural for its "s", but "reports" wants a singular)."""
    if not token.is_title or list(token.children):
        return token.is_title and token.tag_ in {"NNP", "NNPS"}
    return token.tag_ in {"NNP", "NNPS", "NN"} or (token.tag_ == "NNS" and token.head.tag_ == "VBZ")


def _case_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A court case is one LAW, not its parties: BASIL's "Shelby County v. Holder", "Bush v.
    Gore" and "Trump v. Clinton" had been mentions of Eric Holder, Al Gore and Hillary
    Clinton, and the model tags "Citizens United v. FEC" a person. A court the model glued
    to the second party ("District of Columbia v. Heller U.S. Supreme Court decision") keeps
    its own name."""
    versus = [t for t in doc[1:-1] if t.text in _VERSUS]  # not "Vladimir V. Putin"
    if not versus:
        return ents
    at = {i: e for e in ents for i in range(e.start, e.end)}
    cases = []
    courts = []
    for token in versus:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if not (before.text[:1].isupper() and after.text[:1].isupper()):
            continue
        start = at[before.i].start if before.i in at else before.i
        while start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].tag_ == "NNP":
            start -= 2  # "District of Columbia"
        while start >= 1 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title:
            start -= 1
        end = at[after.i].end if after.i in at else after.i + 1
        court = next((t.i for t in doc[after.i + 1 : end] if t.text in _COURT_WORDS), end)
        if court < end:
            courts.append(Span(doc, court, end, label=at[after.i].label_))
        end = court
        while end > after.i + 1 and (doc[end - 1].like_num or doc[end - 1].lower_ in POSSESSIVE_S):
            end -= 1  # "Gonzales v. Raich 2005", "Roe v. Wade’s": the year, the owner's "s"
        cases.append(Span(doc, start, end, label="LAW"))
    if not cases:
        return ents
    taken = {i for c in cases for i in range(c.start, c.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return kept + courts + cases


_VERSUS = frozenset({"v."})  # a court's; sport writes "vs." ("Colts vs. Chiefs") and "v"
_COURT_WORDS = frozenset({"U.S.", "Supreme", "Court", "Circuit", "Appeals"})


def _non_overlapping(ents: list[Span]) -> list[Span]:
    taken: set[int] = set()
    out = []
    for e in sorted(ents, key=lambda e: (e.start, -len(e))):
        if not any(i in taken for i in range(e.start, e.end)):
            out.append(e)
            taken.update(range(e.start, e.end))
    return out


def _bare(text: str) -> str:
    """A name without possessive ending or surrounding punctuation, its hyphens closed up
    ("Ocasio - Cortez", tokenised, is "ocasio-cortez")."""
    for suffix in ("’s", "'s", "’", "'"):
        text = text.removesuffix(suffix)
    return closed_hyphens(text).strip(" .,;:").lower()
