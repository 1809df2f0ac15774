"""Attributions without a speech verb: "according to", nouns of speech and stance
("his claim that"), stance adjectives, "reportedly", "in the eyes of", and unsourced reports."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.understand.doctext import doc_text
from newsprism.understand.lexicon import (
    IMPRESSION_VERBS,
    MEDIUM_NAMES,
)
from newsprism.understand.quotemarks import Quoted
from newsprism.understand.quotes.attribution import (
    EDGE_PUNCT,
    Attribution,
    clauses_after,
    conditional,
    extent,
    first_after_conjunction,
    has_verb,
    holds_words,
    impersonal,
    is_animate,
    noun_phrase,
    objects_after,
    owns_words,
    prep_objects,
    right_edge_without,
    strip,
    widen_to_marks,
)
from newsprism.understand.quotes.contents import TOPIC_PREPS, asked_if, backer, is_place
from newsprism.understand.quotes.sources import source_of

# Verbs that link a subject to an adjective saying what state it is in.
_LINKING_VERBS = frozenset("be seem appear remain become feel sound look grow get stay".split())


# Adjectives that name a view only with some complements: "critical of the deal", not
# "critical to the outcome" (crucial); "sure that he would win", not "sure to infuriate the
# White House" (a forecast, the writer's, whose subject may be a thing: PAC and BASIL).
_STANCE_ONLY_WITH = {
    "critical": frozenset({"of"}),
    "sure": frozenset({"ccomp", "of", "about"}),
    "certain": frozenset({"ccomp", "of", "about"}),
    # "quick to embrace", "quick to point out" (10 of 14 annotated on training texts 1-840);
    # "bent on", not "bent out of shape"
    "quick": frozenset({"xcomp"}),
    "bent": frozenset({"on"}),
}


def stance_adjective(adjective: Token, marks: list[Quoted]) -> Attribution | None:
    """ "Her advisers are not convinced that what worked for him ...", "supporters who are
    deeply skeptical of the establishment's influence", "eager to debate": a state of mind
    or stance (``STANCE_ADJECTIVES``) that the subject of a linking verb holds about what
    the adjective's clause or prepositional object names. A view, not words said."""
    link = adjective.head
    if adjective.dep_ != "acomp" or link.lemma_.lower() not in _LINKING_VERBS:
        return None
    if impersonal(link):
        return None  # "it is uncertain whether ...": the writer's own doubt
    contents: list[Token] = []
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ in {"ccomp", "xcomp"}:
            contents = [child]
        elif child.dep_ == "prep":
            contents = prep_objects(child)
        if contents:
            allowed = _STANCE_ONLY_WITH.get(adjective.lemma_.lower())
            if allowed is not None and child.lower_ not in allowed and child.dep_ not in allowed:
                return None
            break
    if not contents:
        return None  # "she was furious": no content to attribute
    # Any subject that can speak holds it: PolNeAR marks "Turkey's Syria policy is open to
    # ..." too, and requiring a person or a group lost 30 annotated views on training texts
    # 1-840 for 10 unannotated ones ("that method is open to interpretation").
    source = source_of(link)
    if source is None:
        return None
    if adjective.lemma_.lower() == "quick" and not owns_words(source.root):
        return None  # "prices were quick to rise": speed, not anyone's readiness
    return Attribution(widen_to_marks(extent(contents), marks), adjective, source, speech=False)


