"""The record of an attribution found in a sentence, and the tests of tokens and
spans that the quote finder's parts share (who can speak, a noun phrase's extent, marks)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from newsprism.textutil import DASH_TOKENS, strip_span
from newsprism.understand.cues import (
    is_to_infinitive,
)
from newsprism.understand.lexicon import (
    DESCRIPTION_NOUNS,
    HUMAN_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_NOUNS,
    SPEAKING_BODIES,
    SPEAKING_GROUPS,
    SPEECH_VERBS,
    UNNAMED_SOURCE_NOUNS,
    WORDS_NOUNS,
)
from newsprism.understand.quotemarks import Quoted
from newsprism.understand.records import Span as Evidence

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


# Objects that stand for words said elsewhere ("as one aide put it, ...").
PLACEHOLDERS = {"it", "this", "that", "these", "those", "something", "nothing", "anything"}


EDGE_PUNCT = " \n\t,.;:—–-\"“”'‘’"


# Single quotation marks, told from apostrophes ("don't", "Sanders's") by what is beside
# them: an opening one follows a space or an opening mark and comes before a letter; a closing
# one follows a letter or punctuation and comes before a space, punctuation or the end.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[“\"—:]))['‘](?=\w)")


_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?”\")\]]|$)")


@dataclass
class Attribution:
    content: tuple[int, int]  # character offsets
    cue: Token | None
    source: Span | None
    speech: bool = True
    # Whether the parse links the words to the cue as what it says (its clause or object),
    # or only the quotation's place in the sentence does, for a cue without a subject of its
    # own; a linked cue says more surely who spoke the same words than a loose one.
    linked: bool = False
    loose: bool = False
    # Nobody is named as its source ("The sale is expected to ...", "Asked whether ...").
    unsourced: bool = False


def conditional(verb: Token) -> bool:
    """``verb`` heads a condition: what it says is supposed, not said or seen."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


def clauses_after(verb: Token, finite: bool = True) -> list[Token]:
    """The clauses after ``verb`` that say what: a "to" infinitive and, if ``finite``, a
    clause of its own ("that the Fed will act", "whether he would run")."""
    return [
        c
        for c in verb.children
        if c.i > verb.i
        and ((c.dep_ == "xcomp" and is_to_infinitive(c)) or (finite and c.dep_ == "ccomp"))
    ]


# Verbs whose direct object is who was told ("told a Senate panel"), not what was said.
ADDRESSEE_VERBS = frozenset({"tell", "assure", "inform", "remind", "brief"})


def owns_words(owner: Token) -> bool:
    """Who can hold a claim a noun names: someone, a description of someone ("conservatives'
    criticism that ..."), or a body that speaks ("claims by intelligence agencies that")."""
    lemma = owner.lemma_.lower()
    return is_animate(owner) or lemma in DESCRIPTION_NOUNS or lemma in SPEAKING_BODIES


# Backing a person is a stance whoever holds it: "19 percent of college students polled
# support Clinton", "the super PAC backing Jeb Bush", "most in both states supported
# Sanders" (training texts 1-400: 24 of 27 such verbs annotated where a source was found).
# Only a place's backing is left out ("Russia backed Assad": an act of state).
BACKING_VERBS = frozenset({"support", "back"})


# Verbs a poll's share of people may be the subject of: "About three-quarters support ...".
SAYING_OR_BACKING = frozenset(SPEECH_VERBS) | BACKING_VERBS


