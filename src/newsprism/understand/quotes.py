"""Quotes and attributions: who said what, how (cue verb) and where (medium).

Three sources of evidence are combined:
1. quotation marks (``quotemarks``), which give direct and partial quotes regardless of parse;
2. the dependency parse around speech verbs (``lexicon.SPEECH_VERBS``): the verb's subject is
   the source, its clausal complement (or, for "..., she said" constructions, the clause it
   interrupts) is the content; "according to X" attributes the rest of its clause to X;
3. discourse: a quote with no cue of its own takes a name signing it ("..." ― Martha Aguilar)
   or a speech verb right after it that the parser split off ("...?" Clinton said.), and
   otherwise continues the nearest earlier quote's speaker in the same or the previous
   paragraph ("He added" chains, multi-paragraph quotes).
Speakers are resolved to the article's actors; "he"/"she" go to the last person mentioned as a
subject before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from newsprism.textutil import DASHES, strip_span, surname, without_dateline
from newsprism.understand.continued import join_continued
from newsprism.understand.cues import (
    OBJECT_CONTROL,
    is_learned_cue,
    is_to_infinitive,
    learned_weight,
    pattern,
)
from newsprism.understand.doctext import doc_text, opens_article
from newsprism.understand.entities import parted_title
from newsprism.understand.gender import actor_genders, agrees
from newsprism.understand.lexicon import (
    ATTITUDE_VERBS,
    CONTEST_VERBS,
    DESCRIPTION_NOUNS,
    FINDINGS_NOUNS,
    FORCE_VERBS,
    HUMAN_NOUNS,
    IMPRESSION_VERBS,
    JUDGEMENT_VERBS,
    MEDIUM_NAMES,
    MEDIUM_NOUNS,
    NOMINAL_CUES,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    QUANTIFIERS,
    ROLE_NOUNS,
    SHOWING_NOUNS,
    SIDE_NOUNS,
    SIDE_VERBS,
    SPEAKING_BODIES,
    SPEAKING_GROUPS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    UNNAMED_SOURCE_NOUNS,
)
from newsprism.understand.quotemarks import OPENING_MARKS, Quoted, quoted_spans
from newsprism.understand.records import Actor, Quote, QuoteKind
from newsprism.understand.records import Span as Evidence

_CONTENT_DEPS = {"ccomp", "xcomp", "parataxis"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Objects that stand for words said elsewhere ("as one aide put it, ...").
_PLACEHOLDERS = {"it", "this", "that", "these", "those", "something", "nothing", "anything"}
_NO_THING = frozenset({"something", "nothing", "anything"})
# What a person is blamed or praised for ("criticized her for ...", "cast him as ...").
_CHARGE_PREPS = {"for", "as", "over", "of"}
# "cautioned against ...", "pointed to ...", "clashed over ...", "described it as ...".
_CONTENT_PREPS = {"against", "about", "for", "of", "on", "in", "to", "over", "with", "as"}
_EDGE_PUNCT = " \n\t,.;:—–-\"“”'‘’"
# Single quotation marks, told from apostrophes ("don't", "Netanyahu's") by what is beside
# them: an opening one follows a space or an opening mark and comes before a letter; a closing
# one follows a letter or punctuation and comes before a space, punctuation or the end.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[“\"—:]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?”\")\]]|$)")
_DASHES = {*DASHES, "-", "--"}
_OPENERS = " \n\t\"“”'‘’«»`"  # between an announcing colon and its quotation


@dataclass
class _Attribution:
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


def find_quotes(doc: Doc, actors: list[Actor], marks: list[Quoted] | None = None) -> list[Quote]:
    """Quotes of ``doc``; ``marks`` are its quoted spans when the caller has them already."""
    marks = doc_marks(doc) if marks is None else marks
    found = [a for sent in doc.sents for a in _sentence_attributions(sent, marks)]
    found = _merge_overlaps(found)
    found += _orphan_quotes(doc, marks, found)
    found.sort(key=lambda a: a.content[0])
    resolver = _SpeakerResolver(doc, actors, marks)
    quotes = []
    previous: Quote | None = None
    for att in found:
        quote = _to_quote(doc, att, marks, resolver, previous)
        if quote is not None:
            quotes.append(quote)
            if att.unsourced:
                continue  # nobody said it, so a later "he added" goes on from no one here
            if _stance_noun(att):
                continue  # "the nominee's support for ...": no one spoke, so none goes on
            # An attribution inside another's words ("Shields told Fox News that Griffin was
            # hoping to ...") leaves the outer speaker as the one a later "he" goes on from;
            # but when the outer source is no one ("'People love you,' the video showed Tlaib
            # telling supporters"), the inner speaker's quoted words are what goes on.
            if (
                previous is None
                or not _within(quote.content, previous.content)
                or (
                    quote.kind == "direct"
                    and quote.speaker_key is not None
                    and previous.speaker_key is None
                )
            ):
                previous = quote
    return join_continued(doc, quotes)


def _stance_noun(att: _Attribution) -> bool:
    """A stance a noun names inside another sentence ("their support for Trump", "Clinton's
    attacks on him"): a later "he" or continued quotation is not its holder's. Revision 132
    found that it was: "the current GOP nominee's support for the LGBT community" gave a
    paragraph of Mitt Romney's words to Trump."""
    cue = att.cue
    return cue is not None and cue.pos_ == "NOUN" and _names_a_view(cue)


def _names_a_view(noun: Token) -> bool:
    """A nominal cue for a view or a stance ("support", "decision"), not for words said."""
    return noun.lemma_.lower() not in SPEECH_NOUNS


def _within(inner: Evidence, outer: Evidence) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner != outer


def _sentence_attributions(sent: Span, marks: list[Quoted]) -> list[_Attribution]:
    out = [a for a in [_colon_attribution(sent, marks)] if a is not None]
    for token in sent:
        if _is_according_to(token) or _in_findings(token):
            att = _within_quotation(_according_to(token, sent), token.idx, marks)
        elif (misread := _misread_trailing_cue(token, sent)) and not _inside_marks(
            token.idx, marks
        ):
            att = misread  # the cheap word test first: most tokens stop there
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_CUES:
            # a view inside a quotation is the quoted speaker's words ("I am honored to
            # have Sheriff Arpaio's support for ...", "The FDIC's intent to evade oversight
            # is a serious offense"), not a quotation of its own; words reported are
            quoted = _inside_marks(token.idx, marks)
            skip = quoted and _names_a_view(token)
            att = None if skip else _nominal_attribution(token, by_verb=not quoted)
        elif _inside_marks(token.idx, marks):
            att = None
        elif token.pos_ == "ADJ" and token.lemma_.lower() in STANCE_ADJECTIVES:
            att = _stance_adjective(token, marks)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in SIDE_NOUNS:
            att = _side_taken(token, marks)
        elif token.lower_ in _HEARSAY_ADVERBS and token.dep_ == "advmod":
            att = _reportedly(token)
        elif token.lower_ == "to" and token.dep_ == "prep":
            att = _in_the_eyes_of(token, sent)
        elif _is_cue(token):
            att = _verb_attribution(token, sent, marks) or _unsourced_attribution(token)
        else:
            att = _unsourced_attribution(token)
        if att is not None and att.unsourced:  # it ends where a quotation it reaches ends
            att = replace(att, content=_widen_to_marks(att.content, marks))
        if att is not None:
            out.append(att)
    return out


def _colon_attribution(sent: Span, marks: list[Quoted]) -> _Attribution | None:
    """Transcripts and headlines: "TRUMP: The deaths of ...", "Gov. Fallin: Trump is ...".
    The part before an early colon must be a short name (a person or organisation), or a
    clause telling who speaks ("Ryan shot back:")."""
    colon = next((t for t in sent[:_LONG_LEAD] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    content = sent.doc[colon.i + 1 : sent.end]
    if not content.text.strip():
        content = _line_after(colon)  # "Ann Coulter: | And Then There Was the One."
    words = [t for t in content if not (t.is_punct or t.is_space)]
    if (
        len(words) == 1
        and words[0].lemma_.lower() in _TRAILING_SOURCES
        and colon.i > sent.start + 2
    ):
        # "Biden administration to scrap Title 42 ...: reports": the source after the colon
        source = sent.doc[words[0].i : words[0].i + 1]
        return _Attribution(_strip((sent.start_char, colon.idx), doc_text(sent.doc)), None, source)
    if len(content) < 2 or not any(t.is_alpha for t in content):
        return None  # "Sanders: 1,547": a tally
    speaker = sent.doc[sent.start : colon.i]
    if _is_cue(speaker[-1]):
        return None  # "Gingrich added: ..." is the verb's attribution, not a speaker's name
    # "Clinton to Planned Parenthood: Trump will ...": the one speaking, not whom to
    to = next((t for t in speaker[1:] if t.lower_ == "to" and t.nbor(-1).ent_type_), None)
    speaker = speaker[: to.i - speaker.start] if to is not None else speaker
    clause = _colon_clause(speaker)
    opens = any(q.start - 1 <= content.start_char <= q.start for q in marks)
    owner = _owner_of_words(speaker) if opens else None
    if owner is not None:  # "Jindal's other big applause line ... regarding Boehner: “...”"
        span = _widen_to_marks((content.start_char, content.end_char), marks)
        return _Attribution(span, None, owner)
    if len(speaker) >= _SHORT_LEAD:
        # "Ryan shot back, in reference to Biden's tendency to make gaffes: “As the vice
        # president ...”": a longer lead only as a retort, before a quotation (a longer
        # lead with a verb of saying is that verb's attribution)
        if clause is None or not clause[2] or not opens or _says(speaker):
            return None
    else:
        if _editorial(speaker):
            return None  # the newsroom's own note; the model tags "Correction" an organisation
        # "Matthews: Well, speculation is bad.": a transcript's speaker by surname (the
        # entity stage tags a surname alone once the article names the person in full)
        named = any(t.ent_type_ in {"PERSON", "ORG"} for t in speaker)
        shouted = all(t.is_upper or not t.is_alpha for t in speaker) and any(
            t.is_alpha for t in speaker
        )
        if len(speaker) > 6 or not (named or shouted or _headline_source(speaker, sent)):
            return None
    cue = None
    if clause is not None:
        cue, speaker = clause[0], _noun_phrase(clause[1])
    span = (content.start_char, content.end_char)
    # a quotation the colon opens runs to its closing mark, past a sentence break ("knows
    # ... sometimes"); not one the colon stands in ("“... Classic Clinton: optimistic”")
    return _Attribution(_widen_to_marks(span, marks) if opens else span, cue, speaker)


def _owner_of_words(lead: Span) -> Span | None:
    """ "Jindal's other big applause line at the summit:", "Trump's message to donors:": a
    lead naming someone's words, whose possessor speaks the quotation the colon opens (PAC's
    Jindal line had gone to the next sentence's "36 percent")."""
    root = lead.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in _WORDS_NOUNS:
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    return _noun_phrase(owner) if owner is not None and _is_animate(owner) else None


# Nouns for someone's words, beside those of speech acts ("reply", "warning").
_WORDS_NOUNS = SPEECH_NOUNS | frozenset(
    "line message words quip verdict advice question tweet post motto slogan".split()
)


# A headline's source named after its colon ("...: reports", "...: sources", "...: poll").
_TRAILING_SOURCES = frozenset("report source official poll survey study aide insider".split())


def _line_after(colon: Token) -> Span:
    """The sentence after a colon the parser closed a sentence with, when it goes on in the
    same line: the words the colon announces (a headline "Ann Coulter: And Then ...")."""
    doc = colon.doc
    start = colon.i + 1
    while start < len(doc) and doc[start].is_space:
        if "\n" in doc[start].text:
            return doc[start:start]
        start += 1
    if start >= len(doc):
        return doc[start:start]
    return doc[start : doc[start].sent.end]


# How far into a sentence a colon may announce a speaker's words: a name or short clause
# before it, or a longer clause of speaking before a quotation.
_SHORT_LEAD = 8
_LONG_LEAD = 20
# Verbs that with "back" tell of a retort ("shot back", "fired back"); not "is back".
_RETORTS = frozenset("shoot fire hit strike snap push".split())


def _colon_clause(lead: Span) -> tuple[Token, Token, bool] | None:
    """The cue and subject of a clause before a colon whose subject speaks: one that tells of
    speaking ("Biden was quick to retort:"), or in which a person or organisation acts ("Ryan
    shot back:"); not "Bill is back: ..." nor "Donald Trump has something to prove: ..." (a
    headline, the outlet's own words). The flag says whether it is a retort ("shot back",
    "fired back"), which alone may stand far from its colon."""
    verbs = [t for t in lead if t.pos_ in {"VERB", "AUX"}]
    retort = next(
        (
            v
            for v in verbs
            for c in v.children
            if v.lemma_.lower() in _RETORTS and c.lower_ == "back"
        ),
        None,
    )
    subjects = [c for v in verbs for c in v.children if c.dep_ in _SUBJECT_DEPS and c.i < lead.end]
    if retort is not None:
        subjects = [c for c in retort.children if c.dep_ in _SUBJECT_DEPS] + subjects
    if not subjects:
        return None
    speaks = retort is not None or _says(lead)
    acts = subjects[0].head.lemma_ not in {"be", "have"}
    if not (speaks or (acts and subjects[0].ent_type_ in {"PERSON", "ORG"})):
        return None
    main = subjects[0].head
    # the clause's own word of speaking, even one the tagger made a noun ("was quick to
    # retort"), else its last verb, not one in a noun's modifier ("in reference to his
    # tendency to make gaffes"): the cue says whether what follows is speech
    own = [t for t in lead if _hangs_from(t, main)]
    cue = next(
        (t for t in reversed(own) if t.lemma_.lower() in SPEECH_VERBS),
        next((t for t in reversed(own) if t.pos_ == "VERB"), main),
    )
    return cue, subjects[0], retort is not None


def _says(lead: Span) -> bool:
    return any(t.lemma_.lower() in SPEECH_VERBS for t in lead)


def _hangs_from(token: Token, main: Token) -> bool:
    """Whether ``token`` hangs from ``main`` with no noun or pronoun between them."""
    while token != main:
        if token.head == token:
            return False
        token = token.head
        if token != main and token.pos_ in {"NOUN", "PROPN", "PRON"}:
            return False
    return True


# Labels a newsroom puts before its own words: "Correction: An earlier version ...".
_EDITORIAL_LABELS = frozenset(
    [
        *"correction corrections clarification update updated note disclosure".split(),
        *"related watch listen advertisement".split(),
        *"byline email exclusive breaking video photos boom wow opinion".split(),
        *("editor's note", "editors' note", "read more", "see also", "this story"),
    ]
)


def _editorial(words: Span) -> bool:
    """A newsroom's label, also inside a bracket: "(RELATED: ...)", "( RELATED : ...)" (PAC's
    Daily Caller, as its own line's speaker or as the subject the parse gave a verb)."""
    return words.text.lower().replace("’", "'").strip("([ ") in _EDITORIAL_LABELS


def _bracketed(words: Span, text: str) -> bool:
    return (words.text[:1] or " ") in "([" or text[: words.start_char].rstrip()[-1:] in {"(", "["}


def _headline_source(speaker: Span, sent: Span) -> bool:
    """A headline's "Sanders: Endorsements prove ..." or "Poll: Trump leads ...". The small
    model tags a lone name opening a text as a common noun, so the words before the colon
    count when the article names a person or organisation ending in them ("Bernie Sanders")
    or they are a finding ("Poll", "Report"). Only the text's first line: in a body, "Result:"
    or "The bottom line:" introduce the writer's own words."""
    doc = sent.doc
    text = doc_text(doc)
    if not opens_article(doc) or text[: sent.start_char].strip():
        return False
    # the first line, whose closing quotation mark the parser may leave to the next sentence
    line_end = text.find("\n", sent.end_char)
    rest = text[sent.end_char :] if line_end < 0 else text[sent.end_char : line_end]
    first_line = "\n" in sent.text_with_ws[-2:] or not rest.strip(_EDGE_PUNCT)
    if not first_line or len(speaker) > 3 or not all(t.is_title for t in speaker):
        return False
    last = speaker[-1].text
    if len(speaker) == 1 and speaker[0].lower_ in FINDINGS_NOUNS - {"analysis", "review"}:
        return True  # "Analysis:" and "Review:" label the piece, not a source
    if len(speaker) == 1 and speaker[0].lemma_.lower() in _ANIMATE_NOUNS - ROLE_NOUNS:
        return speaker[0].tag_ == "NNS" or speaker[0].lower_ == "police"  # "Insiders:"
    return any(e.label_ in {"PERSON", "ORG"} and e[-1].text == last for e in doc.ents)


def _is_according_to(token: Token) -> bool:
    doc = token.doc
    return (
        token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
    )


def _is_cue(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return (
        token.lemma_.lower() in SPEECH_VERBS
        or _said_as_auxiliary(token)
        or is_learned_cue(token)
        or _as_put_it(token)
        or _goes_on(token)
        or bool(_side_object(token))
        or bool(_spoken_of(token))
        or bool(_seen_as(token))
        or _minds(token)
        or _announces(token)
    )


# Verbs of wanting, knowing and intending: the subject's mind, a view PolNeAR marks, when a
# clause says what ("they want to work at JPMorgan Chase", "he knew his drinking presented
# a danger"). The cue model rates many of them below its threshold in context.
_MIND_VERBS = frozenset("want know intend hope prefer fear".split())


def _minds(verb: Token) -> bool:
    """A verb of the mind with a subject of its own that can hold a view and a clause after it."""
    if verb.lemma_.lower() not in _MIND_VERBS or not _clauses_after(verb):
        return False
    return any(c.dep_ == "nsubj" and _can_speak(c) for c in verb.children)


def _announces(verb: Token) -> bool:
    """A verb whose object stands in for the words a colon closing its sentence announces:
    "a post ... provides the following commentary on the encounter:", "issued this
    statement:". Whatever the verb, what follows is the subject's words (BASIL: the post's
    commentary had gone to the cameraman quoted before). Not yet "had the following to say:",
    which the parse runs on into the quotation as one sentence."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    if last is None or last.text != ":":
        return False
    # the colon closes this verb's own clause, not one joined to it ("The Times made these
    # allegations, and Breitbart News responded:" announces Breitbart's words)
    own = [c.right_edge.i for c in verb.rights if c.dep_ not in {"conj", "cc", "punct"}]
    if last.i > max(own, default=verb.i) + 1:
        return False
    return any(c.dep_ == "dobj" and _stands_in(c, verb) for c in verb.children)


def _stands_in(noun: Token, verb: Token) -> bool:
    """ "the following statement", "this tweet": a word for words, pointing ahead. "The
    following" or "this" alone only after a speech verb ("said the following:"): "has to
    accomplish the following:" announces a list of tasks (PolNeAR dev)."""
    if noun.lower_ in {"following", "this"}:
        return verb.lemma_.lower() in SPEECH_VERBS
    pointing = any(
        c.lower_ == "following" or (c.dep_ == "det" and c.lower_ in {"this", "these"})
        for c in noun.lefts
    )
    return pointing and noun.lemma_.lower() in _WORDS_FOR_WORDS | SPEECH_NOUNS


_WORDS_FOR_WORDS = frozenset(
    "word tweet post message note commentary explanation advice assessment account "
    "description update".split()
)


def _said_as_auxiliary(token: Token) -> bool:
    """ "Jeff Sessions said he didn't know" misparsed with "said" as an auxiliary, which the
    lemmatiser leaves as "said"."""
    return token.pos_ == "AUX" and token.lower_ in {"said", "says"}


def _goes_on(token: Token) -> bool:
    """ "“...,” he went on": "go on" alone is "continue" (a speech verb). With anything after
    it ("went on to win", "went on a tour", "went on for hours") it is no cue."""
    if token.lemma_.lower() != "go":
        return False
    deps = {c.dep_ for c in token.children}
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children) and not (
        deps & {"dobj", "xcomp", "prep", "advcl", "npadvmod", "pobj"}
    )


def _as_put_it(token: Token) -> bool:
    """The idiom "as X put it, ..." introduces X's words."""
    if token.lemma_.lower() != "put":
        return False
    objects = {c.lower_ for c in token.children if c.dep_ == "dobj"}
    return objects == {"it"} and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _verb_attribution(verb: Token, sent: Span, marks: list[Quoted]) -> _Attribution | None:
    if _lets_say(verb):
        return None  # "Let's say you think ...": a supposition, nobody said it
    if _impersonal(verb):
        return None  # "It seems ...", "it's fair to wonder whether ...": the writer's voice
    if verb.lemma_.lower() in FORCE_VERBS and not _by_person(verb):
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
    source = _source_of(verb)
    misread = _subject_read_as_clause(verb, marks) if source is None else None
    if misread is not None:
        source = _noun_phrase(misread)
    if _announces(verb) and source is not None:
        announced = _announced_quote(verb, sent, marks)
        if announced is not None:
            return _Attribution(announced, verb, source)
    trailing = _trailing_cue(verb, sent)
    if trailing is not None and source is not None:
        return _Attribution(_widen_to_marks(trailing, marks), verb, source)
    complement = (
        [
            c
            for c in verb.children
            if c.dep_ == "ccomp" or (c.dep_ in _CONTENT_DEPS and c.i > verb.i)
        ]
        or _that_clause_in_phrase(verb)
        or _asked_if(verb)
        or _called_for(verb)
        or _finding(verb)
        or _seen_as(verb)
        or _learned_object(verb)
        or _side_object(verb)
        or _spoken_of(verb)
        or _prep_content(verb)
        or _fronted_fragment(verb)
        or _passive_subject(verb)
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
        content = _cut_at_source(_widen_to_marks((start, end), marks), verb, marks)
        content = _past_heading(content, doc_text(verb.doc), marks)
        quoted = any(_overlaps((q.start, q.end), content) for q in marks)
        # Without a speaker, only quoted words are kept (a later rule may find who said them).
        return _Attribution(content, verb, source, linked=True) if source or quoted else None
    nearby = [
        q
        for q in marks
        if _overlaps((q.start, q.end), (sent.start_char, sent.end_char))
        and not q.start <= verb.idx < q.end
    ]
    # "a letter reported by Fox": what was reported is the letter, and the quotation in the
    # sentence is the letter writer's ("..., Mr. Page wrote: “...”")
    described = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if nearby and source is not None and not described and not _names_the_act(verb, nearby):
        # a cue without a subject of its own ("responding to a question, Biden responded:
        # “...”") has its source from the clause it hangs on, a guess twice over
        loose = not _has_subject(verb)
        return _Attribution((nearby[0].start, nearby[-1].end), verb, source, loose=loose)
    announced = _announced_quote(verb, sent, marks)
    if announced is not None and source is not None:
        return _Attribution(announced, verb, source)
    if (
        verb.dep_ in {"parataxis", "ccomp", "advcl"}
        and source is not None
        and verb.head != verb
        and _set_apart(verb, source, sent)
        and not _aside_of_the_writer(verb, source)
        # "If this all seems familiar, the reason is ...": no one's words at all (but "If
        # Obama says it, it's true" is annotated, as 6 other conditions in training texts)
        and not (verb.lemma_.lower() in IMPRESSION_VERBS and _conditional(verb))
    ):
        span = _clause_without(sent, verb)
        if span is not None:
            return _Attribution(span, verb, source)
    if verb.head == verb and source is not None:
        span = _set_off(verb, sent)
        if span is not None:
            return _Attribution(span, verb, source)
        span = _cut_off_trailer(verb, sent)
        if span is not None:
            return _Attribution(_widen_to_marks(span, marks), verb, source)
    answer = _answer(verb)
    if answer is not None and source is not None and not source.start <= answer.i < source.end:
        return _Attribution((answer.idx, answer.idx + len(answer)), verb, source)
    return None  # a speech verb without content ("she said nothing", "the so-called")


# Verbs of a feeling caused in someone ("angered", "worries"). With a person as the cause
# ("Fiorina surprised some", "he worries Sanders would ...") PolNeAR marks them; with a
# thing, "Erdogan's about-face worries the Gulf capitals", nobody said anything.
_FEELING_VERBS = frozenset(
    "anger upset outrage alarm worry trouble frustrate surprise shock stun disappoint annoy "
    "irritate infuriate delight please dismay".split()
)


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
    return bool(causes) and not any(_owns_words(c) or c.pos_ == "PROPN" for c in causes)


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
        if _inside_marks(clause.idx, marks):
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
            and not _inside_marks(c.idx, marks)
        )
    ]


_ANSWERS = frozenset({"yes", "no", "so"})


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


def _stance_adjective(adjective: Token, marks: list[Quoted]) -> _Attribution | None:
    """ "Her advisers are not convinced that what worked for him ...", "supporters who are
    deeply skeptical of the establishment's influence", "eager to debate": a state of mind
    or stance (``STANCE_ADJECTIVES``) that the subject of a linking verb holds about what
    the adjective's clause or prepositional object names. A view, not words said."""
    link = adjective.head
    if adjective.dep_ != "acomp" or link.lemma_.lower() not in _LINKING_VERBS:
        return None
    if _impersonal(link):
        return None  # "it is uncertain whether ...": the writer's own doubt
    contents: list[Token] = []
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ in {"ccomp", "xcomp"}:
            contents = [child]
        elif child.dep_ == "prep":
            contents = _prep_objects(child)
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
    source = _source_of(link)
    if source is None:
        return None
    if adjective.lemma_.lower() == "quick" and not _owns_words(source.root):
        return None  # "prices were quick to rise": speed, not anyone's readiness
    return _Attribution(_widen_to_marks(_extent(contents), marks), adjective, source, speech=False)


def _side_taken(noun: Token, marks: list[Quoted]) -> _Attribution | None:
    """ "Mr. Kasich has been a pointed critic of his political style", "Adelson, a fierce
    supporter of Israel, ...": a noun for someone by the side they take (``SIDE_NOUNS``),
    said of a subject by a linking verb or set beside a name, is that one's stance toward
    what follows "of" or "for"."""
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in _LINKING_VERBS:
        source = _source_of(noun.head)
    elif noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        source = _noun_phrase(noun.head)
    else:
        return None  # "supporters of Clinton rallied": no one named takes the side
    objects = _objects_after(noun, _OF_OR_FOR)
    if source is None or not objects:
        return None
    return _Attribution(_widen_to_marks(_extent(objects), marks), noun, source, speech=False)


def _answer(verb: Token) -> Token | None:
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


def _answered(att: _Attribution, start: int) -> bool:
    """The content is a one-word answer right after its cue ("said no"), not a quoted "no"
    that discourse gave someone ("without a single “no” vote")."""
    answer = _answer(att.cue) if att.cue is not None and att.cue.pos_ != "NOUN" else None
    return answer is not None and answer.idx == start


# Passives that attribute without a source: "is expected to", "was said to be furious" (4 of
# 4 annotated in training texts 1-400). "Believed" is not one: 0 of 4 were annotated.
_HEARSAY_PASSIVES = frozenset({"expect", "say"})


def _unsourced_attribution(verb: Token) -> _Attribution | None:
    """Content attributed to no one named, in constructions PolNeAR's annotators mark almost
    always: an expectation or hearsay in the passive ("The sale is expected to expand the
    company", "it is expected that the Fed will act", "was said to be furious"; 39 of 47
    passive "expected" in training texts 1-400) and a question put to someone ("Asked whether
    he would run, ...", "he was asked if ..."; 28 of 33 openings "Asked" or "When asked";
    "reportedly" is ``_reportedly``'s), and, less often marked, an impression ("Clinton
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
    return _Attribution(_extent(parts), verb, None, speech=False, unsourced=True)


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
    if verb.pos_ != "VERB" or _conditional(verb):
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


def _conditional(verb: Token) -> bool:
    """``verb`` heads a condition: what it says is supposed, not said or seen."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)


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
    objects = [o for o in _objects_after(verb, preps) if not _how_long(o)]
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


# Adverbs that say a clause is someone's report or impression. Not "apparently", the
# writer's inference as often as a report (6 of 17 annotated where no quotation was).
_HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "seemingly", "supposedly", "purportedly"})


