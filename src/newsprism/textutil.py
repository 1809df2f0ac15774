"""Small text helpers shared by the readers: paragraphs, whitespace, canonical hashing."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

# Control characters separate things in sloppy exports, so they become spaces; invisible
# format marks (BOM, direction marks, ZWNJ, soft hyphens) sit inside words, so they are
# dropped (PAC's "Wayne La\u00adPierre" was a person apart from "Wayne LaPierre").
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029]")
INVISIBLE = "\u00ad\u200c\u200e\u200f\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# No-break and typographic spaces: ``clean_line`` collapses them, ``plain_spaces`` maps
# them one for one.
_ODD_SPACE_CHARS = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACES = re.compile(f"[ \t{_ODD_SPACE_CHARS}]+")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# The dashes that set off a phrase ("WASHINGTON — ...", "... ― Martha Aguilar"): the em and en
# dashes, then rarer look-alikes that the tagger should read as an em dash.
DASH_LOOKALIKES = ("―", "‒", "⸺", "⸻")
DASHES = ("—", "–", *DASH_LOOKALIKES)
# A dash as a token: those, and the hyphens typed for one ("WASHINGTON - ...", "--").
DASH_TOKENS = frozenset({*DASHES, "-", "--"})
# The possessive ending as its own token, with either apostrophe.
POSSESSIVE_S = frozenset({"'s", "’s"})


# Spaces other than the plain one, each made a plain space one for one, so offsets hold.
_TO_PLAIN_SPACE = str.maketrans(dict.fromkeys(_ODD_SPACE_CHARS, " "))


def plain_spaces(text: str) -> str:
    """``text`` with no-break and typographic spaces made plain, character for character:
    what ingest's cleaning does, without moving any offset (the analysis of a text that did
    not come through ingest must not read "tenure.\u00a0Current" as one clause)."""
    return text.translate(_TO_PLAIN_SPACE)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_line(line: str) -> str:
    """One line: no control characters, single spaces, no edge spaces."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", _INVISIBLE.sub("", line))).strip()


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs.

    Text with blank lines is in blocks (hard-wrapped lines inside a block are joined); text
    without any blank line has one paragraph per line (what HTML extraction produces).
    """
    text = normalize_newlines(text)
    if _BLANK_LINE.search(text):
        blocks = (" ".join(clean_line(x) for x in b.split("\n")) for b in _BLANK_LINE.split(text))
    else:
        blocks = (clean_line(x) for x in text.split("\n"))
    return [b.strip() for b in blocks if b.strip()]


def join_paragraphs(paras: list[str]) -> str:
    """The one stored layout: paragraphs separated by a blank line."""
    return "\n\n".join(paras)


def canonical(text: str) -> str:
    """What two copies of one text share: case-folded, NFKC, words only."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def content_hash(text: str) -> str:
    return hashlib.sha256(canonical(text).encode("utf-8")).hexdigest()


