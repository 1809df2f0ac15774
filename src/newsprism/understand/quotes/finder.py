"""The quote finder: each sentence's attributions gathered, overlaps merged, and each
turned into a ``Quote`` with its kind, medium and resolved speaker."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsprism.textutil import DASHES, without_dateline
from newsprism.understand.continued import join_continued
from newsprism.understand.doctext import doc_text
from newsprism.understand.headings import in_heading, is_heading, section_breaks
from newsprism.understand.lexicon import (
    ATTITUDE_VERBS,
    FINDINGS_NOUNS,
    JUDGEMENT_VERBS,
    MEDIUM_NAMES,
    MEDIUM_NOUNS,
    NOMINAL_CUES,
    SHOWING_NOUNS,
    SIDE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
)
from newsprism.understand.quotemarks import OPENING_MARKS, Quoted, quoted_spans
from newsprism.understand.quotes.attribution import (
    ADDRESSING,
    EDGE_PUNCT,
    SUBJECT_DEPS,
    Attribution,
    can_speak,
    closed,
    enclosing,
    evidence_token,
    extent,
    has_subject,
    holds_words,
    inside_marks,
    is_animate,
    noun_phrase,
    overlaps,
    prep_objects,
    right_edge_without,
    strip,
    widen_to_marks,
)
from newsprism.understand.quotes.colon import colon_attribution, editorial, in_labelled_bracket
from newsprism.understand.quotes.cuewords import as_put_it, is_cue
from newsprism.understand.quotes.phrases import (
    according_to,
    in_the_eyes_of,
    nominal_attribution,
    past_preposition,
    reportedly,
    side_taken,
    stance_adjective,
    unsourced_attribution,
)
from newsprism.understand.quotes.speakers import SpeakerResolver
from newsprism.understand.quotes.uncued import (
    listed_first,
    only_a_title,
    orphan_quotes,
    trailing_source,
)
from newsprism.understand.quotes.verbs import (
    MISREAD_FINDINGS,
    main_clause,
    one_word_answer,
    verb_attribution,
)
from newsprism.understand.records import Actor, Quote, QuoteKind
from newsprism.understand.records import Span as Evidence


def find_quotes(doc: Doc, actors: list[Actor], marks: list[Quoted] | None = None) -> list[Quote]:
    """Quotes of ``doc``; ``marks`` are its quoted spans when the caller has them already."""
    marks = doc_marks(doc) if marks is None else marks
    sents = [s for s in doc.sents if not is_heading(s)]  # a heading quotes no one here
    found = [a for sent in sents for a in _sentence_attributions(sent, marks)]
    text = doc_text(doc)
    found = [a for a in _merge_overlaps(found) if not only_a_title(a, marks, text)]
    found += [a for a in orphan_quotes(doc, marks, found) if not in_heading(doc, a.content[0])]
    found = listed_first(found, marks, text)
    found.sort(key=lambda a: a.content[0])
    resolver = SpeakerResolver(doc, actors, marks)
    # each cue that took words of its own, with them: such a verb after a quotation is no
    # attribution of that quotation (``trailing_source``); read once, not per quotation
    claims = [
        (a.cue.i, a.content)
        for a in found
        if a.cue is not None and _says_more(doc, a.cue.i, a.content, marks)
    ]
    quotes = []
    previous: Quote | None = None
    headings = section_breaks(doc)
    for att in found:
        if previous is not None and any(
            previous.content.end <= s < att.content[0] for s, _ in headings
        ):
            previous = None  # a heading between starts another story's words
        quote = _to_quote(doc, att, marks, resolver, previous, claims)
        if quote is not None:
            quotes.append(quote)
            if att.unsourced:
                continue  # nobody said it, so a later "he added" goes on from no one here
            if _stance_noun(att):
                continue  # "the nominee's support for ...": no one spoke, so none goes on
            if previous is None or _goes_on_from(quote, previous):
                previous = quote
    return _once([_with_opening_mark(q, text) for q in join_continued(doc, quotes)])


def _once(quotes: list[Quote]) -> list[Quote]:
    """Each quotation once per speaker: 'What she's saying: "...," Jackson said' is found by
    both cues, "saying" and "said", once its label is left out of the words (``_past_label``)."""
    seen: set[tuple[int, int, str | None]] = set()
    kept = []
    for quote in quotes:
        # unnamed speakers by their words: "one of the sources" and "a few of the senators"
        who = quote.speaker_key or (quote.speaker.text if quote.speaker else None)
        mark = (quote.content.start, quote.content.end, who)
        if mark not in seen:
            seen.add(mark)
            kept.append(quote)
    return kept


def _with_opening_mark(quote: Quote, text: str) -> Quote:
    """A partial quote that opens on quoted words keeps their opening mark, as it keeps the
    closing one: 'She called for "unity in the community" and greater accountability' had
    lost it, leaving the closing mark unpaired (USA TODAY, PAC). Done once the quotes are
    found, so that the order they were found in and their nesting stay as they were. A
    tokenised text's space after the mark is passed over (PAC: 'decried “ fear ” tactics')."""
    if quote.kind != "partial":
        return quote
    start = quote.content.start
    while start > 0 and text[start - 1] == " ":
        start -= 1
    if start == 0:
        return quote
    if not _closes_first(quote.content.text, text[start - 1]):
        return quote
    end = closed(text, start - 1, quote.content.end)
    return replace(quote, content=Evidence(start - 1, end, text[start - 1 : end]))


