"""A comparison as Markdown (also what the terminal shows, rendered by rich) and as HTML.

Article text is hostile input: in Markdown every character that can make markup where it
stands is escaped, and in HTML every string goes through ``html.escape``; nothing from an
article becomes markup.
"""

from __future__ import annotations

import html
import re

from newsprism.compare.records import Comparison, Evidence, Fact, Framing

# Characters that make inline markup anywhere: emphasis, code, links and images (a link needs
# "[", so "(", ")" and "!" are inert once it is escaped), inline HTML, table cells, strikes.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# What makes a block only at the start of a line (every escaped text is written after a
# "- ", "| " or "> " of ours, where a list item's text may still open a heading, a quote, a
# nested list or an ordered list): "# ...", "> ...", "- ...", "+ ...", "= ...", "1. ...".
_MD_BLOCK_START = re.compile(r"^([#>+=-]|\d{1,9}(?=[.)]))")


def md(text: str) -> str:
    """Escape Markdown (and inline HTML) in text that comes from an article, leaving plain
    punctuation as it is ("U.S.", "long-awaited" stay readable in the Markdown file)."""
    flat = _MD_INLINE.sub(r"\\\1", " ".join(str(text).split()))
    return _MD_BLOCK_START.sub(_escape_block_start, flat)


def _escape_block_start(match: re.Match[str]) -> str:
    opener = match.group(1)
    return opener + "\\" if opener[0].isdigit() else "\\" + opener


def to_markdown(c: Comparison) -> str:
    out = [f"# Comparison: {md(c.title or 'untitled story')}", "", f"Story `{c.story_id}`", ""]
    out += ["| outlet | date | articles | also run by | claims |", "|---|---|---|---|---|"]
    for s in c.sources:
        date = (s.published or "undated") + (" (inferred)" if s.date_inferred else "")
        out.append(
            f"| {md(s.name)} | {date} | {len(s.article_ids)} | "
            f"{md(', '.join(s.also_run_by)) or '-'} | {s.claims} |"
        )
    out += [""] + [f"> {md(n)}" for n in c.notes] + ([""] if c.notes else [])
    out += ["## Digest", ""]
    out += [f"- {md(line.text)} [{md(', '.join(line.sources))}]" for line in c.digest] or ["- -"]
    for title, coverage in (("Reported by all", "all"), ("Reported by several", "several")):
        facts = c.section(coverage)  # type: ignore[arg-type]
        if facts:
            out += ["", f"## {title} ({len(facts)})"]
            for fact in facts:
                out += _fact_block(fact)
    out += ["", "## Only one outlet reports"]
    for source, facts in c.only_by().items():
        out += ["", f"### {md(source)} alone ({len(facts)})", ""]
        for fact in facts:
            line = f"- **{fact.id}** {_sentence(fact.evidence[0])}"
            if fact.relation and fact.nearest is not None:
                line += f" *(relation model, {md(fact.nearest.source)}'s article: {fact.relation})*"
            if fact.nearest is not None:
                line += (
                    f"  \n  nearest in {md(fact.nearest.source)} ({fact.nearest_score}): "
                    f"{_sentence(fact.nearest)}"
                )
            out.append(line)
    out += ["", f"## Conflicts ({len(c.conflicts)})", ""]
    for conflict in c.conflicts:
        note = f": {md(conflict.note)}" if conflict.note else ""
        out.append(f"- **{conflict.kind} ({md(conflict.subject)})**{note}")
        for side in conflict.sides:
            out.append(
                f"  - {md(side.source)}: {md(side.value)} (source: {md(side.cited)}): "
                f"{md(side.evidence.text)}"
            )
    if not c.conflicts:
        out.append("- none found")
    out += _framing(c)
    out += _quotes(c)
    out += [
        "",
        "## Timeline",
        "",
        "| date | event | actor | target | place | outlets |",
        "|---|---|---|---|---|---|",
    ]
    for item in c.timeline:
        date = (item.date or "date not stated") + (" (inferred)" if item.date_inferred else "")
        out.append(
            f"| {date} | {item.what} | {md(item.actor or '-')} | {md(item.target or '-')} | "
            f"{md(item.place or '-')} | {md(', '.join(item.sources))} |"
        )
    return "\n".join(out) + "\n"


def _fact_block(fact: Fact) -> list[str]:
    out = ["", f"**{fact.id}** ({md(', '.join(fact.sources))})", ""]
    out += [f"- {md(ev.source)}: {_sentence(ev)}" for ev in fact.evidence]
    for source, extra in fact.details.items():
        out.append(f"- *only {md(source)} adds:* {md('; '.join(extra))}")
    return out


