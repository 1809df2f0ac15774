"""Which tokens are cues: speech verbs, the learned cue model, and idioms ("as X put
it", "went on", "issued this statement:")."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.understand.cues import (
    is_learned_cue,
)
from newsprism.understand.lexicon import (
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from newsprism.understand.quotes.attribution import (
    can_speak,
    clauses_after,
    has_subject,
    is_animate,
)
from newsprism.understand.quotes.contents import seen_as, side_object, spoken_of


def is_cue(token: Token) -> bool:
    if token.pos_ not in {"VERB", "AUX"} or _recalls_someone(token):
        return False
    return (
        token.lemma_.lower() in SPEECH_VERBS
        or _said_as_auxiliary(token)
        or is_learned_cue(token)
        or as_put_it(token)
        or _goes_on(token)
        or bool(side_object(token))
        or bool(spoken_of(token))
        or bool(seen_as(token))
        or _minds(token)
        or announces(token)
    )


def _recalls_someone(verb: Token) -> bool:
    """ "Voters recalled District Attorney Chesa Boudin": a recall of a person removes or
    remembers them; only "recalled that ..." or a recalled remark reports words. Not the
    speaker of "“...,” recalled Mr. Rhodes", whom the parse makes an object too."""
    if verb.lemma_.lower() != "recall" or not has_subject(verb):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)


# Verbs of wanting, knowing and intending: the subject's mind, a view PolNeAR marks, when a
# clause says what ("they want to work at JPMorgan Chase", "he knew his drinking presented
# a danger"). The cue model rates many of them below its threshold in context.
_MIND_VERBS = frozenset("want know intend hope prefer fear".split())


def _minds(verb: Token) -> bool:
    """A verb of the mind with a subject of its own that can hold a view and a clause after it."""
    if verb.lemma_.lower() not in _MIND_VERBS or not clauses_after(verb):
        return False
    return any(c.dep_ == "nsubj" and can_speak(c) for c in verb.children)


def announces(verb: Token) -> bool:
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
    it ("went on to win", "went on a tour", "went on for hours") it is no cue, nor with a
    subject that cannot speak ("the committee's work would go on, he signaled")."""
    if token.lemma_.lower() != "go":
        return False
    if any(
        c.dep_ in {"nsubj", "nsubjpass"} and (not can_speak(c) or _thing(c)) for c in token.children
    ):
        return False
    deps = {c.dep_ for c in token.children}
    return any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children) and not (
        deps & {"dobj", "xcomp", "prep", "advcl", "npadvmod", "pobj"}
    )


def _thing(noun: Token) -> bool:
    """A common noun for no one who speaks ("work", "the war"), unlike "the spokesman"."""
    return noun.pos_ == "NOUN" and not is_animate(noun)


def as_put_it(token: Token) -> bool:
    """The idiom "as X put it, ..." introduces X's words."""
    if token.lemma_.lower() != "put":
        return False
    objects = {c.lower_ for c in token.children if c.dep_ == "dobj"}
    return objects == {"it"} and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
