"""Which verbs introduce attributed content: a logistic regression learned from PolNeAR's
training split (``newsprism train cues``), shipped as ``data/cues.json``.

Every verb of the training texts is one example: positive when annotators marked it as an
attribution cue. Its features are the lemma and construction (a clausal complement, an
infinitival one, a direct object, or none), the kind of its subject and object (a person, an
organisation, a pronoun, a role noun ...), its prepositions ("spoke *of*"), the complementiser
("*that*", "*whether*"), negation, and the verb it hangs from ("tries to *draw*"). The model
is plain weights per feature (no pickle), summed at run time.

It replaced a count model (a lemma and construction became a cue when it was one in a share of
its training occurrences). On held-out *training* texts (fit on texts 1-700, scored on
701-840), at the same recall of cue tokens (0.82) the regression's precision is 0.71 against
the count model's 0.57: context tells "released a statement" from "released a soldier", and
an unseen verb with "that" and a person as subject is still scored. The two thresholds were
chosen on the same held-out texts by running the whole quote finder (docs/quality.md's quotes
section has the grid). The hand lexicon in ``lexicon.SPEECH_VERBS`` still applies; the model
adds the long tail of PolNeAR's broad notion of attribution (beliefs, intentions, findings,
criticism: "wants", "found", "attacked").
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from newsprism.understand.lexicon import HUMAN_NOUNS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS

DATA = Path(__file__).parent / "data" / "cues.json"
Pattern = str  # "ccomp" | "xcomp" | "dobj" | "none"
# Dependants that say nothing about whether a verb reports someone's words.
_BACKGROUND_DEPS = {"punct", "aux", "auxpass", "advmod", "cc", "conj"}
_COMPLEMENTISERS = {"that", "whether", "if", "to"}


def pattern(verb: Token) -> Pattern:
    deps = {c.dep_ for c in verb.children}
    for dep in ("ccomp", "xcomp", "dobj"):
        if dep in deps:
            return dep
    return "none"


# Verbs after which "X to do" makes X the doer ("urged the army to free", "wants Israel to
# negotiate"). After any other verb, "X to do" is the verb's object and a purpose infinitive
# whose doer is the verb's own subject ("bypassed the council to sign the deal": the one who
# bypassed signs), though the parser labels both alike.
OBJECT_CONTROL = frozenset(
    "ask urge tell order force persuade allow permit enable invite encourage expect want need "
    "require press push pressure pressurize pressurise get lead cause help instruct direct "
    "advise warn convince compel authorize authorise prompt beg implore challenge dare oblige "
    "empower prefer like hate leave trust remind teach train appoint elect choose select "
    "nominate hire pay send mandate summon".split()
)


# Verbs that say how hard or whether something was done, or what someone has, and never
# whose words or thoughts follow: "struggled to win over donors", "had to wait", "turned her
# attention", "passed laws". And verbs of phase with an object or an infinitive ("began to
# treat Mr. Sanders as ...", "started work"), unless a speech verb follows ("began calling
# for ..."); alone they may close a quotation ("..., Hannity started."). The model scored
# them as cues from their constructions (a person as subject, an infinitive or an object);
# on PolNeAR training texts 1-840 most quotations they brought in overlapped no annotation
# (docs/quality.md, revision 131). "Emboldened X to dismantle" gives courage, not words
# (the Federalist, PAC, had quoted Biden saying "extremist").
NEVER_CUES = frozenset("have turn struggle receive pass distance embolden".split())
PHASE_VERBS = frozenset("begin start keep stop".split())


def _not_a_cue(verb: Token) -> bool:
    """Whether ``verb`` is one of the verbs above, used as they never report anyone."""
    lemma = verb.lemma_.lower()
    if lemma in NEVER_CUES:
        return True
    if lemma not in PHASE_VERBS:
        return False
    done = [c for c in verb.children if c.dep_ in {"dobj", "xcomp"}]
    return bool(done) and not any(c.lemma_.lower() in SPEECH_VERBS for c in done)


def is_to_infinitive(verb: Token) -> bool:
    """ "to negotiate": the verb carries "to" as its auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_candidate(token: Token) -> bool:
    """A verb that could be a cue; auxiliaries belong to the verb they help."""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}


def features(verb: Token) -> list[str]:
    """What the model reads of a verb: its word, construction and arguments."""
    lemma, pat = verb.lemma_.lower(), pattern(verb)
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    who = _kind(subject)
    passive = "|pass" if subject is not None and subject.dep_ == "nsubjpass" else ""
    out = [
        f"L={lemma}",
        f"P={pat}",
        f"LP={lemma}|{pat}",
        f"D={verb.dep_}",
        f"T={verb.tag_}",
        f"S={who}{passive}",
        f"LS={lemma}|{who}",
    ]
    for child in children:
        if child.dep_ == "agent":
            out.append("AG")
        elif child.dep_ == "neg":
            out.append("NEG")
        elif child.dep_ == "dobj":
            what = _kind(child)
            out += [f"O={what}", f"LO={lemma}|{what}"]
        if child.dep_ in {"prep", "agent"} and child.i > verb.i:
            out += [f"PR={child.lower_}", f"LPR={lemma}|{child.lower_}"]
        if child.dep_ in {"ccomp", "xcomp"}:
            marks = [g.lower_ for g in child.children if g.dep_ in {"mark", "aux"}]
            out.append("M=" + next((m for m in marks if m in _COMPLEMENTISERS), "-"))
            wh = any(g.tag_ in {"WDT", "WP", "WRB"} for g in child.children)
            out.append("CW=" + ("wh" if wh else "-"))
    if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp"}:
        out.append(f"H={verb.head.lemma_.lower()}|{verb.dep_}")
    kept = sorted({c.dep_ for c in children if c.dep_ not in _BACKGROUND_DEPS})
    out.append("CH=" + "+".join(kept))
    return out


