"""How stories are formed. The weights and thresholds are tuned on ECB+ topics 1-25 only
(``newsprism train stories``) and shipped in ``params.json``; the time window is a design
choice, not tuned, because half of ECB+ has no dates: news about one event is published
within days, and a story that goes on keeps extending its window with each new article."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from importlib import resources
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class StoryOptions:
    window_days: int = 7  # an article may join a story with a member at most this far apart
    # Two stories whose dated articles are further apart than this never merge, however alike
    # (an undated article joins any story, and had let PAC's debt-ceiling fights of 2013,
    # 2015 and 2021 become one). ECB+ dates one event's coverage up to two years apart (dates
    # read from URLs in the text; follow-ups, trials): of 7, 30, 90, 180, 365 and 730 days,
    # 730 is the smallest at which ECB+ 1-25 loses nothing (0.8952 at 30, 0.9144 at 365).
    merge_gap_days: int = 730
    neighbours: int = 20  # nearest articles whose stories are candidates
    # Of those stories, how many are scored: the ones holding the nearest articles, best
    # first. More stored articles put more stories among the 20 nearest (3.9 at 10,000
    # synthetic articles, 5.5 at a million), and each costs a mean over its members; a
    # story whose nearest article ranks below four others' is not the one an article joins
    # (the five story sets score the same to four decimals; docs/stories.md).
    candidates: int = 4
    members: int = 12  # a story is compared through its most recent members
    split_window: int = 40  # a split looks at most at this many recent members
    w_embedding: float = 0.4
    w_terms: float = 0.4
    w_actors: float = 0.2
    threshold: float = 0.45
    # Added to ``threshold`` when one side has a date and the other none: the time window
    # cannot vouch for the pair, so the words must say more.
    undated_margin: float = 0.0
    split_threshold: float = 0.3
    split_ratio: float = 0.0  # cut when two groups' link < this x their own mean cohesion
    split_min: int = 2  # a split leaves at least this many articles on each side
    batch_size: int = 256

    def weights_array(self) -> np.ndarray:
        return np.array([self.w_embedding, self.w_terms, self.w_actors], np.float32)

    @classmethod
    def tuned(cls, **overrides: Any) -> StoryOptions:
        """The defaults overlaid with the shipped tuned parameters, then ``overrides``."""
        options = cls()
        path = resources.files("newsprism.stories").joinpath("params.json")
        if path.is_file():
            known = {f.name for f in fields(cls)}
            saved = json.loads(path.read_text(encoding="utf-8"))
            options = replace(options, **{k: v for k, v in saved.items() if k in known})
        return replace(options, **overrides)
