"""Amounts with what they count: "40 other detainees", "12 believed to be injured",
"21-year-old", "between 2 and 4.8 million people", "at least 31 killed"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsprism.understand.lexicon import NUMBER_WORDS as _NUMBER_WORDS
from newsprism.understand.records import Amount
from newsprism.understand.records import Span as Evidence

_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "bn": 1e9,
}
_QUALIFIERS = (
    "at least",
    "at most",
    "more than",
    "fewer than",
    "less than",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "an estimated",
    "estimated",
    "as many as",
    "as few as",
)
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_LARGE_SCALES = ("thousand", "million", "billion", "trillion")
_MULTIPLIERS = {"dozen": 12, "hundred": 100}  # of the number before them: "two dozen" 24
# "No. 2", "#3": a rank, not a count.
_RANK_MARKS = {"No.", "No", "#", "Nos."}
_AGE = re.compile(r"(\d+)[- ](year|month|week|day)s?[- ]old", re.IGNORECASE)
_WORD_RANGE = re.compile(r"\s+(?:to|or)\s+")
_BETWEEN = re.compile(r"\s+and\s+(?!a\s+half\b)")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "$": "USD",
    "dollars": "USD",
    "€": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pounds": "GBP",
}
_AMOUNT_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def find_amounts(doc: Doc) -> list[Amount]:
    out: list[Amount] = []
    last_counted: dict[int, str] = {}
    for ent in doc.ents:
        if ent.label_ == "DATE" and (m := _AGE.search(ent.text)):
            value = float(m[1])
            out.append(
                Amount(
                    Evidence.of(ent),
                    value,
                    value,
                    value,
                    f"{m[2].lower()}-old",
                    _counted(ent) or "age",
                    None,
                )
            )
        elif ent.label_ in _AMOUNT_LABELS and not _rank(ent):
            amount = _amount(ent, last_counted.get(ent.sent.start))
            if amount is not None:
                out.append(amount)
                if amount.counted:
                    last_counted[ent.sent.start] = amount.counted
    return _merge_ranges(doc.text, out)


def _merge_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """ "between 2 and 4.8 million", "from 10 to 20", "26-31": one amount with low and high."""
    out: list[Amount] = []
    for amount in amounts:
        previous = out[-1] if out else None
        compound = previous is not None and _compound(text, previous, amount)
        if previous is None or not (compound or _joins(text, previous, amount)):
            out.append(amount)
            continue
        start, end = previous.span.start, amount.span.end
        span = Evidence(start, end, text[start:end])
        counted = amount.counted or previous.counted
        if compound:
            value = (previous.value or 0) + (amount.value or 0)
            out[-1] = Amount(span, value, value, value, amount.unit, counted, previous.qualifier)
            continue
        scale = _scale(amount.span.text.lower()) or 1.0
        low = previous.low
        if low is not None and amount.high is not None and low < scale <= amount.high:
            low *= scale  # "2 and 4.8 million": the scale belongs to both
        unit = amount.unit or previous.unit
        out[-1] = Amount(span, None, low, amount.high, unit, counted, previous.qualifier)
    return out


def _compound(text: str, first: Amount, second: Amount) -> bool:
    """ "Twenty - one", split in two at a spaced hyphen (PAC's tokenised texts), is 21, not a
    range from 20 to 1."""
    between = text[first.span.end : second.span.start]
    tens, units = first.span.text.lower().split()[-1], second.span.text.lower()
    return (
        between in {"-", " - ", "‐", " ‐ "}
        and tens in _TENS
        and _NUMBER_WORDS.get(units) in range(1, 10)
        and first.value is not None
        and second.value is not None
    )


def _joins(text: str, first: Amount, second: Amount) -> bool:
    between = text[first.span.end : second.span.start]
    opener = (
        first.span.text.lower().startswith("between")
        or text[max(0, first.span.start - 5) : first.span.start].lower().strip() == "from"
    )
    return (between == " and " and opener) or between in {" to ", "-", "–", " - ", " – "}


def _amount(ent: Span, inherited: str | None) -> Amount | None:
    text = ent.text.lower()
    parsed = [parse_number(n, text) for n in _NUM.findall(text)] or [
        _word_number(side) for side in _word_sides(text)
    ]
    numbers = [n for n in parsed if n is not None]
    vague = any(
        w in text.split() for w in ("dozens", "hundreds", "thousands", "millions", "billions")
    )
    if not numbers and not vague:
        return None
    low = min(numbers) if numbers else None
    high = max(numbers) if numbers else None
    if low is not None and high is not None and low != high and _scale(text):
        low = low if low >= _scale(text) else low * _scale(text)  # "2 and 4.8 million"
    counted = _counted(ent)
    qualifier = _qualifier(ent)
    # "1.5 million people and a million dollars": money counts no one.
    if counted is None and inherited and _elliptical(ent) and _unit(text) is None:
        counted = inherited
    value = None if vague and not numbers else (low if low == high else None)
    return Amount(Evidence.of(ent), value, low, high, _unit(text), counted, qualifier)


def _word_sides(text: str) -> list[str]:
    """ "ten to twenty people", "between two and four million" are ranges, not 30 and six
    million: each side is read on its own."""
    return _BETWEEN.split(text) if text.startswith("between ") else _WORD_RANGE.split(text)


def parse_number(digits: str, context: str) -> float | None:
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    after = context[context.find(digits) + len(digits) :].split()
    return value * _SCALES[after[0]] if after and after[0] in _SCALES else value


def _word_number(text: str) -> float | None:
    """A number spelt in words, read as a whole: "twenty-five" 25, "two dozen" 24, "a
    half-dozen" 6, "three hundred thousand" 300,000, "two and a half million" 2,500,000.
    (Taking the first number word alone read "two dozen" as 2, which set "nearly
    two-dozen actions" against another outlet's 23 as a conflict.)"""
    total, current, seen, half = 0.0, 0.0, False, False
    for word in re.findall(r"[a-z]+", text):
        if word in _MULTIPLIERS:
            current, seen = (current or 1) * _MULTIPLIERS[word], True
        elif word == "half":
            current, half = (current + 0.5, half) if current else (current, True)
        elif (value := _NUMBER_WORDS.get(word)) is not None:
            current, seen = current + value, True
        elif word in _LARGE_SCALES:
            total, current, seen = total + (current or 1) * _SCALES[word], 0.0, True
    if not seen:
        return None
    return (total + current) * (0.5 if half else 1)


def _scale(text: str) -> float:
    return next((v for k, v in _SCALES.items() if re.search(rf"\b{k}\b", text)), 0.0)


def _unit(text: str) -> str | None:
    return next((u for k, u in _UNITS.items() if k in text), None)


def _rank(ent: Span) -> bool:
    before = [t.text for t in ent.doc[max(0, ent.start - 2) : ent.start]]
    return bool(before) and (before[-1] in _RANK_MARKS or before[-2:] == ["No", "."])


def _counted(ent: Span) -> str | None:
    """The noun the number counts: its head ("40 other detainees") or an "of" object."""
    noun = _counted_noun(ent)
    return noun if noun is not None and any(c.isalpha() for c in noun) else None


def _counted_noun(ent: Span) -> str | None:
    root = ent.root
    head = root.head
    if root.dep_ in {"nummod", "quantmod", "amod", "compound"} and head.pos_ in {"NOUN", "PROPN"}:
        return _noun_text(head)
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _noun_text(objects[0])
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.pos_ == "NOUN" and after.head == root:
        return _noun_text(after)
    return None


def _noun_text(noun: Token) -> str:
    return noun.text if noun.pos_ == "PROPN" else noun.lower_


def _elliptical(ent: Span) -> bool:
    """A bare number standing for something counted earlier ("with 12 still missing")."""
    return ent.root.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "appos", "conj"}


def _qualifier(ent: Span) -> str | None:
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 3) : ent.start].text.lower()
    inside = ent.text.lower()
    for phrase in _QUALIFIERS:
        if inside.startswith(phrase + " ") or before.endswith(phrase):
            return phrase
    verb = ent.root.head
    if ent.root.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_ in {
        "believe",
        "estimate",
        "report",
        "think",
        "say",
    }:
        return doc[verb.i : verb.right_edge.i + 1].text
    return None
