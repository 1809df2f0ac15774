"""``newsprism eval framing``: do the loaded words our framing section flags for an outlet
find BASIL's annotated lexical-bias spans?

Each BASIL event (one article each from Fox News, the New York Times and HuffPost) is compared
as one story. A flagged term is (outlet, word); every occurrence of the word in that outlet's
own text (outside quotation marks) counts as flagged. Recall: the share of annotated
lexical-bias spans (outside quotes, located by their text in the article) that contain a flagged
occurrence. Precision: the share of flagged terms with at least one occurrence inside an
annotated span. BASIL publishes no system figure for this exact task (its authors found
lexical-bias span detection hard even for a fine-tuned BERT; Fan et al. 2019), so the figures
stand alone.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from newsprism.evaluate import shared_data
from newsprism.evaluate.corpora import basil


def run(data: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    from newsprism.compare.options import CompareOptions
    from newsprism.evaluate.prepare import analysed_database

    folder = shared_data("basil", data, "articles")
    docs = basil(folder)
    work = os.environ.get("NEWSPRISM_EVAL_WORK")
    db, ids = analysed_database(
        "basil-compare", docs, Path(work) if work else None, embed_claims=True
    )
    spans = _lexical_spans(folder)
    triplets: dict[str, list[str]] = {}
    for doc in docs:
        triplets.setdefault(doc.gold, []).append(doc.key)
    keys = sorted(triplets)[:limit] if limit else sorted(triplets)
    options = CompareOptions(use_relation_model=False)
    result = score_events(db, ids, triplets, keys, spans, options)
    return {"data": f"BASIL, {len(keys)} events ({folder})", **result}


def score_events(
    db: Any,
    ids: dict[str, str],
    triplets: dict[str, list[str]],
    keys: list[str],
    spans: dict[str, list[str]],
    options: Any,
) -> dict[str, Any]:
    from newsprism.compare.framing import quoted_ranges
    from newsprism.compare.run import compare_articles

    found_spans = total_spans = hit_terms = total_terms = 0
    for label in keys:
        members = triplets[label]
        comparison = compare_articles(db, [ids[k] for k in members], options)
        flagged: dict[str, set[str]] = {}
        for term in comparison.framing.loaded:
            flagged.setdefault(term.source, set()).add(term.term)
        for key in members:
            article = db.article(ids[key])
            if article is None:
                continue
            words = flagged.get(article.outlet or article.domain or "", set())
            marks = quoted_ranges(article.text)
            occurrences = _occurrences(article.text, words, marks)
            gold = _located(article.text, spans.get(key, []), marks)
            total_spans += len(gold)
            found_spans += sum(1 for s, e in gold if any(s <= a < e for a, _, _ in occurrences))
            total_terms += len(words)
            hit_terms += len({w for a, _, w in occurrences if any(s <= a < e for s, e in gold)})
    recall = found_spans / total_spans if total_spans else 0.0
    precision = hit_terms / total_terms if total_terms else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "lexical_bias_spans": total_spans,
        "flagged_terms": total_terms,
        "recall": round(recall, 3),
        "precision": round(precision, 3),
        "f1": round(f1, 3),
        "published": {"note": "no published figure for this task; see the module docstring"},
    }


def _lexical_spans(folder: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for path in sorted((folder / "annotations").glob("*/*_ann.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = path.stem.removesuffix("_ann")
        out[key] = [
            a["txt"]
            for a in data.get("phrase-level-annotations", [])
            if a.get("bias") == "lex" and a.get("quote") != "yes" and a.get("txt")
        ]
    return out


def _located(text: str, phrases: list[str], marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        at = text.find(phrase)
        if at >= 0 and not any(s <= at < e for s, e in marks):
            spans.append((at, at + len(phrase)))
    return spans


def _occurrences(
    text: str, words: set[str], marks: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]", text):
        word = m.group().lower().replace("’", "'")
        if word in words and not any(s <= m.start() < e for s, e in marks):
            out.append((m.start(), m.end(), word))
    return out
