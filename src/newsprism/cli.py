"""The ``newsprism`` command: parses arguments, calls the library, prints results."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from newsprism.errors import NewsprismError

app = typer.Typer(
    help="Compare how outlets report the same events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Markdown, so a help paragraph wrapped in the source reflows to the terminal's width.
    rich_markup_mode="markdown",
)
out = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
# Claim embeddings are most of the analysis time and only a comparison reads them: a large
# crawl can leave them to the stories someone compares (which stores them then).
EmbedClaimsOpt = Annotated[
    bool,
    typer.Option(
        help="Embed claim sentences now; with --no-embed-claims the first comparison of a "
        "story embeds and stores them (about half the analysis time on a large crawl)."
    ),
]


@dataclass
class State:
    db: Path


@app.callback()
def _global(
    ctx: typer.Context,
    db: Annotated[Path, typer.Option(envvar="NEWSPRISM_DB", help="Database file (SQLite).")] = Path(
        "newsprism.db"
    ),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress details.")] = False,
) -> None:
    from rich.logging import RichHandler

    level = logging.INFO if verbose else logging.WARNING
    handler = RichHandler(console=err, show_path=False, show_time=False, markup=False)
    logging.basicConfig(level=level, handlers=[handler], format="%(message)s", force=True)
    ctx.obj = State(db=db)


def _database(ctx: typer.Context) -> Any:
    from newsprism.store import Database

    return Database(ctx.obj.db)


def _print_json(value: object) -> None:
    # Plain write, not rich: rich would wrap long strings at the terminal width.
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


@app.command()
def ingest(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, feeds, WARCs or URLs.")],
    outlet: Annotated[str | None, typer.Option(help="Outlet name for all inputs.")] = None,
    date: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    map_: Annotated[
        list[str] | None, typer.Option("--map", help="JSONL/CSV columns: text=body,title=hed")
    ] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
    analyze: Annotated[bool, typer.Option(help="Analyse new articles right away.")] = True,
    embed_claims: EmbedClaimsOpt = True,
    as_json: JsonOpt = False,
) -> None:
    """Read articles (files, folders, feeds, JSONL/CSV, WARC, URLs) and analyse the new ones.

    The analysis finds actors, quotes, amounts and dates; the articles are then grouped
    into stories."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from newsprism.dates import parse_iso_option
    from newsprism.ingest import ingest as run_ingest
    from newsprism.options import IngestOptions, parse_column_map
    from newsprism.render import analysis_summary, cluster_summary, ingest_summary

    options = IngestOptions(
        outlet=outlet,
        published=parse_iso_option(date),
        columns=parse_column_map(map_ or []),
        workers=workers,
    )
    columns = (BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with (
        _database(ctx) as db,
        Progress(
            "[progress.description]{task.description}",
            *columns,
            console=err,
            transient=True,
            disable=as_json or not err.is_terminal,
        ) as bar,
    ):
        report = run_ingest(db, inputs, options, progress=_stage(bar, "ingesting"))
        analysed = _run_analysis(db, bar, workers, embed_claims=embed_claims) if analyze else None
        clustered = _run_stories(db, bar) if analyze else None
    if as_json:
        _print_json(
            {
                **report.as_dict(),
                "analysis": analysed.as_dict() if analysed else None,
                "stories": clustered.as_dict() if clustered else None,
            }
        )
    else:
        out.print(ingest_summary(report))
        if analysed is not None and clustered is not None:
            out.print(analysis_summary(analysed))
            out.print(cluster_summary(clustered))


def _run_analysis(
    db: Any, bar: Any, workers: int, force: bool = False, embed_claims: bool = True
) -> Any:
    """The analysis stage behind a progress bar (after ingest, or on its own)."""
    from newsprism.understand.analyze import AnalyzeOptions
    from newsprism.understand.analyze import analyze as run_analyze

    options = AnalyzeOptions(workers=workers, force=force, embed_claims=embed_claims)
    return run_analyze(db, options, progress=_stage(bar, "analysing"))


def _run_stories(db: Any, bar: Any, rebuild: bool = False) -> Any:
    """The story stage behind a progress bar (after analysis, or on its own)."""
    from newsprism.stories import cluster

    if rebuild:
        with db.transaction():
            db.clear_stories()
    return cluster(db, progress=_stage(bar, "grouping into stories"))


def _stage(bar: Any, label: str) -> Callable[[int, int], None]:
    """A new task on ``bar``, as the (done, total) callback the library's long jobs take."""
    task = bar.add_task(label, total=None)
    return lambda done, total: bar.update(task, completed=done, total=total)


@app.command()
def analyze(
    ctx: typer.Context,
    force: Annotated[bool, typer.Option(help="Re-analyse articles analysed before.")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
    embed_claims: EmbedClaimsOpt = True,
    as_json: JsonOpt = False,
) -> None:
    """Find actors, quotes with their speakers, amounts and dates in stored articles."""
    from rich.progress import Progress

    from newsprism.render import analysis_summary, cluster_summary

    with (
        _database(ctx) as db,
        Progress(console=err, transient=True, disable=as_json or not err.is_terminal) as bar,
    ):
        report = _run_analysis(db, bar, workers, force, embed_claims)
        clustered = _run_stories(db, bar)
    if as_json:
        _print_json({**report.as_dict(), "stories": clustered.as_dict()})
    else:
        out.print(analysis_summary(report))
        out.print(cluster_summary(clustered))


@app.command("cluster")
def cluster_command(
    ctx: typer.Context,
    rebuild: Annotated[bool, typer.Option(help="Forget all stories and group again.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Group analysed articles into stories (run after every ingest and analyse too)."""
    from rich.progress import Progress

    from newsprism.render import cluster_summary

    with (
        _database(ctx) as db,
        Progress(console=err, transient=True, disable=as_json or not err.is_terminal) as bar,
    ):
        report = _run_stories(db, bar, rebuild)
    if as_json:
        _print_json(report.as_dict())
    else:
        out.print(cluster_summary(report))


@app.command()
def stories(
    ctx: typer.Context,
    outlet: Annotated[str | None, typer.Option(help="Only stories this outlet covered.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only stories naming this actor.")] = None,
    since: Annotated[str | None, typer.Option(help="Going on at or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Begun at or before (YYYY-MM-DD).")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Full-text search.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """List stories (articles about the same events), most recent first."""
    from newsprism.dates import parse_iso_option
    from newsprism.render import stories_table
    from newsprism.store.stories import StoryQuery

    query = StoryQuery(
        outlet=outlet,
        actor=actor,
        since=parse_iso_option(since),
        until=parse_iso_option(until),
        search=search,
        limit=limit,
    )
    with _database(ctx) as db:
        found = db.stories(query)
    if as_json:
        _print_json(found)
    else:
        out.print(stories_table(found))


@app.command()
def story(
    ctx: typer.Context,
    story_id: Annotated[str, typer.Argument(help="Story id (or a unique prefix).")],
    as_json: JsonOpt = False,
) -> None:
    """Show one story: its span, outlets, main actors, articles and history."""
    from newsprism.render import story_view

    with _database(ctx) as db:
        found = db.story(story_id)
    if found is None:
        raise NewsprismError("E107", id=story_id, db=ctx.obj.db)
    if as_json:
        _print_json(found)
    else:
        out.print(story_view(found))


@app.command("compare")
def compare_command(
    ctx: typer.Context,
    story_id: Annotated[
        str | None, typer.Argument(help="Story id or prefix (default: the largest story).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="terminal, markdown, html or json.")
    ] = "terminal",
) -> None:
    """Compare one story across outlets: shared facts, conflicts, framing, quotes, timeline.

    Also what each outlet alone reports, and a digest that cites its outlets."""
    from newsprism.compare import compare
    from newsprism.compare.report import to_html, to_markdown

    formats = ("terminal", "markdown", "html", "json")
    if fmt not in formats:
        raise NewsprismError("E109", name=fmt, known=", ".join(formats))
    with _database(ctx) as db:
        if story_id is None:
            listed = sorted(db.stories(), key=lambda s: -int(s["articles"]))
            if not listed:
                raise NewsprismError("E107", id="(any)", db=ctx.obj.db)
            story_id = str(listed[0]["id"])
        result = compare(db, story_id)
    if fmt == "json":
        _print_json(result.as_dict())
    elif fmt == "markdown":
        typer.echo(to_markdown(result))
    elif fmt == "html":
        typer.echo(to_html(result))
    else:
        from rich.markdown import Markdown

        out.print(Markdown(to_markdown(result)))


@app.command()
def articles(
    ctx: typer.Context,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (name or domain).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Full-text search.")] = None,
    language: Annotated[str | None, typer.Option(help="ISO 639-1 code, e.g. en.")] = None,
    duplicates: Annotated[bool, typer.Option(help="Include duplicate copies.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """List stored articles, newest first (or best match first with --search)."""
    from newsprism.dates import parse_iso_option
    from newsprism.render import articles_table
    from newsprism.store import ArticleQuery

    query = ArticleQuery(
        outlet=outlet,
        since=parse_iso_option(since),
        until=parse_iso_option(until),
        search=search,
        language=language,
        include_duplicates=duplicates,
        limit=limit,
    )
    with _database(ctx) as db:
        found = db.articles(query)
    if as_json:
        _print_json([a.as_dict() for a in found])
    else:
        out.print(articles_table(found))


@app.command()
def show(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="Article id (or a unique prefix).")],
    as_json: JsonOpt = False,
) -> None:
    """Show one article with its metadata, text and annotations."""
    from newsprism.render import analysis_tables, article_panel

    with _database(ctx) as db:
        article = db.article(article_id)
        if article is None:
            raise NewsprismError("E103", id=article_id, db=ctx.obj.db)
        copies = db.duplicates_of(article.id)
        analysis = db.analysis(article.duplicate_of or article.id)
    if as_json:
        _print_json(
            {
                **article.as_dict(),
                "copies": [c.as_dict() for c in copies],
                "analysis": analysis.as_dict() if analysis else None,
            }
        )
    else:
        out.print(article_panel(article, copies))
        if analysis is not None:
            for table in analysis_tables(analysis):
                out.print(table)


@app.command()
def quotes(
    ctx: typer.Context,
    speaker: Annotated[
        str | None,
        typer.Option(help="Only this speaker: an actor id or any name the articles use."),
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (name or domain).")] = None,
    story: Annotated[str | None, typer.Option(help="Only this story (id or prefix).")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            "-s",
            help="Words in the quotation (blind to case, accents and curly apostrophes).",
        ),
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="direct, partial or indirect (reported speech).")
    ] = None,
    views: Annotated[
        bool, typer.Option(help="Also beliefs and intentions put to someone, not only words said.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """Who said what: quotations across all articles, with speaker, outlet and story."""
    from typing import get_args

    from newsprism.dates import parse_iso_option
    from newsprism.render import quotes_table
    from newsprism.store import QuoteQuery
    from newsprism.store.quotes import QuoteKindFilter

    kinds = get_args(QuoteKindFilter)
    if kind is not None and kind not in kinds:
        raise NewsprismError("E112", name=kind, known=", ".join(kinds))
    with _database(ctx) as db:
        story_id = None
        if story is not None:
            found = db.story(story)
            if found is None:
                raise NewsprismError("E107", id=story, db=ctx.obj.db)
            story_id = found["id"]
        query = QuoteQuery(
            speaker=speaker,
            outlet=outlet,
            story=story_id,
            since=parse_iso_option(since),
            until=parse_iso_option(until),
            search=search,
            kind=kind,  # type: ignore[arg-type]  # checked against the kinds above
            views=views,
            limit=limit,
        )
        rows = db.quotes(query)
    if as_json:
        _print_json([r.as_dict() for r in rows])
    else:
        out.print(quotes_table(rows))


@app.command()
def actors(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
    as_json: JsonOpt = False,
) -> None:
    """People, organisations and places across all articles, most covered first."""
    from itertools import islice

    from newsprism.render import actors_table

    with _database(ctx) as db:
        rows = list(islice(db.actor_rows(), limit))
    if as_json:
        _print_json(rows)
    else:
        out.print(actors_table(rows))


@app.command()
def rejects(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 1000,
    as_json: JsonOpt = False,
) -> None:
    """Inputs that could not become articles, with the reason."""
    from newsprism.render import rejects_table

    with _database(ctx) as db:
        rows = db.rejections(limit)
    if as_json:
        _print_json(rows)
    else:
        out.print(rejects_table(rows))


@app.command("eval")
def evaluate(
    suite: Annotated[
        str,
        typer.Argument(
            help="Suite: extraction, quotes, stories, stance, compare, framing, alignment."
        ),
    ],
    data: Annotated[Path | None, typer.Option(help="Data folder in the suite's layout.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N items.")] = None,
    split: Annotated[
        str | None, typer.Option(help="Split to score where there are several (quotes: train).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Measure quality on a public data set and print it beside published figures."""
    from newsprism.evaluate import run_suite
    from newsprism.render import metrics_table

    result = run_suite(suite, data, limit=limit, split=split)
    if as_json:
        _print_json(result)
    else:
        out.print(metrics_table(result))


@app.command()
def train(
    model: Annotated[str, typer.Argument(help="What to train: cues, slant, stance, stories.")],
    data: Annotated[Path | None, typer.Option(help="Data folder (default: shared).")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write (default: shipped).")] = None,
    limit: Annotated[int | None, typer.Option(help="Use only the first N texts.")] = None,
) -> None:
    """Train a learned part from public data (training splits only).

    cues: PolNeAR train; slant: BASIL's first 50 events; stance: FNC-1 train minus a body-id
    validation tenth; stories: ECB+ topics 1-25."""
    from newsprism.evaluate import shared_data

    if model == "stories":
        from rich.progress import Progress

        from newsprism.evaluate.stories import tune

        with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
            found = tune(out, progress=_stage(bar, "searching the story grid"))
        _print_json(found)
        return
    if model == "stance":
        from newsprism.evaluate.stance import train as train_stance

        _print_json(train_stance(out, data))
        return
    if model == "slant":
        from newsprism.evaluate.framing import train_slant

        _print_json(train_slant(out, data))
        return
    if model != "cues":
        raise NewsprismError("E106", name=model, known="cues, slant, stance, stories")
    from rich.progress import Progress

    from newsprism.understand import cues

    folder = shared_data("polnear", data, "train/text") / "train"
    with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
        progress = _stage(bar, "reading PolNeAR train")
        result = cues.train(folder, out or cues.DATA, limit=limit, progress=progress)
    _print_json(result)


def main() -> None:
    try:
        app()
    except NewsprismError as exc:
        err.print(f"[bold red]Error[/] [{exc.code}] {exc.message}", markup=True, highlight=False)
        sys.exit(2)
