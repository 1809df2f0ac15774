"""Check-worthy sentences: those that assert something a fact-checker could verify.

A sentence is a claim when it is a statement (not a question, not a fragment) with a finite
verb and a subject, and it carries at least one checkable element: an amount, a resolved or
explicit date, an attributed statement, or a named actor doing something. The reasons are
kept, so a reader sees why a sentence was picked. Embeddings are added by the analysis stage.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.understand.headings import is_heading
from newsprism.understand.lexicon import IMPRESSION_VERBS
from newsprism.understand.quotes import doc_marks
from newsprism.understand.records import Amount, Claim, Quote, TimeExpression
from newsprism.understand.records import Span as Evidence

_MIN_TOKENS = 6


def find_claims(
    doc: Doc, amounts: list[Amount], quotes: list[Quote], times: list[TimeExpression]
) -> list[Claim]:
    claims = []
    for sent in _units(doc):
        if not _is_statement(sent) or is_heading(sent):
            continue
        reasons = _reasons(sent, amounts, quotes, times)
        if reasons:
            text = sent.text.strip()
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            claims.append(Claim(Evidence(start, start + len(text), text), tuple(reasons)))
    return claims


def _units(doc: Doc) -> list[Span]:
    """The doc's sentences, with one the parser split off inside a quotation joined back to
    the one before it in the paragraph: '“... release the Mueller report to the American
    public. Now,” Ms. Warren wrote on Twitter.' had listed "Now,” Ms. Warren wrote on
    Twitter." as a fact of its own (BASIL)."""
    marks = [(q.start, q.end) for q in doc_marks(doc)]
    units: list[Span] = []
    for sent in doc.sents:
        if units and _split_off(sent, units[-1], marks):
            units[-1] = doc[units[-1].start : sent.end]
        else:
            units.append(sent)
    return units


def _split_off(sent: Span, before: Span, marks: list[tuple[int, int]]) -> bool:
    """A sentence that starts a word or two before the end of a quotation opened in the
    sentence before it, or starts in lower case, in the same paragraph."""
    if "\n" in before.text_with_ws[-2:]:
        return False
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    if words[0].is_lower and words[0].is_alpha:
        return True  # "and I respect that,” the senator said"
    start = words[0].idx
    closing = next((end for s, end in marks if s < start < end and s >= before.start_char), None)
    if closing is None:
        return False
    return len([t for t in words if t.idx < closing and not t.is_punct]) <= _FRAGMENT_WORDS


_FRAGMENT_WORDS = 2  # "Now,”: more words than this make a sentence a reader can take alone


def _is_statement(sent: Span) -> bool:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if len(words) < _MIN_TOKENS or sent.text.strip().endswith("?"):
        return False
    return any(
        t.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children)
        for t in sent
    )


def _reasons(
    sent: Span, amounts: list[Amount], quotes: list[Quote], times: list[TimeExpression]
) -> list[str]:
    start, end = sent.start_char, sent.end_char

    def inside(s: Evidence) -> bool:
        return start <= s.start < end

    reasons = []
    if any(inside(a.span) for a in amounts):
        reasons.append("amount")
    if any(inside(t.span) and t.kind in {"date", "time"} for t in times):
        reasons.append("date")
    if any(
        q.content.start < end and start < q.content.end and not _writers_impression(sent, q)
        for q in quotes
    ):
        reasons.append("attribution")
    if any(_actor_is_subject(t) for t in sent):
        reasons.append("actor")
    return reasons


def _writers_impression(sent: Span, quote: Quote) -> bool:
    """How something seemed to nobody named ("everyone seems tired"): the writer's
    impression, which names no one to check it with."""
    if quote.speaker is not None or quote.cue is None:
        return False
    cue = quote.cue.start
    return any(t.idx == cue and t.lemma_.lower() in IMPRESSION_VERBS for t in sent)


def _actor_is_subject(token: Token) -> bool:
    """A named actor as the subject, or as the owner of it ("Holm's transfer comes ...")."""
    if token.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return token.dep_ == "poss" and token.head.dep_ in {"nsubj", "nsubjpass"}
