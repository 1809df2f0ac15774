"""The claim-vs-article relation model, trained on FNC-1: agree / disagree / discuss /
unrelated for a headline (a claim) and an article body.

Features (30) are cheap and read only text and stored sentence embeddings, so the model runs
at compare time without the embedder: similarity of the claim to the body's sentences
(all-MiniLM-L6-v2), word and bigram overlap, TF-IDF cosine with a fixed background IDF
(wordfreq), numbers shared, and counts of refuting, hedging and confirming cues in the body
and in the three body sentences closest to the claim (where a stance is usually stated).
The classifier is five small MLPs (scikit-learn, averaged) exported to plain arrays in
``data/stance.npz`` and run with numpy: no pickle is ever loaded, and any scikit-learn
version reads it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

import numpy as np

from newsprism.textutil import tokens as _tokens

LABELS = ("agree", "disagree", "discuss", "unrelated")
MODEL_FILE = "data/stance.npz"

_SENTENCE = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])|\n+")
_STOP = frozenset(
    "a an the of to in on at for and or but is are was were be been by with as from that this "
    "it its he she they his her their has have had will would not no says said after over "
    "into about than who which what when".split()
)
_REFUTE = frozenset(
    "fake fraud hoax false deny denies denied denial not no never despite nope doubt doubts "
    "bogus debunk debunked debunks pranks retract retracted refute refuted refutes rumor "
    "rumour untrue baseless myth satire satirical mistaken incorrect dismissed dismisses "
    "rejected rejects".split()
)
_HEDGE = frozenset(
    "reportedly allegedly alleged claims claimed claim according reports reported report "
    "unconfirmed rumored rumoured may might could appears apparently purportedly supposedly "
    "possibly suggests speculation unverified".split()
)
_CONFIRM = frozenset(
    "confirmed confirms confirm true indeed official officially verified announced "
    "acknowledged admitted revealed shows showed".split()
)
_NUMBER = re.compile(r"\b\d[\d,.]*\b")


def split_sentences(text: str, limit: int = 60) -> list[str]:
    parts = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()]
    return [p for p in parts if len(p) > 2][:limit]


def features(headline: str, vector: np.ndarray, body: str, sentences: np.ndarray,
             sentence_texts: list[str] | None = None) -> np.ndarray:  # fmt: skip
    """One row of features for a claim (text and embedding) against a body (text and the
    embeddings of its sentences, in order; their texts when they are not ``split_sentences``)."""
    texts = sentence_texts if sentence_texts is not None else split_sentences(body)
    sims = sentences @ vector if sentences.size else np.zeros(1, dtype=np.float32)
    order = np.argsort(-sims)
    top = [texts[i] for i in order[:3] if i < len(texts)]
    head_tokens = _tokens(headline)
    side = _body_side(body)
    body_tokens, lede_tokens, body_set, body_bigrams = (
        side.tokens,
        side.lede,
        side.words,
        side.bigrams,
    )
    top_tokens = _tokens(" ".join(top))
    head_set = set(head_tokens) - _STOP
    head_bigrams = _bigrams(head_tokens)
    numbers = set(_NUMBER.findall(headline))
    n_body = max(len(body_tokens), 1)
    row = [
        float(sims.max()),
        float(np.sort(sims)[-3:].mean()),
        float(sims.mean()),
        float(sims[0]),
        float(order[0]) / max(len(sims), 1),
        len(head_set & body_set) / max(len(head_set), 1),
        len(head_set & body_set) / max(len(head_set | body_set), 1),
        len(head_set & (set(lede_tokens) - _STOP)) / max(len(head_set), 1),
        len(head_set & (set(top_tokens) - _STOP)) / max(len(head_set), 1),
        len(head_bigrams & body_bigrams) / max(len(head_bigrams), 1),
        _tfidf_cosine(head_tokens, body_tokens, side.vector, side.norm),
        _tfidf_cosine(head_tokens, top_tokens),
        len(numbers & side.numbers) / len(numbers) if numbers else -1.0,
        _count(head_tokens, _REFUTE),
        _count(head_tokens, _HEDGE),
        _count(top_tokens, _REFUTE),
        _count(top_tokens, _HEDGE),
        _count(top_tokens, _CONFIRM),
        side.cues[0] / n_body * 100,
        side.cues[1] / n_body * 100,
        side.cues[2] / n_body * 100,
        side.cues[3],
        side.cues[4],
        (_count(head_tokens, _REFUTE) + _count(top_tokens, _REFUTE)) % 2,
        float("?" in headline),
        math.log1p(len(body_tokens)),
        math.log1p(len(head_tokens)),
        float(sims.max() - np.median(sims)),
        float((sims > 0.5).mean()),
        float((sims > 0.3).mean()),
    ]
    return np.asarray(row, dtype=np.float32)


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(tokens))


def _count(tokens: list[str], words: frozenset[str]) -> float:
    return float(sum(1 for t in tokens if t in words))


@cache
def _idf(word: str) -> float:
    from wordfreq import zipf_frequency

    return max(0.5, 8.0 - zipf_frequency(word, "en"))


@dataclass(frozen=True)
class _BodySide:
    tokens: list[str]
    lede: list[str]
    words: set[str]
    bigrams: set[tuple[str, str]]
    numbers: set[str]
    vector: dict[str, float]
    norm: float  # of ``vector``
    cues: tuple[float, ...]  # refute, hedge, confirm in the body; refute, hedge in the lede


@lru_cache(maxsize=512)
def _body_side(body: str) -> _BodySide:
    """What a body contributes to every claim judged against it, computed once per body."""
    tokens = _tokens(body)
    lede = _tokens(body[:400])
    vector = _tfidf_vector(tokens)
    return _BodySide(
        tokens,
        lede,
        set(tokens) - _STOP,
        _bigrams(tokens),
        set(_NUMBER.findall(body)),
        vector,
        _norm(vector),
        (
            _count(tokens, _REFUTE),
            _count(tokens, _HEDGE),
            _count(tokens, _CONFIRM),
            _count(lede, _REFUTE),
            _count(lede, _HEDGE),
        ),
    )


def _tfidf_vector(tokens: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for t in tokens:
        if t not in _STOP:
            out[t] = out.get(t, 0.0) + _idf(t)
    return out


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vector.values()))


def _tfidf_cosine(
    a: list[str], b: list[str], vb: dict[str, float] | None = None, norm_b: float | None = None
) -> float:
    """``vb`` and ``norm_b``, when given, are ``b``'s vector and its norm, computed once."""
    va = _tfidf_vector(a)
    vb = vb if vb is not None else _tfidf_vector(b)
    dot = sum(v * vb.get(k, 0.0) for k, v in va.items())
    norm = _norm(va) * (norm_b if norm_b is not None else _norm(vb))
    return dot / norm if norm else 0.0


