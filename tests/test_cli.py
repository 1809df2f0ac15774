"""The command line, end to end, with typer's runner against real database files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import write
from newsprism.cli import app

runner = CliRunner()


def run(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout


def test_ingest_list_show_and_rejects(tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "n.db"
    bad = write(tmp_path / "bad" / "empty.txt", b"")
    code, output = run(db, "ingest", str(seeds), str(bad), "--json")
    assert code == 0, output
    summary = json.loads(output)
    assert (summary["added"], summary["rejected"]) == (2, 1)
    assert summary["rejections"][0]["code"] == "E003"
    assert summary["analysis"]["analysed"] == 2  # ingest analyses new articles by default

    code, output = run(db, "actors", "--json")
    people = {a["name"]: a for a in json.loads(output)}
    assert people["Benjamin Netanyahu"]["articles"] == 2
    assert "Israeli Prime Minister" in people["Benjamin Netanyahu"]["roles"]
    code, output = run(db, "analyze", "--json")
    assert json.loads(output)["analysed"] == 0  # nothing new: analysis is not repeated

    code, output = run(db, "articles", "--json")
    listed = json.loads(output)
    assert [a["outlet"] for a in listed] == ["The Cradle", None]
    assert listed[1]["published"] is None and listed[1]["published_known"] is False

    code, output = run(db, "show", listed[0]["id"][:8])
    assert code == 0 and "The Cradle" in output and "2025-05-13 (from header)" in output
    assert "quotes" in output and "Israeli Army Radio" in output  # the analysis is shown
    # In 80 columns a speaker's name and a cue verb stay whole (they had broken mid-word)
    narrow = runner.invoke(app, ["--db", str(db), "show", listed[0]["id"]], env={"COLUMNS": "80"})
    quotes = narrow.stdout.split("quotes", 1)[1].split("amounts and dates", 1)[0]
    assert "Netanyahu" in quotes and "announced" in quotes and "on social" in quotes
    code, output = run(db, "show", listed[1]["id"], "--json")
    shown = json.loads(output)
    assert shown["title"].startswith("Hamas Releases")
    assert any("Truth Social" in (q["medium"] or "") for q in shown["analysis"]["quotes"])

    code, output = run(db, "rejects")
    assert code == 0 and "E003" in output
    code, output = run(db, "rejects", "--json")
    assert json.loads(output)[0]["locator"] == str(bad)

    code, output = run(db, "articles", "--search", "Truth Social")
    assert "Hamas Releases" in output and "Israeli Prime" not in output

    code, output = run(db, "ingest", str(seeds))
    assert code == 0 and "added 0" in output and "sources already ingested 2" in output


def test_claim_embeddings_left_for_later_are_made_and_kept_by_the_first_comparison(
    tmp_path: Path, seeds: Path
) -> None:
    """`ingest --no-embed-claims` stores the claims without vectors (a large crawl embeds
    only the stories someone compares); `compare` embeds them, says so once, stores them."""
    import sqlite3

    db = tmp_path / "n.db"
    code, output = run(db, "ingest", str(seeds), "--no-embed-claims", "--json")
    assert code == 0 and json.loads(output)["analysis"]["analysed"] == 2, output

    def unembedded() -> int:
        with sqlite3.connect(db) as conn:
            return int(
                conn.execute("SELECT COUNT(*) FROM claims WHERE embedding IS NULL").fetchone()[0]
            )

    assert unembedded() > 10
    code, output = run(db, "stories", "--json")
    story = json.loads(output)[0]["id"]
    code, first = run(db, "compare", story, "--format", "json")
    assert code == 0 and "were embedded for this comparison, and stored" in first
    assert unembedded() == 0
    code, second = run(db, "compare", story, "--format", "json")
    assert "embedded for this comparison" not in second
    assert json.loads(second)["facts"] == json.loads(first)["facts"]


def test_errors_are_numbered_and_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    for args, code_text in [
        (["show", "ffff0000"], "E103"),
        (["ingest", "x.txt", "--date", "13/05/2025"], "E105"),
        (["ingest", "x.jsonl", "--map", "text"], "E101"),
        (["ingest", "x.jsonl", "--map", "body=text"], "E102"),
        (["eval", "nonsense"], "E106"),
        (["eval", "extraction", "--data", str(tmp_path)], "E104"),
        (["eval", "stories", "--split", "train"], "E110"),
        (["eval", "quotes", "--split", "test"], "E110"),
        (["quotes", "--kind", "shouted"], "E112"),
        (["quotes", "--story", "nosuchstory"], "E107"),
    ]:
        result = subprocess.run(
            [sys.executable, "-m", "newsprism", "--db", str(db), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2, (args, result.stderr)
        assert code_text in result.stderr and "Traceback" not in result.stderr


def test_article_text_is_never_read_as_markup(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    hostile = "[red]X[/] hi\n\nBody with [link=http://evil]markup[/link] and more words."
    run(db, "ingest", str(write(tmp_path / "h.txt", hostile)))
    _, output = run(db, "articles")
    assert "[red]X[/] hi" in output
    _, output = run(db, "show", json.loads(run(db, "articles", "--json")[1])[0]["id"])
    assert "[link=http://evil]markup[/link]" in output and "[red]X[/] hi" in output


@pytest.mark.slow
def test_eval_extraction_json_subset(tmp_path: Path) -> None:
    code, output = run(tmp_path / "n.db", "eval", "extraction", "--limit", "10", "--json")
    assert code == 0, output
    result = json.loads(output)
    assert result["pages"] == 10 and 0.8 < result["f1"] <= 1.0


@pytest.mark.slow
def test_eval_quotes_scores_a_training_split(tmp_path: Path) -> None:
    """Rules written from dev errors are checked on training texts nobody read."""
    code, output = run(
        tmp_path / "n.db", "eval", "quotes", "--split", "train", "--limit", "6", "--json"
    )
    assert code == 0, output
    result = json.loads(output)
    assert result["split"] == "train" and result["documents"] == 6
    assert 0.5 < result["overlap_f1"] <= 1.0
