"""Conflicts between outlets: the same quantity given differently, the same event on
different days, and a denial against an assertion.

Quantities are matched by what they count (the counted noun, its unit and the state words of
its qualifier: "12 still reported missing" counts missing people), never by the raw
number, and only between sentences that are about the same thing (aligned into one fact, or
related above the related threshold).
"""

from __future__ import annotations

import re
from itertools import combinations

import numpy as np

from newsprism.compare.align import other_source_mask
from newsprism.compare.denial import content_words
from newsprism.compare.material import Sentence, counted_stem
from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Conflict, Fact, Side
from newsprism.dates import agree
from newsprism.understand.records import Amount

# "three other women", "two more bodies": part of a count, set only against a part.
_PARTIAL = re.compile(r"\s*(?:-\s*)?(?:other|more|additional|further|remaining|new|extra)\b",
                      re.IGNORECASE)  # fmt: skip
# "a one-in-three chance": odds, not a count.
_ODDS = re.compile(r"(?:-in-|\s+in\s+)(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)",
                   re.IGNORECASE)  # fmt: skip
_ODDS_BEFORE = re.compile(r"(?:\d|one|two|three|four|five)(?:-in-|\s+in\s+)$", re.IGNORECASE)
# "30,000 of her 62,000 emails", "three of the victims": a part of what is counted (PAC: set
# against another outlet's "roughly 60,000 emails", the whole).
_PART_OF = re.compile(
    r"\s+(?:of|out\s+of)\s+(?:the|her|his|their|its|our|these|those|them|\$?\d)\b",
    re.IGNORECASE,
)
# "all 50 states": the whole of a set, not a figure that another outlet's "26 states" could
# dispute (PAC: "abortion remains legal in all 50 states" against "26 states where abortion
# will be banned").
_WHOLE_BEFORE = re.compile(r"\b(?:all|all\s+of\s+the|each\s+of\s+the|every\s+one\s+of\s+the)\s+$",
                           re.IGNORECASE)  # fmt: skip
# A figure told this many days apart by two outlets may have changed in between (a toll
# that rises, a count that is updated): that is news, not a contradiction.
_DAYS_APART = 2
# Characters between a verb of saying and a time after it that tells when it was said ("said
# late Monday"). A time just before the verb is mostly its subject's ("a survey in June
# found").
_TELLING = 12
# What an amount counts: counted noun's stem, unit, state words, and "part", "whole" or "".
_What = tuple[str, str | None, frozenset[str], str]
_Figures = list[tuple[Amount, _What]]  # amounts, each with what it counts
# Nouns that a number stands before without being what it counts: "$9,587.64 worth of
# furs", "three times".
_NOT_COUNTS = {"worth", "time"}
# Qualifier words that change what is counted ("alive", "dead"); hedges ("about", "at least",
# "believed") do not.
_STATE_WORDS = {"alive", "living", "dead", "killed", "injured", "wounded", "missing",
                "held", "released", "freed", "arrested", "displaced"}  # fmt: skip


def find_conflicts(
    sentences: list[Sentence],
    facts: list[Fact],
    scores: np.ndarray,
    names: dict[str, str],
    options: CompareOptions,
) -> list[Conflict]:
    together = _related_pairs(sentences, facts, scores, options)
    loose = [(a, b) for a, b, _ in together]
    aligned = [(a, b) for a, b, one_fact in together if one_fact]
    conflicts = _amounts(loose, names)
    # One actor doing one kind of thing on two days is mostly two events ("met Sunday" and
    # "Thursday night's meeting ... the second time in a week"): only sentences aligned into
    # one fact give one event two dates.
    conflicts += _dates(aligned, names)
    conflicts += _denials(aligned, names)
    return conflicts


