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
from itertools import takewhile

from bot.freshness import asked_contact_kinds, freshest, replaces, retired_contacts, retired_in
from index.bm25 import BM25Index
from index.periods import quoted_periods, states_periods
from index.scoring import (
    ITEM_MARKER,
    Intent,
    Weights,
    context_terms,
    gives,
    gives_contact,
    intent_bonus,
    names_counted,
    names_other_item,
    names_person,
    passage_coverage,
    present,
    restated_penalty,
    sentence_score,
    unit_contexts,
)
from index.terms import terms
from ingest.text import asks_itself
from safeguard.model import NATIONAL, Answer, Citation, Passage

# Below this share of the question's weighted terms, no passage "covers" it.
MIN_COVERAGE = 0.55
MAX_SENTENCES = 3
# A list answers whole ("who must be invited"), up to this many items and the word limit.
MAX_LIST_ITEMS = 6
# A sentence stating what was asked (a number, a time) leads if it scores at least this share of the best.
LEAD_SHARE = 0.75
# National guidance leads an answer only when its sentence outscores the area's best by more than this: the area's
# own chapter is what a practitioner there acts on (as in the search, index/retriever.py NATIONAL_MARGIN).
NATIONAL_LEAD_MARGIN = 0.1
# The lead sentence (with its heading and the sentence before it) must cover this share of the question.
MIN_LEAD_COVERAGE = 0.45
# ... and this share of what the question is about, leaving out the area's name and the words asking
# for a kind of answer: "How often does MARAC meet in Eastmarsh?" must not be answered by another
# Eastmarsh panel's meetings.
MIN_SUBJECT_COVERAGE = 0.4
# Asked for a number or an address, the sentence giving it must be about what was asked: another service's
# number beside it ("MACE coordinator email" answered by the Early Help team's address) is a wrong number.
MIN_CONTACT_SUBJECT_COVERAGE = 0.7

# A long question carries context no passage states ("I'm a school nurse and a mum I work with ..."):
# beyond this many concepts, the coverage needed falls in proportion (8 concepts: 6/8 of it).
CONTEXT_FREE_CONCEPTS = 6

# A sentence that carries the lead's procedure on to its next step.
_NEXT_STEP = re.compile(r"(?:- )?(?:if (?:this|that|it|the (?:matter|disagreement|concern|issue))|if not|then\b"
                        r"|after (?:this|that)|where this|if you (?:are|remain) (?:still )?(?:not|un))", re.IGNORECASE)

# A sentence that goes on about what the lead named: "... by the Paediatric Safeguarding Clinic. The clinic can be
# contacted on ...".
_REFERS_BACK = re.compile(r"(?:the|this) (?:service|team|clinic|panel|unit|hub|line|meeting|forum|group|officer)s?\b"
                          r"|(?:it|they|he|she) (?:is|are|can|will|meets?|runs?|offers?|provides?|covers?)\b",
                          re.IGNORECASE)

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
    coverage: float  # of the question, by this sentence with its heading and the sentence before
    context: frozenset[str]  # the terms of that heading and sentence before


def _candidates(question: str, passages: list[Passage], weights: Weights) -> list[_Candidate]:
    out: list[_Candidate] = []
    for rank, p in enumerate(passages):
        restated = restated_penalty(question, p)
        for position, (unit, context) in enumerate(unit_contexts(p)):
            score = sentence_score(question, weights, unit, context, rank, values_as_words=False) - restated
            out.append(_Candidate(unit, p, rank, position, score, weights.coverage(present(unit), context), context))
    return out


def _truncate(text: str, max_words: int) -> str:
    words = text.split()
    return text if len(words) <= max_words else " ".join(words[:max_words - 1]) + " …"  # "…" is shown too


def _lead(ranked: list[_Candidate], weights: Weights) -> _Candidate:
    """The best sentence, unless the question asks for a kind of answer (a number, a time)
    that a nearly-as-relevant sentence states and the best one does not."""
    best = ranked[0]
    if not weights.intents or gives(best.text) & set(weights.intents):
        return best
    stating = [c for c in ranked if gives(c.text) & set(weights.intents) and c.score >= LEAD_SHARE * best.score]
    return stating[0] if stating else best


