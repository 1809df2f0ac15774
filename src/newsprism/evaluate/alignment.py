"""``newsprism eval alignment``: does claim alignment (the facts of ``compare``) put together
the sentences that ECB+ says tell the same event?

ECB+ marks event mentions in selected sentences of each document and links the mentions of
different documents that refer to one real event (its ``CROSS_DOC_COREF`` instances). Each
topic holds two similar real events (ecb and ecbplus documents, e.g. two earthquakes); all its
documents are compared as one story, each document as its own outlet, so alignment must keep
the two events apart as well as join what tells one. Over the annotated sentences
(``ECBplus_coreference_sentences.csv``), a pair of sentences from two documents is gold when
they share an event instance and predicted when their claims sit in one fact. Pairwise
precision/recall/F1 over those pairs; a sentence that is not a claim (not check-worthy)
cannot be aligned and costs recall. Chance precision (the share of all cross-document pairs
of annotated claims that are gold) is printed beside it.

ECB+ links events, while a fact of ``compare`` is one claim: "the gunman was arrested on
Tuesday" and "police said the shooting began at 3 pm" share the shooting event but are two
facts. So this gold rewards coarser groups than a reader wants, and the shipped settings
(``CompareOptions``, claim level, set on the seeds) are not tuned on it. The eval still tunes
the grid on topics 1-25 and shows what those event-level settings give on the held-out topics
26-35; the figure to watch is precision: how often sentences we call one fact are about one
event. ``--data DIR`` scores ECB+ topic folders in DIR (the owner's held-out topics).

Published cross-document event coreference figures on ECB+ (about 80 CoNLL F1 with gold
mentions: Barhom et al. 2019, Cattan et al. 2021) link mentions, not sentences, so they are
listed for context, not comparison. Beside ours runs a plain baseline: the same alignment on
the embedding cosine alone, its threshold chosen in hindsight on the data it is scored on.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from newsprism.compare.options import CompareOptions
from newsprism.evaluate import shared_data
from newsprism.evaluate.corpora import (
    REPORT_TOPICS,
    TUNE_TOPICS,
    LabelledDoc,
    ecb_root,
    ecb_sentences,
    ecbplus,
)

PUBLISHED = {
    "note": "mention-level CoNLL F1 on ECB+ test topics 36-45; not the sentence-pair metric",
    "Barhom et al. 2019, cross-document event coreference, CoNLL F1": 79.5,
    "Cattan et al. 2021, gold mentions, CoNLL F1": 81.0,
}
# Coarse grids keep the eval to a few minutes (each setting re-aligns every topic).
THRESHOLDS = tuple(round(0.42 + 0.04 * i, 2) for i in range(10))
ATOM_WEIGHTS = (0.0, 0.25, 0.5)
DOER_PENALTIES = (0.0, 0.1)
ACT_PENALTIES = (0.0, 0.1)
# The baseline's grid reaches lower: on cosine alone its best sits lower than ours.
BASELINE_THRESHOLDS = tuple(round(0.3 + 0.04 * i, 2) for i in range(13))

Pair = tuple[str, str]  # two "document#sentence" keys, sorted


class Weights(NamedTuple):
    """The alignment settings a grid point varies (the rest are ``CompareOptions``')."""

    threshold: float
    atoms: float
    doers: float
    acts: float
    # Not varied by the grid (few ECB+ documents quote one another): the shipped weight, or
    # 0 for the cosine-only baseline.
    quotes: float = CompareOptions().quote_weight
    # Not varied either: the cosine below which atoms add nothing.
    atoms_floor: float = CompareOptions().atoms_min_cosine

    @classmethod
    def of(cls, options: CompareOptions) -> Weights:
        return cls(
            options.align_threshold,
            options.atoms_weight,
            options.doer_penalty,
            options.act_penalty,
            options.quote_weight,
            options.atoms_min_cosine,
        )

    def settings(self) -> dict[str, float]:
        return {
            "align_threshold": self.threshold,
            "atoms_weight": self.atoms,
            "doer_penalty": self.doers,
            "act_penalty": self.acts,
            "quote_weight": self.quotes,
            "atoms_min_cosine": self.atoms_floor,
        }


@dataclass(slots=True)
class Topic:
    """One ECB+ topic's sentences (both of its events), ready to align under any settings."""

    name: str
    cosine: np.ndarray
    jaccard: np.ndarray
    quoted: np.ndarray  # share of the shorter quotation both quote (align.shared_quotation)
    other_doers: np.ndarray  # 1 where both name who acts and share no one (align.other_doers)
    one_acts: np.ndarray  # 1 where only one tells an act, neither denies (align.one_acts)
    sentences: list[Any]  # compare.material.Sentence
    where: list[str | None]  # per sentence: its annotated "document#sentence" key, if any
    gold: set[Pair]
    annotated: int
    annotated_claims: int

    @property
    def claim_pairs(self) -> int:
        """Cross-document pairs of annotated sentences that are claims, gold or not."""
        return len(_cross_pairs(set(self.where)))

    @property
    def reachable(self) -> int:
        """Gold pairs whose two sentences are both claims (the most any alignment can find)."""
        claimed = {w for w in self.where if w}
        return sum(1 for a, b in self.gold if a in claimed and b in claimed)


def run(data: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    options = CompareOptions()
    if data is not None:
        scored = load(shared_data("", data, "."), None, limit)
        return {"suite": "alignment", "results": {"ecbplus": report(scored, options)}}
    folder = shared_data("ecbplus", None, "1")
    tuning = load(folder, TUNE_TOPICS, limit)
    held_out = load(folder, REPORT_TOPICS, limit)
    best = tune(tuning)
    results = {
        "ecbplus_26_35": report(held_out, options, best),
        "ecbplus_1_25_tuning": report(tuning, options, best),
    }
    return {"suite": "alignment", "results": results, "published": PUBLISHED}


def tune(scored: list[Topic]) -> Weights:
    """The (threshold, atoms weight, doer penalty, act penalty) of the grid with the best
    pairwise F1 on ``scored``."""
    grid = [
        (score(scored, Weights(t, w, p, a))["f1"], -t, Weights(t, w, p, a))
        for a in ACT_PENALTIES
        for p in DOER_PENALTIES
        for w in ATOM_WEIGHTS
        for t in THRESHOLDS
    ]
    return max(grid)[2]


def report(
    scored: list[Topic], options: CompareOptions, ecb_best: Weights | None = None
) -> dict[str, Any]:
    baseline = max(
        (
            {"align_threshold": t, **score(scored, Weights(t, 0.0, 0.0, 0.0, 0.0))}
            for t in BASELINE_THRESHOLDS
        ),
        key=lambda g: g["f1"],
    )
    out = {
        "topics": len(scored),
        "annotated_sentences": sum(s.annotated for s in scored),
        "annotated_sentences_that_are_claims": sum(s.annotated_claims for s in scored),
        "gold_pairs": sum(len(s.gold) for s in scored),
        "gold_pairs_between_claims": sum(s.reachable for s in scored),
        # precision of pairing annotated claims at random: what precision must beat
        "chance_precision": round(
            sum(s.reachable for s in scored) / max(1, sum(s.claim_pairs for s in scored)), 3
        ),
        "pairwise": score(scored, Weights.of(options)),
        "settings": Weights.of(options).settings(),
        "baseline_cosine_only_hindsight": baseline,
    }
    if ecb_best is not None:
        # What the event-level optimum of topics 1-25 would give; not shipped (docs/quality.md).
        out["at_ecb_tuned_settings"] = ecb_best.settings() | score(scored, ecb_best)
    return out


def score(scored: list[Topic], weights: Weights) -> dict[str, Any]:
    from newsprism.compare.align import align

    options = dataclasses.replace(
        CompareOptions(),
        align_threshold=weights.threshold,
        atoms_weight=weights.atoms,
        doer_penalty=weights.doers,
        act_penalty=weights.acts,
        quote_weight=weights.quotes,
        atoms_min_cosine=weights.atoms_floor,
    )
    right = predicted = gold = 0
    for topic in scored:
        jaccard = np.where(topic.cosine >= weights.atoms_floor, topic.jaccard, 0.0)
        scores = (
            topic.cosine
            + weights.atoms * jaccard
            + weights.quotes * topic.quoted
            - weights.doers * topic.other_doers
            - weights.acts * topic.one_acts
        )
        facts = align(topic.sentences, options, scores, {})
        by_span = {(s.account.id, s.claim.span.start): k for k, s in enumerate(topic.sentences)}
        pairs: set[Pair] = set()
        for fact in facts:
            members = [by_span[(e.article_id, e.start)] for e in fact.evidence]
            pairs |= _cross_pairs(topic.where[k] for k in members)
        right += len(pairs & topic.gold)
        predicted += len(pairs)
        gold += len(topic.gold)
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "predicted_pairs": predicted,
        "right_pairs": right,
    }


def _cross_pairs(keys: Iterable[str | None]) -> set[Pair]:
    ordered = sorted(k for k in keys if k)
    return {
        (a, b)
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if a.split("#")[0] != b.split("#")[0]
    }


def load(folder: Path, topics: tuple[int, ...] | None, limit: int | None) -> list[Topic]:
    """Every topic of ``topics``, analysed through the real pipeline (claims embedded)."""
    from newsprism.compare.align import (
        atom_jaccard,
        one_acts,
        other_doers,
        score_matrix,
        shared_quotation,
    )
    from newsprism.compare.material import load_material
    from newsprism.compare.run import ad_hoc_story
    from newsprism.evaluate.prepare import analysed_database

    docs = ecbplus(folder, topics)
    db, ids = analysed_database("ecbplus-compare", docs, embed_claims=True)
    annotated = _annotated(folder)
    groups: dict[str, list[LabelledDoc]] = {}
    for doc in docs:  # both events of a topic in one comparison: the similar one must stay apart
        groups.setdefault(doc.gold.split("/")[0], []).append(doc)
    out = []
    try:
        for name in sorted(groups, key=int)[:limit]:
            members = groups[name]
            story = ad_hoc_story(db, [ids[d.key] for d in members])
            key_of = {ids[d.key]: d.key for d in members}
            for article in story["articles"]:  # ECB+ names no outlets: each document is one
                article["outlet"] = f"document {key_of[article['id']]}"
            material = load_material(db, story)
            sentences = material.sentences
            bare = CompareOptions(
                atoms_weight=0.0, doer_penalty=0.0, act_penalty=0.0, quote_weight=0.0
            )
            cosine = score_matrix(sentences, bare)
            jaccard = np.zeros_like(cosine)
            quoted = np.zeros_like(cosine)
            if sentences:
                rows, columns, values = atom_jaccard(sentences)
                jaccard[rows, columns] = values
                rows, columns, values = shared_quotation(sentences)
                quoted[rows, columns] = values
            events: dict[str, set[str]] = {}
            where: list[str | None] = []
            offsets: dict[str, list[tuple[int, str]]] = {}
            for doc in members:
                path = folder / doc.gold.split("/")[0] / f"{doc.key}.xml"
                marked = annotated.get(doc.key, set())
                doc_events, doc_offsets = _document(path, db.article(ids[doc.key]).text, marked)
                events.update(doc_events)
                offsets[ids[doc.key]] = doc_offsets
            for sentence in sentences:
                where.append(_locate(offsets[sentence.account.id], sentence.claim.span.start))
            claimed = {w for w in where if w}
            out.append(
                Topic(
                    name,
                    cosine,
                    jaccard,
                    quoted,
                    other_doers(sentences).astype(np.float32),
                    one_acts(sentences).astype(np.float32),
                    sentences,
                    where,
                    _gold_pairs(events),
                    len(events),
                    len(claimed & set(events)),
                )
            )
    finally:
        db.close()
    return out


def _annotated(folder: Path) -> dict[str, set[str]]:
    """Document key ("1_10ecb") -> the numbers of its sentences ECB+ annotated."""
    path = folder / "ECBplus_coreference_sentences.csv"
    out: dict[str, set[str]] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(row["Sentence Number"])
    return out


def _document(
    path: Path, text: str, marked: set[str]
) -> tuple[dict[str, set[str]], list[tuple[int, str]]]:
    """(annotated sentence key -> its cross-document event instances, [(offset in the stored
    text, sentence key)]) for one ECB+ file."""
    root = ecb_root(path)
    key = path.stem
    sentence_of = {t.get("t_id"): t.get("sentence", "0") for t in root.iter("token")}
    mention_sentence: dict[str, str] = {}
    for markable in _children(root, "Markables"):
        anchors = [a.get("t_id") for a in markable.findall("token_anchor")]
        if markable.tag.startswith("ACTION") and anchors:
            mention_sentence[str(markable.get("m_id"))] = sentence_of.get(anchors[0], "0")
    events: dict[str, set[str]] = {f"{key}#{n}": set() for n in marked}
    for relation in _children(root, "Relations"):
        if relation.tag != "CROSS_DOC_COREF":
            continue
        for source in relation.findall("source"):
            number = mention_sentence.get(str(source.get("m_id")))
            if number in marked:
                events[f"{key}#{number}"].add(str(relation.get("note")))
    offsets = []
    position = 0
    for number, sentence in ecb_sentences(root).items():
        found = text.find(sentence, position)
        if found < 0:
            continue
        offsets.append((found, f"{key}#{number}" if number in marked else ""))
        position = found + len(sentence)
    return events, offsets


def _children(root: Any, tag: str) -> list[Any]:
    found = root.find(tag)
    return list(found) if found is not None else []


def _locate(offsets: list[tuple[int, str]], start: int) -> str | None:
    """The annotated sentence a claim starting at ``start`` lies in (None if not annotated)."""
    current = ""
    for offset, key in offsets:
        if offset > start:
            break
        current = key
    return current or None


def _gold_pairs(events: dict[str, set[str]]) -> set[Pair]:
    keys = sorted(events)
    return {
        (a, b)
        for i, a in enumerate(keys)
        for b in keys[i + 1 :]
        if a.split("#")[0] != b.split("#")[0] and events[a] & events[b]
    }