def _related_pairs(
    sentences: list[Sentence], facts: list[Fact], scores: np.ndarray, options: CompareOptions
) -> list[tuple[Sentence, Sentence, bool]]:
    """Sentence pairs of different outlets about the same thing, and whether they were aligned
    into one fact (a denial is only set against what the other outlet states as that fact)."""
    by_span = {(s.account.id, s.claim.span.start): s for s in sentences}
    fact_of: dict[int, str] = {}
    for fact in facts:
        for ev in fact.evidence:
            sentence = by_span.get((ev.article_id, ev.start))
            if sentence is not None:
                fact_of[sentence.index] = fact.id
    close = np.triu(other_source_mask(sentences) & (scores >= options.related_threshold), 1)
    chosen = {(int(i), int(j)) for i, j in zip(*np.nonzero(close), strict=True)}
    members: dict[str, list[int]] = {}
    for index, fact_id in fact_of.items():
        members.setdefault(fact_id, []).append(index)
    aligned = set()
    for group in members.values():
        for i, j in combinations(sorted(group), 2):
            if sentences[i].source != sentences[j].source:
                aligned.add((i, j))
    return [(sentences[i], sentences[j], (i, j) in aligned) for i, j in sorted(chosen | aligned)]


def _amounts(pairs: list[tuple[Sentence, Sentence]], names: dict[str, str]) -> list[Conflict]:
    found: dict[tuple[str, str, str], Conflict] = {}
    sentences = {s.index: s for pair in pairs for s in pair}
    counted = {i: _counted_in(_amounts_in(s), s.account.text) for i, s in sentences.items()}
    figures = {i: _values(s) for i, s in sentences.items()}
    breakdowns = {i: _breakdown(items) for i, items in counted.items()}
    times = {i: _times(s) for i, s in sentences.items()}
    articles: dict[str, _Figures] = {}  # each article's figures, read once
    for a, b in pairs:
        told = (figures[a.index], figures[b.index])
        if not _same_time(a, b, times[a.index], times[b.index]):
            continue
        for x, what in counted[a.index]:
            for y, other in counted[b.index]:
                if what != other or what in breakdowns[a.index] | breakdowns[b.index]:
                    continue
                if _projected(x, a) != _projected(y, b):
                    continue  # "26 states are likely to ban" against "21 states have bans"
                if not _same_need(_required(x, a), _required(y, b)):
                    continue  # "requires 60 votes to overcome" against "41 votes to block"
                if not _around(x, a) & _around(y, b):
                    continue  # "60 votes to end a filibuster" and "only 51 votes right now"
                if _overlaps(x, y) or _rounded(x, y) or _apart(x, y):
                    continue
                if _tally_below(x, a, y) or _tally_below(y, b, x):
                    continue  # "had already allowed 24 amendments" against "the 41 amendments"
                if _number(x) in told[1] or _number(y) in told[0]:
                    continue  # "six arrests Wednesday, against 47 the night before"
                if _gives(_article(b, articles), what, x) or _gives(_article(a, articles), what, y):
                    continue  # the outlet gives the other figure too, elsewhere in its article
                subject = _subject(x, a.account.text)
                first, second = sorted((a.source, b.source))
                key = (subject, first, second)
                if key in found:
                    continue
                found[key] = Conflict(
                    "amount",
                    subject,
                    [
                        _side(a, x.span.text, x.span.start, names),
                        _side(b, y.span.text, y.span.start, names),
                    ],
                )
    return _joined(list(found.values()))


def _joined(conflicts: list[Conflict]) -> list[Conflict]:
    """One conflict per disputed figure, however many outlets give it: conflicts of one kind
    and subject that share a side (the same figure in the same sentence) become one, so a
    three-outlet story's "48-page indictment" (Fox, NYT) against "47-page" (HuffPost) reads
    as one dispute with three sides, not as two pairs (BASIL)."""
    groups: list[Conflict] = []
    for conflict in conflicts:
        keys = {_side_key(s) for s in conflict.sides}
        joined = [
            g
            for g in groups
            if (g.kind, g.subject) == (conflict.kind, conflict.subject)
            and keys & {_side_key(s) for s in g.sides}
        ]
        if not joined:
            groups.append(Conflict(conflict.kind, conflict.subject, list(conflict.sides),
                                   conflict.note))  # fmt: skip
            continue
        first, *rest = joined
        groups = [g for g in groups if all(g is not r for r in rest)]
        for other in [*rest, conflict]:
            held = {_side_key(s) for s in first.sides}
            first.sides += [s for s in other.sides if _side_key(s) not in held]
    return groups


