"""Reranking fused candidates by how well they answer the question.

BM25 and vectors find the right chapter; within a chapter every passage shares
its title and area, so what separates the passage that answers is whether it
states what was asked (a phone number, a timescale) and covers the question's
specific words. The lexical reranker needs no model; a sentence-transformers
CrossEncoder is used instead when one is configured and loads.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from index.bm25 import BM25Index
from index.scoring import Weights, best_sentence_score
from safeguard.model import Passage

log = logging.getLogger(__name__)

# How much the fused retrieval rank still counts next to answerability (0..1 scale).
RETRIEVAL_WEIGHT = 0.35


class Reranker(Protocol):
    name: str

    def rerank(self, question: str, passages: list[Passage], bm25: BM25Index) -> list[Passage]: ...


def _blend(passages: list[Passage], scores: list[float]) -> list[Passage]:
    """Order by answer score plus the normalised fused score (keeps retrieval's evidence)."""
    top = max((p.score for p in passages), default=0.0) or 1.0
    combined = [s + RETRIEVAL_WEIGHT * p.score / top for p, s in zip(passages, scores)]
    order = sorted(range(len(passages)), key=lambda i: -combined[i])
    return [replace(passages[i], score=combined[i]) for i in order]


class LexicalReranker:
    name = "lexical"

    def rerank(self, question: str, passages: list[Passage], bm25: BM25Index) -> list[Passage]:
        weights = Weights(question, bm25)
        return _blend(passages, [best_sentence_score(question, weights, p) for p in passages])


class CrossEncoderReranker:
    """A sentence-transformers CrossEncoder scoring (question, passage) pairs."""

    def __init__(self, model: str) -> None:
        from sentence_transformers import CrossEncoder

        self._model = CrossEncoder(model, device="cpu", local_files_only=True)
        self.name = f"cross-encoder:{Path(model).name}"

    def rerank(self, question: str, passages: list[Passage], bm25: BM25Index) -> list[Passage]:
        if not passages:
            return []
        pairs = [(question, f"{p.title}. {p.section}. {p.text}") for p in passages]
        raw = [float(s) for s in self._model.predict(pairs, show_progress_bar=False)]
        low, high = min(raw), max(raw)
        return _blend(passages, [(s - low) / (high - low) if high > low else 0.0 for s in raw])


def load_reranker(model: str) -> Reranker:
    """The configured cross-encoder, or the lexical reranker when none is set or it cannot load."""
    if model.strip():
        try:
            return CrossEncoderReranker(model)
        except Exception as exc:  # never let a missing model stop search
            log.warning("reranker %s unavailable (%s: %s); using the lexical reranker", model,
                        exc.__class__.__name__, exc)
    return LexicalReranker()
