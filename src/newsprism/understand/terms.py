"""Wording: the descriptions an article gives its actors and its modified noun phrases.

Framing is read from these. Three kinds of term are kept:
- a *descriptor* says what an actor is, in this outlet's words: the words written before a
  name ("veteran striker Lena Holm"), an apposition ("the 34-year-old striker, Lena Holm"),
  a nominal mention already linked to the actor ("the beleaguered chancellor"), and a later
  noun phrase whose head noun is a descriptor head of exactly one actor of the article
  ("a Swedish-born striker" once "striker" has described only Holm);
- a *phrase* is any other noun phrase whose common-noun head has a modifier ("budget
  reform plans", "the ruling junta"): what an outlet calls a thing;
- an *evaluative* word is an adjective or adverb with a sentiment valence ("horrific",
  "cruelly"). Only these parts of speech pass judgement on what they qualify: the nouns
  and verbs of the sentiment lexicon are mostly what news is about ("prisoner", "agreement",
  "killed", "rejected"), so framing reads valence from these terms, not from every word.
Each term records whether it lies inside quoted words, because the words of a quoted speaker
are not the outlet's own wording.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newsprism.textutil import DASHES
from newsprism.understand.headings import in_heading
from newsprism.understand.lexicon import PLACE_LABELS
from newsprism.understand.quotes import doc_marks
from newsprism.understand.quotes.attribution import ANIMATE_NOUNS, one_member
from newsprism.understand.records import Actor, Term
from newsprism.understand.records import Span as Evidence
from newsprism.understand.tone import valence

_MODIFIERS = {"amod", "compound", "nmod", "npadvmod", "nummod", "quantmod", "poss"}
_SKIP_HEADS = {"time", "way", "thing", "part", "lot", "number", "kind", "sort", "year", "day"}
# Nouns that only say a person is one, unless a word before them says more ("a 21-year-old
# man", "the embattled man").
_SOMEONE = frozenset({"man", "woman", "person", "individual", "guy", "people"})
# "southern Israel" says where, not how an outlet sees Israel.
_PART_OF_A_PLACE = frozenset(
    "northern southern eastern western central north south east west northeastern "
    "northwestern southeastern southwestern northeast northwest southeast southwest upper "
    "lower greater inner outer downtown rural coastal".split()
)
# What a clause-level apposition names, which the parse hangs on the nearest name:
# "critics of President Trump, a significant breakthrough in a case ...".
_ABOUT_AN_EVENT = frozenset(
    "move step blow setback breakthrough victory win loss defeat development sign signal "
    "shift turn twist reversal milestone rarity coincidence irony echo reminder rebuke snub "
    "departure similarity".split()
)
# Not "-ity": "a reality TV celebrity" describes a person.
_ABSTRACT_ENDINGS = ("ness", "ment", "tion", "sion", "ance", "ence", "ism")


def _can_be_a_person(root: Token) -> bool:
    """A noun that can describe one person: not a plural ("packages"), not a state of things
    ("a similarity shared with everyone"), not what a clause did ("a breakthrough")."""
    lemma = root.lemma_.lower()
    if root.tag_ in {"NNS", "NNPS"} or lemma in _ABOUT_AN_EVENT or lemma in _COLLECTIVE:
        return False
    return not lemma.endswith(_ABSTRACT_ENDINGS)


# Nouns for a body of people, never one person: "Jared Margolis of the Center for Biological
# Diversity, another US-based group" (Al Jazeera, PAC) had made him a group.
_COLLECTIVE = frozenset(
    "group organization organisation coalition company firm agency network association union"
    " party committee team outlet newspaper institute center centre foundation".split()
)


# "former Brennan" alone says when, not what (a "former director" still describes him).
_WHEN_TITLES = frozenset("former current late onetime previous future incoming outgoing".split())
# "many Democrats", "fellow Republicans" say how many or which, not what they are.
_HOW_MANY = frozenset(
    "many few several most some more other others all both each every various numerous "
    "certain fellow such same own only entire whole remaining additional single enough fewer"
    " less multiple top senior leading".split()
)  # "enough": "there were not enough Democrats to constitute the quorum" (Mother Jones, PAC);
# "Multiple Republican senators", "Top Democrats", "senior Republicans" (PAC) say which of
# them, by number or rank, not what they are
_NOT_DESCRIPTIONS = _PART_OF_A_PLACE | _HOW_MANY
# Words that pick out a part of a people or a party by who they are.
_WHICH_PART = frozenset(
    "black white brown young younger old older elderly rural urban suburban female male"
    " poor wealthy rich middle-class working-class low-income college-educated".split()
)
# Nouns about language: "the words ‘Radical Islam’" names no description of Islam.
_METALINGUISTIC = {"word", "term", "phrase", "label", "name", "expression"}


def find_terms(doc: Doc, actors: list[Actor]) -> list[Term]:
    owner = _mention_owner(doc, actors)
    # Only words inside quotation marks are the speaker's; a partial quote's content also
    # holds the outlet's paraphrase around them.
    quoted = [(m.start, m.end) for m in doc_marks(doc)]
    terms: list[Term] = []
    descriptor_heads: dict[str, set[str]] = {}
    pending: list[Span] = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ == "PROPN":
            # "the top Republican on Ways and Means" is one member, and "top" no word for the
            # party (Politico, PAC: Republicans were "top")
            key = owner.get(root.idx) if not one_member(root) else None
            words = _premodifiers(chunk, root)
            # The small tagger often calls a role noun before a name an adjective
            # ("veteran Lena Holm"), so the head is the last plain word either way.
            plain = [
                w
                for w in words
                if w.pos_ in {"NOUN", "ADJ"}
                and not w.ent_type_
                and w.lower_ not in _NOT_DESCRIPTIONS
            ]
            if key and key.startswith("NORP:"):
                # "black Americans", "older Republicans": a part of the group, not a word
                # for it (the Washington Post, PAC, had called Americans "white")
                plain = [w for w in plain if w.lower_ not in _WHICH_PART]
            if words and words[-1].tag_ == "VBG" and root.dep_ == "dobj":
                plain = []  # "Twitter has started fact-checking Trump": he is its object
            # "former" alone says when, also beside a place ("Former U.S. President": Newsweek)
            if key and plain and not (len(plain) == 1 and plain[0].lower_ in _WHEN_TITLES):
                span = doc[words[0].i : words[-1].i + 1]
                head = plain[-1]
                terms.append(_term(span, head, "descriptor", key, quoted))
                descriptor_heads.setdefault(head.lemma_.lower(), set()).add(key)
            continue
        if root.pos_ != "NOUN" or root.lemma_.lower() in _SKIP_HEADS:
            continue
        if root.ent_type_ or _end_of_a_name(root):
            continue  # a name the tagger calls a noun ("Reuters"): not a description
        # The root must be the mention ("the beleaguered chancellor"); an owner before it
        # ("Holm's transfer", "EU-led talks") makes a phrase about something else.
        key = owner.get(root.idx) or _apposed(root, owner)
        span = _trimmed(chunk)
        if key and key.startswith("PERSON:") and not _can_be_a_person(root):
            key = None  # "more than 10 packages ... Maxine Waters": a plural is not one person
        if key and root.lemma_.lower() in _SOMEONE and not _modified(root):
            # "Mitch McConnell, the man in line to ..." (CNN, PAC): a man says nothing of him
            key = None
        if key and root.lemma_.lower() in _ABOUT_AN_EVENT:
            # nor is what a clause did anyone's name: "tapping the Strategic Petroleum
            # Reserve, a move that comes weeks before the midterms" (AP, PAC)
            key = None
        if key and root.lemma_.lower() not in _METALINGUISTIC:
            terms.append(_term(span, root, "descriptor", key, quoted))
            descriptor_heads.setdefault(root.lemma_.lower(), set()).add(key)
        elif any(c.dep_ in _MODIFIERS - {"poss", "nummod"} for c in root.children):
            pending.append(span)
    labels = {a.key: a.label for a in actors}
    named = _named_in_order(owner, labels)
    for span in pending:
        owners = descriptor_heads.get(span.root.lemma_.lower(), set())
        key = next(iter(owners)) if len(owners) == 1 else None
        if key is not None and _describes(span, key, labels, owner, named):
            terms.append(_term(span, span.root, "descriptor", key, quoted))
        else:
            terms.append(_term(span, span.root, "phrase", None, quoted))
    terms += _evaluative(doc, quoted)
    # a heading's words are another story's
    return sorted(
        (t for t in terms if not in_heading(doc, t.span.start)), key=lambda t: t.span.start
    )


def _modified(noun: Token) -> bool:
    return any(
        c.dep_ in {"amod", "compound", "nummod", "nmod"} and c.i < noun.i for c in noun.children
    )


def _named_in_order(
    owner: dict[int, str], labels: dict[str, str]
) -> dict[str, tuple[list[int], list[str]]]:
    """For places and for people, the offsets of their mentions' words in order and whose
    they are, to find the last one named before a phrase by bisection."""
    out: dict[str, tuple[list[int], list[str]]] = {"place": ([], []), "PERSON": ([], [])}
    for at in sorted(owner):
        label = labels.get(owner[at])
        kind = "place" if label in PLACE_LABELS else label
        if kind in out:
            out[kind][0].append(at)
            out[kind][1].append(owner[at])
    return out


def _describes(
    span: Span,
    key: str,
    labels: dict[str, str],
    owner: dict[int, str],
    named: dict[str, tuple[list[int], list[str]]],
) -> bool:
    """Whether a noun phrase whose head described one actor describes it here too. Not when
    another actor's name modifies it ("YMCA staff" is the YMCA's, whoever "staff" described
    before), nor a plural for one person or place, nor a place or a person after another
    was named: "Kentucky, often an early-reporting state" made "the centrist state" and "a
    Republican state" Kentucky's, said of North Carolina and Georgia (Newsmax, PAC), and
    "President Joe Biden" made "the former president" Biden, said of Trump (Vox, PAC)."""
    if any(owner.get(t.idx, key) != key for t in span if t.i != span.root.i):
        return False
    label = labels[key]
    # nor a plural for one person or place ("team managers" is not Mike Doyle, "several
    # states" not Texas, New York Post in PAC)
    if label in {"PERSON", "GPE", "LOC"} and span.root.tag_ in {"NNS", "NNPS"}:
        return False
    kind = "place" if label in PLACE_LABELS else label
    if kind not in named:
        return True
    root = span.root
    if any(
        owner.get(g.idx) == key
        for p in root.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
    ):
        return True  # "the Canadian province of Alberta" (Al Jazeera, PAC) names it
    offsets, keys = named[kind]
    before = bisect_left(offsets, span.start_char)
    return before == 0 or keys[before - 1] == key


_EVALUATIVE_POS = {"ADJ", "ADV"}


def _evaluative(doc: Doc, quoted: list[tuple[int, int]]) -> list[Term]:
    out = []
    for token in doc:
        if token.pos_ in _EVALUATIVE_POS and valence(token.lower_) and not _names_a_thing(token):
            out.append(_term(doc[token.i : token.i + 1], token, "evaluative", None, quoted))
    return out


def _names_a_thing(token: Token) -> bool:
    """The first part of a hyphenated noun: "great-grandmother" and "good-faith" judge
    nothing (PAC's CNN had "great" flagged as a loaded word in "great - grandmother"), unlike
    "ill-advised" or "cold-blooded", whose second part is no noun."""
    doc = token.doc
    # nor "super" in "super PAC" (the Washington Times, PAC, had it flagged), "Super Bowl"
    if token.lower_ == "super" and token.i + 1 < len(doc):
        return doc[token.i + 1].pos_ == "PROPN" or doc[token.i + 1].is_upper
    if token.i + 2 >= len(doc) or doc[token.i + 1].text not in {"-", "‐", "‑"}:
        return False
    return doc[token.i + 2].pos_ in {"NOUN", "PROPN"}


def _mention_owner(doc: Doc, actors: list[Actor]) -> dict[int, str]:
    """Character offset of every token inside a mention -> the actor's key."""
    owner: dict[int, str] = {}
    for actor in actors:
        for mention in actor.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                owner[token.idx] = actor.key
    return owner


def _end_of_a_name(root: Token) -> bool:
    """The lower-case end of a hyphenated name ("Opa-locka", a Florida city, headed a
    framing row "locka" on BASIL): the word before the hyphen is capitalised."""
    doc, i = root.doc, root.i
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_title
    )


