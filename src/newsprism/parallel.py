"""A process pool that starts only when the work is big enough to pay for it.

Workers are spawned, not forked: the CLI's progress bar runs a thread, and forking with
threads can deadlock on locks they hold.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class LazyPool:
    def __init__(self, workers: int = 0, min_items: int = 8) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.min_items = min_items
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LazyPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def map(self, fn: Callable[[T], R], items: Sequence[T], heavy: int | None = None) -> list[R]:
        """``fn`` over ``items`` in order; ``heavy`` counts the items worth a worker."""
        if self.workers < 2 or (len(items) if heavy is None else heavy) < self.min_items:
            return [fn(item) for item in items]
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
        chunk = max(1, len(items) // (4 * self.workers))
        return list(self._pool.map(fn, items, chunksize=chunk))

    def map_split(self, fn: Callable[[list[T]], list[R]], items: list[T]) -> list[R]:
        """``fn`` over one slice of ``items`` per worker (for batch-minded work like
        ``nlp.pipe``), results concatenated in order."""
        if self.workers < 2 or len(items) < self.min_items:
            return fn(items)
        size = -(-len(items) // self.workers)
        slices = [items[i : i + size] for i in range(0, len(items), size)]
        return [r for part in self.map(fn, slices, heavy=self.min_items) for r in part]
