"""Stories: the seeds form one story, wire copies count once, bad input is left out with a
reason, re-runs add nothing, the index is rebuilt from the database, merges and splits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from conftest import write
from newsprism.cli import app
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database
from newsprism.stories import StoryOptions, cluster
from newsprism.stories.cluster import Clusterer, cohesion, top_halves
from newsprism.stories.features import (
    Group,
    Signature,
    Sparse,
    feature_tensor,
    features,
    term_vector,
)
from newsprism.stories.index import ShardedIndex
from newsprism.stories.tune import _MatrixClusterer
from newsprism.understand.analyze import AnalyzeOptions, analyze

QUAKE = """Strong earthquake shakes central Chile

SANTIAGO — A magnitude 6.8 earthquake struck central Chile early on Tuesday, the national
seismology centre said, damaging homes in the port city of Valparaiso and cutting power to
thousands of households.

Interior Minister Carolina Toha said two people were injured by falling debris and that
emergency crews were inspecting bridges along the coastal highway. No tsunami warning was issued.

The quake was felt as far away as Mendoza in Argentina, witnesses told local radio.
"""

QUAKE_LATER = """Chile counts damage after 6.8 quake near Valparaiso

Engineers were checking bridges and roads around Valparaiso on Wednesday, a day after a
magnitude 6.8 earthquake rattled central Chile and left tens of thousands without electricity.

Carolina Toha, the interior minister, said the number of injured had risen to five and that
power had been restored to most homes. Chile's seismology centre recorded more than 40
aftershocks overnight, and schools in the region stayed closed.
"""

FRENCH = """Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera présentée
au Parlement la semaine prochaine. Les syndicats ont appelé à une journée de grève nationale.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """The two seeds, a wire copy of one under another outlet, an unrelated report, a French
    report and a near-empty one, ingested, analysed and clustered."""
    seeds = Path(__file__).resolve().parents[2] / "shared" / "data" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/data/seeds is absent")
    folder = tmp_path_factory.mktemp("stories")
    cradle = next(seeds.glob("000*")).read_text(encoding="utf-8")
    body = cradle.split("\n", 1)[1]
    write(folder / "copy.txt", " date 2025-05-13 Via Wire Reprint Daily\n" + body)
    write(folder / "quake.txt", QUAKE)
    write(folder / "french.txt", FRENCH)
    write(folder / "short.txt", "Breaking news: more soon.")
    db = Database(tmp_path_factory.mktemp("stories-db") / "s.db")
    ingest(db, [str(seeds)], IngestOptions(workers=1))
    ingest(db, [str(folder)], IngestOptions(workers=1, published=dt.date(2025, 5, 13)))
    analyze(db, AnalyzeOptions(workers=1))
    cluster(db)
    return db


def _by_source(db: Database) -> dict[str, str]:
    return {Path(a.source).stem.split("_")[0]: a.id for a in db.articles(_all())}  # type: ignore[arg-type]


def _all() -> object:
    from newsprism.store import ArticleQuery

    return ArticleQuery(include_duplicates=True, limit=1000)


def test_seeds_are_one_story_with_every_outlet(corpus: Database) -> None:
    ids = _by_source(corpus)
    seed_story = corpus.story_of(ids["000"])
    assert seed_story is not None and seed_story == corpus.story_of(ids["002"])
    story = corpus.story(seed_story)
    assert story is not None
    outlets = set(story["outlets"])
    assert {"The Cradle", "Wire Reprint Daily"} <= outlets and len(outlets) == 3
    assert corpus.story_of(ids["quake"]) not in {None, seed_story}


def test_wire_copy_counts_once_but_keeps_its_outlet(corpus: Database) -> None:
    ids = _by_source(corpus)
    copy = corpus.article(ids["copy"])
    assert copy is not None and copy.duplicate_of == ids["000"]
    story = corpus.story(corpus.story_of(ids["000"]) or "")
    assert story is not None
    member = next(a for a in story["articles"] if a["id"] == copy.id)
    assert member["reason"].startswith("duplicate of")
    # Clustering features exist for originals only: the copy is not a second vote.
    assert corpus.features_row(copy.id) is None and corpus.features_row(ids["000"]) is not None