def tokens(text: str) -> list[str]:
    """Lower-case ASCII words and numbers, a clitic kept ("attorney's"), with the curly
    apostrophe made straight, so "attorney’s" and "attorney's" are one token."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def text_key(text: str) -> int:
    """A signed 64-bit key of ``text`` (fits an SQL INTEGER): an index key, not an identity,
    so whoever looks a text up by it compares the texts too."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def short_hash(*parts: str | None) -> str:
    joined = "\x1f".join(p or "" for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def domain_of(url: str | None) -> str | None:
    """``https://www.Example.com/x`` -> ``example.com``."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # malformed URL (bad port, bad IPv6 literal) in hostile metadata
        return None
    return host.removeprefix("www.") or None


_NAME_STOP = {"of", "the", "for", "and", "on", "in", "to", "&"}


NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def folded(text: str) -> str:
    """Without accents: "Calderón" -> "Calderon". Outlets spell one name either way (BASIL:
    the NYT's and Fox's "Felipe Calderón", HuffPost's "Felipe Calderon"), so names are
    compared folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def surname(name: str) -> str:
    """The family name of a person's name: "Patrick Carlineo Jr." -> "carlineo"."""
    words = _name_words(name)
    return words[-1] if words else ""


def generation(name: str) -> str | None:
    """The generational suffix a person's name ends with ("Donald Trump Jr." -> "jr"), or
    None."""
    words = [w.strip(".,").lower() for w in folded(name).split()]
    return words[-1] if len(words) > 1 and words[-1] in NAME_SUFFIXES else None


# Words that open a family name of several words: "Bill de Blasio", "Chris Van Hollen",
# "Mohammed bin Abdulrahman Al Thani", "Ludwig van der Berg". An article then writes the
# family name alone ("de Blasio said", "Al Thani said"), which is the person, not a new name.
NAME_PARTICLES = frozenset(
    "de del della der di da dos das du la le van von den ter ten al el bin ibn bint abu".split()
)


def _name_words(name: str) -> list[str]:
    words = [w.strip(".,").lower() for w in folded(name).split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words


def compound_surname(name: str) -> str | None:
    """The family name of several words that a full name ends with, particles first: "Bill
    de Blasio" -> "de blasio". None when it has none, or when nothing comes before its
    particles ("Al Gore" is a first name and a surname; "Van Hollen" alone is
    ``compound_surname_alone``)."""
    words = _name_words(name)
    first = len(words) - 1
    while first > 0 and words[first - 1] in NAME_PARTICLES:
        first -= 1
    if first in {0, len(words) - 1}:
        return None
    return " ".join(words[first:])


def compound_surname_alone(name: str) -> str | None:
    """A family name of several words written alone ("de Blasio", "Al Thani"), lower-cased
    and folded as ``compound_surname`` gives it; None for anything else."""
    words = _name_words(name)
    if len(words) < 2 or not all(w in NAME_PARTICLES for w in words[:-1]):
        return None
    return " ".join(words)


# A dateline: a place in capitals, perhaps a state or country and an agency, then a dash:
# "WASHINGTON —", "FERGUSON, Mo. (AP) —", HuffPost's "WASHINGTON ―".
DATELINE = re.compile(
    r"[^\S\n]*(?=[A-Z.'’ ]{4})[A-Z][A-Z.'’]+(?:[^\S\n][A-Z][A-Z.'’]+)*"
    r"(?:,[^\S\n]*[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)?[^\S\n]*"
    r"(?:\([A-Za-z .]{1,20}\)[^\S\n]*)?(?:—|―|–|--|-[^\S\n])[^\S\n]*"
)


DATELINE_WITHIN = 400  # characters from the start: the headline and the first paragraph


def without_dateline(sentence: str, start: int = 0) -> str:
    """ "NEW YORK -- U.S. Sen. Marco Rubio set forth ..." -> "U.S. Sen. Marco Rubio ...", for
    a sentence starting ``start`` characters into its article (only its top has one)."""
    found = DATELINE.match(sentence) if start < DATELINE_WITHIN else None
    return sentence[found.end() :] if found else sentence


# Short forms of English first names: "Jim Mattis" is "James N. Mattis", "Mike Bloomberg"
# "Michael R. Bloomberg". A short form may stand for several names ("Steve").
_SHORT_FORMS = {
    "mike": "michael", "mick": "michael", "bill": "william", "billy": "william",
    "will": "william", "bob": "robert", "bobby": "robert", "rob": "robert", "jim": "james",
    "jimmy": "james", "joe": "joseph", "joey": "joseph", "tom": "thomas", "tommy": "thomas",
    "dick": "richard", "rick": "richard", "rich": "richard", "chuck": "charles",
    "charlie": "charles", "ted": "edward", "ed": "edward", "eddie": "edward", "dan": "daniel",
    "danny": "daniel", "dave": "david", "steve": "steven stephen", "matt": "matthew",
    "pat": "patrick patricia", "tony": "anthony", "andy": "andrew", "alex": "alexander",
    "nick": "nicholas", "sam": "samuel", "ben": "benjamin", "greg": "gregory",
    "jeff": "jeffrey", "jerry": "gerald jerome", "larry": "lawrence", "ron": "ronald",
    "don": "donald", "ken": "kenneth", "tim": "timothy", "fred": "frederick",
    "jack": "john", "johnny": "john", "liz": "elizabeth", "beth": "elizabeth",
    "betsy": "elizabeth", "kate": "katherine kathleen", "kathy": "katherine kathleen",
    "sue": "susan", "jenny": "jennifer", "bernie": "bernard", "mitch": "mitchell",
    "newt": "newton", "chris": "christopher christine", "debbie": "deborah",
}  # fmt: skip


def _first_names(first: str) -> set[str]:
    return {first, *_SHORT_FORMS.get(first, "").split()}


def same_person(a: str, b: str) -> bool:
    """Whether two full names can name one person, allowing a middle name or initial that
    one of them leaves out and a short first name: "Mark D. Sheridan" and "Mark Sheridan",
    "Paul J. Fishman" and "Paul Jay Fishman", "Jim Mattis" and "James N. Mattis"; not
    "George W. Bush" and "George H. W. Bush"."""
    first_a, middle_a, last_a = _name_parts(a)
    first_b, middle_b, last_b = _name_parts(b)
    if not first_a or not _first_names(first_a) & _first_names(first_b) or last_a != last_b:
        return False
    if not middle_a or not middle_b:
        return True
    return [m[0] for m in middle_a] == [m[0] for m in middle_b]


def _name_parts(name: str) -> tuple[str, list[str], str]:
    words = [w.strip(".,").lower() for w in re.split(r"[\s.]+", folded(name)) if w.strip(".,")]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    if len(words) < 2:
        return "", [], words[-1] if words else ""
    return words[0], words[1:-1], words[-1]


def normalise(name: str) -> str:
    """ "The U.S." -> "us"; "the White House" -> "white house"; "Calderón" -> "calderon"."""
    name = _LEADING_THE.sub("", folded(name).strip())
    return re.sub(r"[.\s]+", " ", name.replace(".", "")).strip().lower()


def closed_hyphens(text: str) -> str:
    """A tokenised corpus's spaced hyphens closed up: "Karine Jean - Pierre" -> "Karine
    Jean-Pierre" (PAC), as other outlets write the name."""
    return _SPACED_HYPHEN.sub("-", text)


_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _NAME_STOP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def acronym_key(word: str) -> str:
    """ "N.R.A.", "NRA" and "the NRA" -> "NRA": how an acronym is compared."""
    return _LEADING_THE.sub("", word.strip()).replace(".", "").upper()


def is_acronym(name: str) -> bool:
    """One word in capitals, dots and a leading "the" aside ("ICRC", "N.R.A.", "the NRA")."""
    short = _LEADING_THE.sub("", name.strip())
    return short.replace(".", "").isupper() and len(short.split()) == 1


def initials_forms(name: str) -> frozenset[str]:
    """The initials an acronym of ``name`` may spell: all its words', and, for three letters
    or more, those of its core without a leading country ("US Department for Homeland
    Security": DHS) or a last word joined by "and" ("Centers for Disease Control and
    Prevention": CDC, as the agency calls itself; PAC had made it two actors, 10 and 8
    articles). Two words after the "and" stay ("Health and Human Services" is HHS, never H),
    so a state's "Department of Health" is never federal HHS's short form."""
    forms = {initials(name)}
    core = _COUNTRY_LED.sub("", name.strip())
    for text in (core, without_last_and(core), without_last_and(name.strip())):
        short = initials(text)
        if len(short) >= 3:
            forms.add(short)
    return frozenset(forms)


# A leading country (the national prefixes that the store also folds) and a last word joined
# by "and": what an agency's acronym leaves out.
_COUNTRY_LED = re.compile(
    r"^(?:the\s+)?(?:U\.?S\.?|United\s+States|U\.?K\.?|United\s+Kingdom)\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)
_LAST_AND = re.compile(r"\s+(?:and|&)\s+\S+$", re.IGNORECASE)


def without_last_and(name: str) -> str:
    """ "Centers for Disease Control and Prevention" -> "Centers for Disease Control"; a name
    with two words or more after its last "and" is returned whole."""
    return _LAST_AND.sub("", name)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells the initials of ``name`` (``initials_forms``) and is not
    itself one of its words: "DC" is no short form of "the D.C. Council", whose first word is
    the place it names."""
    key = acronym_key(acronym)
    words = {acronym_key(w) for w in re.split(r"[\s-]+", name)}
    return bool(key) and key in initials_forms(name) and key not in words


def spells_every_word(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of all of ``name``'s words, none left out: of two
    names an acronym abbreviates, the one it was most likely written for ("FWS": "Fish &
    Wildlife Service" before "U.S. Fish and Wildlife Service")."""
    return initials(name) == acronym_key(acronym)


def strip_span(text: str, span: tuple[int, int], chars: str) -> tuple[int, int]:
    """``span`` narrowed past any of ``chars`` at either edge."""
    start, end = span
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# "..., who" and "... that", but not "several of whom", whose pronoun is all it names.
_TRAILING_RELATIVE = re.compile(r"(?<!\bof)[\s,]+(?:who|whom|which|that)$", re.IGNORECASE)


def without_relative_pronoun(speaker: str) -> str:
    """A speaker's words without the relative pronoun the analysis keeps for PolNeAR's spans
    ("Senate Majority Leader Mitch McConnell, R-Ky., who" -> "... R-Ky.")."""
    return _TRAILING_RELATIVE.sub("", speaker) or speaker


def singular(word: str) -> str:
    """A plural noun's singular by its "s" ("senators" -> "senator"; "press" stays)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def coordinated(text: str) -> bool:
    """Whether ``text`` names several together ("Obama and Clinton", "Schumer & Warren")."""
    return _AND.search(text) is not None


_AND = re.compile(r"\b(?:and|&)\b")


def group_norm(norm: str) -> str:
    """A people's normalised name as one group whatever its number: "republicans" and
    "republican", "israelis" and "israeli" (an article says "a Republican" and "Republicans",
    and BASIL's actors listed Republican and Republicans, Democrat and Democrats apart)."""
    return " ".join(singular(word) for word in norm.split())


def has_role(roles: list[str], role: str) -> bool:
    """Whether ``role`` is listed already, in any case: "Former President" at the start of a
    sentence is the "former President" of another."""
    return role.casefold() in {r.casefold() for r in roles}
