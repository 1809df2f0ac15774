"""Who speaks: the source of a cue verb in the parse, past appositions, datelines,
relative clauses, inverted and reduced constructions ("..., said Mr. Page", "a third of voters")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.textutil import DASH_TOKENS
from newsprism.understand.cues import (
    OBJECT_CONTROL,
    is_to_infinitive,
)
from newsprism.understand.doctext import doc_text
from newsprism.understand.entities import parted_title
from newsprism.understand.lexicon import (
    DESCRIPTION_NOUNS,
    FINDINGS_NOUNS,
    QUANTIFIERS,
    SPEAKING_BODIES,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from newsprism.understand.quotes.attribution import (
    ADDRESSING,
    PLACEHOLDERS,
    SAYING_OR_BACKING,
    SUBJECT_DEPS,
    can_speak,
    clauses_after,
    expletive,
    has_subject,
    is_animate,
    noun_phrase,
    share_of_people,
    without_edge_punct,
)


def _for_the_subject(pronoun: Token) -> bool:
    """Whether a possessive pronoun may stand for its sentence's subject: it comes before
    the subject, or agrees with it in number (and, for a pronoun, in gender)."""
    subject = next((c for c in pronoun.sent.root.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun.pos_ != "PRON" or subject is None:
        return False
    if pronoun.i < subject.i:
        return True
    plural = subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we"}
    if (pronoun.lower_ == "their") != plural:
        return False
    return subject.pos_ != "PRON" or _SUBJECT_FORM.get(pronoun.lower_) == subject.lower_


_SUBJECT_FORM = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _judged_for(verb: Token) -> Token | None:
    """ "Twitter banned Meghan Murphy for tweeting “Men aren’t women”", "criticized Trump
    for saying ...": the one banned or criticized said it, not the one who judged (PAC had
    Twitter tweet it)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "for" or prep.head == prep:
        return None
    if verb.lemma_.lower() in _SHOWING_OR_HOLDING:
        return None  # "praised Cruz for showing “the courage of his convictions”": praise
    # a name or a noun, not a pronoun the resolver would have to guess again ("criticized
    # him for saying", after two people: NYT, PolNeAR)
    judged = prep.head.children
    return next(
        (c for c in judged if c.dep_ == "dobj" and is_animate(c) and c.pos_ != "PRON"), None
    )


# Verbs whose quoted object is the judge's words about the one judged, not that one's.
_SHOWING_OR_HOLDING = frozenset({"show", "display", "demonstrate", "have", "hold"})


def _object_of_bare_preposition(noun: Token) -> bool:
    """A noun right after a preposition the parse left without an object ("called for the
    rule change"): that preposition's object, whatever the parse made of it."""
    first = noun.left_edge.i
    if first == 0:
        return False
    before = noun.doc[first - 1]
    return before.dep_ == "prep" and not any(c.dep_ in {"pobj", "pcomp"} for c in before.children)


