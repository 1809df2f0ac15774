"""Speakers resolved to the article's actors: names, titles, pronouns ("he" to the
last person the gender agrees with), "he added" chains and continued quotations."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newsprism.textutil import coordinated, surname
from newsprism.understand.doctext import doc_text
from newsprism.understand.gender import actor_genders, agrees
from newsprism.understand.lexicon import (
    FINDINGS_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_NOUNS,
    WORDS_NOUNS,
)
from newsprism.understand.quotemarks import Quoted
from newsprism.understand.quotes.attribution import (
    SUBJECT_DEPS,
    has_subject,
    inside_marks,
    is_animate,
    one_member,
)
from newsprism.understand.records import Actor, Quote
from newsprism.understand.records import Span as Evidence

_FIRST_PERSON = frozenset({"i", "we", "my", "our"})


def _runs_on(previous: Quote) -> bool:
    """Whether unmarked first-person words after ``previous`` can be its speaker's: it quoted
    them whole, or was itself such a run ("I am shocked ... I sincerely apologize")."""
    first = previous.speaker is not None and previous.speaker.text.lower() in _FIRST_PERSON
    return previous.kind == "direct" or first


class SpeakerResolver:
    def __init__(self, doc: Doc, actors: list[Actor], marks: list[Quoted]) -> None:
        self.doc = doc
        self.mentions = sorted((m.start, m.end, a) for a in actors for m in a.mentions)
        self.genders = actor_genders(doc, actors)
        self.marks = marks
        # where a mention stands inside quotation marks, found once per document
        self.quoted = {s for s, _, _ in self.mentions if inside_marks(s, marks)}
        # a bare name the model tagged a person in one place and an organisation in another
        # ("Trump said", "Trump is calling for"): as the last speaker, a "he" is that person
        people = {a.name: a for a in actors if a.label == "PERSON"}
        self.as_person = {
            a.key: people[a.name] for a in actors if a.label == "ORG" and a.name in people
        }

    def resolve(
        self, source: Span | None, content: tuple[int, int], previous: Quote | None
    ) -> tuple[Evidence | None, str | None]:
        if source is None:
            return self._continuation(content[0], previous)
        evidence = Evidence.of(source)
        # (a coordination inside the span: in "the US did not speak ... and Trump – who"
        # the parse joined Trump to a clause, CNN, PAC)
        if source[-1].tag_ == "WP" and any(t.dep_ == "conj" and t.head in source for t in source):
            return evidence, None  # "Will Smith, Patti LaBelle and Stevie Wonder, who": no one
        actor = self._actor_in(source)
        if actor is None and source.root.lower_ in PRONOUNS:
            actor = self._antecedent(source.root, previous, content)
        if actor is None and source.text == "A" and len(source) == 1:
            actor = self._interviewee(source.start_char)
        if actor is None and _the_member(source.root):
            actor = self._member_spoke_before(source.root, previous)
        return evidence, actor.key if actor else None

    def _member_spoke_before(self, member: Token, previous: Quote | None) -> Actor | None:
        """ "Sen. Tom Cotton (R-Ark.) noted Thursday that ... “...,” the Arkansas Republican
        added": "the" member of a party or nation who speaks right after a person's words is
        that person, as "he" would be, when no other person is named in between."""
        if previous is None or previous.speaker_key is None:
            return None
        if member.idx - previous.content.end >= _MEMBER_REACH:
            return None
        actor = self._actor(previous.speaker_key)
        if actor is None or actor.label != "PERSON":
            return None
        between = [
            a
            for s, _, a in self.mentions
            if previous.content.end <= s < member.idx and a.label == "PERSON" and a.key != actor.key
        ]
        # "The South Carolina Republican ... restated the committee is interested only in
        # emails relating to Clinton's response" (BASIL): the person the sentence names
        # besides is someone else
        sentence = member.sent
        elsewhere = any(
            a.key == actor.key and sentence.start_char <= s < sentence.end_char
            for s, _, a in self.mentions
        )
        return None if between or elsewhere else actor

    def _interviewee(self, at: int) -> Actor | None:
        """ "Q: ... | A: It's a big mistake.": the answers of a transcript are the person
        the piece names before its first question ("Q&A with Vice President Joe Biden"); a
        reader learns nothing from "A". The span stays "A", the words the text gives."""
        question = self._first_question
        if question is None or question > at:
            return None  # no "Q:" line before this answer: not a transcript
        return next((a for s, _, a in self.mentions if s < question and a.label == "PERSON"), None)

    @cached_property
    def _first_question(self) -> int | None:
        """Where the first "Q:" line starts, looked for once per document: "QThere's no
        shortage ..." too, where the text lost the colon (USA Today)."""
        found = re.search(r"(?m)^Q(?:\s*[:.]|(?=[A-Z][a-z]))", doc_text(self.doc))
        return found.start() if found else None

    def _actor_in(self, source: Span) -> Actor | None:
        """The actor the source's head word names; "Merkel's office" is not Merkel. A person
        named in apposition names it better: "Another top Republican, Sen. Lindsey Graham,
        said" is Graham, not the Republicans."""
        root = source.root
        if root.ent_type_ != "PERSON":
            # "One of the bill's key sponsors, California Democrat Katie Porter, explained":
            # the name stands beside the group the number picks from
            heads = [root, *_picked_from(root)]
            named = [
                c
                for h in heads
                for c in h.children
                if c.dep_ == "appos" and c.ent_type_ == "PERSON"
            ]
            actor = self._mentioned_at(named[0].idx) if named else None
            if actor is not None:
                return actor
        author = _author_of(root)
        if author is not None:
            found = self._mentioned_at(author.idx)
            if found is not None:
                return found
        if one_member(root):
            return None  # "an anonymous House Democrat told the Hill": one of them, unnamed
        found = self._mentioned_at(root.idx)
        if found is not None:
            return found
        if root.lemma_.lower() in ROLE_NOUNS:  # "U.S. Ambassador to France Jane Doe"
            # a name before the role is whom the role serves: "a Trump aide" is not Trump
            named = [
                t
                for t in root.subtree
                if t.ent_type_ == "PERSON" and t.dep_ != "poss" and t.i > root.i
            ]
            found = self._mentioned_at(named[0].idx) if named else None
            if found is not None:
                return found
        return self._by_surname(source)

    def _mentioned_at(self, offset: int) -> Actor | None:
        for start, end, actor in self.mentions:
            if start <= offset < end:
                return actor
        return None

    def _by_surname(self, source: Span) -> Actor | None:
        """A name the entity recogniser missed ("House Minority Whip Steny Hoyer", with only
        "House" tagged): its last word is the surname of one person named elsewhere."""
        last = source[-1]
        if last.pos_ != "PROPN" or not last.is_title or last.ent_type_:
            return None
        people = {
            a.key: a
            for _, _, a in self.mentions
            if a.label == "PERSON" and surname(a.name) == surname(last.text)
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def _antecedent(
        self, pronoun: Token, previous: Quote | None, content: tuple[int, int]
    ) -> Actor | None:
        """The previous quote's speaker if recent, unless a fitting person is the subject of
        a sentence in between; else, for a pronoun after what was said, the subject of the
        words ("Trump is close to replacing James Comey, he told reporters": Trump, not the
        last person named); else the last fitting actor mentioned. Fitting: the pronoun's
        kind (a person for "he") and, where the text or first name shows it, gender."""
        wanted = PRONOUNS.get(pronoun.lower_)
        # "they" and "their" are a group, not one person nor a place: BASIL's "In their
        # remarks, both Obama and Clinton ..." had gone to Donald Trump, "conservatives ...
        # what they say" to him too. A coordination before them ("Obama and Clinton said")
        # is theirs (below).
        plural = pronoun.lower_ in PLURAL_PRONOUNS

        def fits(actor: Actor) -> bool:
            if plural and actor.label not in _GROUPS:  # not a person, nor a place
                return False
            return (wanted is None or actor.label == wanted) and agrees(
                pronoun.lower_, self.genders.get(actor.key)
            )

        near = previous is not None and pronoun.idx - previous.content.end < 600
        recent = near and previous is not None and previous.speaker_key is not None
        if pronoun.lower_ in _FIRST_PERSON and not inside_marks(pronoun.idx, self.marks):
            # Outside quotation marks "I" and "we" are the writer, or the one whose words run
            # on unmarked ("... I am shocked and angry. I sincerely apologize"), never the
            # last person named: an opinion writer's "I think the fears are misguided" had
            # gone to Samuel Alito, whom the column was about. Only words quoted whole
            # before run on: after "Alito wrote the draft opinion" the "I" is the writer's.
            if not recent or previous is None or not _runs_on(previous):
                return None
            return self._actor(previous.speaker_key)
        ahead = self._named_after(pronoun)
        if ahead is not None and not plural and fits(ahead):
            return ahead
        owner = self._clause_subject(pronoun)
        if owner is not None and not plural and fits(owner):
            return owner
        if not plural and _someone_new(pronoun, content, self._mentioned_at):
            return None
        # an unnamed speaker before ("according to a Democrat familiar with his remarks")
        # leaves the sentences between as the place to look, as a named one does
        if near and previous is not None:
            actor = self._actor(previous.speaker_key) if previous.speaker_key else None
            if actor is not None and wanted == "PERSON" and actor.key in self.as_person:
                actor = self.as_person[actor.key]  # PAC's Politico had given it to DeSantis
            # ... unless someone fitting is the subject of a sentence between: "Asked
            # whether Trump, who called it a hoax, ..., Ban demurred. '...,' he said." Not
            # of a sentence inside quotation marks, someone the speaker talks about (BASIL:
            # Chris Coons's "... The President should re-open the government ...," he said,
            # had gone to Trump once "The President" was Trump's mention). The last such
            # subject counts, the speaker too: "Giffords was a member of Congress when she
            # was wounded ... Obama later spoke at a memorial service. He says ..." is Obama
            # (a PolNeAR text, once Giffords was a person)
            between = [
                a
                for s, e, a in self.mentions
                if previous.content.end <= s < pronoun.idx
                and fits(a)
                and s not in self.quoted
                and self._main_subject(s, e)
            ]
            if between:
                return between[-1]
            if actor and (fits(actor) or (plural and _coordinated(previous.speaker))):
                return actor
            people = self._unnamed_people(previous.speaker) if actor is None else None
            if plural and people is not None:
                # "Sources familiar with the internal planning say the Centers for Disease
                # Control informed DHS ... They say DHS is working ...": the same sources,
                # not DHS, whom their words named (NBC, PAC); "Several GOP representatives"
                # are the GOP, as the noun names them
                named = self._own_name(people)
                return named if named is not None and fits(named) else None
        if pronoun.idx >= content[1]:  # "X is close to ..., he told": X is the one telling
            subject = self._subject_of(content)
            if subject is not None and fits(subject):
                return subject
        if plural:
            people = self._people_before(pronoun)
            if people is not None:  # "the lawmakers slammed X ... They repeated ...": them
                # named by the noun or a word before it ("GOP representatives"), not by a
                # phrase after it ("critics of the White House" are not the White House)
                named = self._own_name(people)
                return named if named is not None and fits(named) else None
        # A group is "they" only close by ("Democrats ... they said"): most "they" stand for
        # people no actor names ("voters", "officials"), and an organisation three paragraphs
        # back ("Cadillac", "the Oval Office") is not them.
        since = pronoun.idx - _GROUP_REACH if plural else 0
        # not someone the speaker talks about ("“Kathy and I are friends,” he explained"),
        # nor, for a pronoun of the outlet's own, someone named inside another's quoted words
        # ("... which our Founders enshrined in the Constitution.” They vowed ...")
        outside = not inside_marks(pronoun.idx, self.marks)
        candidates = [
            a
            for s, _, a in self.mentions
            if since <= s < pronoun.idx
            and fits(a)
            and not content[0] <= s < content[1]
            and not (outside and s in self.quoted)
        ]
        if candidates:
            return candidates[-1]
        return None if plural or previous is not None else self._introduced_next(pronoun, fits)

    def _unnamed_people(self, speaker: Evidence | None) -> Token | None:
        """The head of a speaker of several people no actor stands for ("Sources familiar
        with the planning", "two officials", "Several GOP representatives")."""
        if speaker is None:
            return None
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or span.root.tag_ != "NNS" or not is_animate(span.root):
            return None
        return span.root

    def _introduced_next(self, pronoun: Token, fits: Callable[[Actor], bool]) -> Actor | None:
        """ "“It's legitimate for people to raise questions about my age,” he said. President
        Joe Biden on Friday reiterated ...": an article may open on a quotation whose speaker
        the next sentence names as its subject. Only when nothing fitting came before the
        pronoun (PAC's ABC News had given Biden's words to no one, and the comparison then
        to the interviewer, whose words Fox's version sat with)."""
        if inside_marks(pronoun.idx, self.marks) or pronoun.sent.end >= len(self.doc):
            return None
        following = self.doc[pronoun.sent.end].sent
        subjects = [
            a
            for s, e, a in self.mentions
            if following.start_char <= s < following.end_char
            and s not in self.quoted
            and self._main_subject(s, e)
        ]
        return subjects[0] if subjects and fits(subjects[0]) else None

    def _named_after(self, pronoun: Token) -> Actor | None:
        """ "When asked if he believed ..., Romney said": a subject pronoun in a clause put
        before its sentence's main verb is that verb's subject, named after it."""
        root = pronoun.sent.root
        if pronoun.dep_ != "nsubj" or pronoun.i > root.i:
            return None
        node = pronoun
        while node.head != root and node.head != node:
            node = node.head
        if node.dep_ not in {"advcl", "prep"} or node.i > root.i:
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj" and node.i < c.i < root.i]
        return self._named_by(subjects[0]) if subjects else None

    def _subject_of(self, content: tuple[int, int]) -> Actor | None:
        span = self.doc.char_span(*content, alignment_mode="expand")
        if span is None:
            return None
        subjects = [
            c
            for c in span.root.children
            if c.dep_ in {"nsubj", "nsubjpass"} and span.start <= c.i < span.end
        ]
        if not subjects or any(t.lower_ in {"i", "we"} for t in subjects[0].subtree):
            return None  # "Kathy and I are friends, he explained": the speaker is the "I"
        return self._named_by(subjects[0])

    def _actor(self, key: str | None) -> Actor | None:
        return next((a for _, _, a in self.mentions if a.key == key), None)

    def _clause_subject(self, pronoun: Token) -> Actor | None:
        """The owner a possessive names inside its own clause: "there has been no indication
        Vladimir Putin was going to move from his position" is Putin's position, whoever was
        quoted just before (PAC had given it to the Italian minister quoted there)."""
        if pronoun.dep_ != "poss":
            return None
        verb = pronoun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        # "Putin was going to move from his position": an infinitive has its head's subject
        while verb.dep_ == "xcomp" and verb.head != verb and not has_subject(verb):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.dep_ == "acl" and not _has_agent(verb):
            # "Trump, the frontrunner ..., sparred with Collins over his claim": the parse
            # made the verb a participle; it is done by the noun it hangs on, or by the
            # name that noun stands beside
            noun = verb.head
            while noun.dep_ == "appos" and noun.head != noun:
                noun = noun.head
            subjects = [noun]
        before = [c for c in subjects if c.i < pronoun.i]
        # the subject's own name, not one in its apposition ("Schiff, a vocal critic of the
        # president, has doubled down on his claim": not the president's)
        return self._own_name(before[0]) if before else None

    def _own_name(self, head: Token) -> Actor | None:
        """The actor a noun phrase names by its head or the words before it, not by an owner
        ("Donald Trump's lawyer" is not Trump) nor by a phrase after it ("critics of the
        White House" are not the White House)."""
        owned = _owners(head)
        words = [head, *head.doc[head.left_edge.i : head.i]]
        named = (self._mentioned_at(t.idx) for t in words if t.i not in owned)
        return next((a for a in named if a is not None), None)

    def _people_before(self, pronoun: Token) -> Token | None:
        """The plural subject of the sentence before, when "they" opens its own: "... the
        lawmakers slammed the chairman for claims of collusion between the campaign and
        Russia. They repeated their demand" is the lawmakers, not the campaign named last
        (BASIL). Only people: "the talks stalled. They ..." may be anyone."""
        if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ROOT":
            return None
        start = pronoun.sent.start
        if start == 0 or any(t.is_alpha for t in self.doc[start : pronoun.i]):
            return None
        before = self.doc[start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if subject.tag_ not in {"NNS", "NNPS"} or not is_animate(subject):
            return None
        return subject

    def _named_by(self, subject: Token) -> Actor | None:
        """The actor a subject names. "English comedian and actor Peter Serafinowicz needed to
        know": the head is a noun, the name hangs on it; "Trump's lawyer" is not Trump."""
        owned = _owners(subject)
        for token in [subject, *subject.subtree]:
            found = self._mentioned_at(token.idx) if token.i not in owned else None
            if found is not None:
                return found
        return None

    def _main_subject(self, start: int, end: int) -> bool:
        """Whether the mention at ``start:end`` is the subject of a sentence's main verb ("Ban
        demurred", "The president stepped in"), not of a clause inside it ("adding that
        Jones was wrong")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        while token.dep_ == "compound":  # "Antonio Guterres": the subject is the last word
            token = token.head
        # "Tlaib, who was sworn in ..., was videotaped vowing ...": a passive's subject too
        return token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"

    def _continuation(self, at: int, previous: Quote | None) -> tuple[Evidence | None, str | None]:
        """An uncued quote shortly after another: the same speaker goes on."""
        if previous is not None and at - previous.content.end < 400:
            return previous.speaker, previous.speaker_key
        return None, None


def _author_of(root: Token) -> Token | None:
    """Who put out the poll, study or report a source names: "according to an analysis
    from Sen. Ted Cruz (R-Texas)" (the Epoch Times, PAC) is Cruz's analysis, as "a study by
    Harvard" is Harvard's. Not "a report of the hearing", which names what it is about."""
    lemma = root.lemma_.lower()
    if lemma in WORDS_NOUNS:
        # "Biden's tweet reads, “...”" (Newsweek, PAC): Biden's words, as "Merkel's office"
        # is not Merkel
        owners = [c for c in root.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
        if owners:
            return owners[0]
    if lemma not in FINDINGS_NOUNS:
        return None
    if root.dep_ == "pobj" and any(c.dep_ == "auxpass" for c in root.head.head.children):
        return None  # "Bush is followed in the poll by Marco Rubio" (BASIL): Rubio follows
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return objects[0] if objects else None


def _someone_new(
    pronoun: Token, content: tuple[int, int], mentioned_at: Callable[[int], Actor | None]
) -> bool:
    """ "An asylum seeker from Mexico waits outside the San Ysidro Port of Entry, which he
    hopes to cross" (a caption, the New York Post, PAC): a person the sentence brings in
    with "a" or "an" is whom its later "he" or "she" stands for, not someone named before
    (the caption had given the asylum seeker's hope to Biden). Not one the words speak of:
    "A new campaign manager, he said, could set a new tone" (Politico, PolNeAR)."""
    if pronoun.lower_ not in {"he", "she", "him", "her", "his"}:
        return False
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    new = [
        t
        for t in before
        if t.dep_ in SUBJECT_DEPS
        and t.tag_ == "NN"
        and not t.ent_type_
        and is_animate(t)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
        and mentioned_at(t.idx) is None
        and not content[0] <= t.idx < content[1]
    ]
    # ... unless a person is named between: "A reporter asked Trump, and he said" is Trump
    after = before[new[-1].i - before.start :] if new else before
    return bool(new) and not any(t.ent_type_ == "PERSON" for t in after)


_GROUPS = frozenset({"ORG", "NORP"})


_GROUP_REACH = 200  # characters: the sentence before, about


def _coordinated(speaker: Evidence | None) -> bool:
    """A speaker of several people named together ("Obama and Clinton")."""
    return speaker is not None and coordinated(speaker.text)


_MEMBER_REACH = 400  # characters: the previous quotation's own sentence, or the next one


def _the_member(head: Token) -> bool:
    """ "the Arkansas Republican": one member, with "the", as a description of someone the
    text has named (not "a Republican", someone new; nor "the last Republican" to carry a
    state, one picked out of many)."""
    return (
        one_member(head)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and not any(c.dep_ == "conj" for c in head.children)  # "the top Republican and Democrat"
        and not any(
            c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _PICKING) for c in head.children
        )
    )


_PICKING = frozenset(
    {"last", "first", "next", "only", "lone", "sole", "other", "highest-ranking", "top-ranking"}
)


def _has_agent(verb: Token) -> bool:
    """A passive participle's doer is its "by" phrase, not the noun it hangs on."""
    return any(c.dep_ == "agent" for c in verb.children)


def _owners(head: Token) -> set[int]:
    """The tokens of the owners in a noun phrase: all of "Donald Trump's" in "Donald Trump's
    lawyer" (only "Trump" is the possessive, and "Donald" is inside Trump's name)."""
    return {t.i for c in head.subtree if c.dep_ == "poss" for t in c.subtree}


def _picked_from(head: Token) -> list[Token]:
    """The group a number or quantifier picks from: "sponsors" in "One of the sponsors"."""
    if head.pos_ != "NUM" and head.lower_ not in QUANTIFIERS and head.lower_ != "each":
        return []
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]  # fmt: skip
