"""One quotation told in parts: a quote interrupted by its attribution, or carried on into
the next paragraph, is one quotation of one speaker.

"“This was a step taken in good faith ...,” said Trump in a post on Truth Social on Sunday.
“Hopefully this is the first of those final steps ...”" is one thing Trump said, and a reader
of "who said what" should meet it once, not as two quotes of which the second has no cue.
PolNeAR annotates it the same way: one attribution whose content runs from the first part to
the last (15% of its training contents come in parts). The joined quote's content spans the
whole passage, attribution included, as a quote interrupted mid-sentence already did ("“This
American carnage,” he declared, “stops right here”"); readers of the speaker's own words
(quote provenance) take the attribution out again through the cue that sits inside.

Two neighbouring quotes are joined when both are words said by the same resolved speaker, the
second opens a quotation, and what lies between them is either nothing but punctuation and a
paragraph break (after a direct quote: a paraphrase's next paragraph is a new statement), or
one sentence's clause that holds the attribution of one of them ("..., he said.", "He
added,"), with nothing else but clauses about the speaker ("..., said an adviser, who
declined to be identified."). They stay apart when the second part has a cue of its own
after it ("“...,” the minister added"), when two attributions lie between them, when a new
paragraph opens with its own attribution ("He continued, “...”"), and when a joined quote
would hold a second interruption, so that the one cue inside says where the attribution is.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsprism.understand.doctext import doc_text
from newsprism.understand.quotemarks import OPENING_MARKS
from newsprism.understand.records import Quote, Span

_GAP = 250  # characters between two parts: one attribution clause or a paragraph break
_QUOTING = {"direct", "partial"}


def join_continued(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` (in text order) with each quotation told in parts joined into one."""
    out: list[Quote] = []
    last: int | None = None  # index in ``out`` of the last quote not nested in another
    framed = False  # whether out[last] already holds an attribution between its parts
    for quote in quotes:
        if last is not None and _nested(quote, out[last]):
            out.append(quote)
            continue
        if last is not None:
            frame = _between(doc, out[last], quote, quotes)
            if frame is not None and not (frame and framed):
                out[last] = _joined(doc, out[last], quote)
                framed = framed or frame
                continue
            if _may_be_in_frame(quote, out[last]):
                out.append(quote)  # "..., Sanders said, invoking the 2008 race. “...”"
                continue
        out.append(quote)
        last, framed = len(out) - 1, False
    return out


def _may_be_in_frame(quote: Quote, first: Quote) -> bool:
    """Whether ``quote`` may sit in the attribution after ``first`` and describe its speaker
    ("..., said a longtime adviser to Trump, who declined to be identified. “...”"), so the
    part after it may still carry ``first`` on."""
    gap = quote.content.start - first.content.end
    return (
        quote.kind != "direct"  # a whole quotation is a part itself, or a new statement
        and 0 <= gap <= _GAP
        and quote.speaker_key in (None, first.speaker_key)
    )


def _nested(quote: Quote, outer: Quote) -> bool:
    return outer.content.start <= quote.content.start < outer.content.end


def _between(doc: Doc, first: Quote, then: Quote, quotes: list[Quote]) -> bool | None:
    """None when ``then`` is not ``first`` carried on; else whether an attribution clause
    (True) or only punctuation and white space (False) parts them."""
    if first.kind not in _QUOTING or then.kind != "direct" or not (first.speech and then.speech):
        return None
    if not _same_speaker(first, then):
        return None
    start, end = first.content.end, then.content.start
    if not 0 <= end - start <= _GAP or not _opens_quotation(doc_text(doc), end):
        return None
    if then.cue is not None and not start <= then.cue.start < end:
        return None  # the second part has an attribution of its own: a second statement
    if any(
        not _inside_frame(q, first, start, end) for q in quotes if start <= q.content.start < end
    ):
        return None  # another's words between them ("..., said Ekovich, who noted that ...")
    words = [t for t in _tokens(doc, start, end) if not (t.is_punct or t.is_space)]
    if not words:
        # carried on into the next paragraph; a partial quote's paraphrase is not
        return False if first.kind == "direct" else None
    own = first.cue is not None and start <= first.cue.start < end
    if not own and not (then.cue is not None and first.kind == "direct"):
        return None  # words between them, but not the attribution
    if not own and "\n" in doc_text(doc)[start:end]:
        return None  # "He continued, “...”" opening a paragraph: a statement of its own
    if own and then.cue is not None and then.cue != first.cue:
        return None  # "..., Ryan said, though he said, “...”": two attributions, two statements
    if len({t.sent.start for t in words}) > 1:
        return None  # more than the attribution's clause: the writer's own sentence too
    return True


def _same_speaker(first: Quote, then: Quote) -> bool:
    """One resolved speaker, or one the text names but no actor stands for, whose words the
    second part carries on from the same words ("“...,” said a New Hampshire Republican.
    “...”": one member of a party, not the party)."""
    if first.speaker_key is not None:
        return first.speaker_key == then.speaker_key
    return then.speaker_key is None and first.speaker is not None and then.speaker == first.speaker


def _inside_frame(quote: Quote, first: Quote, start: int, end: int) -> bool:
    """A quote between two parts that belongs to their attribution: it ends before the
    second part and is the same speaker's, or no one's ("who noted that ...", "asking for
    anonymity to speak freely")."""
    return quote.content.end <= end and quote.speaker_key in (None, first.speaker_key)


def _opens_quotation(text: str, at: int) -> bool:
    """Whether a quotation mark opens right at or just before ``at``."""
    before = text[max(0, at - 2) : at + 1]
    return any(mark in before for mark in OPENING_MARKS)


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _joined(doc: Doc, first: Quote, then: Quote) -> Quote:
    """One quote from ``first`` to the end of ``then``; the attribution between them, if any,
    gives the speaker's words and the cue."""
    start, end = first.content.end, then.content.start

    def framed(span: Span | None) -> bool:
        return span is not None and start <= span.start < end

    speaker = then.speaker if framed(then.speaker) and not framed(first.speaker) else first.speaker
    cue = then.cue if framed(then.cue) and not framed(first.cue) else first.cue
    medium = then.medium if cue is then.cue and then.medium else first.medium
    return replace(
        first,
        content=Span(
            first.content.start,
            then.content.end,
            doc_text(doc)[first.content.start : then.content.end],
        ),
        speaker=speaker or then.speaker,
        cue=cue or then.cue,
        medium=medium or then.medium,
    )