def source_of(verb: Token) -> Span | None:
    """Who speaks: the agent of a passive cue, else the subject, looked for up the clause
    chain for participles ("..., calling it excellent") that have none of their own."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if agents:
        return noun_phrase(agents[0])
    own = [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and c.tag_ != "WP"  # "DeMint, who said ...": below
        and (can_speak(c) or share_of_people(c, verb))
    ]
    # "Many progressive groups that have called for the rule change say ..." (Politico,
    # PAC): the parse made the object of a preposition left without one a second subject
    own = [c for c in own if not _object_of_bare_preposition(c)] or own
    if own:  # of two subjects, a misparse's is the farther ("HEADING ..., Mr. X said")
        nearest = min(own, key=lambda c: abs(verb.i - c.i))
        if share_of_people(nearest, verb):
            return _share_phrase(nearest)
        return noun_phrase(_past_parted_title(_adjacent_name(_past_dateline(nearest), verb)))
    named = (
        _name_before(verb)
        or _subject_of_aside(verb)
        or _object_after_quotation(verb)
        or _share_before(verb)
        or _reduced_relative_subject(verb)
    )
    if named is not None:
        return named
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in FINDINGS_NOUNS:
        return noun_phrase(verb.head)  # "polls showing her behind", "a report saying ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in SPEECH_NOUNS:
        # "President Barack Obama's recent remarks urging parents to ...": whose remarks
        # (HuffPost, PAC, had given them to the nurse named in the sentence before). A
        # pronoun that stands for the sentence's subject is left to the clause, which
        # names that subject: "In her statement condemning the test, Hillary Clinton
        # ...", "she revised her statement explaining ..."; not "the scholars ... object
        # to his recent comments defending his budget" (BASIL).
        whose = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if whose is not None and can_speak(whose) and not _for_the_subject(whose):
            return noun_phrase(whose)
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"}]
    shared = relative and relative[0].tag_ == "WP" and verb.dep_ == "relcl"
    if shared and verb.head.dep_ != "attr" and share_of_people(verb.head, verb):
        # "Sixteen of Thomas’s teammates, who wrote an open letter arguing ..." (PAC): a
        # number of people, not the "anyone" of the question before (not "he was one who
        # supported ...", whose speaker is the subject, nor "one that showed ...", a photo:
        # PAC)
        return verb.doc[verb.head.left_edge.i : relative[0].i + 1]
    if relative and verb.dep_ == "relcl" and can_speak(verb.head):
        beside = _name_set_off_before(verb.head)
        if beside is not None and relative[0].tag_ == "WP":
            # "Antonin Scalia ― a conservative icon ― who had declared ..." (HuffPost, PAC):
            # the name the description stands beside
            return noun_phrase(beside)
        head = noun_phrase(verb.head)  # "polls that show ...": the polls
        who = relative[0]
        first = verb.head
        # through names joined to names, not to a clause the parse joined the name to: in
        # "the US did not speak at the event and Trump – who has repeatedly said ..." (CNN,
        # PAC) the one who said is Trump
        while first.dep_ == "conj" and first.head != first and first.head.pos_ != "VERB":
            first = first.head
        if who.tag_ == "WP" and any(c.dep_ == "conj" for c in first.children):
            # "liberals and labor unions, who have said": all of them, with the pronoun
            # annotators mark ("who" alone told a reader nothing)
            listed = noun_phrase(first)
            return verb.doc[listed.start : who.i + 1] if listed.start < who.i else head
        if who.tag_ == "WP" and who.i >= head.end:
            # "DeMint, who said ...": the name and the pronoun annotators mark, so the
            # speaker is DeMint, not "who"
            return verb.doc[head.start : who.i + 1]
        return head
    if verb.dep_ == "xcomp" and verb.head != verb:
        # "urged the minister to explain", "footage of X asking", "heard him say": the object;
        # "bypassed the council to announce": a purpose, said by the subject
        control = verb.head.lemma_.lower() in OBJECT_CONTROL or not is_to_infinitive(verb)
        return _controller(verb.head, objects=control)
    # "took to Twitter to accuse ...": the subject
    if verb.dep_ == "advcl" and is_to_infinitive(verb):
        return _controller(verb.head, objects=False)
    if verb.tag_ != "VBG" and verb.dep_ != "conj":  # "..., calling it excellent"
        return None
    judged = _judged_for(verb)
    if judged is not None:
        return noun_phrase(judged)
    if verb.dep_ == "acl" and _speaking_head(verb.head):
        # "he has not joined the chorus of Democrats saying a deal could be reached": the
        # Democrats say it, not the subject of the clause the noun stands in (PAC)
        return noun_phrase(verb.head)
    # "X said that if ..., it will fall on lawmakers ... and said he would ...": the parse
    # joins the second "said" to the reported clause, not to the first "said"
    node = verb.head if _joined_to_what_was_said(verb) else verb
    body: Token | None = None  # the nearest speaking body, if no person is found
    body_may_speak = _body_may_speak(verb)
    for _ in range(5):  # a participle borrows the subject of a clause it hangs from
        if node.head == node:
            break
        node = node.head
        # "Schumer was quoted in The Hill as saying": the one quoted says it. "FBI officials
        # were angered by the deal and predicted ...": a verb joined to a main clause's
        # passive shares its subject (only a main clause's: in "the campaign knew about
        # emails before they were released and asked Mr. Stone ...", the parse may join the
        # cue to the passive inside the subordinate clause).
        joined = verb.dep_ == "conj" and node == verb.head and node.dep_ == "ROOT"
        passive_too = _quoted_as(node) or joined
        subject_deps = {"nsubj", "nsubjpass"} if passive_too else {"nsubj"}
        if joined:  # "Some seek to be removed ..., and argue that ...": a share of people
            share = [
                c for c in node.children if c.dep_ in subject_deps and share_of_people(c, verb)
            ]
            if share:
                return _share_phrase(share[0])
        animate = [
            c
            for c in node.children
            if c.dep_ in subject_deps
            and (is_animate(c) or c.lemma_.lower() in DESCRIPTION_NOUNS)
            and not expletive(c)
        ]
        # "LIVINGSTON, N.J. — Gov. Chris Christie declared ..., vowing that ...": the parse
        # gives the clause two subjects, the dateline first (BASIL: it was the speaker)
        animate = [c for c in animate if not _dateline_word(c)] or animate
        # "The son of Cuban immigrants, Rubio challenged ..., saying ...": the name
        animate = [c for c in animate if c.ent_type_ == "PERSON"] or animate
        if animate:  # "WASHINGTON — Weiner denied ... but said ...": Weiner
            owner = _relative_clause_owner(animate[0], verb)
            return owner or noun_phrase(_past_dateline(animate[0]))
        if (
            joined
            and verb.lemma_.lower() in SPEECH_VERBS
            and node.lemma_.lower() != "be"
            and clauses_after(verb)
        ):
            # "the affidavit cited interviews and said that ...", "Wealth-X keeps its
            # finances a secret but says its business has tripled": a verb of saying with
            # its clause, joined to the main clause, says what its subject says, whatever
            # that subject is (a document, a firm the model tags nothing). Not after "be":
            # in "This was the Trump who questions ..., and asserts that ..." and "The line
            # was an addition to a speech in which Bloomberg criticized ..., but argued ..."
            # the parse joins a relative clause's verb to "was". A noun only, never a
            # dateline ("WASHINGTON — Weiner denied ... but said ...").
            said_by = [
                c
                for c in node.children
                if c.dep_ == "nsubj"
                and c.pos_ in {"NOUN", "PROPN"}
                and can_speak(c)
                and not _dateline_word(c)
            ]
            if said_by:
                return noun_phrase(said_by[0])
        if body is None and body_may_speak:
            body = next(
                (
                    c
                    for c in node.children
                    if c.dep_ == "nsubj" and c.lemma_.lower() in SPEAKING_BODIES
                ),
                None,
            )
    return noun_phrase(body) if body is not None else None


def _relative_clause_owner(subject: Token, verb: Token) -> Span | None:
    """ "Gov. Chris Christie, who is insistent he personally is not a candidate ..., said he
    wasn't sure ...": the parse made the relative clause the main one and the cue a verb
    joined to it, so the cue shared the clause's "he". A subject between "NAME, who" and the
    comma before the cue belongs to the relative clause; the name is who speaks."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or subject.i > verb.i:
        return None
    for who in reversed(doc[verb.sent.start : subject.i]):
        if who.lower_ != "who":
            continue
        if who.i < 2 or doc[who.i - 1].text != ",":
            return None
        if any(t.text == "," for t in doc[who.i : subject.i]):
            return None  # the relative clause closed before the subject: a clause of its own
        name = doc[who.i - 2]
        between = doc_text(doc)[name.idx : verb.idx]
        if name.ent_type_ != "PERSON" or any(c in '"“”«»' for c in between):
            return None  # a relative clause inside someone's words is theirs to resolve
        return noun_phrase(name)  # the name with its title ("Gov. Chris Christie")
    return None


