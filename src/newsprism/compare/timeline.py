"""The story's events merged across outlets in date order, each with the outlets behind it.

Events of different outlets are one item when they have the same type, share the actor or the
target (canonical actors), name no different actor or target, and their days agree or one is
unknown. A target that is not a known actor ("the captive deal") is told apart by its words:
without that, "Trump visited the Middle East" took in "the administration negotiated the
deal", and the second event vanished from the timeline; two such targets are one when
they share a content word. Days come from the analysis, or for
an undated article from its story's inferred date (marked as inferred).
"""

from __future__ import annotations

import re

from newsprism.compare.denial import content_words
from newsprism.compare.material import Account
from newsprism.compare.records import Evidence, TimelineItem
from newsprism.dates import agree
from newsprism.understand.records import Event, Span


def merged_timeline(accounts: list[Account], names: dict[str, str]) -> list[TimelineItem]:
    items: list[tuple[tuple[str | None, str | None], TimelineItem, int]] = []
    order = 0
    for account in accounts:
        for event in account.analysis.events:
            if not (event.actor_key or event.target_key):
                continue
            day = event_day(account, event)
            inferred = bool(day) and account.day_inferred
            ev = Evidence(
                account.source,
                account.id,
                event.sentence.start,
                event.sentence.end,
                account.text[event.sentence.start : event.sentence.end],
            )
            target = _identity(event.target_key, event.target)
            match = _matching(items, event, target, day)
            if match is not None:
                if account.source not in match.sources:
                    match.sources.append(account.source)
                match.evidence.append(ev)
                if match.place is None and event.place is not None:
                    match.place = event.place.text
                if day and (match.date is None or len(day) > len(match.date)):
                    match.date, match.date_inferred = day, inferred  # the finer of the two
                elif day and match.date_inferred and not inferred:
                    match.date_inferred = False
                continue
            item = TimelineItem(
                day,
                inferred,
                event.type,
                names.get(event.actor_key or "") or (event.actor.text if event.actor else None),
                names.get(event.target_key or "") or (event.target.text if event.target else None),
                event.negated,
                [account.source],
                [ev],
                event.mode,
                event.place.text if event.place else None,
            )
            items.append(((event.actor_key, target), item, order))
            order += 1
    items.sort(key=lambda x: (x[1].date is None, x[1].date or "", x[2]))
    return [item for _, item, _ in items]


def _identity(key: str | None, span: Span | None) -> str | None:
    """What an event's target is: its canonical actor, else its words without an article."""
    if key:
        return "actor:" + key
    if span is None:
        return None
    words = span.text.split()
    article = [w.lower() for w in words[:1]] in (["the"], ["a"], ["an"])
    return "words:" + " ".join(words[1:] if article else words)


def _matching(
    items: list[tuple[tuple[str | None, str | None], TimelineItem, int]],
    event: Event,
    target: str | None,
    day: str | None,
) -> TimelineItem | None:
    """The item ``event`` joins: a release that happened and one that is planned are two."""
    actor = event.actor_key
    for (a, t), item, _ in items:
        if (item.type, item.negated, item.mode) != (event.type, event.negated, event.mode):
            continue
        shares = (actor and actor == a) or (target and t and target.lower() == t.lower())
        clashes = (actor and a and actor != a) or (target and t and not _same_target(target, t))
        if shares and not clashes and (day is None or item.date is None or agree(day, item.date)):
            return item
    return None


def _same_target(one: str, other: str) -> bool:
    """Two targets in words are one when they share a content word: "her sister's
    opposition" and "her sister's stance" (BASIL: HuffPost's and the NYT's account of one
    criticism were two items); "the region" and "the deal" are not, nor are "the Senate
    bill" and "the House bill", whose names differ."""
    if one.lower() == other.lower():
        return True
    if not (one.startswith("words:") and other.startswith("words:")):
        return False
    names = [{w.lower() for w in text[6:].split() if w[:1].isupper()} for text in (one, other)]
    if names[0] and names[1] and not names[0] & names[1]:
        return False
    return bool(_kinds(content_words(one[6:])) & _kinds(content_words(other[6:])))


def _kinds(words: frozenset[str]) -> set[str]:
    """Words with a word for a bill standing for all of them: HuffPost's Trump vetoed "a
    resolution", Newsmax's "a bill", one veto (PAC had it twice on the timeline)."""
    return {"bill" if w in _BILLS else w for w in words}


_BILLS = content_words("bill resolution measure legislation")


def event_day(account: Account, event: Event) -> str | None:
    """The event's day: as the analysis resolved it, else the one day resolved in its
    sentence outside a relative clause that does not hold the verb. "Licht praised the
    performance of Kaitlan Collins, who battled ... on Wednesday night" is not Wednesday's
    praise (PAC: the call was on Thursday)."""
    if event.date:
        return event.date
    start, end = event.sentence.start, event.sentence.end
    asides = [
        m.span()
        for m in _RELATIVE.finditer(account.text, start, end)
        if not m.start() <= event.verb.start < m.end()
    ]
    days = [
        d
        for s, d in account.days.items()
        if start <= s < end and not any(a <= s < b for a, b in asides)
    ]
    return days[0].isoformat() if len(set(days)) == 1 else None


# A relative clause about someone, set off by commas, to the next comma, dash or the
# sentence's end. Not ", which": it may say when the whole event happened ("..., which came
# on Monday").
_RELATIVE = re.compile(r",\s+(?:who|whom|whose)\b[^,;—–]*")