def _closes_first(words: str, before: str) -> bool:
    """Whether the first quotation mark in ``words`` closes the mark ``before`` them."""
    marks = [c for c in words if c in '"“”']
    if not marks:
        return False
    if before == "“":
        return marks[0] == "”"
    # a straight mark closes when it follows a word or punctuation, or when it is left
    # unpaired inside (a tokenised text spaces it: 'the meeting " went really well "')
    at = words.find('"')
    paired = not words[at - 1].isspace() or words.count('"') % 2 == 1
    return before == '"' and marks[0] == '"' and at > 0 and paired


def _goes_on_from(quote: Quote, previous: Quote) -> bool:
    """Whether a later "he" or continued quotation goes on from ``quote``, found after
    ``previous``. An attribution inside another's words ("Shields told Fox News that Griffin
    was hoping to ...") leaves the outer speaker as the one that goes on; but when the outer
    source is no one ("'People love you,' the video showed Tlaib telling supporters"), the
    inner speaker's quoted words are what goes on. A source that only reports another's
    quotation ("“...,” he said, according to NBC News. “And that's what we do ...”":
    Washington Times, PAC; "“...,” The Oregonian reported Courtney saying. “If you're mad
    ...”": Mother Jones, PAC) leaves that speaker as the one who goes on."""
    if _within(quote.content, previous.content):
        return (
            quote.kind == "direct"
            and quote.speaker_key is not None
            and (not previous.speaker_key or previous.only_reports())
        )
    return not (
        _within(previous.content, quote.content)
        and quote.only_reports()
        and previous.kind == "direct"
        and previous.speaker_key is not None
    )


