"""A neutral extractive digest: each line is an outlet's own sentence (or, for a dispute, a
statement that the outlets differ) and cites every outlet behind it: for a shared fact, the
outlets with a sentence that matches the stated one by itself (``Fact.backing``), not every
outlet that average-link put in the fact.

For a fact several outlets report, the sentence chosen is the plainest of the two versions
that match best (``Fact.core``): the fewest loaded words, then not opening inside a
quotation, then one that stands alone (not "This comes as ..." or "He added ...": a digest
line has no sentence before it), then the shortest. A shared fact whose matching versions
are a side of a dispute is left to the dispute's line. Disputed points come next, stated as
disputed; then what single outlets alone report, the outlets taking turns, until the digest
holds ``digest_lines`` lines (shared and disputed points are never cut). A sentence from
inside a quotation whose attribution sits in another sentence ("“We will rebuild every
school ...") names its speaker, so no line puts words in nobody's mouth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsprism.compare.framing import (
    evaluative_offsets,
    loaded_reason,
    pronoun_label,
    speaker_name,
    unquoted,
    unresolved,
)
from newsprism.compare.material import Account, points_back, word_runs
from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Conflict, DigestLine, Evidence, Fact
from newsprism.textutil import folded, surname, without_dateline
from newsprism.understand.lexicon import PLURAL_PRONOUNS, PRONOUNS

_WORD = re.compile(r"[a-z][a-z'-]*")
_LEANS_BACK = re.compile(
    r"[\"“‘']?(?:(?:(?:but|and|yet|still)\s+)?(?:it|he|she|they)\b"
    r"|(?:this|that|these|those)\s+(?:comes?|came|is|was|are|were|means?|meant|follows?|"
    r"followed|marks?|marked|has|had|will|would)\b)",
    re.IGNORECASE,
)

# ... or with a demonstrative pointing at something named before it ("That money includes
# about $600 million"), but not at a time ("This week the council voted") or at people
# described in the sentence itself ("Those who oppose it say").
_DEMONSTRATIVE = re.compile(
    r"[\"“‘']?(?:this|that|these|those)\s+(?!(?:week|month|year|morning|afternoon|evening|"
    r"night|weekend|time|season|spring|summer|fall|autumn|winter|who|which)\b)[a-z]",
    re.IGNORECASE,
)
# ... or ends on one: "Mattis has denied having said that."
_ENDS_BACK = re.compile(r"\b(?:that|this|it|so)\W*$", re.IGNORECASE)
# A piece of a sentence the splitter cut: "and he has previously suggested ...", or a
# quotation broken off at a dash: "For the court, it could be —", or a sentence ending on
# the colon that announces what follows ("... a 1999 book titled It's About the Money!:",
# the splitter having cut the title at its "!").
_FRAGMENT = re.compile(r"[\"“‘']?(?:and|but|or|which|who|whom|while|because|as)\b")
_BROKEN_OFF = re.compile(r"(?:—|―|–|--|:)[\s\"”’']*$")


@dataclass(frozen=True, slots=True)
class Said:
    start: int  # the quoted content
    end: int
    named_at: tuple[int, ...]  # where its cue and its speaker's words start, when present
    speaker: str | None
    # The speaker's words when they are a pronoun ("He also said ..."), resolved to a name.
    pronoun: tuple[int, int] | None = None
    words: bool = False  # the speaker's own words in quotation marks, not a view or a gist


@dataclass(slots=True)
class ArticleMarks:
    """What the digest reads of each article's analysis, by article id."""

    evaluative: dict[str, frozenset[int]] = field(default_factory=dict)
    said: dict[str, list[Said]] = field(default_factory=dict)


