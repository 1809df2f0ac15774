"""The sentence embedder: bfloat16 where the CPU has it, vectors that agree with float32."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.errors import NewsprismError
from newsprism.understand import embeddings
from newsprism.understand.embeddings import load_embedder

SENTENCES = [
    "Hamas released Edan Alexander, the last living American hostage held in Gaza, on Monday.",
    "The militant group freed an Israeli American soldier after 19 months in captivity.",
    "Prime Minister Benjamin Netanyahu sent a delegation to Doha for talks on a ceasefire.",
    "Tropical storm warnings were issued for the coast of Florida on Tuesday night.",
    "Shares fell.",
]


def test_precision_setting() -> None:
    assert embeddings._precision("float32") == "float32"
    assert embeddings._precision("bfloat16") == "bfloat16"
    expected = "bfloat16" if embeddings.native_bfloat16() else "float32"
    assert embeddings._precision("auto") == expected
    with pytest.raises(NewsprismError, match=r"E111.*'fp16'.*float32"):
        embeddings._precision("fp16")


def test_bfloat16_vectors_agree_with_float32() -> None:
    """bfloat16 autocast changes the vectors too little to move any similarity threshold;
    a cast of the weights themselves (tried) left the norms off by up to 0.3%."""
    embedder = load_embedder()
    kept = embedder.precision
    try:
        embedder.precision = "float32"
        exact = embedder.encode(SENTENCES)
        embedder.precision = "bfloat16"
        fast = embedder.encode(SENTENCES)
    finally:
        embedder.precision = kept
    assert fast.dtype == np.float32 and fast.shape == exact.shape == (5, 384)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-4)
    assert float((fast * exact).sum(axis=1).min()) > 0.999
    # every pairwise similarity within 0.01 of float32's, so the order of neighbours holds
    assert float(np.abs(fast @ fast.T - exact @ exact.T).max()) < 0.01
    assert float(fast[0] @ fast[1]) > float(fast[0] @ fast[3]) + 0.2