def _sentence(ev: Evidence) -> str:
    """An outlet's sentence, led by whose words it gives when it does not say so itself
    ("according to", which fits quoted words and a gist of them alike)."""
    return (f"*According to {md(ev.speaker)}:* " if ev.speaker else "") + md(ev.text)


def _framing(c: Comparison) -> list[str]:
    f = c.framing
    names = [s.name for s in c.sources]
    out = ["", "## Framing", "", "### What each outlet calls the same thing", ""]
    if f.wordings:
        out += ["| referent | " + " | ".join(md(n) for n in names) + " |"]
        out += ["|---" * (len(names) + 1) + "|"]
        for w in f.wordings:
            cells = [md("; ".join(w.by_source.get(n, [])) or "-") for n in names]
            out.append(f"| {md(w.referent)} ({w.kind}) | " + " | ".join(cells) + " |")
    else:
        out.append("- no differences found")
    out += ["", "### Loaded words only one outlet uses", ""]
    out += [f"- {md(t.source)}: **{md(t.term)}** in “{md(t.context.text)}” ({md(t.why)})"
            for t in f.loaded] or ["- none found"]  # fmt: skip
    out += ["", "### Tone toward the main actors (VADER, -1 to 1)", ""]
    if f.tone:
        out += ["| actor | " + " | ".join(md(n) for n in names) + " |"]
        out += ["|---" * (len(names) + 1) + "|"]
        for actor, by_source in f.tone.items():
            cells = [f"{by_source[n]:+.2f}" if n in by_source else "-" for n in names]
            out.append(f"| {md(actor)} | " + " | ".join(cells) + " |")
    out += ["", "### Whom each outlet quotes", ""]
    for source, speakers in f.quoted.items():
        listed = ", ".join(f"{md(k)} ({v})" for k, v in speakers.items()) or "nobody"
        out.append(f"- {md(source)}: {listed}{_unnamed_note(f, source)}")
    return out


def _unnamed_note(f: Framing, source: str) -> str:
    """ "; unnamed sources: 3 of 17 quotes" (how much an outlet rests on people it does not
    name), or nothing when it names everyone it quotes."""
    unnamed, total = f.unnamed.get(source, 0), sum(f.quoted.get(source, {}).values())
    return f"; unnamed sources: {unnamed} of {total} quotes" if unnamed else ""


def _quotes(c: Comparison) -> list[str]:
    out = ["", "## Quotes", ""]
    for group in c.quotes:
        out.append(
            f"- **{md(group.speaker or 'unattributed')}**, in {md(', '.join(group.sources))}"
            + (f" ({group.drift})" if len(group.sources) > 1 else "")
        )
        for v in group.versions:
            how = ", ".join(filter(None, [v.cue, v.medium]))
            out.append(f"  - {md(v.source)}: {md(v.shown())}" + (f" ({md(how)})" if how else ""))
        if group.differences:
            out.append(f"  - differences: {md('; '.join(group.differences))}")
    for source, speakers in c.only_quoted_by.items():
        out.append(f"- only {md(source)} quotes: {md(', '.join(speakers))}")
    return out


