"""Near-duplicate detection (syndicated wire copy, re-posts) with MinHash and banded LSH.

Written here rather than taken from datasketch: importing datasketch costs over a second
(it pulls SciPy), and the band keys must live in the database anyway, so that detection
survives restarts and scales with SQL indexes instead of an in-memory LSH object.
Candidates found through the bands are then verified on the texts themselves (exact Jaccard
and containment of word 5-shingles), so the estimate never decides alone.
"""

from __future__ import annotations

import hashlib
import zlib

import numpy as np

from newsprism.textutil import canonical

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16  # 16 bands x 4 rows: a pair at Jaccard 0.7 shares a band with probability 0.99
ROWS = PERMUTATIONS // BANDS
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20250513)
# Multiply-shift hashing: odd 64-bit multipliers; the high 32 bits of a*x + b are the hash.
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)


def shingles(text: str) -> set[str]:
    """Word 5-grams of the canonical text (the text itself when it is shorter)."""
    tokens = canonical(text).split()
    if len(tokens) <= SHINGLE:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def signature(items: set[str]) -> np.ndarray:
    """MinHash signature: for each permutation, the least hash over the shingles."""
    if not items:
        return np.zeros(PERMUTATIONS, dtype=np.uint64)
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in items), dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrap-around is the point of multiply-shift hashing
        mixed = (hashes[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    result: np.ndarray = (mixed & _MASK32).min(axis=0)
    return result


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (band number included), ready for an SQL index."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a | b), common / min(len(a), len(b))
