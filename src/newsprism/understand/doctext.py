"""A parsed doc's text, joined once and kept with the doc, and where the doc stands in its
article.

spaCy rebuilds ``doc.text`` from every token on each use. The components read it many times
per doc (quote finding read it several times per quote and cost as much as the parser on
long articles), so the first reader joins it and the rest share it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by ``analyze``, which must stay cheap to import
    from spacy.tokens import Doc

TEXT_KEY = "newsprism.text"
WHERE_KEY = "newsprism"  # (article id, offset of this doc in the article), set by analyze


def doc_text(doc: Doc) -> str:
    """The doc's text, joined on first use and kept in ``doc.user_data``."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return str(text)


def opens_article(doc: Doc) -> bool:
    """Whether the doc starts its article. A long article is parsed in chunks, and only the
    first holds the headline and the dateline: the rules for those must not read the first
    line of every later chunk as a headline. A doc made outside ``analyze`` is a whole text."""
    where = doc.user_data.get(WHERE_KEY)
    return where is None or where[1] == 0


def first_line_end(doc: Doc) -> int:
    """Where the text's first line (a headline, if it has one) ends, found once per doc (a
    text of one long line would otherwise be searched once per name); 0 in a later chunk of
    a long article."""
    end = doc.user_data.get(_FIRST_LINE_KEY)
    if end is None:
        text = doc_text(doc)
        end = text.find("\n")
        end = len(text) if end < 0 else end
        end = doc.user_data[_FIRST_LINE_KEY] = end if opens_article(doc) else 0
    return int(end)


_FIRST_LINE_KEY = "newsprism.first_line_end"