def _premodifiers(chunk: Span, root: Token) -> list[Token]:
    """The words before the name that describe it, without determiners or other names."""
    words = [
        t
        for t in chunk
        if t.i < root.i
        and t.ent_type_ not in {"PERSON", "ORG"}
        and t.dep_ not in {"det", "poss", "case", "punct"}
        and not t.is_punct
    ]
    # Keep the contiguous run that ends at the name ("club captain" in "club captain Lena").
    run: list[Token] = []
    for token in reversed(words):
        if run and run[0].i - token.i > 2:
            break
        run.insert(0, token)
    while run and (
        (run[-1].pos_ == "PROPN" and run[-1].ent_type_ == "") or run[-1].lower_ in _JURISDICTIONS
    ):
        run.pop()  # "the Republican-led state House": "state" is part of the name
    return run


# Words that say which of several like-named institutions: the "state House", a "federal
# court", the "city council".
_JURISDICTIONS = frozenset(
    "state federal city county national provincial municipal regional local tribal".split()
)


def _apposed(root: Token, owner: dict[int, str]) -> str | None:
    """ "the 34-year-old striker, Lena Holm" and "Lena Holm, a striker". Not a party's one
    member ("the House speaker, currently a Republican", AP in PAC, had described the
    Republicans); and a party tag's place passes its apposition on to the person it tags
    ("State Rep. Martina White, R-Philadelphia, a prime sponsor" had described Philadelphia)."""
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.idx in owner
            and not one_member(child)
            and not _plural_beside_one(root, child)
            and not _subject_of_a_clause(child)
        ):
            return owner[child.idx]
    if root.dep_ != "appos" or _owned_thing(root):
        return None
    named = root.head
    if _party_tag(named) and named.dep_ == "appos":
        named = named.head
    if _plural_beside_one(root, named):
        return None
    return owner.get(named.idx) if not one_member(named) else None


