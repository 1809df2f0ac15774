"""Property tests over the readers: no input makes them fail other than by ``Rejected``."""

from __future__ import annotations

import contextlib
import io
import unicodedata

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsprism.errors import Rejected
from newsprism.ingest.decode import decode
from newsprism.ingest.feeds import parse_feed
from newsprism.ingest.pipeline import _prepare
from newsprism.ingest.plaintext import parse_text
from newsprism.ingest.sniff import sniff
from newsprism.ingest.tabular import iter_csv, iter_json, row_to_draft
from newsprism.ingest.units import Unit
from newsprism.ingest.webarchive import iter_warc
from newsprism.ingest.webpage import html_fragment_text
from newsprism.options import IngestOptions
from newsprism.records import Rejection
from newsprism.textutil import INVISIBLE, words

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text_without_nul = st.text(
    alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))
)
# Invisible format marks are dropped from text on purpose (they sit inside words).
visible_text = st.text(alphabet=st.characters(blacklist_characters="\x00" + INVISIBLE))


def _only_rejected(call) -> None:
    with contextlib.suppress(Rejected):
        call()


@SETTINGS
@given(st.binary(max_size=4000))
def test_decode_any_bytes(data: bytes) -> None:
    _only_rejected(lambda: decode(data))


@SETTINGS
@given(text_without_nul, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_decode_round_trips_unicode(text: str, encoding: str) -> None:
    assume(not text.startswith("\ufeff"))
    assert decode(text.encode(encoding)) == unicodedata.normalize("NFC", text)


def test_decode_cyrillic_cp1251_is_not_read_as_cp1252() -> None:
    text = "Президент заявил в понедельник, что переговоры продолжатся в Дохе."
    assert decode(text.encode("cp1251")) == text


@SETTINGS
@given(visible_text)
def test_plain_text_never_fails_and_keeps_every_word(text: str) -> None:
    draft = parse_text(text, "x")
    assume(draft.outlet is None and draft.published is None and draft.url is None)
    kept = set(words(" ".join(filter(None, [draft.title, draft.author, draft.text]))))
    assert set(words(text)) - {"by"} <= kept


@SETTINGS
@given(st.text(), st.binary(max_size=600))
def test_sniff_any_name_and_bytes(name: str, head: bytes) -> None:
    assert sniff(name, head) in {"warc", "feed", "html", "json", "csv", "tsv", "text"}


@SETTINGS
@given(st.text(max_size=2000))
def test_html_fragments(fragment: str) -> None:
    assert isinstance(html_fragment_text(fragment), str)


@SETTINGS
@given(st.text(max_size=2000))
def test_json_and_csv_rows(text: str) -> None:
    def run() -> None:
        for _, row in iter_json(text, "x"):
            if not isinstance(row, Rejected):
                _only_rejected(lambda row=row: row_to_draft(row, "x", {}))
        for _, row in iter_csv(text, "x"):
            _only_rejected(lambda row=row: row_to_draft(row, "x", {}))

    _only_rejected(run)


@SETTINGS
@given(st.binary(max_size=2000))
def test_feeds_from_any_bytes(data: bytes) -> None:
    _only_rejected(lambda: list(parse_feed(b"<?xml version='1.0'?><rss>" + data, "x")))


@SETTINGS
@given(st.binary(max_size=2000))
def test_web_archives_from_any_bytes(data: bytes) -> None:
    for item in iter_warc(io.BytesIO(b"WARC/1.0\r\n" + data), "x", 10_000):
        assert isinstance(item, Unit | Rejected)


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["text", "html"]))
def test_whole_preparation_of_any_bytes(data: bytes, kind: str) -> None:
    result = _prepare(Unit("x", "x", kind, data), IngestOptions(workers=1))  # type: ignore[arg-type]
    assert isinstance(result, Rejection) or result.article.text
