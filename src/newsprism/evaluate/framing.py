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
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from newsprism.evaluate import shared_data
from newsprism.evaluate.corpora import basil

# BASIL's events sorted by id: the first 50 train the slant lexicon (and chose the VADER
# threshold); the last 50 are held out, and their figure is the one reported.
TRAIN_EVENTS = 50
# A word joins the slant lexicon when it sits inside annotated lexical-bias spans at least
# twice and in at least a quarter of its (smoothed) uses in the outlets' own words.
_MIN_INSIDE = 2
_MIN_SHARE = 0.25
_SMOOTHING = 2
_MAX_ZIPF = 5.0  # leave out words as common as "people" or "said": too broad to flag


def run(data: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    from newsprism.compare.options import CompareOptions
    from newsprism.evaluate.prepare import analysed_database

    folder = shared_data("basil", data, "articles")
    docs = basil(folder)
    db, ids = analysed_database("basil-compare", docs, embed_claims=True)
    spans = _lexical_spans(folder)
    triplets: dict[str, list[str]] = {}
    for doc in docs:
        triplets.setdefault(doc.gold, []).append(doc.key)
    keys = sorted(triplets)[:limit] if limit else sorted(triplets)
    options = CompareOptions(use_relation_model=False)
    held = keys[TRAIN_EVENTS:] if len(keys) > TRAIN_EVENTS else keys
    counts = {label: event_counts(db, ids, triplets[label], spans, options) for label in keys}
    result = metrics([counts[label] for label in held])
    every = metrics(list(counts.values()))
    every["note"] = "includes the training events of the slant lexicon: flattering"
    return {
        "data": f"BASIL, {len(held)} held-out events of {len(keys)} ({folder})",
        **result,
        "all_events": every,
    }


def train_slant(out: Path | None = None, data: Path | None = None) -> dict[str, Any]:
    """Learn the slant lexicon from the lexical-bias annotations of BASIL's training events."""
    from wordfreq import zipf_frequency

    from newsprism.compare.framing import SLANT_FILE
    from newsprism.understand.quotemarks import quoted_ranges

    folder = shared_data("basil", data, "articles")
    docs = basil(folder)
    spans = _lexical_spans(folder)
    train = set(sorted({d.gold for d in docs})[:TRAIN_EVENTS])
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for doc in (d for d in docs if d.gold in train):
        marks = quoted_ranges(doc.text)
        gold = _located(doc.text, spans.get(doc.key, []), marks)
        for start, _, word in _occurrences(doc.text, None, marks):
            total[word] += 1
            inside[word] += any(s <= start < e for s, e in gold)
    words = sorted(
        w
        for w, n in inside.items()
        if n >= _MIN_INSIDE
        and n / (total[w] + _SMOOTHING) >= _MIN_SHARE
        and zipf_frequency(w, "en") <= _MAX_ZIPF
    )
    path = out or Path(str(resources.files("newsprism.compare").joinpath(SLANT_FILE)))
    header = (
        "# Slant lexicon: words BASIL's annotators marked as lexical bias, learned by\n"
        f"# `newsprism train slant` on its first {TRAIN_EVENTS} events only (the rest are held\n"
        "# out for `newsprism eval framing`). word<TAB>inside annotated spans<TAB>uses\n"
    )
    lines = [f"{w}\t{inside[w]}\t{total[w]}" for w in words]
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return {"words": len(words), "training_events": len(train), "out": str(path)}


def event_counts(
    db: Any,
    ids: dict[str, str],
    members: list[str],
    spans: dict[str, list[str]],
    options: Any,
) -> tuple[int, int, int, int]:
    """One event compared as a story: (spans found, spans, flagged terms in a span, flagged
    terms)."""
    from newsprism.compare.run import compare_articles
    from newsprism.understand.quotemarks import quoted_ranges

    found_spans = total_spans = hit_terms = total_terms = 0
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
    return found_spans, total_spans, hit_terms, total_terms


def metrics(counts: list[tuple[int, int, int, int]]) -> dict[str, Any]:
    """Recall, precision and F1 over the events' ``event_counts``."""
    totals = [sum(c) for c in zip(*counts, strict=True)] or [0, 0, 0, 0]
    found_spans, total_spans, hit_terms, total_terms = totals
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
    text: str, words: set[str] | None, marks: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Where ``words`` (every word when None) occur outside the quoted ``marks``."""
    out = []
    for m in re.finditer(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]", text):
        word = m.group().lower().replace("’", "'")
        if (words is None or word in words) and not any(s <= m.start() < e for s, e in marks):
            out.append((m.start(), m.end(), word))
    return out
