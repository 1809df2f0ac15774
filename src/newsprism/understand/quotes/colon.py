"""Attributions announced by a colon ("the senator wrote on X: “...”") and
headline sources ("Sanders: ...")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsprism.textutil import DASH_TOKENS
from newsprism.understand.doctext import doc_text, opens_article
from newsprism.understand.lexicon import (
    FINDINGS_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    WORDS_NOUNS,
)
from newsprism.understand.quotemarks import Quoted
from newsprism.understand.quotes.attribution import (
    ANIMATE_NOUNS,
    EDGE_PUNCT,
    SUBJECT_DEPS,
    Attribution,
    is_animate,
    noun_phrase,
    strip,
    widen_to_marks,
    words_owner,
)
from newsprism.understand.quotes.cuewords import is_cue


def colon_attribution(sent: Span, marks: list[Quoted]) -> Attribution | None:
    """Transcripts and headlines: "TRUMP: The deaths of ...", "Gov. Fallin: Trump is ...".
    The part before an early colon must be a short name (a person or organisation), or a
    clause telling who speaks ("Ryan shot back:")."""
    colon = next((t for t in sent[:_LONG_LEAD] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    content = sent.doc[colon.i + 1 : sent.end]
    if not content.text.strip():
        content = _line_after(colon)  # "Ann Coulter: | And Then There Was the One."
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if (
        len(words) == 1
        and words[0].lemma_.lower() in _TRAILING_SOURCES
        and colon.i > sent.start + 2
    ):
        # "Biden administration to scrap Title 42 ...: reports": the source after the colon
        source = sent.doc[words[0].i : words[0].i + 1]
        return Attribution(strip((sent.start_char, colon.idx), doc_text(sent.doc)), None, source)
    if len(content) < 2 or not any(t.is_alpha for t in content):
        return None  # "Sanders: 1,547": a tally
    speaker = sent.doc[sent.start : colon.i]
    if len(speaker) > 1 and speaker[0].text in DASH_TOKENS:
        speaker = speaker[1:]  # "- Mark Blumenthal and Jon Cohen: “...”": a list's dash
    if is_cue(speaker[-1]):
        return None  # "Gingrich added: ..." is the verb's attribution, not a speaker's name
    # "Clinton to Planned Parenthood: Trump will ...": the one speaking, not whom to
    to = next((t for t in speaker[1:] if t.lower_ == "to" and t.nbor(-1).ent_type_), None)
    speaker = speaker[: to.i - speaker.start] if to is not None else speaker
    clause = _colon_clause(speaker)
    opens = any(q.start - 1 <= content.start_char <= q.start for q in marks)
    owner = _owner_of_words(speaker) if opens else None
    if owner is not None:  # "Jindal's other big applause line ... regarding Boehner: “...”"
        span = widen_to_marks((content.start_char, content.end_char), marks)
        return Attribution(span, None, owner)
    if len(speaker) >= _SHORT_LEAD:
        # "Ryan shot back, in reference to Biden's tendency to make gaffes: “As the vice
        # president ...”": a longer lead only as a retort, before a quotation (a longer
        # lead with a verb of saying is that verb's attribution)
        if clause is None or not clause[2] or not opens or _says(speaker):
            return None
    else:
        if editorial(speaker):
            return None  # the newsroom's own note; the model tags "Correction" an organisation
        # "Matthews: Well, speculation is bad.": a transcript's speaker by surname (the
        # entity stage tags a surname alone once the article names the person in full)
        # by a name that is the lead's head: "Medicare benefits: The framework would expand
        # ..." (NBC, PAC) is a list's label, the benefits no speaker
        names = [t for t in speaker if t.ent_type_ in {"PERSON", "ORG"}]
        named = bool(names) and not _thing_of(speaker.root, names)
        shouted = all(t.is_upper or not t.is_alpha for t in speaker) and any(
            t.is_alpha for t in speaker
        )
        if len(speaker) > 6 or not (named or shouted or _headline_source(speaker, sent)):
            return None
    cue = None
    if clause is not None:
        cue, speaker = clause[0], noun_phrase(clause[1])
    span = (content.start_char, content.end_char)
    # a quotation the colon opens runs to its closing mark, past a sentence break ("knows
    # ... sometimes"); not one the colon stands in ("“... Classic Clinton: optimistic”")
    return Attribution(widen_to_marks(span, marks) if opens else span, cue, speaker)


def _thing_of(head: Token, names: list[Token]) -> bool:
    """A common noun in lower case that a name before it only modifies ("Medicare benefits",
    "Trump tax cuts"); not one that carries words ("IG report", "WSJ editorial"), nor a
    headline's name the tagger took for a noun ("Ann Coulter"), nor one from the person
    named after it ("A lesson from Loretta Lynch: 'Be the voice that people hear.'")."""
    return (
        all(t.i < head.i for t in names)
        and head.pos_ == "NOUN"
        and head.is_lower
        and not head.ent_type_
        and not is_animate(head)
        and head.lemma_.lower() not in FINDINGS_NOUNS | WORDS_NOUNS
    )


def _owner_of_words(lead: Span) -> Span | None:
    """ "Jindal's other big applause line at the summit:", "Trump's message to donors:": a
    lead naming someone's words, whose possessor speaks the quotation the colon opens (PAC's
    Jindal line had gone to the next sentence's "36 percent")."""
    root = lead.root
    owner = words_owner(root) if root.pos_ == "NOUN" else None
    return noun_phrase(owner) if owner is not None else None