def has_subject(verb: Token) -> bool:
    """Whether a cue has a subject of its own, active or passive."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def holds_words(part: Span) -> bool:
    """The part holds words, not just punctuation or a conjunction ("But according to")."""
    return len(part.text.strip(EDGE_PUNCT)) > 3


def has_verb(part: Span) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in part)


def words_owner(noun: Token) -> Token | None:
    """Whose words a noun for words names, when someone's: "Trump's message to donors",
    "Biden’s 2019 pledge" (the possessor, if it can speak)."""
    if noun.lemma_.lower() not in WORDS_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and is_animate(owner) else None


def can_speak(token: Token) -> bool:
    """ "Thursday afternoon were insisting" (a misparse of "who as recently as Thursday
    afternoon were insisting") is no speaker: a time is not, nor the "it" of "it seems"."""
    if token.tag_ in {"WDT", "EX"} or token.like_num or expletive(token):
        return False
    if token.ent_type_ in {"CARDINAL", "DATE", "TIME"}:
        return False
    # a name the tagger took for another part of speech, as a subject: "said O’Dea"
    # (Politico, PAC, an adjective) had left Joe O'Dea's words to the senators quoted
    # before; not as an object ("would like Trump to further explain", a verb, then made
    # Trump the speaker of Penny Nance's words)
    named = token.ent_type_ in {"PERSON", "ORG"} and token.dep_ in SUBJECT_DEPS
    return token.pos_ in {"PROPN", "NOUN", "PRON"} or named


# Verbs whose subject "it" stands for the clause after them ("it seems that ...", "it
# remains to be seen whether ..."), and participles that judge one ("it is telling that ...").
_RAISING_VERBS = frozenset({"seem", "appear", "remain"})


_JUDGING_PARTICIPLES = frozenset(
    "tell reveal distress worry trouble concern strike surprise amaze astonish alarm disturb "
    "frustrate encourage interest".split()
)


def expletive(token: Token) -> bool:
    """An "it" that stands for no one: the dummy subject of a clause moved to the end ("it
    seems the senators ...", "it's safe to say ...", "it is telling that ..."). Annotators
    and readers take such a sentence as the writer's own, so no one said it."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ != "nsubj" or head == token:
        return False
    clause = [c for c in head.children if c.dep_ in {"ccomp", "xcomp"} and c.i > token.i]
    predicate = [c for c in head.children if c.dep_ in {"acomp", "attr"} and c.i > head.i]
    lemma = head.lemma_.lower()
    if lemma in _RAISING_VERBS:
        return bool(
            clause or any(c.dep_ in {"ccomp", "xcomp"} for p in predicate for c in p.children)
        )
    if lemma == "be":  # "it's fair to wonder", "it is entirely possible that", "it is time to"
        return bool(predicate and clause)
    judging = head.tag_ == "VBG" and lemma in _JUDGING_PARTICIPLES
    objects = any(c.dep_ in {"dobj", "dative"} for c in head.children)
    return judging and bool(clause) and not objects


def impersonal(verb: Token) -> bool:
    """A cue with a dummy subject ("it seems"), or an infinitive completing one ("it's hard
    to predict", "it remains to be seen whether")."""
    completes = verb.dep_ == "xcomp" and verb.head != verb
    head = verb.head
    if completes and head.dep_ == "acomp":
        head = head.head  # "it's easy to view this as just another tax season"
    return _dummy_subject(verb) or (completes and _dummy_subject(head))


def _dummy_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "expl"} and expletive(c) for c in verb.children)


def without_edge_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].is_punct:
        start += 1
    while end - 1 > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


def share_of_people(subject: Token, verb: Token) -> bool:
    """Poll findings: "One in three said ...", "Most of the candidates said ...", "nearly
    two-thirds of voters said ...". A number or a quantifier that says something can only
    stand for people, but only as the subject of an active verb of saying or backing ("About
    three-quarters support a temporary ban ..."): "two rose" is no speech, and in "with 23
    believed to still be alive" the 23 are those believed alive. A perfect is active: "most
    of the vulnerable Senate Republicans have already said they would support Trump"."""
    if verb.lemma_.lower() not in SAYING_OR_BACKING:
        return False
    if verb.tag_ == "VBN" and not _perfect(verb):
        return False
    return (
        subject.like_num
        or subject.ent_type_ in {"CARDINAL", "PERCENT"}
        or subject.lower_ in QUANTIFIERS
    )


def _perfect(verb: Token) -> bool:
    """ "have said": a participle after "have", not a passive one."""
    children = list(verb.children)
    has = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    return has and not any(c.dep_ == "auxpass" for c in children)


def is_animate(token: Token) -> bool:
    """Someone who can speak: a named person/organisation/place, a personal pronoun, a role,
    or people ("witnesses", "authorities")."""
    return (
        token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or token.lower_ in PRONOUNS
        or token.lemma_.lower() in ANIMATE_NOUNS
    )


# Determiners that pick one member out of a group.
_ONE_OF = frozenset({"a", "an", "the", "this", "that", "one", "another", "each"})


def one_member(head: Token) -> bool:
    """A party or nationality word in the singular with a determiner names one member, not
    the group: "an anonymous House Democrat" (PAC) had been quoted as "Democrats", and "the
    Arkansas Republican" as "Republicans"; and "the House speaker, currently a Republican"
    described no party."""
    return (
        head.ent_type_ == "NORP"
        and head.tag_ in {"NN", "NNP"}
        and any(c.dep_ == "det" and c.lower_ in _ONE_OF for c in head.children)
    )


