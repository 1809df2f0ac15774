"""Hostile and broken inputs: each is rejected with its reason, the batch goes on."""

from __future__ import annotations

import gzip
import json
import socket
from pathlib import Path

import pytest

import samples
from conftest import write
from newsprism.ingest import ingest
from newsprism.options import IngestOptions
from newsprism.store import Database

GOOD = "\n\n".join(samples.PARAGRAPHS)


def _codes(db: Database) -> dict[str, str]:
    return {Path(r["locator"]).name: r["code"] for r in db.rejections()}


def _ingest_with_good(db: Database, tmp_path: Path, bad: Path, options: IngestOptions) -> dict:
    good = write(tmp_path / "zz_good.txt", "Tram plan approved\n\n" + GOOD)
    report = ingest(db, [str(bad), str(good)], options)
    assert len(report.added) == 1, "the good file must still be ingested"
    assert db.articles()[0].source == str(good)
    return _codes(db)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E003"),
        ("blank.txt", b"  \n\n \t \n", "E003"),
        ("tiny.txt", b"Hi.", "E020"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "E004"),
        ("report.pdf", b"%PDF-1.7\n" + bytes(range(256)), "E004"),
        ("junk.txt", bytes(range(0, 32)) * 200, "E004"),
        ("truncated.txt.gz", gzip.compress(GOOD.encode())[:-30], "E007"),
        ("notgzip.gz", b"\x1f\x8b\x08\x00garbage-that-is-not-deflate" * 4, "E007"),
        ("broken.rss", b"<?xml version='1.0'?><rss><channel><title>x</title>", "E010"),
        ("broken.json", b'[{"title": "a", "text": ', "E011"),
        ("nothing.html", b"<html><body><script>x()</script></body></html>", "E009"),
        ("menu.html", b"<html><body><nav>Home</nav><p>Hi</p></body></html>", "E020"),
        ("broken.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: zz\r\n\r\n", "E013"),
        (
            "short.warc",
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nab",
            "E013",
        ),
    ],
)
def test_bad_file_is_rejected_and_batch_continues(
    db: Database, tmp_path: Path, opts: IngestOptions, name: str, content: bytes, code: str
) -> None:
    bad = write(tmp_path / name, content)
    codes = _ingest_with_good(db, tmp_path, bad, opts)
    assert list(codes.values()) == [code], codes


