"""Attributions around a cue verb: its source and content, set-off and trailing cues
("..., he said"), inverted ones, and the verbs that only look like cues."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsprism.understand.doctext import doc_text
from newsprism.understand.lexicon import (
    ATTITUDE_VERBS,
    CONTEST_VERBS,
    FORCE_VERBS,
    IMPRESSION_VERBS,
    JUDGEMENT_VERBS,
    SHOWING_NOUNS,
    SPEECH_VERBS,
)
from newsprism.understand.quotemarks import OPENING_MARKS, Quoted
from newsprism.understand.quotes.attribution import (
    ADDRESSEE_VERBS,
    EDGE_PUNCT,
    Attribution,
    conditional,
    first_after_conjunction,
    has_subject,
    has_verb,
    holds_words,
    impersonal,
    inside_marks,
    is_animate,
    noun_phrase,
    overlaps,
    owns_words,
    strip,
    subject_of,
    widen_to_marks,
    words_owner,
)
from newsprism.understand.quotes.contents import (
    LIGHT_OBJECTS,
    as_says_what_the_act_was,
    asked_if,
    by_person,
    called_for,
    fronted_fragment,
    learned_object,
    passive_subject,
    prep_content,
    seen_as,
    side_object,
    spoken_of,
    that_clause_in_phrase,
    what_is_found,
)
from newsprism.understand.quotes.cuewords import announces, is_cue
from newsprism.understand.quotes.sources import source_of

_CONTENT_DEPS = {"ccomp", "xcomp", "parataxis"}


_OPENERS = " \n\t\"“”'‘’«»`"  # between an announcing colon and its quotation


def _run_into(clause: Token, verb: Token) -> bool:
    """A clause before its verb with no comma, dash or quotation mark between them: the
    parse ran a sentence on, and it was not said. Words put first are set off ("The plan
    failed, he said"); "Voters in San Francisco recalled District Attorney Chesa Boudin in
    June and an effort to recall ... George Gascón failed" (AP, PAC) is no report that
    Gascón "failed" the voters' recall."""
    if clause.i > verb.i:
        return False
    return not any(t.is_punct for t in verb.doc[clause.right_edge.i : verb.i])


def verb_attribution(verb: Token, sent: Span, marks: list[Quoted]) -> Attribution | None:
    if _lets_say(verb):
        return None  # "Let's say you think ...": a supposition, nobody said it
    if impersonal(verb):
        return None  # "It seems ...", "it's fair to wonder whether ...": the writer's voice
    if verb.lemma_.lower() in FORCE_VERBS and not by_person(verb):
        return None  # "the army attacked what it called “terrorist positions”": an act
    if _feeling_caused_by_a_thing(verb):
        return None  # "the deal angered FBI officials": a feeling, and no one spoke
    if _plain_act(verb):
        return None  # "took office", "drew scrutiny ... even from Trump, who said “...”"
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "23 are believed to be alive", "he was told": no speaker, no quote
    inverted = _inverted_set_off(verb, sent)
    if inverted is not None:
        return inverted
    owned = _owned_words_set_off(verb, marks)
    if owned is not None:
        return owned
    # "..., suggesting that the president will find “any excuse ...”": a verb of no speech
    # in a clause reported after a quotation takes no quotation (its clause it still may)
    reported = _after_quotation_reported(verb, sent, marks)
    quoting = not reported or _speaks(verb)
    source = source_of(verb)
    misread = _subject_read_as_clause(verb, marks) if source is None else None
    if misread is None and source is None:
        misread = _speaker_before_a_name_read_as_verb(verb)
    if misread is not None:
        source = noun_phrase(misread)
    if announces(verb) and source is not None and quoting:
        announced = _announced_quote(verb, sent, marks)
        if announced is not None:
            return Attribution(announced, verb, source)
    trailing = _trailing_cue(verb, sent)
    if trailing is not None and source is not None:
        return Attribution(widen_to_marks(trailing, marks), verb, source)
    complement = (
        [
            c
            for c in verb.children
            if (
                (c.dep_ == "ccomp" and not _run_into(c, verb))
                or (c.dep_ in _CONTENT_DEPS and c.i > verb.i)
            )
            and not _relative_read_as_clause(c)
        ]
        or that_clause_in_phrase(verb)
        or asked_if(verb)
        or called_for(verb)
        or what_is_found(verb)
        or seen_as(verb)
        or learned_object(verb)
        or side_object(verb)
        or spoken_of(verb)
        or prep_content(verb)
        or fronted_fragment(verb)
        or passive_subject(verb)
    )
    complement = _without_parallel_report(verb, complement, marks)
    if misread is not None:  # the clause the parse made of the speaker is not what was said
        complement = [c for c in complement if c != misread.head]
    if source is not None:  # an inverted speaker the parse made an object is not content
        complement = [
            c for c in complement if not (c.dep_ == "dobj" and source.start <= c.i < source.end)
        ]
        complement = _after_source(complement, verb, source)
    if _carries_on(verb, complement):
        return None
    if complement:
        first = min((c.left_edge for c in complement), key=lambda t: t.i)
        if first.dep_ == "mark" and first.lower_ == "for":
            first = first.nbor()  # "called for all candidates to ...": the demand, not "for"
        start = _past_when(first, verb)
        end = max(c.right_edge.idx + len(c.right_edge) for c in complement)
        content = _cut_at_source(widen_to_marks((start, end), marks), verb, marks)
        content = _past_heading(content, doc_text(verb.doc), marks)
        quoted = any(overlaps((q.start, q.end), content) for q in marks)
        # Without a speaker, only quoted words are kept (a later rule may find who said them).
        return Attribution(content, verb, source, linked=True) if source or quoted else None
    nearby = [
        q
        for q in marks
        if overlaps((q.start, q.end), (sent.start_char, sent.end_char))
        and not q.start <= verb.idx < q.end
    ]
    if reported:
        nearby = [q for q in nearby if quoting and q.start >= verb.left_edge.idx]
    # "a letter reported by Fox": what was reported is the letter, and the quotation in the
    # sentence is the letter writer's ("..., Mr. Page wrote: “...”")
    described = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if nearby and source is not None and not described and not _names_the_act(verb, nearby):
        # a cue without a subject of its own ("responding to a question, Biden responded:
        # “...”") has its source from the clause it hangs on, a guess twice over
        loose = not has_subject(verb)
        return Attribution((nearby[0].start, nearby[-1].end), verb, source, loose=loose)
    announced = _announced_quote(verb, sent, marks) if quoting else None
    if announced is not None and source is not None:
        return Attribution(announced, verb, source)
    if (
        verb.dep_ in {"parataxis", "ccomp", "advcl"}
        and source is not None
        and verb.head != verb
        and _set_apart(verb, source, sent)
        and not _aside_of_the_writer(verb, source)
        # "If this all seems familiar, the reason is ...": no one's words at all (but "If
        # Obama says it, it's true" is annotated, as 6 other conditions in training texts)
        and not (verb.lemma_.lower() in IMPRESSION_VERBS and conditional(verb))
    ):
        span = _clause_without(sent, verb)
        if span is not None:
            return Attribution(span, verb, source)
    if verb.head == verb and source is not None:
        span = _set_off(verb, sent)
        if span is not None:
            return Attribution(span, verb, source)
        span = _cut_off_trailer(verb, sent)
        if span is not None:
            return Attribution(widen_to_marks(span, marks), verb, source)
    answer = one_word_answer(verb)
    if answer is not None and source is not None and not source.start <= answer.i < source.end:
        return Attribution((answer.idx, answer.idx + len(answer)), verb, source)
    return None  # a speech verb without content ("she said nothing", "the so-called")


# Verbs of a feeling caused in someone ("angered", "worries"). With a person as the cause
# ("Fiorina surprised some", "he worries Sanders would ...") PolNeAR marks them; with a
# thing, "Erdogan's about-face worries the Gulf capitals", nobody said anything.
_FEELING_VERBS = frozenset(
    "anger upset outrage alarm worry trouble frustrate surprise shock stun disappoint annoy "
    "irritate infuriate delight please dismay".split()
)


def _after_quotation_reported(verb: Token, sent: Span, marks: list[Quoted]) -> bool:
    """A verb in a clause that a verb outside quotation marks reports, after a quotation of
    the sentence: in "“I don't trust him ...,” he added, suggesting that the president will
    find “any excuse ...”" (Fox Business, PAC) the quotation before is the words of the one
    who added them, not the president's; and a verb of no speech takes none at all ("find"
    is no word of the president's), where "what he called Machado's “sex tape”" keeps its
    own. A trailing "“... We agree,” the White House said" the parse hung on "agree" is no
    such verb."""
    if verb.dep_ not in _REPORTED_DEPS or any(
        inside_marks(t.idx, marks) for t in (verb, verb.head)
    ):
        return False
    if verb.head.dep_ == "ROOT":
        return False  # '“...,” the video showed Tlaib telling supporters': the attribution
    start = verb.left_edge.idx
    return any(sent.start_char <= q.start and q.end <= start for q in marks)


# A clause reported by the verb above, or a gerund after its preposition ("slammed
# Sessions as “one of the greatest threats ...,” for threatening state legalization": the
# quotation is Booker's, no threat of Sessions', PAC).
_REPORTED_DEPS = frozenset({"ccomp", "pcomp"})


def _speaks(verb: Token) -> bool:
    """A verb that utters words, not one of a view ("says what he believes “no matter
    what”": the quotation is no belief); "find" and "show" only for a poll or study ("the
    president will find any excuse" says nothing)."""
    lemma = verb.lemma_.lower()
    if lemma in _FINDING_VERBS:
        subject = subject_of(verb)
        return subject is not None and subject.lemma_.lower() in SHOWING_NOUNS
    return lemma in SPEECH_VERBS and lemma not in ATTITUDE_VERBS


_FINDING_VERBS = frozenset({"find", "show"})


def _owned_words_set_off(verb: Token, marks: list[Quoted]) -> Attribution | None:
    """ "Doocy noted Biden’s 2019 pledge – "I guarantee you, we’re going to end fossil fuel"
    – and asked ..." (Fox Business, PAC): the quotation a dash or colon sets beside someone's
    pledge, remark or words is theirs, not the one who noted them (Doocy had been quoted
    saying Biden's words)."""
    doc = verb.doc
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        owner = words_owner(noun)
        after = noun.right_edge.i + 1
        if owner is None or after >= len(doc) or doc[after].text not in _SETTING_OFF:
            continue
        opening = doc[after + 1].idx if after + 1 < len(doc) else -1
        quoted = next((q for q in marks if q.start - 1 == opening), None)
        if quoted is not None:
            return Attribution((quoted.start, quoted.end), noun, noun_phrase(owner))
    return None


_SETTING_OFF = frozenset({"–", "—", "-", "--", ":"})


def _relative_read_as_clause(clause: Token) -> bool:
    """A relative clause the parse hung on the cue: "..., the White House summary said in
    defense of the withdrawal, during which a suicide bomb ... took the lives of 13 U.S.
    service members" (Forbes, PAC) had the bombing inside the summary's words."""
    first = clause.left_edge
    if first.pos_ != "ADP" or first.i + 1 >= len(clause.doc):
        return False
    return clause.doc[first.i + 1].tag_ in {"WDT", "WP"}


def _feeling_caused_by_a_thing(verb: Token) -> bool:
    """A verb of feeling whose cause, the subject before someone who feels it or the "by"
    phrase of a passive, is a thing: no speaker and no words."""
    if verb.lemma_.lower() not in _FEELING_VERBS:
        return False
    causes = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    # Only with someone who feels it as the object: in "the couple worried that ..." the
    # subject feels, and says what
    if not causes and any(c.dep_ == "dobj" for c in verb.children):
        causes = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    return bool(causes) and not any(owns_words(c) or c.pos_ == "PROPN" for c in causes)


def _subject_read_as_clause(verb: Token, marks: list[Quoted]) -> Token | None:
    """ "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he
    ...": the small model may read a long apposition as a clause ("rabbi" a verb) with the
    name as its subject and hang it before the speech verb, which is left with no subject.
    The name opening the sentence is the speaker when that clause ends in a comma just
    before the verb (adverbs aside: "also said", "last week said") and the verb has a
    clause of its own after it. Returns the name's head."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    modifiers = {t.i for c in verb.children if c.dep_ in {"advmod", "npadvmod"} for t in c.subtree}
    opener = next(t for t in verb.sent if not t.is_punct and not t.is_space)
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        if inside_marks(clause.idx, marks):
            return None
        comma = clause.right_edge.i + 1
        if comma >= verb.i or verb.doc[comma].text != ",":
            return None
        if any(i not in modifiers for i in range(comma + 1, verb.i)):
            return None
        for subject in clause.children:
            if (
                subject.dep_ == "nsubj"
                and subject.ent_type_ in {"PERSON", "ORG"}
                and subject.left_edge == opener
            ):
                return subject
    return None


def _speaker_before_a_name_read_as_verb(verb: Token) -> Token | None:
    """ "“...,” said Jessica Caldwell, an analyst at the auto industry consultancy Edmunds.":
    the parse may read the last name as a verb, a clause after the cue with the speaker as
    its subject, so that what was said ran on over her name and she said nothing (HuffPost,
    PAC). Returns the speaker's head; the misread clause is then no content (below)."""
    if not verb.is_lower:
        return None  # a headline's "Calls Trump's Putin Remarks ‘Troubling’": all title case
    for clause in verb.children:
        # the misread name closes the sentence ("... super PAC Correct the Record.")
        end = clause.right_edge.i + 1
        last = end >= verb.sent.end or verb.doc[end].text in {".", "\n"}
        if clause.dep_ == "ccomp" and clause.i > verb.i + 1 and clause.is_title and last:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.ent_type_ == "PERSON" and subject.i > verb.i:
                return subject
    return None


def _without_parallel_report(
    verb: Token, complement: list[Token], marks: list[Quoted]
) -> list[Token]:
    """ "520 superdelegates have said they support Clinton, 39 have said they support
    Sanders": the parse may hang the first report on the second verb as a clause before it.
    When the verb has its own clause after it, a clause before it that is someone else's
    report (a speech verb with a subject of its own, outside quotation marks: in "“I don't
    think ...,” he said, “that ...”" it is the speaker's words) is no part of what this verb
    reports."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in complement):
        return complement
    return [
        c
        for c in complement
        if not (
            c.dep_ == "ccomp"
            and c.i < verb.i
            and c.lemma_.lower() in SPEECH_VERBS
            and any(g.dep_ == "nsubj" for g in c.children)
            and not inside_marks(c.idx, marks)
        )
    ]


_ANSWERS = frozenset({"yes", "no", "so"})


def one_word_answer(verb: Token) -> Token | None:
    """ "Asked if ..., 46 percent of voters said yes", "after half said so in the earlier
    poll": a one-word answer stands for the words said (annotated as their content). Not
    "said no to the deal", a refusal of a thing."""
    if verb.lemma_.lower() not in _ANSWER_VERBS or verb.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[verb.i + 1]
    if word.lower_ not in _ANSWERS or word.head != verb:
        return None
    after = verb.doc[word.i + 1] if word.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "to" and word.lower_ != "so":
        return None
    return word


_ANSWER_VERBS = frozenset({"say", "answer", "reply", "respond", "tell"})


# A day that is part of what was said: its subject, or the owner of a noun ("called
# Friday's test provocative").
_DAY_IN_CONTENT = frozenset({"nsubj", "nsubjpass", "poss"})


_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


_HEADING = re.compile(r"(?:[A-Z][A-Z'’.,:-]*\s+){3,}")


# What may follow a closing cue: when, where, how and to whom it was said.
_AFTER_CUE_DEPS = frozenset({"punct", "npadvmod", "advmod"})


_AFTER_CUE_PREPS = frozenset({"in", "on", "at", "during", "after", "before", "to", "via"})


def _trailing_cue(verb: Token, sent: Span) -> tuple[int, int] | None:
    """ "..., a girl was pepper-sprayed by another bystander, police said.", "This includes a
    special force ..., Defense Secretary Ash Carter told a Senate panel Wednesday.": a cue and
    its speaker after a comma close the sentence, and the parse hung the clause before them
    elsewhere (an adverbial clause of the cue, or a verb the cue is conjoined to) instead of
    making it what was said. That clause, up to the comma, was said."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS:
        return None
    subject = subject_of(verb)
    if subject is None or _said_as_clause(verb):
        return None
    record = lemma in MISREAD_FINDINGS and subject.lemma_.lower() in SHOWING_NOUNS
    if not (is_animate(subject) or subject.pos_ == "PROPN" or record):
        return None  # "..., the borrowing continued.": no one spoke ("..., records show." did)
    doc = verb.doc
    inverted = subject.i > verb.i  # "..., said the company's chief executive, John Smith."
    comma = verb.i - 1 if inverted else subject.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    between = (
        doc[verb.i + 1 : subject.left_edge.i]
        if inverted
        else doc[subject.right_edge.i + 1 : verb.i]
    )
    if any(t.head != verb or t.dep_ != "advmod" for t in between):
        return None  # only "police *also* said" between the speaker and the cue
    for child in (c for c in verb.children if c.i > verb.i and c != subject):
        addressee = child.dep_ == "dobj" and lemma in ADDRESSEE_VERBS
        setting = child.dep_ == "prep" and child.lower_ in _AFTER_CUE_PREPS
        if child.dep_ not in _AFTER_CUE_DEPS and not addressee and not setting:
            return None  # "asks for an investigation": what follows is what was said
    if prep_content(verb):
        return None
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    if rest and rest[-1].text not in {".", "!", "?"}:
        return None  # not "wrote:" with the words after it
    if any(t.pos_ in {"VERB", "AUX"} or not (t.is_punct or verb.is_ancestor(t)) for t in rest):
        return None  # "said during a news conference that he may wait": a misparsed clause
    before = doc[sent.start : comma]
    if not (holds_words(before) and any(main_clause(t) for t in before)):
        return None  # "But when Congress cut funding, Mexico said enough."
    return strip((before.start_char, before.end_char), doc_text(doc))


MISREAD_FINDINGS = frozenset("show suggest indicate".split())


def main_clause(verb: Token) -> bool:
    """A verb with its own subject that no "when", "if" or "because" subordinates."""
    if verb.pos_ not in {"VERB", "AUX"} or not has_subject(verb):
        return False
    return not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children)


