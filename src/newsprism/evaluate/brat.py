"""brat standoff files (PolNeAR's ``.ann``): text-bound spans and the events that give them
roles (Source, Cue, Content). The quotes eval reads the roles, cue training the cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Annotations:
    # span id -> (label, fragments as character ranges); a discontinuous span has several
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = field(default_factory=dict)
    events: list[dict[str, str]] = field(default_factory=list)  # role -> span id

    def extent(self, span_id: str | None) -> tuple[int, int] | None:
        """From the first fragment's start to the last one's end."""
        if span_id not in self.spans:
            return None
        fragments = self.spans[str(span_id)][1]
        return min(s for s, _ in fragments), max(e for _, e in fragments)

    def offsets(self, label: str) -> set[int]:
        """Every character inside a span of ``label``."""
        return {
            i
            for kind, fragments in self.spans.values()
            if kind == label
            for start, end in fragments
            for i in range(start, end)
        }


def read_annotations(folder: Path, stem: str) -> Annotations:
    """The first annotation file of a text, sorted by name (where a text has several
    annotators, the first is the gold); empty when it has none."""
    files = sorted(folder.glob(f"{stem}_*.ann"))
    out = Annotations()
    if not files:
        return out
    for line in files[0].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, ranges = parts[1].partition(" ")
            numbers = [int(n) for n in re.findall(r"\d+", ranges)]
            out.spans[parts[0]] = (label, list(zip(numbers[::2], numbers[1::2], strict=False)))
        elif line.startswith("E") and len(parts) >= 2:
            out.events.append(dict(p.split(":", 1) for p in parts[1].split() if ":" in p))
    return out