def _says_more(doc: Doc, cue: int, words: tuple[int, int], marks: list[Quoted]) -> bool:
    """Whether the cue at ``cue`` took ``words`` of its own: a clause with a subject ("said
    that ..."), what it calls for ("called for an investigation") or what it shows. Not the
    one it addresses ("told Britain's ITV"), which the parse may also give it, nor quoted
    words: '“...,” Mr. Conant said, “the No. 1 comment ...”' goes on."""
    if any(overlaps(words, (q.start, q.end)) for q in marks):
        return False
    span = doc.char_span(*words, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "ccomp" and root.head.i == cue:
        return has_subject(root)
    if root.dep_ == "dobj" and root.head.i == cue:
        # "Polls consistently show significant public support for ..." (HuffPost, PAC), not
        # someone addressed
        addressed = root.head.lemma_.lower() in ADDRESSING or root.ent_type_ or root.pos_ == "PRON"
        return not addressed
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == cue


def _stance_noun(att: Attribution) -> bool:
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


def _sentence_attributions(sent: Span, marks: list[Quoted]) -> list[Attribution]:
    out = [a for a in [colon_attribution(sent, marks)] if a is not None]
    for token in sent:
        if _is_according_to(token) or _in_findings(token):
            att = _within_quotation(according_to(token, sent), token.idx, marks)
        elif (misread := _misread_trailing_cue(token, sent)) and not inside_marks(token.idx, marks):
            att = misread  # the cheap word test first: most tokens stop there
        elif token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_CUES:
            # a view inside a quotation is the quoted speaker's words ("I am honored to
            # have Sheriff Arpaio's support for ...", "The FDIC's intent to evade oversight
            # is a serious offense"), not a quotation of its own; words reported are
            quoted = inside_marks(token.idx, marks)
            skip = quoted and _names_a_view(token)
            att = None if skip else nominal_attribution(token, by_verb=not quoted)
        elif inside_marks(token.idx, marks):
            att = None
        elif token.pos_ == "ADJ" and token.lemma_.lower() in STANCE_ADJECTIVES:
            att = stance_adjective(token, marks)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in SIDE_NOUNS:
            att = side_taken(token, marks)
        elif token.lower_ in _HEARSAY_ADVERBS and token.dep_ == "advmod":
            att = reportedly(token)
        elif token.lower_ == "to" and token.dep_ == "prep":
            att = in_the_eyes_of(token, sent)
        elif is_cue(token):
            att = verb_attribution(token, sent, marks) or unsourced_attribution(token)
        else:
            att = unsourced_attribution(token)
        if att is not None and att.unsourced:  # it ends where a quotation it reaches ends
            att = replace(att, content=widen_to_marks(att.content, marks))
        if att is not None:
            out.append(att)
    return out


def _bracketed(words: Span, text: str) -> bool:
    return (words.text[:1] or " ") in "([" or text[: words.start_char].rstrip()[-1:] in {"(", "["}


def _is_according_to(token: Token) -> bool:
    doc = token.doc
    return (
        token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
    )


def _answered(att: Attribution, start: int) -> bool:
    """The content is a one-word answer right after its cue ("said no"), not a quoted "no"
    that discourse gave someone ("without a single “no” vote")."""
    answer = one_word_answer(att.cue) if att.cue is not None and att.cue.pos_ != "NOUN" else None
    return answer is not None and answer.idx == start


def _quoted_word(start: int, end: int, marks: list[Quoted], text: str) -> bool:
    """ "“No,” the president stated.": a word that fills its quotation marks is what was said
    (PAC's Biden answered Muir so, and his next words, unmarked as his, went to Muir). Only
    with its punctuation: a nickname, William “Mo” Cowan, is no answer (BASIL)."""
    return text[start:end].isalpha() and any(
        strip((q.start, q.end), text) == (start, end)
        and text[end : q.end + 2].strip("\"'”’ ")[:1] in _ENDS
        for q in marks
    )


_ENDS = frozenset(",.!?")


# Adverbs that say a clause is someone's report or impression. Not "apparently", the
# writer's inference as often as a report (6 of 17 annotated where no quotation was).
_HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "seemingly", "supposedly", "purportedly"})


# Reporting verbs the tagger reads as nouns when they close a sentence after their subject
# ("..., campaign finance records show.", "..., Trump predicts."), and which of them report
# a finding rather than words said.
_MISREAD_CUES = frozenset("say show predict suggest indicate warn claim".split())


def _misread_trailing_cue(word: Token, sent: Span) -> Attribution | None:
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
    if word.pos_ != "NOUN" and not (word.pos_ == "VERB" and not has_subject(word)):
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
    if not (holds_words(doc[sent.start : comma]) and any(main_clause(t) for t in outside)):
        return None
    content = strip((part.start_char, part.end_char), doc_text(doc))
    return Attribution(content, word, source, speech=lemma not in MISREAD_FINDINGS)


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
    return finding if lemma in MISREAD_FINDINGS else finding or is_animate(head)


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
    if head.pos_ not in {"VERB", "AUX"} or is_cue(head):
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


