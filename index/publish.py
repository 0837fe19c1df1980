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

import errno
import fcntl
import logging
import os
import shutil
import signal
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from chromadb.errors import ChromaError

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


class IncompleteVersion(RuntimeError):
    """A build's new document versions are not all in the store: publishing it would lose passages."""


# -- a full disk ---------------------------------------------------------------------

# Chroma reports a full disk as a failed compaction, without saying why: below this much free
# space, a store or catalogue error is taken to be the disk filling up.
LOW_SPACE_BYTES = 64 * 1024 * 1024
_FULL_WORDS = ("no space left", "disk is full", "disk quota exceeded")


def free_bytes(path: Path) -> int | None:
    """Free space on the filesystem holding `path` (or its nearest existing parent)."""
    for candidate in (path, *path.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


class SpaceReserve:
    """A file of spare room in the data directory, given back when the disk fills.

    SQLite (the catalogue, and Chroma's own database) must create small files to open a
    database at all, so on a disk with no byte free even the published index cannot be
    opened by a new process. A build that fills the disk, or an ingest that finds it
    full, deletes this file; the next build that finds room puts it back.
    """

    NAME = "space-reserve.bin"
    MAX_BYTES = 1024 * 1024  # room to open both SQLite databases and clean up a failed build

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / self.NAME
        self.data_dir = data_dir

    def size(self) -> int:
        """1 MB, or a tenth of a small filesystem."""
        try:
            return min(self.MAX_BYTES, shutil.disk_usage(self.data_dir).total // 10)
        except OSError:
            return 0

    def ensure(self) -> None:
        """Put the reserve back if there is room for it and as much again (best effort)."""
        want = self.size()
        if self.path.exists() or not want or (free_bytes(self.data_dir) or 0) < 2 * want:
            return
        try:
            with open(self.path, "wb") as out:
                os.posix_fallocate(out.fileno(), 0, want)  # allocated, not sparse: the space is really held
        except OSError:
            self.path.unlink(missing_ok=True)

    def release(self) -> int:
        """Give the room back; returns how many bytes were freed."""
        try:
            size = self.path.stat().st_size
            self.path.unlink()
        except OSError:
            return 0
        log.info("disk nearly full: released the %d kB space reserve in %s", size // 1024, self.data_dir)
        return size

    def release_if_low(self) -> None:
        if (free_bytes(self.data_dir) or 0) < max(self.size(), 1):
            self.release()


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _says_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return any(word in str(exc).lower() for word in _FULL_WORDS)


def _storage_error(exc: BaseException) -> bool:
    """A local database or file error (not a Chroma server going away: that has its own message)."""
    if isinstance(exc, ConnectionError) or type(exc).__module__.startswith(("httpx", "httpcore")):
        return False
    if isinstance(exc, (sqlite3.Error, ChromaError, OSError)):
        return True
    # An index that failed to open arrives as IndexUnavailable carrying the original error's name.
    return any(word in str(exc) for word in ("OperationalError", "InternalError", "disk I/O error"))


def write_failure(exc: BaseException, data_dir: Path) -> str | None:
    """One line for the operator when writing the index failed for want of disk space; None otherwise.

    Publishing is atomic, so in every case this describes, the served version is the one before.
    On a full disk it also releases the space reserve, so that the published index can still be opened.
    """
    chain = _chain(exc)
    unchanged = "The published index is unchanged"
    if any(isinstance(e, IncompleteVersion) for e in chain):
        return f"{next(e for e in chain if isinstance(e, IncompleteVersion))}. {unchanged}; run the command again."
    free = free_bytes(data_dir)
    low = free is not None and free < LOW_SPACE_BYTES
    if not (any(_says_full(e) for e in chain) or (low and any(_storage_error(e) for e in chain))):
        return None
    left = "unknown" if free is None else f"{free // 1024} kB"
    SpaceReserve(data_dir).release()
    return (f"no space left on the disk holding the index ({data_dir}, {left} free). "
            f"{unchanged}; free some space and run the command again.")


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
        self.reserve = SpaceReserve(catalog_path.parent)
        self.reserve.ensure()
        self.base = self.catalog.current_version()
        self.version = self.base + 1
        self._live: list[CatalogEntry] | None = None
        base_keys = self.catalog.keys([self.base])
        # Rows a killed or failed build staged for this same version number, kept only if their
        # passages are all stored: a clean-up that failed half-way (a full disk) may have deleted some.
        staged = {e.doc_key: e for e in self.catalog.entries(self.version) if e.doc_key not in base_keys}
        counts = store.count_keys(set(staged)) if staged else Counter()
        self._resumable = {k: e for k, e in staged.items() if counts[k] == e.n_passages}
        if len(self._resumable) < len(staged):
            log.warning("not resuming %d staged document versions whose passages are incomplete",
                        len(staged) - len(self._resumable))
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

    def verify(self) -> None:
        """Refuse to publish a version whose new document versions are not all stored."""
        live = self.catalog.keys([self.base])
        new = [e for e in self.entries() if e.doc_key not in live]
        counts = self.store.count_keys({e.doc_key for e in new}) if new else Counter()
        short = [e for e in new if counts[e.doc_key] != e.n_passages]
        if short:
            missing = sum(e.n_passages - counts[e.doc_key] for e in short)
            raise IncompleteVersion(f"version {self.version} is missing {missing} passages of {len(short)} "
                                    f"documents (first: {short[0].source}); not published")

    def publish(self) -> int:
        """Check, flip the pointer to this version, then delete what only older versions used."""
        checkpoint("staged")
        self.verify()
        self.catalog.publish(self.version, expected=self.base)
        checkpoint("published")
        # Clean-up only: if it fails (a full disk), the next build sweeps the same passages.
        self._quietly("clean up after publishing", self._collect)
        self.catalog.close()
        return self.version

    def _collect(self) -> None:
        superseded = self.catalog.keys([self.base]) - self.catalog.keys([self.version])
        self.store.delete_keys(superseded)
        self.catalog.drop_versions({self.base, self.version})  # the previous manifest stays, for reports

    def abort(self) -> None:
        """Forget this build: the served version never knew it existed.

        Best effort: it runs while another error (often a full disk) is on its way to the user,
        which must not be replaced by this one; the next build sweeps what is left.
        """
        def forget() -> None:
            staged_only = self.catalog.keys([self.version]) - self.catalog.keys([self.base])
            self.store.delete_keys(staged_only)
            self.catalog.drop_versions({self.base - 1, self.base})

        self.reserve.release_if_low()  # first: the clean-up itself needs room to write
        self._quietly("abandon the build", forget)
        self.catalog.close()

    @staticmethod
    def _quietly(what: str, job) -> None:
        try:
            job()
        except Exception as exc:  # noqa: BLE001 - clean-up; the next build finishes it
            log.warning("could not %s (%s: %s); the next ingest will", what, exc.__class__.__name__, exc)
