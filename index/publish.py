"""Versioned publishing: build the next index version beside the live one, then flip one pointer.

A build starts as a copy of the live manifest (index/catalog.py), stages new
document versions (their passages go into Chroma under a new key, invisible to
readers), drops removed ones, and publishes with a single SQLite transaction.
Readers load a version by its manifest (`load_view`) and swap when the pointer
moves, so a query sees one complete version, never a mixture. A build killed
at any point leaves the pointer, and so the served version, untouched; the
next build reuses what the killed one finished (its staged manifest rows are
written only after their passages are stored) and sweeps up the rest.
"""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import time
from dataclasses import dataclass, replace
from pathlib import Path

from index.bm25 import BM25Index
from index.catalog import Catalog, CatalogEntry
from index.embedders import Embedder
from index.rerank import Reranker
from index.retriever import HybridRetriever
from index.store import PassageStore, StoreView
from safeguard.model import Passage

log = logging.getLogger(__name__)

CRASH_ENV = "SAFEGUARD_TEST_CRASH_AT"


def checkpoint(stage: str) -> None:
    """Test hook: die here, without cleanup, when SAFEGUARD_TEST_CRASH_AT names this stage."""
    if os.environ.get(CRASH_ENV) == stage:
        os.kill(os.getpid(), signal.SIGKILL)


class WriterBusy(RuntimeError):
    """Another ingest or re-index holds the writer lock."""


class WriterLock:
    """One writer per data directory, across processes. The OS drops it if the holder dies."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "writer.lock"
        self._fd: int | None = None

    def acquire(self, wait: bool = True, timeout: float = 3600.0) -> None:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if not wait or time.monotonic() > deadline:
                    os.close(self._fd)
                    self._fd = None
                    raise WriterBusy("another ingest or re-index is running on this index") from None
                time.sleep(0.2)

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def busy(self) -> bool:
        """True if some writer (in any process) holds the lock right now."""
        try:
            self.acquire(wait=False)
        except WriterBusy:
            return True
        self.release()
        return False

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


# -- reading one version -----------------------------------------------------------


@dataclass
class IndexView:
    """Everything a query needs from one version, swapped in as a whole."""

    version: int
    entries: list[CatalogEntry]
    store: StoreView
    retriever: HybridRetriever
    partnerships: list[str]

    @property
    def bm25(self) -> BM25Index:
        return self.retriever.bm25


def load_view(catalog: Catalog, store: PassageStore, embedder: Embedder, version: int | None = None,
              reranker: Reranker | None = None) -> IndexView:
    """The given version (default: the live one) with its passages, BM25 and retriever.

    If a publish and its clean-up ran while we were reading, the passage count
    will not match the manifest: re-resolve the pointer and read again.
    """
    for _ in range(5):
        v = catalog.current_version() if version is None else version
        entries = catalog.entries(v)
        keys = frozenset(e.doc_key for e in entries)
        passages = sorted((p for k, p in store.keyed_passages() if k in keys), key=lambda p: p.passage_id)
        complete = len(passages) == sum(e.n_passages for e in entries)
        if complete or version is not None or catalog.current_version() == v:
            if not complete:
                log.warning("version %d: %d passages stored, manifest expects %d", v, len(passages),
                            sum(e.n_passages for e in entries))
            break
    view = StoreView(store, keys, passages)
    retriever = HybridRetriever(view, BM25Index(passages), embedder, reranker)
    partnerships = sorted({e.partnership for e in entries if e.partnership})
    return IndexView(v, entries, view, retriever, partnerships)


# -- writing the next version ------------------------------------------------------


class Build:
    """The next version, assembled beside the live one. Use through `Index.begin()`."""

    def __init__(self, catalog_path: Path, store: PassageStore) -> None:
        self.catalog = Catalog(catalog_path)  # own connection: its transactions never mix with readers'
        self.store = store
        self.base = self.catalog.current_version()
        self.version = self.base + 1
        self._live: list[CatalogEntry] | None = None
        base_keys = self.catalog.keys([self.base])
        # Rows a killed build staged for this same version number: their passages are complete.
        self._resumable = {e.doc_key: e for e in self.catalog.entries(self.version) if e.doc_key not in base_keys}
        if self._resumable:
            log.warning("resuming: %d document versions staged by an interrupted build", len(self._resumable))
        self.catalog.drop_versions({self.base - 1, self.base, self.version})
        self.catalog.start_version(self.version, self.base)
        self._sweep(base_keys | set(self._resumable))

    def _sweep(self, keep: set[str]) -> None:
        """Delete passages no live or resumable manifest refers to (left by killed or failed builds)."""
        orphans = self.store.stored_keys() - keep
        if orphans:
            log.warning("removing passages of %d unpublished document versions", len(orphans))
            self.store.delete_keys(orphans)

    # -- staging -------------------------------------------------------------------

    def live(self, doc_id: str) -> CatalogEntry | None:
        """The document as the served version has it."""
        return self.catalog.get(doc_id, self.base)

    def live_entries(self) -> list[CatalogEntry]:
        """The served manifest (fixed for the whole build, so read once)."""
        if self._live is None:
            self._live = self.catalog.entries(self.base)
        return self._live

    def staged(self, doc_id: str) -> CatalogEntry | None:
        return self.catalog.get(doc_id, self.version)

    def resumable(self, doc_key: str) -> CatalogEntry | None:
        """A document version an interrupted build already stored: reuse, don't re-embed."""
        return self._resumable.get(doc_key)

    def stage(self, entry: CatalogEntry, passages: list[Passage], vectors) -> None:
        """Store a new document version's passages, then (only then) list it in the manifest."""
        self.store.add(passages, vectors, entry.doc_key)
        checkpoint("staging")
        self.catalog.stage(self.version, entry)

    def keep(self, entry: CatalogEntry, **changes: object) -> None:
        """Carry a document over (already copied) or record fresh fetch details for it."""
        if changes:
            self.catalog.stage(self.version, replace(entry, **changes))

    def drop(self, doc_id: str) -> None:
        self.catalog.unstage(self.version, doc_id)

    def entries(self) -> list[CatalogEntry]:
        return self.catalog.entries(self.version)

    def differs(self) -> bool:
        """Whether the staged manifest differs from the live one (ignoring index times)."""
        def rows(entries: list[CatalogEntry]) -> set[tuple]:
            return {tuple(v for k, v in vars(e).items() if k != "indexed_at") for e in entries}

        return rows(self.entries()) != rows(self.live_entries()) or self.base == 0 and bool(self.entries())

    # -- finishing -----------------------------------------------------------------

    def publish(self) -> int:
        """Flip the pointer to this version, then delete what only older versions used."""
        checkpoint("staged")
        self.catalog.publish(self.version, expected=self.base)
        checkpoint("published")
        superseded = self.catalog.keys([self.base]) - self.catalog.keys([self.version])
        self.store.delete_keys(superseded)
        self.catalog.drop_versions({self.base, self.version})  # the previous manifest stays, for reports
        self.catalog.close()
        return self.version

    def abort(self) -> None:
        """Forget this build: the served version never knew it existed."""
        staged_only = self.catalog.keys([self.version]) - self.catalog.keys([self.base])
        self.store.delete_keys(staged_only)
        self.catalog.drop_versions({self.base - 1, self.base})
        self.catalog.close()