# Common nouns for someone who can speak: roles, people, kin and trades, groups.
ANIMATE_NOUNS = ROLE_NOUNS | HUMAN_NOUNS | PERSON_NOUNS | SPEAKING_GROUPS | UNNAMED_SOURCE_NOUNS


def noun_phrase(head: Token) -> Span:
    """The speaker's own words: a name with its modifiers ("Turkish state broadcaster TRT"), or
    a common noun with its "from/of/for" phrase ("officials from Washington"), never a trailing
    clause."""
    doc = head.doc
    left = min((t.left_edge.i for t in head.lefts if t.dep_ not in {"punct", "cc"}), default=head.i)
    # "His ex-wife": the parse may make each part of a hyphenated word a subject of its own
    while (
        left >= 2
        and doc[left - 1].text == "-"
        and not doc[left - 1].whitespace_
        and not doc[left - 2].whitespace_
    ):
        left = min(left - 2, doc[left - 2].left_edge.i)
    dashes = [  # a spaced dash, not the hyphen of "the 47-page indictment"
        i
        for i in range(left, head.i)
        if doc[i].text in DASH_TOKENS
        and (doc[i].whitespace_ or (i > 0 and doc[i - 1].whitespace_))
        and not _spaced_hyphen(doc[i])
    ]
    left = dashes[-1] + 1 if dashes else left  # a name never reaches back across a dash
    # nor across a quotation closed after its punctuation ("“This is so bad,” one CNN on-air
    # talent told ...": the parse hung the quotation on the subject); a nickname in marks
    # ('Dwayne "The Rock" Johnson') has none before its closing mark
    closed = [i for i in range(left + 1, head.i) if _closes_a_quotation(doc, i)]
    left = closed[-1] + 1 if closed else left
    right = head.i
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or _a_case(head):
        while right + 1 < len(doc) and doc[right + 1].ent_iob_ == "I":
            right += 1
    else:
        for child in head.rights:
            if (
                child.dep_ == "prep" and child.lower_ in {"from", "of", "for", "at", "with"}
            ) or child.dep_ in {"compound", "nummod", "amod"}:
                right = max(right, _right_edge_before_clauses(child))
    # "said House Minority Whip Steny Hoyer": the parse hangs the name on the title as an
    # apposition; with nothing between them, the name is part of the speaker's words.
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == right + 1:
            right = child.i
    # "Both Hamas and Israeli officials confirmed": every conjunct speaks.
    for child in head.rights:
        if child.dep_ == "conj" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            right = max(right, noun_phrase(child).end - 1)
    # "Even political figures ...", "a law professor who": the adverb and the relative
    # pronoun belong to the sentence, not to the speaker's name
    while left < head.i and (
        doc[left].pos_ in {"CCONJ", "SCONJ"} or doc[left].lower_ in _SENTENCE_ADVERBS
    ):
        left += 1
    while right > head.i and (doc[right].tag_ in {"WP", "WDT"} or doc[right].is_punct):
        right -= 1
    words = doc[left : right + 1]
    if right + 1 < len(doc) and doc[right + 1].text == ")" and any(t.text == "(" for t in words):
        return doc[left : right + 2]  # "Sen. Chris Murphy (D-Conn.)": the bracket closed
    return words


def _a_case(head: Token) -> bool:
    """Whether the head is in a court case's name ("Walmart Stores v. Dukes, which denied
    ..."), which speaks whole as its organisations did."""
    if head.ent_type_ != "LAW":
        return False
    rest = takewhile(lambda t: t.ent_iob_ == "I", head.doc[head.i + 1 :])
    return any(t.text == "v." for t in rest)


def _closes_a_quotation(doc: Doc, i: int) -> bool:
    return doc[i].text in _CLOSING_DOUBLE and doc[i - 1].text in _BEFORE_CLOSING


_CLOSING_DOUBLE = frozenset({"”", '"', "''", "»"})
_BEFORE_CLOSING = frozenset({",", ".", "?", "!", "…"})