def test_missing_path(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    codes = _ingest_with_good(db, tmp_path, tmp_path / "nope.txt", opts)
    assert codes == {"nope.txt": "E001"}


def test_unreadable_file(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    # A Unix socket exists but cannot be opened as a file, even by root (chmod would not stop
    # root, which runs CI here).
    path = tmp_path / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        codes = _ingest_with_good(db, tmp_path, path, opts)
    finally:
        server.close()
    assert codes == {"sock.txt": "E002"}
    assert "cannot be read" in db.rejections()[0]["reason"]


def test_gigantic_file_is_refused_before_reading(db: Database, tmp_path: Path) -> None:
    bad = write(tmp_path / "huge.txt", ("word " * 300_000).encode())
    codes = _ingest_with_good(db, tmp_path, bad, IngestOptions(workers=1, max_bytes=1_000_000))
    assert codes == {"huge.txt": "E005"}


def test_gzip_bomb_stops_at_the_cap(db: Database, tmp_path: Path) -> None:
    bomb = write(tmp_path / "bomb.txt.gz", gzip.compress(b"A" * 30_000_000, compresslevel=9))
    assert bomb.stat().st_size < 100_000
    codes = _ingest_with_good(db, tmp_path, bomb, IngestOptions(workers=1, max_bytes=2_000_000))
    assert codes == {"bomb.txt.gz": "E006"}


def test_article_text_over_the_character_cap(db: Database, tmp_path: Path) -> None:
    bad = write(tmp_path / "long.txt", "Headline\n\n" + "A sentence about the budget. " * 5000)
    codes = _ingest_with_good(db, tmp_path, bad, IngestOptions(workers=1, max_text_chars=50_000))
    assert codes == {"long.txt": "E018"}


def test_malformed_jsonl_line_keeps_the_others(db: Database, tmp_path: Path, opts) -> None:
    lines = [
        json.dumps({"title": "one", "text": samples.PARAGRAPHS[0]}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"title": "four", "text": samples.PARAGRAPHS[1]}),
    ]
    path = write(tmp_path / "rows.jsonl", "\n".join(lines))
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 2
    by_locator = {r["locator"].rsplit("#", 1)[1]: (r["code"], r["reason"]) for r in db.rejections()}
    assert by_locator["line=2"][0] == "E011" and "line 2" in by_locator["line=2"][1]
    assert by_locator["line=3"][0] == "E011"
    assert by_locator["line=4"][0] == "E012" and "--map text=" in by_locator["line=4"][1]


def test_short_text_is_not_called_empty(db: Database, tmp_path: Path, opts) -> None:
    ingest(db, [str(write(tmp_path / "one.txt", b"Hello"))], opts)
    [rejection] = db.rejections()
    assert rejection["code"] == "E020"
    assert "only 5 characters" in rejection["reason"] and "min_text_chars" in rejection["reason"]


def test_unreadable_dates_are_stored_undated_with_a_warning(
    db: Database, tmp_path: Path, opts: IngestOptions
) -> None:
    lines = [
        json.dumps({"title": "bad", "text": samples.PARAGRAPHS[0], "date": "2025-13-45"}),
        json.dumps({"title": "epoch", "text": samples.PARAGRAPHS[1], "date": 1747094400}),
        json.dumps({"title": "millis", "text": samples.PARAGRAPHS[2], "date": "1747094400000"}),
    ]
    rows = write(tmp_path / "rows.jsonl", "\n".join(lines))
    header = write(tmp_path / "header.txt", "Title: A plan\nDate: soon\n\n" + GOOD)
    report = ingest(db, [str(rows), str(header)], opts)
    assert len(report.added) == 4 and not report.rejected
    by_title = {a.title: a for a in db.articles()}
    assert by_title["bad"].published is None and by_title["A plan"].published is None
    assert str(by_title["epoch"].published) == str(by_title["millis"].published) == "2025-05-13"
    warned = {w.locator.rsplit("/", 1)[-1]: w for w in report.warnings}
    assert set(warned) == {"rows.jsonl#line=1", "header.txt"}
    assert warned["header.txt"].code == "W001"
    assert "'soon'" in warned["header.txt"].message and "--date" in warned["header.txt"].message
    assert report.as_dict()["warnings"][0]["code"] == "W001"
    again = ingest(db, [str(rows), str(header)], opts)  # nothing new stored, nothing new to say
    assert again.warnings == [] and again.skipped_sources == 2


def test_malformed_csv(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    path = write(tmp_path / "bad.csv", f'title,text\nok,"{samples.PARAGRAPHS[0]}"\nbad,"unclosed')
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 1
    assert [r["code"] for r in db.rejections()] == ["E017"]


def test_corrupt_warc_keeps_records_before_the_damage(
    db: Database, tmp_path: Path, opts: IngestOptions
) -> None:
    good = samples.warc(
        [("https://a.example/1", samples.page("One", samples.PARAGRAPHS[:1]))], extra_records=False
    )
    path = write(tmp_path / "crawl.warc.gz", good + b"WARC/1.0\r\nContent-Length: x\r\n\r\n")
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 1
    assert [r["code"] for r in db.rejections()] == ["E013"]
    assert "#offset=" in db.rejections()[0]["locator"]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("cp1252", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-8", b"\xef\xbb\xbf"),
    ],
)
def test_encodings(
    db: Database, tmp_path: Path, opts: IngestOptions, encoding: str, bom: bytes
) -> None:
    text = (
        "Café owners’ “protest” in Zürich\n\n"
        "The café owners said the €2 levy was unfair — and naïve."
    )
    path = write(tmp_path / "enc.txt", bom + text.encode(encoding))
    ingest(db, [str(path)], opts)
    article = db.articles()[0]
    assert article.title == "Café owners’ “protest” in Zürich"
    assert article.text == "The café owners said the €2 levy was unfair — and naïve."


def test_mixed_utf8_and_cp1252(db: Database, tmp_path: Path, opts: IngestOptions) -> None:
    data = (
        "Zürich council — “budget” approved\n\n".encode()
        + "The café’s owner said it was fine.".encode("cp1252")
    )
    path = write(tmp_path / "mixed.txt", data)
    ingest(db, [str(path)], opts)
    article = db.articles()[0]
    assert article.title == "Zürich council — “budget” approved"
    assert article.text == "The café’s owner said it was fine."


def test_html_remnants_emoji_and_rtl_text(
    db: Database, tmp_path: Path, opts: IngestOptions
) -> None:
    text = (
        "Protest in Cairo 🇪🇬\n\nCrowds chanted \u202bعيش حرية عدالة اجتماعية\u202c outside "
        "the ministry &amp; police watched 👀.\n\n<b>Update:</b> the crowd left by noon."
    )
    path = write(tmp_path / "rtl.txt", text)
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 1
    assert "🇪🇬" in db.articles()[0].title and "عيش" in db.articles()[0].text


def test_rejections_are_kept_and_cleared_when_fixed(db: Database, tmp_path: Path, opts) -> None:
    path = write(tmp_path / "later.txt", b"")
    ingest(db, [str(path)], opts)
    ingest(db, [str(path)], opts)
    assert [(r["code"], r["attempts"]) for r in db.rejections()] == [("E003", 2)]
    path.write_text("Fixed headline\n\n" + GOOD)
    report = ingest(db, [str(path)], opts)
    assert len(report.added) == 1 and db.rejections() == []
