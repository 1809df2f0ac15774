"""Ingestion: files, folders, HTML, feeds, JSONL/CSV, WARC and URLs into articles."""

from newsprism.ingest.pipeline import ingest

__all__ = ["ingest"]