def _spaced_hyphen(token: Token) -> bool:
    """A word's hyphen that a tokenised corpus wrote apart (PAC: "Left - wing activist groups
    are planning ...", whose speaker had been "wing activist groups"): a lone "-" between a
    word and a lower-case one. "WASHINGTON - President Obama said" keeps its dash."""
    doc = token.doc
    if token.text == "-" and token.ent_iob_ == "I" and token.ent_type_ == "PERSON":
        return True  # inside a name: "Karine Jean - Pierre"
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].is_alpha
        and doc[token.i + 1].is_lower
    )


# Adverbs that open a sentence, not a speaker's name ("Even China", "now the Senate majority
# leader"); "nearly" and "far" stay ("Nearly eight of 10 voters", "far fewer publications").
_SENTENCE_ADVERBS = frozenset("even also now then still meanwhile however too".split())


def _right_edge_before_clauses(token: Token) -> int:
    """The last token of a phrase without its relative clauses ("a professor at the School
    of Law who studies ethics" ends at "Law"); a participle stays ("the wife of a man
    fatally shot by police", "42 percent of those responding")."""
    return right_edge_without(token, lambda child: child.dep_ in {"relcl", "punct"})


def right_edge_without(token: Token, left_out: Callable[[Token], bool]) -> int:
    """The last token of ``token``'s phrase, leaving out the right dependants (and their
    own) that ``left_out`` says belong to something else."""
    right = token.i
    for child in token.rights:
        if not left_out(child):
            right = max(right, right_edge_without(child, left_out))
    return right


def first_after_conjunction(sent: Span) -> int:
    """Where the sentence's own words start: after a conjunction opening it ("But ...")."""
    return sent.start + 1 if sent.doc[sent.start].dep_ == "cc" else sent.start


# Verbs whose object is whom the subject speaks to: those whose object is who was told,
# and more that only address someone ("emailed supporters", "urged voters").
ADDRESSING = ADDRESSEE_VERBS | frozenset(
    "email text message ask urge warn write address reassure notify petition lobby implore "
    "beg".split()
)


def inside_marks(offset: int, marks: list[Quoted]) -> bool:
    return enclosing(offset, marks) is not None


def enclosing(offset: int, marks: list[Quoted]) -> Quoted | None:
    """The quotation whose words hold ``offset``, if any."""
    return next((q for q in marks if q.start <= offset < q.end), None)


def widen_to_marks(span: tuple[int, int], marks: list[Quoted]) -> tuple[int, int]:
    start, end = span
    for q in marks:
        if overlaps((q.start, q.end), span):
            start, end = min(start, q.start), max(end, q.end)
    return start, end


def strip(span: tuple[int, int], text: str) -> tuple[int, int]:
    """Edge punctuation off, except a closing quotation mark that pairs with one left
    inside: 'calling it "excellent."' keeps it."""
    start, end = strip_span(text, span, EDGE_PUNCT)
    return start, closed(text, start, end, span[1])


def closed(text: str, start: int, end: int, limit: int = 0) -> int:
    """``end``, moved past the closing quotation mark of one left open in the words from
    ``start`` (not beyond ``limit`` or a few characters)."""
    inner = text[start:end]
    if inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1:
        closing = '"”'
    elif len(_SINGLE_OPEN.findall(inner)) > len(_SINGLE_CLOSE.findall(inner)):
        closing = "'’"  # 'they need to say: 'X and Y are no longer,'"'
    else:
        return end
    # The parse often ends the clause before the mark: look past end punctuation too, and
    # past the spaces of a tokenised text (PAC: 'an abuse of discretion . "').
    after = re.match(f"(?:[^\\S\n]?[.,;:!?])*[^\\S\n]?[{closing}]", text[end : max(limit, end + 6)])
    return end + after.end() if after else end


def objects_after(head: Token, preps: frozenset[str]) -> list[Token]:
    """What the prepositions ``preps`` after ``head`` govern ("talked *about immigration*",
    "a critic *of his style*")."""
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
        for g in prep_objects(c)
    ]


def prep_objects(prep: Token) -> list[Token]:
    """What a preposition governs: a noun ("critical *of the deal*") or a clause ("for
    *overruling* ...")."""
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]


def extent(heads: list[Token]) -> tuple[int, int]:
    """Character offsets from the first to the last word of the phrases ``heads`` head."""
    start = min(h.left_edge.idx for h in heads)
    return start, max(h.right_edge.idx + len(h.right_edge) for h in heads)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evidence_token(token: Token) -> Evidence:
    return Evidence(token.idx, token.idx + len(token), token.text)