def article_marks(accounts: list[Account], names: dict[str, str]) -> ArticleMarks:
    marks = ArticleMarks()
    for account in accounts:
        marks.evaluative[account.id] = evaluative_offsets(account)
        people = {a.canonical_id or a.key for a in account.analysis.actors if a.label == "PERSON"}
        marks.said[account.id] = [
            Said(
                q.content.start,
                q.content.end,
                tuple(s.start for s in (q.cue, q.speaker) if s is not None),
                speaker_name(q.speaker_key, q.speaker, names)
                if q.speaker or q.speaker_key
                else None,
                (q.speaker.start, q.speaker.end)
                if q.speaker
                and q.speaker.text.lower() in PRONOUNS
                and q.speaker_key in names
                # "In their [Donald J. Trump] remarks, both Obama and Clinton ...": a plural
                # pronoun the analysis gave one person is not named in brackets.
                and not (q.speaker.text.lower() in _PLURAL and q.speaker_key in people)
                else None,
                q.speech and q.kind in {"direct", "partial"},
            )
            for q in account.analysis.quotes
        ]
    return marks


# The analysis's plural pronouns, and "we", which it lets one person say.
_PLURAL = PLURAL_PRONOUNS | {"we", "us", "our"}


def write_digest(
    facts: list[Fact],
    conflicts: list[Conflict],
    options: CompareOptions,
    marks: ArticleMarks | None = None,
) -> list[DigestLine]:
    """``marks``: from ``article_marks``; without them only the lexicons' words count as
    loaded and quoted sentences are shown as they stand."""
    marks = marks or ArticleMarks()
    disputed = [side.evidence for conflict in conflicts for side in conflict.sides]
    lines: list[DigestLine] = []
    for fact in facts:
        if fact.coverage != "one":
            core = [fact.evidence[i] for i in fact.core] or fact.evidence
            if any(_overlaps(ev, other) for ev in core for other in disputed):
                continue  # its dispute line states it, as disputed
            line = _shared_line(fact, core, options, marks)
            if line is None:
                continue  # the outlets give like words to different people: no shared line
            plainest, speaker, text, citing = line
            if _says_nobody(plainest, speaker, marks):
                continue  # every version leans on a sentence the digest does not show
            # A line opens a sentence: "the statement said: ..." reads "The statement said".
            text = f"{_capitalised(speaker)} said: “{text}”" if speaker else text
            lines.append(DigestLine(text, citing, "shared"))
    stated: set[tuple[str, int]] = set()
    for conflict in conflicts:
        # One line per disputed sentence: a conflict already holds a denial with every
        # sentence that asserts it, and a second denial of a sentence already stated (two
        # outlets' "disputed a report that ...") adds nothing a reader needs twice; the
        # conflicts section lists both.
        told = {(s.evidence.article_id, s.evidence.start) for s in conflict.sides}
        if conflict.kind == "denial" and told & stated:
            continue
        stated |= told
        lines.append(
            DigestLine(_disputed(conflict), [s.source for s in conflict.sides], "disputed")
        )
    for fact in _taking_turns([f for f in facts if f.coverage == "one"]):
        if len(lines) >= options.digest_lines:
            break
        plainest = _plainest(fact.evidence, options, marks)
        speaker, text = _attributed(plainest, marks)
        if _says_nobody(plainest, speaker, marks):
            continue  # "Only hpo reports: It was the last straw." tells a reader nothing
        said = f" that {speaker} said: “{text}”" if speaker else f": {text}"
        lines.append(DigestLine(f"Only {fact.sources[0]} reports{said}", fact.sources, "only"))
    return lines


def _shared_line(
    fact: Fact, core: list[Evidence], options: CompareOptions, marks: ArticleMarks
) -> tuple[Evidence, str | None, str, list[str]] | None:
    """The sentence a shared fact's line states, its speaker, its words and the outlets it
    cites, or None. Someone's words cite only the outlets that give them to that person too:
    a fact may hold two people's like words, and "Sanders said: ..." must not cite the
    outlet that quoted Booker (BASIL). The plainest sentence cited by two outlets or more
    wins. None when only the outlets' disagreement on who spoke kept every sentence from it:
    the fact's section still lists each outlet's version."""
    rest = [ev for ev in fact.evidence if ev not in core]
    ranked = _by_plainness(core, options, marks) + _by_plainness(rest, options, marks)
    fallback = None  # the plainest, when its own backing (not who spoke) is what is short
    for n, ev in enumerate(ranked):
        speaker, text = _attributed(ev, marks)
        backed = _citing(fact, ev)
        voice = speaker or _voice(ev, marks)
        words = _quoted_words(ev, marks)
        citing = [
            s
            for s in backed
            if s == ev.source or voice is None or _voiced_by(fact, s, voice, ev, marks, words)
        ]
        if len(citing) > 1:
            return ev, speaker, text, citing
        if n == 0 and citing == backed:
            fallback = (ev, speaker, text, citing)
    return fallback


