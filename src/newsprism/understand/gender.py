"""Grammatical gender of the people an article names, so that "she said" is not resolved to a
man. Used only to rule out a pronoun's antecedent; an actor whose gender the text does not
show is never ruled out.

Evidence, in order of trust: what the article itself says (an honorific before a mention,
"Mr. Moore", "Ms. Zimmer"; a gendered noun in a role or beside the name, "his wife, Hillary
Clinton", "Congresswoman Maxine Waters"), then, only when the article says nothing, the
first name, from short lists of common first names that are rarely given to both (no
"Jordan", "Kelly" or "Chris"). Conflicting evidence leaves the gender unknown.

Why lists of our own and no name dictionary: the one on PyPI with country detail,
`gender-guesser`, is GPL-3.0 (this project is MIT), and `nomquamgender` (MIT) reads a 22 MB
file into 280 MB of memory in every worker and pulls in pandas. Tried on PolNeAR training
texts, a dictionary mostly added names the lists lacked ("Joy", "Grant", "Lois", "Phyllis"),
so those were added here instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsprism.understand.records import Actor

if TYPE_CHECKING:  # the store reads the name lists without loading spaCy
    from spacy.tokens import Doc

Gender = Literal["m", "f"]

PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")
_HONORIFIC_GENDER: dict[str, Gender] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_POSSESSIVE = re.compile(r"['’](?:s\b|\s|$)")

MALE_NOUNS = frozenset(
    "man boy father son brother husband uncle nephew grandfather grandson king prince duke "
    "spokesman congressman chairman businessman policeman gentleman widower boyfriend dad "
    "stepfather councilman assemblyman alderman sir lord".split()
)
FEMALE_NOUNS = frozenset(
    "woman girl mother daughter sister wife aunt niece grandmother granddaughter queen "
    "princess duchess spokeswoman congresswoman chairwoman businesswoman policewoman lady "
    "widow girlfriend mom stepmother councilwoman assemblywoman alderwoman actress dame".split()
)

MALE_NAMES = frozenset(
    """james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger gerald harold sean austin carl arthur lawrence dylan jesse
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
    ralph eugene russell bobby philip louis barack bernie mitt mike mitch chuck ted rand marco
    newt bill jeb rudy rex vladimir emmanuel boris recep bashar jim tom bob dick pete rick ron
    tim tony steve dave dan matt jeff greg ken harry abe lyndon dwight franklin theodore
    woodrow jimmy reince corey rudolph hugh ben fred howard herbert stanley leonard martin
    jared eduardo carlos luis miguel jorge pedro manuel antonio francisco rafael ahmed mohammed
    muhammad hassan omar osama abdullah ibrahim mahmoud yousef yusuf khalid hamid moshe
    avi yitzhak ehud shimon naftali yair gideon binyamin sergei dmitry alexei ivan nikolai
    viktor volodymyr petro narendra rahul shinzo fumio xavier pierre jean-claude jacques
    francois nicolas olaf gerhard helmut angelo giuseppe silvio matteo mario grant kirk
    mick devin merrick hakeem beto preet kurt chad todd craig brett neil glenn wolf
    jake""".split()
)
FEMALE_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
    margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
    nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
    diane ruth julie olivia joyce virginia victoria lauren christina joan evelyn judith megan
    andrea cheryl hannah jacqueline martha gloria teresa ann sara frances kathryn janice abigail
    alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana
    natalie brittany charlotte marie kayla lori hillary hilary loretta ivanka melania nikki
    kellyanne condoleezza madeleine marine sonia elena dianne kirsten kamala tammy tulsi maxine
    debbie huma chelsea jill ivana oprah betsy elaine claudia fatima aisha leila
    yael golda tzipi ayelet miri svetlana olga natalia yulia irina indira benazir
    angelique ursula christine ilhan alexandria rashida ayanna nadia priya joy lois phyllis
    hope mazie marsha stormy kirstjen susana gretchen malia kaitlan kaitlin kaitlyn caitlin
    katelyn""".split()
)


def actor_genders(doc: Doc, actors: list[Actor]) -> dict[str, Gender]:
    """Actor key -> gender, for the people whose gender the article or first name shows."""
    text = doc.text
    out: dict[str, Gender] = {}
    for actor in actors:
        if actor.label != "PERSON":
            continue
        votes = _in_text(doc, text, actor)
        if not votes:
            votes = _first_name(actor.name)
        if len(votes) == 1:
            out[actor.key] = next(iter(votes))
    return out


def agrees(pronoun: str, gender: Gender | None) -> bool:
    """Whether ``pronoun`` can stand for a person of ``gender`` (unknown agrees with all)."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    return wanted is None or gender is None or gender == wanted


def honorific_before(text: str, start: int) -> Gender | None:
    """The gender of a "Mr."/"Mrs."/"Ms."/"Miss" right before ``start``, if any."""
    honorific = _HONORIFIC.search(text[max(0, start - 6) : start])
    return _HONORIFIC_GENDER[honorific.group(1).lower()] if honorific else None


def first_name_gender(name: str) -> Gender | None:
    """The gender the first name's lists give (none for names given to both or unlisted)."""
    found = _first_name(name)
    return next(iter(found)) if len(found) == 1 else None


def known_first_name(name: str) -> bool:
    """Whether ``name`` starts with a first name the lists know ("Sean Hannity", not "Best
    Buy")."""
    return bool(_first_name(name))


def _in_text(doc: Doc, text: str, actor: Actor) -> set[Gender]:
    votes: set[Gender] = set()
    for role in actor.roles:
        votes |= _noun_votes(role.lower().split())
    for mention in actor.mentions:
        honorific = honorific_before(text, mention.start)
        first = mention.text.split(".")[0].split()[0].lower() if mention.text.split() else ""
        if honorific:
            votes.add(honorific)
        elif first in _HONORIFIC_GENDER:
            votes.add(_HONORIFIC_GENDER[first])
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or _POSSESSIVE.match(text, mention.end):
            continue  # "Sanders’ son, Tywanza" (misparsed as an apposition) is his, not her
        root = span.root
        # "his wife, Hillary Clinton" / "Hillary Clinton, his wife" / "the mother of ..."
        # ... and "9/11 widow Terry Strada", "Gold Star mother Tina Houchins"; but in
        # "Dorothy Woods, whose husband, Ty Woods, ..." (parsed as an apposition) the
        # husband is someone else
        beside = [
            c
            for c in root.children
            if (c.dep_ == "appos" or (c.dep_ in {"compound", "nmod"} and c.i < span.start))
            and not any(g.tag_ == "WP$" for g in c.children)
        ]
        if root.dep_ == "appos":
            beside.append(root.head)
        # the head noun only: "the girl's father" is a man
        words = [] if root.ent_type_ else [root.lemma_.lower()]
        votes |= _noun_votes(words + [t.lemma_.lower() for t in beside])
    return votes


def _noun_votes(words: list[str]) -> set[Gender]:
    votes: set[Gender] = set()
    for word in words:
        if word in MALE_NOUNS:
            votes.add("m")
        elif word in FEMALE_NOUNS:
            votes.add("f")
    return votes


def _first_name(name: str) -> set[Gender]:
    words = name.split()
    if len(words) < 2:
        return set()
    first = words[0].strip(".,").lower()
    if first in MALE_NAMES:
        return {"m"}
    if first in FEMALE_NAMES:
        return {"f"}
    return set()
