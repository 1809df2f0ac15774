"""The ingest stage: sources -> units -> prepared articles -> one transaction per batch.

Reading and splitting sources runs in this process (cheap, and it asks the database which
sources are already done); preparing units (decoding, extraction, language, MinHash) is pure
and runs in a process pool over the cores once a batch is large enough to pay for it; storing
runs here, one transaction per batch, so a killed run loses at most the batch in flight and a
re-run completes it (articles already stored are recognised by id and skipped).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice

from newsprism.errors import Rejected
from newsprism.ingest import dedup
from newsprism.ingest.decode import decode
from newsprism.ingest.normalize import Prepared, as_duplicate, prepare
from newsprism.ingest.plaintext import parse_text
from newsprism.ingest.sources import expand, source_units
from newsprism.ingest.tabular import row_to_draft
from newsprism.ingest.units import SourceDone, Unit
from newsprism.ingest.webpage import parse_html
from newsprism.options import IngestOptions
from newsprism.parallel import LazyPool
from newsprism.records import Draft, IngestReport, Rejection
from newsprism.store import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Item = Unit | Rejection | SourceDone
Result = Prepared | Rejection | SourceDone
_MIN_POOL_BATCH = 8
_CONTAINED_MIN_RATIO = 0.3  # a trimmed copy must keep at least this share of the original


def ingest(
    db: Database,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files, folders and URLs into ``db``; never stops on a bad input."""
    options = options or IngestOptions()
    report = IngestReport()
    names = list(expand(inputs, options.recursive))
    total = len(names)
    finished = 0
    work = partial(_prepare, options=options)
    with LazyPool(options.workers, _MIN_POOL_BATCH) as pool:
        for batch in _batched(_items(names, options, db), options.batch_size):
            results = pool.map(work, batch, heavy=sum(isinstance(i, Unit) for i in batch))
            with db.transaction():
                for result in results:
                    finished += _store(db, result, options, report)
            if progress:
                progress(finished, total)
    return report


def _items(names: Iterable[str | Rejected], options: IngestOptions, db: Database) -> Iterator[Item]:
    for name in names:
        if isinstance(name, Rejected):
            yield _rejection(name, name.locator or "", name.locator or "")
            yield SourceDone(name.locator or "", None)
            continue
        for work in source_units(name, options, db.source_done):
            yield _rejection(work, name, name) if isinstance(work, Rejected) else work


def _prepare(item: Item, options: IngestOptions) -> Result:
    """Pure and picklable: one unit to a prepared article or a rejection."""
    if not isinstance(item, Unit):
        return item
    try:
        return prepare(_read(item, options), item.source, options)
    except Rejected as exc:
        return _rejection(exc, item.source, item.locator)
    except Exception as exc:  # a reader bug must cost one article, never the batch
        log.exception("unexpected error reading %s", item.locator)
        return _rejection(Rejected("E019", detail=repr(exc)), item.source, item.locator)


def _read(unit: Unit, options: IngestOptions) -> Draft:
    payload = unit.payload
    if unit.kind == "draft":
        assert isinstance(payload, Draft)
        return payload
    if unit.kind == "record":
        assert isinstance(payload, dict)
        return row_to_draft(payload, unit.locator, options.columns)
    assert isinstance(payload, bytes | str)
    if unit.kind == "html":
        return parse_html(payload, unit.locator, url=unit.url)
    text = payload if isinstance(payload, str) else decode(payload)
    return parse_text(text, unit.locator)


def _store(db: Database, result: Result, options: IngestOptions, report: IngestReport) -> int:
    """Store one result inside the batch transaction; returns 1 when a source is finished."""
    if isinstance(result, SourceDone):
        report.skipped_sources += result.skipped
        if result.key is not None and not result.skipped:
            db.mark_source_done(result.key, result.source)
        return 1
    if isinstance(result, Rejection):
        log.warning("%s: [%s] %s", result.locator, result.code, result.reason)
        db.record_rejection(result)
        report.rejected.append(result)
        return 0
    article = result.article
    db.clear_rejection(article.source, article.locator)
    if db.has_article(article.id):
        report.unchanged += 1
        return 0
    result = _link_duplicate(db, result, options)
    db.insert_article(result.article, result.bands)
    for notice in result.notices:
        log.warning("%s: [%s] %s", notice.locator, notice.code, notice.message)
        report.warnings.append(notice)
    target = report.duplicates if result.article.duplicate_of else report.added
    target.append(result.article.id)
    return 0


def _link_duplicate(db: Database, prepared: Prepared, options: IngestOptions) -> Prepared:
    """Point an exact or near copy at its stored original (wire copy, reposts)."""
    article = prepared.article
    if original := db.original_with_hash(article.content_hash):
        return as_duplicate(prepared, original, "exact", 1.0)
    candidates = db.near_candidates(prepared.bands, limit=10)
    if not candidates:
        return prepared
    mine = dedup.shingles(article.text)
    best: tuple[float, str] | None = None
    for candidate_id, text in candidates:
        theirs = dedup.shingles(text)
        jaccard, contained = dedup.similarity(mine, theirs)
        ratio = min(len(mine), len(theirs)) / max(len(mine), len(theirs), 1)
        if jaccard >= options.near_duplicate_threshold or (
            contained >= options.containment_threshold and ratio >= _CONTAINED_MIN_RATIO
        ):
            score = max(jaccard, contained)
            if best is None or score > best[0]:
                best = (score, candidate_id)
    return as_duplicate(prepared, best[1], "near", best[0]) if best else prepared


def _rejection(exc: Rejected, source: str, locator: str) -> Rejection:
    return Rejection(
        source=source, locator=exc.locator or locator, code=exc.code, reason=exc.reason
    )


def _batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