# Asked what a term is or stands for ("whats a s17 again"), a national glossary's definition answers; an area's
# sentence that only uses the term does not.
_DEFINING = re.compile(r"^\W*(?:what(?:'s|s| is| are)|whats|wot(?:'s|s)?)\s+(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+)?"
                       r"(?:\s+again)?\W*$|\bstands? for\b|\bwhat (?:does|do) (?:[\w'-]+\s+){1,3}mean\b",
                       re.IGNORECASE)


def _local_first(question: str, lead: _Candidate, ranked: list[_Candidate], weights: Weights) -> _Candidate:
    """The area's own sentence instead of national guidance's, when it scores nearly as well and states as much."""
    if lead.passage.partnership != NATIONAL or _DEFINING.search(question):
        return lead
    wanted = gives(lead.text) & set(weights.intents)
    local = (c for c in ranked if c.passage.partnership != NATIONAL and gives(c.text) >= wanted)
    near = next(local, None)
    return near if near is not None and near.score >= lead.score - NATIONAL_LEAD_MARGIN else lead


def _opens_list(text: str) -> bool:
    """A sentence ending "...are:" or "It should involve:": its items say what it does not."""
    return text.rstrip().endswith(":")


def _introduces_list(c: _Candidate) -> bool:
    """A sentence ending "...are:", or the first item of a numbered list: what follows is the answer."""
    return _opens_list(c.text) or bool(_FIRST_ITEM.match(c.text))


_FIRST_ITEM = re.compile(r"(?:- )?1[.)]\s")


_SHORT_REPLY = 3  # "A: Yes." says little without the sentence after it


def _answer_to(lead: _Candidate, same: list[_Candidate]) -> list[_Candidate]:
    """The sentences after a document's question up to its answer: further questions, then the answer, and the
    sentence after a bare "Yes." or "A: No."."""
    out: list[_Candidate] = []
    for c in same:
        if c.position != lead.position + len(out) + 1:
            break
        out.append(c)
        if not asks_itself(c.text) and len(c.text.split()) > _SHORT_REPLY:
            break
    return out


def _continuation(lead: _Candidate, candidates: list[_Candidate]) -> list[_Candidate]:
    """A sentence that introduces a list ("The outcomes are:") brings the items that follow it; a document's
    question brings its answer; a step brings the step that follows when things go on ("If it is not resolved,
    ..."), and a sentence naming a service the one that goes on about it ("The clinic can be contacted on ...")."""
    same = sorted((c for c in candidates if c.passage.passage_id == lead.passage.passage_id
                   and c.position > lead.position), key=lambda c: c.position)
    if asks_itself(lead.text):
        return _answer_to(lead, same)
    if _opens_list(lead.text):  # its bulleted items, or the sentences after it
        bullets = list(takewhile(lambda c: c.text.startswith("- "), same))
        return bullets[:MAX_LIST_ITEMS] if bullets else same[:MAX_SENTENCES]
    if _FIRST_ITEM.match(lead.text):
        return list(takewhile(lambda c: bool(ITEM_MARKER.match(c.text)), same))[:MAX_LIST_ITEMS]
    if same and same[0].position == lead.position + 1 and (_NEXT_STEP.match(same[0].text)
                                                         or _REFERS_BACK.match(same[0].text)):
        return same[:1]
    return []


def _is_item(text: str) -> bool:
    return text.startswith("- ") or bool(ITEM_MARKER.match(text))


def _cut_short(cand: _Candidate, chosen: list[_Candidate]) -> bool:
    """The last item shown of a list the answer opens ("It should involve:") while the list goes on: the
    answer must not look like the whole list. A line picked from a contact box opens no list."""
    units = unit_contexts(cand.passage)
    after = cand.position + 1
    same = [c for c in chosen if c.passage.passage_id == cand.passage.passage_id]
    return (_is_item(cand.text) and after < len(units) and _is_item(units[after][0])
            and any(_introduces_list(c) and c.position < cand.position for c in same)
            and not any(c.position == after for c in same))


def _shown_words(sentence: str) -> int:
    """A sentence's words as the answer shows them, with the citation marker ("[1]") after it."""
    return len(sentence.split()) + 1


