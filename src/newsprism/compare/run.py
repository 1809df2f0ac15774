"""``compare``: one story's accounts side by side, as a typed ``Comparison``."""

from __future__ import annotations

from typing import Any

from newsprism.compare.align import align, score_matrix
from newsprism.compare.conflicts import find_conflicts
from newsprism.compare.digest import article_marks, with_speakers, write_digest
from newsprism.compare.framing import find_framing
from newsprism.compare.material import load_material
from newsprism.compare.options import CompareOptions
from newsprism.compare.provenance import quote_groups
from newsprism.compare.records import Comparison
from newsprism.compare.timeline import merged_timeline
from newsprism.errors import NewsprismError


def compare(db: Any, story_id: str, options: CompareOptions | None = None) -> Comparison:
    """Compare the accounts of one story (id or unique prefix) stored in ``db``."""
    story = db.story(story_id)
    if story is None:
        raise NewsprismError("E107", id=story_id, db=getattr(db, "path", "the database"))
    return compare_story(db, story, options)


def compare_articles(
    db: Any, article_ids: list[str], options: CompareOptions | None = None, title: str = ""
) -> Comparison:
    """Compare any set of stored articles as if they were one story (evaluations use it to
    compare gold groups regardless of how the clustering grouped them)."""
    return compare_story(db, ad_hoc_story(db, article_ids, title), options)


def ad_hoc_story(db: Any, article_ids: list[str], title: str = "") -> dict[str, Any]:
    """A story record (as ``db.story`` returns it) for stored articles grouped by the caller."""
    articles = []
    for article_id in article_ids:
        article = db.article(article_id)
        if article is not None:
            articles.append(
                {
                    "id": article.id,
                    "outlet": article.outlet or article.domain,
                    "published": article.published.isoformat() if article.published else None,
                    "inferred_date": None,
                    "duplicate_of": article.duplicate_of,
                }
            )
    return {"id": "ad-hoc", "title": title, "articles": articles}


def compare_story(
    db: Any, story: dict[str, Any], options: CompareOptions | None = None
) -> Comparison:
    options = options or CompareOptions()
    material = load_material(db, story)
    notes = list(material.notes)
    if len(material.sources) < 2:
        notes.append(
            "only one independent account: nothing to compare yet; its facts are listed as "
            "reported by one outlet"
        )
    if not material.sentences:
        notes.append("no check-worthy sentences were found in these articles")
    scores = score_matrix(material.sentences, options)
    facts = align(material.sentences, options, scores, material.names)
    conflicts = find_conflicts(material.sentences, facts, scores, material.names, options)
    if options.use_relation_model and len(material.sources) >= 2:
        from newsprism.compare.relation import judge_facts

        judge_facts(facts, material.accounts)
    marks = article_marks(material.accounts, material.names)
    framing = find_framing(material.accounts, material.names, options, marks.evaluative, facts)
    quotes, only_quoted = quote_groups(material.accounts, material.names)
    timeline = merged_timeline(material.accounts, material.names)
    digest = write_digest(facts, conflicts, options, marks)
    with_speakers(facts, marks)
    return Comparison(
        story_id=material.story_id,
        title=material.title,
        sources=material.sources,
        facts=facts,
        conflicts=conflicts,
        framing=framing,
        quotes=quotes,
        only_quoted_by=only_quoted,
        timeline=timeline,
        digest=digest,
        notes=notes,
    )
