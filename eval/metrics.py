"""Retrieval and answer metrics: small pure functions, easy to check by hand."""

from __future__ import annotations

import math
import re
import statistics


def normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces: how grounding phrases are matched."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def first_relevant_rank(relevant: list[bool]) -> int | None:
    return next((i + 1 for i, r in enumerate(relevant) if r), None)


def recall_at(relevant: list[bool], k: int) -> float:
    return 1.0 if any(relevant[:k]) else 0.0


def mrr_at(relevant: list[bool], k: int) -> float:
    rank = first_relevant_rank(relevant[:k])
    return 1.0 / rank if rank else 0.0


def ndcg_at(relevant: list[bool], k: int) -> float:
    """Binary-relevance nDCG: the ideal list puts every relevant passage first."""
    gains = [1.0 / math.log2(i + 2) for i, r in enumerate(relevant[:k]) if r]
    ideal = [1.0 / math.log2(i + 2) for i in range(min(sum(relevant), k))]
    return sum(gains) / sum(ideal) if ideal else 0.0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


def mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0