def _kind(token: Token | None) -> str:
    """A coarse class of an argument: an entity type, a pronoun, a human noun, a wh-word."""
    if token is None:
        return "none"
    if token.ent_type_:
        return token.ent_type_
    if token.lower_ in PRONOUNS:
        return "PRON"
    if token.lemma_.lower() in ROLE_NOUNS or token.lemma_.lower() in HUMAN_NOUNS:
        return "HUMAN"
    if token.tag_ in {"WDT", "WP"}:
        return "WH"
    return token.pos_


@cache
def _model() -> dict[str, Any]:
    if not DATA.exists():
        return {"bias": -math.inf, "weights": {}, "threshold": 1.0, "object_threshold": 1.0}
    return dict(json.loads(DATA.read_text(encoding="utf-8")))


def probability(verb: Token) -> float:
    """The model's probability that ``verb`` introduces attributed content."""
    model = _model()
    weights = model["weights"]
    score = model["bias"] + sum(weights.get(f, 0.0) for f in features(verb))
    return 1.0 / (1.0 + math.exp(-score)) if score > -700 else 0.0


def learned_weight(verb: Token, preposition: str) -> float:
    """What the model learned of ``verb`` with ``preposition`` after it (0 if never seen):
    positive for "cast her *as*", negative for "released him *as* a gesture"."""
    return float(_model()["weights"].get(f"LPR={verb.lemma_.lower()}|{preposition}", 0.0))


def is_learned_cue(verb: Token) -> bool:
    """A verb with an object or nothing ("released a soldier") is less often an attribution
    than one with a clause, even when annotators marked it so ("released a statement"): it
    must reach the higher threshold. Verbs of effort, possession and phase are not."""
    if _not_a_cue(verb):
        return False
    model = _model()
    clausal = pattern(verb) in {"ccomp", "xcomp"}
    threshold = model["threshold"] if clausal else model["object_threshold"]
    return is_candidate(verb) and probability(verb) >= threshold


def train(
    folder: Path,
    out: Path = DATA,
    threshold: float = 0.25,
    object_threshold: float = 0.3,
    regularisation: float = 1.0,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Fit the cue model on ``folder`` (PolNeAR layout: ``text/*.txt``, ``attributions/*.ann``).

    Texts are read by the analysis pipeline up to its entity fixes, so the features are those
    the quote finder will see."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = sorted((folder / "text").glob("*.txt"))[:limit]
    rows, labels = examples(texts, folder / "attributions", progress)
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(rows)
    fit = LogisticRegression(C=regularisation, max_iter=3000).fit(matrix, labels)
    names = vectoriser.get_feature_names_out()
    weights = {
        str(name): round(float(w), 4)
        for name, w in zip(names, fit.coef_[0], strict=True)
        if abs(w) >= 0.005  # smaller weights move no decision; they only bloat the file
    }
    counts = {"documents": len(texts), "examples": len(labels), "cues": int(sum(labels))}
    model = {
        "source": f"PolNeAR {folder.name} split",
        **counts,
        "regularisation": regularisation,
        "threshold": threshold,
        "object_threshold": object_threshold,
        "bias": round(float(fit.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }
    out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    _model.cache_clear()
    return {**counts, "features": len(weights), "written": str(out)}


def examples(
    texts: list[Path], annotations: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[list[dict[str, int]], list[int]]:
    """One row of features per candidate verb, labelled by whether annotators marked it."""
    from newsprism.evaluate.brat import read_annotations
    from newsprism.understand.model import COMPONENTS, load_pipeline

    nlp = load_pipeline()
    later = [c for c in COMPONENTS if c != "newsprism_entities"]
    rows: list[dict[str, int]] = []
    labels: list[int] = []
    with nlp.select_pipes(disable=later):
        docs = nlp.pipe((t.read_text(encoding="utf-8") for t in texts), batch_size=32)
        for done, (path, doc) in enumerate(zip(texts, docs, strict=True), 1):
            if progress is not None:
                progress(done, len(texts))
            cue_chars = read_annotations(annotations, path.stem).offsets("Cue")
            for token in filter(is_candidate, doc):
                rows.append(dict.fromkeys(features(token), 1))
                labels.append(int(token.idx in cue_chars))
    return rows, labels
