"""`safeguard reindex`: refresh every configured source into one new index version, gate it, publish it.

The run is one build (index/publish.py): folders by content hash, web pages by
conditional requests, and a change report (added, updated with the sections
that changed, removed, failed) saved under data_dir/reports/. Guards: a source
that yields nothing, or where most fetches fail, removes nothing; a page that
errors keeps its previous good copy; the regression gate (eval/gate.py) can
refuse to publish a version that answers worse than the live one.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from index.catalog import CatalogEntry
from index.indexer import Index, IngestReport, Progress, doc_key_for
from index.publish import Build
from ingest.errors import ParseError
from ingest.sources import Site, Source, SourcesConfig, load_sources
from ingest.web import Fetched, Fetcher, crawl, parse_fetched
from safeguard.model import doc_id_for
from safeguard.settings import Settings

log = logging.getLogger(__name__)

# A source where more than this share of fetches fail removes nothing this run.
MAX_FAILED_SHARE = 0.5


@dataclass
class WebRun:
    """One web source's outcome, before its removals are allowed to happen."""

    attempted: int = 0
    failed: int = 0
    drops: list[CatalogEntry] | None = None

    def healthy(self) -> bool:
        return self.attempted > 0 and self.failed <= self.attempted * MAX_FAILED_SHARE


def reports_dir(data_dir: Path) -> Path:
    return data_dir / "reports"


def save_report(data_dir: Path, report: dict) -> Path:
    folder = reports_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reindex-{time.strftime('%Y%m%dT%H%M%S')}-{int(time.time() * 1000) % 1000:03d}.json"
    path.write_text(json.dumps(report, indent=2))
    (folder / "latest.json").write_text(json.dumps(report, indent=2))
    return path


def latest_report(data_dir: Path) -> dict | None:
    path = reports_dir(data_dir) / "latest.json"
    return json.loads(path.read_text()) if path.exists() else None


def reindex(index: Index, config: SourcesConfig, settings: Settings, gate: bool = True,
            progress: Progress | None = None) -> IngestReport:
    """Refresh every source as one new version; publish it if it changed and passes the gate."""
    report = IngestReport()
    started = time.time()
    fetcher = Fetcher(config.delay_seconds, config.timeout_seconds, config.retries, settings.crawl_allow_private,
                      config.user_agent)
    try:
        with index.writer():
            build = index.begin()
            try:
                for source in config.sources:
                    _refresh_source(index, build, source, fetcher, report, progress)
                index.finish(build, report, _gate(index, settings) if gate else None)
            except BaseException:
                build.abort()
                raise
    finally:
        fetcher.close()
    result = report.as_dict() | {"started": started, "seconds": round(time.time() - started, 2),
                                 "gate": "on" if gate else "off", "live_version": index.version}
    save_report(index.data_dir, result)
    return report


def _gate(index: Index, settings: Settings) -> Callable[[Build], str | None]:
    def check(build: Build) -> str | None:
        from eval.gate import regression_reason

        return regression_reason(index, build, settings)

    return check


def _refresh_source(index: Index, build: Build, source: Source, fetcher: Fetcher, report: IngestReport,
                    progress: Progress | None) -> None:
    for folder in source.folders:
        index.ingest_paths(build, [folder], source.partnership, report, progress, feed=f"folder:{folder}")
    if source.urls:
        feed = f"urls:{source.name}"
        run = WebRun(drops=[])
        for url in source.urls:
            got = fetcher.fetch(url, *_validators(build, feed, url)[:2])
            _take(index, build, got, source.partnership, feed, report, run)
        _apply_drops(build, run, feed, report)
    for site in source.sites:
        _crawl_site(index, build, site, source, fetcher, report)


def _crawl_site(index: Index, build: Build, site: Site, source: Source, fetcher: Fetcher,
                report: IngestReport) -> None:
    feed = f"site:{site.start or site.sitemap}"
    known_urls = [e.origin for e in build.live_entries() if e.feed == feed and e.origin]
    run = WebRun(drops=[])
    for got in crawl(fetcher, site.start, site.sitemap, site.allow, site.max_pages, known_urls,
                     lambda url: _validators(build, feed, url)):
        if got.error == "disallowed by robots.txt":
            continue
        _take(index, build, got, source.partnership, feed, report, run)
    _apply_drops(build, run, feed, report)


