"""The document catalogue: which sources are indexed, at which content hash.

SQLite in the data directory. It is what makes re-ingesting incremental
(unchanged files are skipped by hash) and what `/api/documents/{id}` serves
from, so only catalogued sources can ever be returned.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from safeguard.model import Document


@dataclass
class CatalogEntry:
    doc_id: str
    source: str
    content_hash: str
    title: str
    partnership: str
    doc_type: str
    format: str
    published: str | None
    url: str | None
    n_passages: int
    indexed_at: float


_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL,
    title TEXT, partnership TEXT, doc_type TEXT, format TEXT, published TEXT, url TEXT,
    n_passages INTEGER, indexed_at REAL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class Catalog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def get(self, doc_id: str) -> CatalogEntry | None:
        row = self._db.execute(f"SELECT {self._columns()} FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return CatalogEntry(*row) if row else None

    def all(self) -> list[CatalogEntry]:
        rows = self._db.execute(f"SELECT {self._columns()} FROM documents ORDER BY source").fetchall()
        return [CatalogEntry(*r) for r in rows]

    def under(self, folder: Path) -> list[CatalogEntry]:
        """Entries whose source file lies inside `folder` (for removing vanished files)."""
        prefix = str(folder.resolve()).rstrip("/") + "/"
        return [e for e in self.all() if e.source.startswith(prefix)]

    def put(self, doc: Document, n_passages: int) -> None:
        entry = CatalogEntry(
            doc_id=doc.doc_id, source=doc.source, content_hash=doc.content_hash, title=doc.title,
            partnership=doc.partnership, doc_type=doc.doc_type, format=doc.format,
            published=doc.published, url=doc.url, n_passages=n_passages, indexed_at=time.time(),
        )
        values = asdict(entry)
        self._db.execute(
            f"INSERT OR REPLACE INTO documents ({self._columns()}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        )

    def remove(self, doc_id: str) -> None:
        self._db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def partnerships(self) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT partnership FROM documents WHERE partnership != ''").fetchall()
        return sorted(r[0] for r in rows)

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @staticmethod
    def _columns() -> str:
        return ", ".join(CatalogEntry.__dataclass_fields__)
