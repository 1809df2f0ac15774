"""Denials: whether a sentence reports that someone denies a claim, and the words of what is
denied, so that a denial is set only against an assertion of the same thing.

A bag of denial words was not enough. Read on the 100 BASIL events, about one in ten
denial conflicts it produced was one (2 of 20 drawn at random): "false statements" (a
charge, not a denial), "under pressure to dismiss Mr. Strzok" (a firing), "something
Gattine has denied" set against a sentence about Gattine's apology (the same man, another
point). So the cue must deny a
claim, and the other outlet's sentence must share a word of what is denied.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Verbs that deny whatever they take ("denied wrongdoing", "disputed the figure", "denied
# that ..."), except an act of refusal ("denied bail").
_DENY = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial)|disput(?:e|es|ed|ing)|refut(?:e|es|ed|ing)"
                   r"|rebut(?:s|ted|ting)?)\b", re.IGNORECASE)  # fmt: skip
_REFUSALS = {"bail", "access", "entry", "permission", "request", "requests", "application",
             "visa", "visas", "service", "parole", "admission", "permit", "benefits",
             # what a body or an official withholds ("fled to deny a quorum", PAC)
             "quorum", "right", "rights", "vote", "votes", "funding", "funds", "coverage",
             "care", "treatment", "asylum", "citizenship", "tenure", "passage", "aid",
             "license", "licence", "exemption", "waiver", "hearing", "seat", "seats",
             "boarding", "custody", "clearance", "protection", "recognition"}  # fmt: skip
_PASSIVE = {"is", "are", "was", "were", "be", "been", "being"}
# "did not directly dispute that ...", "never denied": no denial.
_NEGATED = re.compile(r"\b(?:not|n[’']t|never|no one|nobody)\b(?:\s+\w+)?\s*$", re.IGNORECASE)
_VERB_BEFORE = {"to", "not", "they", "we", "i", "you", "he", "she", "it", "who", "which", "that",
                "also", "strongly", "flatly", "still", "did", "does", "do", "will", "would",
                "may", "might", "could", "can", "officials", "critics", "experts"}  # fmt: skip
_ARTICLES_AND_PRONOUNS = {"the", "a", "an", "him", "her", "them", "his", "their"}
# Verbs that deny only a claim ("rejected reports that ...", "dismissed the allegations as
# ..."); with another object they are acts ("rejected the offer", "dismissed the director").
_REJECT = re.compile(r"\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?)\s+"
                     r"(?:(?:the|a|an|these|those|all|any|such|his|her|their|its|media|"
                     r"news|recent|earlier|latest|new)\s+){0,3}(?P<noun>[a-z]+)",
                     re.IGNORECASE)  # fmt: skip
# "dismissed it as ...", "rejected them as ...": the pronoun stands for a claim.
_AS_CLAIM = re.compile(r"\b(?:reject|dismiss|rebuff)\w*\s+(?:it|them|that|this)\s+as\b",
                       re.IGNORECASE)  # fmt: skip
_CLAIM_NOUNS = {"report", "reports", "claim", "claims", "allegation", "allegations",
                "accusation", "accusations", "suggestion", "suggestions", "charge", "charges",
                "assertion", "assertions", "notion", "idea", "story", "stories", "speculation",
                "rumor", "rumors", "rumour", "rumours", "account", "accounts", "contention",
                "characterization", "characterisation", "premise", "theory", "reporting",
                "criticism", "assessment", "findings"}  # fmt: skip
# A claim called false: "the report is false", "called the claims baseless", "dismissed it as
# untrue". "False statements" (an adjective on a noun) is a charge, not a denial.
_FALSE = re.compile(r"\b(?:(?:is|are|was|were|be|been|as)\s+|called\s+(?:\S+\s+){1,4}?)"
                    r"(?:completely\s+|totally\s+|entirely\s+|simply\s+|patently\s+)?"
                    r"(?:false|untrue|baseless|fake|unfounded|groundless|inaccurate|"
                    r"not\s+true|not\s+accurate)\b", re.IGNORECASE)  # fmt: skip
# A claim called a lie, however long its description: "called a New York Times report which
# includes video of him ... an “outrageous distortion”" (BASIL: one outlet's denial was
# read as an assertion, and set against the other's account of the same denial).
# The words between may not run into a second clause ("calling attacks on the bill
# “politics at its worst,” and saying, “opponents have hijacked this through lies”": the
# lies are the opponents', BASIL).
_CALLED_A_LIE = re.compile(r"\b(?:called|calling|labell?ed|branded)(?!\s+(?:for|on|in|off|up|out|"
                           r"back|him|her|them|me|us)\b)\s+(?:(?:(?!,\W*and\b)[^.;:!?])+?\s+)?"
                           r"(?:an?\s+)?[\"“‘']?(?:\w+\s+){0,2}(?:distortion|lie|lies|smear|"
                           r"hoax|fabrication|falsehood|misrepresentation|fiction)\b",
                           re.IGNORECASE)  # fmt: skip
# A habit is no denial: "Mueller's team ... rarely issues statements ... or disputing reports
# in the press" (BASIL). The adverb may stand well before the cue, in the same clause.
_SELDOM = re.compile(r"\b(?:rarely|seldom|hardly\s+ever)\b[^,;:.!?]*$", re.IGNORECASE)
# Where what is denied comes before the cue ("..., a contention Ms. Lerner's lawyer
# disputed"), the words after the last of these name the denier, not the claim.
_DENIER_STARTS = re.compile(r"[,;–—]|\b(?:something|which|what|that|" + "|".join(
    sorted(_CLAIM_NOUNS)) + r")\b", re.IGNORECASE)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Words that say a claim was made, not what it is. "Knowledge" and "involvement" frame
# a denial or a source ("denied knowledge of any improprieties", "people with knowledge of
# the case": BASIL set these two against each other).
_CLAIM_TALK = {"said", "says", "say", "saying", "told", "report", "reports", "reported",
               "claim", "claims", "claimed", "statement", "statements", "story", "stories",
               "allegation", "allegations", "alleged", "accusation", "accusations", "also",
               "false", "untrue", "baseless", "fake", "media", "news", "called", "would",
               "distortion", "lie", "lies", "smear", "hoax", "fabrication", "falsehood",
               "could", "should", "which", "something", "contention", "initially", "later",
               "earlier", "week", "weeks", "year", "years", "month", "months", "time",
               "according", "knowledge", "involvement"}  # fmt: skip


def denied_words(text: str) -> frozenset[str] | None:
    """The content words of what a sentence reports as denied, or None when it reports no
    denial. When nothing follows the cue ("..., something Gattine has denied."), what is
    denied is what comes before it."""
    cue = _cue(text)
    if cue is None:
        return None
    start, end = cue.span()
    if cue.re is _FALSE:
        # "... pointed out that was untrue, Biden changed his answer, saying ...": what is
        # called false is the clause's subject, never what follows (PAC set the words after
        # against another outlet's account of Biden's answer)
        clause = text[:start]
        subject = content_words(clause[_last_start(clause) :])
        called = text[start:end].lower().startswith("called")  # "called the claims false"
        return subject | content_words(text[start:end]) if called else subject
    verb = cue.re is _DENY  # its subject, the denier, before it
    if cue.re is _CALLED_A_LIE:  # what is called a lie comes between
        end = start + len(text[start:].split(None, 1)[0])
    after = content_words(text[end:])
    if len(after) >= 2:
        return after
    before = text[:start]
    # leave out the denier's own words; "the claims were false" (no verb) keeps all
    if verb and (cut := _last_start(before)):
        before = before[:cut]
    return content_words(before) | after


def _last_start(text: str) -> int:
    """Where the last clause, or the claim's own words, start in ``text`` (0 when none do)."""
    starts = list(_DENIER_STARTS.finditer(text))
    return starts[-1].end() if starts else 0


