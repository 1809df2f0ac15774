"""Numbered, helpful messages (the spaCy habit): each says what went wrong and what to do.

Codes E0xx describe a rejected input (stored in the ``rejects`` table, the batch goes on);
codes E1xx are usage errors that stop a command before it starts; codes W0xx note an input that
was stored, but not wholly as its source described it (a date that cannot be read).
"""

from __future__ import annotations


class Errors:
    E001 = "the path does not exist"
    E002 = "the file cannot be read: {detail}"
    E003 = "the input is empty (no text after extraction)"
    E004 = "the input is binary, not text ({kind}); convert it to text, HTML, a feed or WARC first"
    E005 = "the input is {size:,} bytes, over the {limit:,}-byte cap (IngestOptions.max_bytes)"
    E006 = (
        "the compressed input expands past {limit:,} bytes (a possible gzip bomb); "
        "raise IngestOptions.max_bytes if it is genuine"
    )
    E007 = "the compressed data is truncated or corrupt: {detail}"
    E008 = "the text cannot be decoded in any known encoding"
    E009 = "no main text was found in the HTML page"
    E010 = "the feed is malformed and holds no entries: {detail}"
    E011 = "line {line} is not valid JSON: {detail}"
    E012 = "the record has no text field (looked for {fields}); map one with --map text=COLUMN"
    E013 = "the web archive is malformed: {detail}"
    E014 = "refused to fetch {url}: {detail}"
    E015 = "fetching {url} failed: {detail}"
    E016 = "the input format could not be recognised ({detail})"
    E017 = "the CSV file is malformed: {detail}"
    E018 = "the text is {chars:,} characters, over the {limit:,}-character cap for one article"
    E019 = "an unexpected error while reading it ({detail}); please report it with the file"
    E020 = (
        "the text is only {chars} characters, under the {limit}-character minimum for an "
        "article (IngestOptions.min_text_chars)"
    )

    E101 = "the column mapping {spec!r} is not of the form FIELD=COLUMN[,FIELD=COLUMN]"
    E102 = "unknown field {field!r} in the column mapping; known fields: {known}"
    E103 = "no article with id {id!r} in {db}"
    E104 = "the data folder {path} is missing or lacks {what}; pass --data DIR"
    E105 = "the date {value!r} is not in ISO form (YYYY-MM-DD)"
    E106 = "unknown eval suite {name!r}; available: {known}"
    E107 = "no story {id!r} in {db} (run `newsprism stories` to list them)"
    E108 = "the {what} model is not built; run `{command}` first"
    E109 = "unknown format {name!r}; choose one of: {known}"
    E110 = "the {suite} suite has no split {split!r}; it scores {known}"
    E111 = "NEWSPRISM_EMBED_PRECISION is {value!r}; set it to one of: {known}"
    E112 = "unknown quotation kind {name!r}; choose one of: {known}"


class Warnings:
    """Numbered notes about an input that was stored but not as its source described it."""

    W001 = "the date {value!r} could not be read; {outcome}"


class NewsprismError(Exception):
    """A usage error: the command cannot run as asked."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.message = getattr(Errors, code).format(**fields)
        super().__init__(f"[{code}] {self.message}")


class Rejected(Exception):
    """One input (a file, a record, a URL) cannot become an article.

    Raised inside readers and caught by the pipeline, which stores it as a rejection and goes on.
    Readers of multi-item inputs (feeds, JSONL, WARC) may also yield one with its ``locator``.
    """

    def __init__(self, code: str, *, locator: str | None = None, **fields: object) -> None:
        self.code = code
        self.locator = locator
        self.reason = getattr(Errors, code).format(**fields)
        super().__init__(f"[{code}] {self.reason}")