def _side_key(side: Side) -> tuple[str, int, str]:
    return side.evidence.article_id, side.evidence.start, side.value


_BEFORE, _AFTER = 60, 70  # characters of a number's own clause, around it


def _around(amount: Amount, sentence: Sentence) -> frozenset[str]:
    """The content words next to a number, but what it counts: two figures of one quantity
    share one ("the 48-page indictment" and "the 47-page indictment"; "55,000 pages of
    Clinton's emails" and "50,000 pages of printed emails"), while "a two-term tenure as
    attorney general" and "served three terms in the Senate" count different terms. Read on
    BASIL's stories, where counted nouns alone matched votes needed with votes held."""
    text, span = sentence.account.text, sentence.claim.span
    start, end = amount.span.start, amount.span.end
    near = (
        text[max(span.start, start - _BEFORE) : start]
        + " "
        + text[end : min(span.end, end + _AFTER)]
    )
    return content_words(near) - content_words(amount.counted or "")


def _counted_in(amounts: list[Amount], text: str) -> _Figures:
    """Each amount with what it counts."""
    return [(amount, _what(amount, text)) for amount in amounts]


def _article(sentence: Sentence, articles: dict[str, _Figures]) -> _Figures:
    """Every figure of the sentence's article that counts something, with what it counts."""
    account = sentence.account
    if account.id not in articles:
        amounts = [a for a in account.analysis.amounts if a.counted and _number(a) is not None]
        articles[account.id] = _counted_in(amounts, account.text)
    return articles[account.id]


def _breakdown(items: _Figures) -> set[_What]:
    """What a sentence counts with two or more different figures: a breakdown ("Nine states
    ... ; 13 states have a trigger ban ... ; and five states ...") whose parts are subsets,
    each as easily set against another outlet's figure for another subset (PAC)."""
    values: dict[_What, set[tuple[float, float] | None]] = {}
    for amount, what in items:
        values.setdefault(what, set()).add(_number(amount))
    return {what for what, numbers in values.items() if len(numbers) > 1}


def _gives(figures: _Figures, what: _What, other: Amount) -> bool:
    """Whether an article's figures hold one of the same thing that ``other`` agrees with:
    PAC's "15 percent ethanol" against a sentence about "E10, containing 10% ethanol" in an
    article that names E15's "15% ethanol" one sentence before."""
    return any(own == what and _overlaps(a, other) for a, own in figures)


def _same_time(a: Sentence, b: Sentence, first: list[str], second: list[str]) -> bool:
    """Whether two sentences can give one quantity at one time: not when each names a time
    and none of one's agrees with any of the other's (PAC: "66% of the executives surveyed
    ... in June" against "a March report ... found that 59 percent of oil company
    executives"), nor when their articles appeared more than ``_DAYS_APART`` days apart and
    the sentences share no named time ("at least eight states now having abortion bans",
    June, against "Twenty-one states have pre-viability bans", May). ``first`` and
    ``second``: the times each names (``_times``)."""
    if any(agree(x, y) for x in first for y in second):
        return True
    if first and second:
        return False
    days = (a.account.day, b.account.day)
    return days[0] is None or days[1] is None or abs((days[0] - days[1]).days) <= _DAYS_APART


def _times(sentence: Sentence) -> list[str]:
    """The resolved times a sentence names, each as an ISO date of its own precision, but
    the time of the telling: in "The department said late Monday that it had received
    55,000 pages", Monday is not when the pages came (BASIL: set against "in December ...
    50,000 pages ... were delivered", the same delivery)."""
    span = sentence.claim.span
    analysis = sentence.account.analysis
    cues = [q.cue for q in analysis.quotes if q.cue and span.start <= q.cue.start < span.end]
    out = []
    for time in analysis.times:
        if time.value is None or not span.start <= time.span.start < span.end:
            continue
        if any(0 <= time.span.start - cue.end <= _TELLING for cue in cues):
            continue
        width = {"year": 4, "month": 7}.get(time.granularity or "", 10)
        out.append(time.value.isoformat()[:width])
    return out