def _voice(ev: Evidence, marks: ArticleMarks) -> str | None:
    """Whose quoted words are most of a sentence, its cue inside it or not ("“...,” the
    joint statement said."). A view or a gist ("Democrats want access to ...") is not
    someone's words: an outlet that tells the same point without them still reports it."""
    return next((q.speaker for q in _voiced_quotes(ev, marks)), None)


def _voiced_quotes(ev: Evidence, marks: ArticleMarks) -> list[Said]:
    """The quotations of someone's own words that are most of a sentence's point."""
    return [q for q in _said_in(ev, marks) if q.speaker and q.words and _share(q, ev) >= _VOICED]


# Quoted words that make this much of a sentence are its point, with their speaker named
# around them ("Senator Cory Booker wrote that “no one ... is above the law.”": 0.57).
_VOICED = 0.4


def _voiced_by(
    fact: Fact, source: str, speaker: str, stated: Evidence, marks: ArticleMarks, words: str = ""
) -> bool:
    """Whether ``source`` may be cited for ``speaker``'s words: one of its sentences in the
    fact gives words to that person (by surname: "Trump" is "Donald J. Trump") or names
    them, carries the same words (half the five-word runs of the shorter sentence: two people
    may both say "is above the law"), or gives its words to nobody named. Only an outlet
    that gives like words to someone else is left out. When the line quotes the speaker's
    very ``words``, the outlet must carry them: BASIL's HuffPost and Fox both quote Pelosi
    praising a bill, in different words, and "Pelosi said the bill “restores the people's
    faith ...” [hpo, fox]" sent a reader to HuffPost for words it never printed."""
    family = surname(speaker)
    runs = set() if words else _runs(stated.text)  # only the like-words test below reads them
    for ev in fact.evidence:
        if ev.source != source:
            continue
        voices = {surname(q.speaker) for q in _said_in(ev, marks) if q.speaker}
        theirs_too = family in voices or bool(
            family and re.search(rf"\b{re.escape(family)}\b", folded(ev.text).lower())
        )
        if words:
            if _carries(ev.text, words) and (theirs_too or not voices):
                return True
            continue
        if theirs_too:
            return True
        theirs = _runs(ev.text)
        same_words = len(runs & theirs) * 2 >= min(len(runs), len(theirs)) > 0
        if same_words or not voices:
            return True
    return False


def _runs(text: str) -> set[str]:
    return word_runs(_WORD.findall(folded(text).lower()))


def _quoted_words(ev: Evidence, marks: ArticleMarks) -> str:
    """The words in quotation marks that are most of a sentence's point (as ``_voice``
    weighs them), or "" when the sentence tells no one's very words."""
    return " ".join(
        ev.text[max(q.start, ev.start) - ev.start : min(q.end, ev.end) - ev.start]
        for q in _voiced_quotes(ev, marks)
    )


def _carries(text: str, words: str) -> bool:
    """Whether ``text`` carries quoted ``words``, in a version of its own or not: half
    their five-word runs, or most of their distinct words ("No one, including the president,
    is above the law" and "no one, not even the president, is above the law" are one
    statement, told two ways)."""
    runs = _runs(words)
    if runs and len(runs & _runs(text)) * 2 >= len(runs):
        return True
    mine = set(_WORD.findall(folded(words).lower()))
    theirs = set(_WORD.findall(folded(text).lower()))
    return bool(mine) and len(mine & theirs) >= _CARRIED * len(mine)


_CARRIED = 0.7


def _citing(fact: Fact, stated: Evidence) -> list[str]:
    """The outlets a line stating one of a fact's sentences cites: its own and those with a
    sentence matching it by itself (``Fact.backing``), not every outlet of the fact."""
    if not fact.backing:
        return fact.sources
    backed = fact.backing[fact.evidence.index(stated)]
    return [s for s in fact.sources if s == stated.source or s in backed]


