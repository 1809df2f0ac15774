"""Incremental story clustering: each new article joins the best story or opens a new one.

It is streaming average-link clustering. An article is compared with the recent members of
the stories its nearest neighbours (by embedding, within the time window) belong to; it joins
the story whose mean similarity is highest if that mean reaches ``threshold``. Because
arrival order can mislead a greedy decision, two repairs run as evidence accumulates, each
recorded with its reason:
- merge: when a new article reaches the threshold with a second story too, and the two
  stories' members are on average as similar as the threshold asks, they become one;
- split: after a batch, a touched story whose members fall into two groups that are on average
  less similar than ``split_threshold`` is cut in two.
The clusterer is pure (memory only); ``stories.run`` feeds it from the database and stores
what it decides.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from newsprism.stories.features import Signature, features
from newsprism.stories.index import ShardedIndex
from newsprism.stories.options import StoryOptions
from newsprism.textutil import short_hash


@dataclass(frozen=True, slots=True)
class Change:
    """One decision, kept in the story log."""

    action: str  # new | join | merge | split
    story_id: str
    article_id: str | None = None
    other_id: str | None = None
    score: float | None = None
    reason: str = ""
    moved: tuple[str, ...] = ()  # a split's articles that go to the new story


@dataclass(slots=True)
class Clusterer:
    options: StoryOptions
    signature: Callable[[str], Signature]  # article id -> its features (cached by the caller)
    dim: int = 384
    index: ShardedIndex = field(init=False)
    story_of: dict[str, str] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)
    dates: dict[str, dt.date | None] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    _rows: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.index = ShardedIndex(self.dim, self.options.window_days)

    # -- state ------------------------------------------------------------------------------

    def restore(
        self, article_id: str, story_id: str, vector: np.ndarray, date: dt.date | None
    ) -> None:
        """Put back an article clustered in an earlier run (the index is rebuilt this way)."""
        self._place(article_id, story_id, vector, date)

    def _place(
        self, article_id: str, story_id: str, vector: np.ndarray, date: dt.date | None
    ) -> None:
        self.index.add(len(self._rows), vector, date)
        self._rows.append(article_id)
        self.dates[article_id] = date
        self.story_of[article_id] = story_id
        self.members.setdefault(story_id, []).append(article_id)

    # -- assignment -------------------------------------------------------------------------

    def assign(self, sig: Signature) -> list[Change]:
        """Cluster one article; returns what changed (its join or new story, any merges)."""
        scores = self._candidate_scores(sig)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1][0])
        changes: list[Change] = []
        if ranked and ranked[0][1][0] >= self.options.threshold:
            story, (score, compared) = ranked[0]
            reason = f"mean similarity {score:.3f} to {compared} of its articles"
            changes.append(Change("join", story, sig.article_id, score=score, reason=reason))
        else:
            story = "s" + short_hash(sig.article_id)[:12]
            reason = (
                f"no story within reach (best {ranked[0][0]} at {ranked[0][1][0]:.3f} "
                f"< {self.options.threshold:.3f})"
                if ranked
                else "no earlier article within the time window"
            )
            changes.append(Change("new", story, sig.article_id, reason=reason))
        self._place(sig.article_id, story, sig.vector, sig.date)
        self.touched.add(story)
        for other, (score, _) in ranked[1:]:
            if score < self.options.threshold or other not in self.members:
                continue
            link = self.link(self.members[story], self.members[other])
            if link >= self.options.threshold:
                survivor, gone = sorted((story, other), key=lambda s: -len(self.members[s]))
                changes.append(self._merge(survivor, gone, sig.article_id, link))
                story = survivor
        return changes

    def _candidate_scores(self, sig: Signature) -> dict[str, tuple[float, int]]:
        stories: list[str] = []
        for row, _ in self.index.search(sig.vector, sig.date, self.options.neighbours):
            story = self.story_of[self._rows[row]]
            if story not in stories:
                stories.append(story)
        scores = {}
        for story in stories:
            recent = self.members[story][-self.options.members :]
            if not self._in_window(sig.date, recent):
                continue
            scores[story] = (float(np.mean(self.similarities(sig, recent))), len(recent))
        return scores

    def _in_window(self, date: dt.date | None, members: list[str]) -> bool:
        dated = [d for d in (self.dates[m] for m in members) if d is not None]
        if date is None or not dated:
            return True
        return min(abs((d - date).days) for d in dated) <= self.options.window_days

    def similarities(self, sig: Signature, others: list[str]) -> np.ndarray:
        """Similarity of one article to each of ``others`` (article ids)."""
        rows = np.array([features(sig, self.signature(o)) for o in others], np.float32)
        return np.asarray(rows @ self.options.weights_array())

    def link(self, left: list[str], right: list[str]) -> float:
        """Mean similarity between two groups (each capped at its most recent members)."""
        cap = self.options.members
        others = right[-cap:]
        return float(np.mean([self.similarities(self.signature(a), others) for a in left[-cap:]]))

    # -- repairs ----------------------------------------------------------------------------

    def _merge(self, survivor: str, gone: str, article_id: str | None, link: float) -> Change:
        for member in self.members[gone]:
            self.story_of[member] = survivor
        self.members[survivor].extend(self.members.pop(gone))
        self.touched.discard(gone)
        self.touched.add(survivor)
        reason = f"the stories' mean similarity is {link:.3f}" + (
            f"; article {article_id} reaches both" if article_id else ""
        )
        return Change("merge", survivor, article_id, other_id=gone, score=link, reason=reason)

    def refine(self) -> list[Change]:
        """After a batch: merge each touched story with a neighbouring story as similar as the
        threshold asks (arrival order may have opened both), then cut each touched story whose
        members form two groups too unlike to stay together."""
        changes = []
        for story in sorted(self.touched):
            while story in self.members:
                merge = self._merge_neighbour(story)
                if merge is None:
                    break
                changes.append(merge)
                story = merge.story_id
        for story in sorted(self.touched):
            members = self.members.get(story, [])
            if len(members) >= 4:
                changes.extend(self._split(story, members[-self.options.split_window :]))
        self.touched.clear()
        return changes

    def _merge_neighbour(self, story: str) -> Change | None:
        recent = self.members[story][-self.options.members :]
        others: set[str] = set()
        for member in recent:
            sig = self.signature(member)
            for row, _ in self.index.search(sig.vector, sig.date, self.options.neighbours):
                other = self.story_of[self._rows[row]]
                if other != story and self._in_window(sig.date, self.members[other]):
                    others.add(other)
        links = {other: self.link(self.members[story], self.members[other]) for other in others}
        best = max(links, key=lambda o: links[o], default=None)
        if best is None or links[best] < self.options.threshold:
            return None
        survivor, gone = sorted((story, best), key=lambda s: (-len(self.members[s]), s))
        return self._merge(survivor, gone, None, links[best])

    def _split(self, story: str, members: list[str]) -> list[Change]:
        matrix = np.array([self.similarities(self.signature(m), members) for m in members])
        left, right, link = average_link_halves(matrix)
        if min(len(left), len(right)) < 2 or link >= self.options.split_threshold:
            return []
        moved = [members[i] for i in (right if len(right) <= len(left) else left)]
        new = "s" + short_hash(moved[0], story)[:12]
        for member in moved:
            self.story_of[member] = new
            self.members[story].remove(member)
        self.members[new] = moved
        reason = (
            f"{len(moved)} of {len(members)} articles are on average {link:.3f} similar to "
            f"the rest (< {self.options.split_threshold:.3f})"
        )
        return [Change("split", new, other_id=story, score=link, reason=reason, moved=tuple(moved))]


def average_link_halves(matrix: np.ndarray) -> tuple[list[int], list[int], float]:
    """Agglomerate by average link until two groups remain: (group, group, their link)."""
    groups: list[list[int]] = [[i] for i in range(len(matrix))]
    while len(groups) > 2:
        best, pair = -np.inf, (0, 1)
        for i, j in itertools.combinations(range(len(groups)), 2):
            value = float(matrix[np.ix_(groups[i], groups[j])].mean())
            if value > best:
                best, pair = value, (i, j)
        i, j = pair
        groups[i] = groups[i] + groups.pop(j)
    link = float(matrix[np.ix_(groups[0], groups[1])].mean()) if len(groups) == 2 else 1.0
    return groups[0], groups[-1], link
