"""Quotations with no cue of their own: a name signing them, a byline, a cue the parser
split off, and quoted titles that are no one's words."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsprism.understand.doctext import doc_text
from newsprism.understand.lexicon import (
    SPEECH_VERBS,
)
from newsprism.understand.quotemarks import Quoted
from newsprism.understand.quotes.attribution import (
    SUBJECT_DEPS,
    Attribution,
    can_speak,
    has_subject,
    inside_marks,
    is_animate,
    noun_phrase,
    overlaps,
    without_edge_punct,
)


def orphan_quotes(doc: Doc, marks: list[Quoted], found: list[Attribution]) -> list[Attribution]:
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
        if len(words) >= 3 and not titled and not _labels_a_stance(text, q.end):
            out.append(Attribution((q.start, q.end), None, None))
    return out


def listed_first(found: list[Attribution], marks: list[Quoted], text: str) -> list[Attribution]:
    """ "Sen. John Thune wrote of IRS “bureaucratic red tape,” “mismanagement of agency
    data,” ...": the parse may hang a list of quotations on the cue in two pieces, its
    first item left to the discourse (PAC gave it to Rick Scott, quoted before). A quotation
    no cue claimed that stands between a cue and the words that cue took, with only
    punctuation between, is the start of those words, when they are quoted too (not "...,"
    Axios reported", a parse that took the outlet as what was cited)."""
    orphans = [a for a in found if a.cue is None and a.source is None and not a.unsourced]
    taken: set[int] = set()
    out = []
    for att in found:
        at = att.cue.idx if att.cue is not None and att.source is not None else None
        if at is not None and any(q.start - 1 <= att.content[0] < q.end for q in marks):
            first = next(  # the words the cue took start at a quotation mark
                (
                    o
                    for o in orphans
                    if at < o.content[0]
                    and o.content[1] <= att.content[0]
                    and not text[o.content[1] : att.content[0]].strip(_MARKS + ",;")
                ),
                None,
            )
            if first is not None:
                taken.add(id(first))
                att = replace(att, content=(first.content[0], att.content[1]))
        out.append(att)
    return [a for a in out if id(a) not in taken]


_NAMING = frozenset({"call", "brand", "label", "dub", "nickname"})


def only_a_title(att: Attribution, marks: list[Quoted], text: str) -> bool:
    """What a verb took as said is a quoted name and nothing else: Gov. Tate Reeves "signed
    the “Regulate Experimental Adolescent Procedures (REAP) Act”" (LGBTQ Nation, PAC) had
    been a partial quotation of his. The name is a title in title case, governed as the
    orphans' titles are. Not a name someone gives ("called Mrs. Schlafly an ''Aunt Tom''",
    McConnell "branded" a bill the “Democrat Politician Protection Act”): that is what was
    said."""
    cue = att.cue
    if cue is not None and cue.lemma_.lower() in _NAMING and has_subject(cue):
        return False
    start, end = att.content
    said = text[start:end].strip(_MARKS).lower()
    for q in marks:
        if not (q.start >= start - 1 and q.end <= end + 1):
            continue
        body = text[q.start : q.end].strip(_MARKS)
        lead = text[start : max(start, q.start)].strip(_MARKS).lower()
        whole = lead in {"", "the", "a", "an"} and said.endswith(body.lower())
        if whole and _is_title(body.split()):
            return _governed(text, q.start)
    return False


_MARKS = " \"'“”‘’"


def _takes_as_its_words(att: Attribution, mark: Quoted) -> bool:
    """``att`` holds the quoted passage ``mark`` as what was said; a view nobody is named
    for that starts before it only reaches it."""
    if not overlaps((mark.start, mark.end), att.content):
        return False
    return not (att.unsourced and att.content[0] < mark.start)


# Words a title leaves in lower case ("Face the Nation", "State of the Union").
_TITLE_SMALL = frozenset("a an and as at by for from in of on or the to vs with".split())


# What governs a quoted name: 'an episode of "...", 'on "...", 'a reference to "...",
# 'CNN's "...", 'Fox News' "...", '"X" and "Y"',
# an article ('an "America's Next Top Model" challenge'),
# a noun for a work ('his book "The Art of the Deal"'), a naming verb ('a memo titled', 'The
# photo is captioned "Hard Luck Woman."': PAC, where the caption went to "Multiple media
# outlets"), or
# one that starts an operation or a campaign ('launched "Operation Jump Start,"' (PAC):
# an orphan quotation that discourse gave to "such troops"), or a participle naming the noun
# before it ('The regulation, called “The Protect Life Rule,” shores up ...' (PAC) had gone
# to the last speaker).
_GOVERNOR = re.compile(
    r"(?:\b(?:a|an|the|of|on|in|at|to|from|for|with|and|or|book|memoir|novel|film|movie"
    r"|documentary|show|program|programme|series|song|album|column|essay|op-ed|podcast|classic"
    r"|anthem|play|musical|sitcom|concert|PAC|titled|entitled|nicknamed|dubbed|named"
    r"|captioned|headlined|subtitled|labell?ed"
    r"|code-?named|launched|launching|launches|launch)"
    r"|['’]s|s['’]|,\s*called)\W*$",
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
    r"|banners?|stickers?|tour|wave|coalition|movie|series|show|podcast|campaign|slogan"
    r"|anchors?|hosts?|co-hosts?|correspondents?|newsletters?|columns?|episodes?|segments?"
    r"|programs?|programmes?|albums?|books?|songs?|films?|documentar(?:y|ies))\b",
    re.IGNORECASE,
)


# Nouns a quoted slogan, in any case, can name as a modifier: 'the "defund the police"
# mantra of the left' (USA TODAY, PAC) is the left's slogan, no quotation of the Biden
# quoted just before, to whom the discourse had given it.
_STANCE_LABELLED = re.compile(
    r"[\"”’']{0,2}\s*(?:mantra|slogan|movement|rhetoric|agenda|crowd|camp|wing|chant|narrative"
    r"|messaging|crusade|brigade)s?\b",
    re.IGNORECASE,
)


def _labels_a_stance(text: str, end: int) -> bool:
    """A slogan, a movement or a camp the quoted words name stands right after them."""
    return _right_after(_STANCE_LABELLED, text, end)


def _names_a_thing(text: str, end: int) -> bool:
    """A noun the quoted title names stands right after the passage ending at ``end``."""
    return _right_after(_NAMED_THING, text, end)


def _right_after(nouns: re.Pattern[str], text: str, end: int) -> bool:
    """One of ``nouns`` stands right after the passage ending at ``end``."""
    return nouns.match(text, end, min(len(text), end + 20)) is not None


def _governed(text: str, start: int) -> bool:
    """A preposition, a possessive or a coordinating "and/or" stands right before the
    opening mark of the passage starting at ``start``."""
    return _GOVERNOR.search(text, max(0, start - 12), start) is not None


def _takes_its_own(verb: Token) -> bool:
    """A verb with a clause or a thing after it as what it says ("called it “hypocritical”",
    "said that ..."), not only a person it tells ("told reporters")."""
    return any(
        c.i > verb.i
        and (c.dep_ in {"ccomp", "xcomp", "oprd"} or (c.dep_ == "dobj" and not is_animate(c)))
        for c in verb.children
    )


def trailing_source(
    doc: Doc,
    end: int,
    marks: list[Quoted],
    alone: bool,
    elsewhere: set[int] | frozenset[int] = frozenset(),
) -> Span | None:
    """The speaker of a speech verb right after the quote, on the same line, that the parser
    put in a sentence of its own ("... in our country?" Clinton said. / said Robert McAtee).
    ``alone``: the quotation has no cue of its own and opens its sentence. ``elsewhere``:
    the verbs (token indices) that took other words, which are their own statements:
    '“Everything that they're saying against him is a lie.” Republican Indiana Attorney
    General Todd Rokita called for an investigation ...' (the Daily Caller, PAC) had given
    the victim's mother's words to Rokita."""
    text = doc_text(doc)
    window = doc.char_span(end, min(len(text), end + 200), alignment_mode="expand")
    first = next((t for t in window or () if not t.is_punct and not t.is_space), None)
    if first is None or first.idx < end or "\n" in text[end : first.idx]:
        return None
    # '“... to run again?” Muir pressed Biden.': after a question, verbs of pressing ask it
    asked = "?" in text[max(0, end - 2) : end + 2]  # the mark is at the words' end
    for token in doc[first.i : first.i + 16]:
        if "\n" in token.text or token.is_quote:
            return None
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in SPEECH_VERBS or (asked and lemma in _PRESSING)):
            if token.dep_ == "relcl":
                continue  # "Alexander, who hasn't indicated how he will vote, said ..."
            if token.i in elsewhere:
                return None
            if _full_stop(text, end) and _takes_its_own(token):
                # '"..., an art form he wants to restrict." One Nashville drag performer
                # called it "hypocritical," telling NBC News, ...' (Fox, PAC): a headline
                # the sentence before ended is no word of the performer's
                return None
            if _withheld(token):
                return None  # the words before are the discourse's, whoever said them
            subjects = [
                c
                for c in token.children
                if c.dep_ in SUBJECT_DEPS and c.i >= first.i and not inside_marks(c.idx, marks)
            ]
            if alone and _own_statement(token, subjects, marks):
                return None
            if alone and _full_stop(text, end) and _leads_into_quotation(token, marks):
                return None
            # past eight words, only when all of them are the subject's ("Representative
            # Kevin McCarthy of California, the Republican leader, asked")
            if token.i - first.i >= 8 and not (subjects and subjects[0].left_edge.i == first.i):
                return None
            if subjects:
                return noun_phrase(subjects[0]) if can_speak(subjects[0]) else None
            # a misparse left the verb without a subject: the name before it still speaks
            # ("Tulsa police Chief Chuck Jordan said"), not a phrase that only holds a name
            # ("during his time as a Marine, echoed")
            named = without_edge_punct(doc[first.i : token.i])
            # nor a clause of its own: '“How dare you ...” Ms. Schaaf has defended her
            # actions, saying ...' (Washington Times, PAC) had a speaker "Ms. Schaaf has
            # defended her actions" for the attorney general's words (a verb the parse made
            # of a word before the name, "Tulsa police Chief Chuck Jordan said", is no clause)
            named_at = min((t.i for t in named if t.ent_type_ in {"PERSON", "ORG"}), default=None)
            clause = any(
                t.pos_ == "ADP"
                or (t.pos_ in {"VERB", "AUX"} and named_at is not None and t.i > named_at)
                for t in named
            )
            return named if named_at is not None and not clause else None
    return None


