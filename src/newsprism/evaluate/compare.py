"""``newsprism eval compare``: each section of the seeds' comparison against a hand-written
gold file (``data/seeds_compare.json``), as precision and recall.

The seeds are ingested, analysed, grouped and compared by the real pipeline in a temporary
database. ``--data DIR`` reads another pair of reports and its gold from
``DIR/compare_gold.json`` in the same form.
"""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from newsprism.compare.records import Comparison
from newsprism.evaluate import shared_data


def run(data: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    from newsprism.compare import compare
    from newsprism.ingest import ingest
    from newsprism.options import IngestOptions
    from newsprism.store.database import Database
    from newsprism.stories.run import cluster
    from newsprism.understand.analyze import AnalyzeOptions, analyze

    folder = shared_data("seeds", data, ".")
    gold_path = folder / "compare_gold.json"
    if gold_path.exists():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    else:
        text = resources.files("newsprism.evaluate").joinpath("data/seeds_compare.json")
        gold = json.loads(text.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="newsprism-eval-compare-") as work:
        db = Database(Path(work) / "compare.db")
        ingest(db, [str(folder)], IngestOptions())
        analyze(db, AnalyzeOptions())
        cluster(db)
        label = _labels(db, gold["files"])
        stories = sorted(db.stories(), key=lambda s: -int(s["articles"]))
        comparison = compare(db, str(stories[0]["id"]))
        db.close()
    return score(comparison, gold, label) | {"data": str(folder), "stories": len(stories)}


def _labels(db: Any, files: dict[str, str]) -> dict[str, str]:
    """Gold side name ("cradle") -> the source label the comparison uses for that file."""
    out = {}
    for article in db.articles():
        for side, prefix in files.items():
            if Path(article.locator).name.startswith(prefix):
                out[side] = article.outlet or f"unnamed outlet {article.id[:8]}"
    return out


def score(c: Comparison, gold: dict[str, Any], label: dict[str, str]) -> dict[str, Any]:
    ambiguous = gold.get("ambiguous", [])

    def plain(text: str) -> bool:
        return not any(a in text for a in ambiguous)

    side_of = {v: k for k, v in label.items()}
    result: dict[str, Any] = {}
    # Shared: cross-outlet sentence pairs put in one fact.
    predicted = []
    for fact in c.facts:
        if fact.coverage == "one":
            continue
        for a in fact.evidence:
            for b in fact.evidence:
                sides = (side_of.get(a.source), side_of.get(b.source))
                if sides == ("cradle", "other") and plain(a.text) and plain(b.text):
                    predicted.append((a.text, b.text))
    right = [p for p in predicted if any(_pair(p, g) for g in gold["shared"])]
    found = [g for g in gold["shared"] if any(_pair(p, g) for p in predicted)]
    result["shared"] = _pr(len(right), len(predicted), len(found), len(gold["shared"]))
    # Only one outlet: the sentences of its single-outlet facts.
    for side, wanted in gold["only"].items():
        mine = [f.evidence[0].text for f in c.only_by().get(label.get(side, ""), [])]
        mine = [t for t in mine if plain(t)]
        right_n = sum(1 for t in mine if any(w in t for w in wanted))
        found_n = sum(1 for w in wanted if any(w in t for t in mine))
        result[f"only_{side}"] = _pr(right_n, len(mine), found_n, len(wanted))
    # Conflicts.
    hits = [
        k
        for k in c.conflicts
        if any(
            k.kind == g["kind"]
            and any(g["cradle"] in s.evidence.text for s in k.sides)
            and any(g["other"] in s.evidence.text for s in k.sides)
            for g in gold["conflicts"]
        )
    ]
    found_c = [
        g
        for g in gold["conflicts"]
        if any(
            k.kind == g["kind"]
            and any(g["cradle"] in s.evidence.text for s in k.sides)
            and any(g["other"] in s.evidence.text for s in k.sides)
            for k in c.conflicts
        )
    ]
    result["conflicts"] = _pr(len(hits), len(c.conflicts), len(found_c), len(gold["conflicts"]))
    result["framing"] = _framing(c, gold["framing"], label)
    result["quotes"] = _quotes(c, gold["quotes"], label)
    return result


def _pair(p: tuple[str, str], g: dict[str, str]) -> bool:
    return g["cradle"] in p[0] and g["other"] in p[1]


def _framing(c: Comparison, gold: list[dict[str, str]], label: dict[str, str]) -> dict[str, Any]:
    items = [("wording", w.referent, w.by_source) for w in c.framing.wordings]
    loaded = [(t.source, t.term) for t in c.framing.loaded]

    def wording_hit(g: dict[str, str], by_source: dict[str, list[str]]) -> bool:
        return all(
            any(g[side].lower() in t.lower() for t in by_source.get(label.get(side, ""), []))
            for side in ("cradle", "other")
            if side in g
        )

    found = 0
    for g in gold:
        if "loaded" in g:
            found += (label.get(g["loaded"]), g["term"]) in loaded
        else:
            found += any(r == g["referent"] and wording_hit(g, b) for _, r, b in items)
    right = sum(
        1
        for _, r, b in items
        if any("referent" in g and g["referent"] == r and wording_hit(g, b) for g in gold)
    )
    right += sum(
        1
        for s, t in loaded
        if any(g.get("term") == t and label.get(g.get("loaded", "")) == s for g in gold)
    )
    return _pr(right, len(items) + len(loaded), found, len(gold))


def _quotes(
    c: Comparison, gold: dict[str, dict[str, int]], label: dict[str, str]
) -> dict[str, Any]:
    predicted: dict[tuple[str, str], int] = {}
    for group in c.quotes:
        for version in group.versions:
            key = (version.source, version.speaker or "unattributed")
            predicted[key] = predicted.get(key, 0) + 1
    wanted = {(label.get(side, ""), k): v for side, d in gold.items() for k, v in d.items()}
    matched = sum(min(n, predicted.get(key, 0)) for key, n in wanted.items())
    return _pr(matched, sum(predicted.values()), matched, sum(wanted.values()))


def _pr(right: int, predicted: int, found: int, gold: int) -> dict[str, Any]:
    p = right / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "predicted": predicted, "gold": gold}  # fmt: skip