@dataclass(frozen=True)
class Network:
    """One trained MLP: its layers' weights and biases (ReLU between, softmax at the end)."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        for i, (w, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            x = x @ w + b
            if i < len(self.weights) - 1:
                x = np.maximum(x, 0.0)
        x = np.exp(x - x.max(axis=1, keepdims=True))
        return np.asarray(x / x.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class StanceModel:
    """Standardisation plus an ensemble of MLPs trained from different seeds; their
    probabilities are averaged. One MLP's FNC-1 score moves by up to two points with its
    seed; the mean of five is steadier and higher (docs/quality.md)."""

    mean: np.ndarray
    scale: np.ndarray
    members: tuple[Network, ...]
    labels: tuple[str, ...]

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        x = (rows - self.mean) / self.scale
        return np.asarray(np.mean([m.probabilities(x) for m in self.members], axis=0))

    def predict(self, rows: np.ndarray) -> list[str]:
        return [self.labels[i] for i in self.probabilities(rows).argmax(axis=1)]

    def save(self, path: Path) -> None:
        arrays = {"mean": self.mean, "scale": self.scale, "labels": np.array(self.labels)}
        for k, member in enumerate(self.members):
            for i, (w, b) in enumerate(zip(member.weights, member.biases, strict=True)):
                arrays[f"m{k}_w{i}"], arrays[f"m{k}_b{i}"] = w, b
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(handle, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        with np.load(path, allow_pickle=False) as data:
            keys = set(data.files)
            # a file of one network (the format before ensembles) has plain w0, b0, ... keys
            prefixes = sorted({k.split("_")[0] + "_" for k in keys if re.match(r"m\d+_w", k)})
            members = []
            for prefix in prefixes or [""]:
                layers = sum(1 for k in keys if re.fullmatch(rf"{prefix}w\d+", k))
                members.append(
                    Network(
                        tuple(data[f"{prefix}w{i}"] for i in range(layers)),
                        tuple(data[f"{prefix}b{i}"] for i in range(layers)),
                    )
                )
            return cls(
                data["mean"],
                data["scale"],
                tuple(members),
                tuple(str(x) for x in data["labels"]),
            )


def shipped_path() -> Path:
    return Path(str(resources.files("newsprism.compare").joinpath(MODEL_FILE)))


@cache
def load_model() -> StanceModel | None:
    path = shipped_path()
    return StanceModel.load(path) if path.exists() else None