_PRESSING = frozenset({"press", "quiz", "grill", "probe", "prod", "challenge"})


def _full_stop(text: str, end: int) -> bool:
    """The quotation ends its own sentence with a full stop ('... carjacking."'), not with
    the comma that ties a quotation to the cue after it."""
    tail = text[max(0, end - 2) : end + 2].replace(" ", "")
    return "." in tail and "," not in tail


def _leads_into_quotation(verb: Token, marks: list[Quoted]) -> bool:
    """A sentence with a verb of saying, after a quotation that ended in a full stop, that
    is itself followed by a quotation: it introduces what follows. '"... lowering penalties
    for carjacking." Rep. Alexandria Ocasio-Cortez, D-N.Y., criticized Biden's move in a
    tweet. "This ain't it ..."' (PAC, whose articles lost their paragraph breaks): the words
    before were the press secretary's, named before them; so were a teacher's before
    "Rodriguez responded later in the meeting. “Ms. Barbee chose ...,” Rodriguez said". So
    is a quotation after the verb in its own sentence, brought in by a comma or a colon:
    '"... the last administration." And President Trump tweeted on Wednesday, "It just
    shows ..."' (Townhall, PAC) had given the press secretary's words to Trump."""
    doc = verb.doc
    after = next((t for t in doc[verb.sent.end :] if not t.is_space), None)
    if after is not None and after.is_quote and any(q.start == after.idx + 1 for q in marks):
        return True
    text = doc_text(doc)
    return any(
        verb.idx < q.start < verb.sent.end_char
        and text[max(0, q.start - 20) : q.start - 1].rstrip()[-1:] in {",", ":"}
        for q in marks
    )


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
        and not inside_marks(c.idx, marks)
        and (
            # "there are" has a subject too ("“...” The CDC has said there are at least
            # 102 reported cases": HuffPost, PAC, had given Obama's words to the CDC)
            (c.dep_ == "ccomp" and (has_subject(c) or any(g.dep_ == "expl" for g in c.children)))
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
    if is_animate(obj):
        return False
    return any(
        c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "as")
        for c in [*verb.children, *obj.children]
        if c.i > obj.i
    )