def select(question: str, passages: list[Passage], weights: Weights, max_words: int) -> list[_Candidate]:
    """Lead sentence first, then up to two more that add to it, within max_words."""
    candidates = _candidates(question, passages, weights)
    ranked = sorted(candidates, key=lambda c: (-c.score, c.rank, c.position))
    if not ranked:
        return []
    lead = freshest(_local_first(question, _lead(ranked, weights), ranked, weights), ranked, weights)
    chosen = [lead]
    words = _shown_words(lead.text)
    covered = set(terms(lead.text))
    following = _continuation(lead, candidates)  # a list's items or a question's answer, however many
    limit = max(MAX_SENTENCES, 1 + len(following))
    queue = following + ranked
    while queue and len(chosen) < limit:
        cand = queue.pop(0)
        if cand in chosen or replaces(lead, cand):  # a value the lead's change replaced
            continue
        n = _shown_words(cand.text)
        if words + n > max_words:
            continue
        follows_list = cand in following
        new_terms = set(terms(cand.text)) - covered
        adds = any(weights.covers(t, new_terms) for t in weights.terms) or intent_bonus(weights, cand.text) > 0
        same_place = cand.passage.passage_id == lead.passage.passage_id
        if follows_list or (cand.score >= 0.6 * lead.score and adds and (same_place or cand.rank <= 1)):
            chosen.append(cand)
            words += n
            covered |= set(terms(cand.text))
            if _opens_list(cand.text):  # "It should involve:" says nothing without its items
                items = _continuation(cand, candidates)
                following = following + items
                queue = items + queue
                leads_on = same_place and cand.position == lead.position + 1  # the lead's own list: all of it
                limit = max(limit, len(chosen) + (len(items) if leads_on else min(len(items), MAX_SENTENCES - 1)))
    return chosen


def _current(chosen: list[_Candidate], retired: dict[tuple[str, str], tuple[Passage, str]],
             weights: Weights) -> list[_Candidate]:
    """The answer with the partnership's new contact beside any older sentence giving one it has since retired:
    the newer document's sentence giving the new one comes just before it, or just after it when it leads (its
    answer to the question first), and replaces it when it leads and its contact is what was asked."""
    asked = asked_contact_kinds(weights) or frozenset()
    out: list[_Candidate] = []
    for i, cand in enumerate(chosen):
        found = retired_in(cand, retired)
        if found is None:
            shown = [cand]
        else:
            kind, passage, unit = found
            position, context = next(((n, ctx) for n, (u, ctx) in enumerate(unit_contexts(passage)) if u == unit),
                                     (0, frozenset()))
            new = _Candidate(unit, passage, cand.rank, position, cand.score, cand.coverage, context)
            shown = [new] if i == 0 and kind in asked else [cand, new] if i == 0 else [new, cand]
        out += [c for c in shown if not any(c.passage.passage_id == o.passage.passage_id and c.text == o.text
                                             for o in out)]
    return out


def _states(kinds: set[Intent] | frozenset[Intent], chosen: list[_Candidate], about: list[float],
            share: float) -> bool:
    """Whether a chosen sentence states one of these kinds of answer (a number, a time) and is about the
    question's subject (`about`: each sentence's subject coverage, with its context) by at least `share`."""
    return any(gives(c.text) & kinds and subject >= share for c, subject in zip(chosen, about))


def _about_itself(weights: Weights, cand: _Candidate, area: str) -> float:
    """Subject coverage by a sentence under its headings, without the sentence before it: a name in the sentence
    after the Director's role ("... is led by Rhys Holroyd-Penn, Business Manager") is not the Director's."""
    return weights.subject_coverage(present(cand.text) | context_terms(cand.passage), area)


def coverage_allowance(weights: Weights) -> float:
    """The share of MIN_COVERAGE and MIN_LEAD_COVERAGE a question must reach: all of it for a short
    question, less for a long one, whose extra words are mostly the asker's situation."""
    return min(1.0, CONTEXT_FREE_CONCEPTS / max(1, len(weights.terms)))


