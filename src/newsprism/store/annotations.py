"""SQL for article annotations (actors, quotes, amounts, times), mixed into ``Database``.

Corpus-wide actors are settled here, when an article's analysis is stored: a person is the
same actor across articles when the full name matches, when it differs from exactly one known
full name only by a middle name or initial that one leaves out, or when a bare surname matches
exactly one known person or one far more often covered than the others; places when the
normalised name matches or both resolve to the same country or city; organisations when the
normalised name matches, or an acronym is the one that some article wrote out as exactly one
known name.

These are decided one article at a time, so they can depend on the order articles arrive in.
Each rule is chosen to depend on it little: a link needs evidence a later article cannot
undo (an acronym written out, a place's coordinates), not only the absence of a rival yet.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

from newsprism.textutil import (
    abbreviates,
    acronym_key,
    compound_surname,
    compound_surname_alone,
    generation,
    group_norm,
    has_role,
    initials,
    initials_forms,
    is_acronym,
    normalise,
    same_person,
    short_hash,
    spells_every_word,
    surname,
    text_key,
    without_last_and,
)
from newsprism.understand.gender import known_first_name
from newsprism.understand.lexicon import NEWS_OUTLETS
from newsprism.understand.places import resolve_place
from newsprism.understand.records import (
    Actor,
    Amount,
    Analysis,
    Claim,
    Event,
    Quote,
    Span,
    Term,
    TimeExpression,
)

_TABLES = (
    "mentions",
    "events",
    "quotes",
    "amounts",
    "time_expressions",
    "actor_tone",
    "claims",
    "terms",
    "article_embeddings",
    "analyses",
)


def _in_chunks(items: list[str]) -> Iterator[list[str]]:
    """``items`` in runs short enough for one ``IN (?, ...)`` list: SQLite bounds the
    parameters of a statement."""
    for start in range(0, len(items), 500):
        yield items[start : start + 500]


class AnnotationStore:
    conn: sqlite3.Connection
    # Actors folded into a fuller name while one analysis is stored: old id -> new id.
    # Only single-word actors (a surname, an acronym) are ever folded, so there are no chains.
    _merged: dict[str, str]

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def store_analysis(self, analysis: Analysis, pipeline: str, embedder: str = "") -> None:
        """Replace an article's annotations in one transaction (re-analysis is idempotent)."""
        now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        with self.transaction():
            for table in _TABLES:
                self.conn.execute(
                    f"DELETE FROM {table} WHERE article_id = ?", (analysis.article_id,)
                )
            self.conn.execute(
                "INSERT INTO analyses (article_id, pipeline, analysed_at, skipped, tone) "
                "VALUES (?, ?, ?, ?, ?)",
                (analysis.article_id, pipeline, now, analysis.skipped, analysis.tone),
            )
            self._merged = {}
            ids = self._canonical_ids(analysis.actors)
            # An actor created for this article may have been folded into a fuller name since.
            ids = {key: self._survivor(value) for key, value in ids.items()}
            for actor in analysis.actors:
                actor.canonical_id = ids[actor.key]
                self.conn.executemany(
                    "INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (analysis.article_id, ids[actor.key], actor.key, m.start, m.end, m.text)
                        for m in actor.mentions
                    ],
                )
            self.conn.executemany(
                "INSERT OR REPLACE INTO actor_tone VALUES (?, ?, ?)",
                [
                    (analysis.article_id, ids[a.key], a.tone)
                    for a in analysis.actors
                    if a.tone is not None
                ],
            )
            self._insert_items(analysis, ids)
            if analysis.embedding is not None:
                self.conn.execute(
                    "INSERT INTO article_embeddings (article_id, model, vector, text_key) "
                    "VALUES (?, ?, ?, ?)",
                    (analysis.article_id, embedder, analysis.embedding, analysis.embedded_key),
                )

    def _canonical_ids(self, actors: list[Actor]) -> dict[str, str]:
        """Each actor's canonical id. An article that names a father and a son of one name
        ("Donald Trump" and "Donald Trump Jr.", "Jesse Jackson" and "Jesse Jackson Jr.") says
        they are two people, though their names match but for the generation: each of the
        two then joins only a known person of its own generation (``_same_person``), or is a
        new one. Elsewhere a name with and without its generation stays one person ("Joseph
        R. Biden Jr.", "Joe Biden"), as outlets drop the suffix."""
        people = [a for a in actors if a.label == "PERSON" and len(a.name.split()) >= 2]
        suffixed = [a for a in people if generation(a.name)]
        parted = {
            x.key
            for a in suffixed
            for b in people
            if generation(a.name) != generation(b.name) and same_person(a.name, b.name)
            for x in (a, b)
        }
        return {a.key: self._canonical_actor(a, a.key in parted) for a in actors}

    def _insert_items(self, analysis: Analysis, ids: dict[str, str]) -> None:
        aid = analysis.article_id
        self.conn.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    n,
                    q.content.start,
                    q.content.end,
                    q.content.text,
                    q.kind,
                    *_span_columns(q.speaker),
                    ids.get(q.speaker_key or ""),
                    *_span_columns(q.cue),
                    q.medium,
                    int(q.speech),
                )
                for n, q in enumerate(analysis.quotes)
            ],
        )
        self.conn.executemany(
            "INSERT INTO amounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    n,
                    a.span.start,
                    a.span.end,
                    a.span.text,
                    a.value,
                    a.low,
                    a.high,
                    a.unit,
                    a.counted,
                    a.qualifier,
                )
                for n, a in enumerate(analysis.amounts)
            ],
        )
        self.conn.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    n,
                    e.type,
                    e.plover,
                    e.verb.text,
                    e.verb.start,
                    e.actor.text if e.actor else None,
                    ids.get(e.actor_key or ""),
                    e.target.text if e.target else None,
                    ids.get(e.target_key or ""),
                    e.place.text if e.place else None,
                    e.date,
                    e.sentence.start,
                    e.sentence.end,
                    int(e.negated),
                    json.dumps(_event_detail(e)),
                    e.mode,
                )
                for n, e in enumerate(analysis.events)
            ],
        )
        self.conn.executemany(
            "INSERT INTO claims (article_id, n, start, end_, text, reasons, embedding, text_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    n,
                    c.span.start,
                    c.span.end,
                    c.span.text,
                    json.dumps(c.reasons),
                    c.embedding,
                    text_key(c.span.text),
                )
                for n, c in enumerate(analysis.claims)
            ],
        )
        self.conn.executemany(
            "INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    n,
                    t.span.start,
                    t.span.end,
                    t.span.text,
                    t.head,
                    t.kind,
                    ids.get(t.actor_key or ""),
                    int(t.quoted),
                )
                for n, t in enumerate(analysis.terms)
            ],
        )
        self.conn.executemany(
            "INSERT INTO time_expressions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    aid,
                    n,
                    t.span.start,
                    t.span.end,
                    t.span.text,
                    t.kind,
                    t.value.isoformat() if t.value else None,
                    t.granularity,
                    t.anchor,
                )
                for n, t in enumerate(analysis.times)
            ],
        )

    def _canonical_actor(self, actor: Actor, own_generation: bool = False) -> str:
        family = "PLACE" if actor.label in {"GPE", "LOC"} else actor.label
        norm = normalise(actor.name)
        if family == "NORP":  # one group whatever its number ("Republican", "Republicans")
            norm = group_norm(norm)
        words = norm.split()
        row = None
        if family == "PERSON" and len(words) == 1:
            row = self._by_surname(words[0], actor.roles)
        elif family == "PERSON" and (compound := compound_surname_alone(actor.name)):
            row = self._by_compound_surname(compound, actor.roles)  # "de Blasio" alone
        if family == "PLACE" and is_acronym(actor.name) and resolve_place(actor.name) is None:
            # the small model tags "NRA" a GPE: an acronym that is no known place is the
            # organisation it abbreviates, if one is known (before an earlier "NRA" place)
            row = self._by_initials("ORG", actor.name)
        if row is None and family == "ORG":
            row = self._person_tagged_org(norm)
        if row is None:
            row = self._named(family, norm)
        if row is None and family == "PLACE":
            row = self._same_place(actor.name)
        if row is None and family == "PERSON" and len(words) > 1:
            row = self._same_person(actor.name, own_generation)
        if row is None and family == "ORG":
            row = self._same_body(norm)
        if row is None and family == "ORG" and len(words) > 1:
            row = self._same_agency(actor.name)
        if row is None and family == "ORG":
            row = _only(self._inverted(norm))
        if row is None and family in {"PERSON", "ORG"} and len(words) > 1:
            row = self._other_kind(family, norm)
        if row is None and is_acronym(actor.name):
            row = self._by_initials(family, actor.name)
        if row is not None:
            self._add_roles(str(row[0]), json.loads(row[1]), actor.roles)
            actor_id = str(row[0])
            if family == "NORP" and normalise(actor.name) != norm:
                self._name_the_group(actor_id, actor.name)
        else:
            actor_id = self._new_actor(actor, family, norm, words)
            if family == "PERSON" and known_first_name(actor.name):
                self._absorb_other_kind(norm, actor_id)
        if family != "PERSON" and len(words) > 1:
            self._absorb_acronym(actor, family, actor_id)
        return actor_id

    def _name_the_group(self, actor_id: str, plural: str) -> None:
        """A group stored under one member's word ("Republican") takes the plural name an
        article gives it ("Republicans"), whichever came first."""
        self.conn.execute(
            "UPDATE actors SET name = ? WHERE id = ? AND lower(name) = norm",
            (plural, actor_id),
        )

    def _by_initials(self, label: str, acronym: str) -> tuple[Any, ...] | None:
        """The one known name of ``label`` that some article wrote out and abbreviated as
        ``acronym`` ("the International Committee of the Red Cross (ICRC)"). Initials alone
        are no evidence across articles: PAC's "NBC" had become a "National Border Council"
        and Exxon's rival "BP" the "Black Protestants" of a poll."""
        rows = self._abbreviated_as(label, acronym)
        if len(rows) > 1:  # the name the acronym spells with all its words, as in an article
            rows = [r for r in rows if spells_every_word(acronym, str(r[2]))]
        row: tuple[Any, ...] | None = _only(rows)
        return row

    def _abbreviated_as(self, label: str, acronym: str) -> list[tuple[Any, ...]]:
        """The known names (id, roles) of ``label`` with these initials that some article wrote
        as the acronym (with or without dots) for a name it gave in full: the mention's own
        article linked it to a name of several words (its local key). A mention linked only
        across articles is no evidence, or an old wrong link would vouch for itself."""
        key = acronym_key(acronym)
        forms = [f"{the}{short}" for the in ("", "the ", "The ") for short in (key, _dotted(key))]
        # Stored initials are of the whole name: the acronym's, or those of its core led by a
        # country ("UDHS") or followed by one more word ("CDCP"); ``abbreviates`` decides.
        ranges = [(p + key, p + key + "Z") for p in _COUNTRY_INITIALS]
        rows = self.conn.execute(
            # "+a.label": the initials index, not the label's (every organisation)
            "SELECT a.id, a.roles, a.name FROM actors a WHERE +a.label = ? AND ("
            + " OR ".join(["a.initials BETWEEN ? AND ?"] * len(ranges))
            + ") AND EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id AND m.text IN "
            f"({', '.join('?' * len(forms))}) AND instr(m.local_key, ' ') > 0)",
            (label, *(bound for pair in ranges for bound in pair), *forms),
        ).fetchall()
        return [tuple(r) for r in rows if abbreviates(key, r[2])]

    def _same_place(self, name: str) -> tuple[Any, ...] | None:
        """The known place that ``name`` resolves to: "US", "U.S." and "the United States"
        are one country, "D.C." and "Washington" one city. A state resolves to no point, so
        only its name joins it."""
        place = resolve_place(name)
        if place is None or place.kind not in _POINT_KINDS:
            return None
        found: tuple[Any, ...] | None = _only(
            self.conn.execute(
                "SELECT id, roles FROM actors WHERE label = 'PLACE' AND country = ? "
                "AND place_kind = ? AND latitude IS ? AND longitude IS ?",
                (place.country, place.kind, place.latitude, place.longitude),
            ).fetchall()
        )
        return found

    def _by_surname(self, family_name: str, roles: list[str]) -> tuple[Any, ...] | None:
        """The known person a bare surname stands for: the only one of that surname, else the
        only one holding its title ("President Trump" is Donald, not Melania), else, of
        several holding it (or of all, when none does or no title is given), the one in five
        times as many articles as the next (a daughter once wrongly given her father's title
        does not make "President Obama" ambiguous; PAC's one "Team Obama" left ten articles'
        "Obama" apart from Barack Obama's 58). Checked before an earlier bare "Trump" actor,
        so the title still decides."""
        rows = self.conn.execute(
            "SELECT id, roles FROM actors WHERE label = 'PERSON' AND surname = ? "
            "AND norm != surname",
            (family_name,),
        ).fetchall()
        holders = _same_role(rows, roles)
        found: tuple[Any, ...] | None = _only(rows) or _only(holders)
        pool = holders or rows  # no title, or nobody holds it: all of that surname
        if found is not None or len(pool) < 2:
            return found
        counts = sorted(((self._articles(r[0]), i) for i, r in enumerate(pool)), reverse=True)
        (top, best), (second, _) = counts[0], counts[1]
        if second >= _COUNT_CAP:
            return None  # two people that common: no count is worth reading to the end
        return tuple(pool[best]) if top >= _DOMINANT * max(1, second) else None

    def _by_compound_surname(self, compound: str, roles: list[str]) -> tuple[Any, ...] | None:
        """The known person a family name of several words written alone stands for ("de
        Blasio" for Bill de Blasio): the only one named in full with it, else the only one of
        them holding its title. "Al Gore" alone names no one's family this way, so it stays
        a full name."""
        rows = [
            row
            for row in self.conn.execute(
                "SELECT id, roles, norm FROM actors WHERE label = 'PERSON' AND surname = ? "
                "AND norm != ?",
                (compound.split()[-1], compound),
            ).fetchall()
            if compound_surname(str(row[2])) == compound
        ]
        found: tuple[Any, ...] | None = _only(rows) or _only(_same_role(rows, roles))
        return found

    def _named(self, label: str, norm: str) -> tuple[Any, ...] | None:
        """(id, roles) of the known actor of ``label`` stored under exactly ``norm``."""
        row: tuple[Any, ...] | None = self.conn.execute(
            "SELECT id, roles FROM actors WHERE label = ? AND norm = ?", (label, norm)
        ).fetchone()
        return row

    def _articles(self, actor_id: str) -> int:
        """How many articles mention the actor (counted up to ``_COUNT_CAP``)."""
        count: int = self.conn.execute(
            "SELECT COUNT(*) FROM (SELECT DISTINCT article_id FROM mentions "
            "WHERE actor_id = ? LIMIT ?)",
            (actor_id, _COUNT_CAP),
        ).fetchone()[0]
        return count

    def _person_tagged_org(self, norm: str) -> tuple[Any, ...] | None:
        """The known person a one-word "organisation" (or a family name of several words,
        "De Blasio") names: the small model tags a bare
        "Trump" ORG where its article never writes the name in full (PAC: 14 articles, BASIL
        4, besides "Tillis", "Obama", "Biden", "Christie"), and outlets then showed a "Trump"
        apart from Donald J. Trump among their sources. The surname must point to one person
        (as a bare surname does), who must be in at least twice as many articles as that
        organisation, and in two at least: "House" (116 articles) and "Senate" stay
        organisations beside a misread person "Obama White House", "Fox" (Fox News) beside
        Vicente Fox. An outlet's name is never a person here. The organisation stored so far
        joins the person too, so arrival order does not decide."""
        compound = compound_surname_alone(norm)  # "De Blasio" tagged ORG: Bill de Blasio
        if (" " in norm and compound is None) or norm in _OUTLET_NORMS:
            return None
        person = self._by_compound_surname(compound, []) if compound else self._by_surname(norm, [])
        if person is None:
            return None
        org = self._named("ORG", norm)
        held = self._articles(org[0]) if org else 0
        if self._articles(str(person[0])) < max(2, 2 * held):
            return None
        if org is not None:
            self._fold(str(org[0]), str(person[0]))
        return person

    def _other_kind(self, family: str, norm: str) -> tuple[Any, ...] | None:
        """The known actor of the other kind (person or organisation) with this very name:
        the small model tags a full name ORG in one article and PERSON in the next (PAC:
        "Brett Kavanaugh", "Judd Deere"; BASIL: "Julian Assange", "Kirstjen Nielsen"), and
        "Border Patrol" the other way round, which split one actor in two. A name
        tagged ORG joins the person; a name tagged PERSON joins an organisation only once
        two articles know it, so one article's mistake does not take the next person in."""
        other = "ORG" if family == "PERSON" else "PERSON"
        row = self._named(other, norm)
        if row is None or (other == "ORG" and self._articles(str(row[0])) < 2):
            return None
        return row

    def _absorb_other_kind(self, norm: str, person: str) -> None:
        """A new person whose name starts with a known first name takes in an organisation
        of the same name that only one article knows (BASIL's "Sean Hannity", tagged ORG in
        the first article that named him): the mirror of ``_other_kind``, so arrival order
        does not keep them apart. Without the first name, a "Best Buy" tagged PERSON would
        take in the company."""
        org = self._named("ORG", norm)
        if org is not None and self._articles(str(org[0])) < 2:
            self._fold(str(org[0]), person)

    def _same_person(self, name: str, own_generation: bool = False) -> tuple[Any, ...] | None:
        """The one known person whose full name differs from ``name`` only by a middle name
        or initial that one of them leaves out (NYT's "Mark D. Sheridan", another outlet's
        "Mark Sheridan"); none when two could be meant. The fuller name is kept, so "George
        H. W. Bush" is not later folded into a "George Bush" that meant George W."""
        rows = self.conn.execute(
            "SELECT id, roles, name FROM actors WHERE label = 'PERSON' AND surname = ? "
            "AND norm != surname",
            (surname(name),),
        ).fetchall()
        alike = [r for r in rows if same_person(r[2], name)]
        # a father and a son of one name ("Donald J. Trump", "Donald Trump Jr."): the one of
        # the same generation
        same_generation = [r for r in alike if generation(str(r[2])) == generation(name)]
        found = _only(same_generation) if own_generation else _only(alike) or _only(same_generation)
        if found is None:
            return None
        if len(normalise(name).split()) > len(normalise(found[2]).split()):
            self._rename(str(found[0]), name)
        return (found[0], found[1])

    def _same_body(self, norm: str) -> tuple[Any, ...] | None:
        """The known organisation that ``norm`` names with or without its country's prefix:
        "the U.S. Supreme Court" and "the Supreme Court" are one court (BASIL and PAC had
        made them two actors, 5 and 51 articles, so each outlet's sources were split). A bare
        name joins a prefixed one only when one country's is known, and a prefixed name joins no
        body that some article named with another country's prefix ("UK Supreme Court" and
        "US Supreme Court" stay two)."""
        country, bare = _national(norm)
        forms = ([bare] if country is not None else []) + _prefixed([bare], country)
        rows = self.conn.execute(
            "SELECT id, roles, norm FROM actors WHERE label = 'ORG' AND norm IN "
            f"({', '.join('?' * len(forms))}) ORDER BY norm != ?, norm, id",
            (*forms, bare),
        ).fetchall()
        if not rows or len({_national(r[2])[0] for r in rows} - {None}) > 1:
            return None
        written = self.conn.execute(
            "SELECT DISTINCT text FROM mentions WHERE actor_id = ?", (rows[0][0],)
        ).fetchall()
        own = country or _national(rows[0][2])[0]
        if {_national(normalise(t[0]))[0] for t in written} - {None, own}:
            return None  # the bare name already stands for another country's body
        return rows[0][0], rows[0][1]

    def _same_agency(self, name: str) -> tuple[Any, ...] | None:
        """The one known body whose own article abbreviated it as one of ``name``'s acronyms
        and whose name differs only by a country or a last "and" word: "Centers for Disease
        Control and Prevention" written out alone joins a "Centers for Disease Control" that
        another article called "CDC", "US Department for Homeland Security" the "Department
        of Homeland Security (DHS)" (PAC). The written acronym is the evidence: without one
        (BASIL's two CDC names) the names stay apart."""
        core = _core_words(name)
        found = {
            row[0]: row
            for form in initials_forms(name)
            if len(form) >= 3
            for row in self._abbreviated_as("ORG", form)
            if _core_words(str(row[2])) == core
        }
        row: tuple[Any, ...] | None = _only(list(found.values()))
        if row is not None and _fuller(name, str(row[2])):
            self._rename(str(row[0]), name)  # the fuller name, whichever came first
        return row

    def _inverted(self, norm: str) -> list[tuple[Any, ...]]:
        """The known organisations (id, roles) that ``norm`` names the other way round: "the
        Justice Department" and "the Department of Justice" (PAC 13 and 8 articles, BASIL 23
        and 6, had been two actors each), "the Health Ministry" and "the Ministry of
        Health". A country before either form is read as ``_same_body`` reads it."""
        country, bare = _national(norm)
        forms = _inversions(bare)
        if not forms:
            return []
        forms += _prefixed(forms, country)
        rows = self.conn.execute(
            "SELECT id, roles FROM actors WHERE label = 'ORG' AND norm IN "
            f"({', '.join('?' * len(forms))})",
            forms,
        ).fetchall()
        return [tuple(r) for r in rows]

    def _rename(self, actor_id: str, name: str) -> None:
        """Show a known actor under a fuller name ("George H. W. Bush", "Centers for Disease
        Control and Prevention"); its id stays that of its first name."""
        self.conn.execute(
            "UPDATE actors SET name = ?, norm = ?, initials = ? WHERE id = ?",
            (name, normalise(name), initials(name), actor_id),
        )

    def _new_actor(self, actor: Actor, family: str, norm: str, words: list[str]) -> str:
        place = resolve_place(actor.name) if family == "PLACE" else None
        name = actor.name
        if place is not None and place.kind in _POINT_KINDS:
            # the place's own name, whichever the first article wrote ("America", "D.C."), so a
            # corpus names its places alike whatever order its articles come in
            name, norm = place.name, normalise(place.name)
            words = norm.split()
        # An actor renamed to a fuller name ("George Bush" to "George W. Bush") keeps the id
        # of its first name, which a new, different "George Bush" must not take.
        actor_id, n = short_hash(family, norm), 0
        while self.conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone():
            n += 1
            actor_id = short_hash(family, norm, str(n))
        family_name = surname(name) if family == "PERSON" and words else None
        self.conn.execute(
            "INSERT INTO actors (id, label, name, norm, surname, initials, roles, country, "
            "latitude, longitude, place_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                actor_id,
                family,
                name,
                norm,
                family_name,
                initials(name) if len(words) > 1 else None,
                json.dumps(actor.roles),
                place.country if place else None,
                place.latitude if place else None,
                place.longitude if place else None,
                place.kind if place else None,
            ),
        )
        if family == "PERSON" and len(words) > 1:  # a bare surname seen earlier joins it
            self._absorb_surname(family_name or "", actor_id)
            if compound := compound_surname(name):  # and so does "de Blasio" alone
                self._absorb_compound_surname(compound, actor_id)
        return actor_id

    def _absorb_surname(self, short: str, into: str) -> None:
        rows = self.conn.execute(
            "SELECT id, roles FROM actors WHERE label = 'PERSON' AND norm = ? AND id != ?",
            (short, into),
        ).fetchall()
        owners = self.conn.execute(
            "SELECT COUNT(*) FROM actors WHERE label = 'PERSON' AND surname = ? AND norm != ?",
            (short, short),
        ).fetchone()[0]
        if len(rows) != 1:
            return
        if owners != 1:
            # several people of that surname: the bare "Trump" of "President Trump" still
            # joins the one of them who holds its title
            if not json.loads(rows[0][1]):
                return
            found = self._by_surname(short, json.loads(rows[0][1]))
            if found is None or found[0] != into:
                return
        self._fold(str(rows[0][0]), into)

    def _absorb_compound_surname(self, compound: str, into: str) -> None:
        """A family name of several words stored alone ("de Blasio") joins the first person
        named in full with it, when there is only that one."""
        rows = self.conn.execute(
            "SELECT id FROM actors WHERE label = 'PERSON' AND norm = ? AND id != ?",
            (compound, into),
        ).fetchall()
        if len(rows) == 1 and self._by_compound_surname(compound, []) is not None:
            self._fold(str(rows[0][0]), into)

    def _absorb_acronym(self, actor: Actor, family: str, into: str) -> None:
        """An article that writes a name out and abbreviates it ("the National Rifle
        Association ... the NRA") shows they are one: a bare "NRA" actor of earlier articles
        joins the name, unless another name was also abbreviated so. Another name that some
        article abbreviated alike and that differs only by a country or a last "and" word
        ("Centers for Disease Control", "... and Prevention", both "CDC") is the same body:
        the two join under the longer name."""
        keys = {
            acronym_key(m.text)
            for m in actor.mentions
            if is_acronym(m.text) and abbreviates(m.text, actor.name)
        }
        core = _core_words(actor.name)
        for key in sorted(k for k in keys if len(k) >= 2):
            others = [r for r in self._abbreviated_as(family, key) if r[0] != into]
            same = [r for r in others if _core_words(str(r[2])) == core]
            if len(same) == 1 and len(others) == 1:
                longer = _fuller(str(same[0][2]), actor.name)
                old, into = (into, str(same[0][0])) if longer else (str(same[0][0]), into)
                self._fold(old, into)
                others = []
            rows = self.conn.execute(
                "SELECT id FROM actors WHERE label = ? AND norm = ? AND id != ?",
                (family, key.lower(), into),
            ).fetchall()
            if len(rows) == 1 and not others:
                self._fold(str(rows[0][0]), into)

    def _survivor(self, actor_id: str) -> str:
        """The actor that ``actor_id`` was folded into during this article, through any chain:
        an agency's new name folded into an older, fuller one (``_absorb_acronym``) may see
        that one folded again by a later actor of the same article."""
        seen = {actor_id}
        while actor_id in self._merged and self._merged[actor_id] not in seen:
            actor_id = self._merged[actor_id]
            seen.add(actor_id)
        return actor_id

    def _fold(self, old: str, into: str) -> None:
        """Every annotation of actor ``old`` moves to ``into``; ``old`` is deleted."""
        for table, column in (
            ("mentions", "actor_id"),
            ("quotes", "speaker_actor_id"),
            ("actor_tone", "actor_id"),
            ("events", "actor_id"),
            ("events", "target_id"),
            ("terms", "actor_id"),
        ):
            self.conn.execute(
                f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (into, old)
            )
        self.conn.execute("DELETE FROM actor_tone WHERE actor_id = ?", (old,))
        self.conn.execute("DELETE FROM actors WHERE id = ?", (old,))
        self._merged[old] = into

    def _add_roles(self, actor_id: str, known: list[str], new: list[str]) -> None:
        merged = known + [r for r in new if not has_role(known, r)]
        if merged != known:
            self.conn.execute(
                "UPDATE actors SET roles = ? WHERE id = ?", (json.dumps(merged), actor_id)
            )

    # -- reading --------------------------------------------------------------------------

    def analysis(self, article_id: str) -> Analysis | None:
        row = self.conn.execute(
            "SELECT skipped, tone FROM analyses WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return Analysis(
            article_id=article_id,
            actors=self._actors_of(article_id),
            quotes=[_quote(r) for r in self._rows("quotes", article_id)],
            amounts=[_amount(r) for r in self._rows("amounts", article_id)],
            times=[_time(r) for r in self._rows("time_expressions", article_id)],
            claims=[_claim(r) for r in self._rows("claims", article_id)],
            events=[_event(r) for r in self._rows("events", article_id)],
            terms=[_term(r) for r in self._rows("terms", article_id)],
            embedding=self.article_embedding(article_id),
            tone=row[1],
            skipped=row[0],
        )

    def store_claim_embeddings(self, article_id: str, vectors: dict[int, bytes]) -> None:
        """Fill in the vectors of an article's claims (by their number) that were stored
        without one: an analysis run with claim embeddings left for later."""
        with self.transaction():
            self.conn.executemany(
                "UPDATE claims SET embedding = ? WHERE article_id = ? AND n = ? "
                "AND embedding IS NULL",
                [(blob, article_id, n) for n, blob in vectors.items()],
            )

    def known_claim_vectors(self, texts: list[str], model: str) -> dict[str, bytes]:
        """Vectors already stored for any of ``texts`` by ``model``: a sentence is embedded
        once however many articles carry it and however often the corpus is re-analysed.
        The model is the one recorded with the claim's article."""
        found: dict[str, bytes] = {}
        for chunk in _in_chunks(sorted(set(texts))):
            keys = [text_key(t) for t in chunk]
            rows = self.conn.execute(
                "SELECT c.text, c.embedding FROM claims c "
                "JOIN article_embeddings e ON e.article_id = c.article_id "
                f"WHERE c.text_key IN ({', '.join('?' * len(keys))}) "
                "AND c.embedding IS NOT NULL AND e.model = ?",
                (*keys, model),
            )
            chosen = set(chunk)
            found.update((r[0], bytes(r[1])) for r in rows if r[0] in chosen)
        return found

    def known_article_vectors(self, keys: dict[str, int], model: str) -> dict[str, bytes]:
        """The stored vectors of articles (id -> text key of the headline and lede now
        embedded) whose stored vector is of that same text, by ``model``."""
        found: dict[str, bytes] = {}
        for chunk in _in_chunks(sorted(keys)):
            rows = self.conn.execute(
                "SELECT article_id, vector, text_key FROM article_embeddings "
                f"WHERE article_id IN ({', '.join('?' * len(chunk))}) AND model = ?",
                (*chunk, model),
            )
            found.update((r[0], bytes(r[1])) for r in rows if r[2] == keys[r[0]])
        return found

    def article_embedding(self, article_id: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT vector FROM article_embeddings WHERE article_id = ?", (article_id,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def embedding_model(self, article_id: str) -> str | None:
        """The sentence-embedding model the article's analysis used (None before analysis)."""
        row = self.conn.execute(
            "SELECT model FROM article_embeddings WHERE article_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def unanalysed(self, pipeline: str, limit: int = 1000) -> list[str]:
        """Originals (duplicates are analysed through their original) not yet analysed by
        this pipeline version."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles AS a LEFT JOIN analyses AS n ON n.article_id = a.id "
            "WHERE a.duplicate_of IS NULL AND (n.pipeline IS NULL OR n.pipeline != ?) "
            "ORDER BY a.seq LIMIT ?",
            (pipeline, limit),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def actor_rows(self) -> Iterator[dict[str, Any]]:
        for row in self.conn.execute(
            "SELECT a.id, a.label, a.name, a.roles, a.country, a.latitude, a.longitude, "
            "COUNT(m.start) AS mentions, "
            "COUNT(DISTINCT m.article_id) AS articles FROM actors AS a "
            "LEFT JOIN mentions AS m ON m.actor_id = a.id GROUP BY a.id "
            "ORDER BY articles DESC, mentions DESC"
        ):
            yield {**dict(row), "roles": json.loads(row["roles"])}

    def actor_ids(self, name: str) -> list[str]:
        """The canonical actors ``name`` stands for: an actor's id, else the actors of that
        name, else those the articles call so ("the senator"). Of the last, only the ones
        called so at least a fifth as often as the one called so most: some article calls
        Melania Trump or Donald Trump Jr. "Trump" once, and "Trump" still means Donald
        J. Trump (BASIL: 481 of his quotations against 12 of theirs). ``quotes --speaker``
        and ``stories --actor`` read names this way."""
        exact = self.conn.execute(
            "SELECT id FROM actors WHERE id = ? UNION SELECT id FROM actors "
            "WHERE lower(name) = lower(?)",
            (name, name),
        ).fetchall()
        if exact:
            return [str(r[0]) for r in exact]
        called = self.conn.execute(
            "SELECT actor_id, COUNT(*) AS n FROM mentions WHERE lower(text) = lower(?) "
            "GROUP BY actor_id ORDER BY n DESC",
            (name,),
        ).fetchall()
        top = called[0][1] if called else 0
        return [str(r[0]) for r in called if r[1] * _ALIAS_SHARE >= top]

    def best_known_of_surname(self, family_name: str) -> str | None:
        """The person named in full with this surname who appears in more articles than any
        other of that surname (None on a tie or when there is none)."""
        rows = self.conn.execute(
            "SELECT a.id, COUNT(DISTINCT m.article_id) AS n FROM actors AS a "
            "JOIN mentions AS m ON m.actor_id = a.id "
            "WHERE a.label = 'PERSON' AND a.surname = ? AND a.norm != a.surname "
            "GROUP BY a.id ORDER BY n DESC LIMIT 2",
            (family_name,),
        ).fetchall()
        if not rows or (len(rows) == 2 and rows[0][1] == rows[1][1]):
            return None
        return str(rows[0][0])

    def actor_names(self, ids: list[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for chunk in _in_chunks(ids):
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT id, name FROM actors WHERE id IN ({marks})", chunk
            ):
                names[row[0]] = row[1]
        return names

    def _rows(self, table: str, article_id: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            f"SELECT * FROM {table} WHERE article_id = ? ORDER BY n", (article_id,)
        ).fetchall()

    def _actors_of(self, article_id: str) -> list[Actor]:
        actors: dict[str, Actor] = {}
        for row in self.conn.execute(
            "SELECT m.*, a.name, a.label, a.roles, a.country, a.latitude, a.longitude, t.tone "
            "FROM mentions AS m "
            "JOIN actors AS a ON a.id = m.actor_id LEFT JOIN actor_tone AS t "
            "ON t.article_id = m.article_id AND t.actor_id = m.actor_id "
            "WHERE m.article_id = ? ORDER BY m.start",
            (article_id,),
        ):
            actor = actors.setdefault(
                row["actor_id"],
                Actor(
                    key=row["local_key"],
                    name=row["name"],
                    label=row["label"],
                    roles=json.loads(row["roles"]),
                    tone=row["tone"],
                    country=row["country"],
                    latitude=row["latitude"],
                    longitude=row["longitude"],
                    canonical_id=row["actor_id"],
                ),
            )
            actor.mentions.append(Span(row["start"], row["end_"], row["text"]))
        return list(actors.values())


# The national prefixes English news writes before an institution's own name ("the U.S.
# Senate", "the UK Parliament"), by country. Other country names are not read as prefixes:
# "Georgia Senate" is a state's, and "Mexico City police" a city's.
_NATIONAL = {"us": "US", "united states": "US", "uk": "GB", "united kingdom": "GB"}


def _national(norm: str) -> tuple[str | None, str]:
    """(country, the name without it) for a name led by a national prefix, else (None, name)."""
    for prefix, country in _NATIONAL.items():
        if norm.startswith(prefix + " ") and len(norm) > len(prefix) + 1:
            return country, norm[len(prefix) + 1 :]
    return None, norm


def _prefixed(forms: list[str], country: str | None) -> list[str]:
    """``forms`` led by each national prefix of ``country``, or of every country."""
    return [f"{p} {form}" for p, c in _NATIONAL.items() if country in (None, c) for form in forms]


_OUTLET_NORMS = frozenset(normalise(name) for name in NEWS_OUTLETS)


# The initials of the national prefixes that an acronym leaves out ("US", "U.S.": U;
# "United States": US), and none.
_COUNTRY_INITIALS = ("", *sorted({initials(prefix) for prefix in _NATIONAL}))


def _core_words(name: str) -> frozenset[str]:
    """A body's name without its country, a last "and" word and small words: "US Department
    for Homeland Security" and "Department of Homeland Security" are one body."""
    norm = without_last_and(_national(normalise(name))[1])
    return frozenset(w for w in norm.split() if w not in {"of", "for", "the", "on", "and", "&"})


# "justice department" and "department of (the) justice"; "health ministry" and "ministry of
# health". A name with words before the office's own ("chicago police department") has no
# other form.
_OFFICE_LAST = re.compile(r"^(?P<what>[a-z][a-z ]*?) (?P<office>department|ministry)$")
_OFFICE_FIRST = re.compile(
    r"^(?P<office>department|ministry) (?:of|for) (?:the )?(?P<what>[a-z][a-z ]*)$"
)


def _inversions(norm: str) -> list[str]:
    """The other normalised forms of an office's name: "justice department" <->
    "department of justice" (with or without "the", "of" or "for")."""
    last, first = _OFFICE_LAST.match(norm), _OFFICE_FIRST.match(norm)
    if last:
        what, office = last["what"], last["office"]
        return [f"{office} {p} {what}" for p in ("of", "of the", "for", "for the")]
    if first:
        return [f"{first['what']} {first['office']}"]
    return []


def _fuller(name: str, other: str) -> bool:
    """Whether ``name`` is the fuller of two names of one body: more words, a country aside."""
    return len(_national(normalise(name))[1].split()) > len(_national(normalise(other))[1].split())


def _only(rows: list[Any]) -> Any:
    return rows[0] if len(rows) == 1 else None


# A name stands for every actor the articles call so at least 1/_ALIAS_SHARE as often as the
# actor they call so most (``AnnotationStore.actor_ids``).
_ALIAS_SHARE = 5
# Places that resolve to one point: joined across articles by where they are, and named by
# geonames whichever name the first article wrote. A US state or a region has no point.
_POINT_KINDS = frozenset({"country", "city"})
_DOMINANT = 5  # times as many articles: one holder of a title stands out from the others
# Articles counted at most per person when weighing them: a bare "Trump" must not read every
# mention of Donald Trump in a corpus of millions. A cap of 5,000 still decides 5x whenever the
# second is under 1,000.
_COUNT_CAP = 5000


def _same_role(rows: list[Any], roles: list[str]) -> list[Any]:
    """The known people (id, roles JSON) who hold one of ``roles`` word for word: the bare
    "Trump" of "President Trump" is Donald, not Melania or Ivanka; "President" and "Former
    President" are different roles, so "President Bush" picks no Bush of two presidents."""
    wanted = {r.lower() for r in roles}
    return [r for r in rows if wanted & {k.lower() for k in json.loads(r[1])}] if wanted else []


def _span_columns(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _span(row: sqlite3.Row, prefix: str) -> Span | None:
    if row[f"{prefix}_start"] is None:
        return None
    return Span(row[f"{prefix}_start"], row[f"{prefix}_end"], row[f"{prefix}_text"])


def _quote(row: sqlite3.Row) -> Quote:
    return Quote(
        Span(row["start"], row["end_"], row["text"]),
        row["kind"],
        _span(row, "speaker"),
        row["speaker_actor_id"],
        _span(row, "cue"),
        row["medium"],
        bool(row["speech"]),
    )


def _amount(row: sqlite3.Row) -> Amount:
    return Amount(
        Span(row["start"], row["end_"], row["text"]),
        row["value"],
        row["low"],
        row["high"],
        row["unit"],
        row["counted"],
        row["qualifier"],
    )


def _event_detail(event: Event) -> dict[str, Any]:
    """The spans as stored JSON, so an event can be shown in place."""

    def span(s: Span | None) -> list[Any] | None:
        return [s.start, s.end, s.text] if s else None

    return {
        "verb": span(event.verb),
        "actor": span(event.actor),
        "target": span(event.target),
        "place": span(event.place),
        "sentence_text": event.sentence.text,
    }


def _event(row: sqlite3.Row) -> Event:
    detail = json.loads(row["detail"])

    def span(value: list[Any] | None) -> Span | None:
        return Span(value[0], value[1], value[2]) if value else None

    verb = span(detail["verb"])
    assert verb is not None
    return Event(
        row["type"],
        row["plover"],
        verb,
        span(detail["actor"]),
        row["actor_id"],
        span(detail["target"]),
        row["target_id"],
        span(detail["place"]),
        row["date"],
        Span(row["sentence_start"], row["sentence_end"], detail["sentence_text"]),
        bool(row["negated"]),
        row["mode"],
    )


def _claim(row: sqlite3.Row) -> Claim:
    embedding = bytes(row["embedding"]) if row["embedding"] is not None else None
    return Claim(
        Span(row["start"], row["end_"], row["text"]), tuple(json.loads(row["reasons"])), embedding
    )


def _time(row: sqlite3.Row) -> TimeExpression:
    value = dt.date.fromisoformat(row["value"]) if row["value"] else None
    return TimeExpression(
        Span(row["start"], row["end_"], row["text"]),
        row["kind"],
        value,
        row["granularity"],
        row["anchor"],
    )


def _term(row: sqlite3.Row) -> Term:
    """Loaded terms name their actor by canonical id (as loaded quotes name their speaker)."""
    return Term(
        Span(row["start"], row["end_"], row["text"]),
        row["head"],
        row["kind"],
        row["actor_id"],
        bool(row["quoted"]),
    )


def _dotted(key: str) -> str:
    """ "NRA" -> "N.R.A." """
    return ".".join(key) + "."
