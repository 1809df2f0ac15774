"""Tone per article and per actor with VADER, a lexicon method (a first, transparent
measure: it scores wording, not stance, and misses irony and domain terms)."""

from __future__ import annotations

from functools import cache
from statistics import fmean
from typing import Any

from spacy.tokens import Doc

from newsprism.understand.headings import is_heading
from newsprism.understand.records import Actor


@cache
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def score_tone(doc: Doc, actors: list[Actor]) -> float | None:
    """Set each actor's tone (sentences mentioning it); return the article's."""
    sentences = [
        (s.start_char, s.end_char, _compound(s.text))
        for s in doc.sents
        if s.text.strip() and not is_heading(s)  # another story's words
    ]
    if not sentences:
        return None
    for actor in actors:
        scores = [
            c for start, end, c in sentences if any(start <= m.start < end for m in actor.mentions)
        ]
        actor.tone = round(fmean(scores), 4) if scores else None
    return round(fmean(c for _, _, c in sentences), 4)


def valence(word: str) -> float:
    """A lower-case word's valence in VADER's lexicon (-4 to +4; 0 when it has none)."""
    return float(_analyzer().lexicon.get(word, 0.0))


def _compound(text: str) -> float:
    return float(_analyzer().polarity_scores(text)["compound"])
