"""The story stage over a database: place every analysed article not yet placed.

The clusterer's memory (the nearest-neighbour index and the membership) is rebuilt from the
database at the start of a run, then each batch of new articles is clustered and stored in
one transaction with its log, so an interrupted run loses at most the batch in flight and a
re-run carries on. Duplicates (wire copy) are not clustered: they join their original's story,
so a story counts one text once but lists every outlet that ran it.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from newsprism.stories.cluster import Change, Clusterer
from newsprism.stories.features import Signature, Sparse, actor_vector, term_vector
from newsprism.stories.options import StoryOptions
from newsprism.understand.embeddings import from_blob

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ClusterReport:
    assigned: int = 0
    new_stories: int = 0
    merges: int = 0
    splits: int = 0
    duplicates: int = 0
    unassigned: dict[str, str] = field(default_factory=dict)  # article id -> reason

    def as_dict(self) -> dict[str, object]:
        return {
            "assigned": self.assigned,
            "new_stories": self.new_stories,
            "merges": self.merges,
            "splits": self.splits,
            "duplicates": self.duplicates,
            "unassigned": len(self.unassigned),
            "unassigned_reasons": self.unassigned,
        }


def cluster(
    db: Any,
    options: StoryOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    article_ids: list[str] | None = None,
) -> ClusterReport:
    """Place every analysed, unplaced article into a story (or record why it is not), in
    arrival order (or only ``article_ids``, in that order). Duplicates go last, so their
    original has its story by then."""
    options = options or StoryOptions.tuned()
    report = ClusterReport()
    waiting = set(db.unclustered())
    pending = [i for i in (article_ids or db.unclustered()) if i in waiting]
    copies = set(db.duplicate_ids(pending))
    pending = [i for i in pending if i not in copies] + [i for i in pending if i in copies]
    if not pending:
        return report
    clusterer = restored_clusterer(db, options)
    with long_lived_state():
        for start in range(0, len(pending), options.batch_size):
            batch = pending[start : start + options.batch_size]
            with db.transaction():
                for article_id in batch:
                    _place(db, clusterer, article_id, report)
                _store_changes(db, clusterer.refine(), report)
            if progress:
                progress(min(start + options.batch_size, len(pending)), len(pending))
    return report


@contextmanager
def long_lived_state() -> Iterator[None]:
    """Keep the restored clusterer out of the garbage collector's passes while a run lasts.

    A million stored articles are millions of Python objects (ids, dates, memberships), all
    alive until the run ends. Each full collection the run's own allocations trigger walked
    them all: profiled at a million stored articles, that was a quarter of the time spent
    assigning an article. ``gc.freeze`` moves every object alive now into a generation no
    collection visits; ``unfreeze`` hands them back when the run ends, so a long-lived
    process calling ``cluster`` again collects them as usual. A process that froze objects
    itself is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def restored_clusterer(db: Any, options: StoryOptions) -> Clusterer:
    @lru_cache(maxsize=100_000)
    def signature(article_id: str) -> Signature:
        row = db.features_row(article_id)
        return Signature(
            article_id,
            from_blob(bytes(row["vector"])),
            Sparse.from_blob(bytes(row["terms"])),
            Sparse.from_blob(bytes(row["actors"])),
            _date(row["date"]),
        )

    clusterer = Clusterer(options, signature)
    for article_id, story_id, vector, date in db.clustered():
        clusterer.restore(article_id, story_id, from_blob(vector), date)
    return clusterer


def _place(db: Any, clusterer: Clusterer, article_id: str, report: ClusterReport) -> None:
    item = db.cluster_input(article_id)
    reason: str | None
    if item.duplicate_of:
        story = db.story_of(item.duplicate_of)
        reason = f"duplicate of {item.duplicate_of}: counted once, its outlet kept"
        if story is None:
            reason = f"duplicate of {item.duplicate_of}, which has no story"
        db.save_members([(article_id, story, None, reason)])
        report.duplicates += story is not None
        if story is None:
            report.unassigned[article_id] = reason
        return
    reason = _unassignable(item)
    if reason:
        db.save_members([(article_id, None, None, reason)])
        report.unassigned[article_id] = reason
        return
    sig = signature_of(item)
    db.save_features(article_id, sig.date, sig.terms.to_blob(), sig.actors.to_blob())
    _store_changes(db, clusterer.assign(sig), report)


def signature_of(item: Any) -> Signature:
    """An article's clustering features from its ``ClusterInput``."""
    return Signature(
        item.article_id,
        from_blob(item.vector),
        term_vector(f"{item.title or ''}\n{item.text}"),
        actor_vector(item.actors),
        item.published or item.dateline,
    )


def _unassignable(item: Any) -> str | None:
    if item.skipped:
        return f"not clustered: the analysis skipped it ({item.skipped})"
    if item.vector is None:
        return "not clustered: no embedding (analysed with embeddings turned off)"
    if not np.any(from_blob(item.vector)):
        return "not clustered: its embedding is empty"
    return None


def _store_changes(db: Any, changes: list[Change], report: ClusterReport) -> None:
    touched = set()
    for change in changes:
        if change.action in {"new", "join"} and change.article_id:
            db.save_members([(change.article_id, change.story_id, change.score, change.reason)])
            report.assigned += 1
            report.new_stories += change.action == "new"
        elif change.action == "merge" and change.other_id:
            db.rename_story(change.other_id, change.story_id)
            touched.add(change.other_id)
            report.merges += 1
        elif change.action == "split" and change.other_id:
            db.move_members((m, change.story_id) for m in change.moved)
            report.splits += 1
            touched.add(change.other_id)
        db.log_story(
            change.action,
            change.story_id,
            change.article_id,
            change.other_id,
            change.score,
            change.reason,
        )
        touched.add(change.story_id)
    db.refresh_stories(touched)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
