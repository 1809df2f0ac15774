"""Quote provenance: which outlets carry which quote, and how their versions differ.

Versions of one quote are matched by wording (most of the shorter version's words appear in
the longer) and speaker (the same canonical actor, or one side unresolved). An outlet that
splits a statement in two ("...," the lawyer said. "...") has both parts in the group, read
in order as its one version. A version that only runs shorter at either end is *truncated*;
one with words changed, added or left out inside is *reworded*, with those words listed so a
reader can spot a misquote. Typographic apostrophes (’ and ') are one character. Only the
speaker's words are compared: not a cue that interrupts a quotation, not the paraphrase
around a partial quote's marked words.
"""

from __future__ import annotations

import difflib
import re

import numpy as np

from newsprism.compare.align import shared_labels
from newsprism.compare.framing import SOMEONE_EARLIER, THE_WRITER, shown_speaker
from newsprism.compare.material import Account
from newsprism.compare.records import Evidence, QuoteGroup, QuoteVersion
from newsprism.textutil import tokens
from newsprism.understand.quotemarks import inside
from newsprism.understand.records import Quote

_MIN_WORDS = 3
_MATCH = 0.6
_RUN = 4  # words in order that two versions of one quote share at least
_CONTINUATION_GAP = 600  # characters: a continuation follows within a paragraph or two
_CONTINUING = {"added", "adds", "continued", "continues", "went"}


def quote_groups(
    accounts: list[Account], names: dict[str, str]
) -> tuple[list[QuoteGroup], dict[str, list[str]]]:
    versions: list[tuple[str | None, list[str], QuoteVersion]] = []
    for account in accounts:
        previous: tuple[str | None, list[str], QuoteVersion] | None = None
        reporting = _reporting(account)
        for quote in sorted(account.analysis.quotes, key=lambda q: q.content.start):
            if quote.kind == "indirect" or not quote.speech or id(quote) in reporting:
                continue
            if len(tokens(quote.content.text)) < _MIN_WORDS:
                continue
            words = tokens(_spoken(quote))
            if previous is not None and _continues(previous, quote):
                # One utterance: the same words found twice (a partial quote inside a
                # paraphrase), or a continuation ("...," he added) of the last quote.
                if quote.content.start >= previous[2].evidence.end:
                    previous[1].extend(words)
                    _join(previous[2], quote)
                    first = previous[2].evidence
                    previous[2].evidence = Evidence(
                        first.source,
                        first.article_id,
                        first.start,
                        quote.content.end,
                        account.text[first.start : quote.content.end],
                    )
                continue
            speaker = shown_speaker(quote.speaker_key, quote.speaker, names)
            ev = Evidence(account.source, account.id, quote.content.start, quote.content.end,
                          quote.content.text)  # fmt: skip
            previous = (
                quote.speaker_key,
                words,
                QuoteVersion(
                    account.source,
                    speaker,
                    quote.shown(),
                    ev,
                    quote.cue.text if quote.cue else None,
                    quote.medium,
                    quote.kind == "partial",
                ),
            )
            versions.append(previous)
    out = [_group([versions[i] for i in g]) for g in _grouped(versions)]
    out.sort(key=lambda g: (-len(g.sources), g.speaker or ""))
    return out, _only_quoted_by(out)


def _join(version: QuoteVersion, quote: Quote) -> None:
    """Append a continuation's words; where a partial quote is one of the two, the joined
    text carries each part's own marks (a paraphrase must not end up inside ours)."""
    if not version.paraphrased and quote.kind != "partial":
        version.text += " … " + quote.shown()
        return
    more = quote.shown() if quote.kind == "partial" else f"“{quote.shown()}”"
    version.text, version.paraphrased = f"{version.shown()} … {more}", True