def _reportedly(adverb: Token) -> _Attribution | None:
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
    last = verb.doc[_right_edge_without(verb, _not_own_clause)]
    return _Attribution((start, last.idx + len(last)), adverb, None, speech=False, unsourced=True)


_OWN_CLAUSE_LEFTS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "advmod"})


def _not_own_clause(child: Token) -> bool:
    return child.dep_ in {"punct", "relcl"} or child.left_edge.tag_ == "WDT"


def _expected(verb: Token, to_only: bool = False) -> list[Token]:
    """What is expected or said, with its subject ("Trump is expected to deliver a
    speech"), or the clause a dummy "it" stands for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return []  # "as expected", "than expected"
    clause = _clauses_after(verb, finite=not to_only)
    if not clause:
        return []  # "they are expected their second child": no expectation of anything
    return clause if subject.lower_ == "it" else [subject, *clause]


def _clauses_after(verb: Token, finite: bool = True) -> list[Token]:
    """The clauses after ``verb`` that say what: a "to" infinitive and, if ``finite``, a
    clause of its own ("that the Fed will act", "whether he would run")."""
    return [
        c
        for c in verb.children
        if c.i > verb.i
        and ((c.dep_ == "xcomp" and is_to_infinitive(c)) or (finite and c.dep_ == "ccomp"))
    ]


def _question_put(verb: Token) -> list[Token]:
    """The question: its clause ("whether ...", "who leads the party"), what someone was
    asked to do, or what about ("When asked about his paid speeches")."""
    clause = _clauses_after(verb) or _asked_if(verb)
    if clause:
        return clause
    return _objects_after(verb, _TOPIC_PREPS["ask"])  # "asked about his paid speeches"


def _asked_if(verb: Token) -> list[Token]:
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


# A day that is part of what was said: its subject, or the owner of a noun ("called
# Friday's test provocative").
_DAY_IN_CONTENT = frozenset({"nsubj", "nsubjpass", "poss"})
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


_HEADING = re.compile(r"(?:[A-Z][A-Z'’.,:-]*\s+){3,}")


# Verbs whose direct object is who was told ("told a Senate panel"), not what was said.
_ADDRESSEE_VERBS = frozenset({"tell", "assure", "inform", "remind", "brief"})
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
    subject = _subject(verb)
    if subject is None or _said_as_clause(verb):
        return None
    record = lemma in _MISREAD_FINDINGS and subject.lemma_.lower() in SHOWING_NOUNS
    if not (_is_animate(subject) or subject.pos_ == "PROPN" or record):
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
        addressee = child.dep_ == "dobj" and lemma in _ADDRESSEE_VERBS
        setting = child.dep_ == "prep" and child.lower_ in _AFTER_CUE_PREPS
        if child.dep_ not in _AFTER_CUE_DEPS and not addressee and not setting:
            return None  # "asks for an investigation": what follows is what was said
    if _prep_content(verb):
        return None
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    if rest and rest[-1].text not in {".", "!", "?"}:
        return None  # not "wrote:" with the words after it
    if any(t.pos_ in {"VERB", "AUX"} or not (t.is_punct or verb.is_ancestor(t)) for t in rest):
        return None  # "said during a news conference that he may wait": a misparsed clause
    before = doc[sent.start : comma]
    if not (_said(before) and any(_main_clause(t) for t in before)):
        return None  # "But when Congress cut funding, Mexico said enough."
    return _strip((before.start_char, before.end_char), doc_text(doc))


# Reporting verbs the tagger reads as nouns when they close a sentence after their subject
# ("..., campaign finance records show.", "..., Trump predicts."), and which of them report
# a finding rather than words said.
_MISREAD_CUES = frozenset("say show predict suggest indicate warn claim".split())
_MISREAD_FINDINGS = frozenset("show suggest indicate".split())


def _misread_trailing_cue(word: Token, sent: Span) -> _Attribution | None:
    """ "A company gave $5,000 to the PAC on June 27, 2014, campaign finance records show.":
    the parse made "show" a noun and "campaign finance records" its compounds (or left the
    verb without a subject), so no verb cues the clause. A source and a reporting word that
    agree in number ("records show", "the report says") right after a comma are read as
    ``_trailing_cue`` reads "..., police said.": closing the sentence, what comes before was
    said; set off inside it ("During the same stretch, F.A.A. records show, the Cessna has
    flown ..."), the sentence was, or only what comes before when a conjunction joins
    another clause after ("..., records show, and aviation experts say ..."). The source
    must be able to speak, or, for "show", "suggest" and "indicate", be a record or a
    finding ("data", "polls")."""
    lemma = word.lemma_.lower()
    if lemma not in _MISREAD_CUES:
        return None
    if word.pos_ != "NOUN" and not (word.pos_ == "VERB" and not _has_subject(word)):
        return None  # a verb with its subject is ``_trailing_cue``'s
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < sent.end else None
    if after is None or after.text not in {".", "!", "?", ","}:
        return None
    closing = after.text != "," or after.i + 1 >= sent.end - 1
    comma = next((t.i for t in reversed(doc[sent.start : word.i]) if t.text == ","), None)
    if comma is None or comma + 1 >= word.i or comma <= sent.start:
        return None
    source = doc[comma + 1 : word.i]
    if not _agrees(source[-1], word) or not _reports(source, lemma):
        return None
    joined = not closing and doc[after.i + 1].pos_ == "CCONJ"
    part = doc[sent.start : comma] if closing or joined else sent
    outside = [t for t in part if not (comma <= t.i <= word.i)]
    if not (_said(doc[sent.start : comma]) and any(_main_clause(t) for t in outside)):
        return None
    content = _strip((part.start_char, part.end_char), doc_text(doc))
    return _Attribution(content, word, source, speech=lemma not in _MISREAD_FINDINGS)


def _agrees(head: Token, word: Token) -> bool:
    """Whether a source and a reporting word agree in number ("records show", "the report
    says"), or the word is a past tense that agrees with any."""
    if word.tag_ == "VBD":
        return True
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in {"they", "we", "data"}
    # the tagger may make a plural noun a verb too ("Commission records/VBZ show")
    plural = plural or (head.tag_ == "VBZ" and head.lemma_.lower() + "s" == head.lower_)
    lemma = word.lemma_.lower()
    return word.lower_ == (lemma if plural else lemma + "s")


def _reports(source: Span, lemma: str) -> bool:
    """A single noun phrase ("campaign and corporate records") that can say, or for a finding
    verb, a record or finding that can show."""
    # not "..., as the Left claims.", which says the Left claims the opposite
    if any(
        t.is_punct
        or t.dep_ == "mark"
        or (t.pos_ in {"VERB", "AUX", "ADP", "SCONJ"} and t.dep_ != "compound")
        for t in source
    ):
        return False
    head = source[-1]
    finding = head.lemma_.lower() in SHOWING_NOUNS
    return finding if lemma in _MISREAD_FINDINGS else finding or _is_animate(head)


def _main_clause(verb: Token) -> bool:
    """A verb with its own subject that no "when", "if" or "because" subordinates."""
    if verb.pos_ not in {"VERB", "AUX"} or not _has_subject(verb):
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
    return _is_cue(token) or token.lemma_.lower() in _STANCE_VERBS


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


def _inverted_set_off(verb: Token, sent: Span) -> _Attribution | None:
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
    content = _strip((sent.start_char, sent.end_char), doc_text(doc))
    return _Attribution(content, verb, _noun_phrase(name))


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
    if not (_said(before) and _said(after) and _has_verb(after)):
        return None
    return _strip((before.start_char, after.end_char), doc_text(doc))


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
    if last is None or last.text in _SENTENCE_ENDS or not _has_verb(before):
        return None
    return _strip((before.start_char, last.idx + len(last)), doc_text(doc))


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


def _nominal_attribution(noun: Token, by_verb: bool = True) -> _Attribution | None:
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
    ]
    if not owners or not contents or not _owns_words(owners[0]):
        return None
    if noun.lemma_.lower() == "attack" and not _verbal_attack(noun, owners[0], contents):
        return None
    # "her opinion of Clinton": what it is about, without the preposition, as PolNeAR marks
    # it (about 160 annotated contents after such a noun on training texts, 8 with it)
    first = min((_past_preposition(c) for c in contents), key=lambda t: t.i)
    last = max((c.right_edge for c in contents), key=lambda t: t.i)
    if all(c.dep_ == "prep" for c in contents):
        # a topic ("her remarks about his candidacy") ends before a quotation: in "calling
        # her remarks about his candidacy “highly inappropriate”" the words are the caller's
        mark = next((t for t in noun.doc[first.i + 1 : last.i + 1] if t.is_quote), None)
        objects = [g for c in contents for g in c.children if g.dep_ == "pobj"]
        if mark is not None and objects and all(g.i < mark.i for g in objects):
            last = noun.doc[mark.i - 1]  # not "her warnings about the “rigged election”"
    return _Attribution((first.idx, last.idx + len(last)), noun, _noun_phrase(owners[0]))


def _past_preposition(content: Token) -> Token:
    """The first word of a content phrase, past a preposition that heads it."""
    objects = _prep_objects(content) if content.dep_ == "prep" else []
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
    holder = _backer(verb)
    return [holder] if holder is not None and holder.tag_ not in {"WP", "WDT"} else []


_HOLDING_VERBS = frozenset("have hold express voice share harbor harbour".split())


def _owns_words(owner: Token) -> bool:
    """Who can hold a claim a noun names: someone, a description of someone ("conservatives'
    criticism that ..."), or a body that speaks ("claims by intelligence agencies that")."""
    lemma = owner.lemma_.lower()
    return _is_animate(owner) or lemma in DESCRIPTION_NOUNS or lemma in SPEAKING_BODIES


def _says_when(prep: Token) -> bool:
    """ "her support on Tuesday evening", "his statement on Monday": a time, not a topic."""
    return any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in prep.children)


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
    return bool(targets) and not any(_is_place(t) for t in targets)


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


