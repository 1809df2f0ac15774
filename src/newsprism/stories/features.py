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
from dataclasses import dataclass, field
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
        if other is self:  # a group's cohesion dots its mean with itself: no key look-up
            return float(self.weights @ self.weights)
        if not len(self.keys) or not len(other.keys):
            return 0.0
        at = np.minimum(np.searchsorted(self.keys, other.keys), len(self.keys) - 1)
        hit = self.keys[at] == other.keys
        return float(self.weights[at[hit]].astype(np.float64) @ other.weights[hit])

    @classmethod
    def mean(cls, vectors: list[Sparse]) -> Sparse:
        """The mean of ``vectors`` (not re-normalised)."""
        if not any(len(v.keys) for v in vectors):
            return cls(np.zeros(0, np.int64), np.zeros(0, np.float32))
        keys = np.concatenate([v.keys for v in vectors])
        # Each vector's keys are sorted, so a stable sort (timsort) only merges the runs.
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        start = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
        weights = np.concatenate([v.weights for v in vectors])[order].astype(np.float64)
        total = np.add.reduceat(weights, start)
        return cls(keys[start], (total / len(vectors)).astype(np.float32))

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


@dataclass(slots=True)
class Group:
    """The mean of some articles' signatures. Not frozen only for ``cohesion``'s cache: a
    story's group is kept while its members stay the same, and every article that reaches
    two stories asks how alike each one's own members are."""

    size: int
    vector: np.ndarray
    terms: Sparse
    actors: Sparse
    self_sum: np.ndarray  # summed over members: each feature's similarity of a member to itself
    _cohesion: np.ndarray | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, sigs: list[Signature], weights: np.ndarray | None = None) -> Group:
        """The group of ``sigs``. A sparse feature whose weight is 0 is left out (its mean is
        empty and it scores 0): the tuned weights may drop one, and building a story's mean
        is most of the cost of scoring it."""
        use = [True, True] if weights is None else [bool(weights[1]), bool(weights[2])]
        empty = Sparse(np.zeros(0, np.int64), np.zeros(0, np.float32))
        self_sum = np.array(
            [len(sigs), use[0] * sum(bool(len(s.terms.keys)) for s in sigs),
             use[1] * sum(bool(len(s.actors.keys)) for s in sigs)],
            np.float32,
        )  # fmt: skip
        return cls(
            len(sigs),
            np.mean([s.vector for s in sigs], axis=0),
            Sparse.mean([s.terms for s in sigs]) if use[0] else empty,
            Sparse.mean([s.actors for s in sigs]) if use[1] else empty,
            self_sum,
        )

    def link(self, other: Group | Signature) -> np.ndarray:
        """Mean (embedding, terms, actors) cosines over every pair of a member and one of
        ``other``'s (or ``other`` itself, an article)."""
        return features(self, other)

    def cohesion(self) -> np.ndarray:
        """Mean cosines over every pair of two distinct members (1.0 for a single member)."""
        if self._cohesion is None:
            n = self.size
            self._cohesion = (
                np.ones(3, np.float32)
                if n < 2
                else np.asarray(
                    (n * n * self.link(self) - self.self_sum) / (n * (n - 1)), np.float32
                )
            )
        return self._cohesion


def features(a: Signature | Group, b: Signature | Group) -> np.ndarray:
    """(embedding, terms, actors) cosines of two articles; of a group, its mean vectors'."""
    return np.array(
        [float(a.vector @ b.vector), a.terms.dot(b.terms), a.actors.dot(b.actors)], np.float32
    )


def feature_tensor(sigs: list[Signature]) -> np.ndarray:
    """(embedding, terms, actors) cosines of every pair of ``sigs``: shape (n, n, 3), from
    three matrix products rather than one ``features`` per pair."""
    n = len(sigs)
    if not n:
        return np.zeros((0, 0, 3), np.float32)
    vectors = np.stack([s.vector for s in sigs])
    grams = [vectors @ vectors.T, _gram([s.terms for s in sigs]), _gram([s.actors for s in sigs])]
    return np.stack(grams, axis=2).astype(np.float32)


def _gram(vectors: list[Sparse]) -> np.ndarray:
    """Every pairwise dot product of sparse vectors, as a dense (n, n) matrix."""
    from scipy.sparse import csr_matrix

    sizes = [len(v.keys) for v in vectors]
    if not sum(sizes):
        return np.zeros((len(vectors), len(vectors)))
    keys, columns = np.unique(np.concatenate([v.keys for v in vectors]), return_inverse=True)
    weights = np.concatenate([v.weights for v in vectors]).astype(np.float64)
    pointers = np.concatenate([[0], np.cumsum(sizes)])
    matrix = csr_matrix((weights, columns, pointers), shape=(len(vectors), len(keys)))
    return np.asarray((matrix @ matrix.T).toarray())
