"""The document catalogue: which documents each index version holds, and which version is live.

SQLite in the data directory. Every build writes a manifest (one row per
document, tagged with its version number); publishing is one transaction that
moves the `current_version` pointer, so every process sees the switch at once
and a build killed half-way leaves the live version untouched. The live
manifest is what makes re-ingesting incremental (unchanged documents are
skipped by hash) and what `/api/documents/{id}` serves from, so only
catalogued sources can ever be returned.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import asdict, dataclass, fields
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
    doc_key: str = ""  # doc_id + content revision: names this document version's passages in Chroma
    feed: str = ""  # the configured source (folder, URL list, site) it came from
    origin: str = ""  # the address we asked for (differs from `source` after a redirect)
    etag: str | None = None
    last_modified: str | None = None
    links: str = ""  # JSON list of same-site links on a web page (so a 304 can still be crawled through)


_COLUMNS = [f.name for f in fields(CatalogEntry)]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS manifest (
    version INTEGER NOT NULL, doc_id TEXT NOT NULL, source TEXT NOT NULL, content_hash TEXT NOT NULL,
    title TEXT, partnership TEXT, doc_type TEXT, format TEXT, published TEXT, url TEXT,
    n_passages INTEGER, indexed_at REAL, doc_key TEXT NOT NULL, feed TEXT, origin TEXT,
    etag TEXT, last_modified TEXT, links TEXT,
    PRIMARY KEY (version, doc_id)
);
CREATE INDEX IF NOT EXISTS manifest_key ON manifest (doc_key);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

CURRENT = "current_version"


class StaleBuild(RuntimeError):
    """Another writer published since this build started: its manifest is out of date."""


class Catalog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.executescript(_SCHEMA)
        self._write = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def _rollback(self) -> None:
        """Roll back if a transaction is still open: SQLite has already rolled back after a full disk,
        and a bare ROLLBACK would then raise and hide the real error."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    # -- the pointer -------------------------------------------------------------------

    def current_version(self) -> int:
        """The live version (0 = nothing published yet). One indexed read: cheap enough per request."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (CURRENT,)).fetchone()
        return int(row[0]) if row else 0

    def publish(self, version: int, expected: int) -> None:
        """Make `version` live, atomically, unless someone else published since `expected`."""
        with self._write:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if self.current_version() != expected:
                    raise StaleBuild(f"version {self.current_version()} was published during this build")
                self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (CURRENT, str(version)))
                self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)", (str(version),))
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    # -- reading (the live version unless told otherwise) ----------------------------

    def entries(self, version: int) -> list[CatalogEntry]:
        rows = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM manifest WHERE version = ? ORDER BY source", (version,)
        ).fetchall()
        return [CatalogEntry(*r) for r in rows]

    def get(self, doc_id: str, version: int | None = None) -> CatalogEntry | None:
        v = self.current_version() if version is None else version
        row = self._db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM manifest WHERE version = ? AND doc_id = ?", (v, doc_id)
        ).fetchone()
        return CatalogEntry(*row) if row else None

    def all(self, version: int | None = None) -> list[CatalogEntry]:
        return self.entries(self.current_version() if version is None else version)

    def under(self, folder: Path, version: int | None = None) -> list[CatalogEntry]:
        """Entries whose source file lies inside `folder` (for removing vanished files)."""
        prefix = str(folder.resolve()).rstrip("/") + "/"
        return [e for e in self.all(version) if e.source.startswith(prefix)]

    def partnerships(self, version: int | None = None) -> list[str]:
        v = self.current_version() if version is None else version
        rows = self._db.execute(
            "SELECT DISTINCT partnership FROM manifest WHERE version = ? AND partnership != ''", (v,)
        ).fetchall()
        return sorted(r[0] for r in rows)

    def versions(self) -> list[int]:
        return [r[0] for r in self._db.execute("SELECT DISTINCT version FROM manifest ORDER BY version")]

    def keys(self, versions: list[int]) -> set[str]:
        """Every passage key any of `versions` refers to (what garbage collection must keep)."""
        marks = ", ".join("?" * len(versions))
        if not versions:
            return set()
        return {r[0] for r in self._db.execute(f"SELECT doc_key FROM manifest WHERE version IN ({marks})", versions)}

    # -- writing a build ------------------------------------------------------------

    def start_version(self, version: int, base: int) -> None:
        """Begin `version` as a copy of `base`'s manifest (documents not touched carry over)."""
        with self._write:
            cols = ", ".join(_COLUMNS)
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM manifest WHERE version = ?", (version,))
                self._db.execute(
                    f"INSERT INTO manifest (version, {cols}) SELECT ?, {cols} FROM manifest WHERE version = ?",
                    (version, base),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def stage(self, version: int, entry: CatalogEntry) -> None:
        values = asdict(entry)
        with self._write:
            self._db.execute(
                f"INSERT OR REPLACE INTO manifest (version, {', '.join(values)}) VALUES (?, {', '.join('?' * len(values))})",
                (version, *values.values()),
            )

    def unstage(self, version: int, doc_id: str) -> None:
        with self._write:
            self._db.execute("DELETE FROM manifest WHERE version = ? AND doc_id = ?", (version, doc_id))

    def drop_versions(self, keep: set[int]) -> None:
        """Forget manifests of versions not in `keep`."""
        with self._write:
            marks = ", ".join("?" * len(keep)) or "NULL"
            self._db.execute(f"DELETE FROM manifest WHERE version NOT IN ({marks})", tuple(keep))

    def migrate_legacy(self) -> list[CatalogEntry]:
        """Move a pre-versioning `documents` table into manifest version 1 (keys = doc ids)."""
        has = self._db.execute("SELECT name FROM sqlite_master WHERE name = 'documents'").fetchone()
        if not has or self.current_version():
            return []
        legacy = [c for c in _COLUMNS[:11]]
        rows = self._db.execute(f"SELECT {', '.join(legacy)} FROM documents").fetchall()
        entries = [CatalogEntry(*r, doc_key=r[0]) for r in rows]
        for e in entries:
            self.stage(1, e)
        if entries:
            self.publish(1, expected=0)
        self._db.execute("DROP TABLE documents")
        return entries

    # -- key/value --------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._write:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def entry_for(doc: Document, n_passages: int, doc_key: str, **extra: str | None) -> CatalogEntry:
    """The manifest row for a freshly parsed document."""
    return CatalogEntry(
        doc_id=doc.doc_id, source=doc.source, content_hash=doc.content_hash, title=doc.title,
        partnership=doc.partnership, doc_type=doc.doc_type, format=doc.format, published=doc.published,
        url=doc.url, n_passages=n_passages, indexed_at=time.time(), doc_key=doc_key,
        **{k: v for k, v in extra.items() if v is not None},
    )
