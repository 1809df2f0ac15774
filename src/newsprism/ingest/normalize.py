"""A reader's draft made into a storable article: cleaned, measured, identified."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from newsprism.errors import Rejected, Warnings
from newsprism.ingest import dedup
from newsprism.ingest.dateline import dateline_date
from newsprism.ingest.language import detect_language
from newsprism.options import IngestOptions
from newsprism.records import Article, Draft, Notice
from newsprism.textutil import canonical, clean_line, content_hash, domain_of, short_hash, words


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article ready to store, with its near-duplicate band keys."""

    article: Article
    bands: list[int]
    notices: tuple[Notice, ...] = ()


def prepare(draft: Draft, source: str, options: IngestOptions) -> Prepared:
    text = _without_leading_title(draft.text.strip(), draft.title)
    if not text:
        raise Rejected("E003")
    if len(text) < options.min_text_chars:
        raise Rejected("E020", chars=len(text), limit=options.min_text_chars)
    if len(text) > options.max_text_chars:
        raise Rejected("E018", chars=len(text), limit=options.max_text_chars)
    domain = domain_of(draft.url)
    outlet = _clean(options.outlet) or _clean(draft.outlet) or domain
    published, date_source = draft.published, draft.date_source
    if options.published is not None:
        published, date_source = options.published, "option"
    elif published is None and (found := dateline_date(text)) is not None:
        published, date_source = found, "dateline"
    language, score = detect_language(text)
    digest = content_hash(text)
    article = Article(
        id=short_hash((outlet or "").casefold(), draft.url, digest),
        text=text,
        content_hash=digest,
        source=source,
        locator=draft.locator,
        format=draft.format,
        title=_clean(draft.title),
        outlet=outlet,
        domain=domain,
        url=draft.url,
        author=_clean(draft.author),
        published=published,
        date_source=date_source,
        language=draft.language or language,
        language_score=score,
        word_count=len(words(text)),
        ingested_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
    )
    bands = dedup.band_keys(dedup.signature(dedup.shingles(text)))
    return Prepared(article, bands, _notices(draft, article))


def _notices(draft: Draft, article: Article) -> tuple[Notice, ...]:
    """Say when the source's own date was unreadable, and what date (if any) is used instead."""
    if draft.unread_date is None or article.date_source == "option":
        return ()
    if article.published is None:
        outcome = "the article is stored undated (set one with --date YYYY-MM-DD)"
    else:
        outcome = f"the {article.date_source}'s date {article.published.isoformat()} is used"
    message = Warnings.W001.format(value=draft.unread_date, outcome=outcome)
    return (Notice(draft.locator, "W001", message),)


def as_duplicate(prepared: Prepared, original: str, kind: str, score: float) -> Prepared:
    article = replace(
        prepared.article,
        duplicate_of=original,
        duplicate_kind="exact" if kind == "exact" else "near",
        duplicate_score=round(score, 4),
    )
    return replace(prepared, article=article)


def _without_leading_title(text: str, title: str | None) -> str:
    """Pages repeat the headline as the body's first line; the body should start with the lede."""
    if not title:
        return text
    first, _, rest = text.partition("\n\n")
    return rest.strip() if rest and canonical(first) == canonical(title) else text


def _clean(value: str | None) -> str | None:
    return clean_line(value) or None if value else None