def _projected(amount: Amount, sentence: Sentence) -> bool:
    """Whether a figure is the subject or object of a projection (PAC: "26 states are likely
    or almost certain to ban abortion", set against "Twenty-one states have pre-viability
    bans in effect"): a projection and a count are two quantities. Only the figure's own
    predicate counts: in "lay out 19 separate actions the president could take", the
    actions are counted and "could" is theirs (BASIL: set, rightly, against the "nearly
    two-dozen executive actions" he signed); in "55,000 pages ... as part of a request ...
    they may have had", the "may" is the request's."""
    before, after = _own_clause(amount, sentence)
    return bool(_PROJECTED_AFTER.match(after) or _PROJECTED_BEFORE.search(before))


def _own_clause(
    amount: Amount, sentence: Sentence, before: int = 40, after: int = 60
) -> tuple[str, str]:
    """The text just before a figure and just after it, within its sentence: where its own
    predicate is ("26 states *are likely to ban*", "*requires* a supermajority of 60")."""
    text, span = sentence.account.text, sentence.claim.span
    start, end = amount.span.start, amount.span.end
    return text[max(span.start, start - before) : start], text[end : min(span.end, end + after)]


# "had already allowed 24 amendments", "24 so far", "to date": a count still running.
_TALLY_BEFORE = re.compile(r"\b(?:already|so\s+far|thus\s+far|to\s+date)\b(?:\s+[\w’'-]+){0,5}\s*$",
                           re.IGNORECASE)  # fmt: skip
_TALLY_AFTER = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,3}?(?:so\s+far|thus\s+far|to\s+date)\b", re.IGNORECASE
)


def _tally_below(amount: Amount, sentence: Sentence, other: Amount) -> bool:
    """A running count below the other figure (PAC: McConnell "had already allowed the Senate
    to process 24 amendments" against "the 41 amendments ... that got votes"): a count
    still going on says "at least so many so far", which a later, larger one does not
    contradict. A tally above the other still does."""
    own, theirs = _number(amount), _number(other)
    if own is None or theirs is None or own[1] > theirs[0]:
        return False
    before, after = _own_clause(amount, sentence, before=60, after=40)
    return bool(_TALLY_BEFORE.search(before) or _TALLY_AFTER.match(after))


_MODAL = (r"(?:likely|unlikely|expected|projected|forecast|predicted|poised|set\s+to|would|could|"
          r"might|may|will)")  # fmt: skip
# "26 states are likely to ban", "as many as 30 people could", "12 more are expected to"
_PROJECTED_AFTER = re.compile(
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:(?:are|is|were|was|be|been)\s+)?" + _MODAL + r"\b",
    re.IGNORECASE,
)
# "could reach 50,000", "is expected to top 100", "if 26 states ban"
_PROJECTED_BEFORE = re.compile(
    r"\b(?:" + _MODAL + r"|if|unless)\s+(?:[\w’'-]+\s+){0,2}(?:[\w$]+\s+)?$", re.IGNORECASE
)


# "requires a supermajority of 60 votes", "needs 218", "it takes 60 votes" (but "took the
# 35-word oath" is no requirement)
_NEEDS_BEFORE = re.compile(r"\b(?:requir(?:e|es|ed|ing)|needs?|needed|needing|"
                           r"it\s+(?:takes|took))\s+"
                           r"(?:(?:a|an|the|at\s+least)\s+)?(?:[\w-]+\s+of\s+)?$",
                           re.IGNORECASE)  # fmt: skip
# "60 votes needed", "the 41 votes necessary to filibuster"
_NEEDED_AFTER = re.compile(r"\S*\s+(?:[\w-]+\s+)?(?:needed|necessary|required)\b", re.IGNORECASE)
# what a required figure is for: "to overcome such a filibuster", "for passage"
_PURPOSE = re.compile(r"\S*\s+(?:[\w-]+\s+){0,3}?(?:to|for)\s+(?P<purpose>[a-z][\w-]*)")


