"""Keyword index over the same passages as Chroma (bm25s, in memory).

Built from the passage store when the service starts or the index changes, so
it can never disagree with Chroma about which passages exist. Building means
tokenising every passage (most of a 100k-passage start-up), so the built index
can be saved under the data folder, named by a fingerprint of the passages it
was built from: another process, or the next start, loads it instead of
rebuilding. A fingerprint covers the passages' ids and text, so a saved index
can only ever be used for exactly the passages it describes.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import json
import logging
import math
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

import bm25s
import numpy as np

from index.terms import SIGNATURE, STOPWORDS, stem, terms, words
from index.thesaurus import expand
from safeguard.model import Passage

# bm25s sets its own logger to DEBUG, which floods any application log.
logging.getLogger("bm25s").setLevel(logging.WARNING)
# 0 = score in the calling thread. Any other value makes bm25s start a thread pool on every
# query: a thread start plus a GIL hand-off per search, which showed up in the HTTP tail latency.
RETRIEVE_THREADS = 0
# Below this many passages a rebuild is quicker than a load: nothing is saved.
CACHE_MIN_PASSAGES = 5000
KEEP_SAVED = 3  # saved indexes kept per folder (the live version, the previous one, one being built)
log = logging.getLogger(__name__)
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]+")
_ADDRESS = re.compile(r"@|://|^www\.")
# Two words joined by a hyphen ("pre-birth", "non-mobile"): practitioners often type them as one.
_HYPHENATED = re.compile(r"(?<![a-z-])([a-z]{2,})-([a-z]{2,})(?![a-z-])")
_cache_dir: Path | None = None

# A shorter term is as likely shorthand ("wifi", "yo") as a misspelt word: it is left as typed.
SHORTEST_CORRECTED = 5


def near(term: str, candidates: list[str] | tuple[str, ...]) -> list[tuple[float, str]]:
    """Close spellings of `term` with their similarity. A typo changes a letter or two of a word's length:
    "honour" is not a misspelt "hour"."""
    matches = difflib.get_close_matches(term, candidates, n=3, cutoff=0.8)
    return [(difflib.SequenceMatcher(None, term, m).ratio(), m) for m in matches
            if abs(len(m) - len(term)) <= max(1, len(term) // 4)]


def use_cache(folder: Path | None) -> None:
    """Save and reuse built indexes in `folder` (set by the index that owns the data folder)."""
    global _cache_dir
    _cache_dir = folder


def keyword_text(p: Passage) -> str:
    """Title and headings count as part of the passage for keyword matching."""
    return " ".join([p.title, *p.heading_path, p.text])


def fingerprint(passages: list[Passage]) -> str:
    """Names exactly this list of passages (order, ids, scope and every word searched) under
    today's tokenizer rules."""
    h = hashlib.sha1(f"bm25-v1:{SIGNATURE}".encode())
    for p in passages:
        h.update(f"{p.passage_id}\x1f{p.partnership}\x1f{keyword_text(p)}\x1e".encode())
    return h.hexdigest()[:24]