def _within_quotation(att: Attribution | None, at: int, marks: list[Quoted]) -> Attribution | None:
    """An "according to" inside a quotation attributes words of that quotation only: in
    "“According to the indictment, the Hunters knew ...,” according to the U.S. Attorney’s
    Office", the indictment is the Office's source, and the Office the outlet's (BASIL: the
    inner phrase had claimed the whole sentence, the Office's words were lost and the
    quotation went to the Hunter named before it)."""
    quotation = enclosing(at, marks)
    if att is None or quotation is None:
        return att
    start, end = max(att.content[0], quotation.start), min(att.content[1], quotation.end)
    return replace(att, content=(start, end)) if end > start else None


# A quote signed with a dash and a name closing its line, as in vox pops and epigraphs:
# "... he really is." ― Martha Aguilar
_BYLINE = re.compile(
    rf"[\"”’',.]*[^\S\n]*(?:[{''.join(DASHES)}]|--)[^\S\n]*([^\n]{{2,80}}?)[\s.]*?(?:\n|$)"
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation whose words begin at ``start`` opens its sentence: a quotation
    inside another's sentence ("announced in an ad that she grew up “castrating hogs on an
    Iowa farm.” Ms. Ernst said ...", BASIL) is that sentence's speaker's."""
    # a single curly mark too: a quotation opened by "‘" opens its sentence as well
    before = text[max(0, start - 200) : start].rstrip().rstrip(OPENING_MARKS + "‘").rstrip()
    # and one after a sentence that ended inside its own quotation ('... a Disney movie.”
    # “I tell my students ...')
    ended = before.rstrip("”’\"'")
    return (
        not before or before[-1] in ".!?:\n" or (ended != before and ended[-1:] in {".", "!", "?"})
    )


def _speaking_subject(doc: Doc, start: int) -> Span | None:
    """The subject of the verb of saying a cue-less quotation stands inside, after it: in
    "Sanders promised Sunday at a Las Vegas rally to end “the excessively wasteful ...
    regime.”" (HuffPost) the promise is his, though its infinitive is no quotation of its
    own; the words had gone to the people named in the sentence before."""
    inside = doc.char_span(start, start + 1, alignment_mode="expand")
    if inside is None:
        return None
    verb = inside[0].sent.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in SPEECH_VERBS or subject is None or not can_speak(subject):
        return None
    if subject.i >= inside[0].i or verb.i >= inside[0].i or subject.pos_ == "PRON":
        return None
    return noun_phrase(subject)


def _byline(doc: Doc, end: int) -> Span | None:
    """The name signing the quote that ends at ``end``, when one does."""
    match = _BYLINE.match(doc_text(doc), end)
    if match is None:
        return None
    name = doc.char_span(*match.span(1), alignment_mode="expand")
    if name is None or len(name) > 8 or not all(t.is_title or not t.is_alpha for t in name):
        return None
    return name if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name) else None


def _merge_overlaps(found: list[Attribution]) -> list[Attribution]:
    """One attribution per passage, preferring one with a source, then the longer; nested
    ones survive ("he rejected reports that ..., calling it 'excellent'"). A quotation that
    one cue's parse governs is not also given to a loose cue near it ("After Ryan finished,
    responding to a question, Biden responded: “...”": not Ryan's). An attribution that names
    no source is dropped inside words given to someone (the expectation is the speaker's) and
    yields to quoted words that a later rule may give a speaker."""
    linked = [a for a in found if a.linked and a.source is not None]
    found = [a for a in found if not (a.loose and any(_rivals(a, b) for b in linked))]
    found = [a for a in found if not (a.unsourced and any(_said_within(a, b) for b in found))]
    out: list[Attribution] = []
    order = sorted(
        found, key=lambda a: (a.source is None, a.unsourced, a.content[0] - a.content[1])
    )
    for att in order:
        rival = next((i for i, o in enumerate(out) if _rivals(att, o)), None)
        if rival is None:
            out.append(att)
        elif _better_cue(att, out[rival]):
            out[rival] = att
    return out


def _better_cue(att: Attribution, kept: Attribution) -> bool:
    """The same words from the same source, by a verb of saying where the kept one has a cue
    only the cue model reads as such: "Trump went even further ..., tweeting: “...”" is
    tweeted, not went. Another source is another reading, and the first one kept stands."""
    if att.content != kept.content or att.source is None or kept.source is None:
        return False
    if (att.source.start, att.source.end) != (kept.source.start, kept.source.end):
        return False
    return _says(att.cue) and not _says(kept.cue)


