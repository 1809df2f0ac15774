"""Main-text extraction on the article-extraction-benchmark (Scrapinghub), scored as that
benchmark's own evaluate.py does: word 4-gram shingles per page, TP/FP/FN normalised per page so
long pages do not weigh more, precision and recall averaged over pages, F1 from the averages."""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path
from statistics import fmean
from typing import Any

from newsprism.errors import Rejected
from newsprism.evaluate import shared_data
from newsprism.ingest.webpage import parse_html

PUBLISHED = {
    "trafilatura 2.0": 0.958,
    "newspaper4k": 0.949,
    "readability-lxml": 0.922,
}
_TOKEN = re.compile(r"\w+")


def run(data: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    folder = shared_data("extraction-benchmark", data, "ground-truth.json")
    truth: dict[str, dict[str, str]] = json.loads((folder / "ground-truth.json").read_text())
    keys = sorted(truth)[:limit]
    started = time.perf_counter()
    scores = [_score_page(folder, key, truth[key]) for key in keys]
    seconds = time.perf_counter() - started
    precision, recall = _macro(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "suite": "extraction",
        "data": str(folder),
        "pages": len(keys),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "empty": sum(1 for s in scores if s == (0.0, 0.0, 1.0)),
        "pages_per_second": round(len(keys) / seconds, 1),
        "published_f1": PUBLISHED,
    }


def _score_page(folder: Path, key: str, item: dict[str, str]) -> tuple[float, float, float]:
    html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
    try:
        text = parse_html(html, key, url=item.get("url")).text
    except Rejected:
        text = ""
    return shingle_match(item.get("articleBody", ""), text)


def shingle_match(true: str, predicted: str, n: int = 4) -> tuple[float, float, float]:
    """(TP, FP, FN) over word n-gram shingles, normalised to sum to one."""
    gold, pred = _shingles(true, n), _shingles(predicted, n)
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def _macro(scores: list[tuple[float, float, float]]) -> tuple[float, float]:
    """Mean precision over pages with a prediction, mean recall over pages with gold text."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in scores if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in scores if tp + fn > 0]
    return fmean(precisions or [0.0]), fmean(recalls or [0.0])


def _ratio(tp: float, wrong: float, other: float) -> float:
    """tp / (tp + wrong), with the benchmark's conventions for empty pages."""
    if wrong == other == 0:
        return 1.0
    return tp / (tp + wrong) if tp + wrong else 0.0