class BM25Index:
    def __init__(self, passages: list[Passage], cache: Path | None = None) -> None:
        self.passages = passages
        self._retriever: bm25s.BM25 | None = None
        cache = cache if cache is not None else _cache_dir
        saved = cache / fingerprint(passages) if cache is not None and len(passages) >= CACHE_MIN_PASSAGES else None
        if saved is None or not self._load(saved):
            self._build()
            if saved is not None:
                self._save(saved)
        codes = {name: i for i, name in enumerate(sorted({p.partnership.lower() for p in passages}))}
        self._codes = codes
        self._partnership = np.array([codes[p.partnership.lower()] for p in passages], dtype=np.int32)
        self._masks: dict[tuple[str, ...], np.ndarray] = {}
        self._vocabulary = sorted(t for t in self.doc_freq if len(t) >= 4 and not t.isdigit())
        self._corrections: dict[str, str] = {}

    def _build(self) -> None:
        tokenized = [terms(keyword_text(p)) or ["_empty_"] for p in self.passages]
        self.doc_freq: Counter[str] = Counter(t for toks in tokenized for t in set(toks))
        if self.passages:
            self._retriever = bm25s.BM25()
            self._retriever.index(tokenized, show_progress=False)

    def _load(self, folder: Path) -> bool:
        """Read a saved index; False (rebuild) if it is missing or unreadable."""
        try:
            self.doc_freq = Counter(json.loads((folder / "doc_freq.json").read_text(encoding="utf-8")))
            # Memory-mapped: the workers of one machine share the pages instead of each holding a copy.
            self._retriever = bm25s.BM25.load(str(folder), mmap=True, show_progress=False)
            os.utime(folder)  # recently used: kept by the clean-up
            return True
        except (OSError, ValueError) as exc:
            if not isinstance(exc, FileNotFoundError):
                log.warning("saved keyword index %s unreadable (%s); rebuilding", folder.name, exc)
            return False

    def _save(self, folder: Path) -> None:
        """Write beside, then rename: a reader never sees half an index, and two writers cannot clash."""
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder.parent))
            self._retriever.save(str(tmp), show_progress=False)
            (tmp / "doc_freq.json").write_text(json.dumps(self.doc_freq), encoding="utf-8")
            try:
                tmp.rename(folder)
            except OSError:  # another process saved the same index first
                shutil.rmtree(tmp, ignore_errors=True)
            _prune(folder.parent, KEEP_SAVED)
        except OSError as exc:  # a read-only or full disk costs start-up time, never the index
            log.warning("could not save the keyword index (%s)", exc)

    def __len__(self) -> int:
        return len(self.passages)

    @functools.cached_property
    def _tokens(self) -> frozenset[str]:
        """The distinct whitespace tokens of the passages: what the word lists below are read from
        (a few percent of the cost of a build, paid once, on first use)."""
        tokens: set[str] = set()
        for p in self.passages:
            tokens.update(p.text.split())
        return frozenset(tokens)

    @functools.cached_property
    def lower_case_words(self) -> frozenset[str]:
        """Every word the passages write in lower case, outside addresses: the words of a personal
        name ("Helen Brackley") never are, those of a role or a service ("Team Manager") are."""
        return frozenset(word for token in self._tokens if not _ADDRESS.search(token)
                         for word in _LOWER_WORD.findall(token))

    @functools.cached_property
    def _words_by_letter(self) -> dict[str, list[str]]:
        """The passages' words long enough to correct, by first letter (a typo seldom changes it)."""
        by_letter: dict[str, list[str]] = {}
        for word in sorted(self.known_words):
            if len(word) >= SHORTEST_CORRECTED and word.isalpha() and word not in STOPWORDS:
                by_letter.setdefault(word[0], []).append(word)
        return by_letter

    @functools.cached_property
    def known_words(self) -> frozenset[str]:
        """Every word the passages use, lower-cased: a word outside it is a typo or one no document uses."""
        return frozenset(word for token in self._tokens for word in words(token))

    @functools.cached_property
    def _compounds(self) -> dict[str, tuple[str, ...]]:
        """A hyphenated word's term when typed as one word → the terms it is indexed as
        ("prebirth" → ("pre", "birth"), "nonmobil" → ("non", "mobil"))."""
        out: dict[str, tuple[str, ...]] = {}
        for token in self._tokens:
            for a, b in _HYPHENATED.findall(token.lower()):
                parts = tuple(terms(f"{a} {b}"))
                joined = stem(a + b)
                known = all(t in self.doc_freq for t in parts)
                if parts and known and joined not in self.doc_freq and a not in STOPWORDS:
                    out[joined] = parts
        return out

    def parts(self, term: str) -> tuple[str, ...]:
        """The indexed terms of a compound the documents hyphenate, typed as one word; () otherwise."""
        return () if term in self.doc_freq else self._compounds.get(term, ())

    def correct(self, term: str) -> str:
        """The indexed term a misspelt query term most likely means ("desginated" → "design")."""
        if term in self.doc_freq or len(term) < SHORTEST_CORRECTED or term.isdigit() or self.parts(term):
            return term
        return self._closest(term)

    def _closest(self, term: str) -> str:
        # A per-index cache: an lru_cache on the method would keep every replaced index alive.
        if term not in self._corrections:
            # A typo may be nearer the word than its stem: "intial" is one letter from "initial", but as near
            # "instal" as "initi". The nearest of both wins.
            words_ = [(ratio, stem(w)) for ratio, w in near(term, self._words_by_letter.get(term[0], []))]
            nearest = sorted(near(term, self._vocabulary) + words_, key=lambda m: -m[0])
            self._corrections[term] = nearest[0][1] if nearest else term
        return self._corrections[term]

    def query_terms(self, query: str) -> list[str]:
        """Search terms for a query: thesaurus-expanded, spelling-corrected, compounds split, indexed only."""
        corrected = [part for t in terms(expand(query)) for part in (self.parts(t) or (self.correct(t),))]
        return [t for t in dict.fromkeys(corrected) if t in self.doc_freq]

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency; unseen terms get the highest weight."""
        n = max(len(self.passages), 1)
        return math.log(1 + (n - self.doc_freq.get(term, 0) + 0.5) / (self.doc_freq.get(term, 0) + 0.5))

    def search(self, query: str, k: int, partnerships: list[str] | None = None,
               extra_terms: list[str] | tuple[str, ...] = ()) -> list[tuple[Passage, float]]:
        """Top-k passages by BM25, optionally only those of the given partnerships.

        `extra_terms` are index terms already (feedback): they skip the query pipeline, whose
        stemming and thesaurus would change some of them a second time."""
        query_terms = self.query_terms(query)
        query_terms += [t for t in extra_terms if t in self.doc_freq and t not in query_terms]
        if self._retriever is None or not query_terms:
            return []
        mask = self._mask(partnerships) if partnerships else None
        if mask is not None and not mask.any():
            return []
        k = min(k, len(self.passages))
        ids, scores = self._retriever.retrieve(
            [query_terms], k=k, show_progress=False, weight_mask=mask, n_threads=RETRIEVE_THREADS
        )
        return [(self.passages[i], float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]

    def _mask(self, partnerships: list[str]) -> np.ndarray:
        """1.0 for passages of these partnerships (cached: a deployment has a handful of scopes)."""
        key = tuple(sorted({p.lower() for p in partnerships}))
        if key not in self._masks:
            wanted = [self._codes[p] for p in key if p in self._codes]
            if len(self._masks) > 64:
                self._masks.clear()
            self._masks[key] = np.isin(self._partnership, wanted).astype(np.float32)
        return self._masks[key]


def _prune(folder: Path, keep: int) -> None:
    """Delete all but the `keep` most recently used saved indexes (and stale temporary folders)."""
    saved = sorted((d for d in folder.iterdir() if d.is_dir()), key=lambda d: d.stat().st_mtime, reverse=True)
    stale_tmp = time.time() - 3600
    for d in saved:
        if d.name.startswith(".tmp-"):
            if d.stat().st_mtime < stale_tmp:
                shutil.rmtree(d, ignore_errors=True)
            continue
        if keep > 0:
            keep -= 1
            continue
        shutil.rmtree(d, ignore_errors=True)