def _says(cue: Token | None) -> bool:
    return cue is not None and cue.lemma_.lower() in SPEECH_VERBS


def _said_within(a: Attribution, b: Attribution) -> bool:
    """``a``'s cue is inside words ``b`` gives to someone."""
    return b.source is not None and a.cue is not None and b.content[0] <= a.cue.idx < b.content[1]


def _rivals(a: Attribution, b: Attribution) -> bool:
    """Two attributions of the same words: overlapping, neither's cue inside the other's
    words."""
    return overlaps(a.content, b.content) and not _nested(a, b)


def _nested(a: Attribution, b: Attribution) -> bool:
    """One attribution's cue sits inside the other's content."""

    def inside(cue: Token | None, content: tuple[int, int]) -> bool:
        return cue is not None and content[0] <= cue.idx < content[1]

    return inside(a.cue, b.content) or inside(b.cue, a.content)


def _to_quote(
    doc: Doc,
    att: Attribution,
    marks: list[Quoted],
    resolver: SpeakerResolver,
    previous: Quote | None,
    claims: list[tuple[int, tuple[int, int]]],
) -> Quote | None:
    text = doc_text(doc)
    if att.cue is not None and in_labelled_bracket(text, att.cue.idx):
        return None  # "(RELATED: Democratic Rep Promises To ...)": a link, not a statement
    start, end = strip(att.content, text)
    if start == 0 or text[start - 1] == "\n":  # "WASHINGTON ― X is close to ..., he said"
        start = end - len(without_dateline(text[start:end], start))
    end = _before_according_to(doc, start, end, marks)
    if att.cue is not None and att.cue.idx >= end:
        start, end = _past_label(text, start, end, marks)
    if end - start < 3 and not (_answered(att, start) or _quoted_word(start, end, marks, text)):
        return None
    kind = _kind(start, end, marks, text)
    if _not_quoting(att.cue, text[start:end], kind):
        return None  # "Mississippi bans most abortions" (PAC had 13 such): no words said
    source = att.source
    if source is not None and _bracketed(source, text) and editorial(source):
        after_cue = att.cue.idx + len(att.cue) if att.cue is not None else None
        if after_cue is not None and text[after_cue : after_cue + 20].lstrip()[:1] == ")":
            return None  # "(emphasis added)" (Vox, PAC): the writer's note, no one's words
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
            or (_speaking_subject(doc, start) if att.cue is None else None)
            or trailing_source(
                doc,
                end,
                marks,
                att.cue is None and _opens_sentence(text, start),
                {i for i, words in claims if not overlaps(words, (start, end))},
            )
        )
        if source is not None and in_heading(doc, source.start_char):
            source = None  # '“... some regret?” TRUMP CALLS ...': a heading speaks for no one
        speaker, key = resolver.resolve(source, (start, end), previous)
    cue = evidence_token(att.cue) if att.cue is not None else None
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


# Verbs that report words only when they quote them: a law that "bans “male or female
# impersonators who ...”" gives its own words, a state that "bans most abortions" none,
# and Twitter, which "banned Meghan Murphy for tweeting “...”", none of its own.
_QUOTING_ONLY = frozenset({"ban"})


def _not_quoting(cue: Token | None, words: str, kind: QuoteKind) -> bool:
    """A cue of ``_QUOTING_ONLY`` whose words are not its quotation."""
    if cue is None or cue.lemma_.lower() not in _QUOTING_ONLY:
        return False
    return kind != "direct" and words[:1] not in OPENING_MARKS


