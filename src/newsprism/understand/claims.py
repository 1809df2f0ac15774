"""Check-worthy sentences: those that assert something a fact-checker could verify.

A sentence is a claim when it is a statement (not a question, not a fragment) with a finite
verb and a subject, and it carries at least one checkable element: an amount, a resolved or
explicit date, an attributed statement, or a named actor doing something. The reasons are
kept, so a reader sees why a sentence was picked. Embeddings are added by the analysis stage.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.understand.records import Amount, Claim, Quote, TimeExpression
from newsprism.understand.records import Span as Evidence

_MIN_TOKENS = 6


def find_claims(
    doc: Doc, amounts: list[Amount], quotes: list[Quote], times: list[TimeExpression]
) -> list[Claim]:
    claims = []
    for sent in doc.sents:
        if not _is_statement(sent):
            continue
        reasons = _reasons(sent, amounts, quotes, times)
        if reasons:
            text = sent.text.strip()
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            claims.append(Claim(Evidence(start, start + len(text), text), tuple(reasons)))
    return claims


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
    if any(q.content.start < end and start < q.content.end for q in quotes):
        reasons.append("attribution")
    if any(_actor_is_subject(t) for t in sent):
        reasons.append("actor")
    return reasons


def _actor_is_subject(token: Token) -> bool:
    """A named actor as the subject, or as the owner of it ("Holm's transfer comes ...")."""
    if token.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return True
    return token.dep_ == "poss" and token.head.dep_ in {"nsubj", "nsubjpass"}
