"""What an article brings to clustering, and how alike two articles are.

Three signals, each a cosine (the embedding's can dip a little below 0 for unrelated texts;
it is not clipped, so that a group's mean similarity is exactly that of its mean vectors):
- ``embedding``: the headline-and-lede sentence embedding (what the report is about);
- ``terms``: TF-IDF over the whole text with a fixed background IDF from word frequencies
  (``wordfreq``), so the weights are as good for the first article of a stream as for the
  millionth; names and rare words weigh most, which is what tells two similar events apart;
- ``actors``: the canonical actors (people, organisations, places) the analysis found,
  weighted by how often each is mentioned.
Their weighted sum is the similarity; the weights are tuned (``newsprism train stories``).

Every feature is a dot product, so the mean similarity between two groups of articles is the
similarity of the groups' mean vectors (``Group``): comparing two stories costs one pass over
their members, not one comparison per pair.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)
_MAX_ZIPF = 8.0  # wordfreq's Zipf scale: "the" is about 7.7, unseen words are 0


@dataclass(frozen=True, slots=True)
class Sparse:
    """A unit-length sparse vector: sorted int64 keys and float32 weights."""

    keys: np.ndarray
    weights: np.ndarray

    @classmethod
    def from_counts(cls, counts: dict[int, float]) -> Sparse:
        if not counts:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.float32))
        keys = np.fromiter(sorted(counts), np.int64, len(counts))
        weights = np.array([counts[k] for k in keys.tolist()], np.float32)
        norm = float(np.linalg.norm(weights))
        return cls(keys, weights / norm if norm else weights)

    def dot(self, other: Sparse) -> float:
        return float(self.dots([other])[0])

    @classmethod
    def mean(cls, vectors: list[Sparse]) -> Sparse:
        """The mean of ``vectors`` (not re-normalised)."""
        if not vectors:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.float32))
        keys, where = np.unique(np.concatenate([v.keys for v in vectors]), return_inverse=True)
        total = np.bincount(where, np.concatenate([v.weights for v in vectors]), len(keys))
        return cls(keys, (total / len(vectors)).astype(np.float32))

    def dots(self, others: list[Sparse]) -> np.ndarray:
        """``self.dot(o)`` for each of ``others`` in one vectorised pass (a story's members
        are scored together, and one call per pair was most of the clustering time)."""
        if not others:
            return np.zeros(0, np.float32)
        keys = np.concatenate([o.keys for o in others])
        if not len(self.keys) or not len(keys):
            return np.zeros(len(others), np.float32)
        weights = np.concatenate([o.weights for o in others])
        owner = np.repeat(np.arange(len(others)), [len(o.keys) for o in others])
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        product = np.where(self.keys[at] == keys, self.weights[at] * weights, 0.0)
        return np.bincount(owner, product, minlength=len(others)).astype(np.float32)

    def to_blob(self) -> bytes:
        return np.int64(len(self.keys)).tobytes() + self.keys.tobytes() + self.weights.tobytes()

    @classmethod
    def from_blob(cls, blob: bytes) -> Sparse:
        n = int(np.frombuffer(blob[:8], np.int64)[0])
        keys = np.frombuffer(blob[8 : 8 + 8 * n], np.int64)
        return cls(keys, np.frombuffer(blob[8 + 8 * n :], np.float32))


@dataclass(frozen=True, slots=True)
class Signature:
    article_id: str
    vector: np.ndarray  # unit-length float32
    terms: Sparse
    actors: Sparse
    date: dt.date | None


@lru_cache(maxsize=200_000)
def _idf(word: str) -> float:
    from wordfreq import zipf_frequency

    return max(_MAX_ZIPF - zipf_frequency(word, "en"), 0.5)


@lru_cache(maxsize=200_000)
def _key(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def term_vector(text: str, max_terms: int = 200) -> Sparse:
    """Sublinear TF times background IDF, keeping the ``max_terms`` heaviest terms."""
    counts = Counter(w.lower().replace("’", "'") for w in _WORD.findall(text))
    weighted = {
        word: (1.0 + np.log(n)) * _idf(word)
        for word, n in counts.items()
        if len(word) > 2 and _idf(word) > 2.0  # drop function words ("the", "said")
    }
    top = sorted(weighted.items(), key=lambda kv: -kv[1])[:max_terms]
    return Sparse.from_counts({_key(w): float(v) for w, v in top})


def actor_vector(mentions: dict[str, int]) -> Sparse:
    return Sparse.from_counts({_key(a): 1.0 + float(np.log(n)) for a, n in mentions.items()})


@dataclass(frozen=True, slots=True)
class Group:
    """The mean of some articles' signatures."""

    size: int
    vector: np.ndarray
    terms: Sparse
    actors: Sparse
    self_sum: np.ndarray  # summed over members: each feature's similarity of a member to itself

    @classmethod
    def of(cls, sigs: list[Signature]) -> Group:
        self_sum = np.array(
            [len(sigs), sum(bool(len(s.terms.keys)) for s in sigs),
             sum(bool(len(s.actors.keys)) for s in sigs)],
            np.float32,
        )  # fmt: skip
        return cls(
            len(sigs),
            np.mean([s.vector for s in sigs], axis=0),
            Sparse.mean([s.terms for s in sigs]),
            Sparse.mean([s.actors for s in sigs]),
            self_sum,
        )

    def link(self, other: Group | Signature) -> np.ndarray:
        """Mean (embedding, terms, actors) cosines over every pair of a member and one of
        ``other``'s (or ``other`` itself, an article)."""
        return features(self, other)

    def cohesion(self) -> np.ndarray:
        """Mean cosines over every pair of two distinct members (1.0 for a single member)."""
        n = self.size
        if n < 2:
            return np.ones(3, np.float32)
        return np.asarray((n * n * self.link(self) - self.self_sum) / (n * (n - 1)), np.float32)


def features(a: Signature | Group, b: Signature | Group) -> np.ndarray:
    """(embedding, terms, actors) cosines of two articles; of a group, its mean vectors'."""
    return np.array(
        [float(a.vector @ b.vector), a.terms.dot(b.terms), a.actors.dot(b.actors)], np.float32
    )


def feature_rows(a: Signature, others: list[Signature]) -> np.ndarray:
    """(embedding, terms, actors) cosines of ``a`` with each of ``others``: shape (n, 3)."""
    if not others:
        return np.zeros((0, 3), np.float32)
    embedding = np.stack([o.vector for o in others]) @ a.vector
    terms = a.terms.dots([o.terms for o in others])
    actors = a.actors.dots([o.actors for o in others])
    return np.asarray(np.stack([embedding, terms, actors], axis=1), np.float32)
