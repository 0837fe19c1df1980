"""Incremental ingest: what Chroma, BM25 and the catalogue hold after each step.

Every test runs twice: against embedded Chroma and against a `chroma run` server (tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.embedders import HashingEmbedder
from index.indexer import Index
from index.store import open_client
from tests.conftest import StoreMode


def chroma_snapshot(index: Index) -> dict[str, set[str]]:
    """Read Chroma from a fresh client: doc source → passage texts actually stored."""
    collection = open_client(index.data_dir, index.chroma_url).get_collection("passages")
    got = collection.get(include=["documents", "metadatas"])
    out: dict[str, set[str]] = {}
    for text, meta in zip(got["documents"], got["metadatas"]):
        out.setdefault(Path(meta["source"]).name + "@" + Path(meta["source"]).parent.name, set()).add(text)
    return out


def all_text(snapshot: dict[str, set[str]]) -> str:
    return "\n".join(t for texts in snapshot.values() for t in texts)


@pytest.fixture
def index(tmp_path: Path, store_mode: StoreMode) -> Index:
    return Index(tmp_path / "data", HashingEmbedder(), chroma_url=store_mode.fresh_url())


def test_first_ingest_indexes_every_file_with_metadata(index: Index, corpus: Path) -> None:
    report = index.ingest([corpus])
    assert len(report.added) == 3 and not report.failed
    snap = chroma_snapshot(index)
    assert set(snap) == {"lado.md@anyshire", "missing.md@anyshire", "lado.md@brackenford"}
    assert index.store.count() == len(index.bm25)
    by_source = {Path(e.source).parent.name + "/" + Path(e.source).name: e for e in index.catalog.all()}
    assert by_source["anyshire/lado.md"].partnership == "Anyshire"
    assert by_source["brackenford/lado.md"].partnership == "Brackenford"
    # Server mode keeps nothing of Chroma's on local disk; embedded keeps it all there.
    assert (index.data_dir / "chroma").exists() == (not index.chroma_url)


def test_reingest_skips_unchanged_updates_changed_removes_vanished(index: Index, corpus: Path) -> None:
    index.ingest([corpus])
    before = index.store.count()

    again = index.ingest([corpus])
    assert len(again.unchanged) == 3 and not again.changed
    assert index.store.count() == before

    lado = corpus / "anyshire" / "lado.md"
    lado.write_text(lado.read_text().replace("01632 960150", "01632 960151"))
    (corpus / "anyshire" / "missing.md").unlink()
    report = index.ingest([corpus])
    assert [Path(s).name for s in report.updated] == ["lado.md"]
    assert [Path(s).name for s in report.removed] == ["missing.md"]
    assert len(report.unchanged) == 1

    snap = chroma_snapshot(index)
    text = all_text(snap)
    assert "960151" in text and "960150" not in text  # no stale passage left behind
    assert "missing.md@anyshire" not in snap
    assert "return home interview" not in text
    # BM25 agrees with Chroma: the old number and the removed document cannot be found.
    assert not index.bm25.search("960150", 5)
    assert not index.bm25.search("return home interview", 5)
    assert index.bm25.search("960151", 5)


def test_failed_file_is_reported_and_previous_version_kept(index: Index, corpus: Path) -> None:
    index.ingest([corpus])
    lado = corpus / "anyshire" / "lado.md"
    lado.write_bytes(b"")  # an empty copy replaces a good one
    (corpus / "anyshire" / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    report = index.ingest([corpus])
    failed = {Path(s).name: reason for s, reason in report.failed}
    assert set(failed) == {"lado.md", "broken.pdf"}
    assert all(reason for reason in failed.values())
    assert not report.removed
    assert "01632 960150" in all_text(chroma_snapshot(index))  # the good copy still serves


def test_missing_or_emptied_folder_never_wipes_the_index(index: Index, corpus: Path, tmp_path: Path) -> None:
    index.ingest([corpus])
    count = index.store.count()
    report = index.ingest([tmp_path / "no-such-folder"])
    assert report.failed and index.store.count() == count
    for f in (corpus / "brackenford").iterdir():
        f.unlink()
    report = index.ingest([corpus / "brackenford"])
    assert report.failed and not report.removed
    assert index.store.count() == count


def test_partnership_flag_overrides_inference_and_reindexes(index: Index, corpus: Path) -> None:
    index.ingest([corpus / "anyshire"])
    report = index.ingest([corpus / "anyshire"], partnership="Eastmarsh")
    assert len(report.updated) == 2
    assert {e.partnership for e in index.catalog.all()} == {"Eastmarsh"}
    assert {p.partnership for p in index.store.all_passages()} == {"Eastmarsh"}


def test_reopened_index_serves_the_same_passages(index: Index, corpus: Path) -> None:
    index.ingest([corpus])
    reopened = Index(index.data_dir, HashingEmbedder(), chroma_url=index.chroma_url)
    assert [p.passage_id for p in reopened.passages()] == [p.passage_id for p in index.passages()]
    hits = reopened.retriever.search("LADO phone number", 3, ["Brackenford", "National"])
    assert hits and all(p.partnership == "Brackenford" for p in hits)


def test_saved_keyword_index_is_reused_only_for_the_same_passages(
    index: Index, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from index import bm25

    monkeypatch.setattr(bm25, "CACHE_MIN_PASSAGES", 1)  # the demo folder is tiny; save it anyway
    index.ingest([corpus])
    saved = index.data_dir / "bm25"
    first = {d.name for d in saved.iterdir()}
    assert len(first) == 1
    reopened = Index(index.data_dir, HashingEmbedder(), chroma_url=index.chroma_url)
    assert {d.name for d in saved.iterdir()} == first  # loaded, not rebuilt under another name
    assert [p.passage_id for p, _ in reopened.bm25.search("LADO 960150", 5)] == \
        [p.passage_id for p, _ in index.bm25.search("LADO 960150", 5)]

    lado = corpus / "anyshire" / "lado.md"
    lado.write_text(lado.read_text().replace("01632 960150", "01632 960151"))
    index.ingest([corpus])
    assert len({d.name for d in saved.iterdir()} - first) == 1  # new passages, new saved index
    fresh = Index(index.data_dir, HashingEmbedder(), chroma_url=index.chroma_url)
    assert fresh.bm25.search("960151", 5) and not fresh.bm25.search("960150", 5)

    monkeypatch.setattr(bm25, "SIGNATURE", "other-tokenizer-rules")  # terms made by older rules
    before = {d.name for d in saved.iterdir()}
    Index(index.data_dir, HashingEmbedder(), chroma_url=index.chroma_url)
    assert len({d.name for d in saved.iterdir()} - before) == 1  # rebuilt, not loaded

    for folder in saved.iterdir():  # a damaged saved index is rebuilt, never trusted
        (folder / "doc_freq.json").write_text("{not json")
    damaged = Index(index.data_dir, HashingEmbedder(), chroma_url=index.chroma_url)
    assert damaged.bm25.search("960151", 5) and not damaged.bm25.search("960150", 5)


def test_a_new_parser_rereads_unchanged_files(index: Index, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade that reads files better must not keep the old reading of files that did not change."""
    import ingest

    index.ingest([corpus])
    monkeypatch.setattr(ingest, "PARSER_VERSION", ingest.PARSER_VERSION + "-next")
    report = index.ingest([corpus])
    assert len(report.updated) == 3 and not report.unchanged
    assert len(index.ingest([corpus]).unchanged) == 3
