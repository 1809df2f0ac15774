"""The Database object against real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import ArticleQuery, Database
from newsprism.store.migrations import MIGRATIONS


def test_migrations_apply_once_in_order(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Database(path) as first:
        assert first.applied_migrations() == [m.__name__ for m in MIGRATIONS]
    with Database(path) as again:
        assert again.migrate() == []
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_transaction_rolls_back_everything(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        db.conn.execute("INSERT INTO sources (key, source, finished_at) VALUES ('k', 's', 't')")
        raise RuntimeError("boom")
    assert db.conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 0


def test_filters_and_full_text_search(db: Database, seeds: Path) -> None:
    ingest(db, [str(seeds)], IngestOptions(workers=1))
    assert [a.outlet for a in db.articles(ArticleQuery(outlet="the cradle"))] == ["The Cradle"]
    assert len(db.articles(ArticleQuery(since=__import__("datetime").date(2025, 5, 13)))) == 1
    hits = db.articles(ArticleQuery(search="Truth Social"))
    assert [a.title for a in hits] == [
        "Hamas Releases Israeli American Soldier, Seeking to Reopen Ceasefire Talks"
    ]
    assert len(db.articles(ArticleQuery(search="Netanyahu"))) == 2
    # Hostile or broken FTS syntax is searched as words, never an SQL or FTS error.
    for query in ['"unbalanced', "Netanyahu OR (", "*", "'; DROP TABLE articles; --", "NEAR("]:
        db.articles(ArticleQuery(search=query))
    assert db.count_articles() == 2 and db.check_integrity() == []


def test_id_prefix_lookup(db: Database, seeds: Path) -> None:
    ingest(db, [str(seeds)], IngestOptions(workers=1))
    article = db.articles()[0]
    assert db.article(article.id[:6]) == article
    assert db.article("0%") is None and db.article("zzzz") is None


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("INSERT INTO minhash_bands (bucket, article_id) VALUES (1, 'missing')")


def test_an_actor_folded_twice_in_one_article_resolves_to_the_last(db: Database) -> None:
    """An agency's new name may fold into an older, fuller one, which a later actor of the
    same article folds again: its mentions must go to the actor that is left, or the
    foreign key on mentions rejects the whole article."""
    db._merged = {"new": "older", "older": "latest", "loop": "loop"}
    assert db._survivor("new") == "latest"
    assert db._survivor("latest") == "latest"
    assert db._survivor("loop") == "loop"
