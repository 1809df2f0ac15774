"""Time to compare a story of 2, 10, 50 and 200 articles, after analysis.

The articles are real: the 300 BASIL reports (Fox News, the New York Times, HuffPost),
ingested and analysed with claim embeddings by the real pipeline (kept in
``NEWSPRISM_EVAL_WORK`` when set, so a second run skips the analysis). A story of N is the
first N articles in event order, so it holds whole events of three outlets each; the whole
comparison (alignment, conflicts, framing, quotes, timeline, digest and the relation model) is
timed, median of three runs, in one warm process.

    .venv/bin/python benchmarks/compare.py [--sizes 2 10 50 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsprism.compare.run import compare_articles  # noqa: E402
from newsprism.evaluate import shared_data  # noqa: E402
from newsprism.evaluate.corpora import basil  # noqa: E402
from newsprism.evaluate.prepare import analysed_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 10, 50, 200])
    args = parser.parse_args()
    docs = sorted(basil(shared_data("basil", None, "articles")), key=lambda d: (d.gold, d.key))
    db, ids = analysed_database("basil-compare", docs, embed_claims=True)
    rows = []
    compare_articles(db, [ids[d.key] for d in docs[:3]])  # warm: lexicons, model file
    for size in args.sizes:
        chosen = [ids[d.key] for d in docs[:size]]
        times, result = [], None
        for _ in range(3):
            started = time.perf_counter()
            result = compare_articles(db, chosen)
            times.append(time.perf_counter() - started)
        assert result is not None
        rows.append(
            {
                "articles": size,
                "seconds": round(statistics.median(times), 3),
                "claims": sum(s.claims for s in result.sources),
                "facts": len(result.facts),
                "conflicts": len(result.conflicts),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    print(json.dumps({"target": "50 articles under 2 s", "results": rows}, indent=2))


if __name__ == "__main__":
    main()