def _that_clause_in_phrase(verb: Token) -> list[Token]:
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
    if verb.lemma_.lower() not in _ADDRESSING and any(c.dep_ == "dobj" for c in verb.children):
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


def _prep_content(verb: Token) -> list[Token]:
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


def _fronted_fragment(verb: Token) -> list[Token]:
    """ "People like Scott, he said.": words without a verb of their own, then a comma, then
    the speaker and a verb of saying; the parser hangs the words on the verb as a bare
    dependant."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return []
    subject = _subject(verb)
    fronted = [c for c in verb.children if c.dep_ == "dep" and c.i < verb.i]
    if subject is None or not fronted or subject.i < fronted[-1].i:
        return []
    comma = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    return fronted if comma is not None and comma.text == "," else []


def _passive_subject(verb: Token) -> list[Token]:
    """ "The plan is supported by a coalition of leaders": a learned cue in the passive, with
    its agent and nothing after it, says its subject."""
    if pattern(verb) != "none" or not is_learned_cue(verb):
        return []
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ not in _PLACEHOLDERS]


def _as_says_what_the_act_was(verb: Token) -> bool:
    """ "released the soldier as a gesture": the cue model learned that this verb's "as"
    says what the act was, not what anyone was called or said ("cast her as a liar")."""
    return verb.lemma_.lower() not in SPEECH_VERBS and learned_weight(verb, "as") < 0


def _names_the_act(verb: Token, quoted: list[Quoted]) -> bool:
    """ "Hamas released Alexander as a “good faith” gesture": the quoted words sit in such
    an "as" phrase, so they are the outlet's label, not Hamas's words."""
    if not _as_says_what_the_act_was(verb):
        return False
    phrases = [
        (c.idx, c.right_edge.idx + len(c.right_edge))
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
    ]
    return all(any(s <= q.start and q.end <= e + 1 for s, e in phrases) for q in quoted)


# Verbs of seeing that judge when they say how ("sees Cruz as a uniter", "viewed him
# favorably"); alone they report a sight ("we have seen this style of coverup").
_VIEWING_VERBS = frozenset("see view regard perceive".split())
_VIEWED_HOW = frozenset(
    "favorably unfavorably favourably unfavourably positively negatively".split()
)


def _seen_as(verb: Token) -> list[Token]:
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


def _learned_object(verb: Token) -> list[Token]:
    """For cues learned with a direct object ("endorsed Sanders", "slammed the plan"): the
    object and what it is called ("calling his relationship 'excellent'"). The cue model
    reads the kind of object, so "released a statement" is a cue and "released a soldier"
    rarely is. A person alone is the content only after a verb of judgement ("endorsed
    Sanders", ``_judges_a_person``): allowing it after any learned cue would gain a little
    more on PolNeAR, but a reader would see "Rebels released a soldier" listed as an
    attribution."""
    if pattern(verb) != "dobj" or not is_learned_cue(verb):
        return []
    if verb.lemma_.lower() in _LIGHT_OBJECTS:  # an idiom's, or ``_plain_act`` stopped it
        return _aimed_idiom(verb)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    direct = [o for o in objects if o.dep_ == "dobj"]
    # "as one aide put it, ...", "said this": the words themselves are elsewhere; but in
    # "calling it the mark of a desperate candidate" what it was called is the content.
    if any(o.lower_ in _PLACEHOLDERS for o in direct):
        return objects if any(o.dep_ == "oprd" for o in objects) else []
    if _carries_a_bare_document(verb, direct):
        return []
    if any(_is_animate(o) for o in direct):
        # A person with the charge is what was said ("criticized the governor for the
        # delay", "cast her as a liar", "called him a liar": object and predicate).
        charge = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS]
        charge += [c for o in direct for c in o.children if _charge_on_person(c, verb)]
        if _as_says_what_the_act_was(verb):
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
_LIGHT_OBJECTS = {
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


def _plain_act(verb: Token) -> bool:
    """One of those verbs with an object that makes no idiom of speaking: not a cue at all,
    so it does not take the quotations of its sentence either ("The arrest operation drew
    scrutiny ...—even from President Trump, who said “...”" are Trump's words)."""
    if verb.lemma_.lower() == "make":
        return _made_thing(verb)
    if verb.lemma_.lower() == "cast":
        return not _cast_as(verb)
    light = _LIGHT_OBJECTS.get(verb.lemma_.lower())
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    return light is not None and bool(objects) and light.isdisjoint(objects)


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
    objects = _prep_objects(prep)
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
        and not _is_animate(token)
        and not any(c.dep_ in {"det", "poss"} for c in token.children)
    )


def _judges_a_person(verb: Token, objects: list[Token]) -> bool:
    """ "Warren endorsed Clinton", "Sanders criticized Clinton": the person judged is what was
    expressed. "backed", "opposed" and the like only from one person to another: "state-backed
    groups" is not a judgement."""
    lemma = verb.lemma_.lower()
    if lemma in _BACKING_VERBS and all(o.ent_type_ == "PERSON" for o in objects):
        return not _by_place(verb)
    if lemma in CONTEST_VERBS:
        return _by_person(verb) and all(o.ent_type_ == "PERSON" for o in objects)
    return lemma in JUDGEMENT_VERBS


# Backing a person is a stance whoever holds it: "19 percent of college students polled
# support Clinton", "the super PAC backing Jeb Bush", "most in both states supported
# Sanders" (training texts 1-400: 24 of 27 such verbs annotated where a source was found).
# Only a place's backing is left out ("Russia backed Assad": an act of state).
_BACKING_VERBS = frozenset({"support", "back"})
# Verbs a poll's share of people may be the subject of: "About three-quarters support ...".
_SAYING_OR_BACKING = frozenset(SPEECH_VERBS) | _BACKING_VERBS


def _side_object(verb: Token) -> list[Token]:
    """Whom or what someone takes a side on (``SIDE_VERBS``: "most in both states supported
    Sanders", "the only senator to endorse Sanders", "he wouldn't back an amnesty bill",
    "ads attacking Clinton"), whatever the cue model rates the verb in its context: a stance.
    Revision 144: on training texts 1-840 about 330 such verbs with an object had made no
    quotation, and an annotated content overlapped about 230 of them."""
    lemma = verb.lemma_.lower()
    if lemma not in SIDE_VERBS:
        return []
    holder = _backer(verb)
    # a place's side is an act of state ("Russia backed Assad"); "Do you support Donald
    # Trump?" is a poll's question, the writer's
    if holder is not None and (_is_place(holder) or holder.lower_ in {"it", "you"}):
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
    backs_a_thing = lemma in _BACKING_VERBS and not any(_is_animate(o) for o in objects)
    if backs_a_thing and not (
        holder is not None and (_is_animate(holder) or _share_of_people(holder, verb))
    ):
        return []
    return objects


# Verbs whose prepositional object is what someone's words or vote were about: "talked
# about immigration", "seldom speaks of his brother", "referring to Trump", "would vote for
# Clinton", "voted in favor of the provision". Not "spoke to reporters" or "spoke on
# condition of anonymity": whom and how, not what.
_TOPIC_PREPS = {
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


def _spoken_of(verb: Token) -> list[Token]:
    """What someone talked about, mentioned or voted for (revision 144). PolNeAR marks the
    topic as the content, a single word too ("talks about immigration"), which the phrase
    rule for cues (``_prep_content``) leaves out as too short."""
    lemma = verb.lemma_.lower()
    if lemma == "mention":  # "Cruz never mentioned Trump by name": whom, a person too
        return [c for c in verb.children if c.dep_ == "dobj"]
    preps = _TOPIC_PREPS.get(lemma)
    if preps is None or _speaking_of_aside(verb):
        return []
    found = _objects_after(verb, preps)
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
_OF_OR_FOR = frozenset({"of", "for"})


def _by_place(verb: Token) -> bool:
    """The verb's subject, or the noun a participle describes ("the group backing X"), is a
    place."""
    subject = _backer(verb)
    return subject is not None and _is_place(subject)


def _is_place(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"}


def _backer(verb: Token) -> Token | None:
    """Who supports or backs: the subject, the noun a participle describes ("the group
    backing X"), or what a relative pronoun stands for ("Republicans who back ...")."""
    subject = _subject(verb)
    if subject is None or subject.tag_ in {"WP", "WDT"}:
        subject = verb.head if verb.dep_ in {"acl", "relcl"} else subject
    return subject


def _by_person(verb: Token) -> bool:
    """The verb's subject is a person: a PERSON name, "he" or "she", or a proper noun the
    model left untyped (mostly a surname alone)."""
    subject = _subject(verb)
    if subject is None:
        return False
    untyped_name = subject.pos_ == "PROPN" and not subject.ent_type_
    return subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"} or untyped_name


def _finding(verb: Token) -> list[Token]:
    """ "Polls show Clinton up by 10 points", "polls showing her well behind", "the study
    found no link": what a poll or study shows or finds is its object, with what is said of
    it (a clause without a verb)."""
    if verb.lemma_.lower() not in {"show", "find"}:
        return []
    subject = verb.head if verb.dep_ == "acl" else _subject(verb)
    if subject is None or subject.lemma_.lower() not in SHOWING_NOUNS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return []
    return objects + [c for c in verb.children if c.i > objects[0].i and not c.is_punct]


def _has_subject(verb: Token) -> bool:
    """Whether a cue has a subject of its own, active or passive."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _called_for(verb: Token) -> list[Token]:
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
        found = _prep_objects(prep)
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


def _in_findings(token: Token) -> bool:
    """ "The mayor leads by nine points in the new poll": like "according to", "in" a poll, survey
    or report attributes the clause it modifies, unless a cue of its own already does ("said
    in a report that ...")."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return False
    head = token.head
    # "Trump has a decisive lead in the polls", "his approval rating in the latest poll
    # stands at 53%": the parse hangs it on a noun of the clause
    for _ in range(3):
        if head.pos_ not in {"NOUN", "PROPN", "NUM"} or head.dep_ == "ROOT":
            break
        head = head.head
    if head.pos_ not in {"VERB", "AUX"} or _is_cue(head):
        return False
    return any(c.dep_ == "pobj" and _a_finding(c) for c in token.children)


def _a_finding(noun: Token) -> bool:
    """A poll, survey or report, or an average of them ("the RealClearPolitics average of
    New Hampshire polls")."""
    if noun.lemma_.lower() in FINDINGS_NOUNS:
        return True
    return noun.lemma_.lower() == "average" and any(
        p.lower_ == "of" and any(o.lemma_.lower() in FINDINGS_NOUNS for o in p.children)
        for p in noun.children
    )


def _according_to(token: Token, sent: Span) -> _Attribution | None:
    """ "according to X" or "in X's poll": X is the source of the clause the phrase modifies."""
    to = token if token.lower_ == "in" else token.nbor(1)
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    doc = token.doc
    phrase_start, phrase_end = token.i, objects[0].right_edge.i + 1
    before = sent[: phrase_start - sent.start]
    after = sent[phrase_end - sent.start :]
    if not any(_said(p) for p in (before, after)):
        # A misparse hung the clause on the source ("According to Rush Limbaugh, the move
        # reeks of fear", "reeks" read as a noun in apposition): its first comma ends it.
        comma = next((t.i for t in doc[objects[0].i : phrase_end] if t.text == ","), None)
        if comma is None:
            return None
        phrase_end, after = comma, sent[comma + 1 - sent.start :]
        if not _said(after):
            return None
    # "according to the indictment, which refers to WikiLeaks as ...": the source is the
    # indictment, without a relative clause set off by its pronoun; a clause without one
    # keeps the one who spoke ("a speech Mrs. Clinton delivered at New York University"),
    # and a name is never cut ("Alliance to Reclaim Our Schools")
    end = min(phrase_end, _right_edge_without(objects[0], _set_off_clause) + 1)
    while end < phrase_end and (
        doc[end].ent_iob_ == "I"
        or (doc[end].text == ")" and "(" in doc[objects[0].left_edge.i : end].text)
    ):
        end += 1
    source = doc[objects[0].left_edge.i : end]
    # The phrase attributes the clause it modifies. "X leads, according to the poll - despite
    # Y" gives the poll X (before), however long the aside after it; "According to aides, X"
    # gives them X (after); "X, according to aides, is Y" interrupts one clause (both).
    if token.head.i < phrase_start and _said(before) and _has_verb(before):
        part = (before.start_char, before.end_char)
    elif _said(before) and not _has_verb(before) and _said(after):
        part = (before.start_char, after.end_char)
    else:
        longer = max((before, after), key=lambda s: len(s.text.strip(_EDGE_PUNCT)))
        part = (longer.start_char, longer.end_char)
    return _Attribution(_strip(part, doc_text(token.doc)), None, source)


# Words for many people that stand for a view's holders ("To many, Santilli is ...").
_HOLDERS = frozenset({"many", "some", "others", "most", "critics", "supporters"})
# ... and those that stand for whom words were spoken to.
_ADDRESSEES = frozenset("reporter journalist audience crowd viewer listener press".split())


def _in_the_eyes_of(to: Token, sent: Span) -> _Attribution | None:
    """ "To Ms. Gil, skateboarding represents a cry of dissent", "But to others, he's a
    citizen journalist": a sentence opened by "to" someone and a comma says what that
    someone holds, a view, not words spoken. Not "To date, ..." nor "To his surprise, ...",
    whose object is no one."""
    if (
        to.i != _first_after_conjunction(sent)
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
    if not (_is_animate(holder) or holder.lower_ in _HOLDERS) or holder.ent_type_ in {
        "GPE",
        "DATE",
    }:
        return None
    comma = holder.right_edge.i + 1
    if comma >= sent.end - 1 or sent.doc[comma].text != ",":
        return None
    doc = sent.doc
    rest = doc[comma + 1 : sent.end]
    content = _strip((rest.start_char, rest.end_char), doc_text(doc))
    return _Attribution(
        content, None, doc[holder.left_edge.i : holder.right_edge.i + 1], speech=False
    )


def _within_quotation(
    att: _Attribution | None, at: int, marks: list[Quoted]
) -> _Attribution | None:
    """An "according to" inside a quotation attributes words of that quotation only: in
    "“According to the indictment, the Hunters knew ...,” according to the U.S. Attorney’s
    Office", the indictment is the Office's source, and the Office the outlet's (BASIL: the
    inner phrase had claimed the whole sentence, the Office's words were lost and the
    quotation went to the Hunter named before it)."""
    quotation = _enclosing(at, marks)
    if att is None or quotation is None:
        return att
    start, end = max(att.content[0], quotation.start), min(att.content[1], quotation.end)
    return replace(att, content=(start, end)) if end > start else None


def _set_off_clause(child: Token) -> bool:
    """A relative clause opened by its pronoun ("which refers to ..."), or punctuation."""
    opener = child.doc[child.left_edge.i]
    return child.dep_ == "punct" or (child.dep_ == "relcl" and opener.tag_ in {"WDT", "WP", "WP$"})


def _said(part: Span) -> bool:
    """The part holds words, not just punctuation or a conjunction ("But according to")."""
    return len(part.text.strip(_EDGE_PUNCT)) > 3


def _has_verb(part: Span) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in part)


def _source_of(verb: Token) -> Span | None:
    """Who speaks: the agent of a passive cue, else the subject, looked for up the clause
    chain for participles ("..., calling it excellent") that have none of their own."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if agents:
        return _noun_phrase(agents[0])
    own = [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and c.tag_ != "WP"  # "DeMint, who said ...": below
        and (_can_speak(c) or _share_of_people(c, verb))
    ]
    if own:  # of two subjects, a misparse's is the farther ("HEADING ..., Mr. X said")
        nearest = min(own, key=lambda c: abs(verb.i - c.i))
        if _share_of_people(nearest, verb):
            return _share_phrase(nearest)
        return _noun_phrase(_past_parted_title(_adjacent_name(_past_dateline(nearest), verb)))
    named = (
        _name_before(verb)
        or _object_after_quotation(verb)
        or _share_before(verb)
        or _reduced_relative_subject(verb)
    )
    if named is not None:
        return named
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in FINDINGS_NOUNS:
        return _noun_phrase(verb.head)  # "polls showing her behind", "a report saying ..."
    relative = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"}]
    if relative and verb.dep_ == "relcl" and _can_speak(verb.head):
        head = _noun_phrase(verb.head)  # "polls that show ...": the polls
        who = relative[0]
        first = verb.head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if who.tag_ == "WP" and any(c.dep_ == "conj" for c in first.children):
            # "liberals and labor unions, who have said": all of them, with the pronoun
            # annotators mark ("who" alone told a reader nothing)
            listed = _noun_phrase(first)
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
    if verb.dep_ == "acl" and _speaking_head(verb.head):
        # "he has not joined the chorus of Democrats saying a deal could be reached": the
        # Democrats say it, not the subject of the clause the noun stands in (PAC)
        return _noun_phrase(verb.head)
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
                c for c in node.children if c.dep_ in subject_deps and _share_of_people(c, verb)
            ]
            if share:
                return _share_phrase(share[0])
        animate = [
            c
            for c in node.children
            if c.dep_ in subject_deps
            and (_is_animate(c) or c.lemma_.lower() in DESCRIPTION_NOUNS)
            and not _expletive(c)
        ]
        # "LIVINGSTON, N.J. — Gov. Chris Christie declared ..., vowing that ...": the parse
        # gives the clause two subjects, the dateline first (BASIL: it was the speaker)
        animate = [c for c in animate if not _dateline_word(c)] or animate
        # "The son of Cuban immigrants, Rubio challenged ..., saying ...": the name
        animate = [c for c in animate if c.ent_type_ == "PERSON"] or animate
        if animate:  # "WASHINGTON — Weiner denied ... but said ...": Weiner
            owner = _relative_clause_owner(animate[0], verb)
            return owner or _noun_phrase(_past_dateline(animate[0]))
        if (
            joined
            and verb.lemma_.lower() in SPEECH_VERBS
            and node.lemma_.lower() != "be"
            and _clauses_after(verb)
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
                and _can_speak(c)
                and not _dateline_word(c)
            ]
            if said_by:
                return _noun_phrase(said_by[0])
        if body is None and body_may_speak:
            body = next(
                (
                    c
                    for c in node.children
                    if c.dep_ == "nsubj" and c.lemma_.lower() in SPEAKING_BODIES
                ),
                None,
            )
    return _noun_phrase(body) if body is not None else None


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
        return _noun_phrase(name)  # the name with its title ("Gov. Chris Christie")
    return None


def _body_may_speak(verb: Token) -> bool:
    """ "The departments declined to give details, saying they cannot discuss the case": a
    body (the subject of a clause up the sentence, ``SPEAKING_BODIES``) speaks through a
    participle of saying set off after its clause. Only when no person is found further up:
    "Clapper insisted that the government does not ..., saying ..." is Clapper's."""
    return verb.dep_ in {"advcl", "conj"} and verb.lemma_.lower() in SPEECH_VERBS


_FIRST_PERSON = frozenset({"i", "we", "my", "our"})


def _runs_on(previous: Quote) -> bool:
    """Whether unmarked first-person words after ``previous`` can be its speaker's: it quoted
    them whole, or was itself such a run ("I am shocked ... I sincerely apologize")."""
    first = previous.speaker is not None and previous.speaker.text.lower() in _FIRST_PERSON
    return previous.kind == "direct" or first


# Passives whose subject is the one heard saying something ("was quoted as saying", "was
# heard saying", "was caught on tape saying").
_HEARD_SAYING = frozenset("quote hear overhear record catch film cite report".split())


def _quoted_as(verb: Token) -> bool:
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and verb.lemma_.lower() in _HEARD_SAYING


def _joined_to_what_was_said(verb: Token) -> bool:
    """A second verb of saying the parse made a conjunct of the clause the first one reports,
    so that it would borrow that clause's subject. Only when that subject is a thing and the
    two verbs are one word form: in "Merrill says Machado promised ... and said she would",
    Machado did say it."""
    reported = verb.head
    if verb.dep_ != "conj" or reported.dep_ != "ccomp" or reported.head == reported:
        return False
    if reported.head.lower_ != verb.lower_:
        return False
    subjects = [c for c in reported.children if c.dep_ in _SUBJECT_DEPS]
    return all(c.lower_ in _PLACEHOLDERS or not _is_animate(c) for c in subjects)


# Cues whose object is what was said, never who hears it or what is judged: after a
# quotation, inverted, what the parse makes their object is the speaker.
_INVERTED_CUES = frozenset(
    "say add write tweet post state note explain declare recall reply respond continue "
    "insist argue counter conclude remark observe quip joke retort opine".split()
)


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
    if _has_subject(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and _can_speak(c)]
    return _noun_phrase(objects[0]) if objects else None


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
        found = [c for c in head.children if c.dep_ in deps and _can_speak(c)]
        if found:
            return _noun_phrase(found[0])
    return None


def _dateline_word(token: Token) -> bool:
    """A word in capitals before a dash, with only capitals and commas between ("LIVINGSTON,
    N.J. —")."""
    if not (token.is_upper and token.is_alpha and len(token) > 1):
        return False
    for after in token.doc[token.i + 1 : token.i + 7]:
        if after.text in _DASHES:
            return True
        if not (after.is_upper or after.is_punct):
            return False
    return False


def _past_dateline(subject: Token) -> Token:
    """ "WASHINGTON -- President Obama ... said": the parse makes the dateline the subject and
    the speaker its apposition."""
    doc = subject.doc
    if not subject.is_upper or subject.i + 1 >= len(doc) or doc[subject.i + 1].text not in _DASHES:
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


def _can_speak(token: Token) -> bool:
    """ "Thursday afternoon were insisting" (a misparse of "who as recently as Thursday
    afternoon were insisting") is no speaker: a time is not, nor the "it" of "it seems"."""
    if token.tag_ in {"WDT", "EX"} or token.like_num or _expletive(token):
        return False
    if token.ent_type_ in {"CARDINAL", "DATE", "TIME"}:
        return False
    return token.pos_ in {"PROPN", "NOUN", "PRON"}


# Verbs whose subject "it" stands for the clause after them ("it seems that ...", "it
# remains to be seen whether ..."), and participles that judge one ("it is telling that ...").
_RAISING_VERBS = frozenset({"seem", "appear", "remain"})
_JUDGING_PARTICIPLES = frozenset(
    "tell reveal distress worry trouble concern strike surprise amaze astonish alarm disturb "
    "frustrate encourage interest".split()
)


def _expletive(token: Token) -> bool:
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


def _impersonal(verb: Token) -> bool:
    """A cue with a dummy subject ("it seems"), or an infinitive completing one ("it's hard
    to predict", "it remains to be seen whether")."""
    completes = verb.dep_ == "xcomp" and verb.head != verb
    head = verb.head
    if completes and head.dep_ == "acomp":
        head = head.head  # "it's easy to view this as just another tax season"
    return _dummy_subject(verb) or (completes and _dummy_subject(head))


def _dummy_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "expl"} and _expletive(c) for c in verb.children)


def _without_edge_punct(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].is_punct:
        start += 1
    while end - 1 > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]


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
    if verb.tag_ not in {"VBP", "VBZ", "VBD"} or verb.lemma_.lower() not in _SAYING_OR_BACKING:
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
    if subject is None or not (_can_speak(subject) or _share_of_people(subject, verb)):
        return None
    return _noun_phrase(subject)


def _share_of_people(subject: Token, verb: Token) -> bool:
    """Poll findings: "One in three said ...", "Most of the candidates said ...", "nearly
    two-thirds of voters said ...". A number or a quantifier that says something can only
    stand for people, but only as the subject of an active verb of saying or backing ("About
    three-quarters support a temporary ban ..."): "two rose" is no speech, and in "with 23
    believed to still be alive" the 23 are those believed alive. A perfect is active: "most
    of the vulnerable Senate Republicans have already said they would support Trump"."""
    if verb.lemma_.lower() not in _SAYING_OR_BACKING:
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


def _share_phrase(subject: Token) -> Span:
    """A share of people speaks with all its words: "nearly two-thirds of voters"."""
    return _without_edge_punct(subject.doc[subject.left_edge.i : subject.right_edge.i + 1])


def _is_animate(token: Token) -> bool:
    """Someone who can speak: a named person/organisation/place, a personal pronoun, a role,
    or people ("witnesses", "authorities")."""
    return (
        token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or token.lower_ in PRONOUNS
        or token.lemma_.lower() in _ANIMATE_NOUNS
    )


# Common nouns for someone who can speak: roles, people, kin and trades, groups.
_ANIMATE_NOUNS = ROLE_NOUNS | HUMAN_NOUNS | PERSON_NOUNS | SPEAKING_GROUPS | UNNAMED_SOURCE_NOUNS


def _noun_phrase(head: Token) -> Span:
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
        if doc[i].text in _DASHES
        and (doc[i].whitespace_ or (i > 0 and doc[i - 1].whitespace_))
        and not _spaced_hyphen(doc[i])
    ]
    left = dashes[-1] + 1 if dashes else left  # a name never reaches back across a dash
    right = head.i
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
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
            right = max(right, _noun_phrase(child).end - 1)
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
    return _right_edge_without(token, lambda child: child.dep_ in {"relcl", "punct"})