def _body_may_speak(verb: Token) -> bool:
    """ "The departments declined to give details, saying they cannot discuss the case": a
    body (the subject of a clause up the sentence, ``SPEAKING_BODIES``) speaks through a
    participle of saying set off after its clause. Only when no person is found further up:
    "Clapper insisted that the government does not ..., saying ..." is Clapper's."""
    return verb.dep_ in {"advcl", "conj"} and verb.lemma_.lower() in SPEECH_VERBS


# Passives whose subject is the one heard saying something ("was quoted as saying", "was
# heard saying", "was caught on tape saying").
_HEARD_SAYING = frozenset("quote hear overhear record catch film cite report".split())


def _quoted_as(verb: Token) -> bool:
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and verb.lemma_.lower() in _HEARD_SAYING


def _joined_to_what_was_said(verb: Token) -> bool:
    """A second verb of saying the parse made a conjunct of the clause the first one reports,
    so that it would borrow that clause's subject. Only when the two verbs are one word form
    and that subject is a thing or says nothing there: in "Merrill says Machado promised ...
    and said she would", Machado did say it."""
    reported = verb.head
    if verb.dep_ != "conj" or reported.dep_ != "ccomp" or reported.head == reported:
        return False
    if reported.head.lower_ != verb.lower_:
        return False
    subjects = [c for c in reported.children if c.dep_ in SUBJECT_DEPS]
    if all(c.lower_ in PLACEHOLDERS or not is_animate(c) for c in subjects):
        return True
    # "The parent ... has said that Barbee should have gotten the movie approved ... and said
    # the teacher is “playing the victim.”" (CNN, PAC): a reported clause of no speech does
    # not go on to say anything; the first speaker does
    return reported.lemma_.lower() not in SPEECH_VERBS