# A headline's source named after its colon ("...: reports", "...: sources", "...: poll").
_TRAILING_SOURCES = frozenset("report source official poll survey study aide insider".split())


def _line_after(colon: Token) -> Span:
    """The sentence after a colon the parser closed a sentence with, when it goes on in the
    same line: the words the colon announces (a headline "Ann Coulter: And Then ...")."""
    doc = colon.doc
    start = colon.i + 1
    while start < len(doc) and doc[start].is_space:
        if "\n" in doc[start].text:
            return doc[start:start]
        start += 1
    if start >= len(doc):
        return doc[start:start]
    return doc[start : doc[start].sent.end]


# How far into a sentence a colon may announce a speaker's words: a name or short clause
# before it, or a longer clause of speaking before a quotation.
_SHORT_LEAD = 8


_LONG_LEAD = 20


# Verbs that with "back" tell of a retort ("shot back", "fired back"); not "is back".
_RETORTS = frozenset("shoot fire hit strike snap push".split())


def _colon_clause(lead: Span) -> tuple[Token, Token, bool] | None:
    """The cue and subject of a clause before a colon whose subject speaks: one that tells of
    speaking ("Biden was quick to retort:"), or in which a person or organisation acts ("Ryan
    shot back:"); not "Bill is back: ..." nor "Donald Trump has something to prove: ..." (a
    headline, the outlet's own words). The flag says whether it is a retort ("shot back",
    "fired back"), which alone may stand far from its colon."""
    verbs = [t for t in lead if t.pos_ in {"VERB", "AUX"}]
    retort = next(
        (
            v
            for v in verbs
            for c in v.children
            if v.lemma_.lower() in _RETORTS and c.lower_ == "back"
        ),
        None,
    )
    subjects = [c for v in verbs for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < lead.end]
    if retort is not None:
        subjects = [c for c in retort.children if c.dep_ in SUBJECT_DEPS] + subjects
    if not subjects:
        return None
    speaks = retort is not None or _says(lead)
    acts = subjects[0].head.lemma_ not in {"be", "have"}
    if not (speaks or (acts and subjects[0].ent_type_ in {"PERSON", "ORG"})):
        return None
    main = subjects[0].head
    # the clause's own word of speaking, even one the tagger made a noun ("was quick to
    # retort"), else its last verb, not one in a noun's modifier ("in reference to his
    # tendency to make gaffes"): the cue says whether what follows is speech
    own = [t for t in lead if _hangs_from(t, main)]
    cue = next(
        (t for t in reversed(own) if t.lemma_.lower() in SPEECH_VERBS),
        next((t for t in reversed(own) if t.pos_ == "VERB"), main),
    )
    return cue, subjects[0], retort is not None


