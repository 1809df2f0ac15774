"""Headings in capitals inside an article's body, kept out of what the article reports.

Online outlets put headlines of their other stories between paragraphs ("LIBERALS RAGE OVER
CNN'S 'DISGUSTING' TRUMP TOWN HALL: ..."), calls to action ("CLICK HERE TO GET THE FOX NEWS
APP") and subheads ("WHY IS BIDEN TAPPING THE RESERVE?"), and a feed or corpus that joins
the paragraphs glues them to the next sentence. Read as text, such a heading became a
speaker ("LIBERALS RAGE" continued to complain), gave the next sentence's quotation to the
wrong person, and added a linked story's words to the outlet's framing. A run of at least
``_MIN_WORDS`` words in capitals, outside quotation marks and after the body has begun, is
a heading: the run is a sentence of its own (set before the parser, which keeps it), and
no actor, quotation, claim, event, amount, time, term or tone comes from it. Its text stays
in the article, so every offset holds. Capitals before the body (a headline under a
crawl's URL line, a stamp) and a lede that opens in capitals are left as they were.

Photo credits are headings too, and once the text is parsed, so are the captions before
them (``understand/captions.py``).

An acronym that opens the sentence after it ("... TOWN HALL CLASH CNN CEO Chris Licht
defended ...") is read into the heading, and the sentence keeps the name: the small loss
of telling acronyms from a heading's words by case alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.textutil import POSSESSIVE_S
from newsprism.understand.captions import caption_ranges, credit_ranges
from newsprism.understand.doctext import doc_text
from newsprism.understand.quotemarks import inside, quoted_ranges

_KEY = "newsprism.headings"
_BREAKS_KEY = "newsprism.headings.capitals"  # the headings in capitals alone
_CREDITS_KEY = "newsprism.headings.credits"  # the photo credits among them
_MIN_WORDS = 4  # "WASHINGTON (AP) —" and "U.S. NATO" are not headings
_MIN_LETTERS = 15
_SHOUTING = 0.5  # an article mostly in capitals is written so; it has no headings
_BODY_WORDS = 15  # about a sentence


def heading_ranges(doc: Doc) -> list[tuple[int, int]]:
    """The doc's headings as character ranges, found once and kept on the doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _find(doc)
    return list(found)


def section_breaks(doc: Doc) -> list[tuple[int, int]]:
    """The headings in capitals alone: each starts another story's words or a section, so
    "he added" does not carry across it. A photo's credit and caption do not part what the
    text says around them."""
    if _BREAKS_KEY not in doc.user_data:
        _find(doc)  # keeps them on the doc
    return list(doc.user_data[_BREAKS_KEY])


def in_heading(doc: Doc, offset: int) -> bool:
    """Whether the character at ``offset`` is a heading's."""
    ranges = heading_ranges(doc)
    return bool(ranges) and inside(offset, ranges)


def is_heading(sentence: Span) -> bool:
    """Whether the sentence's first word is a heading's."""
    first = next((t for t in sentence if t.is_alpha), None)
    return first is not None and in_heading(sentence.doc, first.idx)


def mark_headings(doc: Doc) -> Doc:
    """Each heading starts a sentence, and so does the word after it."""
    for start, end in heading_ranges(doc):
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None:
            continue
        if first.start > 0:
            first[0].is_sent_start = True
        after = next((t for t in doc[first.end :] if not t.is_space), None)
        if after is not None:
            after.is_sent_start = True
    return doc


def mark_captions(doc: Doc) -> Doc:
    """After the parser: the sentence before each photo credit, its caption, is a heading
    as well."""
    ranges = heading_ranges(doc)
    credits = doc.user_data.get(_CREDITS_KEY, [])
    if credits:
        doc.user_data[_KEY] = _disjoint(ranges + caption_ranges(doc, credits))
    return doc


def _disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, with overlapping ranges merged, as ``inside`` wants them."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _find(doc: Doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    quoted = quoted_ranges(text)
    credits = doc.user_data[_CREDITS_KEY] = [
        r for r in credit_ranges(doc) if not inside(r[0], quoted)
    ]
    capitals = doc.user_data[_BREAKS_KEY] = _capitals(doc, text, quoted)
    return _disjoint(capitals + credits)


def _capitals(doc: Doc, text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    words = [t for t in doc if any(c.isalpha() for c in t.text)]
    capitals = [t.text.isupper() for t in words]
    if not words or sum(capitals) > _SHOUTING * len(words):
        return []
    runs: list[tuple[int, int]] = []
    run: list[int] = []  # indices into ``words`` of the current run
    for i, upper in enumerate(capitals):
        if upper and (not run or _joined(doc, words[run[-1]].i, words[i].i)):
            run.append(i)
            continue
        _keep(run, words, runs)
        run = [i] if upper else []
    _keep(run, words, runs)
    if not runs:
        return []
    body = _body_start(doc, text)
    return [r for r in runs if r[0] >= body and not inside(r[0], quoted)]


def _body_start(doc: Doc, text: str) -> int:
    """Where the body has begun: after ``_BODY_WORDS`` words in lower case, not counting a
    line that is a link. Capitals before it are the article's own headline, dateline or
    stamp ("REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA" under a crawl's URL line,
    "PUBLISHED: THURSDAY, MAY 2, 2013"), which the rest of the analysis reads as before."""
    seen = 0
    for token in doc:
        if not token.is_lower or not token.is_alpha:
            continue
        line = text.rfind("\n", 0, token.idx) + 1
        if text.startswith(("http", "www"), line):
            continue
        seen += 1
        if seen == _BODY_WORDS:
            return token.idx
    return len(text)


def _owned(token: Token) -> bool:
    """Whether a possessive "'s" follows the word."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.lower_ in POSSESSIVE_S


def _lower_after(token: Token) -> bool:
    after = next((t for t in token.doc[token.i + 1 :] if t.is_alpha), None)
    return after is not None and after.is_lower


def _joined(doc: Doc, before: int, after: int) -> bool:
    """Whether only punctuation, digits and spaces within a paragraph lie between."""
    return all(not t.is_alpha and "\n" not in t.text for t in doc[before + 1 : after])


def _keep(run: list[int], words: list[Token], runs: list[tuple[int, int]]) -> None:
    tokens = [words[i] for i in run]
    # "... THE F---ING AIR' CNN's in-house media reporter continued": a name the next
    # sentence's possessive owns is the sentence's
    while tokens and not tokens[-1].whitespace_ and _owned(tokens[-1]):
        tokens.pop()
    # "HOW ACCURATE ARE ONLINE PANELS? - A new report compares ...": "A" and "I" are
    # capitals in any sentence
    while len(tokens) > 1 and tokens[-1].text in {"A", "I"} and _lower_after(tokens[-1]):
        tokens.pop()
    if len(tokens) < _MIN_WORDS:
        return
    if sum(c.isalpha() for t in tokens for c in t.text) < _MIN_LETTERS:
        return
    last = tokens[-1]
    end = last.idx + len(last.text)
    doc = last.doc
    # punctuation written onto the last word ("... AIR'", "RESERVE?") is the heading's
    for token in doc[last.i + 1 :]:
        if doc[token.i - 1].whitespace_ or not token.is_punct:
            break
        end = token.idx + len(token.text)
    if _lower_after(tokens[-1]):
        return  # "THREE PEOPLE HAVE DIED IN A BLAZE that broke out ...": a lede in capitals
    if doc_text(doc)[end - 1] == ":":
        return  # a transcript's speaker ("CHRIS MATTHEWS, MSNBC HOST: Well, ...")
    runs.append((tokens[0].idx, end))