def _validators(build: Build, feed: str, url: str) -> tuple[str | None, str | None, list[str]] | None:
    entry = _previous(build, feed, url)
    return (entry.etag, entry.last_modified, json.loads(entry.links or "[]")) if entry else None


def _previous(build: Build, feed: str, url: str) -> CatalogEntry | None:
    """The live document this address gave last time (found by the address asked for, then by identity)."""
    for entry in build.live_entries():
        if entry.origin == url and entry.feed == feed:
            return entry
    return build.live(doc_id_for(url))


def _take(index: Index, build: Build, got: Fetched, partnership: str | None, feed: str, report: IngestReport,
          run: WebRun) -> None:
    """Apply one fetch result to the build: keep, replace, schedule removal, or report failure."""
    run.attempted += 1
    previous = _previous(build, feed, got.url)
    if got.status == 304 and previous:
        report.unchanged.append(previous.source)
        return
    if got.status in (404, 410):
        if previous:
            run.drops.append(previous)
        return
    if not got.ok:
        run.failed += 1
        report.failed.append((got.url, got.error or f"HTTP {got.status}"))
        return
    try:
        doc = parse_fetched(got, partnership, index.known_partnerships)
    except ParseError as exc:
        run.failed += 1
        report.failed.append((got.final_url, str(exc)))
        return
    fetch_info = {"feed": feed, "origin": got.url, "etag": got.etag, "last_modified": got.last_modified,
                  "links": json.dumps(got.links)}
    if previous and previous.doc_id != doc.doc_id:  # moved: identity follows the final URL, nothing left behind
        build.drop(previous.doc_id)
        report.removed.append(previous.source)
        previous = None
    current = previous or build.live(doc.doc_id)
    if current and current.content_hash == doc.content_hash and (partnership is None or current.partnership == partnership):
        build.keep(current, **fetch_info)
        report.unchanged.append(doc.source)
        return
    key = doc_key_for(doc.doc_id, doc.content_hash, partnership)
    index.stage_document(build, doc, key, current, report, **fetch_info)


def _apply_drops(build: Build, run: WebRun, feed: str, report: IngestReport) -> None:
    """Remove pages that answered 404/410, unless the source as a whole looks broken this run."""
    if not run.drops:
        if run.attempted and not run.healthy():
            report.notes.append(f"{feed}: {run.failed} of {run.attempted} fetches failed")
        return
    if not run.healthy():
        report.notes.append(f"{feed}: {run.failed} of {run.attempted} fetches failed; "
                            f"kept {len(run.drops)} documents that looked removed")
        return
    for entry in run.drops:
        build.drop(entry.doc_id)
        report.removed.append(entry.source)


def run_reindex_command(settings: Settings, gate: bool = True, sources_file: Path | None = None,
                        progress: Progress | None = None) -> tuple[IngestReport, int]:
    """What `safeguard reindex` does: returns the report and the exit code (0 ok, 1 failures, 2 not published)."""
    from bot.assistant import Assistant

    config = load_sources(sources_file or settings.sources_file)
    index = Assistant(settings).index
    report = reindex(index, config, settings, gate=gate, progress=progress)
    code = 2 if any(n.startswith("not published") for n in report.notes) else 1 if report.failed else 0
    return report, code


def format_report(report: IngestReport) -> str:
    """The change report as the CLI prints it."""
    lines = [report.summary()]
    for label, items in (("added", report.added), ("updated", report.updated), ("removed", report.removed)):
        for source in items:
            lines.append(f"  {label}: {source}")
            for section in report.sections.get(source, []) if label == "updated" else []:
                lines.append(f"      changed section: {section}")
    lines += [f"  FAILED {s}: {r}" for s, r in report.failed]
    lines += [f"  note: {n}" for n in report.notes]
    lines.append(f"live version: {report.version}" if report.published else "no new version published")
    return "\n".join(lines)