def _required(amount: Amount, sentence: Sentence) -> tuple[bool, str]:
    """Whether a figure is what something requires, and what for ("" when not said). A
    threshold and a count are two quantities, and so are two thresholds for two ends (BASIL:
    "requires a supermajority of 60 votes to overcome such a filibuster" against "the 41
    votes necessary to filibuster the nomination", the Gorsuch vote)."""
    before, after = _own_clause(amount, sentence)
    if not (_NEEDS_BEFORE.search(before) or _NEEDED_AFTER.match(after)):
        return False, ""
    purpose = _PURPOSE.match(after)
    return True, min(content_words(purpose["purpose"]), default="") if purpose else ""


def _same_need(x: tuple[bool, str], y: tuple[bool, str]) -> bool:
    """Two figures can give one quantity when both are requirements or neither is, and two
    requirements whose ends are both said are for the same end."""
    return x[0] == y[0] and (not (x[1] and y[1]) or x[1] == y[1])


def _amounts_in(sentence: Sentence) -> list[Amount]:
    span = sentence.claim.span
    return [
        a
        for a in sentence.account.analysis.amounts
        if a.counted
        and counted_stem(a.counted) not in _NOT_COUNTS
        and not _ODDS.match(sentence.account.text, a.span.end)
        and not _ODDS_BEFORE.search(sentence.account.text[max(0, a.span.start - 12) : a.span.start])
        and span.start <= a.span.start < span.end
        and _number(a) is not None
    ]


def _values(sentence: Sentence) -> set[tuple[float, float] | None]:
    """Every number a sentence gives, whatever it counts: an outlet that gives both figures
    does not contradict the one that gives one of them."""
    span = sentence.claim.span
    amounts = sentence.account.analysis.amounts
    return {_number(a) for a in amounts if span.start <= a.span.start < span.end}


def _rounded(x: Amount, y: Amount) -> bool:
    """Whether one figure is the other rounded to thousands or more: "a $43,000 watch" and
    "a $43,350 watch" agree. (Not to tens: 60 against 58 dead is a discrepancy.)"""
    a, b = _number(x), _number(y)
    assert a is not None and b is not None
    for own, other in ((a, b), (b, a)):
        if own[0] != own[1] or own[0] < 1000 or own[0] % 1000:
            continue
        step = 1000.0
        while own[0] % (step * 10) == 0:
            step *= 10
        if abs(own[0] - (other[0] + other[1]) / 2) < step / 2:
            return True
    return False


def _apart(x: Amount, y: Amount) -> bool:
    """Figures more than three times apart are rarely one quantity told differently (59
    against 58 captives, 150,000 against 250,000 marchers) and often two ("at least 240
    seats" held, "nearly 60 seats" lost): on the 100 BASIL events, none of the 9 conflicts
    of the earlier rules that this drops was one quantity given differently."""
    a, b = _number(x), _number(y)
    assert a is not None and b is not None
    small, large = sorted(((a[0] + a[1]) / 2, (b[0] + b[1]) / 2))
    return small > 0 and large > 3 * small


def _what(amount: Amount, text: str) -> _What:
    """What an amount counts. "three other women" counts part of what "four women" counts,
    "30,000 of her 62,000 emails" part of the emails, "all 50 states" the whole set."""
    after = text[amount.span.end : amount.span.end + 40]
    before = text[max(0, amount.span.start - 25) : amount.span.start]
    if _PARTIAL.match(after) is not None or _PART_OF.match(after) is not None:
        share = "part"
    elif _WHOLE_BEFORE.search(before) is not None:
        share = "whole"
    else:
        share = ""
    return (counted_stem(amount.counted or ""), amount.unit, _states(amount.qualifier), share)


def _states(qualifier: str | None) -> frozenset[str]:
    words = set(re.findall(r"[a-z]+", (qualifier or "").lower()))
    return frozenset(words & _STATE_WORDS)


def _number(amount: Amount) -> tuple[float, float] | None:
    if amount.low is not None and amount.high is not None:
        return amount.low, amount.high
    if amount.value is not None:
        return amount.value, amount.value
    return None


# Words that put a figure near another: "about 26" allows 28.
_ABOUT = r"about|around|nearly|almost|roughly|approximately|some|estimated"
_HEDGES = re.compile(rf"\b(at least|more than|over|up to|{_ABOUT})\b")


