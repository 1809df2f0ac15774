"""Storage: the ``Database`` object and its migrations."""

from newsprism.store.database import ArticleQuery, Database

__all__ = ["ArticleQuery", "Database"]