def _right_edge_without(token: Token, left_out: Callable[[Token], bool]) -> int:
    """The last token of ``token``'s phrase, leaving out the right dependants (and their
    own) that ``left_out`` says belong to something else."""
    right = token.i
    for child in token.rights:
        if not left_out(child):
            right = max(right, _right_edge_without(child, left_out))
    return right


def _set_apart(verb: Token, source: Span, sent: Span) -> bool:
    """The cue and its speaker interrupt the sentence ("X, he said, Y"; "“X” he said")
    rather than complete a verb before them ("... and said a curfew would continue", where the
    parse made "continue" a learned cue with "a curfew" as its speaker)."""
    doc = sent.doc
    # From the cue's clause or from its speaker: a misparsed subject can drag the clause
    # back ("To understand the real Dred Scott, Chief Justice Roberts said, one should ...").
    # "But as Clyburn noted, those voters ...": a conjunction opening the sentence is no
    # clause the cue completes.
    opening = _first_after_conjunction(sent)
    return any(
        first <= opening or doc[first].is_punct or doc[first - 1].is_punct
        for first in (verb.left_edge.i, min(verb.i, source.start))
    )


def _first_after_conjunction(sent: Span) -> int:
    """Where the sentence's own words start: after a conjunction opening it ("But ...")."""
    return sent.start + 1 if sent.doc[sent.start].dep_ == "cc" else sent.start