def _said_as_clause(verb: Token) -> bool:
    """The parse already found what was said: a clause hung on the cue."""
    return any(c.dep_ in _CONTENT_DEPS or c.dep_ == "dep" for c in verb.children)


def _carries_on(verb: Token, complement: list[Token]) -> bool:
    """ "Trump continues to dominate the field", "continued campaigning Friday": "continue"
    before another verb says that something goes on, not that anyone speaks; only "he
    continued, “...”" is speech, and so is "continued to insist that ..." or "continue to
    support him", where a verb of saying or of taking sides follows."""
    if verb.lemma_.lower() != "continue":
        return False
    return any(c.dep_ == "xcomp" and not _stance_verb(c) for c in complement)


def _stance_verb(token: Token) -> bool:
    """A verb that says or takes a stance: "continued to insist", "continue to support him"."""
    return is_cue(token) or token.lemma_.lower() in _STANCE_VERBS


_STANCE_VERBS = ATTITUDE_VERBS | JUDGEMENT_VERBS | CONTEST_VERBS


def _past_heading(content: tuple[int, int], text: str, marks: list[Quoted]) -> tuple[int, int]:
    """A heading in capitals glued before a quotation is no part of it (PAC: "... under 18.
    MISSISSIPPI BILL BANNING TRANSGENDER PROCEDURES FOR MINORS HEADS TO GOVERNOR "There is a
    dangerous movement ...," Reeves said", a link to another story left in the text)."""
    start, end = content
    opening = next((q.start for q in marks if start < q.start < end), None)
    if opening is None:
        return content
    before = text[start:opening].rstrip(OPENING_MARKS + " ")
    if _HEADING.fullmatch(before + " "):
        return opening, end
    return content


