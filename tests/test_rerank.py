"""Reranking and vocabulary: the passage that states the answer comes first."""

from __future__ import annotations

from pathlib import Path

from index.bm25 import BM25Index
from index.rerank import CrossEncoderReranker, LexicalReranker, load_reranker
from index.thesaurus import concepts, expand
from safeguard.model import Passage


def _p(i: int, text: str, heading: str = "Allegations: the LADO") -> Passage:
    return Passage(f"d:{i}", "d", text, (heading,), None, i, "Anyshire LADO chapter", "Anyshire", "procedure",
                   "/x.html", None, score=1.0 / (60 + i))


PASSAGES = [
    _p(0, "The LADO gives advice to employers and oversees the response to allegations."),
    _p(1, "Do not investigate the allegation yourself or tell the adult concerned."),
    _p(2, "Ring the LADO on 01632 960150 for a consultation, Monday to Friday."),
]


def test_lexical_reranker_puts_the_passage_stating_the_number_first() -> None:
    bm25 = BM25Index(PASSAGES)
    ranked = LexicalReranker().rerank("lado phone number", PASSAGES, bm25)
    assert ranked[0].passage_id == "d:2"
    assert sorted(p.passage_id for p in ranked) == ["d:0", "d:1", "d:2"]


def test_timescale_question_prefers_a_stated_timescale() -> None:
    passages = [_p(0, "Tell the LADO about any allegation against a member of staff."),
                _p(1, "Report the allegation to the LADO within one working day.")]
    ranked = LexicalReranker().rerank("how quickly must I tell the LADO", passages, BM25Index(passages))
    assert ranked[0].passage_id == "d:1"


def test_cross_encoder_path_uses_the_model(tiny_cross_encoder_path: Path) -> None:
    reranker = load_reranker(str(tiny_cross_encoder_path))
    assert isinstance(reranker, CrossEncoderReranker)
    ranked = reranker.rerank("lado phone number", PASSAGES, BM25Index(PASSAGES))
    assert sorted(p.passage_id for p in ranked) == ["d:0", "d:1", "d:2"]
    again = reranker.rerank("lado phone number", PASSAGES, BM25Index(PASSAGES))
    assert [p.passage_id for p in ranked] == [p.passage_id for p in again]  # deterministic


def test_missing_cross_encoder_falls_back_to_lexical(tmp_path: Path) -> None:
    assert isinstance(load_reranker(str(tmp_path / "nothing-here")), LexicalReranker)
    assert isinstance(load_reranker(""), LexicalReranker)


def test_thesaurus_expands_acronyms_and_needs_whole_phrases() -> None:
    assert "return home interview" in expand("RHI timescale")
    ways = concepts("rhi timescale")["rhi"]
    assert frozenset({"rhi"}) in ways
    assert frozenset({"return", "home", "interview"}) in ways
    assert frozenset({"home"}) not in ways  # "home" alone does not mean a return home interview
    assert "strategy discussion" in expand("who chairs a strat disc")
