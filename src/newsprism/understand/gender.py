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
    jake
    al alec alfred allen alvin andre andy barry bernard bert brad bradley brent bryce caleb
    calvin cecil cedric chester clarence clark claude clay clayton clifford clint cody colin
    connor cory curtis damian damon danny darrell darren darryl dean derek desmond dominic
    don donnie duane dustin dwayne earl eddie edgar edwin elliot elliott elmer emmett eli
    elias ernest ernie evan everett felix fernando floyd forrest freddie garrett geoffrey
    gilbert glen gordon graham gus guy hank harvey hector herman homer horace ian isaac
    jamal jay jeffery jerome joel johnny jon jonah julian julius karl kenny kent lance leo
    leon leroy lester levi lewis lloyd lonnie lorenzo lucas luke luther lyle malcolm marcus
    marvin mason max melvin micah mickey miles milton mitchell morris murray nate neal ned
    nelson nick nolan norman oliver oscar otis owen perry phil phillip preston quentin ramon
    randall randolph ray reggie reginald rich richie rob robbie rod rodney roland rolando
    ross ruben russ saul seth shane shawn sheldon sherman simon spencer stan stuart stewart
    sterling terrence terrance theo tobias toby travis trent trevor troy tyrone vernon
    victor virgil wade wallace warren wesley wilbur willard winston wyatt zach zack zane
    ahmad hussein hamza karim mustafa tariq yasser dmitri mikhail andrei oleg igor yuri
    leonid josh lenny nathaniel rusty scotty sonny teddy tommy vinnie wally walt hal
    herb joaquin diego alejandro andres cesar enrique ernesto felipe gustavo hugo ignacio
    javier julio marcelo mauricio pablo ricardo roberto rodrigo sergio raul arturo alberto
    alfredo armando salvador""".split()
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
    katelyn
    jenna cassie alison allison alyssa amelia april audrey ava bethany bonnie brianna
    caroline carrie cassandra chloe claire colleen courtney crystal dawn deanna eileen ella
    ellen erica erika erin esther eva faith gina haley holly irene jane jasmine jenny joanna
    josephine julia juliana katie kate katy katrina kristen kristin krista kristina leah
    lily lillian lydia mackenzie madison marcia marisa maureen maya melanie meredith
    mia michele miranda molly naomi nina nora paige paula peggy penny rachael rebekah regina
    renee rita roberta rosa rose rosemary ruby sabrina sally savannah serena sheila sherry
    stacy stacey suzanne sylvia tamara tanya tara tiffany tina valerie vanessa vera veronica
    wanda wendy whitney yvonne zoe lucy liz beth becky cathy kathy patty sue meghan brooke
    cindy robyn tricia gail jeanne joann joanne kristi lorraine marjorie norma pauline sonya
    stella clara edith ethel florence hazel irma lena pearl thelma agnes marianne katharine
    elise eliza gabrielle adriana alicia ariana bianca carla daisy elisa francesca isabel
    karina kendra kara keisha latoya tamika yolanda priscilla iris dolores mona nadine
    noelle marina sofia lucia ana anne annie anita antonia christy connie darlene dina
    doreen eleanor elisabeth ellie eve fiona gwen heidi ingrid jodi josie karla kelsey
    lacey laurie liza louise lynda lynne madeline maggie mandy marla marlene melody michaela
    misty natasha phoebe rhonda rosie sadie selena shelley sheryl simone sonja susanna tess
    toni trudy vicki violet vivian wilma""".split()
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
        if not votes:
            votes = _reported_pronouns(doc, actor)
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


def is_first_name(word: str) -> bool:
    """Whether the lists know ``word`` as a first name."""
    word = word.strip(".,").lower()
    return word in MALE_NAMES or word in FEMALE_NAMES


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


def _reported_pronouns(doc: Doc, actor: Actor) -> set[Gender]:
    """Last, and only for someone neither the text nor a first name tells: the pronoun that
    subjects the clause this person reports ("President Biden indicated that he opposed
    ..."), where no other person stands between and the clause speaks of one sex only. A
    pronoun there is nearly always the speaker; the gender is taken when there are more
    such pronouns of one sex than of the other ("she added", after Eleanor Holmes Norton,
    had gone to Biden, whom the article never names in full)."""
    counts = {"m": 0, "f": 0}
    for mention in actor.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "nsubj":
            continue
        for clause in span.root.head.children:
            if clause.dep_ != "ccomp" or clause.i < span.end:
                continue
            # a clause that speaks of a man and a woman ("Corfman claimed he took off her
            # shirt", BASIL) tells nothing about the one reporting it
            genders = {
                PRONOUN_GENDER[t.lower_] for t in clause.subtree if t.lower_ in PRONOUN_GENDER
            }
            if len(genders) != 1:
                continue
            for subject in clause.children:
                gender = PRONOUN_GENDER.get(subject.lower_) if subject.dep_ == "nsubj" else None
                between = doc[span.end : subject.i]
                if gender and not any(t.ent_type_ == "PERSON" for t in between):
                    counts[gender] += 1
    if counts["m"] == counts["f"]:
        return set()
    return {"m"} if counts["m"] > counts["f"] else {"f"}


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
