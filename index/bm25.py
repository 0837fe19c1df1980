"""Keyword index over the same passages as Chroma (bm25s, in memory).

Built from the passage store when the service starts or the index changes, so
it can never disagree with Chroma about which passages exist.
"""

from __future__ import annotations

import difflib
import logging
import math
from collections import Counter

import bm25s
import numpy as np

from index.terms import terms
from index.thesaurus import expand
from safeguard.model import Passage

# bm25s sets its own logger to DEBUG, which floods any application log.
logging.getLogger("bm25s").setLevel(logging.WARNING)


def keyword_text(p: Passage) -> str:
    """Title and headings count as part of the passage for keyword matching."""
    return " ".join([p.title, *p.heading_path, p.text])


class BM25Index:
    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self._retriever: bm25s.BM25 | None = None
        tokenized = [terms(keyword_text(p)) or ["_empty_"] for p in passages]
        self.doc_freq: Counter[str] = Counter(t for toks in tokenized for t in set(toks))
        if passages:
            self._retriever = bm25s.BM25()
            self._retriever.index(tokenized, show_progress=False)
        self._partnership = np.array([p.partnership.lower() for p in passages])
        self._vocabulary = sorted(t for t in self.doc_freq if len(t) >= 4 and not t.isdigit())
        self._corrections: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.passages)

    def correct(self, term: str) -> str:
        """The indexed term a misspelt query term most likely means ("desginated" → "design")."""
        if term in self.doc_freq or len(term) < 5 or term.isdigit():
            return term
        return self._closest(term)

    def _closest(self, term: str) -> str:
        # A per-index cache: an lru_cache on the method would keep every replaced index alive.
        if term not in self._corrections:
            match = difflib.get_close_matches(term, self._vocabulary, n=1, cutoff=0.8)
            self._corrections[term] = match[0] if match else term
        return self._corrections[term]

    def query_terms(self, query: str) -> list[str]:
        """Search terms for a query: thesaurus-expanded, spelling-corrected, indexed only."""
        corrected = [self.correct(t) for t in terms(expand(query))]
        return [t for t in dict.fromkeys(corrected) if t in self.doc_freq]

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency; unseen terms get the highest weight."""
        n = max(len(self.passages), 1)
        return math.log(1 + (n - self.doc_freq.get(term, 0) + 0.5) / (self.doc_freq.get(term, 0) + 0.5))

    def search(self, query: str, k: int, partnerships: list[str] | None = None) -> list[tuple[Passage, float]]:
        """Top-k passages by BM25, optionally only those of the given partnerships."""
        query_terms = self.query_terms(query)
        if self._retriever is None or not query_terms:
            return []
        mask = None
        if partnerships:
            mask = np.isin(self._partnership, [p.lower() for p in partnerships]).astype(np.float32)
            if not mask.any():
                return []
        k = min(k, len(self.passages))
        ids, scores = self._retriever.retrieve(
            [query_terms], k=k, show_progress=False, weight_mask=mask, n_threads=1
        )
        return [(self.passages[i], float(s)) for i, s in zip(ids[0], scores[0]) if s > 0]
