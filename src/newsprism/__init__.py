"""newsprism: what many outlets' reports of the same events share, add, omit and contradict.

The library is the product; the CLI is a thin layer over it::

    from newsprism import Database, IngestOptions

    with Database("news.db") as db:
        report = ingest(db, ["../shared/data/seeds/"], IngestOptions())

Heavy modules are imported on first use, so ``import newsprism`` stays fast. (``ingest`` is
not re-exported here: the name would clash with the ``newsprism.ingest`` stage package.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Database": "newsprism.store",
    "ArticleQuery": "newsprism.store",
    "QuoteQuery": "newsprism.store",
    "IngestOptions": "newsprism.options",
    "FetchOptions": "newsprism.options",
    "Article": "newsprism.records",
    "Rejection": "newsprism.records",
    "IngestReport": "newsprism.records",
    "NewsprismError": "newsprism.errors",
}

if TYPE_CHECKING:
    from newsprism.errors import NewsprismError
    from newsprism.options import FetchOptions, IngestOptions
    from newsprism.records import Article, IngestReport, Rejection
    from newsprism.store import ArticleQuery, Database, QuoteQuery

__all__ = [
    "Article",
    "ArticleQuery",
    "Database",
    "FetchOptions",
    "IngestOptions",
    "IngestReport",
    "NewsprismError",
    "QuoteQuery",
    "Rejection",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newsprism' has no attribute {name!r}")
