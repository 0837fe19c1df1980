"""Hybrid retrieval: BM25, BM25 with feedback, and dense results fused by reciprocal rank.

Rank fusion needs no score calibration between the lists, which matters
because BM25 scores and cosine similarities live on different scales and the
offline embedder's similarities are not comparable to a real model's.

Feedback (pseudo-relevance feedback): practitioners' words often differ from
the procedure's, but the passages their words do find use the procedure's
words. The most distinctive words of the top keyword hits are searched again
with the question and that list joins the fusion.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from index.bm25 import BM25Index, keyword_text
from index.embedders import Embedder
from index.rerank import LexicalReranker, Reranker
from index.store import PassageStore
from index.terms import terms
from safeguard.model import NATIONAL, Passage

RRF_K = 60
CANDIDATES = 40
RERANK_DEPTH = 20
FEEDBACK_DOCS = 3
FEEDBACK_TERMS = 15
FEEDBACK_WEIGHT = 1.0
# National guidance, searched apart for a scoped request: how many of its passages are reranked, and by how
# much its best must outscore an area's passage to be placed above it (measured: at 0.25, 22 more questions
# answered across five areas' sets asked as deployments, one fewer on the demo set).
NATIONAL_CANDIDATES = 5
NATIONAL_MARGIN = 0.25


def feedback_terms(passages: list[Passage], bm25: BM25Index, n: int = FEEDBACK_TERMS) -> list[str]:
    """The n most distinctive words (count × IDF) of the given passages, with their titles and headings."""
    weight: Counter[str] = Counter()
    for p in passages:
        for term, count in _term_counts(keyword_text(p)).items():
            weight[term] += count * bm25.idf(term)
    return [t for t, _ in weight.most_common(n)]


@lru_cache(maxsize=20_000)
def _term_counts(text: str) -> Counter[str]:
    return Counter(terms(text))


def rrf_fuse(ranked_lists: list[list[Passage]], weights: list[float], k: int = RRF_K,
             limit: int | None = None) -> list[Passage]:
    """Reciprocal rank fusion: score = Σ weight / (k + rank); the best `limit` (all when None)."""
    scores: dict[str, float] = {}
    by_id: dict[str, Passage] = {}
    for ranked, weight in zip(ranked_lists, weights):
        for rank, passage in enumerate(ranked, start=1):
            scores[passage.passage_id] = scores.get(passage.passage_id, 0.0) + weight / (k + rank)
            by_id.setdefault(passage.passage_id, passage)
    # Ties keep the order passages were first met in (the keyword list first), not their ids:
    # ids hash the file's path, so an id tie-break made answers depend on where the corpus lies.
    order = sorted(scores, key=lambda pid: -scores[pid])[:limit]
    return [replace(by_id[pid], score=scores[pid]) for pid in order]


class HybridRetriever:
    def __init__(self, store: PassageStore, bm25: BM25Index, embedder: Embedder,
                 reranker: Reranker | None = None) -> None:
        self.store = store
        self.bm25 = bm25
        self.embedder = embedder
        self.reranker: Reranker = reranker or LexicalReranker()
        self.dense_weight = 1.0 if embedder.dense_retrieval else 0.0

    def search(self, query: str, top_k: int = 5, partnerships: list[str] | None = None) -> list[Passage]:
        """The top_k passages for `query`, only from `partnerships` when given.

        Scoped to an area, national guidance is ranked apart and its best passage joins the area's
        reranked head only where it answers better: the national summaries' general wording would
        otherwise outrank the area's own chapter, which carries the local detail."""
        local = [p for p in partnerships or [] if p != NATIONAL]
        if not partnerships or NATIONAL not in partnerships or not local:  # unscoped, no national, or it alone
            return self._ranked(query, top_k, partnerships)
        head = self._ranked(query, top_k, local)
        if not head:  # an area with no documents of its own: national guidance alone
            return self._ranked(query, top_k, [NATIONAL])
        national = self._ranked(query, 1, [NATIONAL], depth=NATIONAL_CANDIDATES)
        return merge_national(head, national, top_k)

    def _ranked(self, query: str, top_k: int, partnerships: list[str] | None,
                depth: int = RERANK_DEPTH) -> list[Passage]:
        keyword = [p for p, _ in self.bm25.search(query, CANDIDATES, partnerships)]
        feedback: list[Passage] = []
        if keyword and FEEDBACK_WEIGHT > 0:
            extra = feedback_terms(keyword[:FEEDBACK_DOCS], self.bm25)
            feedback = [p for p, _ in self.bm25.search(query, CANDIDATES, partnerships, extra_terms=extra)]
        dense: list[Passage] = []
        if self.dense_weight > 0:
            dense = [p for p, _ in self.store.query(self.embedder.embed_query(query), CANDIDATES, partnerships)]
        fused = rrf_fuse([keyword, feedback, dense], [1.0, FEEDBACK_WEIGHT, self.dense_weight],
                         limit=max(depth, top_k))
        head = self.reranker.rerank(query, fused[:depth], self.bm25)
        return (head + fused[depth:])[:top_k]


def merge_national(head: list[Passage], national: list[Passage], top_k: int) -> list[Passage]:
    """National guidance's best passage placed among the area's by its reranked score, the area's
    passage first on a tie (within NATIONAL_MARGIN)."""
    if not national:
        return head[:top_k]
    best = national[0]
    at = next((i for i, p in enumerate(head) if best.score > p.score + NATIONAL_MARGIN), len(head))
    return (head[:at] + [best] + head[at:])[:top_k]


def scope(partnership: str | None, known: list[str]) -> list[str] | None:
    """The partnerships a scoped request may draw on: its own plus national guidance.

    Matching is case-insensitive against the indexed names. An unknown
    partnership scopes to national guidance only, never to everything.
    """
    if not partnership:
        return None
    wanted = partnership.strip().lower()
    own = [name for name in known if name.lower() == wanted]
    return (own or [partnership.strip()]) + [NATIONAL]
