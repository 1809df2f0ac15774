"""What an article brings to clustering, and how alike two articles are.

Three signals, each a cosine in [0, 1]:
- ``embedding``: the headline-and-lede sentence embedding (what the report is about);
- ``terms``: TF-IDF over the whole text with a fixed background IDF from word frequencies
  (``wordfreq``), so the weights are as good for the first article of a stream as for the
  millionth; names and rare words weigh most, which is what tells two similar events apart;
- ``actors``: the canonical actors (people, organisations, places) the analysis found,
  weighted by how often each is mentioned.
Their weighted sum is the similarity; the weights are tuned (``newsprism train stories``).
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
        _, mine, theirs = np.intersect1d(
            self.keys, other.keys, assume_unique=True, return_indices=True
        )
        return float(np.dot(self.weights[mine], other.weights[theirs]))

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


def features(a: Signature, b: Signature) -> np.ndarray:
    """(embedding, terms, actors) cosines of two articles."""
    return np.array(
        [max(float(np.dot(a.vector, b.vector)), 0.0), a.terms.dot(b.terms), a.actors.dot(b.actors)],
        np.float32,
    )
