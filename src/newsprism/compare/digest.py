"""A neutral extractive digest: each line is an outlet's own sentence (or, for a dispute, a
statement that the outlets differ) and cites every outlet behind it.

For a fact several outlets report, the sentence chosen is the plainest of their versions: the
fewest loaded words, then not opening inside a quotation, then the shortest. Disputed points
come next, stated as disputed; then what single outlets alone report, until the digest
holds ``digest_lines`` lines (shared and disputed points are never cut).
"""

from __future__ import annotations

import re

from newsprism.compare.framing import loaded_reason
from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Conflict, DigestLine, Evidence, Fact

_WORD = re.compile(r"[a-z][a-z'-]*")


def write_digest(
    facts: list[Fact],
    conflicts: list[Conflict],
    options: CompareOptions,
    evaluative: dict[str, frozenset[int]] | None = None,
) -> list[DigestLine]:
    """``evaluative``: per article id, where its analysis found evaluative words
    (``framing.evaluative_offsets``); without it only the lexicons' words count as loaded."""
    evaluative = evaluative or {}
    lines: list[DigestLine] = []
    for fact in facts:
        if fact.coverage != "one":
            text = _plainest(fact.evidence, options, evaluative)
            lines.append(DigestLine(text, fact.sources, "shared"))
    for conflict in conflicts:
        lines.append(
            DigestLine(_disputed(conflict), [s.source for s in conflict.sides], "disputed")
        )
    for fact in facts:
        if len(lines) >= options.digest_lines:
            break
        if fact.coverage == "one":
            text = _plainest(fact.evidence, options, evaluative)
            lines.append(
                DigestLine(f"Only {fact.sources[0]} reports: {text}", fact.sources, "only")
            )
    return lines


def _plainest(
    evidence: list[Evidence], options: CompareOptions, evaluative: dict[str, frozenset[int]]
) -> str:
    def cost(ev: Evidence) -> tuple[int, bool, int]:
        marked = evaluative.get(ev.article_id, frozenset())
        loaded = sum(
            1
            for m in _WORD.finditer(ev.text.lower())
            if loaded_reason(m.group(), options, ev.start + m.start() in marked) is not None
        )
        return loaded, any(mark in ev.text for mark in '"“”'), len(ev.text)

    return min(evidence, key=cost).text.strip()


def _disputed(conflict: Conflict) -> str:
    if conflict.kind == "denial":
        denier, asserter = conflict.sides
        return (
            f"Disputed ({conflict.subject}): {asserter.source} reports it "
            f"(“{_short(asserter.evidence.text)}”), while {denier.source} reports a denial "
            f"(“{_short(denier.evidence.text)}”)."
        )
    sides = "; ".join(
        f"{s.source} gives {s.value}"
        + (f" (citing {s.cited})" if s.cited != "the outlet itself" else "")
        for s in conflict.sides
    )
    what = "the date of" if conflict.kind == "date" else "the number of"
    return f"Disputed: outlets differ on {what} {conflict.subject}: {sides}."


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
