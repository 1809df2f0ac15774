"""Put a labelled corpus through the real ingest and analysis, into a database kept for reuse.

The database is named for the corpus and the documents, so a second evaluation run (or the
tuning command) finds it analysed and only re-runs the clustering. ``work_folder`` gives an
eval run its folder: ``NEWSPRISM_EVAL_WORK`` when set (kept), else a temporary one removed when
the run ends, so one run analyses each corpus once (the story eval reads ECB+ three times).
Without any folder the database lives in a temporary one that goes with the database object:
every eval run, CI's quality gates included, used to leave 20-30 MB behind in /tmp.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsprism.evaluate.corpora import LabelledDoc


def _kept() -> Path | None:
    value = os.environ.get("NEWSPRISM_EVAL_WORK")
    return Path(value) if value else None


@contextmanager
def work_folder() -> Iterator[Path]:
    """``NEWSPRISM_EVAL_WORK`` when set, else a temporary folder removed on exit."""
    kept = _kept()
    if kept is not None:
        yield kept
        return
    with tempfile.TemporaryDirectory(prefix="newsprism-eval-") as folder:
        yield Path(folder)


def analysed_database(
    corpus: str,
    docs: list[LabelledDoc],
    work_dir: Path | None = None,
    workers: int = 0,
    embed_claims: bool = False,
) -> tuple[Any, dict[str, str]]:
    """(open Database, document key -> article id) for ``docs`` ingested and analysed; claim
    embeddings only when asked (comparisons need them, story grouping does not). Kept in
    ``work_dir``, else in ``NEWSPRISM_EVAL_WORK``, else in a temporary folder."""
    from newsprism.ingest import ingest
    from newsprism.options import IngestOptions
    from newsprism.store.database import Database
    from newsprism.understand.analyze import AnalyzeOptions, analyze

    digest = hashlib.sha256("\n".join(d.key + d.text for d in docs).encode()).hexdigest()[:12]
    work_dir = work_dir or _kept()
    temporary = work_dir is None
    work_dir = work_dir or Path(tempfile.mkdtemp(prefix="newsprism-eval-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    source = work_dir / f"{corpus}-{digest}.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc.record(corpus), ensure_ascii=False) + "\n")
    db = Database(work_dir / f"{corpus}-{digest}.db")
    if temporary:  # removed when the caller drops the database, or at exit
        weakref.finalize(db, shutil.rmtree, work_dir, ignore_errors=True)
    ingest(db, [str(source)], IngestOptions(workers=workers))
    analyze(db, AnalyzeOptions(workers=workers, embed_claims=embed_claims))
    id_by_url = {
        str(r["url"]): str(r["id"]) for r in db.conn.execute("SELECT id, url FROM articles")
    }
    return db, {doc.key: id_by_url[str(doc.record(corpus)["url"])] for doc in docs}