def _aside_of_the_writer(verb: Token, source: Span) -> bool:
    """ "And speaking of biography, he has ...", "as the hearing continued, Republicans ...":
    the writer's own aside, not a speaker interrupting (PAC, BASIL)."""
    lemma = verb.lemma_.lower()
    if lemma == "speak" and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return True
    return lemma == "continue" and not _is_animate(source.root)


def _clause_without(sent: Span, verb: Token) -> tuple[int, int] | None:
    """For "X, he said, Y": the sentence minus the cue clause."""
    cue_start, cue_end = verb.left_edge.i, verb.right_edge.i + 1
    before = sent.doc[sent.start : cue_start]
    if all(t.dep_ == "cc" or t.is_punct for t in before):
        before = before[:0]  # "But, as Clyburn noted, ...": a conjunction says nothing
    after = sent.doc[_past_when_said(cue_end, sent) : sent.end]
    parts = [p for p in (before, after) if len(p.text.strip(_EDGE_PUNCT)) > 2]
    if not parts:
        return None
    return _strip((parts[0].start_char, parts[-1].end_char), doc_text(sent.doc))


def _past_when_said(start: int, sent: Span) -> int:
    """ "As the senator said last week, the bill is dead": the parse hangs the time on the
    main clause, but a time right after the cue, set off by a comma, is when it was said."""
    doc = sent.doc
    end = start
    while end < sent.end and doc[end].ent_type_ in {"DATE", "TIME"}:
        end += 1
    return end + 1 if start < end < sent.end and doc[end].text == "," else start


