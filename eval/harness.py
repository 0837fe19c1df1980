"""`safeguard eval`: measure search and answers on the question set, beside a baseline.

Both systems index the same parsed documents in the same run, so every claim
is a ratio measured under the same conditions. The baseline is the plain
llama-index recipe: SentenceSplitter (256 tokens) + BM25, answer = top chunk.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from eval.metrics import mean, median, mrr_at, ndcg_at, normalise, percentile, recall_at
from eval.staleness import Retirements, retirements
from safeguard.model import Answer, Passage

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = REPO / "eval" / "questions.jsonl"
CORPUS = REPO / "corpus"


@dataclass
class Question:
    id: str
    question: str
    kind: str  # answerable | out_of_scope | urgent
    partnership: str | None = None
    expected_doc: str | None = None
    grounding: str | None = None
    key_fact: str | None = None


@dataclass
class Hit:
    """What a system returned, in the terms the metrics need."""

    source: str
    text: str
    partnership: str
    quote: str = ""  # what the answer quotes from it


@dataclass
class SystemRun:
    name: str
    search_relevance: list[list[bool]] = field(default_factory=list)
    search_ms: list[float] = field(default_factory=list)
    chat_ms: list[float] = field(default_factory=list)
    cited_correct: list[bool] = field(default_factory=list)
    key_fact: list[bool] = field(default_factory=list)
    key_fact_first: list[bool] = field(default_factory=list)
    refused: list[bool] = field(default_factory=list)
    urgent_flagged: list[bool] = field(default_factory=list)
    urgent_procedure: list[bool] = field(default_factory=list)  # flagged, and cites the expected procedure
    false_alarms: list[bool] = field(default_factory=list)  # a question that describes no child at risk, flagged
    answer_words: list[int] = field(default_factory=list)
    cross_area: list[str] = field(default_factory=list)  # question ids whose answer cited another area
    # question ids whose answer gave a contact a newer document retired, without citing that document
    stale: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        rel = self.search_relevance
        metrics = {
            "recall@5": mean([recall_at(r, 5) for r in rel]),
            "mrr@10": mean([mrr_at(r, 10) for r in rel]),
            "ndcg@10": mean([ndcg_at(r, 10) for r in rel]),
            "cited_correct": mean([float(x) for x in self.cited_correct]),
            "key_fact": mean([float(x) for x in self.key_fact]),
            "key_fact_first": mean([float(x) for x in self.key_fact_first]),
            "refusal_accuracy": mean([float(x) for x in self.refused]),
            "urgent_recall": mean([float(x) for x in self.urgent_flagged]),
            "urgent_false_alarms": mean([float(x) for x in self.false_alarms]),
            "median_answer_words": median([float(w) for w in self.answer_words]),
            "cross_area_answers": float(len(self.cross_area)),
            "stale_contact_answers": float(len(self.stale)),
            "search_p50_ms": percentile(self.search_ms, 50),
            "search_p95_ms": percentile(self.search_ms, 95),
            "chat_p50_ms": percentile(self.chat_ms, 50),
            "chat_p95_ms": percentile(self.chat_ms, 95),
        }
        if self.urgent_procedure:  # only question sets that name the procedure for their urgent messages
            metrics["urgent_procedure"] = mean([float(x) for x in self.urgent_procedure])
        return metrics


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    with path.open(encoding="utf-8") as f:
        return [Question(**{k: v for k, v in json.loads(line).items() if k in Question.__dataclass_fields__})
                for line in f if line.strip()]


def from_expected_doc(q: Question, hit: Hit) -> bool:
    return bool(q.expected_doc) and hit.source.endswith(q.expected_doc.removeprefix("corpus/"))


def passage_hit(p: Passage) -> Hit:
    """A passage as a citation shows it: its section heading, then its text (a grounding phrase may be
    the heading itself: "Chapters reviewed with no change")."""
    return Hit(source=p.source, text="\n".join([*p.heading_path, p.text]), partnership=p.partnership)


# A cell as the parsers write a table row, after its column's header: "Measure: Section 47 enquiries; 2025-26: 812".
_CELL = re.compile(r"(?:^|; )(?:[^:;\n]{1,40}: )?", re.M)


def _cells(text: str) -> str:
    """A table row's cells as the table prints them: "Section 47 enquiries 812"."""
    return _CELL.sub(" ", text)