def _says(lead: Span) -> bool:
    return any(t.lemma_.lower() in SPEECH_VERBS for t in lead)


def _hangs_from(token: Token, main: Token) -> bool:
    """Whether ``token`` hangs from ``main`` with no noun or pronoun between them."""
    while token != main:
        if token.head == token:
            return False
        token = token.head
        if token != main and token.pos_ in {"NOUN", "PROPN", "PRON"}:
            return False
    return True


# Labels a newsroom puts before its own words: "Correction: An earlier version ...".
_EDITORIAL_LABELS = frozenset(
    [
        *"correction corrections clarification update updated note disclosure".split(),
        *"related watch listen advertisement".split(),
        *"byline email exclusive breaking video photos boom wow opinion".split(),
        *("editor's note", "editors' note", "read more", "see also", "this story"),
        "emphasis",  # "(emphasis added)", "(emphasis mine)"
    ]
)


_LABELLED_BRACKET = re.compile(r"[(\[]\s*([A-Za-z' ’]+?)\s*:[^)\]]*$")


def in_labelled_bracket(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside a bracket a newsroom's label opens: "( RELATED :
    Democratic Rep Promises To ‘Abolish’ The Filibuster ...)" is a link to another story,
    whose headline verb quotes no one (the Daily Caller, PAC, had "Democratic Rep" among its
    sources)."""
    opened = _LABELLED_BRACKET.search(text, max(0, offset - 300), offset)
    return opened is not None and opened.group(1).lower().replace("’", "'") in _EDITORIAL_LABELS


def editorial(words: Span) -> bool:
    """A newsroom's label, also inside a bracket: "(RELATED: ...)", "( RELATED : ...)" (PAC's
    Daily Caller, as its own line's speaker or as the subject the parse gave a verb)."""
    return words.text.lower().replace("’", "'").strip("([ ") in _EDITORIAL_LABELS


def _headline_source(speaker: Span, sent: Span) -> bool:
    """A headline's "Sanders: Endorsements prove ..." or "Poll: Trump leads ...". The small
    model tags a lone name opening a text as a common noun, so the words before the colon
    count when the article names a person or organisation ending in them ("Bernie Sanders")
    or they are a finding ("Poll", "Report"). Only the text's first line: in a body, "Result:"
    or "The bottom line:" introduce the writer's own words."""
    doc = sent.doc
    text = doc_text(doc)
    if not opens_article(doc) or text[: sent.start_char].strip():
        return False
    # the first line, whose closing quotation mark the parser may leave to the next sentence
    line_end = text.find("\n", sent.end_char)
    rest = text[sent.end_char :] if line_end < 0 else text[sent.end_char : line_end]
    first_line = "\n" in sent.text_with_ws[-2:] or not rest.strip(EDGE_PUNCT)
    if not first_line or len(speaker) > 3 or not all(t.is_title for t in speaker):
        return False
    last = speaker[-1].text
    if len(speaker) == 1 and speaker[0].lower_ in FINDINGS_NOUNS - {"analysis", "review"}:
        return True  # "Analysis:" and "Review:" label the piece, not a source
    if len(speaker) == 1 and speaker[0].lemma_.lower() in ANIMATE_NOUNS - ROLE_NOUNS:
        return speaker[0].tag_ == "NNS" or speaker[0].lower_ == "police"  # "Insiders:"
    return any(e.label_ in {"PERSON", "ORG"} and e[-1].text == last for e in doc.ents)
