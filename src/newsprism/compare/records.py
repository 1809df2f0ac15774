"""The typed result of comparing one story across outlets. Every item carries its evidence
(article id and character offsets into that article's stored text)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

from newsprism.understand.records import event_label

Coverage = Literal["all", "several", "one"]
ConflictKind = Literal["amount", "date", "denial"]
Drift = Literal["same", "truncated", "reworded"]


@dataclass(frozen=True, slots=True)
class Evidence:
    source: str  # the outlet (or, for an article without one, a stand-in label)
    article_id: str
    start: int
    end: int
    text: str
    # Whose words the sentence mostly is, when it lies inside a quotation whose speaker it
    # does not name itself ("They're born in a certain media outlet ..." from a quotation
    # attributed two sentences before): a reader of a listed fact must not take them for
    # the outlet's. Not part of the evidence's identity, which is its span.
    speaker: str | None = field(default=None, compare=False)


@dataclass(slots=True)
class SourceInfo:
    """One independent account: an outlet's article(s), plus outlets that ran the same copy."""

    name: str
    article_ids: list[str]
    published: str | None
    date_inferred: bool  # the date comes from the story, not from the article
    also_run_by: list[str] = field(default_factory=list)  # wire copies, counted once
    claims: int = 0


@dataclass(slots=True)
class Fact:
    id: str
    coverage: Coverage
    sources: list[str]
    evidence: list[Evidence]
    # For a fact told by one outlet: the closest sentence another outlet has, when it is
    # related but not the same point (so a reader can judge the omission).
    nearest: Evidence | None = None
    nearest_score: float | None = None
    relation: str | None = None  # the relation model's verdict for the other outlets
    # For a shared fact: what each outlet's sentences add that the others' lack (actors,
    # amounts counted, days).
    details: dict[str, list[str]] = field(default_factory=dict)
    # For a shared fact: the indices (into ``evidence``) of its strongest pair of sentences
    # from two outlets, the clearest statement of what they share. Average-link lets a
    # sentence that only one outlet tells ride in on its own article's neighbour; a line
    # that cites every outlet of the fact must not quote that one.
    core: list[int] = field(default_factory=list)
    # For a shared fact, per sentence (parallel to ``evidence``): the other outlets with a
    # sentence of the fact that matches it by itself (a pair at the alignment threshold).
    # Average-link lets an outlet join a fact through the group as a whole, so a line that
    # states one sentence cites only these outlets and its own (a BASIL digest had cited
    # HuffPost for a senator's words it never carried). Empty when not computed.
    backing: list[list[str]] = field(default_factory=list)


@dataclass(slots=True)
class Side:
    source: str
    value: str
    evidence: Evidence
    cited: str  # who the outlet gives as source: a speaker, or "the outlet itself"


@dataclass(slots=True)
class Conflict:
    kind: ConflictKind
    subject: str
    sides: list[Side]
    note: str = ""


@dataclass(slots=True)
class Wording:
    """What each outlet calls one thing: an actor, or a noun-phrase head ("talks")."""

    referent: str
    kind: Literal["actor", "phrase"]
    by_source: dict[str, list[str]]
    evidence: list[Evidence]


@dataclass(slots=True)
class LoadedTerm:
    source: str
    term: str
    context: Evidence
    why: str  # "loaded-label lexicon", "sentiment lexicon (-2.1)"


@dataclass(slots=True)
class Framing:
    wordings: list[Wording]
    loaded: list[LoadedTerm]
    tone: dict[str, dict[str, float]]  # actor -> source -> mean tone of its sentences
    quoted: dict[str, dict[str, int]]  # source -> speaker -> number of quotes
    # source -> how many of its quotes an unnamed source gives ("a person briefed on ...")
    unnamed: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class QuoteVersion:
    source: str
    speaker: str | None
    text: str
    evidence: Evidence
    cue: str | None
    medium: str | None
    # A partial quote's text is the outlet's paraphrase holding the speaker's words in their
    # own quotation marks: shown as it stands, not inside marks of ours, which would make
    # the paraphrase look quoted.
    paraphrased: bool = False

    def shown(self) -> str:
        return self.text if self.paraphrased else f"“{self.text}”"


@dataclass(slots=True)
class QuoteGroup:
    speaker: str | None
    sources: list[str]
    drift: Drift
    versions: list[QuoteVersion]
    differences: list[str] = field(default_factory=list)  # "-word" / "+word" between versions


@dataclass(slots=True)
class TimelineItem:
    date: str | None
    date_inferred: bool
    type: str
    actor: str | None
    target: str | None
    negated: bool
    sources: list[str]
    evidence: list[Evidence]
    mode: str = "asserted"  # as ``understand.records.Event.mode``: what happened, or not yet
    place: str | None = None  # where, as the first outlet that names a place puts it

    @property
    def what(self) -> str:
        """The event's type as a reader sees it: "not CONSULT", "ASSAULT (possible)"."""
        return event_label(self.type, self.negated, self.mode)


@dataclass(slots=True)
class DigestLine:
    text: str
    sources: list[str]
    kind: Literal["shared", "disputed", "only"]


@dataclass(slots=True)
class Comparison:
    story_id: str
    title: str | None
    sources: list[SourceInfo]
    facts: list[Fact]
    conflicts: list[Conflict]
    framing: Framing
    quotes: list[QuoteGroup]
    only_quoted_by: dict[str, list[str]]  # source -> speakers no other outlet quotes
    timeline: list[TimelineItem]
    digest: list[DigestLine]
    notes: list[str]

    def section(self, coverage: Coverage) -> list[Fact]:
        return [f for f in self.facts if f.coverage == coverage]

    def only_by(self) -> dict[str, list[Fact]]:
        out: dict[str, list[Fact]] = {s.name: [] for s in self.sources}
        for fact in self.section("one"):
            out[fact.sources[0]].append(fact)
        return out

    def as_dict(self) -> dict[str, object]:
        return asdict(self)
