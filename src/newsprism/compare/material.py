"""What a comparison reads: a story's independent accounts, their sentences and annotations.

Wire copies (articles stored as duplicates of another) are not separate accounts: they agree
by construction. They are folded into their original's source and named in ``also_run_by``.
An undated article takes its story's inferred date, and its unresolved relative dates ("on
Monday") are resolved against it, marked as inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from newsprism.compare.denial import denied_words
from newsprism.compare.records import Evidence, SourceInfo
from newsprism.textutil import singular, surname
from newsprism.understand.embeddings import from_blob
from newsprism.understand.lexicon import ACT_ANAPHORS
from newsprism.understand.quotemarks import quoted_ranges
from newsprism.understand.records import Analysis, Claim, Span
from newsprism.understand.times import resolve_phrase


@dataclass(slots=True)
class Account:
    """One original article with everything the comparison needs from it."""

    id: str
    source: str
    text: str
    day: dt.date | None
    day_inferred: bool
    analysis: Analysis
    # time-expression start offset -> resolved day (publication-anchored or inferred)
    days: dict[int, dt.date] = field(default_factory=dict)
    # character ranges inside quotation marks (sorted, disjoint), read once for every section
    marks: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.marks = quoted_ranges(self.text)


@dataclass(slots=True)
class Sentence:
    """A claim of one account, with the structure used to align it with other accounts."""

    index: int
    account: Account
    claim: Claim
    vector: np.ndarray
    atoms: frozenset[str]  # canonical actors, event types, days, counted nouns
    denial: bool
    # Canonical actors who act or speak in it: the doers of its events, the speakers of the
    # quotes it introduces. Two outlets' sentences with different doers tell different acts.
    doers: frozenset[str] = frozenset()
    # The sentence just before it in its article when it opens by pointing back at that
    # sentence's act ("The decision was announced after ..."): the two tell one point.
    antecedent: int | None = None
    # For a denial: the content words of what is denied (``compare.denial``).
    denied: frozenset[str] = frozenset()
    # Runs of five words inside its quotation marks: two outlets that carry the same
    # quotation report one statement, however differently they frame it.
    quoted: frozenset[str] = frozenset()

    @property
    def source(self) -> str:
        return self.account.source

    def evidence(self) -> Evidence:
        span = self.claim.span
        return Evidence(self.source, self.account.id, span.start, span.end, span.text)


@dataclass(slots=True)
class Material:
    story_id: str
    title: str | None
    sources: list[SourceInfo]
    accounts: list[Account]
    sentences: list[Sentence]
    names: dict[str, str]  # canonical actor id -> name
    notes: list[str]


def load_material(db: Any, story: dict[str, Any]) -> Material:
    notes: list[str] = []
    members = story["articles"]
    originals = [m for m in members if not m["duplicate_of"]]
    copies = [m for m in members if m["duplicate_of"]]
    labels = {m["id"]: _label(m) for m in members}
    sources: dict[str, SourceInfo] = {}
    accounts: list[Account] = []
    for member in originals:
        analysis = db.analysis(member["id"])
        article = db.article(member["id"])
        if analysis is None or article is None:
            continue
        day, inferred = _day(member)
        account = Account(member["id"], labels[member["id"]], article.text, day, inferred, analysis)
        account.days = _days(account)
        accounts.append(account)
        info = sources.setdefault(
            account.source,
            SourceInfo(account.source, [], day.isoformat() if day else None, inferred),
        )
        info.article_ids.append(account.id)
        info.claims += len(analysis.claims)
        if analysis.skipped:
            notes.append(
                f"{account.source}: article {account.id[:8]} not analysed ({analysis.skipped})"
            )
    for copy in copies:
        original = labels.get(copy["duplicate_of"])
        outlet = labels[copy["id"]]
        if (
            original in sources
            and outlet != original
            and outlet not in sources[original].also_run_by
        ):
            sources[original].also_run_by.append(outlet)
            notes.append(
                f"{outlet} ran the same wire copy as {original}; counted once, as one source"
            )
    ids = {a.actor_key for acc in accounts for a in acc.analysis.terms if a.actor_key}
    ids |= {a.canonical_id for acc in accounts for a in acc.analysis.actors if a.canonical_id}
    ids |= {q.speaker_key for acc in accounts for q in acc.analysis.quotes if q.speaker_key}
    names = db.actor_names(sorted(ids))
    _fold_story_surnames(db, accounts, names)
    _embed_missing(db, accounts, notes)
    sentences = _sentences(accounts)
    return Material(
        story["id"], story.get("title"), list(sources.values()), accounts, sentences, names, notes
    )


def _fold_story_surnames(db: Any, accounts: list[Account], names: dict[str, str]) -> None:
    """A person one outlet names by surname alone is, within one story, the one person of
    that surname the story names in full. The corpus cannot decide it when it knows several
    of that name (BASIL holds four Hutchinsons), but the story can: the NYT's "Mr.
    Hutchinson" (its "Asa Hutchinson" was missed by the recogniser) was listed apart from
    HuffPost's and Fox's Asa Hutchinson, and his quotes and facts were not matched. Only
    when that person is also the corpus's best known of the name: in the story of Kathy
    Griffin's photo, which names Chelsea Clinton, the NYT's "Clinton campaign associates"
    are Hillary's."""
    people = {
        a.canonical_id
        for account in accounts
        for a in account.analysis.actors
        if a.label == "PERSON" and a.canonical_id in names
    }
    full: dict[str, set[str]] = {}
    for key in people:
        if len(names[key].split()) >= 2:
            full.setdefault(surname(names[key]), set()).add(key)
    remap = {}
    for key in people:
        last = surname(names[key])
        if len(names[key].split()) == 1 and len(full.get(last, ())) == 1:
            (person,) = full[last]
            if db.best_known_of_surname(last) == person:
                remap[key] = person
    if not remap:
        return

    def to(key: str | None) -> str | None:
        return remap.get(key or "", key)

    for account in accounts:
        analysis = account.analysis
        for actor in analysis.actors:
            actor.canonical_id = to(actor.canonical_id)
        analysis.quotes = [replace(q, speaker_key=to(q.speaker_key)) for q in analysis.quotes]
        analysis.terms = [replace(t, actor_key=to(t.actor_key)) for t in analysis.terms]
        analysis.events = [
            replace(e, actor_key=to(e.actor_key), target_key=to(e.target_key))
            for e in analysis.events
        ]


