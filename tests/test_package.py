"""Package hygiene: a clean, fast import; heavy parts only when used."""

from __future__ import annotations

import subprocess
import sys

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
