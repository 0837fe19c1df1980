"""Text → vectors, with a real model when one can be had and an offline fallback.

Many council networks (and CI) cannot reach the model hub. Loading therefore
tries, in order: a local folder, the local cache, the hub (only if it answers
within `hub_timeout` seconds), and finally the hashing embedder, which needs no
download. `Embedder.name` identifies the vector space; the index records it and
re-embeds when it changes.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

import numpy as np

log = logging.getLogger(__name__)

# Retrieval models that expect an instruction in front of queries.
_QUERY_PREFIXES = {
    "bge-": "Represent this sentence for searching relevant passages: ",
    "e5-": "query: ",
}


class Embedder(Protocol):
    name: str
    dim: int
    status: str  # human-readable: which model, and why (shown in /healthz)
    dense_retrieval: bool  # whether its vectors add to search (measured), or are only stored

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


@dataclass
class HashingEmbedder:
    """Hashed word and character n-gram vectors: no model, no download, no fitting.

    Stable across corpora (nothing is fitted), so incremental ingests never need
    a re-embed. It gives Chroma valid vectors when no model can be had; search
    then relies on BM25 with the thesaurus and spelling correction (README,
    "Embeddings online and offline", has the measurement).
    """

    dim: int = 256
    status: str = "hashing (no model configured)"
    name: str = field(init=False)
    # Measured on the demo question set: fused with BM25, these vectors lowered recall@5
    # (0.867 BM25 alone, 0.864 at weight 0.5, 0.818 at 1.0), so they are stored, not searched.
    dense_retrieval: bool = False

    def __post_init__(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self.name = f"hashing-v1-{self.dim}"
        common = dict(n_features=self.dim, alternate_sign=False, norm="l2", lowercase=True)
        self._words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), **common)
        self._chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        vectors = self._words.transform(texts).toarray() + self._chars.transform(texts).toarray()
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded from a folder, the cache or the hub."""

    dense_retrieval = True

    def __init__(self, model: str, local_files_only: bool = True, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(model, device="cpu", local_files_only=local_files_only)
        self.dim = int(self._model.get_embedding_dimension() if hasattr(self._model, "get_embedding_dimension")
                       else self._model.get_sentence_embedding_dimension())
        self.name = f"st:{Path(model).name if Path(model).exists() else model}"
        self.status = f"sentence-transformers {model}"
        self.batch_size = batch_size
        base = Path(model).name.lower()
        self._query_prefix = next((p for key, p in _QUERY_PREFIXES.items() if key in base), "")

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([self._query_prefix + text])[0]


def hub_reachable(timeout: float) -> bool:
    """True if the model hub accepts a TCP connection within `timeout` seconds.

    Runs in a daemon thread so a hanging DNS lookup cannot stall start-up.
    """
    host = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co")).hostname or "huggingface.co"
    result: list[bool] = []

    def probe() -> None:
        try:
            socket.create_connection((host, 443), timeout=timeout).close()
            result.append(True)
        except OSError:
            result.append(False)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout)
    return bool(result and result[0])


def is_cached(model: str) -> bool:
    """Whether the hub model is in the local cache, checked without importing torch (~9 s saved)."""
    from huggingface_hub import try_to_load_from_cache

    try:
        found = try_to_load_from_cache(model, "config.json")
    except Exception:  # an invalid repo id, an unreadable cache
        return False
    return isinstance(found, str)


def _fallback(reason: str) -> HashingEmbedder:
    log.warning("embedding model unavailable (%s): using the offline hashing embedder", reason)
    return HashingEmbedder(status=f"hashing (offline fallback: {reason})")


def load_embedder(model: str, offline: bool = False, hub_timeout: float = 3.0) -> Embedder:
    """Best available embedder for `model` (hub name, local folder, or "hashing")."""
    if model.strip().lower() in {"", "hashing", "offline", "none"}:
        return HashingEmbedder()
    if Path(model).expanduser().exists():
        try:
            return SentenceTransformerEmbedder(str(Path(model).expanduser()), local_files_only=True)
        except Exception as exc:  # a broken model folder must not take the service down
            return _fallback(f"could not load {model}: {exc.__class__.__name__}: {exc}")
    if is_cached(model):
        try:
            return SentenceTransformerEmbedder(model, local_files_only=True)
        except Exception:
            pass  # a broken cache entry: try the hub below
    if offline or os.environ.get("HF_HUB_OFFLINE") == "1":
        return _fallback(f"{model} is not cached and offline mode is on")
    if not hub_reachable(hub_timeout):
        os.environ["HF_HUB_OFFLINE"] = "1"  # stop libraries retrying the hub later
        return _fallback(f"{model} is not cached and the model hub is unreachable")
    try:
        return SentenceTransformerEmbedder(model, local_files_only=False)
    except Exception as exc:
        return _fallback(f"could not download {model}: {exc.__class__.__name__}")