def side_taken(noun: Token, marks: list[Quoted]) -> Attribution | None:
    """ "Mr. Kasich has been a pointed critic of his political style", "Adelson, a fierce
    supporter of Israel, ...": a noun for someone by the side they take (``SIDE_NOUNS``),
    said of a subject by a linking verb or set beside a name, is that one's stance toward
    what follows "of" or "for"."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in _LINKING_VERBS:
        source = source_of(noun.head)
    elif noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        source = noun_phrase(noun.head)
    else:
        return None  # "supporters of Clinton rallied": no one named takes the side
    objects = objects_after(noun, _OF_OR_FOR)
    if source is None or not objects:
        return None
    return Attribution(widen_to_marks(extent(objects), marks), noun, source, speech=False)


# Passives that attribute without a source: "is expected to", "was said to be furious" (4 of
# 4 annotated in training texts 1-400). "Believed" is not one: 0 of 4 were annotated.
_HEARSAY_PASSIVES = frozenset({"expect", "say"})


def unsourced_attribution(verb: Token) -> Attribution | None:
    """Content attributed to no one named, in constructions PolNeAR's annotators mark almost
    always: an expectation or hearsay in the passive ("The sale is expected to expand the
    company", "it is expected that the Fed will act", "was said to be furious"; 39 of 47
    passive "expected" in training texts 1-400) and a question put to someone ("Asked whether
    he would run, ...", "he was asked if ..."; 28 of 33 openings "Asked" or "When asked";
    "reportedly" is ``reportedly``'s), and, less often marked, an impression ("Clinton
    seemed irritated", ``_impression``) and a reputation, judgement or charge in the passive
    ("known as", "is accused of", ``_reputed``). A reader is shown them as views
    without a speaker: nobody named said them, so "who said what" leaves them out, and no
    speaker is looked for around them (the one who answers did not ask)."""
    if verb.lemma_.lower() in IMPRESSION_VERBS:
        parts = _impression(verb)
    else:
        parts = _passive_or_question(verb)
    if not parts:
        return None
    return Attribution(extent(parts), verb, None, speech=False, unsourced=True)


def _passive_or_question(verb: Token) -> list[Token]:
    """What an expectation, hearsay or reputation in the passive, or a question put, says."""
    # "Asked what a firm commitment looks like, Devine replied": the model may tag an
    # opening participle as a past tense; with no subject it is still the participle
    opening = verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.i < verb.head.i
    if verb.pos_ != "VERB" or not (verb.tag_ == "VBN" or opening):
        return []
    if any(c.dep_ in {"agent", "nsubj"} for c in verb.children):
        return []  # "expected by analysts", "she asked whether": a source, another rule's
    lemma = verb.lemma_.lower()
    if lemma in _HEARSAY_PASSIVES:
        return _expected(verb, to_only=lemma != "expect")
    if lemma in _REPUTE_PREPS:
        return _reputed(verb)
    return _question_put(verb) if lemma == "ask" else []


# What may say how something seemed ("Clinton seemed *irritated*").
_IMPRESSION_DEPS = frozenset({"oprd", "acomp", "attr", "xcomp", "ccomp"})


def _impression(verb: Token) -> list[Token]:
    """How someone or something seemed, appeared or sounded, to nobody named (revision 148):
    "Clinton seemed irritated", "Washington appears weak", "others appeared ready to abandon
    him", "it seems that ...". It is the writer's impression, which PolNeAR annotates as
    attributed content without a source: on training texts 1-840, 93 such clauses with
    "seem" or "appear" that no quotation overlapped, 63 annotated. They are unsourced views,
    as "is seen as" is; "looked" stays out (7 of 23 annotated: "looked at", "looks set
    to"). Not a condition ("if this all seems familiar"), nor "appeared on television"."""
    if verb.pos_ != "VERB" or conditional(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "expl"}), None)
    if subject is None:
        return []
    said = [
        c
        for c in verb.children
        if c.i > verb.i
        and (c.dep_ in _IMPRESSION_DEPS or (c.dep_ == "prep" and c.lower_ == "like"))
    ]
    if subject.lower_ != "it":  # "will appear at 7 p.m. Former Vice President ...": a misparse
        said = [c for c in said if c.dep_ != "ccomp"]
    elif any(c.dep_ == "ccomp" for c in said):
        return said  # "it seems that the Democrats have too many": what seems so
    if not said:
        return []
    return [subject, *said]


def _reputed(verb: Token) -> list[Token]:
    """A reputation, a name, a judgement or a charge nobody in particular gives (revisions
    147 and 150): "the string of contests known as Super Tuesday", "Ginsburg is known for
    speaking her mind", "a developer known to be bullish on golf", "Rubio is seen as the more
    electable choice", "Roof is accused of killing nine people". PolNeAR's content holds the
    one so known or judged too. On training texts 1-840, 41 of 53 phrases with "known" that
    no quotation overlapped were annotated."""
    lemma = verb.lemma_.lower()
    preps = _REPUTE_PREPS.get(lemma)
    if preps is None:
        return []
    # "it was known for several years": how long, not what for (but "known as Super
    # Tuesday" is a name, whatever the entity tagger makes of "Tuesday")
    objects = [o for o in objects_after(verb, preps) if not _how_long(o)]
    if lemma in _REPUTE_PREDICATES:  # "known to be bullish", "is considered a contender"
        objects += [c for c in verb.children if c.dep_ in {"xcomp", "oprd"} and c.i > verb.i]
    if not objects:
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass"] + objects


