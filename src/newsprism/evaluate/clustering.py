"""Clustering metrics and the plain baseline the story evaluation runs beside newsprism.

B-cubed (Bagga and Baldwin 1998): per item, precision is the share of its predicted cluster
that shares its gold label, recall the share of its gold cluster that shares its predicted
cluster; both are averaged over items. Pairwise: precision and recall over the pairs of items
put together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    items = list(gold)
    joint = Counter((predicted[i], gold[i]) for i in items)
    pred_size = Counter(predicted[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    p = sum(joint[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in items) / len(items)
    r = sum(joint[(predicted[i], gold[i])] / gold_size[gold[i]] for i in items) / len(items)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4)}


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    items = list(gold)

    def pairs(counts: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(Counter((predicted[i], gold[i]) for i in items))
    pred = pairs(Counter(predicted[i] for i in items))
    true = pairs(Counter(gold[i] for i in items))
    p = both / pred if pred else 1.0
    r = both / true if true else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4)}


def tfidf_average_link(
    texts: Sequence[str], gold: Sequence[str], thresholds: Sequence[float]
) -> dict[str, object]:
    """TF-IDF + average-link clustering (cosine), the distance threshold chosen in hindsight:
    the best B-cubed F1 over ``thresholds`` on the very data it is scored on."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    dense = matrix.toarray()
    keys = [str(i) for i in range(len(texts))]
    gold_map = dict(zip(keys, gold, strict=True))
    best: dict[str, object] = {}
    for threshold in thresholds:
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(dense)
        predicted = {k: str(label) for k, label in zip(keys, labels, strict=True)}
        score = bcubed(predicted, gold_map)
        if not best or score["f1"] > best["bcubed"]["f1"]:  # type: ignore[index]
            best = {
                "distance_threshold": threshold,
                "bcubed": score,
                "pairwise": pairwise(predicted, gold_map),
            }
    return best