def _past_when(first: Token, verb: Token) -> int:
    """Where the content starts: "said Tuesday Ginsburg's comments were ..." tells when it was
    said, and the parse hung the day on what was said. A day that is the clause's subject
    ("said Monday was the deadline") stays."""
    if first.i > verb.i and first.lower_ in _WHEN_WORDS and first.dep_ not in _DAY_IN_CONTENT:
        following = first.nbor() if first.i + 1 < len(first.doc) else None
        if following is not None and not following.is_punct and following.tag_ != "POS":
            return following.idx
    return first.idx


def _inverted_set_off(verb: Token, sent: Span) -> Attribution | None:
    """ "Her comments, said Josh Earnest, the press secretary, are “consistent ...”": the
    parse made "Her comments" the subject of "said" and the name the subject of what was
    said. The name after the cue speaks; the sentence around the cue was said."""
    doc = verb.doc
    if verb.i - 1 <= sent.start or verb.i + 1 >= sent.end or doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS or doc[verb.i + 1].ent_type_ != "PERSON":
        return None
    fronted = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    name = next(
        (
            g
            for c in verb.children
            if c.dep_ == "ccomp" and c.i > verb.i
            for g in c.children
            if g.dep_ == "nsubj" and g.ent_type_ == "PERSON" and g.left_edge.i == verb.i + 1
        ),
        None,
    )
    if fronted is None or name is None or fronted.ent_type_ in {"PERSON", "ORG"}:
        return None  # "Derek Mitchell, who served ..., said Clinton reached out": the usual
    last = max(t.i for t in name.subtree if not t.is_punct)
    if last + 1 >= sent.end or doc[last + 1].text != ",":
        return None  # the name and its title are set off by commas, like the cue
    content = strip((sent.start_char, sent.end_char), doc_text(doc))
    return Attribution(content, verb, noun_phrase(name))


