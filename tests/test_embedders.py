"""Embeddings online and offline: real sentence-transformers code, no download."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from index.embedders import HashingEmbedder, SentenceTransformerEmbedder, load_embedder
from index.indexer import Index
from index.store import open_client


def test_hashing_embedder_is_deterministic_normalised_and_typo_tolerant() -> None:
    emb = HashingEmbedder()
    a = emb.embed_documents(["designated officer allegations", "missing children"])
    assert a.shape == (2, emb.dim)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a, HashingEmbedder().embed_documents(["designated officer allegations", "missing children"]))
    query = emb.embed_query("desginated oficer")  # typos still land nearer the right text
    assert float(a[0] @ query) > float(a[1] @ query)


def test_unreachable_hub_falls_back_within_seconds(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # empty cache: the model is not there
    monkeypatch.setenv("HF_ENDPOINT", "https://127.0.0.1:9")  # nothing listens: refused at once
    start = time.monotonic()
    emb = load_embedder("BAAI/bge-small-en-v1.5", offline=False, hub_timeout=2.0)
    assert time.monotonic() - start < 10
    assert isinstance(emb, HashingEmbedder)
    assert "unreachable" in emb.status


def test_offline_mode_never_probes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setattr("index.embedders.hub_reachable", lambda timeout: pytest.fail("probed the hub"))
    emb = load_embedder("BAAI/bge-small-en-v1.5", offline=True)
    assert isinstance(emb, HashingEmbedder) and "offline" in emb.status


def test_local_model_folder_loads_through_sentence_transformers(tiny_st_model_path: Path) -> None:
    emb = load_embedder(str(tiny_st_model_path))
    assert isinstance(emb, SentenceTransformerEmbedder)
    vecs = emb.embed_documents(["LADO referral", "return home interview"])
    assert vecs.shape == (2, emb.dim)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


def test_broken_model_folder_degrades_to_offline_embedder(tmp_path: Path) -> None:
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "config.json").write_text("{not json")
    emb = load_embedder(str(broken))
    assert isinstance(emb, HashingEmbedder) and "could not load" in emb.status


def test_switching_embedder_reembeds_and_never_mixes_spaces(corpus: Path, tmp_path: Path, tiny_st_model_path: Path) -> None:
    data = tmp_path / "data"
    first = Index(data, HashingEmbedder())
    first.ingest([corpus])
    count = first.store.count()

    model = load_embedder(str(tiny_st_model_path))
    second = Index(data, model)
    collection = open_client(data).get_collection("passages")
    assert collection.metadata["embedder"] == model.name
    assert second.store.count() == count
    stored = collection.get(include=["embeddings"], limit=1)["embeddings"][0]
    assert len(stored) == model.dim  # every vector is in the new space
    assert second.retriever.search("LADO", 3)


def test_model_in_the_local_cache_is_used_without_the_hub(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tiny_st_model_path: Path
) -> None:
    """A hub name whose files are in the Hugging Face cache loads offline (how most closed networks run)."""
    import shutil

    hub = tmp_path / "hf" / "hub"
    repo = hub / "models--example-org--tiny-safeguard"
    snapshot = repo / "snapshots" / "0123456789abcdef0123456789abcdef01234567"
    shutil.copytree(tiny_st_model_path, snapshot)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(snapshot.name)
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_CACHE", str(hub))  # read at import: patch it
    monkeypatch.setattr("index.embedders.hub_reachable", lambda timeout: pytest.fail("probed the hub"))
    emb = load_embedder("example-org/tiny-safeguard", offline=True)
    assert isinstance(emb, SentenceTransformerEmbedder), emb.status
    assert emb.embed_query("LADO").shape == (emb.dim,)
