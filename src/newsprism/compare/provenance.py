"""Quote provenance: which outlets carry which quote, and how their versions differ.

Versions of one quote are matched by wording (most of the shorter version's words appear in
the longer) and speaker (the same canonical actor, or one side unresolved). A version that is
a contiguous part of another is *truncated*; one with changed words is *reworded*, with the
words that differ listed so a reader can spot a misquote.
"""

from __future__ import annotations

import difflib
import re

import numpy as np

from newsprism.compare.align import shared_labels
from newsprism.compare.framing import speaker_name
from newsprism.compare.material import Account
from newsprism.compare.records import Evidence, QuoteGroup, QuoteVersion
from newsprism.understand.records import Quote

_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_MIN_WORDS = 3
_MATCH = 0.6
_CONTINUATION_GAP = 600  # characters: a continuation follows within a paragraph or two
_CONTINUING = {"added", "adds", "continued", "continues", "went"}


def quote_groups(
    accounts: list[Account], names: dict[str, str]
) -> tuple[list[QuoteGroup], dict[str, list[str]]]:
    versions: list[tuple[str | None, list[str], QuoteVersion]] = []
    for account in accounts:
        previous: tuple[str | None, list[str], QuoteVersion] | None = None
        for quote in sorted(account.analysis.quotes, key=lambda q: q.content.start):
            if quote.kind == "indirect" or not quote.speech:
                continue
            words = _WORDS.findall(quote.content.text.lower())
            if len(words) < _MIN_WORDS:
                continue
            if previous is not None and _continues(previous, quote):
                # One utterance: the same words found twice (a partial quote inside a
                # paraphrase), or a continuation ("...," he added) of the last quote.
                if quote.content.start >= previous[2].evidence.end:
                    previous[1].extend(words)
                    previous[2].text += " … " + quote.content.text
                    first = previous[2].evidence
                    previous[2].evidence = Evidence(
                        first.source,
                        first.article_id,
                        first.start,
                        quote.content.end,
                        account.text[first.start : quote.content.end],
                    )
                continue
            speaker = speaker_name(quote.speaker_key, quote.speaker, names)
            ev = Evidence(account.source, account.id, quote.content.start, quote.content.end,
                          quote.content.text)  # fmt: skip
            previous = (
                quote.speaker_key,
                words,
                QuoteVersion(
                    account.source,
                    speaker,
                    quote.content.text,
                    ev,
                    quote.cue.text if quote.cue else None,
                    quote.medium,
                ),
            )
            versions.append(previous)
    out = [_group([versions[i] for i in g]) for g in _grouped(versions)]
    out.sort(key=lambda g: (-len(g.sources), g.speaker or ""))
    return out, _only_quoted_by(out)


def _continues(previous: tuple[str | None, list[str], QuoteVersion], quote: Quote) -> bool:
    if previous[0] != quote.speaker_key:
        return False
    if quote.content.start < previous[2].evidence.end:
        return True
    if quote.content.start - previous[2].evidence.end > _CONTINUATION_GAP:
        return False
    cue = (quote.cue.text.lower() if quote.cue else "").split()
    return not cue or cue[0] in _CONTINUING


def _grouped(versions: list[tuple[str | None, list[str], QuoteVersion]]) -> list[list[int]]:
    """Each version joins the earliest group holding a version of the same quote, else opens
    one. Two versions are of the same quote when they come from different outlets, do not name
    two different speakers, and share at least ``_MATCH`` of the shorter one's distinct words.
    The shared-word counts of all pairs come from one sparse product: a story of hundreds of
    quotes would otherwise compare sets pair by pair."""
    if not versions:
        return []
    shared, distinct = shared_labels([words for _, words, _ in versions])
    common = shared.toarray()
    lengths = np.array([len(words) for _, words, _ in versions])
    codes: dict[str | None, int] = {None: -1}
    sources = np.array([codes.setdefault(v.source, len(codes)) for _, _, v in versions])
    speakers = np.array([codes.setdefault(key or None, len(codes)) for key, _, _ in versions])
    group_of: list[int] = []
    groups: list[list[int]] = []
    for i in range(len(versions)):
        # The shorter version by word count; of two as long, the later one (version i).
        shorter = np.where(lengths[:i] < lengths[i], distinct[:i], distinct[i])
        same = (
            (common[i, :i] >= _MATCH * shorter)
            & (sources[:i] != sources[i])
            & ((speakers[:i] == -1) | (speakers[i] == -1) | (speakers[:i] == speakers[i]))
        )
        matches = np.flatnonzero(same)
        if matches.size:
            group_of.append(min(group_of[j] for j in matches))
            groups[group_of[-1]].append(i)
        else:
            group_of.append(len(groups))
            groups.append([i])
    return groups


def _group(members: list[tuple[str | None, list[str], QuoteVersion]]) -> QuoteGroup:
    versions = [m[2] for m in members]
    speaker = next((v.speaker for v in versions if v.speaker != "unattributed"), None)
    sources = list(dict.fromkeys(v.source for v in versions))
    if len(sources) < 2:
        return QuoteGroup(speaker, sources, "same", versions)
    texts = [" ".join(m[1]) for m in members]
    if len(set(texts)) == 1:
        return QuoteGroup(speaker, sources, "same", versions)
    if all(t in max(texts, key=len) for t in texts):
        return QuoteGroup(speaker, sources, "truncated", versions)
    differences: list[str] = []
    base = members[0][1]
    for other in members[1:]:
        matcher = difflib.SequenceMatcher(a=base, b=other[1], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag in {"replace", "delete"}:
                differences.append(f"{versions[0].source}: " + " ".join(base[i1:i2]))
            if tag in {"replace", "insert"}:
                differences.append(f"{other[2].source}: " + " ".join(other[1][j1:j2]))
    return QuoteGroup(speaker, sources, "reworded", versions, differences[:12])


def _only_quoted_by(groups: list[QuoteGroup]) -> dict[str, list[str]]:
    by_speaker: dict[str, set[str]] = {}
    for group in groups:
        if group.speaker:
            by_speaker.setdefault(group.speaker, set()).update(group.sources)
    out: dict[str, list[str]] = {}
    all_sources = {s for g in groups for s in g.sources}
    if len(all_sources) < 2:
        return out
    for speaker, sources in sorted(by_speaker.items()):
        if len(sources) == 1:
            out.setdefault(next(iter(sources)), []).append(speaker)
    return out
