"""Incremental story clustering: each new article joins the best story or opens a new one.

It is streaming average-link clustering. An article is compared with the recent members of
the stories its nearest neighbours (by embedding, within the time window) belong to; it joins
the story whose mean similarity is highest if that mean reaches ``threshold``. Because
arrival order can mislead a greedy decision, two repairs run as evidence accumulates, each
recorded with its reason:
- merge: after a batch, when a story's new articles have nearest neighbours in a second
  story and the two stories' members are on average as similar as the threshold asks, they
  become one. Only after the batch, not as each article arrives: testing every story an
  article also reached cost a link per candidate per article (six per article at a million
  stored, most of them refused), the batch's repair looks at the same pairs, and the tuning
  set (ECB+ 1-25) scored higher without the early merges (B-cubed F1 0.916 -> 0.921 at the
  same parameters; re-tuned after, see docs/quality.md);
- split: after a batch, a touched story whose members fall into two groups that are on average
  less similar than ``split_threshold``, or less than ``split_ratio`` times as similar as each
  group's own members are to each other, is cut in two (and each part looked at again).
A merge must pass the split's test too, so the next split never undoes it.
The clusterer is pure (memory only); ``stories.run`` feeds it from the database and stores
what it decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from newsprism.stories.features import Group, Signature, feature_tensor
from newsprism.stories.index import ShardedIndex, shard_of
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
    fresh: set[str] = field(default_factory=set)  # articles assigned since the last refine
    # A fresh article's nearest rows when it was assigned, with how many rows there were then:
    # refine looks from it again, and only the rows added since need scoring.
    _near: dict[str, tuple[int, list[tuple[int, float]]]] = field(default_factory=dict)
    _added: dict[int, np.ndarray] = field(default_factory=dict)  # row -> vector, since refine
    _batch: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # ``_added`` as arrays
    _rows: list[str] = field(default_factory=list)
    _groups: dict[tuple[str, ...], Group] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = ShardedIndex(self.dim, self.options.window_days)

    # -- state ------------------------------------------------------------------------------

    def restore(
        self, article_id: str, story_id: str, vector: np.ndarray, date: dt.date | None
    ) -> None:
        """Put back an article clustered in an earlier run (the index is rebuilt this way)."""
        self._near.clear()  # rows not in ``_added``: a fresh article must search again
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
        """Cluster one article: it joins a story or opens one (merges wait for ``refine``)."""
        scores = self._candidate_scores(sig)
        best = max(scores.items(), key=lambda kv: kv[1][0] - kv[1][2], default=None)
        if best is not None and best[1][0] - best[1][2] >= self.options.threshold:
            story, (score, compared, _) = best
            reason = f"mean similarity {score:.3f} to {compared} of its articles"
            change = Change("join", story, sig.article_id, score=score, reason=reason)
        else:
            story = "s" + short_hash(sig.article_id)[:12]
            margin = best[1][2] if best else 0.0
            undated = " + undated margin" if margin else ""
            bar = self.options.threshold + margin
            reason = (
                f"no story within reach (best {best[0]} at {best[1][0]:.3f} "
                f"< {bar:.3f}, the threshold{undated})"
                if best
                else "no earlier article within the time window"
            )
            change = Change("new", story, sig.article_id, reason=reason)
        self._added[len(self._rows)] = sig.vector
        self._batch = None
        self._place(sig.article_id, story, sig.vector, sig.date)
        self.touched.add(story)
        self.fresh.add(sig.article_id)
        return [change]

    def _candidate_scores(self, sig: Signature) -> dict[str, tuple[float, int, float]]:
        """The ``candidates`` stories within reach that hold the nearest articles: (mean
        similarity, members compared, margin it must pass beyond the threshold)."""
        stories: list[str] = []
        hits = self.index.search(sig.vector, sig.date, self.options.neighbours)
        self._near[sig.article_id] = (len(self._rows), hits)
        for row, _ in hits:
            story = self.story_of[self._rows[row]]
            if story not in stories:
                stories.append(story)
        scores = {}
        for story in stories:  # best first: the story of the nearest article leads
            recent = self.members[story][-self.options.members :]
            if not self._in_window(sig.date, recent):
                continue
            margin = self._margin(sig.date is not None, recent)
            scores[story] = (self.mean_similarity(sig, recent), len(recent), margin)
            if len(scores) == self.options.candidates:
                break
        return scores

    def _dated(self, members: list[str]) -> list[dt.date]:
        return [d for d in (self.dates[m] for m in members) if d is not None]

    def _has_date(self, members: list[str]) -> bool:
        return any(self.dates[m] is not None for m in members)

    def _in_window(self, date: dt.date | None, members: list[str]) -> bool:
        dated = self._dated(members)
        if date is None or not dated:
            return True
        return min(abs((d - date).days) for d in dated) <= self.options.window_days

    def _margin(self, dated: bool, members: list[str]) -> float:
        """What a link must pass beyond ``threshold``: ``undated_margin`` when one side has
        a dated article and the other none, so that no time window vouches for the pair."""
        if not self.options.undated_margin or dated == self._has_date(members):
            return 0.0
        return self.options.undated_margin

    def _spans_meet(self, left: list[str], right: list[str]) -> bool:
        """Whether two groups' dated articles come within ``merge_gap_days`` of each other
        (the gap between their spans); true when either has none."""
        mine, theirs = self._dated(left), self._dated(right)
        if not mine or not theirs:
            return True
        gap = max(min(mine), min(theirs)) - min(max(mine), max(theirs))
        return gap.days <= self.options.merge_gap_days

    def similarity_matrix(self, members: list[str]) -> np.ndarray:
        """Similarity of every pair of ``members`` (article ids)."""
        sigs = [self.signature(m) for m in members]
        return np.asarray(feature_tensor(sigs) @ self.options.weights_array())

    def mean_similarity(self, sig: Signature, members: list[str]) -> float:
        """Mean similarity of one article to ``members`` (through their mean vectors)."""
        return float(self._group(members).link(sig) @ self.options.weights_array())

    def link(self, left: list[str], right: list[str]) -> float:
        """Mean similarity between two groups (each capped at its most recent members)."""
        pair = self._group(left).link(self._group(right))
        return float(pair @ self.options.weights_array())

    def _group(self, members: list[str]) -> Group:
        """The mean of a story's recent members, kept while they stay the same: an active
        story is weighed against many newcomers."""
        recent = tuple(members[-self.options.members :])
        group = self._groups.get(recent)
        if group is None:
            if len(self._groups) >= 4096:
                self._groups.clear()
            sigs = [self.signature(m) for m in recent]
            group = self._groups[recent] = Group.of(sigs, self.options.weights_array())
        return group

    # -- repairs ----------------------------------------------------------------------------

    def _mergeable(self, left: list[str], right: list[str], link: float) -> bool:
        """Two stories are one when their link reaches the join threshold and the split's
        test would not cut them apart again."""
        if link - self._margin(self._has_date(left), right) < self.options.threshold:
            return False
        if not self.options.split_ratio:
            return True
        return self._too_unlike(link, self._cohesion(left), self._cohesion(right)) is None

    def _too_unlike(self, link: float, own_left: float, own_right: float) -> str | None:
        """Why two groups whose articles are on average ``link`` similar are two stories, or
        None. Relative as well as absolute: two events of one kind (two patches of one
        product, two wins of one team) share so much wording that their link passes any
        fixed bar, yet each event's own articles are markedly closer to each other."""
        own = (own_left + own_right) / 2
        if link < self.options.split_threshold:
            return f"< {self.options.split_threshold:.3f}"
        if link < self.options.split_ratio * own:
            return f"< {self.options.split_ratio:.2f} x {own:.3f}, how alike each group's own are"
        return None

    def _cohesion(self, members: list[str]) -> float:
        """How alike a story's recent members are to each other, on average."""
        return float(self._group(members).cohesion() @ self.options.weights_array())

    def _merge(self, survivor: str, gone: str, article_id: str, link: float) -> Change:
        for member in self.members[gone]:
            self.story_of[member] = survivor
        self.members[survivor].extend(self.members.pop(gone))
        self.touched.discard(gone)
        self.touched.add(survivor)
        reason = (
            f"the stories' mean similarity is {link:.3f}; found from article {article_id}, "
            "whose nearest articles include the other story's"
        )
        return Change("merge", survivor, article_id, other_id=gone, score=link, reason=reason)

    def refine(self) -> list[Change]:
        """After a batch: merge each touched story with a neighbouring story as similar as the
        threshold asks (arrival order may have opened both), then cut each touched story whose
        members form two groups too unlike to stay together. Neighbours are looked for from
        the story's articles of this batch only, through what each found when it was assigned
        plus the batch's later rows: looking again from every recent member cost one index
        search per member per batch, and the tuning set (ECB+ 1-25) scores the same without."""
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
            changes.extend(self._split(story, members[-self.options.split_window :]))
        self.touched.clear()
        self.fresh.clear()
        self._near.clear()
        self._added.clear()
        self._batch = None
        return changes

    def _merge_neighbour(self, story: str) -> Change | None:
        recent = self.members[story][-self.options.members :]
        # A story's neighbourhood changed where its new articles are; its older ones were
        # looked from when they were new.
        looked_from = [m for m in recent if m in self.fresh] or recent
        found_from: dict[str, str] = {}  # neighbouring story -> our member that found it
        for member in looked_from:
            sig = self.signature(member)
            for row, _ in self._nearest(sig):
                other = self.story_of[self._rows[row]]
                if other != story and self._in_window(sig.date, self.members[other]):
                    found_from.setdefault(other, member)
        mine = self.members[story]
        found_from = {  # stories of another time are two stories, however alike
            o: m for o, m in found_from.items() if self._spans_meet(mine, self.members[o])
        }
        links = {other: self.link(mine, self.members[other]) for other in found_from}
        fit = {o: v for o, v in links.items() if self._mergeable(mine, self.members[o], v)}
        best = max(fit, key=lambda o: fit[o], default=None)
        if best is None:
            return None
        survivor, gone = sorted((story, best), key=lambda s: (-len(self.members[s]), s))
        return self._merge(survivor, gone, found_from[best], links[best])

    def _nearest(self, sig: Signature) -> list[tuple[int, float]]:
        """The article's nearest rows in its time window: those it found when it was assigned
        completed with the rows added since, scored exactly (no index search again)."""
        k = self.options.neighbours
        if sig.article_id not in self._near:
            return self.index.search(sig.vector, sig.date, k)
        since, hits = self._near[sig.article_id]
        if self._batch is None:
            rows = np.array(sorted(self._added), np.int64)
            vectors = np.stack([self._added[r] for r in rows.tolist()])
            weeks = np.array([shard_of(self.dates[self._rows[r]]) for r in rows.tolist()])
            self._batch = rows, vectors, weeks
        rows, vectors, weeks = self._batch
        take = (rows >= since) & self.index.in_reach(sig.date, weeks)
        scores = vectors[take] @ sig.vector
        hits = hits + list(zip(rows[take].tolist(), scores.tolist(), strict=True))
        return sorted(hits, key=lambda hit: -hit[1])[:k]

    def _split(
        self, story: str, members: list[str], matrix: np.ndarray | None = None
    ) -> list[Change]:
        """Cut ``story`` (its ``members`` looked at) in two if its top-level groups are too
        unlike, then look again inside each part: a story may have absorbed several events.
        ``matrix``, when given, holds the members' pairwise similarities (a part reads its
        block of the whole's)."""
        if len(members) < 2 * self.options.split_min:
            return []
        if matrix is None:
            matrix = self.similarity_matrix(members)
        if not self._could_split(matrix):
            return []
        halves = top_halves(matrix, self.options.split_min)
        if halves is None:
            return []
        left, right, link = halves
        why = self._too_unlike(link, cohesion(matrix, left), cohesion(matrix, right))
        if why is None:
            return []
        part = set(right if len(right) <= len(left) else left)
        moved_at = [i for i in range(len(members)) if i in part]
        kept_at = [i for i in range(len(members)) if i not in part]
        moved, kept = [members[i] for i in moved_at], [members[i] for i in kept_at]
        new = "s" + short_hash(moved[0], story)[:12]
        for member in moved:
            self.story_of[member] = new
            self.members[story].remove(member)
        self.members[new] = moved
        reason = (
            f"{len(moved)} of {len(members)} articles are on average {link:.3f} similar to "
            f"the rest ({why})"
        )
        change = Change("split", new, other_id=story, score=link, reason=reason, moved=tuple(moved))
        return [
            change,
            *self._split(story, kept, matrix[np.ix_(kept_at, kept_at)]),
            *self._split(new, moved, matrix[np.ix_(moved_at, moved_at)]),
        ]

    def _could_split(self, matrix: np.ndarray) -> bool:
        """False when no cut of ``matrix`` can pass the split test, so the tree is not built
        (most stories a batch touches are whole). Any cut's link is at least the lowest
        pairwise similarity, and each side's cohesion at most the highest (or 1.0 for a side
        of one article)."""
        pairs = matrix[~np.eye(len(matrix), dtype=bool)]
        low, high = float(pairs.min()), float(pairs.max())
        own = high if self.options.split_min >= 2 else max(high, 1.0)
        return low < self.options.split_threshold or low < self.options.split_ratio * own


def cohesion(matrix: np.ndarray, group: list[int]) -> float:
    """Mean similarity between distinct members of ``group`` (1.0 for a single member)."""
    if len(group) < 2:
        return 1.0
    block = matrix[np.ix_(group, group)]
    return float((block.sum() - np.trace(block)) / (len(group) * (len(group) - 1)))


def top_halves(matrix: np.ndarray, least: int) -> tuple[list[int], list[int], float] | None:
    """The first two groups of the average-link tree, from the top, that each hold at least
    ``least`` members (outliers that join last are left aside), with their mean similarity."""
    from scipy.cluster.hierarchy import linkage, to_tree
    from scipy.spatial.distance import squareform

    distance = 1.0 - (matrix + matrix.T) / 2.0
    np.fill_diagonal(distance, 0.0)
    node = to_tree(linkage(squareform(np.clip(distance, 0.0, None), checks=False), "average"))
    while not node.is_leaf():
        left, right = node.get_left(), node.get_right()
        if min(left.get_count(), right.get_count()) >= least:
            a, b = sorted(left.pre_order()), sorted(right.pre_order())
            return a, b, float(matrix[np.ix_(a, b)].mean())
        node = left if left.get_count() > right.get_count() else right
    return None
