"""Passages in Chroma: text, metadata and vectors we compute ourselves.

We always pass vectors: Chroma's built-in embedder would download a model.
The collection records the embedder that built it; opening it with another
embedder re-embeds every passage, so one collection never mixes vector spaces.

One collection holds the passages of every document version a manifest refers
to; each passage carries its `doc_key` (document id + content revision). A
version is a set of keys (index/catalog.py), and `StoreView` shows one version
only, so a build can add new passages beside the live ones without any reader
seeing them before the pointer flips. Unchanged documents are shared between
versions: nothing is copied or re-embedded.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaError, NotFoundError, UniqueConstraintError

from index.embedders import Embedder
from safeguard.model import Passage

log = logging.getLogger(__name__)

COLLECTION = "passages"
_BATCH = 4096  # under Chroma's max batch size (5461 embedded)


def to_metadata(p: Passage, doc_key: str = "") -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_key": doc_key or p.doc_id, "doc_id": p.doc_id, "title": p.title, "partnership": p.partnership, "doc_type": p.doc_type,
        "source": p.source, "section": p.section, "headings": json.dumps(list(p.heading_path)),
        "ordinal": p.ordinal,
    }
    for key, value in (("url", p.url), ("published", p.published), ("page", p.page)):
        if value is not None:
            meta[key] = value
    return meta


def _key(meta: dict[str, Any]) -> str:
    """The document version a stored passage belongs to (passages from before keys carry only the id)."""
    return meta.get("doc_key", meta["doc_id"])


def _chunks(keys: set[str], size: int = 500) -> list[list[str]]:
    """Keys in sorted groups small enough for one `$in` filter."""
    ordered = sorted(keys)
    return [ordered[start : start + size] for start in range(0, len(ordered), size)]


def from_record(passage_id: str, text: str, meta: dict[str, Any], score: float = 0.0) -> Passage:
    return Passage(
        passage_id=passage_id, doc_id=meta["doc_id"], text=text,
        heading_path=tuple(json.loads(meta.get("headings", "[]"))), page=meta.get("page"),
        ordinal=int(meta.get("ordinal", 0)), title=meta.get("title", ""), partnership=meta.get("partnership", ""),
        doc_type=meta.get("doc_type", "other"), source=meta.get("source", ""), url=meta.get("url"),
        published=meta.get("published"), score=score,
    )


def open_client(data_dir: Path, chroma_url: str | None = None) -> chromadb.ClientAPI:
    """Embedded Chroma under data_dir, or a Chroma server when `chroma_url` is set.

    A path on the URL names a Chroma database (`http://chroma:8000/anyshire`), created
    on first use, so several deployments (or test runs) can share one server.
    """
    telemetry = ChromaSettings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        ssl = url.scheme == "https"
        host, port = url.hostname or "localhost", url.port or (443 if ssl else 8000)
        database = url.path.strip("/")
        if database:
            _ensure_database(host, port, ssl, database, telemetry)
        return chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=telemetry,
                                   database=database or chromadb.DEFAULT_DATABASE)
    return chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=telemetry)


def _ensure_database(host: str, port: int, ssl: bool, database: str, settings: ChromaSettings) -> None:
    admin = chromadb.AdminClient(ChromaSettings(
        chroma_api_impl="chromadb.api.fastapi.FastAPI", chroma_server_host=host, chroma_server_http_port=port,
        chroma_server_ssl_enabled=ssl, anonymized_telemetry=settings.anonymized_telemetry,
    ))
    try:
        admin.get_database(database)
    except NotFoundError:
        try:
            admin.create_database(database)
        except (UniqueConstraintError, ChromaError):  # another process created it first: fine if it now exists
            admin.get_database(database)


# A dense query over-fetches by the number of passages outside the version; past this it filters by key instead.
_MAX_OVERFETCH = 200


class PassageStore:
    """The physical collection: passages of every version still referred to."""

    def __init__(self, client: chromadb.ClientAPI, embedder: Embedder) -> None:
        self.client = client
        self.embedder = embedder
        self.collection = client.get_or_create_collection(
            COLLECTION, metadata={"hnsw:space": "cosine", "embedder": embedder.name}, embedding_function=None
        )
        try:  # a server may accept fewer records per call than we would like to send
            self.batch = min(_BATCH, client.get_max_batch_size())
        except (ChromaError, NotImplementedError, ValueError):
            self.batch = 500
        built_with = (self.collection.metadata or {}).get("embedder")
        if built_with != embedder.name:
            self._reembed(built_with)

    def _reembed(self, old: str | None) -> None:
        """Rebuild the collection in the current embedder's vector space, keeping ids and metadata."""
        records = self._records()
        log.warning("index was built with %s; re-embedding %d passages with %s", old, len(records), self.embedder.name)
        self.client.delete_collection(COLLECTION)
        self.collection = self.client.create_collection(
            COLLECTION, metadata={"hnsw:space": "cosine", "embedder": self.embedder.name}, embedding_function=None
        )
        for start in range(0, len(records), self.batch):
            batch = records[start : start + self.batch]
            vecs = self.embedder.embed_documents([embedding_text(from_record(*r)) for r in batch])
            self.collection.upsert(
                ids=[r[0] for r in batch], embeddings=np.asarray(vecs, dtype=np.float32).tolist(),
                documents=[r[1] for r in batch], metadatas=[r[2] for r in batch],
            )

    def _records(self, where: dict | None = None) -> list[tuple[str, str, dict]]:
        out: list[tuple[str, str, dict]] = []
        offset = 0
        while True:
            got = self.collection.get(where=where, include=["documents", "metadatas"], limit=5000, offset=offset)
            out.extend(r for r in zip(got["ids"], got["documents"], got["metadatas"]) if r[2] is not None)
            if len(got["ids"]) < 5000:
                return out
            offset += 5000

    def count(self) -> int:
        return self.collection.count()

    def add(self, passages: list[Passage], vectors: np.ndarray | None = None, doc_key: str = "") -> None:
        """Upsert one document version's passages (embedding them unless vectors are given)."""
        if vectors is None:
            vectors = self.embedder.embed_documents([embedding_text(p) for p in passages])
        self.add_many(passages, vectors, [doc_key] * len(passages))

    def add_many(self, passages: list[Passage], vectors: np.ndarray, doc_keys: list[str]) -> None:
        """Upsert passages of many document versions in few round trips (ingest is bound by them)."""
        size = self.batch
        for start in range(0, len(passages), size):
            batch = passages[start : start + size]
            self.collection.upsert(
                ids=[p.passage_id for p in batch],
                embeddings=np.asarray(vectors[start : start + size], dtype=np.float32),
                documents=[p.text for p in batch],
                metadatas=[to_metadata(p, k) for p, k in zip(batch, doc_keys[start : start + size])],
            )

    def keyed_passages(self) -> list[tuple[str, Passage]]:
        """(doc_key, passage) for everything stored, whatever version it belongs to."""
        return [(_key(m), from_record(i, t, m)) for i, t, m in self._records()]

    def passages_of(self, doc_key: str) -> list[Passage]:
        got = self._records(where={"doc_key": doc_key})
        return sorted((from_record(*r) for r in got), key=lambda p: p.ordinal)

    def count_keys(self, keys: set[str]) -> Counter[str]:
        """How many passages are stored for each of these document versions."""
        counts: Counter[str] = Counter()
        for chunk in _chunks(keys):
            got = self.collection.get(where={"doc_key": {"$in": chunk}}, include=["metadatas"])
            counts.update(_key(m) for m in got["metadatas"] if m is not None)
        return counts

    def stored_keys(self) -> set[str]:
        got = self.collection.get(include=["metadatas"])
        return {_key(m) for m in got["metadatas"] if m is not None}

    def delete_keys(self, keys: set[str]) -> None:
        """Remove every passage of these document versions."""
        for chunk in _chunks(keys):
            self.collection.delete(where={"doc_key": {"$in": chunk}})

    def set_key(self, doc_id: str, doc_key: str) -> None:
        """Tag a legacy document's passages with its key (one-off migration)."""
        got = self.collection.get(where={"doc_id": doc_id}, include=["metadatas"])
        if got["ids"]:
            self.collection.update(ids=got["ids"], metadatas=[{**m, "doc_key": doc_key} for m in got["metadatas"]])

    def all_passages(self) -> list[Passage]:
        return sorted((p for _, p in self.keyed_passages()), key=lambda p: p.passage_id)

    def query(self, vector: np.ndarray, k: int, partnerships: list[str] | None = None,
              keys: frozenset[str] | None = None, live: int | None = None) -> list[tuple[Passage, float]]:
        """Nearest passages by cosine similarity (1 - distance), optionally scoped to a partnership and a version.

        Passages outside the version are at most (stored − live), so fetching that many
        more and dropping them is exact; when a build has staged many, filter by key instead.
        """
        total = self.count()
        if total == 0:
            return []
        clauses: list[dict] = [{"partnership": {"$in": partnerships}}] if partnerships else []
        extra = 0 if keys is None else max(total - (live or 0), 0)
        if keys is not None and extra > _MAX_OVERFETCH:
            clauses.append({"doc_key": {"$in": sorted(keys)}})
            extra = 0
        where = clauses[0] if len(clauses) == 1 else ({"$and": clauses} if clauses else None)
        got = self.collection.query(
            query_embeddings=[np.asarray(vector, dtype=np.float32).tolist()], n_results=min(k + extra, total),
            where=where, include=["documents", "metadatas", "distances"],
        )
        hits = [
            (from_record(i, t, m), 1.0 - float(d))
            for i, t, m, d in zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0])
            # m is None for a record deleted while we queried: a clean-up of passages no version serves.
            if m is not None and (keys is None or _key(m) in keys)
        ]
        return hits[:k]


class StoreView:
    """One published version of the store: what readers search. Same methods readers used before."""

    def __init__(self, store: PassageStore, keys: frozenset[str], passages: list[Passage]) -> None:
        self.physical = store
        self.keys = keys
        self.passages = passages

    @property
    def collection(self):
        return self.physical.collection

    @property
    def embedder(self) -> Embedder:
        return self.physical.embedder

    def count(self) -> int:
        return len(self.passages)

    def all_passages(self) -> list[Passage]:
        return list(self.passages)

    def passage_ids(self, doc_id: str) -> list[str]:
        return [p.passage_id for p in self.passages if p.doc_id == doc_id]

    def query(self, vector: np.ndarray, k: int, partnerships: list[str] | None = None) -> list[tuple[Passage, float]]:
        if not self.passages:
            return []
        return self.physical.query(vector, k, partnerships, self.keys, len(self.passages))


def embedding_text(p: Passage) -> str:
    """What the vector represents: the passage in the context of its title and section."""
    return f"{p.title}. {p.section}.\n{p.text}" if p.section else f"{p.title}.\n{p.text}"