def test_undated_seed_gets_an_inferred_date_not_a_published_one(corpus: Database) -> None:
    ids = _by_source(corpus)
    story = corpus.story(corpus.story_of(ids["002"]) or "")
    assert story is not None
    undated = next(a for a in story["articles"] if a["id"] == ids["002"])
    assert undated["published"] is None and undated["inferred_date"] == "2025-05-13"
    dated = next(a for a in story["articles"] if a["id"] == ids["000"])
    assert dated["inferred_date"] is None
    assert story["first_date"] == story["last_date"] == "2025-05-13"


def test_bad_articles_are_left_unassigned_with_a_reason(corpus: Database) -> None:
    ids = _by_source(corpus)
    reasons = {r["article_id"]: r["reason"] for r in corpus.unassigned()}
    assert "analysis skipped it" in reasons[ids["french"]] and "fr" in reasons[ids["french"]]
    assert "analysis skipped it" in reasons[ids["short"]]
    assert corpus.story_of(ids["french"]) is None


def test_rerun_adds_nothing_and_the_index_is_rebuilt_from_the_database(
    corpus: Database, tmp_path: Path
) -> None:
    before = corpus.conn.execute("SELECT COUNT(*) FROM story_log").fetchone()[0]
    report = cluster(corpus)
    assert report.assigned == 0 and not report.unassigned
    assert corpus.conn.execute("SELECT COUNT(*) FROM story_log").fetchone()[0] == before
    # A later report of the quake, in a new run: the rebuilt index must find its story.
    later = write(tmp_path / "quake2.txt", QUAKE_LATER)
    ingest(corpus, [str(later)], IngestOptions(workers=1, published=dt.date(2025, 5, 14),
                                                outlet="Andes Radio"))  # fmt: skip
    analyze(corpus, AnalyzeOptions(workers=1))
    assert cluster(corpus).assigned == 1
    ids = _by_source(corpus)
    assert corpus.story_of(ids["quake"]) == corpus.story_of(ids["quake2"])


def test_story_filters(corpus: Database) -> None:
    from newsprism.store.stories import StoryQuery

    seed_story = corpus.story_of(_by_source(corpus)["000"])
    assert [s["id"] for s in corpus.stories(StoryQuery(outlet="The Cradle"))] == [seed_story]
    assert seed_story in [s["id"] for s in corpus.stories(StoryQuery(actor="Netanyahu"))]
    assert seed_story not in [s["id"] for s in corpus.stories(StoryQuery(search="earthquake"))]
    assert corpus.stories(StoryQuery(since=dt.date(2026, 1, 1))) == []
    main = [a["name"] for a in corpus.story(seed_story or "")["main_actors"]]  # type: ignore[index]
    assert any("Netanyahu" in name for name in main)