def _before_according_to(doc: Doc, start: int, end: int, marks: list[Quoted]) -> int:
    """The end of words given to a clause, before an "according to" phrase that closes them:
    "The White House later responded by claiming that Biden “mistakenly stated ... that he
    has cancer,” according to a reporter" (the Daily Wire, PAC) had the reporter inside the
    White House's words, so that the reporter's report of them was not seen as one. Only a
    phrase that ends the words: "At the heart of the trouble, according to Dennis B. Ross,
    was a decision ..." keeps it."""
    words = doc.char_span(start, end, alignment_mode="expand")
    for token in words or ():
        if token.lower_ != "according" or token.idx <= start or inside_marks(token.idx, marks):
            continue
        phrase_end = token.right_edge.idx + len(token.right_edge)
        if phrase_end >= end and token.right_edge.i > token.i + 1:
            return start + len(doc_text(doc)[start : token.idx].rstrip(" ,"))
    return end


def _past_label(text: str, start: int, end: int, marks: list[Quoted]) -> tuple[int, int]:
    """The start of words a cue after them is given, past the writer's label that leads
    into their quotation: in 'What she's saying: "The judicial branch, it's a force in our
    system, ...," Jackson said' (Axios, PAC) the label is no one's words, and the words
    quoted are whole. Only a short label, ended by a colon right before the opening mark."""
    first = next((q for q in marks if start < q.start < end), None)
    if first is None:
        return start, end
    label = text[start : first.start - 1].rstrip()
    if not label.endswith(":") or len(label.split()) > _LABEL_WORDS:
        return start, end
    return strip((first.start - 1, end), text)


_LABEL_WORDS = 6


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
    objects = prep_objects(prep)
    if len(objects) != 1 or prep.right_edge.i < span.end - 1:
        return start
    first = past_preposition(prep)
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
        if prep.dep_ != "prep" or prep.i != span.end or not prep_objects(prep):
            continue
        if prep.lower_ == "as" or (prep.lower_ == "for" and cue.lemma_.lower() in _BLAME_VERBS):
            return extent([prep])[1]
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
    if cue.lower_ == "according" or as_put_it(cue):
        return True
    if lemma in _ISSUING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in cue.children
    ):
        return True  # "Kamala Harris released an angry statement that ...": her words
    return lemma in SPEECH_VERBS and lemma not in ATTITUDE_VERBS


# Verbs that put out words a noun names ("released a statement", "issued a warning").
_ISSUING = frozenset({"release", "issue", "publish", "post", "send", "deliver", "make"})


def _kind(start: int, end: int, marks: list[Quoted], text: str) -> QuoteKind:
    quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in marks)
    if quoted == 0:
        return "indirect"
    plain = text[start:end]
    outside = len(plain.strip(EDGE_PUNCT)) - quoted
    return "direct" if outside <= 3 else "partial"


def _medium(verb: Token) -> str | None:
    """ "on Telegram", "in a video posted on her Instagram account", "on social media"."""
    heads = [verb, *(c for c in verb.children if c.dep_ in SUBJECT_DEPS)]
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
    return right_edge_without(token, _what_was_said)


def _what_was_said(child: Token) -> bool:
    return child.dep_ in {"relcl", "ccomp", "punct"} or (
        child.dep_ == "acl" and any(t.lower_ == "that" or t.is_quote for t in child.subtree)
    )


def _quoted_words(
    source: Span, content: tuple[int, int], marks: list[Quoted], cue: Token | None
) -> bool:
    """The source lies inside the very quotation it would be the speaker of, or inside a title
    quoted after its cue ("..., Flynn said on “Fox and Friends”": the parse took the show)."""
    after_cue = cue is not None and source.start_char > cue.idx
    # a pronoun of the quoted words as the subject of a verb outside them: '"I guarantee you,
    # ..." – and asked whether ...' (Fox Business, PAC) was asked by "I"
    pronoun = source.root.lower_ in {"i", "we", "you"}
    outside = pronoun and cue is not None and not inside_marks(cue.idx, marks)
    return any(
        q.start <= source.start_char < q.end
        and (after_cue or outside or overlaps((q.start, q.end), content))
        for q in marks
    )


def doc_marks(doc: Doc) -> list[Quoted]:
    """The doc's quoted spans, found once for the quotes and terms components."""
    marks = doc.user_data.get(_MARKS_KEY)
    if marks is None:
        marks = doc.user_data[_MARKS_KEY] = quoted_spans(doc_text(doc))
    return list(marks)


_MARKS_KEY = "newsprism.quoted"