def _orphan_quotes(doc: Doc, marks: list[Quoted], found: list[_Attribution]) -> list[_Attribution]:
    """Quoted passages no cue claimed: kept, with the speaker settled by discourse later.
    Words quoted inside a view nobody is named for are still someone's ("It seems unfair to
    tell the communities: 'We're sorry, but it didn't work out'", a president's words)."""
    text = doc_text(doc)
    out = []
    for q in marks:
        if any(_takes_as_its_words(a, q) for a in found):
            continue
        words = text[q.start : q.end].split()
        # "scare quotes" are not quotes, and neither is a title: a name in title case that
        # a preposition or a possessive governs ('on CBS's "Face the Nation"') or that names
        # what the noun after it is ('"Make America Great Again" hats')
        titled = _is_title(words) and (_governed(text, q.start) or _names_a_thing(text, q.end))
        if len(words) >= 3 and not titled:
            out.append(_Attribution((q.start, q.end), None, None))
    return out


def _takes_as_its_words(att: _Attribution, mark: Quoted) -> bool:
    """``att`` holds the quoted passage ``mark`` as what was said; a view nobody is named
    for that starts before it only reaches it."""
    if not _overlaps((mark.start, mark.end), att.content):
        return False
    return not (att.unsourced and att.content[0] < mark.start)


# Words a title leaves in lower case ("Face the Nation", "State of the Union").
_TITLE_SMALL = frozenset("a an and as at by for from in of on or the to vs with".split())
# What governs a quoted name: 'an episode of "...", 'on "...", 'a reference to "...",
# 'CNN's "...", 'Fox News' "...", '"X" and "Y"',
# an article ('an "America's Next Top Model" challenge'),
# a noun for a work ('his book "The Art of the Deal"'), a naming verb ('a memo titled') or
# one that starts an operation or a campaign ('launched "Operation Jump Start,"' (PAC):
# an orphan quotation that discourse gave to "such troops").
_GOVERNOR = re.compile(
    r"(?:\b(?:a|an|the|of|on|in|at|to|from|for|with|and|or|book|memoir|novel|film|movie"
    r"|documentary|show|program|programme|series|song|album|column|essay|op-ed|podcast|classic"
    r"|anthem|play|musical|sitcom|concert|PAC|titled|entitled|nicknamed|dubbed|named"
    r"|code-?named|launched|launching|launches|launch)"
    r"|['’]s|s['’])\W*$",
    re.IGNORECASE,
)