def is_relevant(q: Question, hit: Hit) -> bool:
    """A hit grounds the answer if it comes from the expected document and holds the grounding
    phrase, or states a distinctive key fact (a number such as a phone number or "72 hours").
    A grounding copied from a table as it is printed ("Section 47 enquiries 784 812") is matched
    against the row's cells too, without the column headers the parsers write before each cell."""
    if not from_expected_doc(q, hit):
        return False
    text = normalise(hit.text)
    grounding = normalise(q.grounding or "")
    if grounding in text or grounding in normalise(_cells(hit.text)):
        return True
    fact = normalise(q.key_fact or "")
    return len(fact) >= 4 and any(ch.isdigit() for ch in fact) and fact in text


def lead_sentence(text: str) -> str:
    """The first cited sentence of an answer (after any urgent signposting): where the key fact belongs."""
    from bot.assistant import PROCEDURES_SAY

    _, _, procedures = text.partition(PROCEDURES_SAY)
    return re.split(r"\s\[\d+\]", procedures or text, maxsplit=1)[0]


def allowed_areas(q: Question) -> set[str] | None:
    return {q.partnership.lower(), "national"} if q.partnership else None


SearchFn = Callable[[Question], list[Hit]]
ChatFn = Callable[[Question], tuple[Answer, list[Hit]]]


def run_system(name: str, questions: Iterable[Question], search: SearchFn, chat: ChatFn,
               retired: Retirements | None = None) -> SystemRun:
    run = SystemRun(name)
    for q in questions:
        if q.kind == "answerable":
            start = time.perf_counter()
            hits = search(q)
            run.search_ms.append((time.perf_counter() - start) * 1000)
            run.search_relevance.append([is_relevant(q, h) for h in hits[:10]])
        start = time.perf_counter()
        answer, cited = chat(q)
        run.chat_ms.append((time.perf_counter() - start) * 1000)
        if q.kind != "urgent":
            run.false_alarms.append(answer.urgent)
        if retired and answer.status == "answered" and _gives_retired(retired, cited):
            run.stale.append(q.id)
        if q.kind == "answerable":
            _score_answer(run, q, answer, cited)
        elif q.kind == "out_of_scope":
            run.refused.append(answer.status == "not_found" and not answer.urgent)
        elif q.kind == "urgent":
            run.urgent_flagged.append(answer.urgent)
            if q.expected_doc:
                run.urgent_procedure.append(answer.urgent and any(from_expected_doc(q, h) for h in cited))
    return run


def _gives_retired(retired: Retirements, cited: list[Hit]) -> bool:
    """Whether a cited quote gives a contact a newer document retired, the answer citing no document that did."""
    beside = frozenset(h.source for h in cited)
    return any(retired.stale(h.source, h.partnership, h.quote, beside) for h in cited)


def _score_answer(run: SystemRun, q: Question, answer: Answer, cited: list[Hit]) -> None:
    words = len(answer.text.split())
    answered = answer.status == "answered" and words <= 150
    correct = answered and any(is_relevant(q, h) for h in cited)
    fact = answered and normalise(q.key_fact or "") in normalise(answer.text)
    run.cited_correct.append(correct)
    run.key_fact.append(fact)
    run.key_fact_first.append(answered and normalise(q.key_fact or "") in normalise(lead_sentence(answer.text)))
    if answer.status == "answered":
        run.answer_words.append(words)
    areas = allowed_areas(q)
    if areas and any(h.partnership.lower() not in areas for h in cited):
        run.cross_area.append(q.id)
    if not (correct and fact):
        run.misses.append(q.id)


