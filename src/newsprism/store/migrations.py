"""Schema migrations: ordered, named functions, each applied once and recorded.

Add a migration by appending a function to ``MIGRATIONS``; never edit one that has shipped.
SQL here stays portable (TEXT/INTEGER/REAL, no SQLite-only types) except where marked, so
the PostgreSQL backend can apply the same list with its own variants of the marked parts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def m001_articles(conn: sqlite3.Connection) -> None:
    # seq is an explicit INTEGER PRIMARY KEY: the full-text index refers to rows by it, and
    # VACUUM renumbers implicit rowids.
    conn.execute(
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            outlet TEXT,
            domain TEXT,
            url TEXT,
            title TEXT,
            author TEXT,
            published TEXT,
            date_source TEXT,
            text TEXT NOT NULL,
            language TEXT,
            language_score REAL,
            word_count INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            source TEXT NOT NULL,
            locator TEXT NOT NULL,
            format TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            duplicate_of TEXT REFERENCES articles(id),
            duplicate_kind TEXT,
            duplicate_score REAL
        )
        """
    )
    for column in ("content_hash", "outlet", "published", "duplicate_of", "url"):
        conn.execute(f"CREATE INDEX articles_{column} ON articles({column})")


def m002_near_duplicates(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE minhash_bands (
            bucket INTEGER NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (bucket, article_id)
        )
        """
    )


def m003_rejects_and_sources(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE rejects (
            source TEXT NOT NULL,
            locator TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (source, locator)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE sources (
            key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            finished_at TEXT NOT NULL
        )
        """
    )


def m004_fulltext(conn: sqlite3.Connection) -> None:
    # SQLite-only (FTS5); PostgreSQL gets a tsvector column and GIN index instead.
    conn.execute(
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='seq',
            tokenize='unicode61 remove_diacritics 2'
        )
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END
        """
    )


def m005_analysis(conn: sqlite3.Connection) -> None:
    """Annotations of articles (issue 3): one row per item, each with its evidence offsets."""
    statements = [
        """CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            pipeline TEXT NOT NULL, analysed_at TEXT NOT NULL, skipped TEXT)""",
        """CREATE TABLE actors (
            id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
            surname TEXT, initials TEXT, roles TEXT NOT NULL DEFAULT '[]')""",
        "CREATE INDEX actors_norm ON actors(label, norm)",
        "CREATE INDEX actors_surname ON actors(surname)",
        "CREATE INDEX actors_initials ON actors(initials)",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id),
            actor_id TEXT NOT NULL REFERENCES actors(id), local_key TEXT NOT NULL,
            start INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (article_id, start, end_))""",
        "CREATE INDEX mentions_actor ON mentions(actor_id)",
        """CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
            start INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
            kind TEXT NOT NULL, speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
            speaker_actor_id TEXT REFERENCES actors(id), cue_start INTEGER, cue_end INTEGER,
            cue_text TEXT, medium TEXT, PRIMARY KEY (article_id, n))""",
        "CREATE INDEX quotes_speaker ON quotes(speaker_actor_id)",
        """CREATE TABLE amounts (
            article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
            start INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL, value REAL,
            low REAL, high REAL, unit TEXT, counted TEXT, qualifier TEXT,
            PRIMARY KEY (article_id, n))""",
        """CREATE TABLE time_expressions (
            article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
            start INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
            kind TEXT NOT NULL, value TEXT, granularity TEXT, anchor TEXT,
            PRIMARY KEY (article_id, n))""",
    ]
    for statement in statements:
        conn.execute(statement)