def _overlaps(x: Amount, y: Amount) -> bool:
    a, b = _number(x), _number(y)
    assert a is not None and b is not None
    hedged = any(q and _HEDGES.search(q) for q in (x.qualifier, y.qualifier))
    if hedged:  # "at least 26" does not contradict "31"
        return _compatible_bounds(x, a, y, b)
    return a[0] <= b[1] and b[0] <= a[1]


def _compatible_bounds(
    x: Amount, a: tuple[float, float], y: Amount, b: tuple[float, float]
) -> bool:
    for amount, own, other in ((x, a, b), (y, b, a)):
        q = amount.qualifier or ""
        if re.search(r"\b(at least|more than|over)\b", q) and other[1] >= own[0]:
            return True
        if re.search(r"\bup to\b", q) and other[0] <= own[1]:
            return True
        if re.search(rf"\b({_ABOUT})\b", q) and abs(other[0] - own[0]) <= 0.1 * own[0]:
            return True
    return a[0] <= b[1] and b[0] <= a[1]


def _subject(amount: Amount, text: str) -> str:
    """What is counted, as a reader says it: the number of "pages" of "a 48-page indictment"
    (the analysis gives the noun as written after the hyphen: "page")."""
    states = sorted(_states(amount.qualifier))
    noun = (amount.counted or "").lower()
    after = text[amount.span.end : amount.span.end + len(noun) + 1].lower()
    if noun and after == f"-{noun}":
        noun = _plural(noun)
    return f"{noun} ({', '.join(states)})" if states else noun


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "z", "ch", "sh")) else "s")


def _dates(pairs: list[tuple[Sentence, Sentence]], names: dict[str, str]) -> list[Conflict]:
    """One conflict per event and pair of outlets, and one per pair of sentences: "visited
    Jaen on Monday to meet rescue teams" against "... on Saturday ..." is one dispute, though
    both the visit and the meeting are events."""
    out: dict[tuple[str, ...], Conflict] = {}
    told: set[tuple[str, int, str, int]] = set()
    for a, b in pairs:
        sentences = (a.account.id, a.claim.span.start, b.account.id, b.claim.span.start)
        for x in _dated_events(a):
            for y in _dated_events(b):
                # one doer and one known target: "the rebels freed the reporter" on two days is a
                # dispute; Obama meeting "the speaker" or Trump signing "the package" twice
                # mostly two events
                same = x[0] == y[0] and x[1] and x[2] and (x[1], x[2]) == (y[1], y[2])
                if not same or agree(x[3], y[3]) or sentences in told:
                    continue
                told.add(sentences)
                subject = " ".join(
                    filter(None, [names.get(x[1] or ""), x[0], names.get(x[2] or "")])
                )
                key = (subject, *sorted((a.source, b.source)))
                out.setdefault(
                    key,
                    Conflict(
                        "date",
                        subject,
                        [_side(a, x[3], x[4], names), _side(b, y[3], y[4], names)],
                    ),
                )
    return _joined(list(out.values()))


def _dated_events(sentence: Sentence) -> list[tuple[str, str | None, str | None, str, int]]:
    span = sentence.claim.span
    account = sentence.account
    out = []
    for event in account.analysis.events:
        # A planned or possible event has no day on which it happened to disagree about.
        inside = span.start <= event.verb.start < span.end
        if not inside or event.negated or event.mode != "asserted":
            continue
        # Only the day the analysis tied to the event's verb: a day elsewhere in the sentence
        # is often another act's ("rejected the offer before Trump announced it on Saturday").
        day = event.date
        if day:
            out.append((event.type, event.actor_key, event.target_key, day, event.verb.start))
    return out


