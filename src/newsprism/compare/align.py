"""Claim alignment: one outlet's sentences matched with other outlets' into facts.

Average-link agglomeration over sentence pairs from different outlets, strongest first. Two
groups merge when their mean cross-outlet score reaches the threshold and the merge does not
put together two sentences of one article that are not at least related to each other: an
outlet that tells a point in two sentences keeps both, but an unrelated point of the same
article cannot ride in on a shared neighbour. What one outlet's sentence adds to a shared fact
(actors, amounts and days no other outlet's sentence of the fact has) is listed as its details.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import numpy as np

from newsprism.compare.material import Sentence, counted_stem
from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Coverage, Fact


def score_matrix(sentences: list[Sentence], options: CompareOptions) -> np.ndarray:
    """Cosine of the claim embeddings plus the weighted Jaccard of their atoms, less a penalty
    where both sentences name who acts and no one is in both and one where only one of them
    tells an act, all pairs."""
    if not sentences:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.stack([s.vector for s in sentences]).astype(np.float32)
    scores = vectors @ vectors.T
    _with_antecedents(sentences, vectors, scores)
    if options.atoms_weight:
        rows, columns, jaccard = atom_jaccard(sentences)
        # Shared names confirm that two sentences tell one point; they cannot make one of two
        # sentences that say different things about it ("They originated from Florida" and
        # "... one isolated terrorist in Florida": cosine 0.37, one shared place).
        bonus = options.atoms_weight * jaccard
        bonus[scores[rows, columns] < options.atoms_min_cosine] = 0.0
        scores[rows, columns] += bonus
    if options.quote_weight:
        rows, columns, shared = shared_quotation(sentences)
        scores[rows, columns] += options.quote_weight * shared
    # In place, under a mask: at 200 articles the matrix is 90 MB, and each float temporary
    # of its size costs a tenth of a second.
    if options.doer_penalty:
        np.subtract(scores, options.doer_penalty, out=scores, where=other_doers(sentences))
    if options.act_penalty:
        np.subtract(scores, options.act_penalty, out=scores, where=one_acts(sentences))
    return scores


def _with_antecedents(sentences: list[Sentence], vectors: np.ndarray, scores: np.ndarray) -> None:
    """A sentence that points back at the act before it ("The decision was announced after
    the premier met the envoy") is also scored as that act and its own words together (the
    mean of the two vectors), and keeps the better score: so it meets another outlet's
    sentence that tells both in one ("ordered negotiators to travel, after talking with US
    officials") as well as one that tells only its own point."""
    pairs = [(s.index, s.antecedent) for s in sentences if s.antecedent is not None]
    if not pairs:
        return
    pointing, before = [p for p, _ in pairs], [b for _, b in pairs]
    joined = vectors[pointing] + vectors[before]
    joined /= np.maximum(np.linalg.norm(joined, axis=1, keepdims=True), 1e-6)
    rows = joined @ vectors.T
    rows[:, pointing] = np.maximum(rows[:, pointing], joined @ joined.T)
    scores[pointing] = np.maximum(scores[pointing], rows)
    scores[:, pointing] = np.maximum(scores[:, pointing], rows.T)


def other_doers(sentences: list[Sentence]) -> np.ndarray:
    """True where both sentences have doers and share none ("the premier met the envoy" and
    "the envoy called for an end to the war": two acts), all pairs."""
    shared, sizes = shared_labels([s.doers for s in sentences])
    has = sizes > 0
    out = has[:, None] & has[None, :]
    out[shared.row, shared.col] = False
    return out


def one_acts(sentences: list[Sentence]) -> np.ndarray:
    """True where exactly one of the two sentences tells an act (has a typed event) and
    neither is a denial, all pairs: "X was released" and "X was the only American held" are
    two points, but "he rejected reports of a rift" and "amid a growing rift" are the two
    sides of one point, which the conflicts section must see together."""
    acts = np.array([any(a.startswith("event:") for a in s.atoms) for s in sentences], dtype=bool)
    keep = ~np.array([s.denial for s in sentences], dtype=bool)
    one: np.ndarray = np.not_equal.outer(acts, acts)
    one &= keep[:, None]
    one &= keep[None, :]
    return one


def atom_jaccard(sentences: list[Sentence]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, columns, Jaccard of their atoms) for the sentence pairs that share an atom. Only
    those have a Jaccard above zero, so only those are touched (the dense product and its
    element-wise division cost seconds at 200 articles)."""
    shared, sizes = shared_labels([s.atoms for s in sentences])
    data, sizes = shared.data.astype(np.float32), sizes.astype(np.float32)
    union = sizes[shared.row] + sizes[shared.col] - data
    return shared.row, shared.col, data / union


def shared_quotation(sentences: list[Sentence]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(rows, columns, share) for the pairs of sentences that quote the same words: the share
    of the shorter quotation's five-word runs that the other has, so a truncated quotation
    counts as fully shared. Pairs within one sentence are left out."""
    shared, sizes = shared_labels([s.quoted for s in sentences])
    keep = (shared.row != shared.col) & (shared.data > 0)
    rows, columns = shared.row[keep], shared.col[keep]
    smaller = np.minimum(sizes[rows], sizes[columns]).astype(np.float32)
    return rows, columns, shared.data[keep].astype(np.float32) / np.maximum(smaller, 1)


def shared_labels(items: Sequence[Iterable[Hashable]]) -> tuple[Any, np.ndarray]:
    """How many distinct labels each pair of items shares, as a sparse (COO) matrix without
    the pairs that share none, and how many distinct labels each item has."""
    from scipy.sparse import csr_matrix

    vocabulary: dict[Hashable, int] = {}
    rows = [list(dict.fromkeys(vocabulary.setdefault(x, len(vocabulary)) for x in item))
            for item in items]  # fmt: skip
    sizes = np.array([len(row) for row in rows], dtype=np.int64)
    pointers = np.concatenate([[0], np.cumsum(sizes)])
    incidence = csr_matrix(
        (np.ones(int(pointers[-1]), dtype=np.int32), [c for row in rows for c in row], pointers),
        shape=(len(rows), len(vocabulary)),
    )
    shared = (incidence @ incidence.T).tocoo()
    shared.sum_duplicates()
    return shared, sizes


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
    source = source_codes(sentences)
    articles: dict[str, int] = {}
    article = np.array([articles.setdefault(s.account.id, len(articles)) for s in sentences])
    candidates = np.triu(other_source_mask(sentences) & (scores >= options.align_threshold), 1)
    pairs = [
        (float(scores[i, j]), int(i), int(j)) for i, j in zip(*np.nonzero(candidates), strict=True)
    ]
    for _, i, j in sorted(pairs, reverse=True):
        a, b = where[i], where[j]
        if a == b:
            continue
        left, right = groups[a], groups[b]
        block = scores[np.ix_(left, right)]
        cross = source[left][:, None] != source[right][None, :]
        if not cross.any() or float(np.mean(block[cross])) < options.align_threshold:
            continue
        same = article[left][:, None] == article[right][None, :]
        if (same & (block < options.related_threshold)).any():
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
            fact.core = _core(members, scores, codes)
            fact.backing = _backing(members, sentences, scores, options.align_threshold)
        if coverage == "one":
            _nearest(fact, members, sentences, scores, options, codes)
        facts.append((members[0], fact))
    rank = {"all": 0, "several": 1, "one": 2}
    facts.sort(key=lambda item: (rank[item[1].coverage], -len(item[1].sources), item[0]))
    for n, (_, fact) in enumerate(facts, 1):
        fact.id = f"F{n}"
    return [fact for _, fact in facts]


def _core(members: list[int], scores: np.ndarray, codes: np.ndarray) -> list[int]:
    """Positions in ``members`` of the highest-scoring pair of sentences from two outlets."""
    own = codes[members]
    block = np.where(own[:, None] != own[None, :], scores[np.ix_(members, members)], -np.inf)
    row, column = np.unravel_index(int(np.argmax(block)), block.shape)
    return sorted({int(row), int(column)})


def _backing(
    members: list[int], sentences: list[Sentence], scores: np.ndarray, threshold: float
) -> list[list[str]]:
    """Per member, the other outlets with a member that matches it by itself, in the fact's
    order of outlets."""
    sources = [sentences[k].source for k in members]
    order = list(dict.fromkeys(sources))
    matched = scores[np.ix_(members, members)] >= threshold
    out = []
    for row, own in enumerate(sources):
        backed = {sources[c] for c in np.flatnonzero(matched[row]) if sources[c] != own}
        out.append([s for s in order if s in backed])
    return out


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