# Cues whose object is what was said, never who hears it or what is judged: after a
# quotation, inverted, what the parse makes their object is the speaker.
_INVERTED_CUES = frozenset(
    "say add write tweet post state note explain declare recall reply respond continue "
    "insist argue counter conclude remark observe quip joke retort opine".split()
)


def _name_set_off_before(noun: Token) -> Token | None:
    """The name a description stands beside, set off by a dash the parse did not read as an
    apposition ("Antonin Scalia ― a conservative icon ―"; the parse made "icon" a second
    object). An apposition the parse did read ("Laurence Meyer, a former Fed governor who
    argued") keeps the description and its "who", which PolNeAR's annotators mark as the
    speaker: taking the name there too cost 0.0007 of speaker accuracy on training texts."""
    if noun.ent_type_ or noun.dep_ == "appos":
        return None
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text not in DASH_TOKENS:
        return None
    before = noun.doc[start - 2]
    return before if before.ent_type_ == "PERSON" else None


def _object_after_quotation(verb: Token) -> Span | None:
    """ "“... to urge them to stay strong,” tweeted the Brooklyn chapter of Indivisible": a
    cue right after a quotation, inverted, whose speaker the parse made its object (the
    quotation had gone on from the speaker before, "their progressive base")."""
    doc = verb.doc
    if verb.i < 2 or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if verb.lemma_.lower() not in _INVERTED_CUES:
        return None  # "“terrible,” denounced her record": a verb whose object is an object
    before = doc[verb.i - 1]
    if not (before.is_quote or (before.text == "," and doc[verb.i - 2].is_quote)):
        return None
    if verb.dep_ == "amod":
        # '“...,” tweeted conservative activist Christopher F. Rufo' (The Root, PAC): the
        # parse read the verb as an adjective of the name after it
        head = verb.head
        while head.dep_ in {"compound", "amod"} and head.head != head:
            head = head.head
        names = [head, *(c for c in head.children if c.dep_ == "appos")]
        name = next((n for n in names if n.ent_type_ in {"PERSON", "ORG"}), None)
        return doc[verb.i + 1 : name.i + 1] if name is not None else None
    if has_subject(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and can_speak(c)]
    return noun_phrase(objects[0]) if objects else None


def _name_before(verb: Token) -> Span | None:
    """A finite cue the parse left without a subject, right after a person's name: in "Asked
    why ... critical of Trump, Attorney General Jeff Sessions said he didn't know" the small
    model hangs "Sessions" on "of" and makes "said" an auxiliary. No one else can be speaking
    there, and the name is right before the verb."""
    if verb.i == 0 or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    before = _past_apposition(doc[verb.i - 1], verb)
    if before.ent_type_ != "PERSON" or before.dep_ in {"nsubj", "nsubjpass", "poss"}:
        return None
    start = before.i  # the name with its title, not what the parse hung on it ("Trump, ")
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1
    return doc[start : before.i + 1]