def _subject_of_a_clause(name: Token) -> bool:
    """A name the parse set beside a noun that is the subject of a clause on it, "that" left
    out: "$300 billion, the same amount Democrats aimed for" (NYT, PAC) had "same amount"
    the NYT's words for Democrats. A finite verb hangs from the name."""
    return any(c.dep_ == "acl" and c.tag_ in {"VBD", "VBZ", "VBP"} for c in name.children)


def _plural_beside_one(noun: Token, name: Token) -> bool:
    """A plural is not one name, apposed either way round: "more than a dozen other states
    have passed “heartbeat” bills, Texas on Wednesday became ..." (National Review, PAC) had
    Texas "bills"; "the Supreme Court, legal scholars — including ... — say" (Politico) had
    the court "legal scholars"."""
    return noun.tag_ == "NNS" and name.tag_ == "NNP"


def _owned_thing(root: Token) -> bool:
    """ "raving about Klobuchar — her personality, her respect for the other party"
    (Politico, PAC): what someone has, not what they are. "Smith, his former aide" still
    describes Smith (an aide is someone), and so does "his Democratic challenger Alison
    Lundergan Grimes" (the name in apposition to the noun, CNN)."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children)
    return owned and root.lemma_.lower() not in ANIMATE_NOUNS


def _party_tag(token: Token) -> bool:
    """The place of a party tag after a lawmaker's name: "R-Philadelphia", "D-N.Y."."""
    doc, i = token.doc, token.i
    return (
        i >= 2
        and doc[i - 1].text in {"-", "‐", "–"}
        and doc[i - 2].text.rstrip(".") in {"R", "D", "I"}
    )


