"""Nearest articles by embedding, blocked by time: one index per week of publication.

A dated article only looks at the weeks within the time window around its date (plus the
undated articles), so the cost of one look-up depends on how many articles a few weeks hold,
not on the size of the corpus. A week starts as an exact flat index and becomes an HNSW graph
(faiss) once it holds ``hnsw_from`` articles, where exact search would start to cost more.
The index is memory only and rebuilt from the database's vectors when a run starts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

UNDATED = -1
_DAYS_PER_SHARD = 7


def shard_of(date: dt.date | None) -> int:
    return UNDATED if date is None else date.toordinal() // _DAYS_PER_SHARD


class _Shard:
    def __init__(self, dim: int, hnsw_from: int) -> None:
        self.dim = dim
        self.hnsw_from = hnsw_from
        self.rows: list[int] = []
        self.pending: list[np.ndarray] = []
        self.index: Any = None
        self.hnsw = False

    def add(self, row: int, vector: np.ndarray) -> None:
        self.rows.append(row)
        self.pending.append(vector)

    def _flush(self) -> None:
        import faiss

        if self.index is None:
            self.index = faiss.IndexFlatIP(self.dim)
        if not self.hnsw and len(self.rows) >= self.hnsw_from:
            vectors = self.index.reconstruct_n(0, self.index.ntotal) if self.index.ntotal else None
            graph = faiss.IndexHNSWFlat(self.dim, 32, faiss.METRIC_INNER_PRODUCT)
            graph.hnsw.efConstruction = 64
            graph.hnsw.efSearch = 64
            if vectors is not None:
                graph.add(vectors)
            self.index, self.hnsw = graph, True
        if self.pending:
            self.index.add(np.vstack(self.pending).astype(np.float32))
            self.pending = []

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        self._flush()
        if not self.rows:
            return []
        scores, positions = self.index.search(vector.reshape(1, -1).astype(np.float32), k)
        return [
            (self.rows[p], float(s))
            for p, s in zip(positions[0].tolist(), scores[0].tolist(), strict=True)
            if p >= 0
        ]


class ShardedIndex:
    def __init__(self, dim: int, window_days: int, hnsw_from: int = 2048) -> None:
        self.dim = dim
        self.window = window_days
        self.hnsw_from = hnsw_from
        self.shards: dict[int, _Shard] = {}

    def __len__(self) -> int:
        return sum(len(s.rows) for s in self.shards.values())

    def add(self, row: int, vector: np.ndarray, date: dt.date | None) -> None:
        key = shard_of(date)
        if key not in self.shards:
            self.shards[key] = _Shard(self.dim, self.hnsw_from)
        self.shards[key].add(row, vector)

    def search(self, vector: np.ndarray, date: dt.date | None, k: int) -> list[tuple[int, float]]:
        """The ``k`` most similar rows in the time window (all weeks for an undated article)."""
        if date is None:
            keys = list(self.shards)
        else:
            lo = shard_of(date - dt.timedelta(days=self.window))
            hi = shard_of(date + dt.timedelta(days=self.window))
            keys = [key for key in range(lo, hi + 1) if key in self.shards]
            keys += [UNDATED] if UNDATED in self.shards else []
        found = [hit for key in keys for hit in self.shards[key].search(vector, k)]
        return sorted(found, key=lambda hit: -hit[1])[:k]