def _is_title(words: list[str]) -> bool:
    """The words name a show, book or event in title case, short and without a sentence's
    end: every word capitalised except the small ones, and the first capitalised. A closing
    period or comma may sit inside the marks (American style: on "Fox News Sunday."), and a
    subtitle after a colon is a title of its own ("Those Guys Have All the Fun: Inside ...")."""
    if not words or words[-1][-1] in "!?" or not words[0][:1].isupper():
        return False
    words = [*words[:-1], words[-1].rstrip(".,")]
    parts: list[list[str]] = [[]]
    for word in words:
        parts[-1].append(word.rstrip(":"))
        if word.endswith(":"):
            parts.append([])
    if any(not part or len(part) > 8 or not part[0][:1].isupper() for part in parts):
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL or not w[:1].isalpha() for w in words)


# A noun right after a quoted title that the title names: '"Make America Great Again" hats',
# '"Jane The Virgin" star Jaime Camil', 'a three-day "Jeb Can Fix It" bus tour'. Read on
# PolNeAR train texts 1-840: with the governors added beside it (podcast, classic, anthem,
# play, PAC, for, with, ...), 17 quotations that no annotation overlaps went, and 4 that one
# does (a motto, a chant, a concert's and a coalition's names).
_NAMED_THING = re.compile(
    r"[\"”’']{0,2}\s*(?:bus\s+)?(?:star|stars|broadcast|hats?|caps?|shirts?|t-shirts?|signs?"
    r"|banners?|stickers?|tour|wave|coalition|movie|series|show|podcast|campaign|slogan)\b",
    re.IGNORECASE,
)


def _names_a_thing(text: str, end: int) -> bool:
    """A noun the quoted title names stands right after the passage ending at ``end``."""
    return _NAMED_THING.match(text, end, min(len(text), end + 20)) is not None


def _governed(text: str, start: int) -> bool:
    """A preposition, a possessive or a coordinating "and/or" stands right before the
    opening mark of the passage starting at ``start``."""
    return _GOVERNOR.search(text, max(0, start - 12), start) is not None


# A quote signed with a dash and a name closing its line, as in vox pops and epigraphs:
# "... he really is." ― Martha Aguilar
_BYLINE = re.compile(
    rf"[\"”’',.]*[^\S\n]*(?:[{''.join(DASHES)}]|--)[^\S\n]*([^\n]{{2,80}}?)[\s.]*?(?:\n|$)"
)


def _trailing_source(doc: Doc, end: int, marks: list[Quoted], alone: bool) -> Span | None:
    """The speaker of a speech verb right after the quote, on the same line, that the parser
    put in a sentence of its own ("... in our country?" Clinton said. / said Robert McAtee).
    ``alone``: the quotation has no cue of its own and opens its sentence."""
    text = doc_text(doc)
    window = doc.char_span(end, min(len(text), end + 200), alignment_mode="expand")
    first = next((t for t in window or () if not t.is_punct and not t.is_space), None)
    if first is None or first.idx < end or "\n" in text[end : first.idx]:
        return None
    for token in doc[first.i : first.i + 16]:
        if "\n" in token.text or token.is_quote:
            return None
        if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
            if token.dep_ == "relcl":
                continue  # "Alexander, who hasn't indicated how he will vote, said ..."
            if _withheld(token):
                return None  # the words before are the discourse's, whoever said them
            subjects = [
                c
                for c in token.children
                if c.dep_ in _SUBJECT_DEPS and c.i >= first.i and not _inside_marks(c.idx, marks)
            ]
            if alone and _own_statement(token, subjects, marks):
                return None
            # past eight words, only when all of them are the subject's ("Representative
            # Kevin McCarthy of California, the Republican leader, asked")
            if token.i - first.i >= 8 and not (subjects and subjects[0].left_edge.i == first.i):
                return None
            if subjects:
                return _noun_phrase(subjects[0]) if _can_speak(subjects[0]) else None
            # a misparse left the verb without a subject: the name before it still speaks
            # ("Tulsa police Chief Chuck Jordan said"), not a phrase that only holds a name
            # ("during his time as a Marine, echoed")
            named = _without_edge_punct(doc[first.i : token.i])
            name = any(t.ent_type_ in {"PERSON", "ORG"} for t in named)
            return named if name and not any(t.pos_ == "ADP" for t in named) else None
    return None


def _withheld(verb: Token) -> bool:
    """ "... So we had no choice." Sinema's campaign did not immediately respond: a speech
    verb that says someone did not speak (negated, or after "declined to") names no speaker
    for the quotation before it. PAC has no paragraph breaks, and four quotations there had
    gone to whoever did not respond or declined to comment."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _REFUSALS


_REFUSALS = frozenset({"decline", "refuse", "fail"})


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation whose words begin at ``start`` opens its sentence: a quotation
    inside another's sentence ("announced in an ad that she grew up “castrating hogs on an
    Iowa farm.” Ms. Ernst said ...", BASIL) is that sentence's speaker's."""
    # a single curly mark too: a quotation opened by "‘" opens its sentence as well
    before = text[max(0, start - 200) : start].rstrip().rstrip(OPENING_MARKS + "‘").rstrip()
    return not before or before[-1] in ".!?:\n"


# Verbs whose object is whom the subject speaks to: those whose object is who was told,
# and more that only address someone ("emailed supporters", "urged voters").
_ADDRESSING = _ADDRESSEE_VERBS | frozenset(
    "email text message ask urge warn write address reassure notify petition lobby implore "
    "beg".split()
)


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
    if noun.dep_ in {"dobj", "dative"} and noun.head.lemma_.lower() in _ADDRESSING:
        return False
    if _is_animate(noun):
        return True
    if any(c.dep_ == "nummod" for c in noun.children):
        return False  # "50 years of Trump's talking": a stretch of time, not a crowd
    return any(
        _is_animate(g)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _own_statement(verb: Token, subjects: list[Token], marks: list[Quoted]) -> bool:
    """After a quotation that no cue claimed and that opens its sentence, whether a verb of
    saying starts a statement of its own: its subject before it and, after it and out of
    quotation marks, its own clause with a subject ("“...” Alexander, who ..., said open
    debate on the issue will be good": PAC gave Mike Lee's words, named before them, to
    Alexander) or a thing it says what it is ("called the term ...", ``_called_something``).
    The quotation is then left to the discourse. Not a new statement: "Sanders said in an
    interview ... aired Monday" (no subject), words in quotation marks ("“...,” Tester
    said, “you ...”"), an inverted verb ("'' said Hany Farid, chairman ..., who
    co-developed ..."), nor a quotation with a cue whose subject the parse missed ('Senator
    Harry Reid ... said “...”. Mr. Reid ... said he was confident ...', PolNeAR): those keep
    the speaker after them."""
    if not subjects or subjects[0].i > verb.i:
        return False
    return any(
        c.i > verb.i
        and not _inside_marks(c.idx, marks)
        and (
            (c.dep_ == "ccomp" and _has_subject(c))
            # "“...” Emily Zanotti called the term “absolutely insulting”": a thing named
            # and what it is called (PAC, which lost the paragraph break, had given the
            # words Tim Carney wrote before them to her)
            or (c.dep_ == "dobj" and _called_something(verb, c))
        )
        for c in verb.children
    )


def _called_something(verb: Token, obj: Token) -> bool:
    """ "called the term “absolutely insulting”", "described the plan as a disaster": the
    verb says what a thing is, a statement of its own; "told reporters" does not."""
    if _is_animate(obj):
        return False
    return any(
        c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "as")
        for c in [*verb.children, *obj.children]
        if c.i > obj.i
    )


def _byline(doc: Doc, end: int) -> Span | None:
    """The name signing the quote that ends at ``end``, when one does."""
    match = _BYLINE.match(doc_text(doc), end)
    if match is None:
        return None
    name = doc.char_span(*match.span(1), alignment_mode="expand")
    if name is None or len(name) > 8 or not all(t.is_title or not t.is_alpha for t in name):
        return None
    return name if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name) else None


def _merge_overlaps(found: list[_Attribution]) -> list[_Attribution]:
    """One attribution per passage, preferring one with a source, then the longer; nested
    ones survive ("he rejected reports that ..., calling it 'excellent'"). A quotation that
    one cue's parse governs is not also given to a loose cue near it ("After Ryan finished,
    responding to a question, Biden responded: “...”": not Ryan's). An attribution that names
    no source is dropped inside words given to someone (the expectation is the speaker's) and
    yields to quoted words that a later rule may give a speaker."""
    linked = [a for a in found if a.linked and a.source is not None]
    found = [a for a in found if not (a.loose and any(_rivals(a, b) for b in linked))]
    found = [a for a in found if not (a.unsourced and any(_said_within(a, b) for b in found))]
    out: list[_Attribution] = []
    order = sorted(
        found, key=lambda a: (a.source is None, a.unsourced, a.content[0] - a.content[1])
    )
    for att in order:
        if not any(_rivals(att, o) for o in out):
            out.append(att)
    return out


def _said_within(a: _Attribution, b: _Attribution) -> bool:
    """``a``'s cue is inside words ``b`` gives to someone."""
    return b.source is not None and a.cue is not None and b.content[0] <= a.cue.idx < b.content[1]


def _rivals(a: _Attribution, b: _Attribution) -> bool:
    """Two attributions of the same words: overlapping, neither's cue inside the other's
    words."""
    return _overlaps(a.content, b.content) and not _nested(a, b)


def _nested(a: _Attribution, b: _Attribution) -> bool:
    """One attribution's cue sits inside the other's content."""

    def inside(cue: Token | None, content: tuple[int, int]) -> bool:
        return cue is not None and content[0] <= cue.idx < content[1]

    return inside(a.cue, b.content) or inside(b.cue, a.content)


def _to_quote(
    doc: Doc,
    att: _Attribution,
    marks: list[Quoted],
    resolver: _SpeakerResolver,
    previous: Quote | None,
) -> Quote | None:
    text = doc_text(doc)
    start, end = _strip(att.content, text)
    if start == 0 or text[start - 1] == "\n":  # "WASHINGTON ― X is close to ..., he said"
        start = end - len(without_dateline(text[start:end], start))
    if end - start < 3 and not _answered(att, start):
        return None
    source = att.source
    if source is not None and _bracketed(source, text) and _editorial(source):
        source = None  # "(RELATED: ...) Barbee criticized ...": the parse took the label
        # (only bracketed: "Video shows that ..." has a source)
    if source is not None and _quoted_words(source, (start, end), marks, att.cue):
        source = None  # "“My reaction, that was outrageous,” X said": the parse took a subject
    # whether a cue-less quotation opens its sentence matters only to a trailing source
    speaker: Evidence | None = None
    key: str | None = None
    if not att.unsourced:
        source = (
            source
            or _byline(doc, end)
            or _trailing_source(doc, end, marks, att.cue is None and _opens_sentence(text, start))
        )
        speaker, key = resolver.resolve(source, (start, end), previous)
    cue = _evidence_token(att.cue) if att.cue is not None else None
    kind = _kind(start, end, marks, text)
    if kind == "indirect":
        start = _past_leading_preposition(doc, start, end)
        end = _with_what_it_is_taken_as(doc, start, end, att.cue)
    return Quote(
        content=Evidence(start, end, text[start:end]),
        kind=kind,
        speaker=speaker,
        speaker_key=key,
        cue=cue,
        medium=_medium(att.cue) if att.cue is not None else None,
        speech=att.speech and (att.cue is None or _is_speech(att.cue, kind)),
    )