def _set_off(verb: Token, sent: Span) -> tuple[int, int] | None:
    """ "This sort of opining, CNN claimed, violates its code": a cue between commas that the
    parse made the root of the clause it interrupts. That clause, around the cue, was said."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    left, right = subject.left_edge.i - 1, verb.i + 1
    if left <= sent.start or right >= sent.end - 1:
        return None
    if doc[left].text != "," or doc[right].text != ",":
        return None
    before, after = doc[sent.start : left], doc[right + 1 : sent.end]
    if not (holds_words(before) and holds_words(after) and has_verb(after)):
        return None
    return strip((before.start_char, after.end_char), doc_text(doc))


def _cut_off_trailer(verb: Token, sent: Span) -> tuple[int, int] | None:
    """ "Those who take on heavy debt struggle, even with a “good” job, he said.": the parse
    may end a long sentence at the comma before a closing "he said", which is left a
    sentence of its own. What it closes is the part before the comma, when that part ends
    without a full stop (so it is no sentence of its own)."""
    doc = verb.doc
    words = [t for t in sent if not t.is_space]
    if sent.start == 0 or not words or words[0].text != ",":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.left_edge.i != words[0].i + 1:
        return None
    if any(t.i > verb.i and not t.is_punct for t in words):
        return None
    before = doc[sent.start - 1].sent
    last = next((t for t in reversed(before) if not t.is_space), None)
    if last is None or last.text in _SENTENCE_ENDS or not has_verb(before):
        return None
    return strip((before.start_char, last.idx + len(last)), doc_text(doc))


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "”", '"', "’", "'", ":"})


def _cut_at_source(content: tuple[int, int], verb: Token, marks: list[Quoted]) -> tuple[int, int]:
    """ "“...,” Flynn, a top surrogate, said": a misparse can hang the speaker inside the
    clause before the cue; a quotation closed on a comma ends what was said."""
    text = doc_text(verb.doc)
    if verb.idx < content[1]:
        return content
    for q in marks:
        tail = text[q.end : content[1]]
        comma = text[q.end - 1 : q.end] == "," or text[q.end + 1 : q.end + 2] == ","
        if content[0] <= q.start and q.end < content[1] and comma and len(tail) < 80:
            return content[0], q.end
    return content


def _lets_say(verb: Token) -> bool:
    doc = verb.doc
    before = [t.lower_ for t in doc[max(0, verb.i - 2) : verb.i]]
    return verb.lemma_.lower() == "say" and before in (["let", "'s"], ["let", "’s"], ["let", "us"])


def _announced_quote(verb: Token, sent: Span, marks: list[Quoted]) -> tuple[int, int] | None:
    """ "Caddell continued:" or "The paper reports:" closing its sentence, with the quotation
    right after the colon (often the next paragraph): that quotation is what was said. A
    page's block quotation loses its marks in plain text, so a colon closing a paragraph
    announces the whole next paragraph."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != ":" or last.i > verb.right_edge.i + 1:
        return None
    text = doc_text(sent.doc)
    after = last.idx + 1
    mark = min((m for m in marks if m.start >= after), key=lambda m: m.start, default=None)
    if mark is not None and not text[after : mark.start].strip(_OPENERS):
        return mark.start, mark.end
    block = re.match(r"[^\S\n]*\n\s*(\S[^\n]*)", text[after:])
    if block is None:
        return None
    return after + block.start(1), after + block.end(1)


