"""A sentence is embedded once: wire copy and re-analysis reuse the vectors already stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from conftest import write
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.render import analysis_summary
from newsprism.store.database import Database
from newsprism.textutil import text_key
from newsprism.understand.analyze import AnalyzeOptions, analyze
from newsprism.understand.embeddings import DEFAULT_EMBEDDER, from_blob, to_blob, vectors_for

SHARED = (
    "The city council voted 7-2 on Tuesday to close the Elm Street bridge for repairs, "
    "Mayor Ana Ruiz said."
)
STORY_A = f"{SHARED} Engineers found cracks in two of its steel beams last month."
STORY_B = f"{SHARED} Drivers will be sent along the river road until the work is done in May."


def _claims(db: Database) -> dict[tuple[str, str], bytes]:
    rows = db.conn.execute("SELECT article_id, text, embedding FROM claims").fetchall()
    return {(r["article_id"], r["text"]): bytes(r["embedding"]) for r in rows}


def _analysed(tmp_path: Path) -> Database:
    for n, (outlet, text) in enumerate((("Coast Courier", STORY_A), ("Harbour Post", STORY_B))):
        write(tmp_path / "in" / f"{n}.txt", f" date 2025-06-03 Via {outlet}\n\n{text}")
    db = Database(tmp_path / "reuse.db")
    ingest(db, [str(tmp_path / "in")], IngestOptions(workers=1))
    report = analyze(db, AnalyzeOptions(workers=1))
    claims = {r[0] for r in db.conn.execute("SELECT text FROM claims")}
    assert report.reused == 0 and report.embedded == len(claims) + 2  # and two ledes
    return db


def test_a_sentence_two_articles_carry_is_embedded_once() -> None:
    known = {"stored": to_blob(np.full(384, 0.5, dtype=np.float32))}
    vectors = vectors_for(["a new one", "stored", "a new one"], DEFAULT_EMBEDDER, known)
    assert set(vectors) == {"a new one", "stored"}
    assert vectors["stored"] == known["stored"]  # reused as stored, not computed again
    assert np.isclose(np.linalg.norm(from_blob(vectors["a new one"])), 1.0, atol=1e-3)
    assert vectors_for([], DEFAULT_EMBEDDER) == {}


def test_re_analysis_reuses_the_stored_vectors_of_unchanged_text(tmp_path: Path) -> None:
    """A new pipeline revision analyses the corpus again: each sentence already embedded by
    the same model keeps its stored vector. A marked vector shows it is read, not recomputed;
    a sentence whose stored vector was lost is embedded again."""
    db = _analysed(tmp_path)
    before = _claims(db)
    shared = [k for k in before if k[1].startswith("The city council voted")]
    assert len(shared) == 2 and before[shared[0]] == before[shared[1]]
    marked = to_blob(np.full(384, 1 / np.sqrt(384), dtype=np.float32))
    db.conn.execute(
        "UPDATE claims SET embedding = ? WHERE text LIKE 'The city council%'", (marked,)
    )
    db.conn.execute("UPDATE claims SET embedding = NULL WHERE text LIKE 'Engineers%'")
    lede = db.conn.execute("SELECT article_id, vector FROM article_embeddings").fetchone()
    marked_lede = to_blob(np.full(384, -1 / np.sqrt(384), dtype=np.float32))
    db.conn.execute(
        "UPDATE article_embeddings SET vector = ? WHERE article_id = ?", (marked_lede, lede[0])
    )

    report = analyze(db, AnalyzeOptions(workers=1, force=True))

    # only the lost sentence is embedded; the report says so, for the summary a user reads
    assert report.embedded == 1 and report.reused == len(set(k[1] for k in before)) - 1 + 2
    assert "1 texts embedded" in str(analysis_summary(report))
    after = _claims(db)
    assert set(after) == set(before)
    assert all(after[k] == marked for k in shared)  # reused
    engineers = next(k for k in after if k[1].startswith("Engineers"))
    # lost, so embedded again: the same vector up to the batch it was computed in
    assert float(from_blob(after[engineers]) @ from_blob(before[engineers])) > 0.999
    assert db.article_embedding(lede[0]) == marked_lede
    # Another model's vectors are never reused.
    assert db.known_claim_vectors([shared[0][1]], "another-model") == {}


def test_a_changed_lede_is_embedded_again(tmp_path: Path) -> None:
    db = _analysed(tmp_path)
    article = db.conn.execute("SELECT article_id, vector FROM article_embeddings").fetchone()
    db.conn.execute("UPDATE article_embeddings SET text_key = 1 WHERE article_id = ?", article[:1])
    found = db.known_article_vectors({article[0]: 2}, DEFAULT_EMBEDDER)
    assert found == {}  # the stored vector is of another text
    assert db.known_article_vectors({article[0]: 1}, DEFAULT_EMBEDDER) == {article[0]: article[1]}


def test_the_migration_keys_claims_stored_before_it(tmp_path: Path) -> None:
    from newsprism.store.migrations import m016_claim_text_keys

    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("CREATE TABLE claims (article_id TEXT, n INTEGER, text TEXT, embedding BLOB)")
    conn.execute("CREATE TABLE article_embeddings (article_id TEXT, model TEXT, vector BLOB)")
    conn.executemany("INSERT INTO claims VALUES ('a', ?, ?, NULL)", [(0, "One."), (1, "Two.")])
    m016_claim_text_keys(conn)
    keys = conn.execute("SELECT text, text_key FROM claims ORDER BY n").fetchall()
    assert keys == [("One.", text_key("One.")), ("Two.", text_key("Two."))]
    assert text_key("One.") != text_key("Two.") and -(2**63) <= text_key("One.") < 2**63
