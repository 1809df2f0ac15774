"""Terminal presentation for the CLI (rich): tables and panels, no logic."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprism.records import Article, IngestReport
from newsprism.textutil import without_relative_pronoun
from newsprism.understand.records import Analysis, event_label

if TYPE_CHECKING:
    from newsprism.store.quotes import QuoteRow


def ingest_summary(report: IngestReport) -> Text:
    parts = [
        f"added {len(report.added)}",
        f"duplicates {len(report.duplicates)}",
        f"rejected {len(report.rejected)}",
    ]
    if report.unchanged:
        parts.append(f"already stored {report.unchanged}")
    if report.skipped_sources:
        parts.append(f"sources already ingested {report.skipped_sources}")
    if report.warnings:
        parts.append(f"stored with a warning {len(report.warnings)}")
    return Text(", ".join(parts))


def articles_table(articles: Sequence[Article]) -> Table:
    table = Table(show_lines=False, header_style="bold", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("outlet", max_width=18, overflow="ellipsis")
    table.add_column("published", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("words", no_wrap=True, justify="right")
    table.add_column("title", ratio=1, overflow="fold")
    for a in articles:
        table.add_row(
            a.id,
            escape(a.outlet or "(unknown)"),
            a.published.isoformat() if a.published else "unknown",
            a.language or "?",
            str(a.word_count),
            escape(a.display_title),
        )
    return table


def article_panel(article: Article, copies: Sequence[Article]) -> Panel:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    rows: list[tuple[str, str | None]] = [
        ("id", article.id),
        ("title", article.title),
        ("outlet", article.outlet or "(unknown)"),
        ("url", article.url),
        ("author", article.author),
        ("published", _published(article)),
        ("language", _language(article)),
        ("words", str(article.word_count)),
        ("source", article.locator),
        ("format", article.format),
        ("ingested", article.ingested_at.isoformat() if article.ingested_at else None),
        ("content hash", article.content_hash[:16]),
    ]
    if article.duplicate_of:
        rows.append(
            (
                "duplicate of",
                f"{article.duplicate_of} ({article.duplicate_kind}, "
                f"similarity {article.duplicate_score})",
            )
        )
    if copies:
        rows.append(("also run by", ", ".join(f"{c.outlet or '?'} [{c.id}]" for c in copies)))
    for key, value in rows:
        if value:
            meta.add_row(key, escape(value))
    body = Text(article.text)  # Text, not markup: article text is never interpreted
    return Panel(Group(meta, Text(""), body), title=escape(article.display_title), expand=True)


def actors_table(rows: Sequence[Mapping[str, Any]]) -> Table:
    table = Table(header_style="bold", expand=True)
    for column in ("actor", "type", "roles / place", "articles", "mentions"):
        table.add_column(
            column,
            overflow="fold",
            justify="right" if column in {"articles", "mentions"} else "left",
        )
    for r in rows:
        table.add_row(
            escape(r["name"]),
            r["label"],
            escape("; ".join(r["roles"]) or _place(r)),
            str(r["articles"]),
            str(r["mentions"]),
        )
    return table


def quotes_table(rows: Sequence[QuoteRow]) -> Table:
    """Who said what across articles. Where it ran (outlets, date, article id) and who said it
    (speaker over cue and medium) each take one narrow column, so the quotation keeps most of
    an 80-column terminal."""
    table = Table(header_style="bold", expand=True)
    table.add_column("where", overflow="fold", max_width=16)
    table.add_column("who", overflow="fold", max_width=18)
    table.add_column("quotation", overflow="fold", ratio=1)
    for r in rows:
        outlets = ", ".join([r.outlet or "unknown outlet", *r.also_in])
        speaker = without_relative_pronoun(r.speaker) if r.speaker else "(none named)"
        how = ", ".join(filter(None, [r.cue, r.medium]))
        kind = r.kind if r.speech else f"{r.kind}, view"  # a belief or intention, not words
        table.add_row(
            f"{escape(outlets)}\n{r.published or 'undated'}\n[dim]{r.article_id[:8]}[/dim]",
            escape(speaker) + (f"\n[dim]{escape(how)}[/dim]" if how else ""),
            escape(r.shown) + ("" if kind == "direct" else f" [dim]({kind})[/dim]"),
        )
    return table


def _place(row: Mapping[str, Any]) -> str:
    if row.get("latitude") is None:
        return str(row.get("country") or "")
    return f"{row['country']} ({row['latitude']:.2f}, {row['longitude']:.2f})"


def rejects_table(rows: Sequence[Mapping[str, Any]]) -> Table:
    table = Table(header_style="bold")
    for column in ("code", "where", "reason", "last seen", "tries"):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(
            r["code"], escape(r["locator"]), escape(r["reason"]), r["last_seen"], str(r["attempts"])
        )
    return table


def metrics_table(result: Mapping[str, Any]) -> Table:
    table = Table(title=f"eval {result.get('suite', '')}", header_style="bold")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in _flat(result):
        if key != "suite":
            table.add_row(escape(key), escape(str(value)))
    return table


def _flat(value: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for key, item in value.items():
        name = f"{prefix}{key}"
        rows += _flat(item, name + ": ") if isinstance(item, Mapping) else [(name, item)]
    return rows


def cluster_summary(report: Any) -> Text:
    text = (
        f"stories: {report.assigned} articles placed ({report.new_stories} new stories, "
        f"{report.merges} merges, {report.splits} splits), {report.duplicates} duplicates "
        f"joined their original, {len(report.unassigned)} left unassigned"
    )
    return Text(text)


def stories_table(rows: Sequence[Mapping[str, Any]]) -> Table:
    count = f"{len(rows)} {'story' if len(rows) == 1 else 'stories'}"
    table = Table(title=count, header_style="bold", expand=True)
    # An id is copied into the next command, so it never wraps (a folded id had read as
    # another id in an 80-column terminal); dates are short enough to stay whole too. The
    # title gets most of what is left: in 80 columns it had been cut to ten characters a
    # line ("Intelligen" / "ce").
    for column in ("id", "dates", "articles"):
        table.add_column(column, **_cell(True))
    # One outlet a line, in a width of its own: as a share of the free width (rich ignores a
    # share's minimum) the column had shrunk below its header ("outlet" / "s").
    longest = max((len(o) + 1 for row in rows for o in row["outlets"]), default=0)
    width = min(max(len("outlets"), longest), _OUTLETS_WIDTH)
    table.add_column("outlets", width=width, **_cell(False))
    # the main actors go under the title, dimmed: a column of their own left both too narrow
    table.add_column("title · main actors", ratio=3, **_cell(False))
    for row in rows:
        actors = [a["name"] for a in row["main_actors"]]
        listed = ", ".join(actors[:_LISTED_ACTORS]) + (", …" if actors[_LISTED_ACTORS:] else "")
        title = Text(str(row["title"] or "(untitled)"))
        if listed:
            title.append("\n" + listed, style="dim")  # the first few; ``story ID`` has all
        table.add_row(
            str(row["id"]),
            _span(row, compact=True),
            str(row["articles"]),
            escape(", ".join(row["outlets"])),
            title,
        )
    return table


_LISTED_ACTORS = 3
_OUTLETS_WIDTH = 12  # a longer outlet name wraps: the title needs the width more


def story_view(story: Mapping[str, Any]) -> Group:
    header = Text()
    header.append(f"{story['title'] or '(untitled story)'}\n", style="bold")
    count = len(story["articles"])  # the members themselves, listed below
    header.append(f"{_span(story)} · {count} article{'s' if count != 1 else ''} · outlets: ")
    header.append(", ".join(f"{o} ({n})" for o, n in story["outlets"].items()))
    header.append("\nmain actors: " + ", ".join(a["name"] for a in story["main_actors"]))
    members = Table(title="articles", header_style="bold", expand=True)
    for column in ("id", "date", "outlet", "title", "why here"):
        members.add_column(column, **_cell(column == "id"))
    for a in story["articles"]:
        date = a["published"] or (f"{a['inferred_date']} (inferred)" if a["inferred_date"] else "")
        members.add_row(
            str(a["id"]),
            escape(str(date or "unknown")),
            escape(str(a["outlet"] or "unknown")),
            escape(str(a["title"] or "")),
            escape(str(a["reason"])),
        )
    history = Table(title="history", header_style="bold", expand=True)
    for column in ("when", "what", "article", "other story", "why"):
        history.add_column(column, **_cell(column in {"when", "article", "other story"}))
    for entry in story["log"]:
        action, other = _as_seen_from(story["id"], entry)
        history.add_row(
            str(entry["at"]),
            action,
            str(entry["article_id"] or ""),
            other,
            escape(str(entry["reason"])),
        )
    return Group(Panel(header, title=f"story {story['id']}"), members, history)


def _as_seen_from(story_id: str, entry: Mapping[str, Any]) -> tuple[str, str]:
    """A log entry's action and other story as the shown story lived them: a split is logged
    under the new story with the old one as ``other_id``, and the old one's history must name
    the new one ("split off" to it), not itself."""
    action, other = str(entry["action"]), entry["other_id"]
    if entry.get("story_id") not in (None, story_id):
        other = entry["story_id"]
        action = "split off" if action == "split" else action
    elif action == "split":
        action = "split from"
    return action, str(other or "")


def _cell(whole: bool) -> dict[str, Any]:
    """Column settings: an identifier is shown whole; other text folds to fit."""
    return {"no_wrap": True} if whole else {"overflow": "fold"}


def _span(row: Mapping[str, Any], compact: bool = False) -> str:
    """A story's dates; ``compact`` leaves out of the last date what it shares with the first
    ("2019-03-22–25", "2019-03-28–04-02"), for a table column that must not wrap."""
    first, last = row.get("first_date"), row.get("last_date")
    if not first:
        return "undated"
    if first == last or not last:
        return str(first)
    if not compact:
        return f"{first} – {last}"
    first, last = str(first), str(last)
    cut = 0  # whole leading year and month fields the two dates share
    for size in (5, 8):
        if first[:size] == last[:size]:
            cut = size
    return f"{first}–{last[cut:]}" if cut else f"{first}–\n{last}"  # across a year: two lines


def _published(article: Article) -> str:
    if article.published is None:
        return "unknown"
    return f"{article.published.isoformat()} (from {article.date_source})"


def _language(article: Article) -> str | None:
    if article.language is None:
        return None
    score = f" ({article.language_score:.2f})" if article.language_score is not None else ""
    return article.language + score


def analysis_summary(report: Any) -> Text:
    text = f"analysed {report.analysed}, skipped {len(report.skipped)}"
    reasons = sorted(set(report.skipped.values()))
    text += f" ({'; '.join(reasons[:3])})" if reasons else ""
    if report.reused:  # say why a re-analysis took a fraction of the first one's time
        text += f"; {report.embedded} texts embedded, {report.reused} vectors reused"
    return Text(text)


def analysis_tables(analysis: Analysis) -> list[Table]:
    if analysis.skipped:
        table = Table(title="analysis")
        table.add_column("skipped")
        table.add_row(escape(analysis.skipped))
        return [table]
    names = {a.canonical_id or a.key: a.name for a in analysis.actors}
    actors = Table(title="actors", header_style="bold", expand=True)
    for column in ("actor", "type", "roles", "mentions", "as"):
        actors.add_column(column, overflow="fold")
    for a in sorted(analysis.actors, key=lambda a: -len(a.mentions)):
        forms = sorted({m.text for m in a.mentions})
        actors.add_row(
            escape(a.name),
            a.label,
            escape("; ".join(a.roles)),
            str(len(a.mentions)),
            escape(" | ".join(forms)),
        )
    quotes = Table(title="quotes", header_style="bold", expand=True)
    # The short columns take the width their words need (up to a cap) and the content the
    # rest: shared out by ratio, names and cue verbs broke mid-word in 80 columns. The
    # medium, mostly empty, goes under its cue.
    for column, most in (("speaker", 14), ("kind", 8), ("cue, medium", 12)):
        quotes.add_column(column, overflow="fold", max_width=most)
    quotes.add_column("content", overflow="fold", ratio=1)
    for q in analysis.quotes:
        # no speaker: the text names none ("is expected to", "reportedly") or we found none
        speaker = names.get(q.speaker_key or "") or (
            without_relative_pronoun(q.speaker.text) if q.speaker else "(none named)"
        )
        quotes.add_row(
            escape(speaker),
            q.kind if q.speech else f"{q.kind}, view",  # a belief or intention, not words said
            escape("\n".join(filter(None, [q.cue.text if q.cue else "", q.medium]))),
            escape(q.content.text),
        )
    facts = Table(title="amounts and dates", header_style="bold", expand=True)
    for column in ("text", "value", "what"):
        facts.add_column(column, overflow="fold")
    for m in analysis.amounts:
        value = (
            _number(m.value)
            if m.value is not None
            else (f"{_number(m.low)}-{_number(m.high)}" if m.low is not None else "?")
        )
        what = " ".join(filter(None, [m.qualifier, m.unit, m.counted]))
        facts.add_row(escape(m.span.text), value, escape(what))
    for t in analysis.times:
        value = t.value.isoformat() if t.value else "unresolved"
        what = f"{t.kind}, {t.granularity or '-'}, from {t.anchor or '-'}"
        facts.add_row(escape(t.span.text), value, what)
    events = Table(title="events", header_style="bold", expand=True)
    for column in ("type", "who", "did", "to whom", "where", "when"):
        events.add_column(column, overflow="fold")
    for e in analysis.events:
        who = names.get(e.actor_key or "") or (e.actor.text if e.actor else "")
        whom = names.get(e.target_key or "") or (e.target.text if e.target else "")
        did = event_label(e.verb.text, e.negated, e.mode)
        events.add_row(
            e.type,
            escape(who),
            escape(did),
            escape(whom),
            escape(e.place.text if e.place else ""),
            e.date or "",
        )
    return [actors, quotes, facts, events]


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"
