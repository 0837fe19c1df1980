"""Where each partnership's documents come from: `corpus/sources.yaml` (settings.sources_file).

`safeguard reindex` refreshes every source listed here; `safeguard ingest` stays
the quick path for one folder. Folders are relative to the YAML file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Site:
    """A web site to crawl from a start page and/or a sitemap, staying under `allow` path prefixes."""

    start: str | None = None
    sitemap: str | None = None
    max_pages: int = 200
    allow: list[str] = field(default_factory=lambda: ["/"])


@dataclass
class Source:
    partnership: str | None  # None: inferred from each document, as `safeguard ingest` does
    folders: list[Path] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.partnership or "(inferred)"


@dataclass
class SourcesConfig:
    sources: list[Source]
    delay_seconds: float = 1.0  # between requests to one host
    timeout_seconds: float = 20.0
    retries: int = 2
    user_agent: str = "safeguard-assistant/0.1 (procedures re-indexer)"


def load_sources(path: Path) -> SourcesConfig:
    """Read and check the sources file; a mistake here should fail loudly, before any fetching."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    base = Path(path).resolve().parent
    defaults = raw.get("defaults") or {}
    sources = []
    for item in raw.get("sources") or []:
        sites = []
        for s in item.get("sites") or []:
            if not (s.get("start") or s.get("sitemap")):
                raise ValueError(f"{path}: a site needs a start URL or a sitemap: {s}")
            sites.append(Site(start=s.get("start"), sitemap=s.get("sitemap"),
                              max_pages=int(s.get("max_pages", defaults.get("max_pages", 200))),
                              allow=list(s.get("allow") or ["/"])))
        sources.append(Source(
            partnership=item.get("partnership") or None,
            folders=[(base / f).resolve() for f in item.get("folders") or []],
            urls=list(item.get("urls") or []),
            sites=sites,
        ))
    return SourcesConfig(
        sources=sources,
        delay_seconds=float(defaults.get("delay_seconds", 1.0)),
        timeout_seconds=float(defaults.get("timeout_seconds", 20.0)),
        retries=int(defaults.get("retries", 2)),
        user_agent=str(defaults.get("user_agent", SourcesConfig.user_agent)),
    )