def test_cli_stories_and_story(corpus: Database) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["--db", corpus.path, "stories", "--json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.output)
    assert len(stories) >= 2
    seed = next(s for s in stories if "The Cradle" in s["outlets"])
    shown = runner.invoke(app, ["--db", corpus.path, "story", seed["id"][:8]])
    assert shown.exit_code == 0 and "(inferred)" in shown.output and "The Cradle" in shown.output
    missing = runner.invoke(app, ["--db", corpus.path, "story", "nope"])
    assert getattr(missing.exception, "code", None) == "E107"


def test_cli_story_lists_show_whole_ids_in_a_narrow_terminal(corpus: Database) -> None:
    """An id is typed into the next command: folded over two lines it reads as another id."""
    runner, narrow = CliRunner(), {"COLUMNS": "80"}
    listed = runner.invoke(app, ["--db", corpus.path, "stories"], env=narrow)
    assert listed.exit_code == 0, listed.output
    ids = [s["id"] for s in corpus.stories()]
    assert ids and all(i in listed.output for i in ids)
    story = corpus.story(corpus.story_of(_by_source(corpus)["000"]) or "")
    assert story is not None
    shown = runner.invoke(app, ["--db", corpus.path, "story", story["id"]], env=narrow)
    assert shown.exit_code == 0, shown.output
    assert all(a["id"] in shown.output for a in story["articles"])
    # the header counts the articles (it had printed the list of them)
    assert f"{len(story['articles'])} articles" in shown.output
    assert "'inferred_date'" not in shown.output


def test_the_stories_table_keeps_titles_whole_in_a_narrow_terminal() -> None:
    """In 80 columns the title had been cut to ten characters a line ("Intelligen" / "ce")
    beside a column of main actors as narrow: the actors now go under the title (the first
    three), dates are compact, and one story is "1 story". The outlets, one a line, keep
    their header whole."""
    from rich.console import Console

    from newsprism.render import stories_table

    def row(first: str, last: str, actors: int) -> dict[str, object]:
        return {
            "id": "s35ef8b11faa6", "first_date": first, "last_date": last, "articles": 3,
            "outlets": ["fox", "hpo", "nyt"],
            "title": "Adam Schiff urged to step down by House Intelligence Committee Republicans",
            "main_actors": [{"name": f"Actor Number{i}"} for i in range(actors)],
        }  # fmt: skip

    rows = [row("2019-03-22", "2019-03-25", 5), row("2018-12-30", "2019-01-02", 2)]
    console = Console(width=80, record=True)
    console.print(stories_table(rows))
    shown = console.export_text()
    words = {w.strip("│,") for w in shown.split()}
    assert {"Intelligence", "Republicans", "2019-03-22–25", "2018-12-30–"} <= words, shown
    assert {"Number2", "…"} <= words and "Number3" not in shown
    console = Console(width=80, record=True)
    console.print(stories_table([row("2019-03-28", "2019-04-02", 3)]))
    month = console.export_text()  # a month's end widens the dates column
    assert "outlets" in {w.strip("│,") for w in month.split()}, month  # had been "outlet" / "s"
    console = Console(width=80, record=True)
    console.print(stories_table(rows[1:]))
    one = console.export_text()
    assert "1 story" in one and "Number1" in one


def test_a_split_names_the_other_story_in_each_story_s_history(tmp_path: Path) -> None:
    """A split is logged once, under the new story; the old story's history had named
    itself as the other story."""
    from rich.console import Console

    from newsprism.render import story_view

    with Database(tmp_path / "n.db") as db:
        with db.transaction():
            for story_id in ("sOLD", "sNEW"):
                db.conn.execute(
                    "INSERT INTO stories (id, title, articles, updated_at) VALUES (?, 't', 0, '')",
                    (story_id,),
                )
            db.log_story("new", "sOLD", "a1", None, None, "no story within reach")
            db.log_story("split", "sNEW", None, "sOLD", 0.2, "2 of 4 articles ...")

        def history(story_id: str) -> str:
            story = db.story(story_id)
            assert story is not None
            console = Console(width=120, record=True)
            console.print(story_view(story))
            return console.export_text().split("history", 1)[1]

        old, new = history("sOLD"), history("sNEW")
        split_row = next(line for line in old.splitlines() if "split" in line)
        assert "split off" in split_row and "sNEW" in split_row and "sOLD" not in split_row
        split_row = next(line for line in new.splitlines() if "split" in line)
        assert "split from" in split_row and "sOLD" in split_row


def test_cli_cluster_rebuild_gives_the_same_stories(corpus: Database) -> None:
    def groups() -> set[frozenset[str]]:
        rows = corpus.conn.execute("SELECT article_id, story_id FROM story_members").fetchall()
        found: dict[str, set[str]] = {}
        for article_id, story_id in rows:
            found.setdefault(story_id or f"none:{article_id}", set()).add(article_id)
        return {frozenset(g) for g in found.values()}

    before = groups()
    result = CliRunner().invoke(app, ["--db", corpus.path, "cluster", "--rebuild", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["assigned"] >= 3
    assert groups() == before


# -- the clusterer's repairs, on similarity matrices written out by hand ---------------------


def _clusterer(
    matrix: list[list[float]], dates: list[dt.date | None] | None = None, **overrides: object
) -> _MatrixClusterer:
    options = StoryOptions(threshold=0.45, split_threshold=0.3, **overrides)  # type: ignore[arg-type]
    n = len(matrix)
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(n, 8)).astype(np.float32)
    days = dates or [None] * n
    sigs = {
        str(i): Signature(str(i), vectors[i] / np.linalg.norm(vectors[i]), Sparse.from_counts({}),
                          Sparse.from_counts({}), days[i])
        for i in range(n)
    }  # fmt: skip
    clusterer = _MatrixClusterer(options, sigs.__getitem__, dim=8)
    clusterer.row = {str(i): i for i in range(n)}
    clusterer.matrix = np.array(matrix, np.float32)
    return clusterer


def test_a_bridging_article_merges_two_stories_with_its_reason() -> None:
    c = _clusterer([[1, 0.5, 0.9], [0.5, 1, 0.9], [0.9, 0.9, 1]])
    sig = c.signature
    assert c.assign(sig("0"))[0].action == "new"
    c.matrix[0, 1] = c.matrix[1, 0] = 0.2  # 1 does not reach 0's story: a second story
    assert c.assign(sig("1"))[0].action == "new"
    c.matrix[0, 1] = c.matrix[1, 0] = 0.5  # ... though the two are alike enough on average
    assert [ch.action for ch in c.assign(sig("2"))] == ["join"]
    assert len(set(c.story_of.values())) == 2  # merges wait for the batch's repairs
    changes = c.refine()
    assert [ch.action for ch in changes] == ["merge"]
    assert "mean similarity is 0.700; found from article" in changes[0].reason
    assert changes[0].article_id in {"0", "1", "2"}  # the repair looked from each new article
    assert len(set(c.story_of.values())) == 1


def test_a_drifting_story_is_split_with_its_reason() -> None:
    s = [
        [1.0, 0.9, 0.05, 0.0, 0.0],
        [0.9, 1.0, 0.9, 0.1, 0.0],
        [0.05, 0.9, 1.0, 0.9, 0.9],
        [0.0, 0.1, 0.9, 1.0, 0.9],
        [0.0, 0.0, 0.9, 0.9, 1.0],
    ]
    c = _clusterer(s, members=2)  # compared with its two most recent members only
    for i in range(5):
        assert c.assign(c.signature(str(i)))[0].action in {"new", "join"}
    assert len(set(c.story_of.values())) == 1
    changes = c.refine()
    split = [ch for ch in changes if ch.action == "split"]
    assert len(split) == 1 and "< 0.300" in split[0].reason
    assert set(split[0].moved) == {"0", "1"}
    assert c.story_of["0"] == c.story_of["1"] != c.story_of["4"]


def _events(sizes: list[int], own: float, across: float) -> list[list[float]]:
    """A similarity matrix of events: articles of one event ``own`` alike, of two ``across``."""
    event = [n for n, size in enumerate(sizes) for _ in range(size)]
    return [[1.0 if i == j else own if a == b else across for j, b in enumerate(event)]
            for i, a in enumerate(event)]  # fmt: skip


def test_two_events_of_one_kind_are_split_though_alike_enough_to_join() -> None:
    # Two events that share a topic's wording: every cross link (0.5) passes the join
    # threshold (0.45), so the stream puts all six in one story; the split's relative test
    # (0.5 < 0.75 x 0.8) cuts them apart, and the merge test keeps them apart after.
    matrix = _events([3, 3], own=0.8, across=0.5)
    order = ["0", "3", "1", "4", "2", "5"]
    plain = _clusterer(matrix)
    for i in order:
        plain.assign(plain.signature(i))
    assert plain.refine() == [] and len(set(plain.story_of.values())) == 1
    c = _clusterer(matrix, split_ratio=0.75)
    for i in order:
        c.assign(c.signature(i))
    split = [ch for ch in c.refine() if ch.action == "split"]
    assert len(split) == 1 and "0.75 x 0.800" in split[0].reason
    assert set(split[0].moved) in ({"0", "1", "2"}, {"3", "4", "5"})
    stories = {frozenset(a for a, s in c.story_of.items() if s == t) for t in c.members}
    assert stories == {frozenset("012"), frozenset("345")}
    c.touched = set(c.members)
    assert c.refine() == []  # not merged back: a merge must pass the split's test


def test_a_story_of_three_events_is_cut_into_three() -> None:
    c = _clusterer(_events([3, 3, 3], own=0.8, across=0.46), split_ratio=0.75)
    for i in ["0", "3", "6", "1", "4", "7", "2", "5", "8"]:
        c.assign(c.signature(i))
    assert len(set(c.story_of.values())) == 1
    assert [ch.action for ch in c.refine()] == ["split", "split"]
    stories = {frozenset(a for a, s in c.story_of.items() if s == t) for t in c.members}
    assert stories == {frozenset("012"), frozenset("345"), frozenset("678")}


def test_top_halves_leaves_late_outliers_aside() -> None:
    m = np.array([[1, 0.9, 0.1, 0.0], [0.9, 1, 0.0, 0.1], [0.1, 0.0, 1, 0.8], [0.0, 0.1, 0.8, 1]])
    halves = top_halves(m, 2)
    assert halves is not None
    left, right, link = halves
    assert {frozenset(left), frozenset(right)} == {frozenset({0, 1}), frozenset({2, 3})}
    assert link == pytest.approx(0.05)
    # A fifth article unlike all four joins the tree last; it is left aside, not split off.
    m5 = np.pad(m, ((0, 1), (0, 1)), constant_values=0.0)
    m5[4, 4] = 1.0
    halves = top_halves(m5, 2)
    assert halves is not None and {frozenset(halves[0]), frozenset(halves[1])} == {
        frozenset({0, 1}),
        frozenset({2, 3}),
    }
    assert top_halves(m5, 3) is None


@pytest.mark.parametrize("split_min", [1, 2])
def test_the_split_precheck_never_skips_a_story_the_split_would_cut(split_min: int) -> None:
    # The cheap bound must only skip stories no cut could split: over random matrices,
    # wherever it says "no", the full test on the tree's top cut says no too.
    c = _clusterer([[1.0]], split_ratio=0.75, split_min=split_min)
    rng = np.random.default_rng(5)
    skipped = cut = 0
    for _ in range(400):
        n = int(rng.integers(4, 9))
        kind = rng.integers(3)  # wide, tight (nothing to cut) or two blocks
        low = (0.2, 0.8, 0.1)[kind]
        m = rng.uniform(low, low + (0.7, 0.1, 0.2)[kind], (n, n))
        if kind == 2:
            half = n // 2
            m[:half, :half] += 0.6
            m[half:, half:] += 0.6
        m = (m + m.T) / 2
        np.fill_diagonal(m, 1.0)
        halves = top_halves(m, split_min)
        would = (
            halves is not None
            and c._too_unlike(halves[2], cohesion(m, halves[0]), cohesion(m, halves[1])) is not None
        )
        if not c._could_split(m):
            skipped += 1
            assert not would
        cut += would
    assert skipped > 20 and cut > 20  # both branches were exercised


def test_refine_looks_from_a_new_article_as_a_fresh_search_would() -> None:
    # Refine reuses what an article found when it was assigned, completed with the rows
    # added since; that must be the search it would run again (flat weeks: exact).
    rng = np.random.default_rng(11)
    day0 = dt.date(2025, 2, 1)
    sigs = {}
    for i in range(400):
        vector = rng.normal(size=16).astype(np.float32)
        date = None if i % 13 == 0 else day0 + dt.timedelta(days=int(rng.integers(0, 60)))
        sigs[str(i)] = Signature(str(i), vector / np.linalg.norm(vector),
                                 Sparse.from_counts({}), Sparse.from_counts({}), date)  # fmt: skip
    c = Clusterer(StoryOptions(threshold=2.0), sigs.__getitem__, dim=16)  # no joins: many rows
    for i in range(250):
        sig = sigs[str(i)]
        c.restore(sig.article_id, f"old{i}", sig.vector, sig.date)
    for i in range(250, 400):
        c.assign(sigs[str(i)])
    checked = 0
    for i in range(250, 400):
        sig = sigs[str(i)]
        fresh = c.index.search(sig.vector, sig.date, c.options.neighbours)
        assert [row for row, _ in c._nearest(sig)] == [row for row, _ in fresh]
        checked += any(row > i for row, _ in fresh)  # found rows added after it
    assert checked > 50


def test_time_blocking_only_searches_the_window() -> None:
    index = ShardedIndex(dim=4, window_days=7, ann_from=3)
    base = dt.date(2025, 1, 1)
    vector = np.array([1, 0, 0, 0], np.float32)
    for day in range(0, 120, 3):  # one article every three days, the same vector
        index.add(day, vector, base + dt.timedelta(days=day))
    index.add(999, vector, None)
    hits = index.search(vector, base + dt.timedelta(days=60), k=100)
    rows = {row for row, _ in hits}
    assert 999 in rows  # undated articles can join any story
    assert all(abs(r - 60) <= 14 for r in rows - {999}) and {54, 60, 66} <= rows
    assert len(index.search(vector, None, k=1000)) == len(index)  # undated: everywhere


def test_a_groups_mean_vectors_give_its_mean_pairwise_similarity() -> None:
    # Stories are compared through their members' mean vectors; that must equal the mean
    # of every pairwise cosine, or merges and splits would judge different numbers.
    rng = np.random.default_rng(3)
    texts = [
        "Rebels shelled the port city on Monday.",
        "The port city was shelled by rebels.",
        "Talks on a ceasefire resumed in Doha.",
        "Doha hosts ceasefire talks.",
        "",
        "Rain.",
    ]
    sigs = []
    for n, text in enumerate(texts):
        vector = rng.normal(size=8).astype(np.float32)
        actors = Sparse.from_counts({n % 3: 1.0, 7: 2.0}) if n % 2 else Sparse.from_counts({})
        sigs.append(Signature(str(n), vector / np.linalg.norm(vector), term_vector(text),
                              actors, None))  # fmt: skip
    left, right = sigs[:4], sigs[4:]
    pairs = np.array([features(a, b) for a in left for b in right])
    assert np.allclose(Group.of(left).link(Group.of(right)), pairs.mean(axis=0), atol=1e-6)
    within = [features(a, b) for i, a in enumerate(left) for j, b in enumerate(left)
              if i != j]  # fmt: skip
    assert np.allclose(Group.of(left).cohesion(), np.mean(within, axis=0), atol=1e-6)
    assert np.allclose(Group.of(sigs[:1]).cohesion(), 1.0)
    # The pairwise tensor a split reads is the same cosines, from matrix products.
    rows = np.array([[features(a, b) for b in sigs] for a in sigs])
    assert np.allclose(feature_tensor(sigs), rows, atol=1e-6)
    # A feature the weights drop is not built, and the weighted figures do not move.
    weights = np.array([0.5, 0.5, 0.0], np.float32)
    lean_left, lean_right = Group.of(left, weights), Group.of(right, weights)
    assert not len(lean_left.actors.keys) and len(Group.of(left).actors.keys)
    assert lean_left.link(lean_right) @ weights == pytest.approx(
        Group.of(left).link(Group.of(right)) @ weights, abs=1e-6
    )
    assert lean_left.cohesion() @ weights == pytest.approx(
        Group.of(left).cohesion() @ weights, abs=1e-6
    )
    assert lean_left.link(sigs[5]) @ weights == pytest.approx(
        Group.of(left).link(sigs[5]) @ weights, abs=1e-6
    )


def test_term_vectors_weigh_names_over_common_words() -> None:
    vec = term_vector("Netanyahu said the talks would go on.")
    other = term_vector("Netanyahu arrived.")
    unrelated = term_vector("The talks would go on, officials said.")
    assert vec.dot(other) > vec.dot(unrelated)
    assert Sparse.from_blob(vec.to_blob()).dot(vec) == pytest.approx(1.0, abs=1e-5)


def test_approximate_shards_find_what_exact_search_finds() -> None:
    """A week past ``ann_from`` turns into an IVF index, retrained as it grows; the articles
    it returns must still be the true nearest ones, including those added since training."""
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(300, 32)).astype(np.float32)  # overlapping groups: scanning
    vectors = centres[rng.integers(0, 300, 3000)] + rng.normal(0, 0.8, (3000, 32))  # 1 gives .55
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    index = ShardedIndex(dim=32, window_days=7, ann_from=200)
    day = dt.date(2025, 3, 5)
    for row, vector in enumerate(vectors):
        index.add(row, vector, day)
        if row % 500 == 499:
            index.search(vector, day, k=1)  # searching flushes, as assignments do
    shard = next(iter(index.shards.values()))
    assert shard.trained_at >= 200 * 4  # trained at 200, again at 800 (and at 3,200)
    hits = 0
    for query in vectors[::60]:
        exact = set(np.argsort(-(vectors @ query))[:10].tolist())
        hits += len(exact & {row for row, _ in index.search(query, day, k=10)})
    assert hits / (10 * len(vectors[::60])) >= 0.95


def test_undated_articles_do_not_carry_a_story_across_years() -> None:
    """PAC: a debt-ceiling story opened by two undated articles took in articles of January
    2013, October 2015 and October 2021 (alike in words, years apart): an undated article
    joins any story, and the merge looked from it had no date to keep the others out. Two
    stories now merge only when their dated articles come within ``merge_gap_days`` (two
    years); the undated ones still join the story they are like."""
    days = [None, None, dt.date(2013, 1, 14), dt.date(2015, 10, 26), dt.date(2021, 10, 8)]
    c = _clusterer([[1.0 if i == j else 0.9 for j in range(5)] for i in range(5)], days)
    for i in range(5):
        c.assign(c.signature(str(i)))
    c.refine()
    stories = {c.story_of[str(i)] for i in range(5)}
    assert len(stories) == 3, c.story_of
    assert c.story_of["0"] == c.story_of["1"] == c.story_of["2"]
    assert len({c.story_of["2"], c.story_of["3"], c.story_of["4"]}) == 3


def test_an_undated_article_needs_a_margin_to_join_a_dated_story() -> None:
    """PAC: undated articles (a Benghazi hearing, Boehner's debt-ceiling plan, Russia
    sanctions) had joined dated stories of other events they resembled in words, with no
    time window to keep them out. A pair only one side of which is dated must now pass the
    join threshold by ``undated_margin`` (tuned on ECB+ 1-25), in a join and in a merge; two
    undated articles, or two dated ones, need the threshold alone."""
    days = [dt.date(2015, 10, 18), None, None, dt.date(2015, 10, 19)]
    matrix = [[1.0 if i == j else 0.5 for j in range(4)] for i in range(4)]
    strict = _clusterer(matrix, days, undated_margin=0.1)
    changes = [strict.assign(strict.signature(str(i)))[0] for i in range(4)]
    assert changes[1].action == "new" and "< 0.550, the threshold + undated margin" in (
        changes[1].reason or ""
    ), changes[1]
    assert not strict.refine()  # their link, 0.5, passes 0.45 but not 0.45 + 0.1: no merge
    assert strict.story_of["1"] == strict.story_of["2"] != strict.story_of["0"], strict.story_of
    assert strict.story_of["3"] == strict.story_of["0"], strict.story_of
    loose = _clusterer(matrix, days)
    for i in range(4):
        loose.assign(loose.signature(str(i)))
    loose.refine()
    assert len(set(loose.story_of.values())) == 1, loose.story_of


def test_a_run_keeps_its_restored_state_out_of_garbage_collection() -> None:
    """At a million stored articles, full collections walking the restored clusterer were a
    quarter of the cost of assigning one article (profiled): a run freezes what is alive
    when it starts and hands it back when it ends, and leaves a caller's own freeze alone."""
    import gc

    from newsprism.stories.run import long_lived_state

    assert gc.get_freeze_count() == 0
    with long_lived_state():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with long_lived_state():
            pass
        assert gc.get_freeze_count() == frozen  # the caller's freeze is the caller's
    finally:
        gc.unfreeze()
    with pytest.raises(RuntimeError), long_lived_state():
        raise RuntimeError("a failed batch")
    assert gc.get_freeze_count() == 0  # handed back however the run ends


def test_only_the_stories_of_the_nearest_articles_are_scored() -> None:
    """An article is weighed against at most ``candidates`` stories, those holding its
    nearest articles, best first: a story whose nearest article ranks below four others' is
    not scored, however alike its members (the matrix) would make it."""
    n = 7  # six stored articles, one story each, then the new one
    query = np.eye(8, dtype=np.float32)[0]
    vectors = [query * (1.0 - 0.1 * i) + np.eye(8, dtype=np.float32)[1] for i in range(n - 1)]
    vectors.append(query)
    matrix = np.zeros((n, n), np.float32) + np.eye(n, dtype=np.float32)
    matrix[6, :6] = matrix[:6, 6] = 0.5
    matrix[6, 5] = matrix[5, 6] = 0.9  # the farthest by embedding, the closest by the matrix

    def joined(candidates: int) -> str:
        options = StoryOptions(threshold=0.45, split_threshold=0.3, candidates=candidates)
        sigs = {
            str(i): Signature(str(i), v / np.linalg.norm(v), Sparse.from_counts({}),
                              Sparse.from_counts({}), None)
            for i, v in enumerate(vectors)
        }  # fmt: skip
        clusterer = _MatrixClusterer(options, sigs.__getitem__, dim=8)
        clusterer.row = {str(i): i for i in range(n)}
        clusterer.matrix = matrix
        for i in range(n - 1):
            assert clusterer.assign(sigs[str(i)])[0].action == "new"
        change = clusterer.assign(sigs["6"])[0]
        assert change.action == "join"
        return next(a for a in "012345" if clusterer.story_of[a] == change.story_id)

    assert joined(candidates=6) == "5"
    assert joined(candidates=4) == "0"  # the nearest article's story, at 0.5


def test_the_same_article_under_two_gold_stories_merges_them_for_the_ceiling() -> None:
    """PAC files some stories twice under two ids; the eval reports what a perfect
    clusterer could reach with such copies together. A shared headline alone is no copy."""
    from newsprism.evaluate.corpora import LabelledDoc
    from newsprism.evaluate.stories import gold_copies

    body = "Mississippi banned gender-affirming care for minors on Wednesday. " * 20
    docs = [
        LabelledDoc("a1", "A", body, "Mississippi bans care"),
        LabelledDoc("a2", "A", "Another report of the same event. " * 20, "Reeves signs bill"),
        LabelledDoc("b1", "B", body + " Updated.", "Mississippi  bans care"),
        LabelledDoc("c1", "C", "A different story about the budget. " * 20, "Reeves signs bill"),
    ]
    merged, pairs = gold_copies(docs)
    assert pairs == 1
    assert merged["A"] == merged["B"] != merged["C"]