def _cue(text: str) -> re.Match[str] | None:
    """The first cue that reports a denial; its pattern tells which kind it is."""
    cues = [(m, _denies_whatever(text, m)) for m in _DENY.finditer(text)]
    cues += [(m, _rejects_a_claim(text, m)) for m in _REJECT.finditer(text)]
    cues += [(m, True) for m in _FALSE.finditer(text)]
    cues += [(m, True) for m in _CALLED_A_LIE.finditer(text)]
    cues += [(m, True) for m in _AS_CLAIM.finditer(text)]
    for match, denies in sorted(cues, key=lambda c: c[0].start()):
        if not denies or _NEGATED.search(text[max(0, match.start() - 25) : match.start()]):
            continue
        if _SELDOM.search(text[max(0, match.start() - 150) : match.start()]):
            continue
        return match
    return None


def _rejects_a_claim(text: str, match: re.Match[str]) -> bool:
    """ "rejected reports that ...", but not "rejected the idea of a new universal indoor mask
    mandate": the idea of something is a proposal (PAC set it against "Indoor mask use in
    NYC is falling"); "the idea that ..." is a claim."""
    noun = match["noun"].lower()
    if noun == "idea" and re.match(r"\s+of\b", text[match.end() :]):
        return False
    return noun in _CLAIM_NOUNS


def _denies_whatever(text: str, match: re.Match[str]) -> bool:
    following = [w.lower() for w in _WORD.findall(text[match.end() : match.end() + 40])]
    objects = [w for w in following[:3] if w not in _ARTICLES_AND_PRONOUNS]
    if objects and objects[0] in _REFUSALS:
        return False  # "denied him bail"
    before = [w.lower() for w in _WORD.findall(text[max(0, match.start() - 20) : match.start()])]
    if before and before[-1] in _PASSIVE and following[:1] == ["to"]:
        return False  # "if citizenship were denied to every child": a refusal, in the passive
    if match[0].lower() in {"dispute", "disputes"}:
        # The noun ("a policy dispute") is no denial; the verb follows its subject or an
        # auxiliary ("Mueller disputes", "did not dispute", "to dispute").
        before = _WORD.findall(text[max(0, match.start() - 30) : match.start()])
        return bool(before) and (before[-1][0].isupper() or before[-1].lower() in _VERB_BEFORE)
    return True


def content_words(text: str) -> frozenset[str]:
    """Lower-case content words, cut to a short stem so that "rifts" meets "rift" and
    "spending" "spend". Capitalised words are left out: the names both sides share are already
    their common actors, and a denial must share what is denied, not only who."""
    out = set()
    for word in _WORD.findall(text):
        if not word[0].islower():
            continue
        word = word.lower().strip("’'-")
        if len(word) < 3 or word in _stop_words() or word in _CLAIM_TALK:
            continue
        out.add(_stem(word))
    return frozenset(out)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)][:6]
    return word[:6]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
