"""Chroma as a server: deployments sharing one `chroma run` stay apart, by the database named in the URL."""

from __future__ import annotations

from pathlib import Path

import chromadb

from index.embedders import HashingEmbedder
from index.indexer import Index
from tests.conftest import write_corpus


def test_deployments_on_one_server_never_see_each_others_passages(tmp_path: Path, chroma_server_url: str) -> None:
    docs = write_corpus(tmp_path / "docs")
    anyshire = Index(tmp_path / "a", HashingEmbedder(), chroma_url=f"{chroma_server_url}/anyshire_{tmp_path.name}")
    brackenford = Index(tmp_path / "b", HashingEmbedder(), chroma_url=f"{chroma_server_url}/brackenford_{tmp_path.name}")
    anyshire.ingest([docs / "anyshire"])
    brackenford.ingest([docs / "brackenford"])

    assert {p.partnership for p in anyshire.passages()} == {"Anyshire"}
    assert {p.partnership for p in brackenford.passages()} == {"Brackenford"}
    assert not brackenford.retriever.search("960150", 5)  # Anyshire's LADO number is not in this database
    # The physical collections differ too, not only the catalogues: each database holds its own passages.
    assert anyshire.physical.count() == anyshire.store.count() and brackenford.physical.count() == brackenford.store.count()

    # Another process (a second API node) opening the same URL sees the same database.
    other = Index(tmp_path / "a", HashingEmbedder(), chroma_url=anyshire.chroma_url)
    assert any("960150" in p.text for p in other.retriever.search("LADO phone number", 3))
    assert not (tmp_path / "a" / "chroma").exists() and not (tmp_path / "b" / "chroma").exists()


def test_without_a_path_the_default_database_is_used(tmp_path: Path, chroma_server_url: str) -> None:
    docs = write_corpus(tmp_path / "docs")
    index = Index(tmp_path / "data", HashingEmbedder(), chroma_url=chroma_server_url)
    index.ingest([docs / "brackenford"])
    host, port = chroma_server_url.rsplit("//", 1)[1].split(":")
    plain = chromadb.HttpClient(host=host, port=int(port))  # a client that knows nothing of our URL scheme
    assert plain.get_collection("passages").count() == index.physical.count() > 0
