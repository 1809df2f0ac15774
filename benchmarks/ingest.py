"""Ingest throughput: articles per second for folder ingestion, on this machine.

    python benchmarks/ingest.py [--json]

Two corpora from ../shared/data, each ingested into a fresh SQLite file, once with one worker
and once with one worker per core:
- html: the 181 gzip'd pages of the article-extraction benchmark (trafilatura extraction);
- text: 481 plain-text files written from the BASIL articles and the benchmark's gold bodies.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def write_text_corpus(folder: Path) -> int:
    count = 0
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        item = json.loads(path.read_text())
        paras = [" ".join(p) if isinstance(p, list) else p for p in item["body-paragraphs"]]
        body = "\n\n".join([item.get("title") or "", *paras])
        (folder / f"basil_{path.stem}.txt").write_text(body)
        count += 1
    truth = json.loads((DATA / "extraction-benchmark" / "ground-truth.json").read_text())
    for key, item in truth.items():
        (folder / f"bench_{key}.txt").write_text(item["articleBody"])
        count += 1
    return count


def measure(folder: Path, workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "bench.db") as db:
        started = time.perf_counter()
        report = ingest(db, [str(folder)], IngestOptions(workers=workers))
        seconds = time.perf_counter() - started
        stored = len(report.added) + len(report.duplicates)
    return {
        "articles": stored,
        "rejected": len(report.rejected),
        "seconds": round(seconds, 2),
        "articles_per_second": round(stored / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp)
        write_text_corpus(text)
        corpora = {"html": DATA / "extraction-benchmark" / "html", "text": text}
        for name, folder in corpora.items():
            for workers in sorted({1, cores}):
                results[f"{name} ({workers} worker{'s' if workers > 1 else ''})"] = measure(
                    folder, workers
                )
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
        return
    print(f"{'corpus':<22}{'articles':>9}{'rejected':>9}{'seconds':>9}{'articles/s':>12}")
    for name, r in results.items():
        print(
            f"{name:<22}{r['articles']:>9}{r['rejected']:>9}{r['seconds']:>9}"
            f"{r['articles_per_second']:>12}"
        )


if __name__ == "__main__":
    main()
