"""Atomic publish: a writer killed at any stage leaves the served version intact and the next run finishes;
readers querying during a re-index always get results from exactly one complete version."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from index.catalog import Catalog
from index.embedders import HashingEmbedder
from index.indexer import Index
from index.store import open_client
from tests.test_reindex import chapter, stored

REPO = Path(__file__).resolve().parents[1]
TOPICS = ["lado", "referral", "neglect", "missing", "exploitation", "escalation", "fgm", "prevent"]

WRITER = """
import sys
from pathlib import Path
from index.embedders import HashingEmbedder
from index.indexer import Index
report = Index(Path(sys.argv[1]), HashingEmbedder()).ingest([Path(sys.argv[2])], partnership="Anyshire")
print(report.summary(), report.version)
"""


def write_edition(root: Path, edition: str) -> None:
    """Every chapter carries its edition's marker, so a result set shows which version it came from."""
    root.mkdir(parents=True, exist_ok=True)
    for i, topic in enumerate(TOPICS):
        contact = f"Edition {edition}: for {topic} concerns call 01632 960{i:03d} and record edition {edition}."
        (root / f"{topic}.md").write_text(chapter(f"{topic.title()} procedure", contact))


def run_writer(data: Path, docs: Path, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SAFEGUARD_TEST_CRASH_AT"}
    if crash_at:
        env["SAFEGUARD_TEST_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-c", WRITER, str(data), str(docs)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)


def editions(texts: list[str]) -> set[str]:
    return {e for e in ("JAN", "JUL") for t in texts if f"Edition {e}" in t}


def test_sigkill_at_every_stage_keeps_serving_and_next_run_completes(tmp_path: Path) -> None:
    data, docs = tmp_path / "data", tmp_path / "docs"
    write_edition(docs, "JAN")
    assert run_writer(data, docs).returncode == 0
    reader = Index(data, HashingEmbedder())  # a serving process, open throughout
    write_edition(docs, "JUL")

    # Killed while staging, then after staging everything (resuming the first run's work), then
    # right after the flip, before clean-up. Before the flip the old version is served whole; after, the new.
    for stage, expected in (("staging", {"JAN"}), ("staged", {"JAN"}), ("published", {"JUL"})):
        killed = run_writer(data, docs, crash_at=stage)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        for index in (reader, Index(data, HashingEmbedder())):  # running and newly started processes
            index.refresh_if_changed()
            assert editions([p.text for p in index.passages()]) == expected, stage
            assert len({p.doc_id for p in index.passages()}) == len(TOPICS)
            assert len(index.bm25) == index.store.count()

    finished = run_writer(data, docs)
    assert finished.returncode == 0, finished.stderr
    reader.refresh_if_changed()
    assert editions([p.text for p in reader.passages()]) == {"JUL"}
    # No orphans: Chroma holds exactly the live passages, one edition, every chapter once.
    chroma = stored(data)
    assert set(chroma) == {f"{t}.md" for t in TOPICS}
    assert editions([t for texts in chroma.values() for t in texts]) == {"JUL"}
    assert sum(map(len, chroma.values())) == reader.store.count()


def test_a_half_cleaned_build_is_not_resumed_with_passages_missing(tmp_path: Path) -> None:
    """A build that died listing documents whose passages were then partly deleted (a clean-up that
    failed half-way on a full disk) must not be resumed as complete: the next run re-stages them."""
    data, docs = tmp_path / "data", tmp_path / "docs"
    write_edition(docs, "JAN")
    assert run_writer(data, docs).returncode == 0
    write_edition(docs, "JUL")
    assert run_writer(data, docs, crash_at="staged").returncode == -signal.SIGKILL  # all staged, none published
    catalog = Catalog(data / "catalog.sqlite")
    live = catalog.keys([catalog.current_version()])
    collection = open_client(data).get_collection("passages")
    got = collection.get(include=["metadatas"])
    staged = sorted(i for i, m in zip(got["ids"], got["metadatas"]) if m["doc_key"] not in live)
    assert staged
    collection.delete(ids=staged[::2])  # half of the new edition's passages gone, their manifest rows kept

    finished = run_writer(data, docs)
    assert finished.returncode == 0, finished.stderr
    index = Index(data, HashingEmbedder())
    assert editions([p.text for p in index.passages()]) == {"JUL"}
    assert index.store.count() == sum(e.n_passages for e in index.catalog.all()) == len(index.bm25)
    assert len({p.doc_id for p in index.passages()}) == len(TOPICS)


def test_queries_during_a_reindex_see_one_whole_version(tmp_path: Path) -> None:
    data, docs = tmp_path / "data", tmp_path / "docs"
    write_edition(docs, "JAN")
    assert run_writer(data, docs).returncode == 0
    # Two serving processes' worth of readers; dense search on, so Chroma's key filter is exercised too.
    readers = [Index(data, HashingEmbedder(dense_retrieval=True)) for _ in range(2)]
    seen: list[set[str]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def hammer(index: Index) -> None:
        while not stop.is_set():
            try:
                index.refresh_if_changed()
                hits = index.retriever.search("edition concerns call record", 8)
                seen.append(editions([p.text for p in hits]))
            except BaseException as exc:  # noqa: BLE001 - any error fails the test
                errors.append(exc)
                return

    threads = [threading.Thread(target=hammer, args=(r,)) for r in readers]
    for t in threads:
        t.start()
    write_edition(docs, "JUL")
    result = run_writer(data, docs)
    for reader in readers:  # wait until each reader has switched, then a little more
        deadline = 200
        while reader.version != 2 and deadline:
            threading.Event().wait(0.05)
            deadline -= 1
    stop.set()
    for t in threads:
        t.join(timeout=30)

    assert result.returncode == 0, result.stderr
    assert not errors, errors
    assert len(seen) > 20
    assert all(len(s) == 1 for s in seen), [s for s in seen if len(s) != 1][:5]  # never a mixture
    assert {"JAN"} in seen and seen[-1] == {"JUL"}
    assert all(r.version == 2 for r in readers)
