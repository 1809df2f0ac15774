"""Framing: what each outlet calls the same things, the loaded words it alone uses, its tone
toward the main actors, and whom it quotes.

Only an outlet's own words count: terms inside quotation marks are a speaker's, not the
outlet's, and are left out of wordings and loaded terms.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from newsprism.compare.material import Account
from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Evidence, Fact, Framing, LoadedTerm, Wording
from newsprism.textutil import (
    POSSESSIVE_S,
    coordinated,
    group_norm,
    singular,
    without_relative_pronoun,
)
from newsprism.understand.actors import office
from newsprism.understand.lexicon import PRONOUNS, UNNAMED_SOURCE_NOUNS
from newsprism.understand.quotemarks import inside
from newsprism.understand.tone import valence

_DETERMINER = re.compile(r"^(the|a|an|this|that|these|those)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


def find_framing(
    accounts: list[Account],
    names: dict[str, str],
    options: CompareOptions,
    evaluative: dict[str, frozenset[int]] | None = None,
    facts: Sequence[Fact] = (),
) -> Framing:
    """``evaluative``: each account's ``evaluative_offsets``, when the caller has them;
    ``facts``: the aligned facts, whose shared sentences say which phrases name one thing."""
    if evaluative is None:
        evaluative = {a.id: evaluative_offsets(a) for a in accounts}
    return Framing(
        wordings=_actor_wordings(accounts, names) + _phrase_wordings(accounts, facts),
        loaded=_loaded(accounts, options, evaluative),
        tone=_tone(accounts, names),
        quoted=_quoted(accounts, names),
        unnamed=_unnamed(accounts, names),
    )


def _actor_wordings(accounts: list[Account], names: dict[str, str]) -> list[Wording]:
    """Per actor named by two or more outlets, the descriptions each outlet gives it (its own
    words: descriptors and nominal mentions such as "the beleaguered chancellor"). The
    actor's own title, written before its name anywhere in the story, is not a description:
    "the US president" says what "US President Donald Trump" says."""
    words: dict[str, dict[str, list[str]]] = {}
    evidence: dict[str, list[Evidence]] = {}
    present: dict[str, set[str]] = {}
    titles = _titles(accounts)

    def add(key: str, account: Account, text: str, start: int, end: int) -> None:
        plain = _DETERMINER.sub("", text).lower()
        # "the administration" for the "Biden administration" is its own name cut short
        # (Fox, PAC), no description of it
        name = names.get(key, "").lower()
        if name == plain or name.endswith(f" {plain}"):
            return
        # "Senators Kirsten Gillibrand and Kamala Harris": a title shared by several names,
        # the office "Sen." names
        if not {plain, office(singular(plain))} & titles.get(key, set()):
            _add(words, evidence, key, account, text, start, end)

    for account in accounts:
        marks = account.marks
        for actor in account.analysis.actors:
            if actor.canonical_id:
                present.setdefault(actor.canonical_id, set()).add(account.source)
                for mention in actor.mentions:
                    nominal = (
                        mention.text[:1].islower()
                        and actor.name.lower() not in mention.text.lower()
                        and not _a_name(mention.text)
                    )
                    if nominal and not inside(mention.start, marks):
                        add(actor.canonical_id, account, mention.text, mention.start, mention.end)
        for term in account.analysis.terms:
            if term.kind == "descriptor" and term.actor_key and not term.quoted:
                add(term.actor_key, account, term.span.text, term.span.start, term.span.end)
    out = []
    for actor_id, by_source in words.items():
        if len(present.get(actor_id, ())) < 2 or not _differs(by_source, present[actor_id]):
            continue
        out.append(Wording(names.get(actor_id, actor_id), "actor", by_source, evidence[actor_id]))
    return sorted(out, key=lambda w: -sum(len(v) for v in w.by_source.values()))


_POSSESSIVE = re.compile(r"\s*['’]s$")

# Words a name leaves in lower case ("Centers for Disease Control and Prevention").
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "to", "at"})


def _a_name(text: str) -> bool:
    """A mention that is a name after its article: "the Centers for Disease Control" (NBC,
    PAC) for the Centers for Disease Control and Prevention is a shorter name, no
    description; "the Israeli premier" is one."""
    words = _WORD.findall(_POSSESSIVE.sub("", _DETERMINER.sub("", text)))
    return bool(words) and all(w[0].isupper() or w.lower() in _NAME_JOINERS for w in words)


def _titles(accounts: list[Account]) -> dict[str, set[str]]:
    """Canonical actor id -> its titles across the story, lower-cased, and each title's
    last word: NBC's "CBO Director Phillip Swagel" is the Washington Examiner's "Phillip
    Swagel, the director of the CBO" (PAC had listed "director" as the Examiner's word)."""
    out: dict[str, set[str]] = {}
    for account in accounts:
        for actor in account.analysis.actors:
            if actor.canonical_id and actor.roles:
                known = out.setdefault(actor.canonical_id, set())
                heads = [r.split()[-1] for r in actor.roles if r.split()]
                for title in [*actor.roles, *heads]:
                    known.update({title.lower(), office(title)})
    return out


