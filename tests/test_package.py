"""Package hygiene: a clean, fast import; heavy parts only when used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ["trafilatura", "feedparser", "warcio", "httpx", "numpy", "py3langid", "typer", "rich"]


def test_import_is_clean_and_light() -> None:
    code = f"import sys, newsprism; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "" and result.stderr == ""


def test_lazy_exports_resolve() -> None:
    import newsprism

    assert newsprism.Database.__name__ == "Database"
    assert newsprism.IngestOptions().workers == 0


def test_every_package_folder_has_an_init() -> None:
    """setuptools' find_packages skips folders without ``__init__.py``: an editable install
    would still work, a built wheel would silently lack the module."""
    root = Path(__file__).resolve().parents[1] / "src" / "newsprism"
    missing = [
        str(d)
        for d in [root, *root.rglob("*")]
        if d.is_dir() and any(d.glob("*.py")) and not (d / "__init__.py").exists()
    ]
    assert not missing, missing


def test_loading_the_embedder_prints_nothing() -> None:
    """The main job's output was preceded by transformers' "Loading weights" bar."""
    code = "from newsprism.understand.embeddings import load_embedder; load_embedder()"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "Loading weights" not in result.stderr + result.stdout, result.stderr[-300:]


def test_the_readme_library_example_runs(tmp_path: Path, seeds: Path) -> None:
    """The README's "As a library" block, run as written (database and seed paths aside),
    prints the seeds' articles and Netanyahu's quotations."""
    import contextlib
    import io
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"As a library:\n\n```python\n(.*?)```", readme, re.S)
    assert block is not None
    code = block.group(1).replace('"news.db"', repr(str(tmp_path / "news.db")))
    code = code.replace('"../shared/data/seeds/"', repr(str(seeds)))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})  # noqa: S102 (our own README's code)
    lines = printed.getvalue().splitlines()
    assert any("The Cradle" in line for line in lines)
    assert any("Benjamin Netanyahu" in line and "thanked President Trump" in line for line in lines)
