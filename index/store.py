"""Passages in Chroma: text, metadata and vectors we compute ourselves.

We always pass vectors: Chroma's built-in embedder would download a model.
The collection records the embedder that built it; opening it with another
embedder re-embeds every passage, so one collection never mixes vector spaces.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Callable

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from index.embedders import Embedder
from safeguard.model import Passage

log = logging.getLogger(__name__)

COLLECTION = "passages"
_BATCH = 512


def to_metadata(p: Passage) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": p.doc_id, "title": p.title, "partnership": p.partnership, "doc_type": p.doc_type,
        "source": p.source, "section": p.section, "headings": json.dumps(list(p.heading_path)),
        "ordinal": p.ordinal,
    }
    for key, value in (("url", p.url), ("published", p.published), ("page", p.page)):
        if value is not None:
            meta[key] = value
    return meta


def from_record(passage_id: str, text: str, meta: dict[str, Any], score: float = 0.0) -> Passage:
    return Passage(
        passage_id=passage_id, doc_id=meta["doc_id"], text=text,
        heading_path=tuple(json.loads(meta.get("headings", "[]"))), page=meta.get("page"),
        ordinal=int(meta.get("ordinal", 0)), title=meta.get("title", ""), partnership=meta.get("partnership", ""),
        doc_type=meta.get("doc_type", "other"), source=meta.get("source", ""), url=meta.get("url"),
        published=meta.get("published"), score=score,
    )


def open_client(data_dir: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(
        path=str(data_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )


class PassageStore:
    def __init__(self, client: chromadb.ClientAPI, embedder: Embedder) -> None:
        self.client = client
        self.embedder = embedder
        self.collection = client.get_or_create_collection(
            COLLECTION, metadata={"hnsw:space": "cosine", "embedder": embedder.name}, embedding_function=None
        )
        built_with = (self.collection.metadata or {}).get("embedder")
        if built_with != embedder.name:
            self._reembed(built_with)

    def _reembed(self, old: str | None, progress: Callable[[int, int], None] | None = None) -> None:
        """Rebuild the collection in the current embedder's vector space."""
        passages = self.all_passages()
        log.warning("index was built with %s; re-embedding %d passages with %s", old, len(passages), self.embedder.name)
        self.client.delete_collection(COLLECTION)
        self.collection = self.client.create_collection(
            COLLECTION, metadata={"hnsw:space": "cosine", "embedder": self.embedder.name}, embedding_function=None
        )
        self.add(passages)

    def count(self) -> int:
        return self.collection.count()

    def add(self, passages: list[Passage], vectors: np.ndarray | None = None) -> None:
        """Upsert passages (embedding them unless vectors are given)."""
        for start in range(0, len(passages), _BATCH):
            batch = passages[start : start + _BATCH]
            vecs = vectors[start : start + _BATCH] if vectors is not None else self.embedder.embed_documents(
                [embedding_text(p) for p in batch]
            )
            self.collection.upsert(
                ids=[p.passage_id for p in batch],
                embeddings=np.asarray(vecs, dtype=np.float32).tolist(),
                documents=[p.text for p in batch],
                metadatas=[to_metadata(p) for p in batch],
            )

    def passage_ids(self, doc_id: str) -> list[str]:
        return self.collection.get(where={"doc_id": doc_id}, include=[])["ids"]

    def replace_document(self, doc_id: str, passages: list[Passage], vectors: np.ndarray) -> None:
        """New passages in, then the old ones that no longer exist out."""
        old = set(self.passage_ids(doc_id))
        self.add(passages, vectors)
        stale = sorted(old - {p.passage_id for p in passages})
        if stale:
            self.collection.delete(ids=stale)

    def delete_document(self, doc_id: str) -> None:
        ids = self.passage_ids(doc_id)
        if ids:
            self.collection.delete(ids=ids)

    def all_passages(self) -> list[Passage]:
        out: list[Passage] = []
        total = self.count()
        for offset in range(0, total, 5000):
            got = self.collection.get(include=["documents", "metadatas"], limit=5000, offset=offset)
            out.extend(from_record(i, t, m) for i, t, m in zip(got["ids"], got["documents"], got["metadatas"]))
        out.sort(key=lambda p: p.passage_id)
        return out

    def query(self, vector: np.ndarray, k: int, partnerships: list[str] | None = None) -> list[tuple[Passage, float]]:
        """Nearest passages by cosine similarity (1 - distance), optionally scoped."""
        if self.count() == 0:
            return []
        where = {"partnership": {"$in": partnerships}} if partnerships else None
        got = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()], n_results=min(k, self.count()),
            where=where, include=["documents", "metadatas", "distances"],
        )
        return [
            (from_record(i, t, m), 1.0 - float(d))
            for i, t, m, d in zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0])
        ]


def embedding_text(p: Passage) -> str:
    """What the vector represents: the passage in the context of its title and section."""
    return f"{p.title}. {p.section}.\n{p.text}" if p.section else f"{p.title}.\n{p.text}"
