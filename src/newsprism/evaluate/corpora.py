"""Readers for the labelled story corpora (ECB+, BASIL, PAC) as plain records with a gold label.

Each record becomes one JSONL line that ``newsprism ingest`` reads like any user's export, so the
evaluation goes through the real ingest and analysis, not a shortcut.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

# ECB+ topics: 1-25 tune the thresholds; 26-35 report them (36-45 are kept by the owner).
TUNE_TOPICS = tuple(range(1, 26))
REPORT_TOPICS = tuple(range(26, 36))


@dataclass(frozen=True, slots=True)
class LabelledDoc:
    key: str  # unique within its corpus; also the record's URL path
    gold: str  # documents with the same gold label belong to one story
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def record(self, corpus: str) -> dict[str, str | None]:
        return {
            "url": self.url or f"https://{corpus}.invalid/{self.key}",
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "text": self.text,
        }


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detokenise(tokens: list[str]) -> str:
    text = " ".join("\u201c" if t == "``" else "\u201d" if t == "''" else t for t in tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return text.replace("\u201c ", "\u201c").replace(" \u201d", "\u201d")


def ecbplus(folder: Path, topics: tuple[int, ...] | None = None) -> list[LabelledDoc]:
    """Every document of the topic folders; gold = topic + (ecb | ecbplus), the two events."""
    docs = []
    for topic_dir in sorted(p for p in folder.iterdir() if p.is_dir() and p.name.isdigit()):
        if topics is not None and int(topic_dir.name) not in topics:
            continue
        for path in sorted(topic_dir.glob("*.xml")):
            paragraphs = list(ecb_sentences(ecb_root(path)).values())
            event = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
            docs.append(
                LabelledDoc(path.stem, f"{topic_dir.name}/{event}", "\n\n".join(paragraphs))
            )
    return docs


def ecb_root(path: Path) -> ET.Element:
    # The user's own labelled files, not fetched input; expat refuses entity bombs.
    return ET.parse(path).getroot()  # noqa: S314


def ecb_sentences(root: ET.Element) -> dict[str, str]:
    """ECB+ sentence number -> its detokenised text, in document order (one paragraph each)."""
    tokens: dict[str, list[str]] = {}
    for token in root.iter("token"):
        tokens.setdefault(token.get("sentence", "0"), []).append(token.text or "")
    return {number: detokenise(words) for number, words in tokens.items()}


def basil(folder: Path) -> list[LabelledDoc]:
    """The 300 articles; gold = the triplet (one event told by Fox, NYT and HuffPost)."""
    docs = []
    for path in sorted((folder / "articles").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = data.get("body-paragraphs") or []
        if isinstance(paragraphs, str):
            paragraphs = ast.literal_eval(paragraphs)
        text = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
        docs.append(
            LabelledDoc(
                path.stem,
                data["triplet-uuid"],
                text,
                title=data.get("title"),
                published=data.get("date") or None,
                outlet=data.get("source"),
                url=data.get("url") or None,
            )
        )
    return docs


def pac(folder: Path) -> list[LabelledDoc]:
    """The 304 articles; gold = the story id (one left- and one right-leaning article)."""
    docs = []
    for path in sorted((folder / "data" / "merged_annotations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        news = data.get("news") or []
        if isinstance(news, str):
            news = ast.literal_eval(news)
        text = " ".join(str(s["text"]) for s in news)
        docs.append(
            LabelledDoc(
                path.stem,
                str(data["id"]).split("_DOCUMENT_")[0],
                text,
                title=data.get("title"),
                published=data.get("date") or None,
                outlet=data.get("source"),
            )
        )
    return docs
