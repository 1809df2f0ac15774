"""Events: who did what to whom, where and when, typed with PLOVER categories.

From the dependency parse and a verb lexicon the project owns: a verb in the lexicon with a
subject (or a passive agent) and/or an object becomes an event; the place is an "in/at/near"
phrase naming a place, the date the resolved time expression that modifies its verb.
PLOVER (the successor of CAMEO) has 16 root types; news readers also ask for the release of
prisoners, which PLOVER files under CONCEDE (mode: release), so it is reported as ``RELEASE``
with ``plover`` kept as ``CONCEDE``. Releasing a statement, a report, a video or a software
patch frees no one: it is reported as ``PUBLISH``, which PLOVER has no root type for
(``plover`` is ``OTHER``); a timeline still shows when the report came out.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsprism.dates import iso_at
from newsprism.textutil import DASH_TOKENS
from newsprism.understand.cues import OBJECT_CONTROL, is_to_infinitive
from newsprism.understand.gender import Gender, actor_genders, agrees
from newsprism.understand.headings import in_heading
from newsprism.understand.lexicon import (
    KIN_NOUNS,
    PLACE_LABELS,
    QUANTIFIERS,
    SHOWING_NOUNS,
    SPEECH_NOUNS,
)
from newsprism.understand.records import Actor, Event, Quote, TimeExpression
from newsprism.understand.records import Span as Evidence

_LEXICON: dict[str, tuple[str, str]] = {}
for _type, _plover, _verbs in [
    ("RELEASE", "CONCEDE", "release free"),
    ("CONCEDE", "CONCEDE", "concede yield ease lift relax"),
    ("CONSULT", "CONSULT", "meet visit host negotiate discuss talk consult phone call"),
    ("AGREE", "AGREE", "agree sign approve accept ratify"),
    ("SUPPORT", "SUPPORT", "support praise endorse back welcome thank commend"),
    ("COOPERATE", "COOPERATE", "cooperate coordinate partner collaborate"),
    ("AID", "AID", "aid help donate supply rescue evacuate"),
    ("RETREAT", "RETREAT", "withdraw retreat halt"),
    ("REQUEST", "REQUEST", "request urge demand appeal"),
    ("ACCUSE", "ACCUSE", "accuse blame condemn criticize criticise denounce"),
    ("REJECT", "REJECT", "reject refuse deny dismiss veto"),
    ("THREATEN", "THREATEN", "threaten"),
    ("PROTEST", "PROTEST", "protest demonstrate march rally"),
    ("SANCTION", "SANCTION", "sanction ban boycott expel suspend"),
    ("MOBILIZE", "MOBILIZE", "deploy mobilize mobilise"),
    ("COERCE", "COERCE", "arrest detain seize blockade besiege occupy capture abduct kidnap"),
    ("ASSAULT", "ASSAULT", "attack strike bomb kill shoot shell invade raid assault wound"),
]:
    for _verb in _verbs.split():
        _LEXICON[_verb] = (_type, _plover)
# "call" is CONSULT only as "call X" with a person object ("spoke over the phone"); as a cue
# ("called it excellent") it is speech, so quotes own it.
_LEXICON.pop("call")
_PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "to", "from"}
_FIRST_PERSON = {"i", "me"}
_RELATIVES = {"that", "which", "who", "whom"}
# Modality of an event (``_mode``). Modals that leave it open; "will" and its forms; marks
# of a condition or an open question; verbs whose "to" infinitive happened ("managed to
# free", "was forced to withdraw") or did not ("failed to capture": negated instead).
_MODALS = {"would", "could", "might", "may", "should", "must", "can", "ca", "'d", "ought"}
_FUTURE = {"will", "shall", "wo", "'ll"}
_CONDITIONS = {"if", "unless", "whether"}
_IMPLIED = {"manage", "begin", "start", "continue", "proceed", "force", "compel", "oblige",
            "able", "happen", "go", "get", "help"}  # fmt: skip
_EXPECTING = {"expect", "set", "due", "schedule", "slate", "poise"}
_SEEMING = {"likely", "unlikely", "appear", "seem"}
_JUDGED = {"wrong", "right", "quick", "slow", "brave", "foolish", "wise", "smart", "mistaken",
           "reckless", "stupid", "careful"}  # fmt: skip
_NOT_DONE = {"fail", "neglect", "forget", "refuse", "decline", "failure", "refusal"}
# Clauses that take their subject from the clause they hang from.
_SHARED_SUBJECT = {"conj", "xcomp", "advcl", "pcomp"}
# Verbs of perception whose passive subject does what the participle after them says.
_PERCEIVED = {"see", "hear", "spot", "catch", "watch", "observe", "film", "photograph"}


def find_events(
    doc: Doc,
    actors: list[Actor],
    times: list[TimeExpression],
    quotes: list[Quote] | None = None,
) -> list[Event]:
    """``quotes`` give "I" inside quoted words its speaker ("I thanked the president")."""
    spans = sorted((m.start, m.end, a.key) for a in actors for m in a.mentions)
    said = [(q.content.start, q.content.end, q.speaker_key) for q in quotes or [] if q.speaker_key]
    keys = _Keys(spans, said, actor_genders(doc, actors))
    events = []
    for token in doc:
        kind = _kind(token) if token.pos_ == "VERB" else None
        if kind is None or in_heading(doc, token.idx):
            continue
        event = _event(token, kind, keys, times)
        if event is not None:
            events.append(event)
    return events


class _Keys(NamedTuple):
    spans: list[tuple[int, int, str]]  # actor mentions: (start, end, actor key)
    said: list[tuple[int, int, str]]  # quoted words: (start, end, speaker key)
    genders: dict[str, Gender]  # people's keys -> the gender the article shows


def _kind(verb: Token) -> tuple[str, str] | None:
    """The verb's (type, PLOVER type), or None when it tells no event of the lexicon."""
    lemma = verb.lemma_.lower()
    if lemma == "open" and _opens_fire(verb):
        return _LEXICON["attack"]  # "opened fire on the crowd"
    if lemma in _VERBAL_ATTACKS and _for_what_was_said(verb):
        return _LEXICON["accuse"]  # "attacked Schiff for driving a false narrative"
    if lemma == "sign" and _signs_a_statement(verb):
        return None  # "signed a letter demanding ...": a statement, not an agreement
    if lemma == "agree" and not _agrees_to_something(verb):
        return None  # "Patton agreed, saying ...", "agreed that ...": a view shared
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if lemma == "sanction" and _approves(verb):
        return _LEXICON["approve"]  # "sanctioned illegal activities", "sanctioning tax fraud"
    if lemma == "demonstrate" and any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return None  # "demonstrate that ...", "demonstrated its resolve": shown, no protest
    if lemma == "meet" and objects & _MET_NOT_MET_WITH:
        return None  # "meet the needs", "met resistance", "met a legal standard"
    if lemma == "talk" and _talks_about_only(verb):
        return None  # "talking about a recent order she signed": speech, no talks
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if lemma == "free" and "up" in particles:
        return None  # "freeing up the permitting process" (Washington Examiner, PAC)
    if lemma == "strike" and "down" in particles:
        return _LEXICON["reject"]  # "the Supreme Court struck down a nationwide right"
    if lemma == "appeal" and objects:
        return _LEXICON["reject"]  # "would appeal the verdict": a ruling contested, no plea
    if objects & _IDIOMS.get(lemma, frozenset()):
        # "strike a more delicate balance", "talks a good game"; a deal struck is agreed
        return _LEXICON["agree"] if lemma == "strike" and objects & _AGREED else None
    return _LEXICON.get(lemma)