def _embed_missing(db: Any, accounts: list[Account], notes: list[str]) -> None:
    """Embed the claims an analysis stored without vectors (``embed_claims`` off: a large
    crawl leaves them to the stories someone compares), so that they are compared rather than
    silently left out, and store them, so the next comparison need not embed them again."""
    missing = [a for a in accounts if any(c.embedding is None for c in a.analysis.claims)]
    if not missing:
        return
    from newsprism.understand.embeddings import DEFAULT_EMBEDDER, vectors_for

    model = next(filter(None, map(db.embedding_model, (a.id for a in missing))), None)
    model = model or DEFAULT_EMBEDDER
    claims = [c for a in missing for c in a.analysis.claims if c.embedding is None]
    texts = [c.span.text for c in claims]
    vectors = vectors_for(texts, model, db.known_claim_vectors(texts, model))
    filled: dict[str, dict[int, bytes]] = {}
    for account in missing:
        new = filled.setdefault(account.id, {})
        for n, claim in enumerate(account.analysis.claims):
            if claim.embedding is None:
                new[n] = vectors[claim.span.text]
        account.analysis.claims = [
            replace(c, embedding=new[n]) if n in new else c
            for n, c in enumerate(account.analysis.claims)
        ]
    kept = _keep_embeddings(db, filled)
    notes.append(
        f"{len(claims)} sentences had been stored without embeddings and were embedded for "
        + ("this comparison, and stored" if kept else "this comparison (the database is read-only)")
    )


def _keep_embeddings(db: Any, filled: dict[str, dict[int, bytes]]) -> bool:
    """Store the vectors computed for a comparison; a read-only database keeps none."""
    import sqlite3

    try:
        for article_id, vectors in filled.items():
            db.store_claim_embeddings(article_id, vectors)
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc) and "locked" not in str(exc):
            raise
        return False  # kept for this comparison only; a later one embeds them again
    return True


def _label(member: dict[str, Any]) -> str:
    """The outlet; an article that names none is labelled by its own id, never guessed."""
    return str(member["outlet"] or f"unnamed outlet {member['id'][:8]}")


def _day(member: dict[str, Any]) -> tuple[dt.date | None, bool]:
    if member["published"]:
        return dt.date.fromisoformat(str(member["published"])[:10]), False
    if member["inferred_date"]:
        return dt.date.fromisoformat(member["inferred_date"]), True
    return None, False