def _says_nobody(ev: Evidence, speaker: str | None, marks: ArticleMarks) -> bool:
    """A line that would lean on a sentence before it, with no speaker or name to stand on,
    or a quotation broken off mid-sentence, whoever said it."""
    text = ev.text.strip()
    if _BROKEN_OFF.search(text) is not None:
        return True
    if speaker is not None:
        # "Only X reports that they said: ..." leans on whoever "they" were
        return unresolved(speaker) or _short_and_pointing(unquoted(text))
    if _ADDRESSED.match(text) is not None or _bare_attribution(ev, marks):
        return True
    if _only_that_someone_spoke(text):
        return True
    return leans_back(text) and _named(ev, marks) == ev.text


def _bare_attribution(ev: Evidence, marks: ArticleMarks) -> bool:
    """A sentence that only says who spoke, its quotation in another sentence: BASIL's "Ms.
    Pelosi said at a news conference with Senator Chuck Schumer of New York, the Democratic
    leader." (the splitter had cut her words off before it)."""
    if _said_in(ev, marks):
        return False
    said = marks.said.get(ev.article_id, [])
    return any(ev.start <= at < ev.end for q in said for at in q.named_at)


# A web page speaking to its reader, not reporting: "See the Bachmann cover below, and tell
# us whether you think it crosses a line." (BASIL: a shared line citing two outlets).
_ADDRESSED = re.compile(
    r"[\"“‘']?(?:see|watch|read|click|tap|follow|subscribe|check\s+out|scroll|sign\s+up|"
    r"take\s+our|don't\s+miss|tell\s+us|let\s+us\s+know)\s"
    r"|.*\b(?:and\s+(?:tell|let)\s+us|in\s+the\s+comments)\b",
    re.IGNORECASE,
)


# A sentence that says only that someone spoke or did not, not what: "Rodriguez responded
# later in the meeting." (PAC: the Daily Caller's line had become a shared fact's line in
# the digest, chosen as the plainest), "The company did not respond to a request for
# comment." Not "Israel responded with airstrikes": what follows the verb is only when or
# where.
_SPOKE_ONLY = re.compile(
    r"(?:[\w.'’-]+\s+){1,6}?(?:has\s+|had\s+|also\s+)?"
    r"(?:responded|replied|answered|commented|weighed\s+in"
    r"|(?:did\s+not|didn't|has\s+not|hasn't)\s+(?:immediately\s+)?(?:respond|comment)"
    r"|declined\s+to\s+comment|could\s+not\s+be\s+reached)"
    r"(?:\s+(?:later|earlier|afterwards?|then|again|immediately|quickly|briefly))?"
    r"(?:\s+(?:to\s+(?:a\s+|an\s+|the\s+)?(?:requests?|inquiry|inquiries)\b)?"
    r"(?:\s*(?:for\s+comment|from\s+[^\"“”,;:.]{1,30}))*)?"
    r"(?:\s+(?:in|at|during|on)\s+[^\"“”,;:.]{1,40})?\.",
    re.IGNORECASE,
)


def _only_that_someone_spoke(text: str) -> bool:
    return _SPOKE_ONLY.fullmatch(text.strip()) is not None


# A short quotation that points at what was said before it: "We need to keep it that way."
# (BASIL: a line of the digest, citing two outlets, that told a reader nothing.)
_SHORT_QUOTE_WORDS = 10
_POINTERS = frozenset("it it's that that's this they them these those".split())


def _short_and_pointing(words: str) -> bool:
    found = _WORD.findall(words.lower())
    return len(found) < _SHORT_QUOTE_WORDS and any(w in _POINTERS for w in found)


def _taking_turns(facts: list[Fact]) -> list[Fact]:
    """Each outlet's own facts in its order, the outlets taking turns: the first of each,
    then the second of each, so the lines left after shared and disputed points are not all
    spent on whichever outlet comes first."""
    queues: dict[str, list[Fact]] = {}
    for fact in facts:
        queues.setdefault(fact.sources[0], []).append(fact)
    return [
        q[i]
        for i in range(max(map(len, queues.values()), default=0))
        for q in queues.values()
        if i < len(q)
    ]


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


