"""Storage: the ``Database`` object and its migrations."""

from newsprism.store.database import ArticleQuery, Database
from newsprism.store.quotes import QuoteQuery, QuoteRow

__all__ = ["ArticleQuery", "Database", "QuoteQuery", "QuoteRow"]