def m006_tone(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE analyses ADD COLUMN tone REAL")
    conn.execute(
        """CREATE TABLE actor_tone (
            article_id TEXT NOT NULL REFERENCES articles(id),
            actor_id TEXT NOT NULL REFERENCES actors(id), tone REAL NOT NULL,
            PRIMARY KEY (article_id, actor_id))"""
    )


def m007_places(conn: sqlite3.Connection) -> None:
    for column in ("country TEXT", "latitude REAL", "longitude REAL", "place_kind TEXT"):
        conn.execute(f"ALTER TABLE actors ADD COLUMN {column}")


def m008_claims_and_embeddings(conn: sqlite3.Connection) -> None:
    # Vectors are stored with their articles; any nearest-neighbour index is rebuilt from here.
    conn.execute(
        """CREATE TABLE claims (
            article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
            start INTEGER NOT NULL, end_ INTEGER NOT NULL, text TEXT NOT NULL,
            reasons TEXT NOT NULL, embedding BLOB, PRIMARY KEY (article_id, n))"""
    )
    conn.execute(
        """CREATE TABLE article_embeddings (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            model TEXT NOT NULL, vector BLOB NOT NULL)"""
    )


def m009_events(conn: sqlite3.Connection) -> None:
    conn.execute(
        """CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
            type TEXT NOT NULL, plover TEXT NOT NULL, verb TEXT NOT NULL,
            verb_start INTEGER NOT NULL, actor_text TEXT, actor_id TEXT REFERENCES actors(id),
            target_text TEXT, target_id TEXT REFERENCES actors(id), place_text TEXT,
            date TEXT, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            negated INTEGER NOT NULL, detail TEXT NOT NULL, PRIMARY KEY (article_id, n))"""
    )
    conn.execute("CREATE INDEX events_type ON events(type, date)")


def m010_quote_speech(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE quotes ADD COLUMN speech INTEGER NOT NULL DEFAULT 1")


def m011_stories(conn: sqlite3.Connection) -> None:
    """Stories (issue 4): membership, each article's clustering features, and a log of every
    decision (new, join, merge, split) with its reason."""
    statements = [
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY, title TEXT, first_date TEXT, last_date TEXT,
            articles INTEGER NOT NULL, updated_at TEXT NOT NULL)""",
        "CREATE INDEX stories_dates ON stories(last_date, first_date)",
        """CREATE TABLE story_members (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            story_id TEXT, score REAL, reason TEXT NOT NULL,
            inferred_date TEXT)""",
        "CREATE INDEX story_members_story ON story_members(story_id)",
        """CREATE TABLE story_features (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            date TEXT, terms BLOB NOT NULL, actors BLOB NOT NULL)""",
        """CREATE TABLE story_log (
            n INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,
            story_id TEXT NOT NULL, article_id TEXT, other_id TEXT, score REAL,
            reason TEXT NOT NULL)""",
        "CREATE INDEX story_log_story ON story_log(story_id)",
    ]
    for statement in statements:
        conn.execute(statement)


def m012_terms(conn: sqlite3.Connection) -> None:
    """Wording for framing: actor descriptors and modified noun phrases (understand.terms)."""
    conn.execute(
        """CREATE TABLE terms (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end_ INTEGER NOT NULL,
            text TEXT NOT NULL,
            head TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor_id TEXT REFERENCES actors(id),
            quoted INTEGER NOT NULL,
            PRIMARY KEY (article_id, n)
        )"""
    )
    conn.execute("CREATE INDEX terms_actor ON terms(actor_id)")


def m013_event_mode(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE events ADD COLUMN mode TEXT NOT NULL DEFAULT 'asserted'")


def m014_folded_actor_names(conn: sqlite3.Connection) -> None:
    """Actor names are looked up without accents ("Calderón" and "Calderon" are one
    surname): the stored look-up keys are written again in that form."""
    from newsprism.textutil import normalise, surname

    rows = conn.execute("SELECT id, name, surname FROM actors").fetchall()
    conn.executemany(
        "UPDATE actors SET norm = ?, surname = ? WHERE id = ?",
        [(normalise(name), surname(name) if family else None, aid) for aid, name, family in rows],
    )


def m015_mention_texts(conn: sqlite3.Connection) -> None:
    """An acronym joins a known name only if some mention of that name was written as the
    acronym: looked up by actor and text. The index leads with the actor, so it also serves
    every look-up the old one-column index did."""
    conn.execute("CREATE INDEX mentions_actor_text ON mentions(actor_id, text)")
    conn.execute("DROP INDEX IF EXISTS mentions_actor")


def m016_claim_text_keys(conn: sqlite3.Connection) -> None:
    """A claim's vector depends only on its words and the model, so a sentence already
    embedded (a wire story run again by another outlet, a corpus re-analysed by a new
    pipeline revision) reuses its vector. Looked up by a 64-bit key of the text rather than by
    the text itself: the index costs a few bytes a row, not a second copy of every sentence.
    Existing claims get their keys here, from the same function the store uses. An article's
    vector (its headline and lede) keeps the key of the text it embedded, so a changed lede
    is embedded again; rows stored before this have none and are embedded once more."""
    from newsprism.textutil import text_key

    conn.execute("ALTER TABLE claims ADD COLUMN text_key INTEGER")
    conn.create_function("newsprism_text_key", 1, text_key, deterministic=True)
    conn.execute("UPDATE claims SET text_key = newsprism_text_key(text)")
    conn.execute("CREATE INDEX claims_text_key ON claims(text_key)")
    conn.execute("ALTER TABLE article_embeddings ADD COLUMN text_key INTEGER")


def m017_mentions_by_name(conn: sqlite3.Connection) -> None:
    """``quotes --speaker`` and ``stories --actor`` find an actor by any name an article
    used for it, in any case: without an index on that expression, every look-up read every
    mention in the corpus."""
    conn.execute("CREATE INDEX mentions_lower_text ON mentions(lower(text))")


MIGRATIONS: tuple[Migration, ...] = (
    m001_articles,
    m002_near_duplicates,
    m003_rejects_and_sources,
    m004_fulltext,
    m005_analysis,
    m006_tone,
    m007_places,
    m008_claims_and_embeddings,
    m009_events,
    m010_quote_speech,
    m011_stories,
    m012_terms,
    m013_event_mode,
    m014_folded_actor_names,
    m015_mention_texts,
    m016_claim_text_keys,
    m017_mentions_by_name,
)
