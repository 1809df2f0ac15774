"""A parsed doc's text, joined once and kept with the doc.

spaCy rebuilds ``doc.text`` from every token on each use. The components read it many times
per doc (quote finding read it several times per quote and cost as much as the parser on
long articles), so the first reader joins it and the rest share it.
"""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "newsprism.text"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined on first use and kept in ``doc.user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)