def _how_long(obj: Token) -> bool:
    return obj.head.lower_ == "for" and obj.ent_type_ in {"DATE", "TIME"}


# What a passive of knowing or seeing says someone or something is known or seen as, and
# (revision 150) what a passive of judging or charging says they did or are: "is accused of
# killing nine people", "was charged with assault", "is considered a top contender", "will
# be remembered for her devotion". On training texts 1-840, 28 of 36 such passives without
# an agent that no quotation overlapped were annotated; "called" with a name (12 of 31)
# stays out.
_REPUTE_PREPS = {
    "know": frozenset({"as", "for"}),
    "see": frozenset({"as"}),
    "view": frozenset({"as"}),
    "regard": frozenset({"as"}),
    "perceive": frozenset({"as"}),
    "remember": frozenset({"as", "for"}),
    "describe": frozenset({"as"}),
    "accuse": frozenset({"of"}),
    "suspect": frozenset({"of"}),
    "charge": frozenset({"with"}),
    "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "blame": frozenset({"for"}),
    "consider": frozenset(),
    "deem": frozenset(),
    "dub": frozenset(),
}


# Those whose judgement is a predicate after them ("considered a liberal", "known to be").
_REPUTE_PREDICATES = frozenset({"know", "consider", "deem", "dub"})


def reportedly(adverb: Token) -> Attribution | None:
    """ "The Club for Growth is reportedly spending $1.5 million", "who allegedly assaulted a
    reporter": the clause is someone's report, and no one is named (7 of 11 "reportedly"
    annotated in training texts 1-400; of "allegedly", "seemingly" and "supposedly" that no
    quotation overlapped in texts 1-840, 13 of 15, revision 148)."""
    verb = adverb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    # the clause itself: not a "when asked to leave" before it, nor a ", which prompted ..."
    # after it, which are the writer's own
    lefts = [c.left_edge for c in verb.lefts if c.dep_ in _OWN_CLAUSE_LEFTS]
    if verb.dep_ == "acl":  # "Bloomberg, reportedly considering a run"
        lefts.append(verb.head.left_edge)
    start = min(t.idx for t in [verb, *lefts])
    last = verb.doc[right_edge_without(verb, _not_own_clause)]
    return Attribution((start, last.idx + len(last)), adverb, None, speech=False, unsourced=True)


_OWN_CLAUSE_LEFTS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "advmod"})


def _not_own_clause(child: Token) -> bool:
    return child.dep_ in {"punct", "relcl"} or child.left_edge.tag_ == "WDT"


def _expected(verb: Token, to_only: bool = False) -> list[Token]:
    """What is expected or said, with its subject ("Trump is expected to deliver a
    speech"), or the clause a dummy "it" stands for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return []  # "as expected", "than expected"
    clause = clauses_after(verb, finite=not to_only)
    if not clause:
        return []  # "they are expected their second child": no expectation of anything
    return clause if subject.lower_ == "it" else [subject, *clause]


def _question_put(verb: Token) -> list[Token]:
    """The question: its clause ("whether ...", "who leads the party"), what someone was
    asked to do, or what about ("When asked about his paid speeches")."""
    clause = clauses_after(verb) or asked_if(verb)
    if clause:
        return clause
    return objects_after(verb, TOPIC_PREPS["ask"])  # "asked about his paid speeches"


def nominal_attribution(noun: Token, by_verb: bool = True) -> Attribution | None:
    """ "Trump's vow to trash trade deals", "her claim that the vote was rigged": the possessor
    (or a "by/from" phrase) is the source, the clause or "of/to/about" phrase the content.
    ``by_verb``: the subject of "have" may hold it too; not inside a quotation, where "if I
    have a view on something" is part of the quoted speaker's words."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if by_verb and not owners:
        owners = _holder_by_verb(noun)
    contents = [
        c
        for c in noun.children
        if c.dep_ in {"acl", "ccomp", "relcl"}
        and any(m.lower_ in {"that", "to"} for m in c.children)
    ]
    contents += [
        c
        for c in noun.children
        if c.dep_ == "prep"
        and (c.lower_ in {"of", "about", "on", "against"} or _prep_is_content(noun, c))
        and c.i > noun.i
        and not _says_when(c)
        and not _says_where(c)
    ]
    if not owners or not contents or not owns_words(owners[0]):
        return None
    if noun.lemma_.lower() == "attack" and not _verbal_attack(noun, owners[0], contents):
        return None
    # "her opinion of Clinton": what it is about, without the preposition, as PolNeAR marks
    # it (about 160 annotated contents after such a noun on training texts, 8 with it)
    first = min((past_preposition(c) for c in contents), key=lambda t: t.i)
    last = max((c.right_edge for c in contents), key=lambda t: t.i)
    if all(c.dep_ == "prep" for c in contents):
        # a topic ("her remarks about his candidacy") ends before a quotation: in "calling
        # her remarks about his candidacy “highly inappropriate”" the words are the caller's
        mark = next((t for t in noun.doc[first.i + 1 : last.i + 1] if t.is_quote), None)
        objects = [g for c in contents for g in c.children if g.dep_ == "pobj"]
        if mark is not None and objects and all(g.i < mark.i for g in objects):
            last = noun.doc[mark.i - 1]  # not "her warnings about the “rigged election”"
    return Attribution((first.idx, last.idx + len(last)), noun, noun_phrase(owners[0]))


def past_preposition(content: Token) -> Token:
    """The first word of a content phrase, past a preposition that heads it."""
    objects = prep_objects(content) if content.dep_ == "prep" else []
    if not objects:
        return content.left_edge
    return min((o.left_edge for o in objects), key=lambda t: t.i)


def _holder_by_verb(noun: Token) -> list[Token]:
    """ "86 percent had a favorable opinion of Clinton", "they have mixed feelings about the
    former secretary", "Rubio also had strong views on how ...": a view that the subject of
    "have", "hold" or "express" holds (revision 145)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _HOLDING_VERBS:
        return []
    if noun.lemma_.lower() in _STANCE_NOUNS:
        return []  # "she has the support of most unions": the unions back her
    holder = backer(verb)
    return [holder] if holder is not None and holder.tag_ not in {"WP", "WDT"} else []


_HOLDING_VERBS = frozenset("have hold express voice share harbor harbour".split())


def _says_when(prep: Token) -> bool:
    """ "her support on Tuesday evening", "his statement on Monday": a time, not a topic."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


def _says_where(prep: Token) -> bool:
    """ "her grandmother's comments on Twitter", "his remarks on television": where it was
    said, not what about (PAC had quoted "Twitter" as the grandmother's words). Only media
    that are never a topic: "her comments on the statement" are about the statement."""
    return prep.lower_ in {"on", "in"} and any(
        g.dep_ == "pobj" and (g.lower_ in MEDIUM_NAMES or g.lemma_.lower() in _BROADCAST)
        for g in prep.children
    )


_BROADCAST = frozenset({"media", "television", "tv", "radio", "air", "podcast"})


def _prep_is_content(noun: Token, prep: Token) -> bool:
    """ "her opposition to the war" says what she holds; "his statements to the FBI", "a
    warning to Iran" say to whom. "Their support for Trump", "his praise for Putin" say
    what they back; "a call for calm" is already read through its clause or object."""
    lemma = noun.lemma_.lower()
    if prep.lower_ == "to":
        return lemma in {"opposition", "objection"}
    return prep.lower_ == "for" and lemma in _BACKING_NOUNS


# Nouns of backing (revision 132): PolNeAR marks "their support for Trump" and "Ryan's
# endorsement of Trump" as attributions, and a reader asking who stands where wants them.
_BACKING_NOUNS = frozenset({"support", "endorsement", "praise", "enthusiasm"})


_STANCE_NOUNS = _BACKING_NOUNS | {"attack"}


def _verbal_attack(noun: Token, owner: Token, contents: list[Token]) -> bool:
    """ "Clinton's attacks on Trump" are words; "Israel's attack on Rafah" is a strike. A
    person named (or "his", "her", "their" with repeated attacks) attacking someone or
    something said, not a place (a time, "her attack on Tuesday", is no content at all:
    ``_says_when``)."""
    if owner.ent_type_ != "PERSON" and not (
        owner.lower_ in {"his", "her", "their"} and noun.tag_ == "NNS"
    ):
        return False  # "his attack on club goers" (a gunman); "his attacks on Trump"
    targets = [g for c in contents for g in c.children if g.dep_ == "pobj"]
    return bool(targets) and not any(is_place(t) for t in targets)