# What one meets without meeting anyone.
_MET_NOT_MET_WITH = frozenset(
    "need standard requirement criterion criteria demand goal target deadline expectation "
    "threshold obligation condition test bar quota resistance opposition fate death end "
    "challenge definition qualification burden benchmark mark objective cost".split()
)


def _talks_about_only(verb: Token) -> bool:
    """ "talked about the order" with no one talked with or to: words, not a meeting."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return "about" in preps and not preps & {"with", "to"}


def _approves(verb: Token) -> bool:
    """ "Sanction" an act is to allow it; one sanctions a party to punish it. CBS and Fox
    Business (PAC) had Trump SANCTION "illegal activities" and "tax fraud" he was found to
    have approved."""
    sanctioned = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in _ACTS for t in sanctioned)


_ACTS = frozenset(
    "activity action act conduct practice behavior behaviour fraud abuse use violence "
    "torture killing attack strike operation raid program programme scheme plan deal sale "
    "transfer payment procedure policy measure marriage union wedding change".split()
)


def _agrees_to_something(verb: Token) -> bool:
    """ "agreed to a ceasefire", "agreed on terms", "agreed a deal", "agreed to release the
    hostages": an agreement. Not "Patton agreed" nor "agreed with the senator" nor "agreed
    that the charges would help him" (PAC's timeline had political consultants AGREE), a
    view shared, which the quote finder keeps."""
    for child in verb.children:
        if child.dep_ == "dobj" or (child.dep_ == "xcomp" and is_to_infinitive(child)):
            return True
        if child.dep_ == "prep" and child.lower_ in {"to", "on", "upon"}:
            return True
    return False


# Objects that make the verb an idiom, not the lexicon's event.
_AGREED = frozenset({"deal", "agreement", "bargain", "compromise", "accord", "pact", "truce"})
_IDIOMS = {
    "strike": _AGREED | {"balance", "chord", "tone", "note", "pose", "nerve", "figure", "match"},
    "talk": frozenset({"game", "trash", "smack", "nonsense", "sense", "turkey", "shop"}),
    # "would strangle economic growth and kill jobs" (PAC): no one is killed
    "kill": frozenset(
        "job bill deal time idea proposal plan measure momentum chance growth legislation".split()
    ),
}
# Problems one attacks or fights without attacking anyone: "the president will aggressively
# fight to attack climate change" (Vanity Fair, PAC) was an assault.
_PROBLEMS = frozenset(
    "change inflation crisis problem poverty crime disease virus pandemic epidemic price cost"
    " deficit debt corruption racism hunger addiction emergency issue".split()
)
for _verb in ("attack", "strike", "kill", "bomb", "shoot", "invade", "raid", "assault"):
    _IDIOMS[_verb] = _IDIOMS.get(_verb, frozenset()) | _PROBLEMS


def _past_dateline(subject: Token | None) -> Token | None:
    """ "LOUISVILLE, Ky. — Donald J. Trump accused ...": the parse made the dateline's
    place the subject and the name after the dash its apposition (PAC's timeline had
    Louisville accuse Hillary Clinton)."""
    if subject is None or subject.ent_type_ not in {"GPE", "LOC"}:
        return subject
    for child in subject.children:
        between = subject.doc[subject.i + 1 : child.left_edge.i]
        if child.dep_ == "appos" and any(t.text in DASH_TOKENS for t in between):
            return child
    return subject


# Verbs of attack that are words when they say what for: "attacked X for driving a false
# narrative", "struck at the plan as a power grab" (BASIL had a congressman ASSAULT a chairman).
_VERBAL_ATTACKS = frozenset({"attack", "assault", "strike"})
# What one signs to say something rather than to agree to it.
_SIGNED_STATEMENTS = frozenset(
    "letter petition statement op-ed card autograph book copy photo jersey guestbook check "
    "cheque".split()
)


def _signs_a_statement(verb: Token) -> bool:
    """ "signed a letter", "a letter was signed", "a letter ... signed by every Republican"."""
    signed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    node = verb
    while node.dep_ == "conj" and node.head != node:  # "obtained by X and signed by Y"
        node = node.head
    if node.dep_ == "acl":
        signed.append(node.head)
    return any(t.lemma_.lower() in _SIGNED_STATEMENTS for t in signed)


def _put_out(noun: Token) -> bool:
    """What one publishes or ships rather than frees: a document or product ("a statement",
    "security bulletins"), a named product, work or body (no organisation is freed), or a
    number of them ("a total of 12 updates")."""
    if _a_document(noun) or noun.ent_type_ in {"PRODUCT", "WORK_OF_ART", "LAW", "ORG"}:
        return True
    return any(_a_document(g) for g in _of_objects(noun))


def _of_objects(noun: Token) -> list[Token]:
    """What a noun is a number or a part of: "a total of 12 updates", "barrels of oil"."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _goods(noun: Token) -> bool:
    """Oil, money or another stock one draws on, or an amount of it: what a government
    releases from its reserves or withdraws from a fund is neither freed nor a retreat (the
    AP's timeline on the Strategic Petroleum Reserve had Bush RETREAT "34 million barrels")."""
    if noun.ent_type_ == "MONEY" or noun.lemma_.lower() in _GOODS:
        return True
    return any(g.lemma_.lower() in _GOODS for g in _of_objects(noun))