def _after_source(complement: list[Token], verb: Token, source: Span) -> list[Token]:
    """ "The case gained attention after Dr. Bernard, a physician, told The Star that ...": a
    clause before the cue that holds the speaker, when another follows the cue, is the
    sentence the speaker's clause hangs on, not what was said. A quotation parted by its
    cue ('"We will," he said, "win."') ends before its speaker."""
    if not any(c.i > verb.i for c in complement):
        return complement
    return [
        c
        for c in complement
        if c.i > verb.i or c.dep_ != "ccomp" or not c.left_edge.i <= source.start <= c.right_edge.i
    ]


def _names_the_act(verb: Token, quoted: list[Quoted]) -> bool:
    """ "The rebels freed the reporter as a “good faith” gesture": the quoted words sit in
    such an "as" phrase, so they are the outlet's label, not the rebels' words."""
    if not as_says_what_the_act_was(verb):
        return False
    phrases = [
        (c.idx, c.right_edge.idx + len(c.right_edge))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
    ]
    return all(any(s <= q.start and q.end <= e + 1 for s, e in phrases) for q in quoted)


def _plain_act(verb: Token) -> bool:
    """One of those verbs with an object that makes no idiom of speaking: not a cue at all,
    so it does not take the quotations of its sentence either ("The arrest operation drew
    scrutiny ...—even from President Trump, who said “...”" are Trump's words)."""
    if verb.lemma_.lower() == "make":
        return _made_thing(verb)
    if verb.lemma_.lower() == "cast":
        return not _cast_as(verb)
    light = LIGHT_OBJECTS.get(verb.lemma_.lower())
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "claim":
        return not _CLAIMED_THINGS.isdisjoint(objects)
    return light is not None and bool(objects) and light.isdisjoint(objects)


