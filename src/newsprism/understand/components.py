"""newsprism's spaCy components: registered factories, each taking and returning a ``Doc``.

Results live in ``Doc`` extensions (``doc._.actors`` ...) as the typed records of
``understand.records``, with character offsets into the text. Each extension is computed by
one plain function of the ``Doc``; ``_filling`` wraps it as a component.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprism.understand.actors import find_actors
from newsprism.understand.amounts import find_amounts
from newsprism.understand.claims import find_claims
from newsprism.understand.entities import fix_entities, split_paragraphs
from newsprism.understand.events import find_events
from newsprism.understand.headcase import lower_title_case, restore_case
from newsprism.understand.headings import mark_captions, mark_headings
from newsprism.understand.model import CURLY_APOSTROPHE
from newsprism.understand.quotes import doc_marks, find_quotes
from newsprism.understand.terms import find_terms
from newsprism.understand.times import anchor_quoted, find_times
from newsprism.understand.tone import score_tone

for _name in (
    "published",
    "actors",
    "quotes",
    "amounts",
    "times",
    "tone",
    "claims",
    "events",
    "terms",
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _filling(extension: str, compute: Callable[[Doc], Any]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        setattr(doc._, extension, compute(doc))
        return doc

    return component


def _quotes(doc: Doc) -> Any:
    """Quotes, then the times inside them re-anchored to the day the words were said."""
    marks = doc_marks(doc)
    quotes = find_quotes(doc, doc._.actors or [], marks)
    doc._.times = anchor_quoted(doc._.times or [], [(q.start, q.end) for q in marks], doc)
    return quotes


@Language.factory("newsprism_headline_case")
def make_headline_case(nlp: Language, name: str) -> Any:
    return lower_title_case


@Language.factory("newsprism_headline_restore")
def make_headline_restore(nlp: Language, name: str) -> Any:
    def parse_again(doc: Doc) -> Doc:
        """The model's own components, run on the article's own words."""
        names = nlp.pipe_names
        for step in names[names.index("newsprism_headline_case") + 1 : names.index(name)]:
            doc = nlp.get_pipe(step)(doc)
        return doc

    return lambda doc: restore_case(doc, parse_again)


@Language.factory("newsprism_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Any:
    return split_paragraphs


@Language.factory("newsprism_headings", assigns=["token.is_sent_start"])
def make_headings(nlp: Language, name: str) -> Any:
    return mark_headings


@Language.factory("newsprism_captions", requires=["token.dep"])
def make_captions(nlp: Language, name: str) -> Any:
    return mark_captions


# Lemmas of contractions as the lemmatizer gives them with a straight apostrophe; with a
# curly one its tables (keyed by "'") miss, and "’s" became "’", "’re" stayed "’re".
_CONTRACTION_LEMMAS = {"'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would",
                       "n't": "not"}  # fmt: skip
_S_LEMMAS = {"VBZ": "be", "POS": "'s", "PRP": "us"}  # "it's", "Trump's", "let's"


def mend_contractions(doc: Doc) -> Doc:
    """Contractions written with a curly apostrophe get the lemma of the straight form
    ("it’s easy to say" is "be", so a dummy "it" is read as one). And "'s" before a
    participle with an object or a clause is "has", not "is": the small model read "he's
    heralded plans to ..." and "he's said he'll fight" as passives, which have no speaker."""
    for token in doc:
        if "'" not in token.text and CURLY_APOSTROPHE not in token.text:
            continue  # every contraction has an apostrophe; most words cost one test
        straight = token.lower_.replace(CURLY_APOSTROPHE, "'")
        if straight == "'s" and token.dep_ == "auxpass" and _has_done(token.head):
            token.dep_, token.lemma_ = "aux", "have"
            for subject in token.head.children:
                if subject.dep_ == "nsubjpass":
                    subject.dep_ = "nsubj"
            continue
        if CURLY_APOSTROPHE not in token.text:
            continue
        lemma = _S_LEMMAS.get(token.tag_) if straight == "'s" else _CONTRACTION_LEMMAS.get(straight)
        if lemma is not None:
            token.lemma_ = lemma
    return doc


def _has_done(participle: Token) -> bool:
    """Whether a participle after "'s" has what only an active verb has: an object ("he's
    heralded plans"), or a clause with a subject that is not a dummy ("he's said he'll
    fight"; "it's said that ..." is a passive)."""
    if participle.tag_ not in {"VBN", "VBD"} or any(c.dep_ == "agent" for c in participle.children):
        return False
    kids = list(participle.children)
    if any(c.dep_ == "dobj" for c in kids):
        return True
    subjects = [c for c in kids if c.dep_ == "nsubjpass"]
    clause = any(c.dep_ == "ccomp" for c in kids)
    return clause and bool(subjects) and subjects[0].lower_ not in {"it", "this", "that"}


@Language.factory("newsprism_contractions", assigns=["token.lemma", "token.dep"])
def make_contractions(nlp: Language, name: str) -> Any:
    return mend_contractions


@Language.factory("newsprism_entities", assigns=["doc.ents"])
def make_entities(nlp: Language, name: str) -> Any:
    return fix_entities


@Language.factory("newsprism_times", assigns=["doc._.times"], requires=["doc.ents"])
def make_times(nlp: Language, name: str) -> Any:
    return _filling("times", lambda doc: find_times(doc, doc._.published))


@Language.factory("newsprism_amounts", assigns=["doc._.amounts"], requires=["doc.ents"])
def make_amounts(nlp: Language, name: str) -> Any:
    return _filling("amounts", find_amounts)


@Language.factory("newsprism_actors", assigns=["doc._.actors"], requires=["doc.ents"])
def make_actors(nlp: Language, name: str) -> Any:
    return _filling("actors", find_actors)


@Language.factory(
    "newsprism_quotes", assigns=["doc._.quotes", "doc._.times"], requires=["doc._.actors"]
)
def make_quotes(nlp: Language, name: str) -> Any:
    return _filling("quotes", _quotes)


@Language.factory("newsprism_tone", assigns=["doc._.tone"], requires=["doc._.actors"])
def make_tone(nlp: Language, name: str) -> Any:
    return _filling("tone", lambda doc: score_tone(doc, doc._.actors or []))


@Language.factory(
    "newsprism_claims", assigns=["doc._.claims"], requires=["doc._.quotes", "doc._.amounts"]
)
def make_claims(nlp: Language, name: str) -> Any:
    return _filling(
        "claims",
        lambda doc: find_claims(doc, doc._.amounts or [], doc._.quotes or [], doc._.times or []),
    )


@Language.factory(
    "newsprism_events", assigns=["doc._.events"], requires=["doc._.actors", "doc._.quotes"]
)
def make_events(nlp: Language, name: str) -> Any:
    return _filling(
        "events",
        lambda doc: find_events(doc, doc._.actors or [], doc._.times or [], doc._.quotes or []),
    )


@Language.factory("newsprism_terms", assigns=["doc._.terms"], requires=["doc._.actors"])
def make_terms(nlp: Language, name: str) -> Any:
    return _filling("terms", lambda doc: find_terms(doc, doc._.actors or []))
