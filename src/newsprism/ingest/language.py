"""Language identification with py3langid (a small model shipped inside the package)."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

_SAMPLE_CHARS = 1200  # news prose settles the language well before this; 3x faster than 3,000
_MIN_CHARS = 40  # below this the guess is noise; the language is left unknown


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability, or (None, None) for text too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.strip()) < _MIN_CHARS:
        return None, None
    code, probability = _identifier().classify(sample)
    probability = float(probability)
    if code == "zxx":  # py3langid abstains (no language features: numbers, emoji)
        return None, None
    return str(code), round(probability, 4) if math.isfinite(probability) else None
