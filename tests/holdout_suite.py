"""The held-out regression gate, shared by every held-out set (tests/test_holdout*.py).

A held-out set is a folder under eval/ with build.py (writes one fictional partnership's documents and
assembles them with the demo corpus), check.py (question/document checks) and questions.jsonl. Each test
module subclasses HoldoutSuite and sets the folder, the partnership's corpus folder, minimum counts and
metric floors; the tests themselves live here once.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from eval.harness import evaluate

EVAL = Path(__file__).resolve().parents[1] / "eval"


def load_script(folder: Path, name: str) -> ModuleType:
    """A held-out folder's script (build or check) as a module of the eval package."""
    return importlib.import_module(f"eval.{folder.name}.{name}")


class HeldOutQuestions:
    """The gate on a question set's evaluation. Subclass as Test<Name>, set the class attributes below
    and say how the corpus is assembled."""

    FOLDER: Path
    AREA: str
    MINIMUM: dict[str, int]
    FLOORS: dict[str, float]
    FALSE_ALARM_CEILING: float  # share of non-urgent questions given the urgent banner

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        """One test per metric floor, named by the metric."""
        if "metric" in metafunc.fixturenames:
            metafunc.parametrize("metric", sorted(self.FLOORS))

    def assemble(self, dest: Path) -> Path:
        raise NotImplementedError

    @pytest.fixture(scope="class")
    def report(self, tmp_path_factory: pytest.TempPathFactory) -> dict:
        corpus = self.assemble(tmp_path_factory.mktemp(self.FOLDER.name) / "corpus")
        data = tmp_path_factory.mktemp(f"{self.FOLDER.name}-data")
        return evaluate(self.FOLDER / "questions.jsonl", corpus, data_dir=data, with_baseline=False)

    def test_set_is_large_enough(self, report: dict) -> None:
        counts = report["questions"]
        assert all(counts[kind] >= n for kind, n in self.MINIMUM.items()), counts

    def test_metric_at_or_above_floor(self, report: dict, metric: str) -> None:
        value = report["systems"]["ours"][metric]
        assert value >= self.FLOORS[metric], f"{self.AREA} {metric} fell to {value:.3f} (floor {self.FLOORS[metric]})"

    def test_few_questions_get_the_urgent_banner_without_cause(self, report: dict) -> None:
        assert report["systems"]["ours"]["urgent_false_alarms"] <= self.FALSE_ALARM_CEILING

    def test_scoped_answers_stay_in_their_area(self, report: dict) -> None:
        assert report["cross_area"]["ours"] == []

    def test_no_answer_offers_a_retired_contact(self, report: dict) -> None:
        """A number or address a later document calls old is never given without the document giving the new one."""
        assert report["stale"]["ours"] == []

    def test_answers_stay_short(self, report: dict) -> None:
        assert report["systems"]["ours"]["median_answer_words"] <= 60



class HoldoutSuite(HeldOutQuestions):
    """A held-out set whose fictional partnership's documents build.py writes."""

    def assemble(self, dest: Path) -> Path:
        return load_script(self.FOLDER, "build").assemble_full_corpus(dest)

    def test_committed_documents_match_the_generator(self, tmp_path: Path) -> None:
        """The binary documents are reproducible, so the committed copies must be what build.py writes."""
        for path in load_script(self.FOLDER, "build").build(tmp_path):
            committed = self.FOLDER / "corpus" / self.AREA / path.name
            rerun = f"run eval/{self.FOLDER.name}/build.py"
            assert committed.read_bytes() == path.read_bytes(), f"{path.name} differs: {rerun}"

    def test_every_grounding_and_key_fact_is_in_its_document(self, capsys: pytest.CaptureFixture) -> None:
        status = load_script(self.FOLDER, "check").main()
        assert status == 0, capsys.readouterr().out
