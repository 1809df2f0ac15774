"""The one object that owns the connection and the SQL (the datasette/sqlite-utils habit)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from newsprism.records import Article, Rejection
from newsprism.store.annotations import AnnotationStore
from newsprism.store.migrations import MIGRATIONS
from newsprism.store.quotes import QuoteStore, search_key
from newsprism.store.stories import StoryStore

_ARTICLE_COLUMNS = tuple(f.name for f in fields(Article))
_HEX = re.compile(r"^[0-9a-f]{4,16}$")


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Filters for listing articles; all optional."""

    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    search: str | None = None
    language: str | None = None
    include_duplicates: bool = False
    limit: int = 100
    offset: int = 0


class Database(AnnotationStore, QuoteStore, StoryStore):
    """A newsprism database: SQLite by default (one file, WAL, FTS5).

    Article SQL lives here; annotation SQL in ``store.annotations``, the corpus-wide quotation
    listing in ``store.quotes`` and story SQL in ``store.stories`` (each mixed in)."""

    def __init__(self, path: str | Path = "newsprism.db") -> None:
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.create_function("search_key", 1, search_key, deterministic=True)
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a crash or error inside leaves the database as it was before."""
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error:  # a failed COMMIT leaves the transaction open: close it
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- schema -------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied, each in its own transaction."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        done = {row[0] for row in self.conn.execute("SELECT name FROM _migrations")}
        applied = []
        for migration in MIGRATIONS:
            if migration.__name__ in done:
                continue
            with self.transaction():
                migration(self.conn)
                self.conn.execute(
                    "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                    (migration.__name__, _now()),
                )
            applied.append(migration.__name__)
        return applied

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM _migrations ORDER BY rowid")]

    # -- articles -----------------------------------------------------------------------

    def insert_article(self, article: Article, bands: Sequence[int] = ()) -> None:
        """Store an article (and, for an original, its near-duplicate band keys)."""
        values = [_to_sql(getattr(article, c)) for c in _ARTICLE_COLUMNS]
        marks = ", ".join("?" for _ in _ARTICLE_COLUMNS)
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({marks})", values
            )
            if article.duplicate_of is None:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO minhash_bands (bucket, article_id) VALUES (?, ?)",
                    [(b, article.id) for b in bands],
                )

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def original_with_hash(self, content_hash: str) -> str | None:
        """The first-stored article with exactly this content, if any."""
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL "
            "ORDER BY seq LIMIT 1",
            (content_hash,),
        ).fetchone()
        return str(row[0]) if row else None

    def near_candidates(self, bands: Sequence[int], limit: int = 20) -> list[tuple[str, str]]:
        """(id, text) of originals sharing the most band keys, best first."""
        if not bands:
            return []
        marks = ", ".join("?" for _ in bands)
        rows = self.conn.execute(
            f"SELECT a.id, a.text FROM (SELECT article_id, COUNT(*) AS shared FROM minhash_bands "
            f"WHERE bucket IN ({marks}) GROUP BY article_id ORDER BY shared DESC LIMIT ?) AS c "
            "JOIN articles AS a ON a.id = c.article_id ORDER BY c.shared DESC",
            [*bands, limit],
        ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    def article(self, id_or_prefix: str) -> Article | None:
        """One article by id or by a unique id prefix of at least four characters."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (id_or_prefix,)).fetchone()
        if row is None and _HEX.match(id_or_prefix):
            rows = self.conn.execute(
                "SELECT * FROM articles WHERE id LIKE ? LIMIT 2", (id_or_prefix + "%",)
            ).fetchall()
            row = rows[0] if len(rows) == 1 else None
        return _article(row) if row else None

    def articles(self, query: ArticleQuery | None = None) -> list[Article]:
        query = query or ArticleQuery()
        where, params = _article_filters(query)
        if query.search:
            sql = (
                "SELECT a.* FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? {''.join(' AND ' + w for w in where)} "
                "ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?"
            )
            params = [_fts_query(query.search), *params]
        else:
            sql = (
                f"SELECT a.* FROM articles AS a {'WHERE ' + ' AND '.join(where) if where else ''} "
                "ORDER BY a.published IS NULL, a.published DESC, a.seq LIMIT ? OFFSET ?"
            )
        rows = self.conn.execute(sql, [*params, query.limit, query.offset]).fetchall()
        return [_article(r) for r in rows]

    def duplicates_of(self, article_id: str) -> list[Article]:
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE duplicate_of = ? ORDER BY seq", (article_id,)
        ).fetchall()
        return [_article(r) for r in rows]

    def count_articles(self, include_duplicates: bool = True) -> int:
        sql = "SELECT COUNT(*) FROM articles"
        if not include_duplicates:
            sql += " WHERE duplicate_of IS NULL"
        return int(self.conn.execute(sql).fetchone()[0])

    # -- sources and rejections -----------------------------------------------------------

    def source_done(self, key: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM sources WHERE key = ?", (key,)).fetchone() is not None
        )

    def mark_source_done(self, key: str, source: str) -> None:
        self.conn.execute(
            "INSERT INTO sources (key, source, finished_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET source = excluded.source, "
            "finished_at = excluded.finished_at",
            (key, source, _now()),
        )

    def record_rejection(self, rejection: Rejection) -> None:
        now = _now()
        self.conn.execute(
            "INSERT INTO rejects (source, locator, code, reason, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, locator) DO UPDATE SET "
            "code = excluded.code, reason = excluded.reason, last_seen = excluded.last_seen, "
            "attempts = rejects.attempts + 1",
            (rejection.source, rejection.locator, rejection.code, rejection.reason, now, now),
        )

    def clear_rejection(self, source: str, locator: str) -> None:
        """An input that now ingests is no longer a problem to report."""
        self.conn.execute("DELETE FROM rejects WHERE source = ? AND locator = ?", (source, locator))

    def rejections(self, limit: int = 1000) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT source, locator, code, reason, first_seen, last_seen, attempts FROM rejects "
            "ORDER BY last_seen DESC, source, locator LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def check_integrity(self) -> list[str]:
        """Problems found by SQLite's own checks (empty when the database is sound)."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        try:
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        return problems


def _article_filters(query: ArticleQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if not query.include_duplicates:
        where.append("a.duplicate_of IS NULL")
    if query.outlet:
        where.append("(lower(a.outlet) = lower(?) OR a.domain = lower(?))")
        params += [query.outlet, query.outlet]
    if query.since:
        where.append("a.published >= ?")
        params.append(query.since.isoformat())
    if query.until:
        where.append("a.published <= ?")
        params.append(query.until.isoformat())
    if query.language:
        where.append("a.language = ?")
        params.append(query.language)
    return where, params


def _fts_query(text: str) -> str:
    """User words as quoted FTS5 terms, so stray quotes or operators are never a syntax error."""
    terms = [t.replace('"', '""') for t in text.split()]
    return " ".join(f'"{t}"' for t in terms) or '""'


def _to_sql(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _article(row: sqlite3.Row) -> Article:
    data = {c: row[c] for c in _ARTICLE_COLUMNS}
    if data["published"]:
        data["published"] = dt.date.fromisoformat(data["published"])
    if data["ingested_at"]:
        data["ingested_at"] = dt.datetime.fromisoformat(data["ingested_at"])
    return Article(**data)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
