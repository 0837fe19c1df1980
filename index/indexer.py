"""Files → parsed Documents → Passages in Chroma, incrementally and atomically.

Unchanged files (same content hash) cost a hash; changed ones get new passages
under a new key; files gone from an ingested folder are dropped. All of it goes
into the next index version (index/publish.py), which becomes visible to every
process at once when its pointer flips. A file that fails to parse keeps its
previously indexed version: nothing already indexed is lost because of a bad
new copy, and an emptied or vanished folder never wipes what came from it.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from index import bm25
from index.bm25 import BM25Index
from index.catalog import Catalog, CatalogEntry, entry_for
from index.embedders import Embedder
from index.passages import document_passages
from index.publish import Build, IndexView, WriterLock, checkpoint, load_view
from index.rerank import LexicalReranker, Reranker
from index.retriever import HybridRetriever
from index.store import PassageStore, StoreView, embedding_text, open_client
from ingest import digest, discover, parse_file
from ingest.errors import ParseError
from safeguard.model import Document, Passage, doc_id_for

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    # For updated documents: the sections whose text changed (added, removed or edited).
    sections: dict[str, list[str]] = field(default_factory=dict)
    version: int | None = None  # the version now live, if this run published one
    published: bool = False
    notes: list[str] = field(default_factory=list)  # guards that held, gate verdicts

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        return (
            f"added {len(self.added)}, updated {len(self.updated)}, removed {len(self.removed)}, "
            f"unchanged {len(self.unchanged)}, failed {len(self.failed)}"
        )

    def as_dict(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "removed": self.removed, "unchanged": self.unchanged,
            "failed": [{"source": s, "reason": r} for s, r in self.failed],
            "sections_changed": self.sections, "version": self.version, "published": self.published,
            "notes": self.notes,
        }


def file_hash(path: Path) -> str:
    return digest(path.read_bytes())


def doc_key_for(doc_id: str, content_hash: str, partnership: str | None) -> str:
    """Names one version of one document: same content, same flag → same key (so reusable)."""
    rev = hashlib.sha1(f"{content_hash}|{partnership or ''}".encode()).hexdigest()[:10]
    return f"{doc_id}-{rev}"


def keyed(passages: list[Passage], doc_key: str) -> list[Passage]:
    """Passage ids that include the revision, so a new version never overwrites the live one."""
    rev = doc_key.rsplit("-", 1)[-1]
    return [replace(p, passage_id=f"{p.doc_id}:{rev}:{p.ordinal:04d}") for p in passages]


def section_hashes(passages: list[Passage]) -> dict[str, str]:
    texts: dict[str, list[str]] = {}
    for p in sorted(passages, key=lambda p: p.ordinal):
        texts.setdefault(p.section or "(untitled)", []).append(p.text)
    return {s: hashlib.sha1("\n".join(t).encode()).hexdigest() for s, t in texts.items()}


def changed_sections(old: list[Passage], new: list[Passage]) -> list[str]:
    """Section headings whose text differs between two versions of a document, in new reading order."""
    a, b = section_hashes(old), section_hashes(new)
    edited = [s for s in b if a.get(s) != b[s]]
    gone = [f"{s} (removed)" for s in a if s not in b]
    return edited + gone


class Staging:
    """New document versions waiting to be written to Chroma together.

    One upsert per document made ingest round-trip bound; here many documents go
    in one call. Manifest rows are written only after their passages are stored,
    as `Build.stage` does, so a build killed mid-batch leaves nothing half-listed.
    """

    def __init__(self, build: Build, max_passages: int = 2000) -> None:
        self.build = build
        self.max_passages = max_passages
        self._entries: list[CatalogEntry] = []
        self._passages: list[Passage] = []
        self._vectors: list[np.ndarray] = []
        self._keys: list[str] = []
        # One batch is written on this thread while the next is parsed and embedded.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chroma-upsert")
        self._pending: tuple[Future, list[CatalogEntry]] | None = None

    def add(self, entry: CatalogEntry, passages: list[Passage], vectors: np.ndarray) -> None:
        self._entries.append(entry)
        self._passages.extend(passages)
        self._vectors.append(np.asarray(vectors, dtype=np.float32))
        self._keys.extend([entry.doc_key] * len(passages))
        if len(self._passages) >= self.max_passages:
            self._send()

    def _send(self) -> None:
        """Start writing the collected batch; list the previous one once its write has finished."""
        self._settle()
        if self._entries:
            job = self._writer.submit(self.build.store.add_many, self._passages, np.vstack(self._vectors), self._keys)
            self._pending = (job, self._entries)
        self._entries, self._passages, self._vectors, self._keys = [], [], [], []

    def _settle(self) -> None:
        if self._pending is None:
            return
        job, entries = self._pending
        self._pending = None
        job.result()  # a failed write raises here, before its documents are listed
        checkpoint("staging")
        for entry in entries:
            self.build.catalog.stage(self.build.version, entry)

    def flush(self) -> None:
        """Write and list everything collected so far."""
        try:
            self._send()
            self._settle()
        finally:
            self._writer.shutdown(wait=True)

    def close(self) -> None:
        """Wait for a write in flight without listing it (the build is being abandoned)."""
        self._writer.shutdown(wait=True)


class Index:
    """The opened index: catalogue, Chroma passages, BM25 and the retriever over the live version."""

    def __init__(self, data_dir: Path, embedder: Embedder, known_partnerships: list[str] | None = None,
                 chroma_url: str | None = None, reranker: Reranker | None = None) -> None:
        if chroma_url is None:
            from safeguard.settings import get_settings

            chroma_url = get_settings().chroma_url
        self.data_dir = data_dir
        self.chroma_url = chroma_url  # "" = embedded under data_dir
        self.embedder = embedder
        self.known_partnerships = known_partnerships or []
        self.reranker: Reranker = reranker or LexicalReranker()  # kept across version swaps
        data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(data_dir / "catalog.sqlite")
        bm25.use_cache(data_dir / "bm25")  # saved keyword indexes: a large index re-opens without re-tokenising
        self.physical = PassageStore(open_client(data_dir, chroma_url), embedder)
        for entry in self.catalog.migrate_legacy():
            self.physical.set_key(entry.doc_id, entry.doc_key)
        self._lock = threading.Lock()
        self._view: IndexView = load_view(self.catalog, self.physical, embedder, reranker=self.reranker)

    # -- reading: always one whole version ------------------------------------------

    @property
    def version(self) -> int:
        return self._view.version

    @property
    def retriever(self) -> HybridRetriever:
        return self._view.retriever

    @property
    def store(self) -> StoreView:
        return self._view.store

    @property
    def bm25(self) -> BM25Index:
        return self._view.bm25

    def view(self) -> IndexView:
        """The current version as one object: hold it to run several reads against one version."""
        return self._view

    def partnerships(self) -> list[str]:
        return self._view.partnerships

    def passages(self) -> list[Passage]:
        return self._view.store.all_passages()

    def refresh_if_changed(self) -> bool:
        """Swap to the live version if another process (or thread) published since we loaded."""
        if self.catalog.current_version() == self._view.version:
            return False
        with self._lock:
            if self.catalog.current_version() != self._view.version:
                self._view = load_view(self.catalog, self.physical, self.embedder, reranker=self.reranker)
        return True

    # -- writing -------------------------------------------------------------------

    def writer(self) -> WriterLock:
        return WriterLock(self.data_dir)

    def begin(self) -> Build:
        """Start the next version (hold `writer()` around begin…finish)."""
        return Build(self.catalog.path, self.physical)

    def finish(self, build: Build, report: IngestReport, gate: Callable[[Build], str | None] | None = None) -> None:
        """Publish the build if it changed anything and the gate (if any) lets it through."""
        if not build.differs():
            build.abort()
            return
        reason = gate(build) if gate else None
        if reason:
            report.notes.append(f"not published: {reason}")
            build.abort()
            return
        report.version = build.publish()
        report.published = True
        self.refresh_if_changed()

    def ingest(self, paths: list[Path], partnership: str | None = None, progress: Progress | None = None) -> IngestReport:
        """Bring the index in line with the files under `paths`, as one new version."""
        report = IngestReport()
        with self.writer():
            build = self.begin()
            try:
                self.ingest_paths(build, paths, partnership, report, progress)
            except BaseException:
                build.abort()
                raise
            self.finish(build, report)
        return report

    def ingest_paths(self, build: Build, paths: list[Path], partnership: str | None, report: IngestReport,
                     progress: Progress | None = None, feed: str = "") -> None:
        missing = [p for p in paths if not p.exists()]
        for p in missing:
            report.failed.append((str(p), "path does not exist"))
        present = [p for p in paths if p.exists()]
        files = discover(present)
        staging = Staging(build)
        try:
            for done, path in enumerate(files, start=1):
                self.ingest_file(build, path, partnership, report, feed, staging)
                if progress:
                    progress(done, len(files), path.name)
        except BaseException:
            staging.close()
            raise
        staging.flush()
        self._remove_vanished(build, present, {str(f.resolve()) for f in files}, report)

    def ingest_file(self, build: Build, path: Path, partnership: str | None, report: IngestReport,
                    feed: str = "", staging: Staging | None = None) -> None:
        source = str(path.resolve())
        entry = build.live(doc_id_for(source))
        try:
            digest = file_hash(path)
            if entry and entry.content_hash == digest and (partnership is None or entry.partnership == partnership):
                if feed and entry.feed != feed:
                    build.keep(entry, feed=feed)
                report.unchanged.append(source)
                return
            key = doc_key_for(doc_id_for(source), digest, partnership)
            if (ready := build.resumable(key)) is not None:
                build.keep(ready, feed=feed or ready.feed)
            else:
                doc = parse_file(path, partnership=partnership, known_partnerships=self.known_partnerships)
                # The hash the key was built from: if the file changed while we read it, the next run re-ingests.
                doc.content_hash = digest
                self.stage_document(build, doc, key, entry, report, staging, feed=feed)
                return
        except ParseError as exc:
            report.failed.append((source, str(exc)))
            return
        except OSError as exc:
            report.failed.append((source, f"cannot read file: {exc.strerror or exc}"))
            return
        (report.updated if entry else report.added).append(source)

    def stage_document(self, build: Build, doc: Document, key: str, previous: CatalogEntry | None,
                       report: IngestReport, staging: Staging | None = None, **extra: str | None) -> None:
        """Parse → passages → vectors → staged under `key` (now, or with `staging`'s next batch).

        Records what changed. Raises ParseError.
        """
        passages = keyed(document_passages(doc), key)
        if not passages:
            raise ParseError("no text found")
        vectors = self.embedder.embed_documents([embedding_text(p) for p in passages])
        entry = entry_for(doc, len(passages), key, **extra)
        if staging is None:
            build.stage(entry, passages, vectors)
        else:
            staging.add(entry, passages, vectors)
        if previous is None:
            report.added.append(doc.source)
            return
        report.updated.append(doc.source)
        if previous.doc_id != doc.doc_id:
            return
        diff = changed_sections(self.physical.passages_of(previous.doc_key), passages)
        if diff:
            report.sections[doc.source] = diff

    def _remove_vanished(self, build: Build, paths: list[Path], seen: set[str], report: IngestReport) -> None:
        for folder in (p for p in paths if p.is_dir()):
            gone = [e for e in build.catalog.under(folder, build.version) if e.source not in seen]
            if gone and not any(s.startswith(str(folder.resolve())) for s in seen):
                report.failed.append((str(folder), f"no documents found; kept the {len(gone)} already indexed"))
                continue
            for entry in gone:
                build.drop(entry.doc_id)
                report.removed.append(entry.source)

    def remove(self, doc_id: str) -> None:
        """Take one document out of the index (as a new version)."""
        with self.writer():
            build = self.begin()
            build.drop(doc_id)
            self.finish(build, IngestReport())
