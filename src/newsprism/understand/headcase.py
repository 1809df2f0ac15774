"""Title-case headlines, parsed in their ordinary case.

"Hillary Clinton Slams Donald Trump On Abortion After SCOTUS Ruling": the small model reads
capital letters as names, and in a title-case headline every word has one, so it tags the
verb a proper noun and finds no clause. ``lower_title_case`` gives the statistical
components a copy of the doc whose headline words are in the case the article's own body
writes them ("slams", "on", "after"; "Clinton", "SCOTUS" kept), and ``restore_case`` puts
the article's own words back after them, keeping every tag, parse and entity. Offsets do
not move, since only letters change case, and nothing downstream sees the lowered words.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from spacy.tokens import Doc, Token

from newsprism.understand.doctext import TEXT_KEY, doc_text, first_line_end

_ORIGINAL_KEY = "newsprism.original_words"
_NAMES_KEY = "newsprism.body_names"  # words the body writes only capitalised
_SENTENCE_ENDS = frozenset(".!?:;\"“”'‘’—")
_MIN_LONG_WORDS = 3  # "Trump Wins" is too little to tell title case from names
_COMMON = 3.0  # Zipf: "slams" 3.2, "reassures" 2.4 (kept, and read as a name: a small loss)


def lower_title_case(doc: Doc) -> Doc:
    """The doc, or a copy whose title-case headline is in the body's case."""
    headline = _headline(doc)
    if not headline or not _title_case(headline):
        return doc
    cased = _body_case(doc, len(headline))
    words = [t.text for t in doc]
    lowered = list(words)
    for token in headline[1:]:  # the first word is capitalised in any case
        if _lowers(token, cased):
            lowered[token.i] = token.text.lower()
    if lowered == words:
        return doc
    copy = Doc(doc.vocab, words=lowered, spaces=[bool(t.whitespace_) for t in doc])
    _keep_norms_and_data(doc, copy)
    copy.user_data[_ORIGINAL_KEY] = words
    copy.user_data[_NAMES_KEY] = {
        k for k, (capitalised, lower) in cased.items() if capitalised and not lower
    }
    return copy


def restore_case(doc: Doc, parse_again: Callable[[Doc], Doc] | None = None) -> Doc:
    """The article's own words again, with the annotations made on the lowered copy. Where
    the copy's first word is a name the body writes and the model read it as a verb
    ("Trump pulling out of debate": a name that is also a word, opening a sentence in lower
    case), ``parse_again`` parses the article's own words instead: in title case the model
    reads the name."""
    words = doc.user_data.get(_ORIGINAL_KEY)
    if words is None:
        return doc
    if parse_again is not None and _name_read_as_verb(doc):
        return parse_again(_plain_copy(doc, words))
    restored = Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
        ents=[_iob(t) for t in doc],
    )
    _keep_norms_and_data(doc, restored)
    return restored


def _plain_copy(doc: Doc, words: list[str]) -> Doc:
    """The article's own words, before any component."""
    plain = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    _keep_norms_and_data(doc, plain)
    return plain


def _keep_norms_and_data(doc: Doc, target_doc: Doc) -> None:
    """The norms the tokenizer set ("n’t") and what analysis keeps on the doc (article,
    offset), but not the cached text, which is joined from the other doc's words."""
    for source, target in zip(doc, target_doc, strict=True):
        target.norm_ = source.norm_
    target_doc.user_data.update(
        (k, v) for k, v in doc.user_data.items() if k not in {_ORIGINAL_KEY, _NAMES_KEY, TEXT_KEY}
    )


def _name_read_as_verb(doc: Doc) -> bool:
    first = doc[0]
    return first.pos_ in {"VERB", "AUX"} and first.lower_ in doc.user_data.get(_NAMES_KEY, ())


def _iob(token: Token) -> str:
    if not token.ent_type_:
        return "O"
    return f"{token.ent_iob_}-{token.ent_type_}"


def _headline(doc: Doc) -> list[Token]:
    """The doc's first line, when the doc opens its article and has a body after it."""
    end = first_line_end(doc)
    if end == 0 or not doc_text(doc)[end:].strip():
        return []
    return list(takewhile(lambda token: token.idx < end, doc))


def _title_case(headline: list[Token]) -> bool:
    """Nearly every word of four letters or more capitalised (words all in capitals do not
    count either way: "FBI", "BREAKING")."""
    long = [t for t in headline if t.is_alpha and len(t) >= 4 and not t.is_upper]
    if len(long) < _MIN_LONG_WORDS:
        return False
    return sum(t.text[0].isupper() for t in long) >= 0.9 * len(long)


def _body_case(doc: Doc, start: int) -> dict[str, list[int]]:
    """For each word of the body, keyed in lower case: how often the body writes it
    capitalised inside a sentence, and how often in lower case."""
    counts: dict[str, list[int]] = {}
    previous = "\n"
    for token in doc[start:]:
        if token.is_alpha:
            key = token.lower_
            if token.text[0].isupper():
                opens = "\n" in previous or previous.rstrip(" \t")[-1:] in _SENTENCE_ENDS
                if not opens:
                    counts.setdefault(key, [0, 0])[0] += 1
            elif token.is_lower:
                counts.setdefault(key, [0, 0])[1] += 1
        previous = token.text if token.is_space else token.text + token.whitespace_
    return counts


def _lowers(token: Token, cased: dict[str, list[int]]) -> bool:
    """A capitalised headline word the body writes in lower case more often than
    capitalised inside a sentence; absent from the body, a common English word."""
    if not token.is_alpha or not token.text[0].isupper() or (token.is_upper and len(token) > 1):
        return False
    capitalised, lower = cased.get(token.lower_, (0, 0))
    if capitalised or lower:
        return lower > capitalised
    from wordfreq import zipf_frequency

    return zipf_frequency(token.lower_, "en") >= _COMMON
