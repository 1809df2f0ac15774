"""Typed annotations of one article. Every item carries its evidence: character offsets
into the article's stored text (``start``, ``end``), so any claim can be shown in place."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "partial", "indirect"]
TimeKind = Literal["date", "time", "duration", "set"]
Granularity = Literal["day", "week", "month", "year"]
Anchor = Literal["publication", "quote", "absolute"]
TermKind = Literal["descriptor", "phrase", "evaluative"]

_CLOSING_MARKS = '”"'
_OPENING_MARKS = '“"'
_ABUTTING = re.compile(r'\s*[”"]\s+[“"]\s*')


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, span: Any) -> Span:
        """The evidence of a spaCy ``Span`` (anything with ``start_char``/``end_char``)."""
        return cls(span.start_char, span.end_char, span.text)


@dataclass(slots=True)
class Actor:
    """A person, organisation or place as one article refers to it (all its mentions)."""

    key: str  # unique within the article, e.g. "PERSON:angela merkel"
    name: str  # the fullest name the article uses
    label: str  # PERSON, ORG, GPE, NORP, LOC, FAC
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "German Chancellor", "UN Special Envoy"
    canonical_id: str | None = None  # the corpus-wide actor, set when stored
    tone: float | None = None  # mean VADER compound of the sentences that mention it
    country: str | None = None  # places: ISO country code, and a point (set when stored)
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    content: Span
    kind: QuoteKind
    speaker: Span | None
    speaker_key: str | None  # Actor.key of the resolved speaker
    cue: Span | None
    medium: str | None = None
    # Words said (speech, statements, reports) rather than a belief, intention or finding
    # attributed to someone ("the rebels, seeking to reopen talks"). "Who said what" uses these.
    speech: bool = True

    def only_reports(self) -> bool:
        """Whether the source only reports words: it has no cue ("according to NBC News"),
        or its cue lies inside the words it was given ("“...,” The Oregonian reported
        Courtney saying"). The words are then another speaker's, which it carries."""
        cue = self.cue
        return cue is None or self.content.start <= cue.start < self.content.end

    def without_interruption(self, joint: str) -> str:
        """The content with the attribution that interrupts it (its cue inside the words,
        between a closing and an opening mark) replaced by ``joint``: "“...,” said Trump on
        Truth Social. “...”" is one quotation (analysis revision 155), and its speaker's
        words are the two parts."""
        text, cue = self.content.text, self.cue
        if cue is not None and self.content.start < cue.start < self.content.end:
            at = cue.start - self.content.start
            close = max(text.rfind(mark, 0, at) for mark in _CLOSING_MARKS)
            opens = [i for i in (text.find(mark, at) for mark in _OPENING_MARKS) if i >= 0]
            if close >= 0 and opens:
                text = text[:close].rstrip(" ,") + joint + text[min(opens) + 1 :]
        # two quotations joined with nothing between their marks ('... what’s important."
        # "How many times ...', PAC's Jill Biden) are parted as an interruption is
        return _ABUTTING.sub(joint if joint.strip() else " ", text)

    def shown(self) -> str:
        """The quotation as a reader is shown it: an interrupting attribution becomes " … "
        (a partial quote keeps its paraphrase around the quoted words)."""
        return self.content.text if self.kind == "partial" else self.without_interruption(" … ")


@dataclass(frozen=True, slots=True)
class Amount:
    span: Span
    value: float | None
    low: float | None
    high: float | None
    unit: str | None  # "%", "USD", "year-old", "km" ...
    counted: str | None  # the noun counted: "passengers", "people"
    qualifier: str | None  # "at least", "about", "believed to still be alive"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    span: Span
    kind: TimeKind
    value: dt.date | None  # resolved day (first day of the week/month/year), None if unknown
    granularity: Granularity | None
    anchor: Anchor | None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when (a PLOVER type), with its sentence as evidence."""

    type: str  # RELEASE, CONSULT, AGREE, ACCUSE, ASSAULT, ...
    plover: str  # the PLOVER root type (RELEASE is PLOVER's CONCEDE, mode release)
    verb: Span
    actor: Span | None
    actor_key: str | None
    target: Span | None
    target_key: str | None
    place: Span | None
    date: str | None  # ISO date at the text's precision (day, "2018-10", "1996"), if resolved
    sentence: Span
    negated: bool = False
    # Whether the text reports the event as having happened: "asserted", or "expected"
    # ("will strike"), "intended" ("plans to occupy", "urged X to free"), "possible"
    # ("could strike", "if Hamas frees", "whether to strike") or "alleged" ("accused X of
    # kidnapping", "charged with killing"). A timeline shows what happened.
    mode: str = "asserted"


def event_label(word: str, negated: bool, mode: str) -> str:
    """An event's verb or type as a reader sees it: "not CONSULT", "strike (possible)"."""
    label = ("not " if negated else "") + word
    return label if mode == "asserted" else f"{label} ({mode})"


@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy sentence, why it was picked, and its embedding (set by the stage)."""

    span: Span
    reasons: tuple[str, ...]  # "amount", "date", "attribution", "actor"
    embedding: bytes | None = None  # float32 little-endian (embeddings.from_blob)


@dataclass(frozen=True, slots=True)
class Term:
    """How the article words a thing: a description of an actor, a modified noun phrase, or
    an evaluative word (an adjective or adverb of the sentiment lexicon)."""

    span: Span
    head: str  # lemma of the head noun ("nurse", "junta"); an evaluative word, lower-cased
    kind: TermKind
    actor_key: str | None  # descriptors: the actor described
    quoted: bool  # inside a quoted speaker's words, not the outlet's own


@dataclass(slots=True)
class Analysis:
    article_id: str
    embedding: bytes | None = None  # of the title and lede, for grouping into stories
    embedded_key: int | None = None  # textutil.text_key of the text ``embedding`` is of
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    tone: float | None = None  # mean VADER compound over sentences, -1 (negative) .. 1
    skipped: str | None = None  # why the article was not analysed (language, no text)

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out.pop("embedding", None)  # vectors are for machines, not for display
        out.pop("embedded_key", None)
        for claim in out["claims"]:
            claim.pop("embedding", None)
        for item in out["times"]:
            item["value"] = item["value"].isoformat() if item["value"] else None
        return out
