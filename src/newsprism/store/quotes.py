"""SQL for who said what across the corpus: every stored quotation, filtered, with its
article, outlet, story and resolved speaker. Mixed into ``Database``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from newsprism.store.annotations import _in_chunks, _quote
from newsprism.textutil import folded

QuoteKindFilter = Literal["direct", "partial", "indirect"]

# A user types "don't" and "Calderon"; outlets print "don’t" and "Calderón".
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"',
                             "–": "-", "—": "-"})  # fmt: skip


def search_key(text: str | None) -> str | None:
    """``text`` as a quotation search compares it: case-folded, without accents, with
    typographic apostrophes, quotation marks and dashes made plain. Registered with SQLite
    by ``Database`` (its own lower() folds ASCII letters only)."""
    return None if text is None else folded(text).casefold().translate(_TYPOGRAPHY)


@dataclass(frozen=True, slots=True)
class QuoteQuery:
    """Filters for listing quotations; all optional."""

    # An actor's id or a name: its name or what the articles call it (a surname, "the
    # senator"; ``AnnotationStore.actor_ids``), or, for a speaker we could not resolve, the
    # speaker as written.
    speaker: str | None = None
    outlet: str | None = None  # name or domain of the outlet that ran the article
    story: str | None = None  # a story's id
    since: dt.date | None = None
    until: dt.date | None = None
    # Words in the quotation: a substring, blind to case, accents and the typography of
    # apostrophes, quotation marks and dashes ("dont" does not match "don’t", "don't" does).
    search: str | None = None
    kind: QuoteKindFilter | None = None
    # Views (a belief, intention or finding put to someone: "the rebels, seeking to reopen
    # talks") are left out unless asked for: "who said what" is about words said.
    views: bool = False
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quotation with where it ran and who said it."""

    article_id: str
    n: int  # the quotation's place in its article's analysis
    published: str | None
    outlet: str | None
    title: str | None
    story_id: str | None
    speaker: str | None  # the canonical actor's name, else the speaker as written
    speaker_id: str | None
    speaker_text: str | None  # the words that name the speaker in this article
    cue: str | None
    medium: str | None
    kind: str
    speech: bool
    text: str  # the evidence, as the article has it (an interrupting attribution included)
    shown: str  # as a reader is shown it: an interrupting attribution becomes " … "
    start: int  # character offsets of the quotation in the article's text
    end: int
    also_in: tuple[str, ...]  # outlets that ran a copy of the same article

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "also_in": list(self.also_in)}


# The outlet as the reader knows it: its name, else the site it came from.
_OUTLET = "coalesce(a.outlet, a.domain)"


class QuoteStore:
    conn: sqlite3.Connection
    actor_ids: Callable[[str], list[str]]  # from ``AnnotationStore``

    def quotes(self, query: QuoteQuery | None = None) -> list[QuoteRow]:
        """Quotations matching ``query``, newest article first, in text order within one."""
        query = query or QuoteQuery()
        speakers = self.actor_ids(query.speaker) if query.speaker else []
        where, params = _filters(query, speakers)
        rows = self.conn.execute(
            f"SELECT q.*, a.published, {_OUTLET} AS outlet_name, a.title, m.story_id, "
            "c.name AS actor_name FROM quotes AS q JOIN articles AS a ON a.id = q.article_id "
            "LEFT JOIN story_members AS m ON m.article_id = a.id "
            "LEFT JOIN actors AS c ON c.id = q.speaker_actor_id "
            f"{'WHERE ' + ' AND '.join(where) if where else ''} "
            "ORDER BY a.published IS NULL, a.published DESC, a.seq, q.n LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        ).fetchall()
        copies = self._copies_outlets(sorted({str(r["article_id"]) for r in rows}))
        return [_row(r, copies.get(r["article_id"], ())) for r in rows]

    def _copies_outlets(self, article_ids: list[str]) -> dict[str, tuple[str, ...]]:
        """The outlets that ran a copy (a duplicate) of each article: a wire story's quotes
        are stored once, on the first copy, but every outlet that carried it is shown."""
        found: dict[str, set[str]] = {}
        for chunk in _in_chunks(article_ids):
            marks = ", ".join("?" * len(chunk))
            for original, outlet in self.conn.execute(
                f"SELECT d.duplicate_of, coalesce(d.outlet, d.domain) FROM articles AS d "
                f"WHERE d.duplicate_of IN ({marks})",
                chunk,
            ):
                if outlet:
                    found.setdefault(original, set()).add(outlet)
        return {k: tuple(sorted(v)) for k, v in found.items()}


def _filters(query: QuoteQuery, speakers: list[str]) -> tuple[list[str], list[Any]]:
    from newsprism.store.database import ArticleQuery, _article_filters  # it mixes this in

    # Quotations are stored on the first copy of an article only, so no duplicate test.
    articles = ArticleQuery(
        outlet=query.outlet, since=query.since, until=query.until, include_duplicates=True
    )
    where, params = _article_filters(articles)
    if not query.views:
        where.append("q.speech = 1")
    if query.kind:
        where.append("q.kind = ?")
        params.append(query.kind)
    if query.speaker:
        marks = ", ".join("?" * len(speakers))
        where.append(
            f"(q.speaker_actor_id IN ({marks}) "
            "OR (q.speaker_actor_id IS NULL AND lower(q.speaker_text) = lower(?)))"
        )
        params += [*speakers, query.speaker]
    if query.story:
        where.append("m.story_id = ?")
        params.append(query.story)
    if query.search:
        where.append("instr(search_key(q.text), search_key(?)) > 0")
        params.append(query.search)
    return where, params


def _row(r: sqlite3.Row, copies: tuple[str, ...]) -> QuoteRow:
    return QuoteRow(
        article_id=r["article_id"],
        n=r["n"],
        published=r["published"],
        outlet=r["outlet_name"],
        title=r["title"],
        story_id=r["story_id"],
        speaker=r["actor_name"] or r["speaker_text"],
        speaker_id=r["speaker_actor_id"],
        speaker_text=r["speaker_text"],
        cue=r["cue_text"],
        medium=r["medium"],
        kind=r["kind"],
        speech=bool(r["speech"]),
        text=r["text"],
        shown=_quote(r).shown(),
        start=r["start"],
        end=r["end_"],
        also_in=copies,
    )
