"""The comparison's vectorised kernels against their plain definitions, on random input.

The fast versions (sparse products, block updates, jumping from mark to mark) must give what
the definitions in their docstrings say, pair by pair; these tests state the definitions as
the slowest obvious Python and compare.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.compare.align import score_matrix
from newsprism.compare.material import Account, Sentence
from newsprism.compare.options import CompareOptions
from newsprism.compare.provenance import _grouped
from newsprism.compare.records import Evidence, QuoteVersion
from newsprism.understand.quotemarks import quoted_spans
from newsprism.understand.records import Analysis, Claim, Span

SETTINGS = settings(max_examples=120, deadline=None)
ATOMS = st.frozensets(
    st.sampled_from([f"atom{i}" for i in range(6)] + ["event:A", "event:B"]), max_size=5
)
WORDS = st.lists(st.sampled_from("a b c d e f g h".split()), min_size=3, max_size=9)


def _sentence(
    i: int,
    vector: list[float],
    atoms: frozenset[str],
    doers: frozenset[str] = frozenset(),
    denial: bool = False,
    quoted: frozenset[str] = frozenset(),
) -> Sentence:
    account = Account(f"a{i % 3}", f"outlet{i % 3}", "x", None, False, Analysis(f"a{i % 3}"))
    v = np.asarray(vector, dtype=np.float32)
    v /= max(float(np.linalg.norm(v)), 1e-6)
    claim = Claim(Span(0, 1, "x"), ())
    return Sentence(i, account, claim, v, atoms, denial, doers, quoted=quoted)


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.lists(st.floats(-1, 1, width=32), min_size=4, max_size=4),
            ATOMS,
            st.frozensets(st.sampled_from("abc"), max_size=2),
            st.booleans(),
            st.booleans(),
            st.frozensets(st.sampled_from(["q1", "q2", "q3", "q4"]), max_size=3),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from([0.0, 0.25, 0.5]),
    st.sampled_from([0.0, 0.1]),
    st.sampled_from([0.0, 0.1]),
    st.sampled_from([0.0, 0.3]),
    st.sampled_from([-1.0, 0.0, 0.45]),
)
def test_score_matrix_is_cosine_plus_weighted_jaccard_less_penalties(
    rows, weight, penalty, act_penalty, quote_weight, floor
) -> None:
    """A sentence that points back at the one before it is also read as the two together
    (their mean vector), and each pair keeps its best cosine. The atoms count only where that
    cosine reaches the floor. Two sentences quoting the same words gain the share of the
    shorter quotation's runs they share."""
    sentences = [_sentence(i, v, a, d, no, q) for i, (v, a, d, no, _, q) in enumerate(rows)]
    for i, (*_, back, _q) in enumerate(rows):
        sentences[i].antecedent = i - 1 if back and i else None

    def readings(s: Sentence) -> list[np.ndarray]:
        if s.antecedent is None:
            return [s.vector]
        both = s.vector + sentences[s.antecedent].vector
        return [s.vector, both / max(float(np.linalg.norm(both)), 1e-6)]

    options = CompareOptions(
        atoms_weight=weight,
        doer_penalty=penalty,
        act_penalty=act_penalty,
        quote_weight=quote_weight,
        atoms_min_cosine=floor,
    )
    got = score_matrix(sentences, options)
    for i, a in enumerate(sentences):
        for j, b in enumerate(sentences):
            union = a.atoms | b.atoms
            jaccard = len(a.atoms & b.atoms) / len(union) if union else 0.0
            apart = bool(a.doers and b.doers and not a.doers & b.doers)
            cosine = max(float(x @ y) for x in readings(a) for y in readings(b))
            acts = [any(x.startswith("event:") for x in s.atoms) for s in (a, b)]
            one_act = acts[0] != acts[1] and not (a.denial or b.denial)
            if abs(cosine - floor) < 1e-5:
                continue  # float32 against float64 at the floor: either side is right
            atoms = weight * jaccard if cosine >= floor else 0.0
            expected = cosine + atoms - penalty * apart - act_penalty * one_act
            if i != j and a.quoted & b.quoted:
                shorter = min(len(a.quoted), len(b.quoted))
                expected += quote_weight * len(a.quoted & b.quoted) / shorter
            assert abs(got[i, j] - expected) < 1e-5


def _version(source: str, words: list[str]) -> QuoteVersion:
    text = " ".join(words)
    return QuoteVersion(source, None, text, Evidence(source, "id", 0, len(text), text), None, None)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(["", "k1", "k2"]), WORDS, st.sampled_from(["A", "B", "C"])),
        max_size=14,
    )
)
def test_quote_versions_join_every_matching_group_of_one_speaker(items) -> None:
    versions = [(key or None, words, _version(src, words)) for key, words, src in items]

    def same(a, b) -> bool:  # the rule as the module docstring states it
        if a[2].source == b[2].source or (a[0] and b[0] and a[0] != b[0]):
            return False
        shorter, longer = sorted((a[1], b[1]), key=len)
        if min(len(set(shorter)), len(set(longer))) < 3:
            return False
        run = max(
            (k for i in range(len(a[1])) for j in range(len(b[1]))
             for k in range(1, min(len(a[1]) - i, len(b[1]) - j) + 1)
             if a[1][i : i + k] == b[1][j : j + k]),
            default=0,
        )  # fmt: skip
        shares = len(set(shorter) & set(longer)) >= 0.6 * len(set(shorter))
        return shares and run >= min(4, len(a[1]), len(b[1]))

    expected: list[list[int]] = []
    for i, version in enumerate(versions):
        found = [g for g in expected if any(same(version, versions[j]) for j in g)]
        if not found:
            expected.append([i])
            continue
        named = {versions[j][0] for g in found for j in g} | {version[0]}
        if len(named - {None}) > 1:  # two speakers: only the earliest group
            found = found[:1]
        for group in found[1:]:
            found[0].extend(group)
            expected.remove(group)
        found[0][:] = [*sorted(found[0]), i]
    assert _grouped(versions) == expected


MARKS = st.text(alphabet=list("ab \n“”«»„\"'`"), max_size=60)


@SETTINGS
@given(MARKS)
def test_quoted_spans_stay_inside_one_paragraph_and_do_not_overlap(text: str) -> None:
    spans = quoted_spans(text)
    for q in spans:
        assert 0 <= q.start < q.end <= len(text)
        assert "\n\n" not in text[q.start : q.end].replace(" ", "")
        if q.closed:  # a closed quote ends at a closing mark (or a typewriter pair, or an
            # opening curly mark typed where the closing one belongs: `“Frozen“ and`)
            assert text[q.end] in '”»"“' or text[q.end : q.end + 2] in {"''", "``"}
    for a, b in pairwise(spans):
        assert a.end <= b.start
