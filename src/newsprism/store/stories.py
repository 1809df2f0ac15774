"""SQL for stories, mixed into ``Database``: membership, clustering features, the decision log,
and the story summaries (title, time span, outlets, main actors) derived from the members."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

_MAIN_ACTORS = 5
# An undated article that writes a full date this near its start (a dateline, "May 3, 2013")
# is clustered as of that date; a date further down is more often history than news.
_DATELINE_CHARS = 400


@dataclass(frozen=True, slots=True)
class StoryQuery:
    outlet: str | None = None
    actor: str | None = None  # an actor id or a name: see ``AnnotationStore.actor_ids``
    since: dt.date | None = None
    until: dt.date | None = None
    search: str | None = None  # full-text search in the members' titles and texts
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ClusterInput:
    article_id: str
    text: str
    title: str | None
    published: dt.date | None
    duplicate_of: str | None
    skipped: str | None  # the analysis' reason for skipping it, if it did
    vector: bytes | None
    actors: dict[str, int]  # canonical actor id -> mentions
    dateline: dt.date | None = None  # a full date written near the top (used when undated)


class StoryStore:
    conn: sqlite3.Connection
    actor_ids: Callable[[str], list[str]]  # from ``AnnotationStore``

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # -- clustering input -------------------------------------------------------------------

    def unclustered(self, limit: int = 10**9) -> list[str]:
        """Analysed articles (and duplicates) not yet placed, in the order they arrived."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles AS a LEFT JOIN story_members AS m ON m.article_id = a.id "
            "LEFT JOIN analyses AS n ON n.article_id = a.id WHERE m.article_id IS NULL "
            "AND (n.article_id IS NOT NULL OR a.duplicate_of IN (SELECT article_id FROM analyses)) "
            "ORDER BY a.seq LIMIT ?",
            (limit,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def duplicate_ids(self, article_ids: list[str]) -> list[str]:
        rows = self.conn.execute("SELECT id FROM articles WHERE duplicate_of IS NOT NULL")
        wanted = set(article_ids)
        return [str(r[0]) for r in rows if r[0] in wanted]

    def cluster_input(self, article_id: str) -> ClusterInput:
        row = self.conn.execute(
            "SELECT a.text, a.title, a.published, a.duplicate_of, n.skipped, e.vector "
            "FROM articles AS a LEFT JOIN analyses AS n ON n.article_id = a.id "
            "LEFT JOIN article_embeddings AS e ON e.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        actors = self.conn.execute(
            "SELECT actor_id, COUNT(*) FROM mentions WHERE article_id = ? GROUP BY actor_id",
            (article_id,),
        ).fetchall()
        dateline = self.conn.execute(
            "SELECT value FROM time_expressions WHERE article_id = ? AND anchor = 'absolute' "
            "AND granularity = 'day' AND start < ? ORDER BY start LIMIT 1",
            (article_id, _DATELINE_CHARS),
        ).fetchone()
        return ClusterInput(
            article_id,
            row["text"],
            row["title"],
            dt.date.fromisoformat(row["published"]) if row["published"] else None,
            row["duplicate_of"],
            row["skipped"],
            bytes(row["vector"]) if row["vector"] is not None else None,
            {str(a[0]): int(a[1]) for a in actors},
            dt.date.fromisoformat(dateline[0][:10]) if dateline else None,
        )

    def save_features(
        self, article_id: str, date: dt.date | None, terms: bytes, actors: bytes
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO story_features VALUES (?, ?, ?, ?)",
            (article_id, date.isoformat() if date else None, terms, actors),
        )

    def features_row(self, article_id: str) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(
            "SELECT f.date, f.terms, f.actors, e.vector FROM story_features AS f "
            "JOIN article_embeddings AS e ON e.article_id = f.article_id WHERE f.article_id = ?",
            (article_id,),
        ).fetchone()
        return row

    def clustered(self) -> Iterator[tuple[str, str, bytes, dt.date | None]]:
        """(article, story, vector, date) of every clustered original: to rebuild the index."""
        rows = self.conn.execute(
            "SELECT m.article_id, m.story_id, e.vector, f.date FROM story_members AS m "
            "JOIN articles AS a ON a.id = m.article_id "
            "JOIN story_features AS f ON f.article_id = m.article_id "
            "JOIN article_embeddings AS e ON e.article_id = m.article_id "
            "WHERE m.story_id IS NOT NULL AND a.duplicate_of IS NULL ORDER BY a.seq"
        )
        for r in rows:
            date = dt.date.fromisoformat(r[3]) if r[3] else None
            yield str(r[0]), str(r[1]), bytes(r[2]), date

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    # -- clustering output ------------------------------------------------------------------

    def save_members(self, members: Iterable[tuple[str, str | None, float | None, str]]) -> None:
        """(article, story or None when left unassigned, score, reason) rows."""
        self.conn.executemany(
            "INSERT INTO story_members (article_id, story_id, score, reason) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, "
            "score = coalesce(excluded.score, score), reason = excluded.reason",
            list(members),
        )

    def move_members(self, moves: Iterable[tuple[str, str]]) -> None:
        """(article, new story) for articles moved by a merge or a split, duplicates too."""
        for article_id, story_id in moves:
            self.conn.execute(
                "UPDATE story_members SET story_id = ? WHERE article_id = ? OR article_id IN "
                "(SELECT id FROM articles WHERE duplicate_of = ?)",
                (story_id, article_id, article_id),
            )

    def rename_story(self, old: str, new: str) -> None:
        """Every member of story ``old`` (duplicates included) now belongs to ``new``."""
        self.conn.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (new, old))

    def log_story(self, action: str, story_id: str, article_id: str | None, other_id: str | None,
                  score: float | None, reason: str) -> None:  # fmt: skip
        self.conn.execute(
            "INSERT INTO story_log (at, action, story_id, article_id, other_id, score, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (_now(), action, story_id, article_id, other_id, score, reason),
        )

    def refresh_stories(self, story_ids: Iterable[str]) -> None:
        """Recompute title, span and size of these stories (and drop emptied ones); set the
        inferred date of undated members to the median date of the dated ones."""
        for story_id in set(story_ids):
            members = self.conn.execute(
                "SELECT a.id, a.title, a.published FROM story_members AS m "
                "JOIN articles AS a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY a.seq",
                (story_id,),
            ).fetchall()
            if not members:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
                continue
            dates = sorted(str(m["published"]) for m in members if m["published"])
            dated_first = sorted(members, key=lambda m: (m["published"] or "9999", m["id"]))
            title = next((m["title"] for m in dated_first if m["title"]), None)
            self.conn.execute(
                "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "title = excluded.title, first_date = excluded.first_date, "
                "last_date = excluded.last_date, articles = excluded.articles, "
                "updated_at = excluded.updated_at",
                (story_id, title, dates[0] if dates else None, dates[-1] if dates else None,
                 len(members), _now()),
            )  # fmt: skip
            inferred = _median_date(dates)
            self.conn.execute(
                "UPDATE story_members SET inferred_date = CASE WHEN article_id IN (SELECT id FROM "
                "articles WHERE published IS NULL) THEN ? ELSE NULL END WHERE story_id = ?",
                (inferred, story_id),
            )

    def clear_stories(self) -> None:
        for table in ("story_log", "story_members", "story_features", "stories"):
            self.conn.execute(f"DELETE FROM {table}")

    # -- reading ----------------------------------------------------------------------------

    def stories(self, query: StoryQuery | None = None) -> list[dict[str, Any]]:
        query = query or StoryQuery()
        where, params = ["1 = 1"], []
        member = "s.id IN (SELECT m.story_id FROM story_members AS m JOIN articles AS a ON " \
                 "a.id = m.article_id WHERE {})"  # fmt: skip
        if query.outlet:
            where.append(member.format("lower(a.outlet) = lower(?) OR a.domain = lower(?)"))
            params += [query.outlet, query.outlet]
        if query.actor:
            ids = self.actor_ids(query.actor)
            marks = ", ".join("?" * len(ids))
            named = f"SELECT x.article_id FROM mentions AS x WHERE x.actor_id IN ({marks})"
            where.append(member.format(f"a.id IN ({named})"))
            params += ids
        if query.since:
            where.append("s.last_date >= ?")
            params.append(query.since.isoformat())
        if query.until:
            where.append("s.first_date <= ?")
            params.append(query.until.isoformat())
        if query.search:
            from newsprism.store.database import _fts_query

            where.append(
                member.format(
                    "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                )
            )
            params.append(_fts_query(query.search))
        rows = self.conn.execute(
            f"SELECT s.* FROM stories AS s WHERE {' AND '.join(where)} "
            "ORDER BY s.last_date DESC NULLS LAST, s.articles DESC, s.id LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        ).fetchall()
        return [self._story_summary(dict(r)) for r in rows]

    def _story_summary(self, story: dict[str, Any]) -> dict[str, Any]:
        outlets = self.conn.execute(
            "SELECT coalesce(a.outlet, a.domain, 'unknown outlet') AS outlet, COUNT(*) AS n "
            "FROM story_members AS m JOIN articles AS a ON a.id = m.article_id "
            "WHERE m.story_id = ? GROUP BY 1 ORDER BY n DESC, 1",
            (story["id"],),
        ).fetchall()
        actors = self.conn.execute(
            "SELECT c.id, c.name, c.label, COUNT(DISTINCT x.article_id) AS articles "
            "FROM story_members AS m JOIN mentions AS x ON x.article_id = "
            "coalesce((SELECT duplicate_of FROM articles WHERE id = m.article_id), m.article_id) "
            "JOIN actors AS c ON c.id = x.actor_id WHERE m.story_id = ? "
            "GROUP BY c.id ORDER BY articles DESC, COUNT(*) DESC LIMIT ?",
            (story["id"], _MAIN_ACTORS),
        ).fetchall()
        story["outlets"] = {str(o["outlet"]): int(o["n"]) for o in outlets}
        story["main_actors"] = [dict(a) for a in actors]
        return story

    def story(self, id_or_prefix: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT * FROM stories WHERE id = ? OR id LIKE ? ORDER BY id = ? DESC LIMIT 2",
            (id_or_prefix, id_or_prefix + "%", id_or_prefix),
        ).fetchall()
        if not row or (len(row) > 1 and row[0]["id"] != id_or_prefix):
            return None
        story = self._story_summary(dict(row[0]))
        story["articles"] = [
            dict(r)
            for r in self.conn.execute(
                "SELECT a.id, a.title, coalesce(a.outlet, a.domain) AS outlet, a.published, "
                "m.inferred_date, a.url, a.duplicate_of, m.score, m.reason "
                "FROM story_members AS m JOIN articles AS a ON a.id = m.article_id "
                "WHERE m.story_id = ? ORDER BY coalesce(a.published, m.inferred_date), a.seq",
                (story["id"],),
            )
        ]
        story["log"] = [
            dict(r)
            for r in self.conn.execute(
                "SELECT at, action, story_id, article_id, other_id, score, reason FROM story_log "
                "WHERE story_id = ? OR other_id = ? ORDER BY n",
                (story["id"], story["id"]),
            )
        ]
        return story

    def unassigned(self) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT article_id, reason FROM story_members WHERE story_id IS NULL"
            )
        ]


def _median_date(dates: list[str]) -> str | None:
    if not dates:
        return None
    ordinals = [dt.date.fromisoformat(d).toordinal() for d in dates]
    return dt.date.fromordinal(int(statistics.median_low(ordinals))).isoformat()


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