def _subject_of_aside(verb: Token) -> Span | None:
    """A finite cue whose subject the parse gave to a participle set off by commas before it:
    in "Mr. Schiff, clearly prepared for the ambush, argued that ..." the small model makes
    "Schiff" the subject of "prepared", and "argued" has none. Not a clause of its own ("When
    the envoy arrived, argued ..." has a mark) nor one without commas round it."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or has_subject(verb):
        return None
    doc = verb.doc
    for aside in verb.lefts:
        if aside.dep_ != "advcl" or aside.tag_ not in {"VBN", "VBG", "JJ"}:
            continue
        if any(c.dep_ in {"mark", "advmod"} and c.tag_ in {"IN", "WRB"} for c in aside.children):
            continue
        subjects = [c for c in aside.lefts if c.dep_ == "nsubj" and can_speak(c)]
        if not subjects:
            continue
        subject = subjects[0]
        between = doc[aside.right_edge.i : verb.i]  # the aside's last token, then commas
        if any(t.text == "," for t in doc[subject.i + 1 : aside.i]) and any(
            t.text == "," for t in between
        ):
            return noun_phrase(subject)
    return None


def _past_apposition(before: Token, verb: Token) -> Token:
    """ "As a part of his plea, Marcel Lehel Lazar, 44, said that ...": the name before what
    is set off after it by commas, when all of that hangs on the name."""
    if before.text != "," or before.i == 0:
        return before
    for name in reversed(before.sent[: before.i - before.sent.start]):
        if name.ent_type_ == "PERSON" and name.right_edge.i >= before.i - 1:
            comma = name.doc[name.i + 1]
            return name if comma.text == "," and comma.head == name else before
        if name.head.i > verb.i or name.head == verb:
            return before  # the words between belong to the clause, not to a name
    return before


def _controller(head: Token, objects: bool) -> Span | None:
    """Who does what an infinitive says: the object of the verb it completes when that verb
    passes control to its object ("urged the minister to explain"), else its subject ("wants
    to explain", "took to Twitter to accuse", "bypassed the council to announce")."""
    for deps in ({"dobj"} if objects else set(), {"nsubj", "nsubjpass"}):
        found = [c for c in head.children if c.dep_ in deps and can_speak(c)]
        if found:
            return noun_phrase(found[0])
    return None


def _dateline_word(token: Token) -> bool:
    """A word in capitals before a dash, with only capitals and commas between ("LIVINGSTON,
    N.J. —")."""
    if not (token.is_upper and token.is_alpha and len(token) > 1):
        return False
    for after in token.doc[token.i + 1 : token.i + 7]:
        if after.text in DASH_TOKENS:
            return True
        if not (after.is_upper or after.is_punct):
            return False
    return False


def _past_dateline(subject: Token) -> Token:
    """ "WASHINGTON -- President Obama ... said": the parse makes the dateline the subject and
    the speaker its apposition."""
    doc = subject.doc
    if (
        not subject.is_upper
        or subject.i + 1 >= len(doc)
        or doc[subject.i + 1].text not in DASH_TOKENS
    ):
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1]
    return after[0] if after else subject


def _past_parted_title(subject: Token) -> Token:
    """ "said GOP Rep . Mark Amodei of Nevada": a tokenised corpus (PAC) writes the title's
    stop apart, the parser ends the sentence there and makes the title the subject. The
    speaker is the person named right after the stop."""
    doc = subject.doc
    if not parted_title(subject) or subject.i + 2 >= len(doc):
        return subject
    name = doc[subject.i + 2]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
        return subject
    end = name.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _adjacent_name(subject: Token, verb: Token) -> Token:
    """ "To understand the case, Chief Justice Roberts said, ...": a name right before the cue,
    parsed as an apposition of an earlier noun, is the one speaking."""
    names = [
        c
        for c in subject.children
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i + 1 == verb.i
    ]
    return names[0] if names else subject