def _reporting(account: Account) -> set[int]:
    """The quotes (by ``id``) that only report another speaker's quote: a source with no cue
    of its own outside its words (an "according to" source, ``Quote.only_reports``)
    whose words hold that quote, its cue outside
    quotation marks, and no quoted words but its ("“Some of the rhetoric
    ... is ill-advised,” Biden said, according to AFP" is AFP's report of Biden's words, and
    Biden's quote is there too; BASIL listed AFP among the speakers only one outlet quotes).
    Not a speaker quoting someone ("“I heard the head of Mexico said ‘no way’ ...”": the cue
    is inside the marks), nor a quote whose own marked words lie outside the other, nor one
    speaker's quote inside another of theirs. A quote with a cue of its own stays whatever
    it holds: "Summers told ... that the tax deal announced by President Obama “would
    significantly increase the risk”" is Summers's, though the analysis also gave the marked
    words to Obama through "announced"."""
    quotes = account.analysis.quotes
    return {
        id(quote)
        for quote in quotes
        if quote.only_reports()
        and any(_reports(quote, other, account.marks) for other in quotes if other is not quote)
    }


def _reports(outer: Quote, inner: Quote, marks: list[tuple[int, int]]) -> bool:
    """Whether ``outer`` holds another speaker's ``inner`` quote, its cue outside quotation
    marks, and every quoted word of ``outer`` is ``inner``'s."""
    start, end = outer.content.start, outer.content.end
    cue, words = inner.cue, inner.content
    if cue is None or inner.speaker_key == outer.speaker_key:
        return False
    if not (start <= cue.start < end and start <= words.start and words.end <= end):
        return False
    marked = [(a, b) for a, b in marks if a < end and start < b]
    return (
        bool(marked)
        and not inside(cue.start, marks)
        and all(words.start <= max(a, start) and min(b, end) <= words.end + 1 for a, b in marked)
    )


_MARKED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")  # the words inside quotation marks