def _days(account: Account) -> dict[int, dt.date]:
    days = {}
    for time in account.analysis.times:
        if time.value is not None and time.granularity == "day":
            days[time.span.start] = time.value
        elif time.value is None and account.day_inferred and account.day is not None:
            resolved = resolve_phrase(time.span.text, account.day)
            if resolved and resolved[1] == "day":
                days[time.span.start] = resolved[0]
    return days


# "The decision was ...", "This move comes ...", but not "The decision to send ..." or "The
# statement of the ministry ...", whose complement says which act is meant.
_POINTS_BACK = re.compile(
    r"[\"“‘']?(?:the|this|that)\s+(?:latest\s+|new\s+)?(?P<noun>[a-z]+)\b"
    r"(?!\s+(?:of|to|that|by|regarding|about|over)\b)",
    re.IGNORECASE,
)


def points_back(text: str) -> bool:
    """Whether a sentence opens with an act it does not name ("The decision was announced
    after ..."), which the sentence before it told."""
    match = _POINTS_BACK.match(text)
    return match is not None and match["noun"].lower() in ACT_ANAPHORS


_QUOTED_RUN = 5
_WORD = re.compile(r"\w+")


def quoted_runs(text: str, marks: list[tuple[int, int]], start: int, end: int) -> frozenset[str]:
    """The runs of ``_QUOTED_RUN`` words inside quotation marks within ``start:end``."""
    runs: set[str] = set()
    for left, right in marks:
        if left < end and start < right:
            runs.update(word_runs(_WORD.findall(text[max(left, start) : min(right, end)].lower())))
    return frozenset(runs)


def word_runs(words: list[str]) -> set[str]:
    """Every run of ``_QUOTED_RUN`` consecutive words: what two versions of one quotation
    share however each cuts or frames it."""
    return {" ".join(words[i : i + _QUOTED_RUN]) for i in range(len(words) - _QUOTED_RUN + 1)}


def _sentences(accounts: list[Account]) -> list[Sentence]:
    out: list[Sentence] = []
    for account in accounts:
        analysis = account.analysis
        previous: Sentence | None = None
        for claim in analysis.claims:
            if claim.embedding is None:
                continue
            start, end = claim.span.start, claim.span.end
            atoms = {
                f"actor:{a.canonical_id}"
                for a in analysis.actors
                if any(start <= m.start < end for m in a.mentions)
            }
            events = [e for e in analysis.events if start <= e.verb.start < end]
            atoms |= {f"event:{e.type}" for e in events}
            atoms |= {f"day:{d}" for s, d in account.days.items() if start <= s < end}
            atoms |= {
                f"counted:{counted_stem(a.counted)}"
                for a in analysis.amounts
                if a.counted and start <= a.span.start < end
            }
            doers = {e.actor_key for e in events if e.actor_key}
            # The speaker of a quote introduced here, or of the quotation the sentence lies
            # in ("“No one is above the law.”" before "Sanders said ..."): two people's like
            # words are two statements (BASIL: nyt's Sanders and fox's Booker had been one
            # fact, and the digest gave Sanders's words to both outlets).
            doers |= {
                q.speaker_key
                for q in analysis.quotes
                if q.speaker_key
                and (
                    (q.cue is not None and start <= q.cue.start < end)
                    or _mostly_within(start, end, q.content)
                )
            }
            denied = denied_words(claim.span.text)
            sentence = Sentence(
                len(out),
                account,
                claim,
                from_blob(claim.embedding),
                frozenset(atoms),
                denied is not None,
                frozenset(doers),
                denied=denied or frozenset(),
                quoted=quoted_runs(account.text, account.marks, start, end),
            )
            if (
                previous is not None
                and not account.text[previous.claim.span.end : start].strip()
                and points_back(claim.span.text)
            ):
                sentence.antecedent = previous.index
            out.append(sentence)
            previous = sentence
    return out


def _mostly_within(start: int, end: int, content: Span) -> bool:
    """Whether most of ``start:end`` lies in ``content`` (a sentence of a quotation whose
    marks and closing words are outside the content span)."""
    inside = min(end, content.end) - max(start, content.start)
    return inside * 2 > end - start


def counted_stem(noun: str) -> str:
    """What an amount counts, comparable across outlets: "other passengers" -> "passenger"."""
    return singular(noun.lower().split()[-1])
