"""Does the approximate index find a real article's own story-mates in a full week?

    NEWSPRISM_EVAL_WORK=/tmp/work .venv/bin/python benchmarks/index_recall.py \
        [--week 19000] [--probes 4 8 16 32]

``benchmarks/cluster.py`` checks recall on synthetic stories whose members are near copies
(cosine about 0.99), which any index finds. Here the stories are real: the lede embeddings of
ECB+ (topics 1-35), BASIL and PAC after the real ingest and analysis (kept in
``NEWSPRISM_EVAL_WORK``), whose story-mates are often only 0.5-0.8 alike. They are put in one
weekly shard filled up to ``--week`` articles (a week at 1M articles a year) with perturbed
copies of themselves in stories of five, the same distractors as the speed benchmark. For
each real article, of its story-mates that an exact search ranks in the top 20, how many
does the IVF shard return, and for how many articles does it lose every story-mate (the
article's story would not be a candidate at all), at each number of groups scanned.

``--claims`` asks a harder question: a week filled with *real* sentence embeddings (the
claims of BASIL and ECB+, from the comparison evaluations' databases), which are spread out
rather than in tight stories. For 300 of them as queries, how many of the exact 20 nearest
does the IVF week return, and how many of the neighbours above a cosine of 0.5 and 0.7.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from newsprism.evaluate.corpora import basil, ecbplus, pac
from newsprism.evaluate.prepare import analysed_database
from newsprism.stories.index import _PROBE, _Shard
from newsprism.stories.run import signature_of

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NOISE = 0.35  # as benchmarks/cluster.py


def real_vectors() -> tuple[np.ndarray, list[str]]:
    vectors, gold = [], []
    for corpus, docs in (
        ("ecbplus", ecbplus(DATA / "ecbplus")),
        ("basil", basil(DATA / "basil")),
        ("pac", pac(DATA / "pac")),
    ):
        db, id_of = analysed_database(corpus, docs)
        try:
            for doc in docs:
                item = db.cluster_input(id_of[doc.key])
                if item.vector is not None:  # analysed (not skipped)
                    vectors.append(signature_of(item).vector)
                    gold.append(f"{corpus}:{doc.gold}")
        finally:
            db.close()
    return np.stack(vectors), gold


def claim_vectors() -> np.ndarray:
    from newsprism.understand.embeddings import from_blob

    vectors = []
    for corpus, docs in (
        ("ecbplus-compare", ecbplus(DATA / "ecbplus")),
        ("basil-compare", basil(DATA / "basil")),
    ):
        db, _ = analysed_database(corpus, docs, embed_claims=True)
        try:
            rows = db.conn.execute("SELECT embedding FROM claims WHERE embedding IS NOT NULL")
            vectors += [from_blob(bytes(r[0])) for r in rows]
        finally:
            db.close()
    unique = np.unique(np.stack(vectors), axis=0).astype(np.float32)
    return unique / np.linalg.norm(unique, axis=1, keepdims=True)


def claims_recall(probes_list: list[int]) -> None:
    every = claim_vectors()
    rng = np.random.default_rng(0)
    order = rng.permutation(len(every))
    queries, stored = order[:300], order[300:]
    shard = _Shard(every.shape[1], ann_from=2048)
    for row in stored.tolist():
        shard.add(row, every[row])
    shard.search(every[0], 1)  # flush and train once, on the whole week
    exact = []
    for scores in every[queries] @ every[stored].T:  # one product for all the queries
        top = np.argsort(-scores)[:20]
        exact.append([(int(stored[i]), float(scores[i])) for i in top])
    for probes in probes_list:
        shard.index.nprobe = probes
        counts = {"top20": [0, 0], "cos>=0.5": [0, 0], "cos>=0.7": [0, 0]}
        for q, wanted in zip(queries.tolist(), exact, strict=True):
            hits = {row for row, _ in shard.search(every[q], 20)}
            for row, score in wanted:
                for key, floor in (("top20", -1.0), ("cos>=0.5", 0.5), ("cos>=0.7", 0.7)):
                    if score >= floor:
                        counts[key][0] += row in hits
                        counts[key][1] += 1
        print(
            json.dumps(
                {
                    "groups_scanned": probes,
                    "shipped": probes == _PROBE,
                    "week": len(stored),
                    "groups_in_week": shard.index.nlist,
                    **{f"found_{k}": round(f / max(t, 1), 4) for k, (f, t) in counts.items()},
                    "neighbours": {k: t for k, (_, t) in counts.items()},
                }
            ),
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--week", type=int, default=19_000)
    parser.add_argument("--probes", type=int, nargs="+", default=[4, 8, 16, 32])
    parser.add_argument("--claims", action="store_true", help="a week of real claim embeddings")
    args = parser.parse_args()
    if args.claims:
        claims_recall(args.probes)
        return
    real, gold = real_vectors()
    rng = np.random.default_rng(0)
    dim, extra = real.shape[1], args.week - len(real)
    story = np.arange(extra) // 5
    origin = rng.integers(0, len(real), int(story[-1]) + 1)[story]
    scale = NOISE / np.sqrt(dim)
    fill = real[origin] + rng.normal(0, scale, (int(story[-1]) + 1, dim))[story]
    fill += rng.normal(0, 0.3 * scale, (extra, dim))
    every = np.vstack([real, fill / np.linalg.norm(fill, axis=1, keepdims=True)])
    every = every.astype(np.float32)
    shard = _Shard(dim, ann_from=2048)
    for n, row in enumerate(rng.permutation(len(every)).tolist(), start=1):
        shard.add(row, every[row])
        if n in (2048, 8192):  # searching flushes and trains, as a growing week does
            shard.search(every[row], 1)
    shard.search(every[0], 1)
    mates: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        mates.setdefault(g, []).append(i)
    exact = []
    for i in range(len(real)):
        top = [int(j) for j in np.argsort(-(every @ every[i]))[:21] if j != i][:20]
        exact.append([m for m in mates[gold[i]] if m != i and m in top])
    for probes in args.probes:
        shard.index.nprobe = probes
        found = total = lost = with_mates = 0
        for i, wanted in enumerate(exact):
            if not wanted:
                continue
            hits = {row for row, _ in shard.search(every[i], 21)}
            found += sum(m in hits for m in wanted)
            total += len(wanted)
            with_mates += 1
            lost += not any(m in hits for m in wanted)
        print(
            json.dumps(
                {
                    "groups_scanned": probes,
                    "shipped": probes == _PROBE,
                    "groups_in_week": shard.index.nlist,
                    "story_mates_found": round(found / total, 4),
                    "articles_whose_story_is_lost": lost,
                    "articles_with_a_mate_in_exact_top20": with_mates,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
