"""Photo captions and their credits inside an article's body, kept out of what it reports.

A page's photo keeps its caption and credit in the text a crawl or feed gives ("... during
the Global Climate Strike march in New York on September 20, 2019. Timothy A. Clary/AFP/Getty
Images The administration's announcement ..."), glued to the next sentence when the feed
joins paragraphs. Read as text, the caption became a claim only one outlet made (Forbes's
"[+] (MEU) passes out water to evacuees ..." in the comparison of the Afghanistan review),
its date an event of 2019 in a story of 2023, and the credit a name at the head of the next
sentence. A photo credit is a name, then one or more agencies after slashes, or "via
Getty Images" ("Rogelio V. Solis/AP", "Brynn Anderson/AP, file", "Mandel Andel via Getty
Images"). The credit is a heading (``understand/headings.py``): a sentence of its own, set
before the parser, from which nothing is read. Once parsed, the sentence right before a
credit is its caption, and is read as nothing too. Their text stays, so offsets hold.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsprism.understand.doctext import doc_text

# A name's word: a capitalised word or initials ("L.E.", "V."); a word's stop is never
# taken past, so "Afghanistan. Isaiah Campbell" starts the name at "Isaiah".
_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][a-zA-Z'’-]+)"
_NAME = rf"{_WORD}(?: {_WORD}){{0,4}}"
_AGENCY = r"(?:AP|AFP|Getty Images|Getty|Reuters|EPA|EPA-EFE|Bloomberg|Sipa USA|Pool)"
_CREDIT = re.compile(
    rf"(?<![\w/.]){_NAME}(?: ?/ ?{_NAME})*"
    rf"(?: ?/ ?{_AGENCY}|,? via Getty(?: Images)?)"
    r"(?:, [Ff]ile)?(?![\w/])"
)


def credit_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Where the doc's photo credits are, as character ranges: between two sentences, not
    inside one ("The photo by John Smith/AP showed ...")."""
    text = doc_text(doc)
    return [m.span() for m in _CREDIT.finditer(text) if _set_apart(text, *m.span())]


def _set_apart(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    return (not before or before[-1] in ".!?|\n\"'”’") and (not after or not after[0].islower())


def caption_ranges(doc: Doc, credits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parsed sentence that ends right before each credit on the same line: the
    photo's caption (the article's first sentence too: Politico opens with its lead
    photo's)."""
    text = doc_text(doc)
    out = []
    for start, _ in credits:
        before = doc.char_span(0, start, alignment_mode="contract")
        if before is None or len(before) == 0:
            continue
        last = next((t for t in reversed(before) if not t.is_space), None)
        if last is None or (last.text not in {".", "!", "?", "|"} and not last.is_quote):
            continue  # a credit inside a sentence ("... said the AP/Reuters report")
        sentence = last.sent
        first = sentence.start
        # "... with Mick Mulvaney , White House staffers and senators . | Brendan ...": the
        # bar before the credit may stand as a sentence of its own
        while first > 0 and not any(t.is_alpha for t in doc[first : sentence.end]):
            first = doc[first - 1].sent.start
        if "\n" in text[doc[first].idx : start]:
            # a credit on a line of its own (HuffPost's "Neilson Barnard via Getty Images.")
            # follows a paragraph of the body, not a caption
            continue
        # a caption the page cut short and continues after a button: "... Expeditionary
        # unit ... [+] (MEU) passes out water ..." (Forbes) is one caption in two sentences
        while first > 0 and doc[first - 1].sent.start > 0 and _cut_short(doc[first - 1].sent):
            first = doc[first - 1].sent.start
        out.append((doc[first].idx, sentence.end_char))
    return out


def _cut_short(sentence: Span) -> bool:
    """Whether the sentence ends in an ellipsis."""
    return sentence.text.rstrip().endswith(("...", "…"))
