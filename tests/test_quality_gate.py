"""Quality floors on public data (the trafilatura eval-gate habit): CI fails below them.

Floors sit a little under the measured figures (docs/quality.md) so noise does not flake the build,
but a real regression (a wrong extraction mode, lost paragraphs) fails it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared
from newsprism.evaluate import run_suite

FLOORS = {"extraction": {"f1": 0.955, "precision": 0.945, "recall": 0.96}}


@pytest.mark.slow
def test_extraction_quality_floor() -> None:
    result = run_suite("extraction", shared("extraction-benchmark"))
    assert result["pages"] == 181
    for metric, floor in FLOORS["extraction"].items():
        assert result[metric] >= floor, f"{metric} {result[metric]} fell below {floor}"


def test_an_eval_without_a_work_folder_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The analysed database of an eval lives in a temporary folder that goes with it, and
    an eval run's own folder goes when the run ends."""
    import gc

    from newsprism.evaluate.prepare import work_folder

    monkeypatch.delenv("NEWSPRISM_EVAL_WORK", raising=False)
    with work_folder() as run_folder:
        assert run_folder.is_dir()
    assert not run_folder.exists()

    from newsprism.evaluate.corpora import LabelledDoc
    from newsprism.evaluate.prepare import analysed_database

    docs = [
        LabelledDoc(f"d{n}", "g", f"The council met on Monday to vote on budget item {n}.")
        for n in range(2)
    ]
    db, ids = analysed_database("leak-check", docs, workers=1)
    folder = Path(db.path).parent
    assert len(ids) == 2 and folder.is_dir()
    db.close()
    del db
    gc.collect()
    assert not folder.exists()