# What one claims by taking it, not by saying it: "migrants who enter to claim asylum"
# (NBC, PAC), "the storm claimed 30 lives", "claimed a seat". "Claimed victory",
# "responsibility", "credit" or "fraud" are still said.
_CLAIMED_THINGS = frozenset(
    "asylum benefit refund status seat title throne crown prize medal land territory life "
    "spot place share".split()
)


def _made_thing(verb: Token) -> bool:
    """ "made an appearance", "made a stop in Bethlehem", "made it easier to exempt
    workers", "made his wealth a centerpiece": a trip or a change, where "made the case",
    "made comments", "made it clear that ..." are speech. The cue model rates "made" with an
    object high enough either way: in training texts 1-400 it had made 25 quotations that
    match nothing annotated, against 28 that do."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _MADE_ACTS:
            return True
        # the parse makes "it easier" and "his wealth a centerpiece" a clause with a subject
        # ("his first Twitter post" without one is a thing made: a post, which speaks)
        small = child.dep_ == "ccomp" and child.pos_ in {"ADJ", "NOUN"}
        if small and any(c.dep_ == "nsubj" for c in child.children):
            said = {t.lemma_.lower() for t in (child, *child.conjuncts)}
            return said.isdisjoint(_MADE_KNOWN)  # "made it loud and clear that ..."
    return False


def _cast_as(verb: Token) -> bool:
    """ "cast her rival as out of touch", "cast himself as a Washington outsider": a
    portrayal, someone's words. Without "as" the verb casts a ballot, a vote, blame or doubt
    (revision 154: on training texts 1-840, 11 such quotations overlapped nothing annotated,
    and every one of the 12 that did had "as")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ == "as" for t in (verb, *objects) for c in t.children)


