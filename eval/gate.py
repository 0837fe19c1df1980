"""Regression gate for re-indexing: the new version must answer the question set as well as the live one.

Runs the harness's scoring (eval/harness.py) against two index versions in
the same process: the live one and the built-but-unpublished one. Publishing
is refused when any gate metric drops by more than settings.reindex_tolerance.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from eval.harness import QUESTIONS, load_questions, passage_hit, run_system
from index.publish import IndexView, load_view

GATE_METRICS = ("recall@5", "cited_correct", "key_fact", "refusal_accuracy")


class FrozenIndex:
    """One version, read-only, shaped like `Index` for the Assistant."""

    def __init__(self, view: IndexView, embedder, catalog) -> None:
        self._view, self.embedder, self.catalog = view, embedder, catalog
        self.retriever, self.bm25, self.store = view.retriever, view.bm25, view.store

    def partnerships(self) -> list[str]:
        return self._view.partnerships

    def refresh_if_changed(self) -> bool:
        return False

    def passages(self):
        return self._view.store.all_passages()


def version_metrics(view: IndexView, index, settings, questions_path: Path = QUESTIONS) -> dict[str, float]:
    """The gate metrics of one index version on the question set."""
    from bot.assistant import Assistant

    with tempfile.TemporaryDirectory() as tmp:  # the gate's questions must not land in the feedback log
        bot = Assistant(settings.model_copy(update={"data_dir": Path(tmp), "feedback_db_url": ""}),
                        index=FrozenIndex(view, index.embedder, index.catalog))

        def search(q):
            return [passage_hit(p) for p in bot.search(q.question, 10, q.partnership)]

        def chat(q):
            answer = bot.answer(q.question, q.partnership, channel="gate").answer
            return answer, [passage_hit(c.passage) for c in answer.citations]

        run = run_system(f"v{view.version}", load_questions(questions_path), search, chat)
    metrics = run.metrics()
    return {m: metrics[m] for m in GATE_METRICS}


def regression_reason(index, build, settings, questions_path: Path = QUESTIONS) -> str | None:
    """Why the build must not be published (a metric fell too far), or None to publish."""
    if build.base == 0:
        return None  # nothing live to compare with: the first build is judged by its own report
    live = version_metrics(load_view(index.catalog, index.physical, index.embedder, build.base), index, settings,
                           questions_path)
    new = version_metrics(load_view(build.catalog, index.physical, index.embedder, build.version), index, settings,
                          questions_path)
    drops = [f"{m} {live[m]:.3f} → {new[m]:.3f}" for m in GATE_METRICS
             if live[m] - new[m] > settings.reindex_tolerance]
    return f"regression gate: {'; '.join(drops)} (tolerance {settings.reindex_tolerance})" if drops else None
