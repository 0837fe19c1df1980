"""Extractive answers: the few retrieved sentences that answer, each cited.

No language model: every word of the answer is a sentence (or table row) from
a cited passage. Sentences are scored by how much of the question's weighted
terms they (with their section heading) cover, with a bonus when the question
asks for a phone number or a timescale and the sentence states one. When no
passage covers enough of the question, the answer is `not_found`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.bm25 import BM25Index
from index.passages import split_sentences
from index.terms import terms
from index.thesaurus import concepts
from safeguard.model import Answer, Citation, Passage

# Below this share of the question's weighted terms, no passage "covers" it.
MIN_COVERAGE = 0.55
MAX_SENTENCES = 3
HEADING_WEIGHT = 0.8

_PHONE = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b(?:999|101|111)\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_TIMESCALE = re.compile(
    r"\b(\d+|one|two|three|four|five|seven|ten|fifteen|twenty)\s*(?:working\s+)?(?:hours?|days?|weeks?|months?)\b"
    r"|\bimmediately\b|\bsame day\b|\bwithin\b",
    re.IGNORECASE,
)
_ASKS_CONTACT = re.compile(r"\b(number|phone|ring|call|contact|telephone|tel|email|e-mail)\b", re.IGNORECASE)
_ASKS_TIME = re.compile(r"\b(how (long|soon|quickly|many days)|when|timescales?|deadline|within|days?|hours?)\b", re.IGNORECASE)

NOT_FOUND = (
    "I can't find this in the documents I have{scope}. Please check your partnership's procedures "
    "or ask your designated safeguarding lead."
)


@dataclass
class _Candidate:
    text: str
    passage: Passage
    rank: int
    position: int
    score: float


# Question words that name the kind of answer wanted; a passage stating one covers them.
_CONTACT_TERMS = frozenset(terms("number numbers phone telephone tel call ring contact contacts email e-mail details line"))
_TIME_TERMS = frozenset(terms("long soon quickly timescale timescales deadline days hours time within when"))


def answer_type_terms(text: str) -> set[str]:
    """The answer-type terms `text` satisfies: it states a phone/email, or a timescale."""
    out: set[str] = set()
    if _PHONE.search(text) or _EMAIL.search(text):
        out |= _CONTACT_TERMS
    if _TIMESCALE.search(text):
        out |= _TIME_TERMS
    return out


class Weights:
    """IDF weights for the question's concepts, taken from the keyword index.

    A concept is a question term with its thesaurus equivalents and spelling
    correction: "RHI" is covered by a sentence that says "return home interview".
    """

    def __init__(self, question: str, bm25: BM25Index) -> None:
        groups = concepts(question)
        capitalised = {terms(w)[0] for w in re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][a-z]{2,}\b", question) if terms(w)}
        self.alternatives: dict[str, frozenset[str]] = {
            t: frozenset(alts | {bm25.correct(t)}) for t, alts in groups.items()
        }
        self.terms = list(self.alternatives)
        known = [bm25.idf(bm25.correct(t)) for t in self.terms if bm25.correct(t) in bm25.doc_freq]
        typical = sorted(known)[len(known) // 2] if known else 1.0
        self.weight: dict[str, float] = {}
        for t in self.terms:
            c = bm25.correct(t)
            if c in bm25.doc_freq:
                self.weight[t] = bm25.idf(c)
            elif any(a in bm25.doc_freq for a in self.alternatives[t]):
                self.weight[t] = typical
            else:  # unseen: a proper noun (an area we do not hold) weighs heavily
                self.weight[t] = bm25.idf(t) * 1.5 if t in capitalised else typical
        self.total = sum(self.weight.values()) or 1.0

    def covers(self, concept: str, present: set[str] | frozenset[str]) -> bool:
        return not self.alternatives[concept].isdisjoint(present)

    def coverage(self, present: set[str], context: set[str] = frozenset()) -> float:
        got = sum(w for t, w in self.weight.items() if self.covers(t, present))
        got += HEADING_WEIGHT * sum(
            w for t, w in self.weight.items() if self.covers(t, context) and not self.covers(t, present)
        )
        return got / self.total


def _units(passage: Passage) -> list[str]:
    """Sentences of a passage; table rows and list items stay whole."""
    out: list[str] = []
    for block in passage.text.split("\n"):
        if block.startswith("- ") or ": " in block and ";" in block:
            out.append(block)
        else:
            out.extend(split_sentences(block))
    return out


def _intent_bonus(question: str, sentence: str) -> float:
    bonus = 0.0
    if _ASKS_CONTACT.search(question) and (_PHONE.search(sentence) or _EMAIL.search(sentence)):
        bonus += 0.3
    if _ASKS_TIME.search(question) and _TIMESCALE.search(sentence):
        bonus += 0.2
    return bonus


def _context_terms(p: Passage) -> set[str]:
    return set(terms(" ".join([p.title, *p.heading_path])))


def _present(text: str) -> set[str]:
    return set(terms(text)) | answer_type_terms(text)


def passage_coverage(weights: Weights, p: Passage) -> float:
    return weights.coverage(_present(p.text), _context_terms(p))


def _candidates(question: str, passages: list[Passage], weights: Weights) -> list[_Candidate]:
    out: list[_Candidate] = []
    for rank, p in enumerate(passages):
        context = _context_terms(p)
        for position, unit in enumerate(_units(p)):
            score = weights.coverage(_present(unit), context) + _intent_bonus(question, unit) + 0.1 / (1 + rank)
            out.append(_Candidate(unit, p, rank, position, score))
    return out


def _truncate(text: str, max_words: int) -> str:
    words = text.split()
    return text if len(words) <= max_words else " ".join(words[:max_words]) + " …"


def select(question: str, passages: list[Passage], weights: Weights, max_words: int) -> list[_Candidate]:
    """Best sentence first, then up to two more that add to it, within max_words."""
    ranked = sorted(_candidates(question, passages, weights), key=lambda c: (-c.score, c.rank, c.position))
    if not ranked:
        return []
    chosen = [ranked[0]]
    words = len(ranked[0].text.split())
    covered = set(terms(ranked[0].text))
    for cand in ranked[1:]:
        if len(chosen) >= MAX_SENTENCES:
            break
        new_terms = set(terms(cand.text)) - covered
        adds = any(weights.covers(t, new_terms) for t in weights.terms) or _intent_bonus(question, cand.text) > 0
        same_place = cand.passage.passage_id == chosen[0].passage.passage_id
        n = len(cand.text.split())
        if cand.score >= 0.6 * chosen[0].score and adds and (same_place or cand.rank <= 1) and words + n <= max_words:
            chosen.append(cand)
            words += n
            covered |= set(terms(cand.text))
    return chosen


def extractive_answer(question: str, passages: list[Passage], bm25: BM25Index, max_words: int = 150,
                      scope_label: str = "") -> Answer:
    """Compose a short cited answer from retrieved passages, or say it is not there."""
    weights = Weights(question, bm25)
    supported = [p for p in passages if passage_coverage(weights, p) >= MIN_COVERAGE]
    if not weights.terms or not supported:
        return Answer(text=NOT_FOUND.format(scope=f" for {scope_label}" if scope_label else ""), status="not_found")
    chosen = select(question, supported, weights, max_words)
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []
    for cand in chosen:
        pid = cand.passage.passage_id
        if pid not in numbers:
            numbers[pid] = len(numbers) + 1
            citations.append(Citation(n=numbers[pid], passage=cand.passage, text=cand.text))
        else:
            citations[numbers[pid] - 1].text += " " + cand.text
        parts.append(f"{_truncate(cand.text.lstrip('- '), max_words)} [{numbers[pid]}]")
    return Answer(text=" ".join(parts), status="answered", citations=citations)