def extractive_answer(question: str, passages: list[Passage], bm25: BM25Index, max_words: int = 150,
                      scope_label: str = "") -> Answer:
    """Compose a short cited answer from retrieved passages, or say it is not there."""
    not_found = Answer(text=NOT_FOUND.format(scope=f" for {scope_label}" if scope_label else ""), status="not_found")
    weights = Weights(question, bm25)
    allowance = coverage_allowance(weights)
    periods = quoted_periods(question)  # figures for another year are no answer, however well they match
    supported = [p for p in passages
                 if passage_coverage(weights, p) >= MIN_COVERAGE * allowance and states_periods(p, periods)]
    if not weights.terms or not supported:
        return not_found
    chosen = select(question, supported, weights, max_words)
    if not chosen or chosen[0].coverage < MIN_LEAD_COVERAGE * allowance:  # a near passage, no answering sentence
        return not_found
    stated = [present(c.text) | c.context for c in chosen]  # each sentence with its heading and the one before
    # a near miss in the right area covers its name and "number", not the subject
    about = [weights.subject_coverage(have, scope_label) for have in stated]
    if about[0] < MIN_SUBJECT_COVERAGE:
        return not_found
    said = set().union(*stated)
    if any(not weights.covers(t, said) for t in weights.focus):
        return not_found  # asked for parking at the conference venue, told where conferences are held
    if names_other_item(weights, [t for c in chosen for t in (c.text, *c.passage.heading_path)]):
        return not_found  # asked about stage 5, told about stage 2
    contact_share = MIN_CONTACT_SUBJECT_COVERAGE * allowance
    if weights.wants_contact_value and not any(gives_contact(weights, c.text) and subject >= contact_share
                                               for c, subject in zip(chosen, about)):
        return not_found  # asked for a number or an email address and none is given for it: a near miss
    if weights.wants_person and not any(names_person(c.text, bm25.lower_case_words)
                                        and _about_itself(weights, c, scope_label) >= MIN_SUBJECT_COVERAGE
                                        for c in chosen):
        return not_found  # asked for someone's name and given only a role ("the team manager"), or another's name
    for answering in weights.strict.values():
        if not _states(answering, chosen, about, MIN_SUBJECT_COVERAGE):
            return not_found  # asked how often (what time, how many) and no sentence about it says: a near miss
    if weights.counted and not any(names_counted(weights, have) for have in stated):
        return not_found  # asked how many cadets there are, told how many LADOs
    chosen = _current(chosen, retired_contacts(bm25), weights)
    room = max_words - sum(_shown_words(c.text) for c in chosen)  # for "…" after a list cut short
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
        text = _truncate(cand.text.lstrip("- "), max_words - 1)  # the marker counts
        goes_on = room > 0 and _cut_short(cand, chosen)
        room -= goes_on
        parts.append(f"{text} … [{numbers[pid]}]" if goes_on else f"{text} [{numbers[pid]}]")
    return Answer(text=" ".join(parts), status="answered", citations=citations)


_MARKER = re.compile(r" \[(\d+)\]")


def lead_only(answer: Answer) -> Answer:
    """An answer cut to its first sentence and that sentence's citation: how another area's answer is shown
    beside the first area's. A sentence opening a list ("The outcomes are:") keeps its items."""
    if answer.status != "answered" or not answer.citations:
        return answer
    first = _MARKER.search(answer.text)
    lead = lead_sentence(answer)
    if first is None or _opens_list(lead):
        return answer
    citation = next(c for c in answer.citations if c.n == int(first.group(1)))
    return Answer(text=f"{lead} [1]", status="answered", citations=[Citation(1, citation.passage, lead)])


def lead_sentence(answer: Answer) -> str:
    """The first sentence an answer shows, without its citation marker."""
    first = _MARKER.search(answer.text)
    return answer.text[:first.start()] if first else answer.text


def lead_subject(weights: Weights, answer: Answer, area: str) -> float:
    """How much of what the question is about (its area's name aside) an answer's lead sentence itself states:
    whether another area's answer is as much to the point as the first area's."""
    return weights.subject_coverage(present(lead_sentence(answer)), area)


def by_area(parts: list[tuple[str, Answer]]) -> Answer:
    """Answers from several areas' documents in one reply, each headed by its area and its citation markers
    numbered on from the last: a practitioner who has not said where they work sees whose procedure each is."""
    text: list[str] = []
    citations: list[Citation] = []
    for area, answer in parts:
        offset = len(citations)
        citations += [Citation(c.n + offset, c.passage, c.text) for c in answer.citations]
        text.append(f"{area}: " + _MARKER.sub(lambda m: f" [{int(m.group(1)) + offset}]", answer.text))
    return Answer(text=" ".join(text), status="answered", citations=citations)