# Prepositions through which a cue takes what it is for or against: the content is the
# phrase's object ("pushed for a ban", "voted against the bill", "sided with Trump"), as
# PolNeAR marks it. On training texts, for/on/with/against/over led 111 contents whose
# annotation starts one word later, and 12 whose annotation starts with the preposition.
_LEADING_PREPS = frozenset({"for", "on", "with", "against", "over"})


def _past_leading_preposition(doc: Doc, start: int, end: int) -> int:
    """The content's start past a leading preposition whose phrase is the whole content and
    hangs from a word outside it (the cue)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    prep = span[0]
    if prep.lower_ not in _LEADING_PREPS or prep.dep_ != "prep" or span.start <= prep.head.i:
        return start
    objects = _prep_objects(prep)
    if len(objects) != 1 or prep.right_edge.i < span.end - 1:
        return start
    first = _past_preposition(prep)
    return first.idx if first.i == prep.i + 1 else start


# Verbs that judge someone for something: "blamed the national debt for keeping rates low".
_BLAME_VERBS = JUDGEMENT_VERBS | frozenset("blame fault credit rail protest scold chastise".split())


def _with_what_it_is_taken_as(doc: Doc, start: int, end: int, cue: Token | None) -> int:
    """The content's end past what its cue takes the object as, or judges it for: "described
    Trump as a con man" says "Trump as a con man", "blamed the media for the flap" says
    "the media for the flap", as PolNeAR marks them. Only a phrase of the cue itself that
    starts right after the content (its object) counts."""
    if cue is None or cue.pos_ != "VERB":
        return end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.head != cue or span.root.dep_ != "dobj":
        return end
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i != span.end or not _prep_objects(prep):
            continue
        if prep.lower_ == "as" or (prep.lower_ == "for" and cue.lemma_.lower() in _BLAME_VERBS):
            return _extent([prep])[1]
    return end


def _is_speech(cue: Token, kind: QuoteKind) -> bool:
    """Whether the quote gives words said, not a view or an act ("he continued to hold
    meetings"). A whole quotation is words said whatever verb brings it in: "“...,” Breyer
    continued", "the letter reads, “...”", "Sanders thundered: “...”"."""
    lemma = cue.lemma_.lower()
    if cue.pos_ == "NOUN" and lemma not in _MISREAD_CUES:
        return lemma in SPEECH_NOUNS
    if kind == "direct":
        return True
    if cue.lower_ == "according" or _as_put_it(cue):
        return True
    return lemma in SPEECH_VERBS and lemma not in ATTITUDE_VERBS


def _kind(start: int, end: int, marks: list[Quoted], text: str) -> QuoteKind:
    quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in marks)
    if quoted == 0:
        return "indirect"
    plain = text[start:end]
    outside = len(plain.strip(_EDGE_PUNCT)) - quoted
    return "direct" if outside <= 3 else "partial"


def _medium(verb: Token) -> str | None:
    """ "on Telegram", "in a video posted on her Instagram account", "on social media"."""
    heads = [verb, *(c for c in verb.children if c.dep_ in _SUBJECT_DEPS)]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    for prep in (p for p in preps if p.lower_ in {"on", "in", "via"}):
        words = {t.lower_ for t in prep.subtree}
        if (
            words & MEDIUM_NOUNS
            or words & MEDIUM_NAMES
            or any(t.ent_type_ in {"ORG", "PRODUCT"} for t in prep.subtree)
        ):
            return verb.doc[prep.i : _medium_end(prep) + 1].text
    return None


def _medium_end(token: Token) -> int:
    """The last token of a medium's phrase: "in a video posted on his X account" keeps its
    participle, "in a statement that “all accounts were affected”" ends at "statement"."""
    return _right_edge_without(token, _what_was_said)


def _what_was_said(child: Token) -> bool:
    return child.dep_ in {"relcl", "ccomp", "punct"} or (
        child.dep_ == "acl" and any(t.lower_ == "that" or t.is_quote for t in child.subtree)
    )


class _SpeakerResolver:
    def __init__(self, doc: Doc, actors: list[Actor], marks: list[Quoted]) -> None:
        self.doc = doc
        self.mentions = sorted((m.start, m.end, a) for a in actors for m in a.mentions)
        self.genders = actor_genders(doc, actors)
        self.marks = marks
        # where a mention stands inside quotation marks, found once per document
        self.quoted = {s for s, _, _ in self.mentions if _inside_marks(s, marks)}

    def resolve(
        self, source: Span | None, content: tuple[int, int], previous: Quote | None
    ) -> tuple[Evidence | None, str | None]:
        if source is None:
            return self._continuation(content[0], previous)
        evidence = Evidence.of(source)
        if source[-1].tag_ == "WP" and any(t.dep_ == "conj" for t in source):
            return evidence, None  # "Will Smith, Patti LaBelle and Stevie Wonder, who": no one
        actor = self._actor_in(source)
        if actor is None and source.root.lower_ in PRONOUNS:
            actor = self._antecedent(source.root, previous, content)
        if actor is None and source.text == "A" and len(source) == 1:
            actor = self._interviewee(source.start_char)
        return evidence, actor.key if actor else None

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
            named = [c for c in root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            actor = self._mentioned_at(named[0].idx) if named else None
            if actor is not None:
                return actor
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

        recent = (
            previous is not None
            and previous.speaker_key is not None
            and pronoun.idx - previous.content.end < 600
        )
        if pronoun.lower_ in _FIRST_PERSON and not _inside_marks(pronoun.idx, self.marks):
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
        if recent and previous is not None:
            actor = self._actor(previous.speaker_key)
            # ... unless someone else fitting is the subject of a sentence between: "Asked
            # whether Trump, who called it a hoax, ..., Ban demurred. '...,' he said." Not
            # of a sentence inside quotation marks, someone the speaker talks about (BASIL:
            # Chris Coons's "... The President should re-open the government ...," he said,
            # had gone to Trump once "The President" was Trump's mention)
            between = [
                a
                for s, e, a in self.mentions
                if previous.content.end <= s < pronoun.idx
                and a.key != previous.speaker_key
                and fits(a)
                and s not in self.quoted
                and self._main_subject(s, e)
            ]
            if between:
                return between[-1]
            if actor and (fits(actor) or (plural and _coordinated(previous.speaker))):
                return actor
        if pronoun.idx >= content[1]:  # "X is close to ..., he told": X is the one telling
            subject = self._subject_of(content)
            if subject is not None and fits(subject):
                return subject
        # A group is "they" only close by ("Democrats ... they said"): most "they" stand for
        # people no actor names ("voters", "officials"), and an organisation three paragraphs
        # back ("Cadillac", "the Oval Office") is not them.
        since = pronoun.idx - _GROUP_REACH if plural else 0
        # not someone the speaker talks about ("“Kathy and I are friends,” he explained"),
        # nor, for a pronoun of the outlet's own, someone named inside another's quoted words
        # ("... which our Founders enshrined in the Constitution.” They vowed ...")
        outside = not _inside_marks(pronoun.idx, self.marks)
        candidates = [
            a
            for s, _, a in self.mentions
            if since <= s < pronoun.idx
            and fits(a)
            and not content[0] <= s < content[1]
            and not (outside and s in self.quoted)
        ]
        return candidates[-1] if candidates else None

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
        while verb.dep_ == "xcomp" and verb.head != verb and not _has_subject(verb):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        before = [c for c in subjects if c.i < pronoun.i]
        if not before:
            return None
        # the subject's own name, not one in its apposition ("Schiff, a vocal critic of the
        # president, has doubled down on his claim": not the president's)
        head = before[0]
        words = [head, *head.doc[head.left_edge.i : head.i]]
        named = (self._mentioned_at(t.idx) for t in words if t.dep_ != "poss")
        return next((a for a in named if a is not None), None)

    def _named_by(self, subject: Token) -> Actor | None:
        """The actor a subject names. "English comedian and actor Peter Serafinowicz needed to
        know": the head is a noun, the name hangs on it; "Trump's lawyer" is not Trump."""
        for token in [subject, *subject.subtree]:
            found = self._mentioned_at(token.idx) if token.dep_ != "poss" else None
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


_GROUPS = frozenset({"ORG", "NORP"})
_GROUP_REACH = 200  # characters: the sentence before, about


def _coordinated(speaker: Evidence | None) -> bool:
    """A speaker of several people named together ("Obama and Clinton")."""
    return speaker is not None and re.search(r"\b(?:and|&)\b", speaker.text) is not None


def _quoted_words(
    source: Span, content: tuple[int, int], marks: list[Quoted], cue: Token | None
) -> bool:
    """The source lies inside the very quotation it would be the speaker of, or inside a title
    quoted after its cue ("..., Flynn said on “Fox and Friends”": the parse took the show)."""
    after_cue = cue is not None and source.start_char > cue.idx
    return any(
        q.start <= source.start_char < q.end and (after_cue or _overlaps((q.start, q.end), content))
        for q in marks
    )


def _inside_marks(offset: int, marks: list[Quoted]) -> bool:
    return _enclosing(offset, marks) is not None


def _enclosing(offset: int, marks: list[Quoted]) -> Quoted | None:
    """The quotation whose words hold ``offset``, if any."""
    return next((q for q in marks if q.start <= offset < q.end), None)


def _widen_to_marks(span: tuple[int, int], marks: list[Quoted]) -> tuple[int, int]:
    start, end = span
    for q in marks:
        if _overlaps((q.start, q.end), span):
            start, end = min(start, q.start), max(end, q.end)
    return start, end


def doc_marks(doc: Doc) -> list[Quoted]:
    """The doc's quoted spans, found once for the quotes and terms components."""
    marks = doc.user_data.get(_MARKS_KEY)
    if marks is None:
        marks = doc.user_data[_MARKS_KEY] = quoted_spans(doc_text(doc))
    return list(marks)


_MARKS_KEY = "newsprism.quoted"


def _strip(span: tuple[int, int], text: str) -> tuple[int, int]:
    """Edge punctuation off, except a closing quotation mark that pairs with one left
    inside: 'calling it "excellent."' keeps it."""
    start, end = strip_span(text, span, _EDGE_PUNCT)
    inner = text[start:end]
    if inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1:
        closing = '"”'
    elif len(_SINGLE_OPEN.findall(inner)) > len(_SINGLE_CLOSE.findall(inner)):
        closing = "'’"  # 'they need to say: 'X and Y are no longer,'"'
    else:
        return start, end
    # The parse often ends the clause before the mark: look past end punctuation too.
    after = re.match(f"[.,;:!?]*[{closing}]", text[end : max(span[1], end + 4)])
    return start, (end + after.end() if after else end)


def _objects_after(head: Token, preps: frozenset[str]) -> list[Token]:
    """What the prepositions ``preps`` after ``head`` govern ("talked *about immigration*",
    "a critic *of his style*")."""
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in preps and c.i > head.i
        for g in _prep_objects(c)
    ]


def _prep_objects(prep: Token) -> list[Token]:
    """What a preposition governs: a noun ("critical *of the deal*") or a clause ("for
    *overruling* ...")."""
    return [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]


def _extent(heads: list[Token]) -> tuple[int, int]:
    """Character offsets from the first to the last word of the phrases ``heads`` head."""
    start = min(h.left_edge.idx for h in heads)
    return start, max(h.right_edge.idx + len(h.right_edge) for h in heads)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _evidence_token(token: Token) -> Evidence:
    return Evidence(token.idx, token.idx + len(token), token.text)