def _plainest(evidence: list[Evidence], options: CompareOptions, marks: ArticleMarks) -> Evidence:
    return _by_plainness(evidence, options, marks)[0]


def _by_plainness(
    evidence: list[Evidence], options: CompareOptions, marks: ArticleMarks
) -> list[Evidence]:
    """Plainest first: a sentence that says something before one that says only that
    someone spoke, then the fewest loaded words, then not quoted, then standing alone, then
    the shortest."""

    def cost(ev: Evidence) -> tuple[bool, int, bool, bool, int]:
        marked = marks.evaluative.get(ev.article_id, frozenset())
        loaded = sum(
            1
            for m in _WORD.finditer(ev.text.lower())
            if loaded_reason(m.group(), options, ev.start + m.start() in marked) is not None
        )
        quoted = any(mark in ev.text for mark in '"“”')
        empty = _only_that_someone_spoke(ev.text)
        return empty, loaded, quoted, leans_back(ev.text.strip()), len(ev.text)

    return sorted(evidence, key=cost)


def _attributed(ev: Evidence, marks: ArticleMarks) -> tuple[str | None, str]:
    """(speaker, words) for a sentence inside quoted words whose cue is elsewhere, else
    (None, the sentence, its opening pronoun named: "He [Bernie Sanders] also said")."""
    speaker = quoted_speaker(ev, marks)
    if speaker is None or not _wholly_quoted(ev):
        return None, balanced(without_dateline(_named(ev, marks).strip(), ev.start))
    return speaker, unquoted(ev.text.strip())


def _wholly_quoted(ev: Evidence) -> bool:
    """Whether a sentence inside a quotation opens inside it, or with its mark after no more
    than a connective ("But “...”"): "X said: “...”" must not wrap the outlet's own words.
    BASIL's NYT "He “should be forced to resign from Congress!”" (he: Schiff; the quoted
    words Trump's) had become "Donald J. Trump said: “He “should be forced ...”"."""
    first = re.search(r"[\"“”]", ev.text)
    if first is None:
        return True  # a sentence within a longer quotation
    at = first.start()
    after = ev.text[at + 1 :].strip()
    opening = first.group() == "“" or (
        first.group() == '"'
        and bool(after)  # a mark ending the sentence closes, spaced or not (PAC: 'now . "')
        and (at == 0 or ev.text[at - 1].isspace() or ev.text[at - 1] in "([")
    )
    if not opening:
        return True  # it opens inside the quotation its first mark closes
    return set(_WORD.findall(ev.text[:at].lower())) <= _CONNECTIVES


_CONNECTIVES = frozenset("but and so yet still also however now then".split())


def quoted_speaker(ev: Evidence, marks: ArticleMarks) -> str | None:
    """Whose quoted words the sentence mostly is, when neither the speaker nor the cue is in
    the sentence itself; else None."""
    said = _said_in(ev, marks)
    # Only words that are most of the sentence make it someone's: "The Obama Doctrine is a
    # saltier version of “Don't Do Stupid Stuff.”" is the outlet's, around a quoted phrase.
    inside = [q for q in said if _share(q, ev) >= _MOSTLY]
    speaker = next((q.speaker for q in inside if q.speaker), None)
    if speaker is None or any(ev.start <= at < ev.end for q in said for at in q.named_at):
        return None
    return speaker


def with_speakers(facts: list[Fact], marks: ArticleMarks) -> None:
    """Mark each fact's sentences (and the nearest one shown beside a fact one outlet alone
    reports) with whose quoted words they are, as ``Evidence.speaker``."""
    for fact in facts:
        fact.evidence = [_voiced(ev, marks) for ev in fact.evidence]
        if fact.nearest is not None:
            fact.nearest = _voiced(fact.nearest, marks)


def _voiced(ev: Evidence, marks: ArticleMarks) -> Evidence:
    speaker = quoted_speaker(ev, marks)
    if speaker is None:
        return ev
    return replace(ev, speaker=pronoun_label(speaker) or speaker)


_MOSTLY = 0.6