# Words of a poll's share of people: "about 4 in 10", "67 percent", "two-thirds", "half".
_SHARE_WORDS = frozenset(
    "in about nearly almost roughly around some over under just percent % - half third thirds "
    "quarter quarters fifth fifths majority".split()
)


# Words that make a run of share words a share: "4 in 10", "most", "two-thirds".
_SHARE_HEADS = QUANTIFIERS | {"third", "thirds"}


def _share_before(verb: Token) -> Span | None:
    """ "About 4 in 10 say they want ...", "Among likely GOP primary voters, about two-thirds,
    67 percent, say they will vote for Trump": the small model leaves the verb without a
    subject (the share hangs on the verb or on the voters before it). A share of people right
    before a verb of saying or backing that has none is who says it (poll findings)."""
    doc = verb.doc
    if verb.tag_ not in {"VBP", "VBZ", "VBD"} or verb.lemma_.lower() not in SAYING_OR_BACKING:
        return None
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubj", "nsubjpass", "expl"} or not deps & {"ccomp", "dobj", "xcomp"}:
        return None  # "half said so in the earlier poll": no words to give it
    if verb.dep_ == "conj":
        return None  # "... and on April 6, 2007, said that ...": its head's subject speaks
    end = verb.i - 1
    if end >= 0 and doc[end].text == ",":
        end -= 1
    start = end
    while start >= verb.sent.start and (
        doc[start].like_num
        or doc[start].ent_type_ in {"CARDINAL", "PERCENT"}
        or doc[start].lower_ in _SHARE_WORDS
    ):
        start -= 1
    start += 1
    share = doc[start : end + 1]
    if not any(t.like_num or t.lower_ in _SHARE_HEADS for t in share):
        return None
    while share and share[0].lower_ in {"in", "-"}:  # "(registered) in 2012" is no share
        share = share[1:]
    if not len(share) or any(t.ent_type_ in {"DATE", "TIME", "MONEY"} for t in share):
        return None
    # The share opens its clause: "the unemployment rate of 4.9 percent, suggested ..." is
    # a figure inside a noun phrase, and the subject is further back
    before = doc[share.start - 1] if share.start > verb.sent.start else None
    if before is not None and before.text != "," and before.lower_ not in {"and", "but"}:
        return None
    return share


def _reduced_relative_subject(verb: Token) -> Span | None:
    """ "Majorities of Democrats in five states going to the polls Tuesday say they would be
    satisfied ...", "Republican activists clamoring to block Trump ... say they're ...": the
    parse makes the participle the main verb and hangs "say" on it, subjectless. The
    participle's subject says it."""
    head = verb.head
    if verb.dep_ != "dep" or verb.tag_ not in {"VBP", "VBZ", "VBD"} or head.i > verb.i:
        return None
    if head.tag_ not in {"VBG", "VBN"} or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return None  # "Mr. Cruz has benefited ..., then saw ...": a tense, not a reduced clause
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or not (can_speak(subject) or share_of_people(subject, verb)):
        return None
    return noun_phrase(subject)


def _share_phrase(subject: Token) -> Span:
    """A share of people speaks with all its words: "nearly two-thirds of voters"."""
    return without_edge_punct(subject.doc[subject.left_edge.i : subject.right_edge.i + 1])


def _speaking_head(noun: Token) -> bool:
    """A noun a participle can hang from as its speaker: someone ("officials saying"), or a
    word for many ("a chorus of Democrats", "a group of senators"). Not a thing that carries
    someone's words ("issued a statement saying ..."): those are its issuer's. Nor where
    the parse often hangs the subject's own participle on a noun: after a preposition
    ("sent a letter to Senate leaders opposing ...", PolNeAR dev), on whom the subject
    addresses ("emailed supporters saying: ..."), or on what the subject is ("was the first
    candidate to weigh in, tweeting ...")."""
    if noun.dep_ in {"pobj", "attr"}:
        return False
    if noun.dep_ in {"dobj", "dative"} and noun.head.lemma_.lower() in ADDRESSING:
        return False
    if is_animate(noun):
        return True
    if any(c.dep_ == "nummod" for c in noun.children):
        return False  # "50 years of Trump's talking": a stretch of time, not a crowd
    return any(
        is_animate(g)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )
