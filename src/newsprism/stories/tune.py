"""Tune the story weights and thresholds on labelled articles (ECB+ topics 1-25 only).

The search runs the real ``Clusterer`` (same code as ``newsprism stories``) with the pairwise
features computed once, over a grid of feature weights, join thresholds and split ratios.
Which point wins: the best B-cubed F1; then, of the points within ``TOLERANCE`` of it, the one
with the highest join threshold (then the best F1, then the earlier in the grid). F1 on the
tuning topics is flat across a range of thresholds (a bootstrap over its 25 topics gives a
standard error of about 0.02, far above the differences there), and within that range the
stricter join is the safer one for a reader: two events shown as one story hide a difference,
while one event in two stories is mended by a later merge.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import numpy as np

from newsprism.stories.cluster import Clusterer, cohesion
from newsprism.stories.features import Signature, feature_tensor
from newsprism.stories.options import StoryOptions

THRESHOLDS = tuple(round(0.15 + 0.025 * n, 3) for n in range(15))
# What a pair of which only one side is dated must pass beyond the join threshold: searched
# after the grid, with its weights and thresholds, by the same rule (a second stage rather
# than a grid dimension, which would make the 13-19 minute search nine times as long).
UNDATED_MARGINS = tuple(round(0.025 * n, 3) for n in range(9))
SPLIT_RATIOS = (0.0, 0.6, 0.65, 0.7, 0.75, 0.8)
TOLERANCE = 0.005


class _MatrixClusterer(Clusterer):
    """The clusterer with pairwise features looked up instead of recomputed."""

    row: dict[str, int]
    matrix: np.ndarray  # (n, n) similarities under the options' weights

    def mean_similarity(self, sig: Signature, members: list[str]) -> float:
        return float(np.mean(self.matrix[self.row[sig.article_id], [self.row[m] for m in members]]))

    def similarity_matrix(self, members: list[str]) -> np.ndarray:
        rows = [self.row[m] for m in members]
        return np.asarray(self.matrix[np.ix_(rows, rows)])

    def link(self, left: list[str], right: list[str]) -> float:
        cap = self.options.members
        rows, cols = [self.row[m] for m in left[-cap:]], [self.row[m] for m in right[-cap:]]
        return float(self.matrix[np.ix_(rows, cols)].mean())

    def _cohesion(self, members: list[str]) -> float:
        recent = members[-self.options.members :]
        return cohesion(self.similarity_matrix(recent), list(range(len(recent))))


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
    found: list[tuple[float, int, StoryOptions]] = []
    grid = list(itertools.product(weights, thresholds, SPLIT_RATIOS))
    for done, ((we, wt, wa), threshold, ratio) in enumerate(grid, start=1):
        options = replace(
            base,
            w_embedding=we,
            w_terms=wt,
            w_actors=wa,
            threshold=threshold,
            split_threshold=0.0,
            split_ratio=ratio,
        )
        found.append((score(predict(sigs, options, tensor), gold)["f1"], -done, options))
        if progress:
            progress(done, len(grid))
    top = max(f1 for f1, _, _ in found)
    near = _near_best(found)
    best_f1, _, chosen = max(near, key=lambda item: (item[2].threshold, item[0], item[1]))
    best_f1, chosen = _undated_margin(sigs, gold, score, chosen, tensor)
    return {
        "bcubed_f1": best_f1,
        "best_bcubed_f1": top,
        "params": {
            "w_embedding": round(chosen.w_embedding, 3),
            "w_terms": round(chosen.w_terms, 3),
            "w_actors": round(chosen.w_actors, 3),
            "threshold": round(chosen.threshold, 4),
            "split_threshold": round(chosen.split_threshold, 4),
            "split_ratio": round(chosen.split_ratio, 3),
            "undated_margin": round(chosen.undated_margin, 4),
        },
    }


def _undated_margin(
    sigs: list[Signature],
    gold: dict[str, str],
    score: Callable[[dict[str, str], dict[str, str]], dict[str, float]],
    chosen: StoryOptions,
    tensor: np.ndarray,
) -> tuple[float, StoryOptions]:
    """The margin for pairs only one side of which is dated: the best B-cubed F1, then, of
    the margins within ``TOLERANCE`` of it, the largest (the stricter join, as above)."""
    found: list[tuple[float, StoryOptions]] = []
    for margin in UNDATED_MARGINS:
        options = replace(chosen, undated_margin=margin)
        found.append((score(predict(sigs, options, tensor), gold)["f1"], options))
    return max(_near_best(found), key=lambda item: item[1].undated_margin)


_Point = TypeVar("_Point", bound=tuple[Any, ...])


def _near_best(found: list[_Point]) -> list[_Point]:
    """The points (B-cubed F1 first) within ``TOLERANCE`` of the best F1: among them the
    stricter join wins."""
    top = max(item[0] for item in found)
    return [item for item in found if item[0] >= top - TOLERANCE]
