"""Claim alignment: one outlet's sentences matched with other outlets' into facts.

Average-link agglomeration over sentence pairs from different outlets, strongest first. Two
groups merge when their mean cross-outlet score reaches the threshold and the merge does not
put together two sentences of one article that are not at least related to each other: an
outlet that tells a point in two sentences keeps both, but an unrelated point of the same
article cannot ride in on a shared neighbour. What one outlet's sentence adds to a shared fact
(actors, amounts and days no other outlet's sentence of the fact has) is listed as its details.
"""

from __future__ import annotations

import numpy as np

from newsprism.compare.material import Sentence, counted_stem
from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Coverage, Fact


def score_matrix(sentences: list[Sentence], options: CompareOptions) -> np.ndarray:
    """Cosine of the claim embeddings plus the weighted Jaccard of their atoms, all pairs."""
    if not sentences:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.stack([s.vector for s in sentences]).astype(np.float32)
    scores = vectors @ vectors.T
    vocabulary: dict[str, int] = {}
    rows = [[vocabulary.setdefault(atom, len(vocabulary)) for atom in s.atoms] for s in sentences]
    if vocabulary:
        incidence = np.zeros((len(sentences), len(vocabulary)), dtype=np.float32)
        for i, columns in enumerate(rows):
            incidence[i, columns] = 1.0
        shared = incidence @ incidence.T
        sizes = incidence.sum(axis=1)
        union = sizes[:, None] + sizes[None, :] - shared
        with np.errstate(invalid="ignore", divide="ignore"):
            jaccard = np.where(union > 0, shared / union, 0.0)
        scores += options.atoms_weight * jaccard.astype(np.float32)
    return scores


def source_codes(sentences: list[Sentence]) -> np.ndarray:
    codes: dict[str, int] = {}
    return np.array([codes.setdefault(s.source, len(codes)) for s in sentences], dtype=np.int64)


def other_source_mask(sentences: list[Sentence]) -> np.ndarray:
    source = source_codes(sentences)
    return np.asarray(source[:, None] != source[None, :])


def align(
    sentences: list[Sentence],
    options: CompareOptions,
    scores: np.ndarray,
    names: dict[str, str],
) -> list[Fact]:
    groups: dict[int, list[int]] = {s.index: [s.index] for s in sentences}
    where = {s.index: s.index for s in sentences}
    candidates = np.triu(other_source_mask(sentences) & (scores >= options.align_threshold), 1)
    pairs = [
        (float(scores[i, j]), int(i), int(j)) for i, j in zip(*np.nonzero(candidates), strict=True)
    ]
    for _, i, j in sorted(pairs, reverse=True):
        a, b = where[i], where[j]
        if a == b:
            continue
        left, right = groups[a], groups[b]
        cross = [scores[x, y] for x in left for y in right
                 if sentences[x].source != sentences[y].source]  # fmt: skip
        if not cross or float(np.mean(cross)) < options.align_threshold:
            continue
        if any(
            sentences[x].account.id == sentences[y].account.id
            and scores[x, y] < options.related_threshold
            for x in left
            for y in right
        ):
            continue
        groups[a] = left + right
        for k in right:
            where[k] = a
        del groups[b]
    all_sources = {s.source for s in sentences}
    codes = source_codes(sentences)
    facts = []
    for members in groups.values():
        members.sort()
        sources = list(dict.fromkeys(sentences[k].source for k in members))
        coverage: Coverage
        if len(sources) == 1:
            coverage = "one"
        elif set(sources) == all_sources:
            coverage = "all"
        else:
            coverage = "several"
        fact = Fact("", coverage, sources, [sentences[k].evidence() for k in members])
        if coverage != "one":
            fact.details = _details([sentences[k] for k in members], names)
        if coverage == "one":
            _nearest(fact, members, sentences, scores, options, codes)
        facts.append((members[0], fact))
    rank = {"all": 0, "several": 1, "one": 2}
    facts.sort(key=lambda item: (rank[item[1].coverage], -len(item[1].sources), item[0]))
    for n, (_, fact) in enumerate(facts, 1):
        fact.id = f"F{n}"
    return [fact for _, fact in facts]


def _nearest(
    fact: Fact,
    members: list[int],
    sentences: list[Sentence],
    scores: np.ndarray,
    options: CompareOptions,
    codes: np.ndarray,
) -> None:
    others = codes != codes[members[0]]
    if not others.any():
        return
    block = np.where(others[None, :], scores[members], -np.inf)
    row, column = np.unravel_index(int(np.argmax(block)), block.shape)
    value = float(block[row, column])
    if value >= options.related_threshold:
        fact.nearest = sentences[int(column)].evidence()
        fact.nearest_score = round(value, 3)


def _details(members: list[Sentence], names: dict[str, str]) -> dict[str, list[str]]:
    by_source: dict[str, list[Sentence]] = {}
    for sentence in members:
        by_source.setdefault(sentence.source, []).append(sentence)
    out: dict[str, list[str]] = {}
    for source, own in by_source.items():
        others = set().union(*(s.atoms for s in members if s.source != source))
        extra: list[str] = []
        for sentence in own:
            for atom in sorted(sentence.atoms - others):
                kind, _, value = atom.partition(":")
                if kind == "actor":
                    extra.append(names.get(value, value))
                elif kind == "day":
                    extra.append(f"on {value}")
                elif kind == "counted":
                    extra.extend(_amount_texts(sentence, value))
        if extra:
            out[source] = list(dict.fromkeys(extra))
    return out


def _amount_texts(sentence: Sentence, stem: str) -> list[str]:
    span = sentence.claim.span
    return [
        f"{a.span.text} {a.counted}" if a.counted not in a.span.text else a.span.text
        for a in sentence.account.analysis.amounts
        if a.counted and counted_stem(a.counted) == stem and span.start <= a.span.start < span.end
    ]