def _phrase_wordings(accounts: list[Account], facts: Sequence[Fact]) -> list[Wording]:
    """Noun phrases with the same head that outlets modify differently, inside the sentences
    of one fact two outlets share: "US-led prisoner exchange talks" against "ceasefire talks"
    where both tell of the talks Netanyahu sent negotiators to. Over a whole story a head
    alone named different things: PAC's Krasner story set the Capitol's "front steps"
    against the trial as "next steps", and a "House majority" against a "23-seat majority"."""
    by_id = {a.id: a for a in accounts}
    words: dict[str, dict[str, list[str]]] = {}
    evidence: dict[str, list[Evidence]] = {}
    for fact in facts:
        if len(set(fact.sources)) < 2:
            continue
        found: dict[str, dict[str, list[str]]] = {}
        found_evidence: dict[str, list[Evidence]] = {}
        for sentence in fact.evidence:
            account = by_id.get(sentence.article_id)
            if account is None:
                continue
            for term in account.analysis.terms:
                inside_sentence = sentence.start <= term.span.start < sentence.end
                if term.kind == "phrase" and not term.quoted and inside_sentence:
                    _add(found, found_evidence, term.head, account, unquoted(term.span.text),
                         term.span.start, term.span.end)  # fmt: skip
        for head, by_source in found.items():
            if len(by_source) < 2 or not _differs(by_source, set(by_source)):
                continue
            for source, texts in by_source.items():
                listed = words.setdefault(head, {}).setdefault(source, [])
                listed += [t for t in texts if t.lower() not in {x.lower() for x in listed}]
            evidence.setdefault(head, []).extend(
                e for e in found_evidence[head] if e not in evidence.get(head, [])
            )
    out = [Wording(head, "phrase", by_source, evidence[head]) for head, by_source in words.items()]
    return sorted(out, key=lambda w: -len(w.by_source))


def _add(
    words: dict[str, dict[str, list[str]]],
    evidence: dict[str, list[Evidence]],
    key: str,
    account: Account,
    text: str,
    start: int,
    end: int,
) -> None:
    listed = words.setdefault(key, {}).setdefault(account.source, [])
    # quotation marks are no wording: 'universal " background checks' (Fox, PAC's spacing)
    text = _DETERMINER.sub("", _DOUBLE_MARKS.sub(" ", text).strip())
    if text.lower() not in (t.lower() for t in listed):
        listed.append(text)
        evidence.setdefault(key, []).append(Evidence(account.source, account.id, start, end, text))


_DOUBLE_MARKS = re.compile(r'\s*["“”]\s*')


def _differs(by_source: dict[str, list[str]], present: set[str]) -> bool:
    """Some outlet uses a wording that another outlet naming the same thing never uses.
    Number, abbreviation dots and hyphens are no wording: "US drone" is "U.S. drone", "Senate
    vote" is "Senate votes" (PAC listed both as framing)."""
    lowered = {s: {_same_words(t) for t in terms} for s, terms in by_source.items()}
    for source, terms in lowered.items():
        others = [lowered.get(o, set()) for o in present if o != source]
        if any(terms - other for other in others):
            return True
    return False


_JOINERS = re.compile(r"[\s‐-―-]+")  # spaces, hyphens and dashes


def _same_words(text: str) -> str:
    """``text`` as a wording: lower-cased, singular, without dots, hyphens or spacing."""
    return group_norm(_JOINERS.sub(" ", text.lower().replace(".", "")))


def unquoted(text: str) -> str:
    """``text`` without the spaces and quotation marks around it."""
    return text.strip(" \"'“”‘’")


def _loaded(
    accounts: list[Account], options: CompareOptions, evaluative: dict[str, frozenset[int]]
) -> list[LoadedTerm]:
    """Loaded words in an outlet's own text that no other outlet of the story uses."""
    used: dict[str, Counter[str]] = {}
    hits: list[tuple[Account, str, int, str]] = []
    for account in accounts:
        marks = account.marks
        judging = evaluative[account.id]
        counts = used.setdefault(account.source, Counter())
        for m in _WORD.finditer(account.text):
            word = m.group().lower().replace("’", "'")
            counts[word] += 1
            if inside(m.start(), marks):
                continue
            why = loaded_reason(word, options, m.start() in judging)
            if why is not None:
                hits.append((account, word, m.start(), why))
    out, seen = [], set()
    for account, word, at, why in hits:
        if any(counts[word] for source, counts in used.items() if source != account.source):
            continue
        if (account.source, word) in seen:
            continue
        seen.add((account.source, word))
        out.append(LoadedTerm(account.source, word, _context(account, at, word), why))
    return out


