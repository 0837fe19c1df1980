"""Files → parsed Documents → Passages in Chroma, incrementally.

Unchanged files (same content hash) are skipped; changed ones are replaced
passage for passage; files gone from an ingested folder are removed. A file
that fails to parse keeps its previously indexed version: nothing already
indexed is lost because of a bad new copy.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from index.bm25 import BM25Index
from index.catalog import Catalog
from index.embedders import Embedder
from index.passages import document_passages
from index.retriever import HybridRetriever
from index.store import PassageStore, embedding_text, open_client
from ingest import discover, parse_file
from ingest.errors import ParseError
from safeguard.model import Passage, doc_id_for

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

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
        }


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Index:
    """The opened index: catalogue, Chroma passages, BM25 and the retriever over them."""

    def __init__(self, data_dir: Path, embedder: Embedder, known_partnerships: list[str] | None = None) -> None:
        self.data_dir = data_dir
        self.embedder = embedder
        self.known_partnerships = known_partnerships or []
        data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(data_dir / "catalog.sqlite")
        self.store = PassageStore(open_client(data_dir), embedder)
        self._lock = threading.Lock()
        self._generation = self.catalog.get_meta("generation")
        self.retriever = HybridRetriever(self.store, BM25Index(self.store.all_passages()), embedder)

    # -- reading ---------------------------------------------------------------

    @property
    def bm25(self) -> BM25Index:
        return self.retriever.bm25

    def partnerships(self) -> list[str]:
        return self.catalog.partnerships()

    def refresh_if_changed(self) -> None:
        """Rebuild the keyword index if another process ingested since we loaded."""
        generation = self.catalog.get_meta("generation")
        if generation != self._generation:
            with self._lock:
                self._generation = generation
                self.retriever.bm25 = BM25Index(self.store.all_passages())

    # -- writing ---------------------------------------------------------------

    def ingest(self, paths: list[Path], partnership: str | None = None, progress: Progress | None = None) -> IngestReport:
        """Bring the index in line with the files under `paths`."""
        report = IngestReport()
        missing = [p for p in paths if not p.exists()]
        for p in missing:
            report.failed.append((str(p), "path does not exist"))
        present = [p for p in paths if p.exists()]
        files = discover(present)
        for done, path in enumerate(files, start=1):
            self._ingest_file(path, partnership, report)
            if progress:
                progress(done, len(files), path.name)
        self._remove_vanished(present, {str(f.resolve()) for f in files}, report)
        if report.changed:
            self._publish()
        return report

    def _ingest_file(self, path: Path, partnership: str | None, report: IngestReport) -> None:
        source = str(path.resolve())
        entry = self.catalog.get(doc_id_for(source))
        try:
            digest = file_hash(path)
            if entry and entry.content_hash == digest and (partnership is None or entry.partnership == partnership):
                report.unchanged.append(source)
                return
            doc = parse_file(path, partnership=partnership, known_partnerships=self.known_partnerships)
            doc.content_hash = digest
            passages = document_passages(doc)
            if not passages:
                raise ParseError("no text found")
            vectors = self.embedder.embed_documents([embedding_text(p) for p in passages])
        except ParseError as exc:
            report.failed.append((source, str(exc)))
            return
        except OSError as exc:
            report.failed.append((source, f"cannot read file: {exc.strerror or exc}"))
            return
        self.store.replace_document(doc.doc_id, passages, vectors)
        self.catalog.put(doc, len(passages))
        (report.updated if entry else report.added).append(source)

    def _remove_vanished(self, paths: list[Path], seen: set[str], report: IngestReport) -> None:
        for folder in (p for p in paths if p.is_dir()):
            gone = [e for e in self.catalog.under(folder) if e.source not in seen]
            if gone and not any(s.startswith(str(folder.resolve())) for s in seen):
                report.failed.append((str(folder), f"no documents found; kept the {len(gone)} already indexed"))
                continue
            for entry in gone:
                self.remove(entry.doc_id)
                report.removed.append(entry.source)

    def remove(self, doc_id: str) -> None:
        self.store.delete_document(doc_id)
        self.catalog.remove(doc_id)

    def _publish(self) -> None:
        """Make the changes visible to searches in this and other processes."""
        generation = str(int(self.catalog.get_meta("generation") or 0) + 1)
        self.catalog.set_meta("generation", generation)
        with self._lock:
            self._generation = generation
            self.retriever.bm25 = BM25Index(self.store.all_passages())

    def passages(self) -> list[Passage]:
        return self.bm25.passages
