"""Quality against public data sets: ``newsprism eval SUITE [--data DIR]``.

Each suite reads its data set's own layout from ``../shared/data`` (relative to the working
directory or to the project root) unless ``--data`` names another copy or split, and returns
one JSON-ready dict: the metrics, the data it read, and the published figures to compare with.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from newsprism.errors import NewsprismError

SUITES = {
    "extraction": "newsprism.evaluate.extraction",
    "quotes": "newsprism.evaluate.quotes",
    "stories": "newsprism.evaluate.stories",
    "stance": "newsprism.evaluate.stance",
    "compare": "newsprism.evaluate.compare",
    "framing": "newsprism.evaluate.framing",
    "alignment": "newsprism.evaluate.alignment",
}


# Suites whose data set has more than one split; the first is the default. Scoring a
# training split checks that rules written while reading dev errors carry over.
SPLITS = {"quotes": ("dev", "train")}


def run_suite(
    name: str, data: Path | None = None, limit: int | None = None, split: str | None = None
) -> dict[str, Any]:
    if name not in SUITES:
        raise NewsprismError("E106", name=name, known=", ".join(sorted(SUITES)))
    known = SPLITS.get(name, ())
    if split is not None and split not in known:
        raise NewsprismError("E110", suite=name, split=split, known=", ".join(known) or "one")
    module = importlib.import_module(SUITES[name])
    extra = {"split": split} if split is not None else {}
    result: dict[str, Any] = module.run(data, limit=limit, **extra)
    return result


def shared_data(folder: str, data: Path | None, must_have: str) -> Path:
    """The data folder to read: ``data`` if given, else ``shared/data/FOLDER`` found upwards."""
    if data is None:
        roots = [Path.cwd(), *Path.cwd().parents, Path(__file__).resolve().parents[3]]
        candidates = [r / ".." / "shared" / "data" / folder for r in roots]
        candidates += [r / "shared" / "data" / folder for r in roots]
        data = next((c for c in candidates if (c / must_have).exists()), candidates[0])
    if not (data / must_have).exists():
        raise NewsprismError("E104", path=data, what=must_have)
    return data.resolve()
