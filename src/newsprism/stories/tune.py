"""Tune the story weights and thresholds on labelled articles (ECB+ topics 1-25 only).

The search runs the real ``Clusterer`` (same code as ``newsprism stories``) with the pairwise
features computed once, over a grid of feature weights and join thresholds, then of split
thresholds, and keeps the best B-cubed F1. Ties go to the simpler choice (the earlier in the grid).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from newsprism.stories.cluster import Clusterer
from newsprism.stories.features import Signature, features
from newsprism.stories.options import StoryOptions

THRESHOLDS = tuple(round(0.15 + 0.025 * n, 3) for n in range(15))


class _MatrixClusterer(Clusterer):
    """The clusterer with pairwise features looked up instead of recomputed."""

    row: dict[str, int]
    matrix: np.ndarray  # (n, n) similarities under the options' weights

    def similarities(self, sig: Signature, others: list[str]) -> np.ndarray:
        return self.matrix[self.row[sig.article_id], [self.row[o] for o in others]]


def predict(sigs: list[Signature], options: StoryOptions, tensor: np.ndarray) -> dict[str, str]:
    """Story of each article when ``sigs`` arrive in this order."""
    by_id = {s.article_id: s for s in sigs}
    clusterer = _MatrixClusterer(options, by_id.__getitem__, dim=len(sigs[0].vector))
    clusterer.row = {s.article_id: i for i, s in enumerate(sigs)}
    clusterer.matrix = tensor @ options.weights_array()
    for n, sig in enumerate(sigs, 1):  # batches as in ``stories.run``
        clusterer.assign(sig)
        if n % options.batch_size == 0 or n == len(sigs):
            clusterer.refine()
    return dict(clusterer.story_of)


def feature_tensor(sigs: list[Signature]) -> np.ndarray:
    n = len(sigs)
    tensor = np.zeros((n, n, 3), np.float32)
    for i, j in itertools.combinations_with_replacement(range(n), 2):
        tensor[i, j] = tensor[j, i] = features(sigs[i], sigs[j])
    return tensor


def grid_search(
    sigs: list[Signature],
    gold: dict[str, str],
    score: Callable[[dict[str, str], dict[str, str]], dict[str, float]],
    step: float = 0.1,
    thresholds: tuple[float, ...] = THRESHOLDS,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    tensor = feature_tensor(sigs)
    steps = round(1 / step)
    weights = [
        (a * step, b * step, (steps - a - b) * step)
        for a in range(steps + 1)
        for b in range(steps + 1 - a)
    ]
    base = StoryOptions()
    best: dict[str, Any] = {"f1": -1.0}
    total = len(weights) * len(thresholds)
    for done, ((we, wt, wa), threshold) in enumerate(
        itertools.product(weights, thresholds), start=1
    ):
        options = replace(
            base, w_embedding=we, w_terms=wt, w_actors=wa, threshold=threshold, split_threshold=0.0
        )
        f1 = score(predict(sigs, options, tensor), gold)["f1"]
        if f1 > best["f1"]:
            best = {"f1": f1, "options": options}
        if progress:
            progress(done, total)
    for factor in (0.5, 0.6, 0.7, 0.8, 0.9):
        options = replace(best["options"], split_threshold=best["options"].threshold * factor)
        f1 = score(predict(sigs, options, tensor), gold)["f1"]
        if f1 > best["f1"]:
            best = {"f1": f1, "options": options}
    chosen: StoryOptions = best["options"]
    return {
        "bcubed_f1": best["f1"],
        "params": {
            "w_embedding": round(chosen.w_embedding, 3),
            "w_terms": round(chosen.w_terms, 3),
            "w_actors": round(chosen.w_actors, 3),
            "threshold": round(chosen.threshold, 4),
            "split_threshold": round(chosen.split_threshold, 4),
        },
    }