def _said_in(ev: Evidence, marks: ArticleMarks) -> list[Said]:
    """The quotations of the sentence's article that overlap it."""
    return [q for q in marks.said.get(ev.article_id, []) if q.start < ev.end and ev.start < q.end]


def _share(q: Said, ev: Evidence) -> float:
    return (min(q.end, ev.end) - max(q.start, ev.start)) / max(1, ev.end - ev.start)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _named(ev: Evidence, marks: ArticleMarks) -> str:
    """The sentence with the name of the speaker a pronoun of it stands for, in brackets as an
    editor inserts it: a digest line has no sentence before it to say who "he" is ("He
    [Bernie Sanders] also said ...", "“...,” she [Ruth Bader Ginsburg] said.")."""
    for q in marks.said.get(ev.article_id, []):
        if q.pronoun is not None and ev.start <= q.pronoun[0] < ev.end and q.speaker:
            cut = q.pronoun[1] - ev.start
            if ev.text[q.pronoun[0] - ev.start : cut].lower() == "it":
                continue  # "But it did little to placate her": a thing, not who speaks
            if _names(ev.text[: q.pronoun[0] - ev.start], q.speaker):
                continue  # "Donald J. Trump leads a refrain as he details ...": named before
            return f"{ev.text[:cut]} [{q.speaker}]{ev.text[cut:]}"
    return ev.text


def _names(text: str, name: str) -> bool:
    """Whether ``text`` names the person ``name`` by their surname ("Biden" for "Joseph R.
    Biden Jr.", "Calderon" for "Felipe Calderón")."""
    last = surname(name)
    found = re.finditer(rf"\b{re.escape(last)}\b", folded(text), re.IGNORECASE)
    return bool(last) and any(m.group()[0].isupper() for m in found)  # not "rice", "bush"


def leans_back(text: str) -> bool:
    """Whether a sentence cannot stand alone: it opens with a pronoun ("He also said ...",
    "This comes as ..."), ends on one ("... denied having said that.") or points back at an
    act it does not name."""
    return (
        _LEANS_BACK.match(text) is not None
        or _DEMONSTRATIVE.match(text) is not None
        or _ENDS_BACK.search(text) is not None
        or _FRAGMENT.match(text) is not None
        or _BROKEN_OFF.search(text) is not None
        or points_back(text)
    )


def balanced(text: str) -> str:
    """A sentence cut from a longer quotation, with the mark it lacks: the opening one
    when it starts inside the quotation ('with me," he wrote.'), the closing one when the
    quotation runs on past it. A straight mark closes a curly one the writer opened ('“Like
    most Americans ... a person’s life," Sanders said.' is one quotation; BASIL's digest had
    wrapped it in two more marks)."""
    opened: list[str] = []
    missing = ""  # closing marks with no opening one in the sentence, in order
    for i, char in enumerate(text):
        if char == "“":
            opened.append("”")
        elif char == "”":
            if opened:
                opened.pop()
            else:
                missing += "“"
        elif char == '"':
            if i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([{—–":
                if opened:
                    opened.pop()
                else:
                    missing += '"'
            else:
                opened.append('"')
    return missing[::-1] + text + "".join(reversed(opened))


def _disputed(conflict: Conflict) -> str:
    if conflict.kind == "denial":
        # the denial first, then every sentence that asserts what it denies; the line quotes
        # the first of those and names every outlet that asserts it
        denier, asserter = conflict.sides[0], conflict.sides[1]
        outlets = list(dict.fromkeys(s.source for s in conflict.sides[1:]))
        reports = "reports" if len(outlets) == 1 else "report"
        return (
            f"Disputed ({conflict.subject}): {_and(outlets)} {reports} it "
            f"(“{_short(asserter.evidence.text)}”), while {denier.source} reports a denial "
            f"(“{_short(denier.evidence.text)}”)."
        )
    sides = "; ".join(
        f"{s.source} gives {s.value}"
        + (f" (citing {s.cited})" if s.cited != "the outlet itself" else "")
        for s in conflict.sides
    )
    what = "the date of" if conflict.kind == "date" else "the number of"
    return f"Disputed: outlets differ on {what} {conflict.subject}: {sides}."


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _and(names: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
