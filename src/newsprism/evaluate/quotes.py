"""Quote and attribution extraction on PolNeAR (brat ``.ann`` files: Source, Cue, Content).

Scored per attribution: a predicted quote matches a gold attribution when their content spans
overlap (``overlap``) or are equal once edge punctuation is stripped (``exact``). Precision is
over our quotes, recall over gold attributions. Speaker accuracy is measured on the matched
pairs whose gold attribution has a source: our speaker span must overlap the gold source span.
Where a text has several annotators, the first annotation file (sorted by name) is the gold.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.evaluate import shared_data
from newsprism.evaluate.brat import read_annotations
from newsprism.parallel import LazyPool
from newsprism.textutil import strip_span
from newsprism.understand.analyze import AnalysisInput, AnalyzeOptions, analyze_inputs

PUBLISHED = {
    "Citron (PARC 3.0), overlap F1 of whole quotes": 0.832,
    "GenderGapTracker, speaker accuracy": 0.865,
}
_EDGES = " \n\t,.;:—–-\"“”'‘’"


@dataclass(frozen=True, slots=True)
class Gold:
    content: tuple[int, int]
    source: tuple[int, int] | None


def run(data: Path | None = None, limit: int | None = None, split: str = "dev") -> dict[str, Any]:
    folder = shared_data("polnear", data, f"{split}/text")
    texts = sorted((folder / split / "text").glob("*.txt"))[:limit]
    golds = {t.stem: read_gold(folder / split / "attributions", t.stem) for t in texts}
    inputs = [AnalysisInput(t.stem, t.read_text(encoding="utf-8"), None, None) for t in texts]
    started = time.perf_counter()
    with LazyPool(0, min_items=8) as pool:
        analyses = pool.map_split(lambda_free_analyze, inputs)
    seconds = time.perf_counter() - started
    counts = Counts()
    for item, analysis in zip(inputs, analyses, strict=True):
        counts.add(item.text, golds[item.article_id], analysis.quotes, analysis.actors)
    return {
        "suite": "quotes",
        "data": str(folder),
        "split": split,
        "documents": len(texts),
        **counts.metrics(),
        "seconds": round(seconds, 1),
        "published": PUBLISHED,
    }


def lambda_free_analyze(items: list[AnalysisInput]) -> list[Any]:
    """Module-level so worker processes can unpickle it."""
    return analyze_inputs(items, AnalyzeOptions(languages=("en",), min_words=1))


def read_gold(folder: Path, stem: str) -> list[Gold]:
    annotations = read_annotations(folder, stem)
    golds = []
    for roles in annotations.events:
        content = annotations.extent(roles.get("Content"))
        if content is not None:
            golds.append(Gold(content, annotations.extent(roles.get("Source"))))
    return golds


class Counts:
    def __init__(self) -> None:
        self.predicted = self.gold = 0
        self.exact_p = self.exact_r = self.overlap_p = self.overlap_r = 0
        self.speaker_total = self.speaker_right = self.identity_right = 0

    def add(
        self, text: str, golds: list[Gold], quotes: list[Any], actors: list[Any] | None = None
    ) -> None:
        mentions = {a.key: [(m.start, m.end) for m in a.mentions] for a in actors or []}
        predicted = [(q.content.start, q.content.end) for q in quotes]
        self.predicted += len(predicted)
        self.gold += len(golds)
        stripped_gold = {_strip(text, g.content) for g in golds}
        self.exact_p += sum(_strip(text, p) in stripped_gold for p in predicted)
        stripped_pred = {_strip(text, p) for p in predicted}
        self.exact_r += sum(_strip(text, g.content) in stripped_pred for g in golds)
        self.overlap_p += sum(any(_overlap(p, g.content) for g in golds) for p in predicted)
        for gold in golds:
            matches = [
                q for q in quotes if _overlap((q.content.start, q.content.end), gold.content)
            ]
            if not matches:
                continue
            self.overlap_r += 1
            if gold.source is not None:
                self.speaker_total += 1
                # The quote that shares most with the annotation; on a tie the tightest, so
                # an attribution nested in another's words is matched by its own quote, not
                # by the outer quote that holds the same words.
                best = max(
                    matches,
                    key=lambda q: (
                        _shared((q.content.start, q.content.end), gold.content),
                        q.content.start - q.content.end,
                    ),
                )
                speaker = (best.speaker.start, best.speaker.end) if best.speaker else None
                right = speaker is not None and _overlap(speaker, gold.source)
                self.speaker_right += right
                # identity: the actor we resolved the speaker to is mentioned in the gold
                # source span ("he" resolved to Ham, where the annotator marked "Ham")
                named = mentions.get(best.speaker_key or "", [])
                self.identity_right += right or any(_overlap(m, gold.source) for m in named)

    def metrics(self) -> dict[str, Any]:
        def f1(p: float, r: float) -> float:
            return round(2 * p * r / (p + r), 4) if p + r else 0.0

        ep, er = self.exact_p / max(1, self.predicted), self.exact_r / max(1, self.gold)
        op, orc = self.overlap_p / max(1, self.predicted), self.overlap_r / max(1, self.gold)
        return {
            "gold_attributions": self.gold,
            "predicted_quotes": self.predicted,
            "exact_precision": round(ep, 4),
            "exact_recall": round(er, 4),
            "exact_f1": f1(ep, er),
            "overlap_precision": round(op, 4),
            "overlap_recall": round(orc, 4),
            "overlap_f1": f1(op, orc),
            "speaker_accuracy": round(self.speaker_right / max(1, self.speaker_total), 4),
            "speaker_identity_accuracy": round(self.identity_right / max(1, self.speaker_total), 4),
            "speaker_pairs": self.speaker_total,
        }


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    return strip_span(text, span, _EDGES)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