def _trimmed(chunk: Span) -> Span:
    """The phrase from its own words: no determiner, and no conjunction or sentence adverb
    that the chunker took in ("And, now, a gay nightclub"; "very" in "a very brutal attack"
    stays, it modifies a word of the phrase)."""
    start = chunk.start
    # a dateline the chunker ran into the phrase ("WASHINGTON — The committee's first hearing");
    # a dash with a space after it, not the one inside "pro–choice"
    dashes = [
        t.i
        for t in chunk
        if t.i < chunk.root.i and (t.text in DASHES or t.text == "--") and t.whitespace_
    ]
    if dashes:
        start = dashes[-1] + 1
    while start < chunk.end - 1 and _leading(chunk.doc[start], chunk):
        start += 1
    return chunk.doc[start : chunk.end]


def _leading(token: Token, chunk: Span) -> bool:
    if token.dep_ in {"det", "predet", "poss", "case", "punct", "cc"}:
        return True  # "both the president" starts at "president"
    # An adverb set off by a comma, modifying something outside the phrase, or saying when
    # the phrase held ("then a district attorney"): none is how anyone is described.
    outside = not chunk.start <= token.head.i < chunk.end
    after = token.doc[token.i + 1] if token.i + 1 < chunk.end else None
    # a comma sets an adverb off; the hyphen of "long-delayed" joins it to its word
    hyphen = after is not None and after.text in {"-", "‐"} and not token.whitespace_
    set_off = after is not None and after.is_punct and not hyphen
    when = token.lower_ in _WHEN_ADVERBS
    return token.dep_ == "advmod" and (outside or set_off or when)


_WHEN_ADVERBS = frozenset("then now once formerly later previously currently still also".split())


def _term(
    span: Span, head: Token, kind: str, key: str | None, quoted: list[tuple[int, int]]
) -> Term:
    inside = any(s <= span.start_char and span.end_char <= e for s, e in quoted)
    word = head.lower_ if kind == "evaluative" else head.lemma_.lower()
    return Term(Evidence.of(span), word, kind, key, inside)  # type: ignore[arg-type]