_MADE_ACTS = frozenset(
    "appearance stop stopover detour visit trip tour comeback way mind headway progress "
    "debut".split()
)


_MADE_KNOWN = frozenset("clear known plain public obvious explicit".split())


def _set_apart(verb: Token, source: Span, sent: Span) -> bool:
    """The cue and its speaker interrupt the sentence ("X, he said, Y"; "“X” he said")
    rather than complete a verb before them ("... and said a curfew would continue", where the
    parse made "continue" a learned cue with "a curfew" as its speaker)."""
    doc = sent.doc
    # From the cue's clause or from its speaker: a misparsed subject can drag the clause
    # back ("To understand the real Dred Scott, Chief Justice Roberts said, one should ...").
    # "But as Clyburn noted, those voters ...": a conjunction opening the sentence is no
    # clause the cue completes.
    opening = first_after_conjunction(sent)
    return any(
        first <= opening or doc[first].is_punct or doc[first - 1].is_punct
        for first in (verb.left_edge.i, min(verb.i, source.start))
    )


def _aside_of_the_writer(verb: Token, source: Span) -> bool:
    """ "And speaking of biography, he has ...", "as the hearing continued, Republicans ...":
    the writer's own aside, not a speaker interrupting (PAC, BASIL)."""
    lemma = verb.lemma_.lower()
    if lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return True
    return lemma == "continue" and not is_animate(source.root)


def _clause_without(sent: Span, verb: Token) -> tuple[int, int] | None:
    """For "X, he said, Y": the sentence minus the cue clause."""
    cue_start, cue_end = verb.left_edge.i, verb.right_edge.i + 1
    before = sent.doc[sent.start : cue_start]
    if all(t.dep_ == "cc" or t.is_punct for t in before):
        before = before[:0]  # "But, as Clyburn noted, ...": a conjunction says nothing
    after = sent.doc[_past_when_said(cue_end, sent) : sent.end]
    parts = [p for p in (before, after) if len(p.text.strip(EDGE_PUNCT)) > 2]
    if not parts:
        return None
    return strip((parts[0].start_char, parts[-1].end_char), doc_text(sent.doc))


def _past_when_said(start: int, sent: Span) -> int:
    """ "As the senator said last week, the bill is dead": the parse hangs the time on the
    main clause, but a time right after the cue, set off by a comma, is when it was said."""
    doc = sent.doc
    end = start
    while end < sent.end and doc[end].ent_type_ in {"DATE", "TIME"}:
        end += 1
    return end + 1 if start < end < sent.end and doc[end].text == "," else start
