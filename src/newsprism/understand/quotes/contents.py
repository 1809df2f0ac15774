"""What a cue says: the clause, object or phrase that holds the words or the view
attributed ("accused her of lying", "called for talks", "sees it as a threat")."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.understand.cues import (
    is_learned_cue,
    is_to_infinitive,
    learned_weight,
    pattern,
)
from newsprism.understand.lexicon import (
    CONTEST_VERBS,
    JUDGEMENT_VERBS,
    MEDIUM_NAMES,
    MEDIUM_NOUNS,
    SHOWING_NOUNS,
    SIDE_VERBS,
    SPEECH_VERBS,
)
from newsprism.understand.quotes.attribution import (
    ADDRESSEE_VERBS,
    ADDRESSING,
    BACKING_VERBS,
    PLACEHOLDERS,
    is_animate,
    objects_after,
    prep_objects,
    share_of_people,
    subject_of,
)

_NO_THING = frozenset({"something", "nothing", "anything"})


# What a person is blamed or praised for ("criticized her for ...", "cast him as ...").
_CHARGE_PREPS = {"for", "as", "over", "of"}


# "cautioned against ...", "pointed to ...", "clashed over ...", "described it as ...".
_CONTENT_PREPS = {"against", "about", "for", "of", "on", "in", "to", "over", "with", "as"}


def asked_if(verb: Token) -> list[Token]:
    """ "Mr. Rubin asked the students if they were always so serious", "Asked if he was ever
    bullied": the parse hangs a question opened by "if" or "whether" on the verb as a
    condition; after a verb of asking it is the question."""
    if verb.lemma_.lower() not in _ASKING:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)
    ]


_ASKING = frozenset({"ask", "wonder", "inquire", "enquire"})


def that_clause_in_phrase(verb: Token) -> list[Token]:
    """ "said in one of a series of Twitter messages that the truck was carrying arms", "said
    on CNN, where he is a contributor, that Manafort should ...": the parse hangs the "that"
    clause on the last noun of the phrase after the cue, as a relative clause. A relative
    clause has no "that" of its own beside a subject of its own ("messages that were
    posted": "that" is the subject), so one that has both is what the cue says. Only along
    the phrase's nouns ("in October, when he told Clinton that ..." is another clause's),
    and not after a cue with an object of its own, unless the object is whom it addresses
    ("told the audience at his fundraiser that ..."). Likewise a "that" parsed as a
    preposition right after the cue ("noting that at one point he had trailed ...")."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return []
    if verb.lemma_.lower() not in ADDRESSING and any(c.dep_ == "dobj" for c in verb.children):
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    # "noting that at one point he had trailed ...": the parse made "that" a preposition
    said_that = [p for p in preps if p.lower_ == "that" and p.i == verb.i + 1]
    if said_that:
        return said_that
    nouns = [p for c in preps for p in c.children]
    while nouns:
        noun = nouns.pop()
        if noun.dep_ not in {"pobj", "conj", "appos"}:
            continue
        for child in noun.children:
            if child.dep_ == "relcl" and _that_marks_own_clause(child):
                return [child]
            if child.dep_ in {"prep", "conj", "appos"}:
                nouns.extend([child] if child.dep_ != "prep" else child.children)
    return []


def _that_marks_own_clause(clause: Token) -> bool:
    """A clause with both a "that" and a subject of its own: no relative clause."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return marked and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} for c in clause.children
    )


def prep_content(verb: Token) -> list[Token]:
    """ "cautioned against drawing lessons", "argued in favour of staying": the phrase after a
    cue that has no clause or object is what was said, unless it says where or when."""
    if pattern(verb) != "none":
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        words = {t.lower_ for t in prep.subtree}
        kinds = {t.ent_type_ for t in prep.subtree}
        if words & MEDIUM_NOUNS or words & MEDIUM_NAMES or kinds & {"DATE", "TIME", "GPE"}:
            continue
        if prep.lower_ in {"in", "on", "at"} and _names_a_body(prep):
            continue  # "as David Dayen noted in The Intercept": where it was said
        said_there = any(t.dep_ == "mark" and t.lower_ == "that" for t in prep.subtree)
        if prep.lower_ in {"in", "at", "during"} and words & _SETTINGS and not said_there:
            # "Rodriguez responded later in the meeting": where, not what; but "complained
            # in a private meeting that Senate Republicans won't fund ..." says what
            continue
        big_enough = len(list(prep.subtree)) >= 3
        if prep.lower_ in _CONTENT_PREPS and big_enough:
            return [prep]
    return []


def _names_a_body(prep: Token) -> bool:
    """The phrase's object is a named organisation, an outlet or a body, where words are
    said; the small model leaves some outlets untagged ("The Intercept"), so any name that
    is not a person's counts."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ == "ORG" or (o.pos_ == "PROPN" and o.ent_type_ != "PERSON") for o in objects
    )


# Gatherings a cue happens at, not what it says ("responded later in the meeting").
_SETTINGS = frozenset(
    "meeting session rally debate event forum summit ceremony gathering convention dinner "
    "luncheon vigil hall".split()
)


def fronted_fragment(verb: Token) -> list[Token]:
    """ "People like Scott, he said.": words without a verb of their own, then a comma, then
    the speaker and a verb of saying; the parser hangs the words on the verb as a bare
    dependant."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return []
    subject = subject_of(verb)
    fronted = [c for c in verb.children if c.dep_ == "dep" and c.i < verb.i]
    if subject is None or not fronted or subject.i < fronted[-1].i:
        return []
    comma = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return fronted if comma is not None and comma.text == "," else []


def passive_subject(verb: Token) -> list[Token]:
    """ "The plan is supported by a coalition of leaders": a learned cue in the passive, with
    its agent and nothing after it, says its subject."""
    if pattern(verb) != "none" or not is_learned_cue(verb):
        return []
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in PLACEHOLDERS]


def as_says_what_the_act_was(verb: Token) -> bool:
    """ "released the soldier as a gesture": the cue model learned that this verb's "as"
    says what the act was, not what anyone was called or said ("cast her as a liar")."""
    return verb.lemma_.lower() not in SPEECH_VERBS and learned_weight(verb, "as") < 0


# Verbs of seeing that judge when they say how ("sees Cruz as a uniter", "viewed him
# favorably"); alone they report a sight ("we have seen this style of coverup").
_VIEWING_VERBS = frozenset("see view regard perceive".split())


_VIEWED_HOW = frozenset(
    "favorably unfavorably favourably unfavourably positively negatively".split()
)


def seen_as(verb: Token) -> list[Token]:
    """ "Voters still view Mrs. Clinton as vastly more prepared", "Mr. Obama sees Mr.
    Netanyahu as captured by a hard-line philosophy", "57 percent see Trump negatively": the
    object and how it is seen, a judgement PolNeAR marks as the subject's view."""
    if verb.lemma_.lower() not in _VIEWING_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    how = [
        c
        for c in verb.children
        if c.i > objects[0].i
        and (
            (c.dep_ == "prep" and c.lower_ == "as")
            or (c.dep_ == "advmod" and c.lower_ in _VIEWED_HOW)
            # "as vastly more prepared": the parse may hang "as" on the adjective
            or (c.dep_ in {"advcl", "acomp", "oprd"} and c.left_edge.lower_ == "as")
        )
    ]
    # "what they see as a deeply troubling pattern": PolNeAR's content is all of it, the
    # pronoun and the cue too, as for "what he called ..."
    return objects + how if how else []


def learned_object(verb: Token) -> list[Token]:
    """For cues learned with a direct object ("endorsed Sanders", "slammed the plan"): the
    object and what it is called ("calling his relationship 'excellent'"). The cue model
    reads the kind of object, so "released a statement" is a cue and "released a soldier"
    rarely is. A person alone is the content only after a verb of judgement ("endorsed
    Sanders", ``_judges_a_person``): allowing it after any learned cue would gain a little
    more on PolNeAR, but a reader would see "Rebels released a soldier" listed as an
    attribution."""
    if pattern(verb) != "dobj" or not is_learned_cue(verb):
        return []
    if verb.lemma_.lower() in LIGHT_OBJECTS:  # an idiom's, or ``_plain_act`` stopped it
        return _aimed_idiom(verb)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    direct = [o for o in objects if o.dep_ == "dobj"]
    # "as one aide put it, ...", "said this": the words themselves are elsewhere; but in
    # "calling it the mark of a desperate candidate" what it was called is the content.
    if any(o.lower_ in PLACEHOLDERS for o in direct):
        return objects if any(o.dep_ == "oprd" for o in objects) else []
    if _carries_a_bare_document(verb, direct):
        return []
    if verb.lemma_.lower() in ADDRESSEE_VERBS and any(o.pos_ == "PROPN" for o in direct):
        return []  # "told The Daily Beast": whom it was told, not what
    if any(is_animate(o) for o in direct):
        # A person with the charge is what was said ("criticized the governor for the
        # delay", "cast her as a liar", "called him a liar": object and predicate).
        charge = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS]
        charge += [c for o in direct for c in o.children if _charge_on_person(c, verb)]
        if as_says_what_the_act_was(verb):
            charge = [c for c in charge if c.lower_ != "as"]
        judged = charge or len(objects) > 1 or _judges_a_person(verb, direct)
        return objects + charge if judged else []
    return objects


def _carries_a_bare_document(verb: Token, direct: list[Token]) -> bool:
    """ "sent a letter to Comey", "released a statement Wednesday", "delivered a speech at
    the convention": the document is named, not what it says, which comes later if at all.
    With what it says attached ("released a statement deploring what happened", "delivered
    a defense of ...", "a Web video that accuses Cruz"), the object is the content.
    Revision 151: on training texts 1-840 this took out 70 quotations, 50 of them matching
    nothing annotated (overlap F1 0.8526 to 0.8532); "to" stays out of the attachments that
    say something, since it names whom a letter went to."""
    if verb.lemma_.lower() not in _CARRIER_VERBS or not direct:
        return False
    return not any(
        c.dep_ in _SAYS_WHAT or (c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS)
        for o in direct
        for c in o.children
    )


_CARRIER_VERBS = frozenset("send deliver release issue post".split())


_SAYS_WHAT = frozenset({"acl", "relcl", "ccomp"})


_ABOUT_PREPS = frozenset({"of", "on", "about", "against", "for", "with"})


# Verbs that speak only in a few idioms, with the object that makes each one: "took aim at",
# "took issue with", "took a firm stance against", "drew a contrast with". Elsewhere they are
# acts or reactions: on PolNeAR's training texts 1-700, "took the stage", "took office",
# "took effect", "drew applause", "drew attention" had made 62 of the 80 quotations of these
# two verbs, matching nothing annotated.
LIGHT_OBJECTS = {
    "take": frozenset(
        "aim shot swipe swing whack jab potshot poke dig hit issue exception stance stand "
        "position line view credit responsibility".split()
    ),
    "draw": frozenset("contrast analogy comparison conclusion distinction parallel".split()),
    # "launched an attack on ..." speaks; "launched a campaign / an ad / a petition" acts
    # (training texts 1-400: 6 of the 8 quotations "launched" made matched nothing)
    "launch": frozenset(
        "attack broadside assault salvo tirade barrage critique criticism diatribe".split()
    ),
}


# What the idiom is aimed at: "aim *at Clinton*", "issue *with the plan*".
_TARGET_PREPS = frozenset({"at", "with", "on", "between", "to"})


def _aimed_idiom(verb: Token) -> list[Token]:
    """The idiom's object and what it is aimed at ("aim at the banks")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _TARGET_PREPS)
    ]


def _charge_on_person(prep: Token, verb: Token) -> bool:
    """ "accusing a dozen officers *of hacking*", "accusing their colleagues *of hypocrisy*":
    the parse hangs the charge on the person, not on the verb: a gerund, or a bare mass
    noun ("members *of Congress*", "members *of the panel*" are who, not what). After
    "accused", any common noun: "accused Russian intelligence operatives *of the theft*"."""
    if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
        return False
    objects = prep_objects(prep)
    accused = verb.lemma_.lower() == "accuse" and prep.lower_ == "of"
    return any(
        o.tag_ == "VBG" or _bare_mass_noun(o) or (accused and o.pos_ == "NOUN" and not o.ent_type_)
        for o in objects
    )


def _bare_mass_noun(token: Token) -> bool:
    """ "hypocrisy", "betrayal": a charge names a kind of act, with no article or owner;
    "supporters *of his plans*", "victims *of mass shootings*" name people by a thing."""
    return (
        token.tag_ == "NN"
        and not token.ent_type_
        and not is_animate(token)
        and not any(c.dep_ in {"det", "poss"} for c in token.children)
    )


def _judges_a_person(verb: Token, objects: list[Token]) -> bool:
    """ "Warren endorsed Clinton", "Sanders criticized Clinton": the person judged is what was
    expressed. "backed", "opposed" and the like only from one person to another: "state-backed
    groups" is not a judgement."""
    lemma = verb.lemma_.lower()
    if lemma in BACKING_VERBS and all(o.ent_type_ == "PERSON" for o in objects):
        return not _by_place(verb)
    if lemma in CONTEST_VERBS:
        return by_person(verb) and all(o.ent_type_ == "PERSON" for o in objects)
    return lemma in JUDGEMENT_VERBS


def side_object(verb: Token) -> list[Token]:
    """Whom or what someone takes a side on (``SIDE_VERBS``: "most in both states supported
    Sanders", "the only senator to endorse Sanders", "he wouldn't back an amnesty bill",
    "ads attacking Clinton"), whatever the cue model rates the verb in its context: a stance.
    Revision 144: on training texts 1-840 about 330 such verbs with an object had made no
    quotation, and an annotated content overlapped about 230 of them."""
    lemma = verb.lemma_.lower()
    if lemma not in SIDE_VERBS:
        return []
    holder = backer(verb)
    # a place's side is an act of state ("Russia backed Assad"); "Do you support Donald
    # Trump?" is a poll's question, the writer's
    if holder is not None and (is_place(holder) or holder.lower_ in {"it", "you"}):
        return []
    # a thing, a person, or an act to be done ("support raising the minimum wage")
    objects = [
        c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG")
    ]
    # "McCain supported it": the pronoun stands for what was backed (unlike "as one aide
    # put it", whose words are elsewhere); "opposed nothing" takes no side
    if not objects or any(o.lower_ in _NO_THING for o in objects):
        return []
    # "the brochures support the ruse", "the suit supports the claim": evidence. Not for
    # "favor": PolNeAR marks "the economy favors the wealthy" too, and keeping only people's
    # preferences lost 14 annotated contents on training texts 1-840 for 2 unannotated.
    backs_a_thing = lemma in BACKING_VERBS and not any(is_animate(o) for o in objects)
    if backs_a_thing and not (
        holder is not None and (is_animate(holder) or share_of_people(holder, verb))
    ):
        return []
    return objects


# Verbs whose prepositional object is what someone's words or vote were about: "talked
# about immigration", "seldom speaks of his brother", "referring to Trump", "would vote for
# Clinton", "voted in favor of the provision". Not "spoke to reporters" or "spoke on
# condition of anonymity": whom and how, not what.
TOPIC_PREPS = {
    "talk": frozenset({"about", "of"}),
    "speak": frozenset({"about", "of"}),
    "refer": frozenset({"to"}),
    "vote": frozenset({"for", "against"}),
    # revision 146: verbs of saying, asking and worrying with what about
    "say": frozenset({"about"}),
    "write": frozenset({"about"}),
    "tweet": frozenset({"about"}),
    "ask": frozenset({"about"}),
    "comment": frozenset({"on", "about"}),
    "complain": frozenset({"about", "of"}),
    "joke": frozenset({"about"}),
    "testify": frozenset({"about"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "worry": frozenset({"about"}),
    "think": frozenset({"about"}),
}


def spoken_of(verb: Token) -> list[Token]:
    """What someone talked about, mentioned or voted for (revision 144). PolNeAR marks the
    topic as the content, a single word too ("talks about immigration"), which the phrase
    rule for cues (``prep_content``) leaves out as too short."""
    lemma = verb.lemma_.lower()
    if lemma == "mention":  # "Cruz never mentioned Trump by name": whom, a person too
        return [c for c in verb.children if c.dep_ == "dobj"]
    preps = TOPIC_PREPS.get(lemma)
    if preps is None or _speaking_of_aside(verb):
        return []
    found = objects_after(verb, preps)
    if lemma == "vote":  # "voted in favor of the provision"
        found += [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and _in_favor(c)]
    return found


def _speaking_of_aside(verb: Token) -> bool:
    """ "Speaking of biography, he has ...": the writer's turn to a new topic, an idiom
    opening the clause it hangs on."""
    return verb.lower_ == "speaking" and verb.dep_ == "advcl" and verb.i < verb.head.i


def _in_favor(prep: Token) -> bool:
    """ "in favor of", "in support of"."""
    return prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _FAVOR_NOUNS for c in prep.children
    )


_FAVOR_NOUNS = frozenset({"favor", "favour", "support"})


def _by_place(verb: Token) -> bool:
    """The verb's subject, or the noun a participle describes ("the group backing X"), is a
    place."""
    subject = backer(verb)
    return subject is not None and is_place(subject)


def is_place(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"}


def backer(verb: Token) -> Token | None:
    """Who supports or backs: the subject, the noun a participle describes ("the group
    backing X"), or what a relative pronoun stands for ("Republicans who back ...")."""
    subject = subject_of(verb)
    if subject is None or subject.tag_ in {"WP", "WDT"}:
        subject = verb.head if verb.dep_ in {"acl", "relcl"} else subject
    return subject


def by_person(verb: Token) -> bool:
    """The verb's subject is a person: a PERSON name, "he" or "she", or a proper noun the
    model left untyped (mostly a surname alone)."""
    subject = subject_of(verb)
    if subject is None:
        return False
    untyped_name = subject.pos_ == "PROPN" and not subject.ent_type_
    return subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"} or untyped_name


def what_is_found(verb: Token) -> list[Token]:
    """ "Polls show Clinton up by 10 points", "polls showing her well behind", "the study
    found no link": what a poll or study shows or finds is its object, with what is said of
    it (a clause without a verb)."""
    if verb.lemma_.lower() not in {"show", "find"}:
        return []
    subject = verb.head if verb.dep_ == "acl" else subject_of(verb)
    if subject is None or subject.lemma_.lower() not in SHOWING_NOUNS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return []
    return objects + [c for c in verb.children if c.i > objects[0].i and not c.is_punct]


def called_for(verb: Token) -> list[Token]:
    """ "called for an end to the war", "urged a ceasefire": the demand is the content."""
    if verb.lemma_ not in {"call", "urge", "demand", "appeal"}:
        return []
    # "called Boehner out for ...": an object or particle before "for" makes it a charge
    # against someone, not a demand
    charge = verb.lemma_ == "call" and any(
        c.dep_ in {"dobj", "prt"} and p.dep_ == "prep" and p.lower_ == "for" and p.i > c.i
        for c in verb.children
        for p in verb.children
    )
    if charge:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_ != "call"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        found = prep_objects(prep)
        objects += found
        # "called for President Trump to cancel ...": the parse hangs the infinitive on the cue
        objects += [
            c
            for c in verb.children
            if c.dep_ in {"advcl", "xcomp"}
            and is_to_infinitive(c)
            and any(c.left_edge.i == f.right_edge.i + 1 for f in found)
        ]
    # "called for all candidates to lay out specifics": the parse makes "for" the mark of
    # an adverbial clause
    objects += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in c.children)
    ]
    return objects