# An assertion of what the other outlet reports denied carries no negation or defence of
# its own. On BASIL, most "assertions" set against a denial were the same denial in other
# words: "Santorum said he wasn't questioning ...", "defended himself against charges",
# "stands by its reporting". A belief called mistaken is the denial's side too: "LePage
# mistakenly believed Gattine called him a racist", against "something Gattine has denied";
# so is innocence ("Grimm asserts his innocence of any wrongdoing"). Read as a denial cue,
# innocence ("plans to plead not guilty to the charges") was set against the same man's
# other defences of himself. "Maintain" or "insist" that something is so holds a position
# against another (PAC: "US military officials maintain the drone was in international
# airspace" had been set, as an assertion, against the report that the US denies Iran's
# claim: the same side told twice).
_PUSHES_BACK = re.compile(
    r"\b(?:not|never|no longer|den(?:y|ies|ied|ying|ial)|defend\w*|refus\w*|reject\w*|"
    r"disput\w*|false|foul|stands? by|against (?:the )?(?:charges?|allegations?|claims?)|"
    r"(?:mistakenly|wrongly|erroneously|incorrectly)\s+(?:\w+\s+)?(?:believ|thought|assum|"
    r"suspect)\w*|innocen\w*|insist\w*|"
    r"maintain(?:s|ed|ing)?\s+(?:that\s+)?(?:the|a|an|he|she|it|they|we|i|his|her|its|their)"
    r")\b|n[’']t\b",
    re.IGNORECASE,
)


def _denials(pairs: list[tuple[Sentence, Sentence]], names: dict[str, str]) -> list[Conflict]:
    """One conflict per denial, with every sentence of the other outlets that asserts what it
    denies: BASIL's special counsel "disputed a report that ..." against four sentences of
    two outlets is one dispute to a reader, and had been listed as four."""
    found: dict[tuple[str, int], tuple[Side, list[Side], set[str]]] = {}
    seen: set[tuple[int, int]] = set()
    for a, b in pairs:
        if a.denial == b.denial:
            continue
        denier, asserter = (a, b) if a.denial else (b, a)
        if (denier.index, asserter.index) in seen or not (denier.atoms & asserter.atoms):
            continue
        if not denier.denied & content_words(asserter.claim.span.text):
            continue  # the same people, another point ("Gattine denied X" / "met Gattine")
        if not asserts_as_fact(asserter.claim.span.text):
            continue  # the other side of the same denial ("said he wasn't questioning ...")
        denial = _side(denier, "denies", denier.claim.span.start, names)
        assertion = _side(asserter, "asserts", asserter.claim.span.start, names)
        if denial.cited == assertion.cited != "the outlet itself":
            # One person's denial and his own account of the same point are one side (PAC:
            # "Marc Short dismissed the criticism, saying ..." against "Short also explained
            # that ...").
            continue
        seen.add((denier.index, asserter.index))
        shared = {
            names.get(t[6:], t[6:]) for t in denier.atoms & asserter.atoms if t.startswith("actor:")
        }
        key = (denier.account.id, denier.claim.span.start)
        held = found.setdefault(key, (denial, [], set()))
        held[1].append(assertion)
        held[2].update(shared)
    out = []
    for denial, assertions, shared in found.values():
        others = (
            "the other reports" if len({s.source for s in assertions}) == 1 else "others report"
        )
        out.append(
            Conflict(
                "denial",
                ", ".join(sorted(shared)) or "the same point",
                [denial, *assertions],
                note=f"one outlet reports a denial of what {others} as fact",
            )
        )
    return out


def asserts_as_fact(text: str) -> bool:
    """Whether a sentence tells a point as so, with no denial, defence or doubt of its own."""
    return _PUSHES_BACK.search(text) is None


def _side(sentence: Sentence, value: str, at: int, names: dict[str, str]) -> Side:
    return Side(sentence.source, value, sentence.evidence(), cited_source(sentence, at, names))


def cited_source(sentence: Sentence, at: int, names: dict[str, str]) -> str:
    """Who the outlet gives for what sits at ``at``: the speaker of a quote holding it, else
    the speaker of an attribution in the same sentence, else the outlet itself."""
    quotes = sentence.account.analysis.quotes
    span = sentence.claim.span
    holding = [q for q in quotes if q.content.start <= at < q.content.end]
    nearby = [q for q in quotes if span.start <= q.content.start < span.end]
    for quote in holding + nearby:
        if quote.speaker_key and quote.speaker_key in names:
            return names[quote.speaker_key]
        if quote.speaker is not None:
            return quote.speaker.text
    return "the outlet itself"