def to_html(c: Comparison) -> str:
    """A standalone page; every string from an article is escaped."""
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(c.title or 'Comparison')}</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:72rem;margin:2rem auto;"
        "padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
        "padding:.3rem .5rem;vertical-align:top}.src{color:#555;font-size:.9em}</style>",
        "</head><body>",
        f"<h1>{e(c.title or 'Untitled story')}</h1><p>Story <code>{e(c.story_id)}</code></p>",
        "<table><tr><th>outlet</th><th>date</th><th>also run by</th><th>claims</th></tr>",
    ]
    for s in c.sources:
        date = (s.published or "undated") + (" (inferred)" if s.date_inferred else "")
        parts.append(
            f"<tr><td>{e(s.name)}</td><td>{e(date)}</td>"
            f"<td>{e(', '.join(s.also_run_by))}</td><td>{s.claims}</td></tr>"
        )
    parts.append("</table>")
    parts += [f"<p><em>{e(n)}</em></p>" for n in c.notes]
    parts.append("<h2>Digest</h2><ul>")
    parts += [f"<li>{e(d.text)} <span class='src'>[{e(', '.join(d.sources))}]</span></li>"
              for d in c.digest]  # fmt: skip
    parts.append("</ul>")
    for title, coverage in (("Reported by all", "all"), ("Reported by several", "several")):
        facts = c.section(coverage)  # type: ignore[arg-type]
        if facts:
            parts.append(f"<h2>{title}</h2>")
            for fact in facts:
                parts.append(f"<h3 id='{e(fact.id)}'>{e(fact.id)}</h3><ul>")
                parts += [_li(ev) for ev in fact.evidence]
                parts.append("</ul>")
    parts.append("<h2>Only one outlet reports</h2>")
    for source, facts in c.only_by().items():
        parts.append(f"<h3>{e(source)}</h3><ul>")
        parts += [_li(f.evidence[0]) for f in facts]
        parts.append("</ul>")
    parts.append("<h2>Conflicts</h2><ul>")
    for conflict in c.conflicts:
        sides = "".join(
            f"<li>{e(s.source)}: {e(s.value)} (source: {e(s.cited)}): {e(s.evidence.text)}</li>"
            for s in conflict.sides
        )
        note = f": {e(conflict.note)}" if conflict.note else ""
        parts.append(
            f"<li><b>{e(conflict.kind)} ({e(conflict.subject)})</b>{note}<ul>{sides}</ul></li>"
        )
    parts.append("</ul><h2>Framing</h2><table><tr><th>referent</th>")
    parts += [f"<th>{e(s.name)}</th>" for s in c.sources]
    parts.append("</tr>")
    for w in c.framing.wordings:
        cells = "".join(f"<td>{e('; '.join(w.by_source.get(s.name, [])))}</td>" for s in c.sources)
        parts.append(f"<tr><td>{e(w.referent)}</td>{cells}</tr>")
    parts.append("</table><h3>Loaded words</h3><ul>")
    parts += [f"<li>{e(t.source)}: <b>{e(t.term)}</b> in “{e(t.context.text)}”</li>"
              for t in c.framing.loaded]  # fmt: skip
    parts.append("</ul><h3>Tone toward the main actors (VADER, -1 to 1)</h3><table><tr>")
    parts += ["<th>actor</th>"] + [f"<th>{e(s.name)}</th>" for s in c.sources] + ["</tr>"]
    for actor, by_source in c.framing.tone.items():
        cells = "".join(
            f"<td>{by_source[s.name]:+.2f}</td>" if s.name in by_source else "<td>-</td>"
            for s in c.sources
        )
        parts.append(f"<tr><td>{e(actor)}</td>{cells}</tr>")
    parts.append("</table><h3>Whom each outlet quotes</h3><ul>")
    for source, speakers in c.framing.quoted.items():
        listed = ", ".join(f"{k} ({v})" for k, v in speakers.items()) or "nobody"
        parts.append(f"<li>{e(source)}: {e(listed + _unnamed_note(c.framing, source))}</li>")
    parts.append("</ul><h2>Quotes</h2><ul>")
    for g in c.quotes:
        versions = "".join(f"<li>{e(v.source)}: {e(v.shown())}</li>" for v in g.versions)
        if g.differences:
            versions += f"<li>differences: {e('; '.join(g.differences))}</li>"
        parts.append(
            f"<li><b>{e(g.speaker or 'unattributed')}</b> ({e(g.drift)})<ul>{versions}</ul></li>"
        )
    for source, only in c.only_quoted_by.items():
        parts.append(f"<li>only {e(source)} quotes: {e(', '.join(only))}</li>")
    parts.append(
        "</ul><h2>Timeline</h2><table><tr><th>date</th><th>event</th><th>outlets</th></tr>"
    )
    for item in c.timeline:
        what = " ".join(filter(None, [item.actor, item.what, item.target]))
        what += f" in {item.place}" if item.place else ""
        date = (item.date or "not stated") + (" (inferred)" if item.date_inferred else "")
        parts.append(
            f"<tr><td>{e(date)}</td><td>{e(what)}</td><td>{e(', '.join(item.sources))}</td></tr>"
        )
    parts.append("</table></body></html>")
    return "\n".join(parts)


def _li(ev: Evidence) -> str:
    e = html.escape
    return (
        f"<li><span class='src'>{e(ev.source)}</span> "
        + (f"<em>According to {e(ev.speaker)}:</em> " if ev.speaker else "")
        + f"{e(ev.text)} "
        f"<span class='src'>[{e(ev.article_id[:8])} {ev.start}-{ev.end}]</span></li>"
    )
