"""How separable a corpus's gold stories are under the clusterer's own similarity.

    NEWSPRISM_EVAL_WORK=/tmp/work .venv/bin/python benchmarks/story_separability.py \
        [--corpus pac|basil]

The articles go through the real ingest and analysis (kept in ``NEWSPRISM_EVAL_WORK`` between
runs), and two articles' similarity is the clusterer's: the tuned weighted sum of the lede
embedding, TF-IDF and actor cosines.

For each article: is the most similar other article published within the time window (7
days; undated articles are compared with all) one of its own gold story? And how many gold
pairs fall below the tuned join threshold? A diagnostic of the data, not of speed: when
another story's article is nearer than the article's own partner, no similarity threshold
can both keep the pair and keep the stories apart.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import numpy as np

from newsprism.evaluate.corpora import basil, pac
from newsprism.evaluate.prepare import analysed_database
from newsprism.stories.features import feature_tensor
from newsprism.stories.options import StoryOptions
from newsprism.stories.run import signature_of

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["pac", "basil"], default="pac")
    args = parser.parse_args()
    docs = pac(DATA / "pac") if args.corpus == "pac" else basil(DATA / "basil")
    options = StoryOptions.tuned()
    db, id_of = analysed_database(args.corpus, docs)
    try:
        inputs = [db.cluster_input(id_of[d.key]) for d in docs]
    finally:
        db.close()
    kept = [i for i, item in enumerate(inputs) if item.vector is not None]  # analysed ones
    docs = [docs[i] for i in kept]
    sigs = [signature_of(inputs[i]) for i in kept]
    sims = feature_tensor(sigs) @ options.weights_array()
    dates = [dt.date.fromisoformat(d.published[:10]) if d.published else None for d in docs]
    n = len(docs)
    nearest_own = with_partner = 0
    pair_sims = []
    for i, doc in enumerate(docs):
        own = [j for j in range(n) if j != i and docs[j].gold == doc.gold]
        if not own:
            continue
        with_partner += 1
        pair_sims += [float(sims[i, j]) for j in own if j > i]
        window = [
            j
            for j in range(n)
            if j != i
            and (
                dates[i] is None
                or dates[j] is None
                or abs((dates[i] - dates[j]).days) <= options.window_days
            )
        ]
        nearest_own += docs[max(window, key=lambda j: sims[i, j])].gold == doc.gold
    result = {
        "corpus": args.corpus,
        "articles_with_a_partner": with_partner,
        "nearest_in_window_is_own_story": round(nearest_own / with_partner, 3),
        "gold_pairs": len(pair_sims),
        "pair_similarity_median": round(float(np.median(pair_sims)), 3),
        "pairs_below_threshold": round(float(np.mean(np.array(pair_sims) < options.threshold)), 3),
        "threshold": options.threshold,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