_GOODS = frozenset(
    "oil crude gas gasoline fuel diesel petroleum barrel gallon ton tonne water grain wheat "
    "money cash fund funding dollar stockpile reserve supply stock vaccine dose".split()
)


def _a_document(noun: Token) -> bool:
    """A statement, report or other document, or a product one puts out ("the summary", "a
    video", "the Mueller probe", "a security patch")."""
    return noun.lemma_.lower() in _DOCUMENTS


_DOCUMENTS = (
    SPEECH_NOUNS
    | SHOWING_NOUNS
    | _SIGNED_STATEMENTS
    | frozenset(
        "summary video footage email transcript tape recording album film memo list text "
        "version image update information detail result finding probe investigation inquiry "
        "plan budget patch fix software movie song trailer game name figure bulletin advisory "
        "guidance guideline shim app feature tool code browser".split()
    )
)


def _for_what_was_said(verb: Token) -> bool:
    """An "as" phrase or a "for" phrase that is not a time ("for hours") after the verb."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        if prep.lower_ == "as":
            return True
        if prep.lower_ == "for":
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if any(not _a_time(o) for o in objects):
                return True
    return False


def _opens_fire(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)


def _event(
    verb: Token, types: tuple[str, str], keys: _Keys, times: list[TimeExpression]
) -> Event | None:
    kind, plover = types
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    agent = _first(g for c in verb.children if c.dep_ == "agent" for g in c.children)
    subject = _first(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
    # "opened fire on the crowd": the fire is the act, the crowd its target (below)
    obj = None if _opens_fire(verb) else _first(c for c in verb.children if c.dep_ == "dobj")
    if subject is not None and _object_read_as_subject(verb, subject):
        subject = None
    if subject is not None and subject.ent_type_ in {"DATE", "TIME"}:
        subject = None  # "was seen that October praising Obama": a day does nothing (BASIL)
    subject = _past_dateline(subject)
    if subject is None and not passive:
        subject = _borrowed_subject(verb)
    doer, undergoer = (agent, subject) if passive else (subject, obj)
    # "the agreement that he withdrew from": the relative pronoun stands for its noun.
    doer, undergoer = _antecedent(doer, verb), _antecedent(undergoer, verb)
    if doer is not None and doer.tag_ == "WP":
        # "Who supports the Willow Project?" (a CNN subhead, PAC) asks who does; a "who" no
        # noun stands for names no one either
        if _asks(verb.sent):
            return None
        doer = None
    if undergoer is None and not passive:  # "met with X", "talks with X"
        undergoer = _first(
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in {"with", "on", "against"}
            for g in c.children
            if g.dep_ == "pobj" and _can_undergo(g)  # not "on Wednesday"
        )
    if undergoer is not None and not _can_undergo(undergoer):
        undergoer = None
    if kind == "RELEASE" and undergoer is not None and _put_out(undergoer):
        kind, plover = "PUBLISH", "OTHER"  # "after the summary was released Sunday"
    if kind in {"RELEASE", "RETREAT"} and undergoer is not None and _goods(undergoer):
        return None  # "to release 15 million barrels", "withdrawing 34 million barrels" of oil
    if (doer is None and undergoer is None) or _struck_as_thought(verb, doer, undergoer):
        return None
    sentence = verb.sent
    target_key = _actor_key(undergoer, keys)
    return Event(
        type=kind,
        plover=plover,
        verb=Evidence.of(verb.doc[verb.i : verb.i + 1]),
        actor=_phrase(doer),
        actor_key=_actor_key(doer, keys, other=target_key),
        target=_phrase(undergoer),
        target_key=target_key,
        place=_place(verb),
        date=_date(verb, sentence, times),
        sentence=Evidence.of(sentence),
        negated=_negated(verb),
        mode=_mode(verb),
    )


_IMPERSONAL = {"it", "this", "that", "what", "which"}
_PERSONAL_OBJECTS = {"me", "us", "him", "her", "them", "you"}


def _struck_as_thought(verb: Token, doer: Token | None, undergoer: Token | None) -> bool:
    """ "It struck me because of the stickers", "what strikes him", "struck her as odd": a
    thought that came to someone, not an attack (BASIL: a neighbour "assaulted" by "It")."""
    if verb.lemma_.lower() != "strike":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return True
    return (
        doer is not None
        and doer.lower_ in _IMPERSONAL
        and undergoer is not None
        and undergoer.lower_ in _PERSONAL_OBJECTS
    )


def _object_read_as_subject(verb: Token, subject: Token) -> bool:
    """ "bypassing Israel to negotiate": the parser makes the object of a verb the subject of
    the infinitive after it (as it rightly does for "wants Israel to negotiate")."""
    head = verb.head
    return (
        is_to_infinitive(verb)
        and verb.dep_ in {"ccomp", "xcomp", "advcl"}
        and head.pos_ in {"VERB", "AUX"}
        and head.i < subject.i < verb.i
        and head.lemma_.lower() not in OBJECT_CONTROL
    )


def _borrowed_subject(verb: Token) -> Token | None:
    """The doer of a verb with no subject of its own: the first verb's subject for a second
    ("Rebels seized the town and freed ..."), the clause's subject for a participle or a
    purpose infinitive ("after meeting the envoy", "flew to Cairo to negotiate", "bypassed
    the council to sign"), and the object of "urged X to ..." for an infinitive it
    completes."""
    if verb.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _PERCEIVED:
        # "Christie was seen ... praising Obama": the one seen does it
        seen = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if seen:
            return seen[0]
    owner = _owner(verb) or _writer(verb)
    if owner is not None:
        return owner
    node = verb
    for _ in range(4):
        # A "to" infinitive the parser made a clausal complement shares a subject too.
        shares = node.dep_ in _SHARED_SUBJECT or (node.dep_ == "ccomp" and is_to_infinitive(node))
        if not shares or node.head == node:
            return None
        link, node = node.dep_, node.head
        through = node if node.dep_ == "prep" else None
        adjective = node.dep_ == "acomp"
        while node.pos_ not in {"VERB", "AUX"} and node.dep_ in {"prep", "pcomp", "pobj", "acomp"}:
            node = node.head  # "after meeting", "on top of bypassing", "is due to": the verb
        if through is not None and link == "pcomp" and _what_they_are_said_or_kept(through, node):
            # "accused DeSantis of kidnapping the migrants" (Breitbart, PAC, had the accuser
            # kidnap them), "was charged with killing", "prevented the crowd from storming"
            objects = [c for c in node.children if c.dep_ in {"dobj", "nsubjpass"}]
            if objects:
                return objects[0]
        if through is not None and through.lower_ == "for" and link == "pcomp":
            # "praised the officers for arresting a suspect", "fined the firm for dumping":
            # the one praised or fined did it, not the praiser
            objects = [c for c in node.children if c.dep_ == "dobj" and _can_undergo(c)]
            if objects:
                return objects[0]
        if link in {"xcomp", "ccomp"} and node.lemma_.lower() in OBJECT_CONTROL:
            objects = [c for c in node.children if c.dep_ == "dobj"]
            if objects:
                return objects[0]
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if adjective and subjects and subjects[0].lower_ == "it":
            return None  # "It is too early to talk": no one talks
        if not subjects and link == "xcomp":
            # "he was believed to have killed", "was forced to withdraw", "was asked to free"
            subjects = [c for c in node.children if c.dep_ == "nsubjpass"]
        if subjects:
            return subjects[0]
    return None


def _owner(verb: Token) -> Token | None:
    """The doer of a noun's "to" infinitive is the noun's owner: "Hamas's threat to kill the
    hostages", "his decision to withdraw", and for "its" or "their" the subject of the clause
    the noun is in, if its number fits: "Israel is still committed to carrying out its plan
    to indefinitely occupy the entirety of the Gaza Strip" (the seeds) is Israel's."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in {"NOUN", "PROPN"} or not is_to_infinitive(verb):
        return None
    owner = _first(c for c in noun.children if c.dep_ == "poss")
    if owner is None or owner.lower_ in _UNRESOLVED_POSSESSIVES:
        return None  # "your willingness to talk": shown as "your", it says nothing
    if owner.lower_ not in _NEUTER_POSSESSIVES:
        return owner
    subject = _clause_subject(noun)
    if subject is None or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    return subject if plural == (owner.lower_ == "their") else None


def _writer(verb: Token) -> Token | None:
    """ "Sen. Rick Scott penned a letter urging Americans not to apply": a document's
    participle is its writer's deed, the one who put out the document or owns it (PAC's
    timeline had the request made by no one)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or not _a_document(noun):
        return None
    owner = _first(c for c in noun.children if c.dep_ == "poss")
    if owner is not None and owner.lower_ in _UNRESOLVED_POSSESSIVES:
        return None
    if owner is not None and owner.pos_ == "PRON":
        # "In her statement condemning the test, Hillary Clinton defended ...": the name the
        # clause is about, not whoever was named last (a first version gave it to Kim Jong-un)
        subject = _clause_subject(noun)
        named = subject is not None and subject != noun and subject.pos_ == "PROPN"
        return subject if named else owner
    if owner is not None:
        return owner
    if noun.dep_ != "dobj":
        return None
    return _first(c for c in noun.head.children if c.dep_ == "nsubj")


_NEUTER_POSSESSIVES = {"its", "their"}
_UNRESOLVED_POSSESSIVES = {"my", "our", "your", "whose"}


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token``, not crossing into a relative or
    reported clause (whose subject is someone else's)."""
    node = token
    for _ in range(6):
        if node.head == node or node.dep_ in {"relcl", "ccomp", "advcl"}:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subject = _first(c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"})
            if subject is not None:
                return subject
    return None


def _antecedent(token: Token | None, verb: Token) -> Token | None:
    if token is None or token.lower_ not in _RELATIVES:
        return token
    clause = verb
    while clause.dep_ != "relcl" and clause.head != clause:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else token


def _negated(verb: Token) -> bool:
    """ "did not consult" and "failed to capture" are negated; "whether or not to strike" is
    not. A verb joined by "or" or "nor" to a negated one is negated with it: "He has not
    confirmed or denied his appearance in the photo" (PAC) had Bill Lee deny it. So is a
    "to" infinitive the negated verb governs."""
    if _own_negation(verb):
        return True
    if verb.dep_ == "conj" and verb.head != verb and _own_negation(verb.head):
        joins = {c.lower_ for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i}
        return bool(joins & {"or", "nor"})
    # an intention its holder no longer has: "is no longer threatening to veto", "did not
    # plan to attack", "is not going to talk"; not "it would not cost much to request"
    return (
        verb.dep_ == "xcomp"
        and is_to_infinitive(verb)
        and verb.head.lemma_.lower() in _INTENDING
        and _own_negation(verb.head)
    )


# Verbs whose "to" infinitive is what their subject means, may or must do.
_INTENDING = frozenset(
    "go plan intend want wish hope aim mean seek try attempt threaten decide promise vow "
    "pledge agree expect authorize allow permit design need have dare bother".split()
)


def _own_negation(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            before = verb.doc[child.i - 1] if child.i > 0 else None
            if before is None or before.lower_ != "or":
                return True
        # "is no longer threatening to veto" (USA Today, PAC): "no" hangs on "longer"; not
        # "no longer than a week ago"
        if (
            child.lower_ == "longer"
            and any(g.lower_ == "no" for g in child.children)
            and not (child.i + 1 < len(verb.doc) and verb.doc[child.i + 1].lower_ == "than")
        ):
            return True
    if _kept_from(verb):
        return True
    return is_to_infinitive(verb) and verb.head.lemma_.lower() in _NOT_DONE


# Verbs before "from" and a gerund that was not done: "has shied away from increasing
# domestic production and freeing up the permitting process" (Washington Examiner, PAC).
_KEPT_FROM = frozenset("shy refrain abstain balk prevent bar stop block keep".split())


def _kept_from(verb: Token) -> bool:
    framed = _framed_by(verb)
    return framed is not None and framed[0] == "from" and framed[1] in _KEPT_FROM


def _framed_by(verb: Token) -> tuple[str, str] | None:
    """The preposition and the verb (lemma) a gerund hangs from, through the first of joined
    gerunds ("of kidnapping ... and abandoning ...": both) and past "away" ("shied away
    from"): ("of", "accuse"), ("from", "prevent")."""
    first = _first_of_joined(verb)
    prep = first.head
    if first.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    head = prep.head.head if prep.head.lower_ == "away" else prep.head
    return prep.lower_, head.lemma_.lower()


def _mode(verb: Token) -> str:
    """Whether the event is reported as having happened (see ``Event.mode``). A "to"
    infinitive is an intention unless its verb implies the deed ("managed to free"); a modal,
    a condition or a yes/no question makes the event possible, "will" or "going to" expected.
    A second verb shares the first's mode ("will seize the town and free the hostages"), and
    so do the verb after "managed to", an adjective's ("being able to visit") and a
    preposition's ("will fly home after meeting"; of the verb above a preposition only a
    modal or a future counts). A perfect infinitive was done ("found to have sanctioned"). A
    reported clause keeps its own ("said Israel struck" is asserted)."""
    if _yes_no_question(verb.sent):
        return "possible"
    if _alleged(verb):
        return "alleged"
    node = verb
    after_preposition = False
    for _ in range(8):
        auxiliaries = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        conditions = {
            m.lower_
            for c in node.children
            if c.dep_ == "advcl"
            for m in c.children
            if m.dep_ == "mark"
        }
        if auxiliaries & _MODALS or marks & _CONDITIONS or conditions & {"if", "unless"}:
            return "possible"
        if _in_the_event(node):
            return "possible"  # "In the event that the president has vetoed the bill, ..."
        if auxiliaries & _FUTURE:
            return "expected"
        if node.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in node.children):
            return "expected"  # "I look forward to being able to visit Spirit Mountain"
        if after_preposition and node.pos_ in {"VERB", "AUX"}:
            # the verb a preposition hangs from lends a modal or a future, not its own
            # purpose: the parse hangs "by supporting a law" on the wrong infinitive
            return "asserted"
        if is_to_infinitive(node):
            head = node.head.lemma_.lower()
            if head == "go" and not any(c.lower_ == "on" for c in node.head.children):
                return "expected"  # "is going to visit"; "went on to win" happened
            if head in _EXPECTING and _said_of(node.head):
                return "expected"  # "are expected to be released", "is set to visit"
            if head in _SEEMING:
                return "possible"  # "is likely to free", "appears to have visited"
            # "was found to have sanctioned": a perfect infinitive tells what was done
            done = any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)
            # "was wrong to sign the act", "was quick to condemn": a judgement of a deed done
            judged = head in _JUDGED and node.head.pos_ == "ADJ"
            if head not in _IMPLIED and head not in _NOT_DONE and not done and not judged:
                return "intended"
        elif _phase_of(node):
            # only the phase verb's modal or future: "began threatening to shut down the
            # government unless Congress ..." threatened (BASIL), whatever the condition
            phase = {c.lower_ for c in node.head.children if c.dep_ in {"aux", "auxpass"}}
            return "possible" if phase & _MODALS else "expected" if phase & _FUTURE else "asserted"
        elif node.dep_ not in _PASSING_MODE:
            return "asserted"
        after_preposition = after_preposition or node.dep_ in {"prep", "pcomp", "pobj"}
        if node.head == node:
            break
        node = node.head
    return "asserted"


# Verbs that say someone did something, through a preposition, without the text saying it
# was done: "accused X of kidnapping", "is suspected of shooting", "charged with killing".
_ALLEGING = {"accuse": "of", "suspect": "of", "charge": "with", "indict": "for"}


def _first_of_joined(verb: Token) -> Token:
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "of kidnapping ... and abandoning ...": both
    return verb


def _alleged(verb: Token) -> bool:
    framed = _framed_by(verb)
    return framed is not None and _ALLEGING.get(framed[1]) == framed[0]


def _what_they_are_said_or_kept(prep: Token, verb: Token) -> bool:
    """A preposition through which a verb tells what someone else is said to have done or
    was kept from doing: "accused X of", "charged X with", "prevented X from"."""
    lemma = verb.lemma_.lower()
    return _ALLEGING.get(lemma) == prep.lower_ or (prep.lower_ == "from" and lemma in _KEPT_FROM)


def _in_the_event(node: Token) -> bool:
    """A clause of "in the event (that)" or "in case": a condition (the Epoch Times, PAC: a
    veto McConnell supposed was dated the day he spoke, as if done)."""
    noun = node.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or node.dep_ not in {"relcl", "acl"}:
        return False
    # "in case" bare; "in the case that ..." may be a court's
    determined = any(c.dep_ == "det" for c in noun.children)
    return noun.lower_ == "event" or (noun.lower_ == "case" and not determined)


def _phase_of(node: Token) -> bool:
    """ "will start expelling", "began shelling": a gerund after a verb of phase is that
    verb's deed, in its mode (Fox, PAC: "will start expelling Venezuelans" had been done)."""
    return node.dep_ == "xcomp" and node.tag_ == "VBG" and node.head.lemma_.lower() in _IMPLIED


# Links through which a verb takes the mode of what it hangs from: a second verb, an
# adjective ("being able to visit"), a verb after a preposition ("after meeting").
_PASSING_MODE = {"conj", "acomp", "pcomp", "prep", "pobj"}


def _said_of(head: Token) -> bool:
    """ "is expected to", "are scheduled to", "is due to": said of the doer, not done by
    it ("scheduled a news conference to denounce it" is a purpose)."""
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return passive or head.pos_ == "ADJ"


def _yes_no_question(sentence: Span) -> bool:
    """ "Will Israel strike Iran?" asks; "Why did Israel strike?" takes the strike as done."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    return _asks(sentence) and bool(words) and words[0].tag_ not in {"WDT", "WP", "WP$", "WRB"}


def _asks(sentence: Span) -> bool:
    """Whether the sentence ends in a question mark, inside quotation marks or a bracket."""
    return sentence.text.rstrip().rstrip("\"'”’)").endswith("?")


_TIME_NOUNS = frozenset("occasion occasions time times day days week weeks month months".split())


def _can_undergo(token: Token) -> bool:
    """A target is a thing or someone: not a misparsed verb ("help elect") nor a stretch of
    time ("met him on at least a few occasions")."""
    if token.pos_ not in {"NOUN", "PROPN", "PRON", "NUM", "X"}:
        return False
    return not _a_time(token)


def _a_time(token: Token) -> bool:
    """A stretch of time: "on at least a few occasions", "for days", "for hours" (a DATE)."""
    return token.ent_type_ in {"DATE", "TIME"} or token.lower_ in _TIME_NOUNS


def _first(tokens: object) -> Token | None:
    return next(iter(tokens), None)  # type: ignore[call-overload]


_QUANTITY_HEADS = QUANTIFIERS | {"more", "none", "each", "dozens", "hundreds", "thousands"}


# People who are someone's without being them: "the family of George Floyd" (USA TODAY in
# PAC) hosted the events, not the man killed a year before.
_SOMEONE_OF = KIN_NOUNS | {"family", "relative", "friend", "lawyer", "attorney", "supporter"}


def _someone_of(token: Token) -> bool:
    return token.lemma_.lower() in _SOMEONE_OF and token.pos_ == "NOUN"


def _phrase(token: Token | None) -> Evidence | None:
    if token is None:
        return None
    left = min(
        (t.left_edge.i for t in token.lefts if t.dep_ not in {"punct", "cc"}), default=token.i
    )
    right = token.i
    while right + 1 < len(token.doc) and token.doc[right + 1].ent_iob_ == "I":
        right += 1
    # "about 3,000 of Ms. Abedin's emails", not "about 3,000"; "A few of his GOP
    # colleagues" and "more of his aides", not "A few" and "more" (BASIL's timeline)
    if token.pos_ == "NUM" or token.lower_ in _QUANTITY_HEADS or _someone_of(token):
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        right = of.right_edge.i if of is not None else right
    return Evidence.of(token.doc[left : right + 1])


def _actor_key(token: Token | None, keys: _Keys, other: str | None = None) -> str | None:
    """The actor a phrase names: its head word, a name compounded or in apposition with it
    ("US Special Envoy John Smith"), the object of its "of" ("the entirety of Gaza"), or,
    for "he"/"she", the last person of the pronoun's gender named before it who is not the
    ``other`` side of the event ("She consulted with Schiff" after "... to remove Schiff" is
    not Schiff), and for "I" in quoted words, their speaker. A possessor is not the actor:
    "Merkel's cabinet" is not Merkel."""
    if token is None:
        return None
    spans = keys.spans
    # a name compounded with a document is what the document is about or by, not the actor
    # ("the full Mueller report" is no target Mueller)
    named = {"appos"} if _a_document(token) else {"compound", "appos"}
    candidates = [token, *(c for c in token.children if c.dep_ in named and not _misread_place(c))]
    candidates += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of" and not _someone_of(token)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for candidate in candidates:
        key = _key_at(candidate, spans)
        if key is not None:
            return key
    if token.lower_ in {"he", "she", "him", "her", "his"}:
        people = [
            key
            for start, _, key in spans
            if start < token.idx
            and key.startswith("PERSON:")
            and key != other
            and agrees(token.lower_, keys.genders.get(key))
        ]
        return people[-1] if people else None
    if token.lower_ in _FIRST_PERSON:
        speakers = [key for start, end, key in keys.said if start <= token.idx < end]
        return speakers[-1] if speakers else None
    reporter = _reporter(token) if token.lower_ == "it" else None
    if reporter is not None and reporter.tag_ not in {"NNS", "NNPS"}:  # not "Republicans"
        # the one who says it by name, not a name beside it: "A former Justice Department
        # prosecutor said it would not cost much" is no department's (BASIL)
        found = _key_at(reporter, spans)
        return found if found is not None and not found.startswith(("PERSON:", "NORP:")) else None
    return None


def _misread_place(child: Token) -> bool:
    """A place the parse set in apposition to a name of another kind: "to protest against
    Title 42 in Tijuana, Mexico" (the New York Post, PAC) is no protest against Mexico. A
    common noun's place is itself ("the capital, Kyiv")."""
    head = child.head
    return (
        child.dep_ == "appos"
        and child.ent_type_ in PLACE_LABELS
        and bool(head.ent_type_)
        and head.ent_type_ not in PLACE_LABELS
    )


def _key_at(token: Token, spans: list[tuple[int, int, str]]) -> str | None:
    """The actor whose mention holds ``token``."""
    return next((key for start, end, key in spans if start <= token.idx < end), None)


def _reporter(pronoun: Token) -> Token | None:
    """Who says what "it" will do: the subject of the verb ("Hamas said it would free ...")
    or the owner of the noun ("the Biden administration's announcement that it will start
    expelling Venezuelans", Fox, PAC) whose clause the pronoun is the subject of."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in {"ccomp", "acl"}:
        return None
    above = clause.head
    deps = {"nsubj"} if above.pos_ in {"VERB", "AUX"} else {"poss"}
    return _first(c for c in above.children if c.dep_ in deps)


def _place(verb: Token) -> Evidence | None:
    """A place the verb's own "in/at/near ..." names, else one a phrase of the verb names in
    turn ("released him from captivity in Gaza")."""
    objects = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    inner = [
        obj
        for outer in objects
        for prep in outer.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS - {"to", "from"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    found = next((o for o in [*objects, *inner] if o.ent_type_ in {"GPE", "LOC", "FAC"}), None)
    return _phrase(found)


def _date(verb: Token, sentence: Span, times: list[TimeExpression]) -> str | None:
    """The resolved time that modifies this verb (no other verb in between: in "approved a
    delegation to travel on Tuesday", Tuesday is the travel's), or the clause reporting it,
    else None. The sentence's first time is not taken: in "rejected the offer before Trump
    announced it on Saturday" Saturday is the announcement's, and two outlets' rejections on
    "different days" were listed as a conflict. (A timeline still places an undated event on
    its sentence's only day: ``compare.timeline.event_day``.)"""
    doc = verb.doc
    inside = [
        t
        for t in times
        if sentence.start_char <= t.span.start < sentence.end_char
        and t.value is not None
        and t.kind in {"date", "time"}
    ]
    governed: dict[int, str] = {}
    for t in inside:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        if span is not None and _bounds(span):
            continue
        # At the precision given: "in 1996, helped catch" is 1996, not 1 January 1996.
        value = iso_at(t.value, t.granularity) if t.value is not None else None
        if span is not None and value is not None:
            governed.setdefault(_governing_verb(span.root).i, value)
    # A reported act takes the day of its report when it has none of its own ("announced on
    # Monday that he has approved a delegation"): the nearest day up the chain of clauses.
    node = verb
    while True:
        if node.i in governed:
            return governed[node.i]
        if node.dep_ != "ccomp" or node.head == node:
            return None
        node = node.head


def _bounds(span: Span) -> bool:
    """A deadline or an edge, not the day of the act: "demanding the report by April 2",
    "until Friday", "before Thursday's vote" (BASIL dated a demand to its deadline)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    head = span.root.head
    words = {t.lower_ for t in (before, head) if t is not None and t.dep_ == "prep"}
    return bool(words & _EDGE_PREPS)


_EDGE_PREPS = frozenset({"by", "until", "till", "before", "after", "since"})


def _governing_verb(token: Token) -> Token:
    node = token.head
    while node.pos_ not in {"VERB", "AUX"} and node.head != node:
        node = node.head
    return node