# -- the two systems -------------------------------------------------------------------


def ours(data_dir: Path, corpus: Path) -> tuple[SearchFn, ChatFn]:
    """The product: index `corpus` into `data_dir`, then call the same core the API uses."""
    from bot.assistant import Assistant
    from safeguard.settings import get_settings

    assistant = Assistant(get_settings().model_copy(update={"data_dir": data_dir}))
    report = assistant.index.ingest([corpus])
    if report.failed:
        raise RuntimeError(f"demo corpus failed to ingest: {report.failed}")

    def search(q: Question) -> list[Hit]:
        return [passage_hit(p) for p in assistant.search(q.question, 10, q.partnership)]

    def chat(q: Question) -> tuple[Answer, list[Hit]]:
        answer = assistant.answer(q.question, q.partnership, channel="eval").answer
        # A citation is correct when the passage it points to grounds the answer; whether the
        # answer states the key fact is measured separately.
        return answer, [replace(passage_hit(c.passage), quote=c.text) for c in answer.citations]

    return search, chat


def baseline(corpus: Path) -> tuple[SearchFn, ChatFn]:
    """Plain llama-index: SentenceSplitter(256) + BM25 over the same parsed text; answer = top chunk."""
    from llama_index.core import Document as LIDocument
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.retrievers.bm25 import BM25Retriever

    from ingest import discover, parse_file
    from safeguard.model import Citation, Passage

    docs = []
    for path in discover([corpus]):
        doc = parse_file(path)
        text = "\n\n".join("\n".join(s.blocks) for s in doc.sections)
        docs.append(LIDocument(text=f"{doc.title}\n\n{text}", metadata={"source": doc.source, "partnership": doc.partnership}))
    nodes = SentenceSplitter(chunk_size=256, chunk_overlap=20).get_nodes_from_documents(docs)
    retriever = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=10)

    def search(q: Question) -> list[Hit]:
        return [Hit(n.node.metadata["source"], n.node.get_content(), n.node.metadata["partnership"])
                for n in retriever.retrieve(q.question)]

    def chat(q: Question) -> tuple[Answer, list[Hit]]:
        hits = search(q)
        if not hits:
            return Answer(text="", status="not_found"), []
        top = hits[0]
        p = Passage("", "", top.text, (), None, 0, "", top.partnership, "", top.source, None)
        return (Answer(text=top.text, status="answered", citations=[Citation(1, p, top.text)]),
                [replace(top, quote=top.text)])

    return search, chat


def evaluate(questions_path: Path = QUESTIONS, corpus: Path = CORPUS, data_dir: Path | None = None,
             with_baseline: bool = True) -> dict:
    questions = load_questions(questions_path)
    retired = retirements(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        search, chat = ours(data_dir or Path(tmp) / "data", corpus)
        runs = [run_system("ours", questions, search, chat, retired)]
        if with_baseline:
            runs.append(run_system("baseline", questions, *baseline(corpus), retired))
    counts = {k: sum(q.kind == k for q in questions) for k in ("answerable", "out_of_scope", "urgent")}
    return {
        "questions": counts,
        "systems": {r.name: r.metrics() for r in runs},
        "misses": {r.name: r.misses for r in runs},
        "cross_area": {r.name: r.cross_area for r in runs},
        "stale": {r.name: r.stale for r in runs},
    }


def table(report: dict) -> str:
    systems = report["systems"]
    names = list(systems)
    header = f"{'metric':<22}" + "".join(f"{n:>12}" for n in names) + ("   ratio" if len(names) == 2 else "")
    lines = [header, "-" * len(header)]
    for metric in systems[names[0]]:
        values = [systems[n][metric] for n in names]
        row = f"{metric:<22}" + "".join(f"{v:>12.3f}" for v in values)
        if len(values) == 2 and values[1]:
            row += f"   {values[0] / values[1]:.2f}x"
        lines.append(row)
    return "\n".join(lines)