def _spoken(quote: Quote) -> str:
    """The speaker's words: a quotation interrupted by its cue ("“This American carnage,” he
    declared, “stops right here”") without the interruption, which is the outlet's, and of a
    partial quote only the words in quotation marks (the rest paraphrases them)."""
    text = quote.content.text
    if quote.kind == "partial":
        # "that he's “not going to talk about this anymore”": only the marked words are his.
        marked = _MARKED.findall(text)
        return " ".join(a or b for a, b in marked) if marked else text
    return quote.without_interruption(" ")


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
    """Groups of versions of one quote. Two versions are of the same quote when they come
    from different outlets, do not name two different speakers, and share at least ``_MATCH``
    of the shorter one's distinct words, four of them in one run. A version joins every
    earlier group holding such a version, and those groups become one, unless that would
    put two different speakers in a group: then it joins the earliest. Fox's whole
    statement thus joins the two parts the NYT quoted apart. A version of fewer than three
    distinct words joins nothing. The shared-word counts of all pairs come from one sparse
    product: a story of hundreds of quotes would otherwise compare sets pair by pair."""
    if not versions:
        return []
    shared, distinct = shared_labels([words for _, words, _ in versions])
    common = shared.toarray()
    lengths = np.array([len(words) for _, words, _ in versions])
    codes: dict[str | None, int] = {None: -1}
    sources = np.array([codes.setdefault(v.source, len(codes)) for _, _, v in versions])
    speakers = np.array([codes.setdefault(key or None, len(codes)) for key, _, _ in versions])
    group_of = list(range(len(versions)))
    groups: dict[int, list[int]] = {}
    for i in range(len(versions)):
        # The shorter version by word count; of two as long, the later one (version i).
        shorter = np.where(lengths[:i] < lengths[i], distinct[:i], distinct[i])
        same = (
            (common[i, :i] >= _MATCH * shorter)
            & (sources[:i] != sources[i])
            # "Trump! Trump! Trump!" is one word, and shares it with anything: a version of
            # fewer than three distinct words is a group of its own.
            & (distinct[:i] >= _MIN_WORDS)
            & (distinct[i] >= _MIN_WORDS)
            & ((speakers[:i] == -1) | (speakers[i] == -1) | (speakers[:i] == speakers[i]))
        )
        words = versions[i][1]
        found = sorted(
            {group_of[j] for j in np.flatnonzero(same) if _run_shared(words, versions[j][1])}
        )
        if not found:
            groups[i] = [i]
            continue
        named = {int(speakers[j]) for g in found for j in groups[g]} | {int(speakers[i])}
        if len(named - {-1}) > 1:
            found = found[:1]
        into = found[0]
        for g in found[1:]:
            for j in groups.pop(g):
                group_of[j] = into
                groups[into].append(j)
        groups[into] = [*sorted(groups[into]), i]
        group_of[i] = into
    return [groups[g] for g in sorted(groups)]


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether ``part`` is a run of ``whole`` (and shorter than it)."""
    return len(part) < len(whole) and _longest_run(part, whole) == len(part)


def _run_shared(a: list[str], b: list[str]) -> bool:
    """Whether two versions share a run of words in order: four, or all of a shorter one.
    Shared words alone matched "not going to talk about this anymore" with another answer of
    the same press conference ("I am not going to allow this thing to dominate what I talk
    about")."""
    return _longest_run(a, b) >= min(_RUN, len(a), len(b))


def _longest_run(a: list[str], b: list[str]) -> int:
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return matcher.find_longest_match(0, len(a), 0, len(b)).size


def _group(members: list[tuple[str | None, list[str], QuoteVersion]]) -> QuoteGroup:
    versions = [m[2] for m in members]
    named = [v.speaker for key, _, v in members if key] + [v.speaker for v in versions]
    speaker = next((s for s in named if s != "unattributed"), None)
    sources = list(dict.fromkeys(v.source for v in versions))
    if len(sources) < 2:
        return QuoteGroup(speaker, sources, "same", versions)
    told: dict[str, list[str]] = {}  # each outlet's parts of the quote, read in order
    order = sorted(members, key=lambda m: (sources.index(m[2].source), m[2].evidence.start))
    parts: dict[str, list[list[str]]] = {}
    for _, words, version in order:
        parts.setdefault(version.source, []).append(words)
    for source, own in parts.items():
        # An outlet that gives a few words as a partial quote and the sentence holding them
        # later ("that he's “not going to talk about this anymore”", then the whole answer)
        # told them once.
        kept = [
            w
            for n, w in enumerate(own)
            if not any(m != n and _within(w, o) for m, o in enumerate(own))
        ]
        told[source] = [word for words in kept for word in words]
    (first, base), *others = told.items()
    if all(words == base for _, words in others):
        return QuoteGroup(speaker, sources, "same", versions)
    differences: list[str] = []
    for source, words in others:
        matcher = difflib.SequenceMatcher(a=base, b=words, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            # Running on before or after the other version is a truncation, not a change.
            at_edge = (i1 == j1 == 0) or (i2 == len(base) and j2 == len(words))
            if tag == "equal" or (tag != "replace" and at_edge):
                continue
            if i2 > i1:
                differences.append(f"{first}: " + " ".join(base[i1:i2]))
            if j2 > j1:
                differences.append(f"{source}: " + " ".join(words[j1:j2]))
    if not differences:
        return QuoteGroup(speaker, sources, "truncated", versions)
    return QuoteGroup(speaker, sources, "reworded", versions, list(dict.fromkeys(differences))[:12])


# What `shown_speaker` calls a pronoun no name was found for: it names no one.
_NO_ONE = frozenset({SOMEONE_EARLIER, THE_WRITER})


def _only_quoted_by(groups: list[QuoteGroup]) -> dict[str, list[str]]:
    """Each outlet's speakers that no other outlet quotes. A pronoun the analysis could not
    resolve names no one: "they" was listed as a source PAC's The Hill alone quotes, "you"
    one BASIL's NYT alone quotes, and two outlets' "they" (two different groups) would have
    read as one speaker both quote."""
    by_speaker: dict[str, set[str]] = {}
    for group in groups:
        if group.speaker and group.speaker not in _NO_ONE:
            by_speaker.setdefault(group.speaker, set()).update(group.sources)
    out: dict[str, list[str]] = {}
    all_sources = {s for g in groups for s in g.sources}
    if len(all_sources) < 2:
        return out
    for speaker, sources in sorted(by_speaker.items()):
        if len(sources) == 1:
            out.setdefault(next(iter(sources)), []).append(speaker)
    return out