def evaluative_offsets(account: Account) -> frozenset[int]:
    """Where the analysis found an evaluative word (an adjective or adverb with valence)."""
    terms = account.analysis.terms
    return frozenset(t.span.start for t in terms if t.kind == "evaluative")


def _context(account: Account, at: int, word: str) -> Evidence:
    """The phrase around a loaded word when the analysis has one ("the ruling junta")."""
    for term in account.analysis.terms:
        if term.kind != "evaluative" and term.span.start <= at < term.span.end:
            return Evidence(
                account.source, account.id, term.span.start, term.span.end, term.span.text
            )
    end = at + len(word)
    return Evidence(account.source, account.id, at, end, account.text[at:end])


@cache
def loaded_lexicon() -> frozenset[str]:
    text = resources.files("newsprism.compare").joinpath("data/loaded.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


SLANT_FILE = "data/slant.txt"


def loaded_reason(word: str, options: CompareOptions, evaluative: bool = False) -> str | None:
    """Why a (lower-case) word counts as loaded, or None when it does not. Its sentiment
    valence counts only where the analysis read it as ``evaluative`` (an adjective or adverb):
    "a brutal crackdown" passes judgement, "the prisoner" and "the agreement" do not."""
    if word in loaded_lexicon():
        return "loaded-label lexicon"
    if word in slant_lexicon():
        return "slant lexicon (BASIL)"
    if evaluative and options.loaded_min_valence is not None:
        score = valence(word)
        if abs(score) >= options.loaded_min_valence:
            return f"sentiment lexicon ({score:+.1f})"
    return None


@cache
def slant_lexicon() -> frozenset[str]:
    """Words annotated as lexical bias in BASIL's training events (``newsprism train slant``)."""
    path = resources.files("newsprism.compare").joinpath(SLANT_FILE)
    if not path.is_file():
        return frozenset()
    lines = path.read_text("utf-8").splitlines()
    return frozenset(x.split("\t")[0] for x in lines if x.strip() and not x.startswith("#"))


def _tone(accounts: list[Account], names: dict[str, str]) -> dict[str, dict[str, float]]:
    """Mean tone of the sentences naming each main actor, per outlet (the six actors most
    mentioned across the story)."""
    mentions: Counter[str] = Counter()
    values: dict[str, dict[str, list[float]]] = {}
    for account in accounts:
        for actor in account.analysis.actors:
            if actor.canonical_id is None:
                continue
            mentions[actor.canonical_id] += len(actor.mentions)
            if actor.tone is not None:
                values.setdefault(actor.canonical_id, {}).setdefault(account.source, []).append(
                    actor.tone
                )
    out = {}
    for actor_id, _ in mentions.most_common(6):
        if actor_id in values:
            out[names.get(actor_id, actor_id)] = {
                source: round(sum(v) / len(v), 3) for source, v in values[actor_id].items()
            }
    return out


def _quoted(accounts: list[Account], names: dict[str, str]) -> dict[str, dict[str, int]]:
    """Whom each outlet quotes, how often. People quoted together each count: "Senate
    Majority Leader Chuck Schumer, D-N.Y., and Sen. Elizabeth Warren, D-Mass., argued"
    (NBC, PAC) is Warren's statement too, not Schumer's alone."""
    out: dict[str, Counter[str]] = {}
    for account in accounts:
        counts = out.setdefault(account.source, Counter())
        for quote in account.analysis.quotes:
            if not quote.speech or _no_one(quote.speaker) or _itself(account, quote.speaker):
                continue
            people = _people_quoted_together(account, quote.speaker, names)
            for name in people or [shown_speaker(quote.speaker_key, quote.speaker, names)]:
                counts[name] += 1
    return {source: dict(counts.most_common()) for source, counts in out.items()}


def _itself(account: Account, speaker: object) -> bool:
    """The outlet named as the one who found or confirmed something ("PEOPLE confirmed with
    the White House that ...", People in PAC): its own reporting, no one it quotes."""
    said = str(getattr(speaker, "text", "") or "").lower().removeprefix("the ")
    outlet = re.sub(r"\s*\(.*\)$", "", account.source).lower().removeprefix("the ")
    return bool(said) and said == outlet


def _no_one(speaker: object) -> bool:
    """ "Nobody's going to argue that ...", "Does anyone believe that ...": the writer's
    turn of phrase, no one quoted (PAC's Palm Beach Post listed "Nobody" among its sources)."""
    return str(getattr(speaker, "text", "") or "").lower() in _NO_ONE


_NO_ONE = frozenset(
    [*"nobody no-one none nothing anyone anybody anything everyone everybody".split(), "no one"]
)


def _people_quoted_together(account: Account, speaker: object, names: dict[str, str]) -> list[str]:
    """The people a coordinated speaker names ("Obama and Clinton"), if two or more."""
    text = str(getattr(speaker, "text", "") or "")
    if not coordinated(text):
        return []
    start, end = getattr(speaker, "start", 0), getattr(speaker, "end", 0)
    found = sorted(
        (m.start, names[actor.canonical_id])
        for actor in account.analysis.actors
        if actor.label == "PERSON" and actor.canonical_id in names
        for m in actor.mentions
        if start <= m.start < end and not _owns(account.text, m.end)
    )
    if not found or _OWNED_BY.search(text[: found[0][0] - start]):
        return []  # "a spokesman for Schumer and Warren", "the rift between Obama and Trump"
    people = list(dict.fromkeys(name for _, name in found))
    return people if len(people) >= 2 else []


def _owns(text: str, end: int) -> bool:
    """A name with "'s" after it owns the noun that speaks ("Vice President Mike Pence's
    chief of staff")."""
    return text[end : end + 2] in POSSESSIVE_S or text[end : end + 1] in {"'", "’"}


# Words before the first name that make the speaker someone or something else.
_OWNED_BY = re.compile(r"\b(?:between|of|for|with|from|among|to|by)\b", re.IGNORECASE)


def _unnamed(accounts: list[Account], names: dict[str, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for account in accounts:
        out[account.source] = out.get(account.source, 0) + sum(
            q.speech and (q.speaker_key not in names) and is_unnamed(q.speaker.text)
            for q in account.analysis.quotes
            if q.speaker is not None
        )
    return out


def is_unnamed(speaker: str) -> bool:
    """Whether a speaker's words cite someone without a name: "a person briefed on the
    matter", "two officials", "sources close to the talks", "Government officials". A
    name after the first word makes it named ("a Justice Department spokesman"), and so
    does a role alone ("the lawyer", who is often named in the next clause)."""
    words = speaker.replace("’", "'").split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    plain = [w.lower().strip(",.'") for w in words]
    heads = {w[:-3] + "y" if w.endswith("ies") else w.removesuffix("s") for w in plain}
    return bool((heads | set(plain)) & UNNAMED_SOURCE_NOUNS)


# What a listing says of a speaker the analysis knows only as a pronoun: PAC's "The format
# was messy, ..." was "they" (one insider), and "According to they" is no English, nor is
# "they (1)" among whom an outlet quotes. Unresolved "I" and "we" are the writer's own.
SOMEONE_EARLIER = "someone the article names earlier"
THE_WRITER = "the writer"


def pronoun_label(speaker: str) -> str | None:
    """What to call a speaker that is a pronoun the analysis could not resolve to a name."""
    word = speaker.lower()
    if word in _FIRST_PERSON:
        return THE_WRITER
    return SOMEONE_EARLIER if word in PRONOUNS or word in _OTHER_PRONOUNS else None


def unresolved(speaker: str) -> bool:
    return pronoun_label(speaker) is not None


# "'s" speaks only as the "us" of "let's" ("let’s ask the wealthy to pay ...": Biden's op-ed
# in PAC listed "’s" among whom it quotes)
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ourselves", "'s", "’s"})
# "you" is never resolved; reflexives stand for a name before them
_OTHER_PRONOUNS = frozenset({"you", "himself", "herself", "itself", "themselves"})


def shown_speaker(key: str | None, span: object, names: dict[str, str]) -> str:
    """``speaker_name``, with a pronoun no name was found for said as such."""
    name = speaker_name(key, span, names)
    return pronoun_label(name) or name


def speaker_name(key: str | None, span: object, names: dict[str, str]) -> str:
    """The speaker's canonical name, else the words that name them, without the relative
    pronoun the analysis keeps for PolNeAR ("Senate Majority Leader Mitch McConnell, R-Ky.,
    who" and "three other women who" were listed among whom an outlet quotes)."""
    if key and key in names:
        return names[key]
    text = str(getattr(span, "text", None) or "")
    return without_relative_pronoun(text) or "unattributed"