_OF_OR_FOR = frozenset({"of", "for"})


def according_to(token: Token, sent: Span) -> Attribution | None:
    """ "according to X" or "in X's poll": X is the source of the clause the phrase modifies."""
    to = token if token.lower_ == "in" else token.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    doc = token.doc
    phrase_start, phrase_end = token.i, objects[0].right_edge.i + 1
    before = sent[: phrase_start - sent.start]
    after = sent[phrase_end - sent.start :]
    if not any(holds_words(p) for p in (before, after)):
        # A misparse hung the clause on the source ("According to Rush Limbaugh, the move
        # reeks of fear", "reeks" read as a noun in apposition): its first comma ends it.
        comma = next((t.i for t in doc[objects[0].i : phrase_end] if t.text == ","), None)
        if comma is None:
            return None
        phrase_end, after = comma, sent[comma + 1 - sent.start :]
        if not holds_words(after):
            return None
    # "according to the indictment, which refers to WikiLeaks as ...": the source is the
    # indictment, without a relative clause set off by its pronoun; a clause without one
    # keeps the one who spoke ("a speech Mrs. Clinton delivered at New York University"),
    # and a name is never cut ("Alliance to Reclaim Our Schools")
    end = min(phrase_end, right_edge_without(objects[0], _set_off_clause) + 1)
    while end < phrase_end and (
        doc[end].ent_iob_ == "I"
        or (doc[end].text == ")" and "(" in doc[objects[0].left_edge.i : end].text)
    ):
        end += 1
    source = doc[objects[0].left_edge.i : end]
    # The phrase attributes the clause it modifies. "X leads, according to the poll - despite
    # Y" gives the poll X (before), however long the aside after it; "According to aides, X"
    # gives them X (after); "X, according to aides, is Y" interrupts one clause (both).
    if token.head.i < phrase_start and holds_words(before) and has_verb(before):
        part = (before.start_char, before.end_char)
    elif holds_words(before) and not has_verb(before) and holds_words(after):
        part = (before.start_char, after.end_char)
    else:
        longer = max((before, after), key=lambda s: len(s.text.strip(EDGE_PUNCT)))
        part = (longer.start_char, longer.end_char)
    return Attribution(strip(part, doc_text(token.doc)), None, source)


# Words for many people that stand for a view's holders ("To many, Santilli is ...").
_HOLDERS = frozenset({"many", "some", "others", "most", "critics", "supporters"})


# ... and those that stand for whom words were spoken to.
_ADDRESSEES = frozenset("reporter journalist audience crowd viewer listener press".split())


def in_the_eyes_of(to: Token, sent: Span) -> Attribution | None:
    """ "To Ms. Gil, skateboarding represents a cry of dissent", "But to others, he's a
    citizen journalist": a sentence opened by "to" someone and a comma says what that
    someone holds, a view, not words spoken. Not "To date, ..." nor "To his surprise, ...",
    whose object is no one."""
    if (
        to.i != first_after_conjunction(sent)
        or to.head != sent.root
        or sent.root.pos_ not in {"VERB", "AUX"}
    ):
        return None
    holders = [c for c in to.children if c.dep_ == "pobj"]
    if not holders:
        return None
    holder = holders[0]
    if holder.lemma_.lower() in _ADDRESSEES:
        return None  # "To reporters, Salmon aimed his frustration at ...": whom he spoke to
    if not (is_animate(holder) or holder.lower_ in _HOLDERS) or holder.ent_type_ in {
        "GPE",
        "DATE",
    }:
        return None
    comma = holder.right_edge.i + 1
    if comma >= sent.end - 1 or sent.doc[comma].text != ",":
        return None
    doc = sent.doc
    rest = doc[comma + 1 : sent.end]
    content = strip((rest.start_char, rest.end_char), doc_text(doc))
    return Attribution(
        content, None, doc[holder.left_edge.i : holder.right_edge.i + 1], speech=False
    )


def _set_off_clause(child: Token) -> bool:
    """A relative clause opened by its pronoun ("which refers to ..."), or punctuation."""
    opener = child.doc[child.left_edge.i]
    return child.dep_ == "punct" or (child.dep_ == "relcl" and opener.tag_ in {"WDT", "WP", "WP$"})
