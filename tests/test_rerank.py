"""Reranking and vocabulary: the passage that states the answer comes first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

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


def test_an_acronym_written_out_means_the_acronym() -> None:
    """A question saying "national referral mechanism" is answered by a row that says "NRM referrals": the
    thesaurus's spelling-out of an acronym of three or more letters maps back to it. A two-letter one ("DA")
    and an equivalent that is not the acronym spelt out ("allegations against staff" for LADO) do not."""
    from bot.answer import extractive_answer

    assert frozenset({"nrm"}) in concepts("referred into the national referral mechanism")["mechan"]
    assert frozenset({"lado"}) in concepts("the local authority designated officer")["offic"]
    assert frozenset({"lado"}) not in concepts("allegations against staff")["alleg"]
    assert frozenset({"da"}) not in concepts("domestic abuse")["abus"]
    row = _p(0, "Measure: NRM referrals for children; 2024-25: 22; 2025-26: 35", "Activity in numbers")
    index = BM25Index([row, *PASSAGES])
    answer = extractive_answer("how many kids were referred into the national referral mechanism in 2025-26", [row],
                               index)
    assert "35" in answer.text


def test_midwives_and_round_the_clock_are_the_documents_words() -> None:
    """"Midwives" is the plural of the documents' "midwife" (the stemmer had kept them apart), a desk
    staffed "round the clock" is one open "24 hours a day", and a service "shut" at 1pm will "close" then."""
    from bot.answer import extractive_answer
    from index.terms import terms

    assert terms("safeguarding midwives") == terms("safeguarding midwife")
    assert "24 hours" in expand("is the desk staffed round the clock")
    assert "close" in expand("is the advice point shut on friday afternoon")  # it "will close at 1pm"
    desk = _p(0, "Service: Police Public Protection Desk (professionals only); Telephone: 01632 960912; "
                 "Hours: 24 hours a day", "Contacts")
    index = BM25Index([desk, *PASSAGES])
    answer = extractive_answer("is the police protection desk staffed round the clock and whats the number", [desk],
                               index)
    assert "01632 960912" in answer.text


def test_thesaurus_reads_everyday_verbs_as_verbs() -> None:
    """"Send the form" is not SEND (special educational needs); "fill in" a form is "complete" it."""
    assert "special educational" not in expand("when do I need to send the contact form")
    assert "special educational" in expand("support for send pupils")
    assert "complete" in expand("what tool do i fill in")


def _chapter(doc: str, title: str, area: str, doc_type: str = "procedure") -> Callable[[int, str, str], Passage]:
    """A maker of passages (number, text, heading) from one document."""
    def make(i: int, text: str, heading: str) -> Passage:
        return Passage(f"{doc}:{i}", doc, text, (heading,), None, i, title, area, doc_type, f"/{doc}.html", None)
    return make


_fostering = _chapter("pf", "Private Fostering", "Brackenford")


def test_keyword_feedback_finds_the_passage_in_the_procedures_words(monkeypatch) -> None:
    """A practitioner writes "a kid staying with a family friend"; the passage on who to tell says
    "private fostering arrangement" and shares none of their words. The passage their words do find
    uses the procedure's term, so searching again with it brings the notification passage in."""
    import index.retriever as retriever
    from index.embedders import HashingEmbedder

    passages = [
        _fostering(0, "A child under 16 staying with a family friend for 28 days or more is privately fostered: "
                      "this is a private fostering arrangement.", "What private fostering is"),
        _fostering(1, "Every private fostering arrangement must be notified to the Brackenford Children's "
                      "Front Door on 01632 960300.", "The duty to notify"),
        _fostering(2, "Schools should keep attendance registers and follow up absence.", "Attendance"),
    ]
    search = retriever.HybridRetriever(None, BM25Index(passages), HashingEmbedder()).search  # type: ignore[arg-type]
    question = "kid staying with a family friend for a month who do i tell"

    monkeypatch.setattr(retriever, "FEEDBACK_WEIGHT", 0.0)
    assert "pf:1" not in [p.passage_id for p in search(question, 3)]
    monkeypatch.setattr(retriever, "FEEDBACK_WEIGHT", 1.0)
    found = [p.passage_id for p in search(question, 3)]
    assert "pf:1" in found
    assert "pf:2" not in found or found.index("pf:1") < found.index("pf:2")


def test_rank_fusion_limit_keeps_the_same_head() -> None:
    """Fusion builds scored copies only for the passages search goes on to use: the same head, in order."""
    from index.retriever import rrf_fuse

    first = [_p(i, f"text {i}") for i in range(6)]
    second = [first[i] for i in (3, 0, 5, 1)]
    full = rrf_fuse([first, second], [1.0, 1.0])
    head = rrf_fuse([first, second], [1.0, 1.0], limit=3)
    assert [p.passage_id for p in head] == [p.passage_id for p in full[:3]] == ["d:0", "d:3", "d:1"]
    assert [p.score for p in head] == [p.score for p in full[:3]]


def test_feedback_terms_are_searched_as_they_are_indexed() -> None:
    """Feedback words are index terms already: stemming them again turns "bruis" (from "bruising")
    into "brui", which no passage holds, and "profession" into "process": the feedback is lost or wrong."""
    passages = [
        _p(0, "Any bruising in a baby who is not yet mobile must be seen by a paediatrician."),
        _p(1, "Schools keep attendance registers."),
    ]
    bm25 = BM25Index(passages)
    from index.retriever import feedback_terms

    assert "bruis" in feedback_terms(passages[:1], bm25)
    assert bm25.search("bruis", 2) == []  # through the query pipeline: "brui", not indexed
    assert [p.passage_id for p, _ in bm25.search("", 2, extra_terms=["bruis"])] == ["d:0"]


def test_asked_for_a_number_the_phone_line_leads_not_the_email() -> None:
    """A contact box lists email, out-of-hours and daytime lines; "lado number" must lead with the
    daytime telephone number (not the out-of-hours line, not the email, though the address itself
    spells "lado"), "out of hours" with the out-of-hours line and "lado email" with the address."""
    from bot.answer import extractive_answer

    box = _p(0, "Email: lado@anyshire.example.org\nOut of hours: Anyshire Emergency Duty Team, 01632 960199\n"
                "Telephone: 01632 960150\nAddress: County Hall, Anyshire", "The LADO in Anyshire")
    bm25 = BM25Index(PASSAGES + [box])
    number = extractive_answer("lado number anyshire", [box], bm25)
    assert number.text.startswith("Telephone: 01632 960150")
    evening = extractive_answer("lado number anyshire out of hours", [box], bm25)
    assert evening.text.startswith("Out of hours: Anyshire Emergency Duty Team, 01632 960199")
    # asked about tonight, where the documents say "tonight" too, the out-of-hours line is not held back
    beds = _p(1, "A child who needs somewhere safe to stay is placed by the front door on 01632 960100.\n"
                 "A child who needs somewhere safe to stay tonight is placed by the out of hours team on 01632 960199.",
              "Emergency accommodation")
    bm25 = BM25Index(PASSAGES + [beds])
    tonight = extractive_answer("child needs somewhere safe to stay tonight, what number", [beds], bm25)
    assert "960199" in tonight.text.split(" [1]")[0]
    email = extractive_answer("lado email anyshire", [box], bm25)
    assert email.text.startswith("Email: lado@anyshire.example.org")


@pytest.mark.parametrize("question,text,heading,lead", [
    # "How many levels?" is "four levels", not the row that happens to say "Level 2".
    ("anyshire thresholds how many levels",
     "Level: Level 2: Early Help; Description: Needs met by a single agency.\n"
     "The guidance describes four levels of need.", "Anyshire thresholds", "The guidance describes four levels"),
    # "What do I do?" is what the practitioner is told to do, not a definition.
    ("early help what do I do",
     "Early help means support for a family as soon as problems emerge.\n"
     "Start an early help assessment with the family's consent.", "Early help", "Start an early help assessment"),
    # "Who?" is the sentence saying who does it.
    ("who leads the strategy discussion",
     "The strategy discussion records its decisions on the template.\n"
     "The strategy discussion is convened by a social care team manager.", "Strategy discussions",
     "The strategy discussion is convened by"),
])
def test_the_sentence_giving_the_kind_of_answer_asked_leads(question: str, text: str, heading: str,
                                                            lead: str) -> None:
    from bot.answer import extractive_answer

    passage = _p(0, text, heading)
    assert extractive_answer(question, [passage], BM25Index(PASSAGES + [passage])).text.startswith(lead)


def test_out_of_hours_names_a_service_not_a_timescale() -> None:
    """"Anyshire out of hours social work number" asks for a phone number, not a timescale: read as
    one, "hours" left the subject check and any sentence with "the same day" won a bonus."""
    from index.scoring import CONTACT, TIMESCALE, asked

    assert asked("anyshire out of hours social work number") == [CONTACT]
    assert asked("how soon must the out of hours team be told") == [TIMESCALE]


def test_asked_when_a_service_starts_a_clock_time_answers() -> None:
    """"When does the out of hours service start?" is answered by "5pm", though the sentence
    says "covers", not "starts"."""
    from bot.answer import extractive_answer

    box = _p(0, "The Anyshire Out of Hours Team covers 5pm to 9am on weekdays.", "Contacts")
    others = [_p(1 + i, f"The {name} carries out its work each term.", name) for i, name in
              enumerate(["audit group", "training group", "schools forum"])]
    others.append(_p(9, "New training courses start in September.", "Training"))
    answer = extractive_answer("anyshire out of hours when does it start", [box],
                               BM25Index(PASSAGES + [box, *others]), scope_label="Anyshire")
    assert answer.status == "answered"
    assert answer.text.startswith("The Anyshire Out of Hours Team covers 5pm to 9am")


def test_a_numbered_stage_named_in_the_question_leads() -> None:
    """"Stage 3 timescale" is the Stage 3 row, not the Stage 1 row that happens to say "within 3"."""
    from bot.answer import extractive_answer

    table = _p(0, "Stage: Stage 1; Who: practitioners; Timescale: within 3 working days\n"
                  "Stage: Stage 2; Who: team managers; Timescale: within 5 working days\n"
                  "Stage: Stage 3; Who: heads of service; Timescale: within 10 working days", "Escalation stages")
    answer = extractive_answer("escalation stage 3 timescale", [table], BM25Index(PASSAGES + [table]))
    assert answer.text.startswith("Stage: Stage 3; Who: heads of service")


def test_asked_for_an_email_or_a_fax_a_phone_number_is_no_answer() -> None:
    """"Email address for the Kestrel service" had been answered with its phone number, and "is there a fax
    number for the advice point" with its telephone number: each asks for a contact the documents do not
    give. Asked for the phone number, or for an email the service has, the answer stands."""
    from bot.answer import extractive_answer

    kestrel = _p(0, "Professionals can talk a case over with a Kestrel practitioner on the Kestrel consultation line, "
                    "01632 960935, on Tuesdays and Thursdays.", "The Kestrel service")
    advice = _p(1, "Service: Children's Advice Point; Telephone: 01632 960900; Email: cap@anyshire.example.org",
                "Contacts")
    bm25 = BM25Index([kestrel, advice, *PASSAGES])
    assert extractive_answer("whats the email address for the kestrel service", [kestrel], bm25).status == "not_found"
    assert "01632 960935" in extractive_answer("kestrel service phone number", [kestrel], bm25).text
    assert extractive_answer("is there a fax number for the childrens advice point", [advice], bm25).status \
        == "not_found"
    assert "cap@anyshire.example.org" in extractive_answer("childrens advice point email", [advice], bm25).text


def test_a_contact_form_or_a_meeting_over_the_phone_does_not_ask_for_a_number() -> None:
    from index.scoring import CONTACT, asked

    assert CONTACT not in asked("can a strategy discussion be done over the phone")
    assert CONTACT not in asked("phoned IFD, when do i need to send the contact form")
    assert CONTACT in asked("lado phone number")
    assert CONTACT in asked("who do I contact about a missing child")


def test_someone_else_deciding_what_to_do_is_a_timescale_not_an_instruction() -> None:
    """"How fast does the front door decide what to do with a referral" asks how long the front door
    takes; read as "what do I do", an instruction ("Keep the child's safety at the centre...") led."""
    from index.scoring import ACTION, TIMESCALE, asked

    assert asked("how fast does the front door decide what to do with a referal") == [TIMESCALE]
    assert ACTION in asked("bruise on a baby, not sure what to do")


def test_a_question_and_its_answer_may_use_different_forms_of_a_word() -> None:
    """"Make a decision" is answered by "will decide"; the stemmer alone keeps them apart."""
    from bot.answer import extractive_answer
    from index.terms import terms

    assert terms("decision disclosure notification") == terms("decide disclose notify")
    assert terms("responsibility") != terms("respond")  # a family, not any shared prefix
    decide = _p(0, "The MASH will decide what should happen next within one working day.", "After you refer")
    others = [_p(1, "Pre-birth referrals should be made by 20 weeks of pregnancy.", "Pre-birth"),
              _p(2, "Tell the family about the referral unless that would put the child at risk.", "Consent")]
    answer = extractive_answer("how quickly does the mash make a decision", [others[0], decide],
                               BM25Index([decide, *others, *PASSAGES]), scope_label="Anyshire")
    assert answer.text.startswith("The MASH will decide what should happen next within one working day")


def test_how_many_last_year_is_answered_by_the_figure_not_the_foreword() -> None:
    """"How many ICPCs last year": "last year" is when, not what, and the plural acronym is still
    the acronym; a phone number's digits are not a count."""
    from bot.answer import extractive_answer
    from index.scoring import COUNT, gives

    assert "initial child protection conference" in expand("how many ICPCs last year")
    assert "child protection" not in expand("cps charging decision")  # a short key's plural is another word
    assert COUNT not in gives("Conferences are arranged by the Conference Service, telephone 01632 960370.")
    assert COUNT in gives("Measure: Initial child protection conferences; 2025-26: 402")

    ar = _chapter("ar", "Annual Report 2025-26", "Brackenford", "annual_report")
    passages = [ar(0, "This report describes how the partnership has kept children safe over the last year.",
                   "Foreword"),
                ar(1, "Measure: Initial child protection conferences; 2025-26: 402\n"
                      "Measure: Rapid reviews; 2025-26: 7", "Key figures"),
                ar(2, "Conferences are arranged by the Conference Service, telephone 01632 960370.", "Conferences")]
    answer = extractive_answer("how many ICPCs last year", passages, BM25Index([*passages, *PASSAGES]),
                               scope_label="Brackenford")
    assert answer.text.startswith("Measure: Initial child protection conferences; 2025-26: 402")


def test_plain_phrasal_verbs_and_text_speak_reach_the_procedures_words() -> None:
    """"When will I hear back" is answered by "tell the referrer the outcome"; "b4" is "before"."""
    from bot.answer import extractive_answer

    assert "before" in expand("can i ring for advice b4 referring")
    outcome = _p(0, "The Gateway will tell the referrer the outcome within 5 working days.", "After you refer")
    others = [_p(1, "Ring the Gateway before you send a referral form.", "Making a referral"),
              _p(2, "The Gateway is open from 8am to 6pm.", "Contacts")]
    answer = extractive_answer("gateway - when will i hear back about my referral", [outcome],
                               BM25Index([outcome, *others, *PASSAGES]), scope_label="Westvale")
    assert answer.status == "answered"
    assert "5 working days" in answer.text


def test_a_baby_aged_in_weeks_or_months_is_answered_by_the_non_mobile_protocol() -> None:
    """Practitioners give the baby's age ("a 4 month old"); the protocol is about "non-mobile" babies."""
    from bot.answer import extractive_answer

    protocol = _p(0, "Any bruise on a non-mobile infant must be referred to the MASH on the same day.", "Protocol")
    levels = _p(1, "Level 4: a bruise that has no explanation.", "Levels of need")
    others = [_p(2 + i, f"A child's {w} should be checked at each {w} visit.", w) for i, w in
              enumerate(["weight", "feeding", "sleep"])]
    answer = extractive_answer("bruise on a 4 month old what do i do", [levels, protocol],
                               BM25Index([protocol, levels, *others, *PASSAGES]), scope_label="Anyshire")
    assert answer.text.startswith("Any bruise on a non-mobile infant must be referred to the MASH on the same day")


def test_a_step_brings_the_step_that_follows_it() -> None:
    """"Disagree with a conference decision": raising it with the chair is only the first step; the
    sentence saying what to do if that fails (and its deadline) belongs in the answer."""
    from bot.answer import extractive_answer

    conference = _p(0, "If you disagree with a conference decision, raise it with the chair at the end of the meeting. "
                       "If that does not resolve it, write to the conference manager within 5 working days. "
                       "Conference reports are kept on the child's record.", "Conference disagreements")
    answer = extractive_answer("disagree with a conference decision what do i do", [conference],
                               BM25Index(PASSAGES + [conference]))
    assert "write to the conference manager within 5 working days" in answer.text
    assert "kept on the child's record" not in answer.text


def test_asked_an_age_limit_a_stated_age_answers() -> None:
    """"Private fostering age limit": the sentence says "a child under 16", never "age" or "limit"."""
    from bot.answer import extractive_answer

    pf = _chapter("pf", "Private Fostering", "Eastmarsh")

    what = pf(0, "Private fostering is when a child under 16 is cared for by someone who is not a close relative "
                 "for 28 days or more.", "What private fostering is")
    others = [pf(1, "Carers must tell the local authority about the arrangement.", "The duty to notify"),
              pf(2, "The age of the carer does not matter.", "Carers"),
              pf(3, "There is no limit on how long an arrangement lasts.", "Length")]
    answer = extractive_answer("private fostering age limit", [what, others[0]], BM25Index([what, *others]),
                               scope_label="Eastmarsh")
    assert answer.status == "answered"
    assert answer.text.startswith("Private fostering is when a child under 16")


def test_vague_words_around_a_question_do_not_hide_its_answer() -> None:
    """"Possible outcomes of a LADO case": the procedure never says "possible" or "case"; those
    words name no topic and must not sink the passage that lists the outcomes."""
    from bot.answer import extractive_answer

    outcomes = _p(0, "At the end of the process the LADO agrees an outcome: substantiated, false, malicious, "
                     "unfounded or unsubstantiated.", "What happens next")
    others = [_p(1, "In a complex case the LADO may call a second meeting.", "Meetings"),
              _p(2, "Where possible, the employer should keep the person informed.", "Support"),
              *PASSAGES]
    answer = extractive_answer("possible outcomes of a lado case", [outcomes], BM25Index([outcomes, *others]),
                               scope_label="Anyshire")
    assert answer.status == "answered"
    assert "unsubstantiated" in answer.text


def test_wrapper_words_a_passage_lacks_are_not_held_against_it() -> None:
    """"Since the change, when does the record go out": "since", "go" and "out" name no topic. A
    passage stating when the record is sent answers it, though it says none of them."""
    from bot.answer import extractive_answer

    record = _p(0, "The chair sends the record of the strategy discussion to everyone who took part within "
                   "24 hours.", "Records")
    others = [_p(1, "A strategy discussion decides whether a section 47 enquiry is needed.", "Purpose"),
              _p(2, "Keep a record of every decision the MASH makes.", "Records"), *PASSAGES]
    answer = extractive_answer("since the change, when does the strategy discussion record go out", [record],
                               BM25Index([record, *others]), scope_label="Anyshire")
    assert answer.status == "answered"
    assert "24 hours" in answer.text


def test_a_figure_for_the_same_date_is_not_the_figure_asked_for() -> None:
    """Asked how many children were looked after at 31 March 2026, a report that only gives the
    child protection plan figure for that date has no answer: the date is not the subject."""
    from bot.answer import extractive_answer

    ar = _chapter("ar", "Annual Report 2025-26", "Eastmarsh", "annual_report")

    figures = ar(0, "Measure: Children on a child protection plan at 31 March 2026; 2025-26: 231\n"
                    "Measure: Referrals to the LADO; 2025-26: 158", "Activity in numbers")
    others = [ar(1, "Children looked after by Eastmarsh council are visited by their social worker.", "Care"),
              ar(2, "After a review, the plan is shared with the family.", "Reviews"),
              ar(3, "The Eastmarsh partnership met in March.", "Meetings"),
              ar(4, "Eastmarsh schools made most referrals.", "Referrals")]
    index = BM25Index([figures, *others])
    question = "how many children were looked after in Eastmarsh at 31 March 2026"
    assert extractive_answer(question, [figures], index, scope_label="Eastmarsh").status == "not_found"
    asked_plan = "how many children were on a child protection plan in Eastmarsh at 31 March 2026"
    assert extractive_answer(asked_plan, [figures], index, scope_label="Eastmarsh").text.startswith(
        "Measure: Children on a child protection plan at 31 March 2026")


def test_asked_how_often_a_frequency_answers_and_its_absence_is_a_near_miss() -> None:
    """"Monthly" answers "how often", though it holds no number; a sentence naming the panel
    without saying how often it meets does not."""
    from bot.answer import extractive_answer

    pr = _chapter("pr", "Prevent", "Eastmarsh")
    panels = pr(0, "The Exploitation Panel meets every three weeks.\nThe Channel Panel is chaired by the council "
                   "and meets monthly.", "Panels")
    only_name = pr(1, "Cases may be referred to the Channel Panel by the police.", "Channel")
    others = [pr(2 + i, f"The {name} keeps records of its work.", name) for i, name in
              enumerate(["audit group", "training group", "schools forum"])]
    index = BM25Index([panels, only_name, *others])
    answer = extractive_answer("how often does the channel panel meet", [panels], index, scope_label="Eastmarsh")
    assert answer.text.startswith("The Channel Panel is chaired by the council and meets monthly.")
    miss = extractive_answer("how often does the channel panel meet", [only_name], index, scope_label="Eastmarsh")
    assert miss.status == "not_found"


def test_a_near_miss_in_the_right_area_is_not_an_answer() -> None:
    """Eastmarsh's exploitation panel meets every three weeks; asked how often MARAC meets, the
    assistant must say it cannot find it, not give the other panel's timetable. With the MARAC
    passage indexed, it answers."""
    from bot.answer import extractive_answer

    em = _chapter("em", "Child Exploitation", "Eastmarsh")

    panel = em(0, "In Eastmarsh, children at risk of exploitation are discussed at the Contextual Safeguarding "
                  "Panel, which meets every three weeks.", "4. The Eastmarsh panel")
    others = [em(1, "Schools in Eastmarsh should record concerns on the same day.", "5. Recording"),
              em(2, "MARAC is the multi-agency risk assessment conference for domestic abuse cases.", "Glossary"),
              *(em(10 + i, f"The {name} meets each term to review its work.", name) for i, name in
                enumerate(["strategy group", "audit group", "training group", "schools forum"]))]
    question = "how often does MARAC meet in Eastmarsh"
    missing = extractive_answer(question, [panel], BM25Index([panel, *others]), scope_label="Eastmarsh")
    assert missing.status == "not_found"

    marac = em(3, "The Eastmarsh MARAC meets every two weeks to plan for the highest-risk victims.", "6. MARAC")
    found = extractive_answer(question, [marac, panel], BM25Index([panel, marac, *others]), scope_label="Eastmarsh")
    assert found.status == "answered" and "every two weeks" in found.text


def test_a_long_question_about_the_askers_situation_is_still_answered() -> None:
    """Practitioners say who they are and what is going on before they ask; those words are in no
    procedure. A passage covering what is asked answers the long question as it answers the short one."""
    from bot.answer import extractive_answer

    unborn = _p(0, "Refer concerns about an unborn baby to the front door no later than 20 weeks of pregnancy.",
                "Pre-birth referrals")
    others = [_p(1, "The front door is open from 8am to 6pm.", "Contacts"),
              _p(2, "A midwife records each antenatal visit.", "Records"), *PASSAGES]
    index = BM25Index([unborn, *others])
    asked = "whats the latest i can refer an unborn baby to the front door"
    for question in (asked, f"community midwife here, mum is anxious - {asked}"):
        answer = extractive_answer(question, [unborn], index, scope_label="Southmere")
        assert answer.status == "answered", question
        assert "20 weeks" in answer.text


def test_a_year_or_month_the_question_names_must_be_the_figures_year() -> None:
    """2024-25 figures do not answer "how many in 2023-24", nor a figure from April "how many in
    August 2026"; asked about a year the report does cover, the figure answers."""
    from bot.answer import extractive_answer

    ar = _chapter("ar", "Annual Report 2025-26", "Southmere", "annual_report")
    figures = ar(0, "Measure: Children on a child protection plan; 2024-25: 212; 2025-26: 231", "Key figures")
    april = ar(1, "Since 1 April 2026 return home interviews have been carried out by Harbourlight, "
                  "which completed 140 interviews in its first six months.", "Missing children")
    others = [ar(2 + i, f"The partnership's {w} group met four times.", w) for i, w in
              enumerate(["audit", "training", "schools"])]
    index = BM25Index([figures, april, *others])
    asked = "how many children were on a child protection plan in southmere in"
    assert "231" in extractive_answer(f"{asked} 2025-26", [figures], index, scope_label="Southmere").text
    assert extractive_answer(f"{asked} 2023-24", [figures], index, scope_label="Southmere").status == "not_found"
    august = "how many return home interviews did harbourlight complete in august 2026"
    assert extractive_answer(august, [april], index, scope_label="Southmere").status == "not_found"
    assert extractive_answer(august.replace("in august 2026", "in its first six months"), [april], index,
                             scope_label="Southmere").status == "answered"


def test_a_percent_sign_asks_for_a_percentage() -> None:
    """"what % of referrals" asks what "what percentage" asks."""
    from index.scoring import PERCENT, asked

    assert PERCENT in asked("what % of contacts came from schools")
    assert PERCENT in asked("re-referral rate")
    assert PERCENT not in asked("how many contacts came from schools")


def test_practitioners_shorthand_for_outcomes_attendance_and_pregnancy() -> None:
    """NFA, DNA, "on the trot", "off roll", "unborn", "took over" and "sign off" are how practitioners
    write what procedures call no further action, was not brought, consecutive, removed from the
    register, pregnancy, replaced and authorise; a flat "taken over" by dealers is cuckooing; who
    "should be at" a meeting is who takes part; to "look through" a phone is to search it; a family
    that "says no" refuses; the "member of staff" an allegation is about is "the adult concerned"; to
    "carry on" is to continue."""
    phrases = {
        "cads said NFA": "no further action",
        "third DNA this term": "was not brought",
        "missed 2 appts on the trot": "consecutive",
        "can we take him off roll": "removed from the register",
        "worried about an unborn": "pregnancy",
        "who took over RHIs": "replaced",
        "dealers have taken over his flat": "cuckooing",
        "who signs off the s47 outcome": "authorises",
        "needs signing off by when": "authorising",
        "who should be at a strategy discussion": "take part",
        "can i look through the phone": "search",
        "family says no to the referral": "refusal",
        "can i interview the member of staff": "adult concerned",
        "can the team carry on with a care leaver": "continue",
    }
    for question, procedure_words in phrases.items():
        assert procedure_words in expand(question), question


def test_the_lado_is_also_called_the_designated_officer() -> None:
    """Procedures name the LADOs as "the designated officers": asked who the LADOs are, that sentence
    covers the whole question and joins the answer."""
    from bot.answer import extractive_answer
    from index.scoring import Weights, passage_coverage

    intro = _p(0, "In Anyshire these concerns are managed by the Local Authority Designated Officer, usually called "
                  "the LADO, on behalf of the partnership.", "1. Introduction")
    named = _p(1, "The designated officers in Anyshire are Jo Example and Sam Sample.", "3. Contacting the service")
    index = BM25Index([intro, named, *PASSAGES])
    question = "who are the LADOs in anyshire"
    assert passage_coverage(Weights(question, index), named) == 1.0
    assert "The designated officers in Anyshire are Jo Example and Sam Sample." in \
        extractive_answer(question, [intro, named], index).text


def test_a_timescale_or_a_time_is_not_a_count() -> None:
    """"How many ICPCs last year" is answered by the figure, not by a chapter's "at least 2 working
    days"; asked "by how many weeks", a stated number of weeks is the answer."""
    from index.scoring import COUNT, TIMESCALE, asked, gives

    assert COUNT not in gives("Reports are shared with parents at least 2 working days before the conference.")
    assert COUNT not in gives("The clinic opens at 9.30am.")
    assert COUNT in gives("Measure: Initial child protection conferences; 2024-25: 388; 2025-26: 402")
    assert COUNT in gives("A strategy meeting is held after three or more missing episodes in any 90-day period.")
    assert TIMESCALE in asked("prebirth referral by how many weeks")
    assert TIMESCALE in asked("unborn baby, by how many wks pregnant should i refer")
    assert COUNT not in gives("The MASH brings social workers and police officers together in one team.")
    assert COUNT in gives("Each agency nominates at least one Neglect Champion.")


def test_missing_episodes_are_times_a_child_went_missing() -> None:
    assert "gone missing" in expand("how many missing episodes before a strategy meeting")


def test_asked_for_a_number_or_an_address_an_answer_giving_none_is_a_near_miss() -> None:
    """"CAMHS crisis line number" is not answered by a sentence about CAMHS that gives no number; "does
    the school ring the LADO?" asks who rings, not for the number, and is still answered."""
    from bot.answer import extractive_answer

    camhs = _p(0, "The Child and Adolescent Mental Health Service (CAMHS) crisis line supports young people "
                  "at high risk of self-harm.", "Mental health")
    supply = _p(1, "Where an allegation concerns supply staff, the school remains responsible for ringing the LADO.",
                "Supply staff")
    index = BM25Index([camhs, supply, *PASSAGES])
    assert extractive_answer("camhs crisis line number", [camhs], index).status == "not_found"
    assert extractive_answer("camhs crisis line email", [camhs], index).status == "not_found"
    assert extractive_answer("does the school or the agency ring the LADO about supply staff?", [supply],
                             index).status == "answered"
    assert extractive_answer("lado phone number", PASSAGES, index).text.startswith("Ring the LADO on 01632 960150")


def test_asked_how_many_an_answer_stating_no_figure_is_a_near_miss() -> None:
    """"How many LADO referrals were about police officers" is not answered by what the LADO does, nor by
    how soon it responds; "within how many days" asks for a timescale as well, and one answers it."""
    from bot.answer import extractive_answer

    role = _p(0, "The LADO manages allegations about police officers, teachers and other staff who work "
                 "with children.", "The LADO")
    icpc = _p(1, "An initial child protection conference is held within 15 working days of the strategy "
                 "discussion.", "Conferences")
    index = BM25Index([role, icpc, *PASSAGES])
    assert extractive_answer("how many lado referrals were about police officers", [role], index).status == "not_found"
    answer = extractive_answer("initial child protection conference within how many days", [icpc], index)
    assert "15 working days" in answer.text
    timed = _p(2, "The LADO responds to referrals about police officers within 2 working days.", "The LADO")
    assert extractive_answer("how many lado referrals were about police officers", [timed],
                             BM25Index([timed, icpc, *PASSAGES])).status == "not_found"  # a timescale is no count
        # "number of" asks for a count only when it is not a telephone number's
    phone = extractive_answer("What is the telephone number of the LADO?", PASSAGES, BM25Index(PASSAGES))
    assert phone.text.startswith("Ring the LADO on 01632 960150")


def test_the_sentence_going_on_about_the_service_the_lead_names_follows_it() -> None:
    """Asked who does child protection medicals, the answer names the clinic and brings the next
    sentence, which goes on about it ("The clinic can be contacted on ..."); an unrelated next
    sentence is not brought."""
    from bot.answer import extractive_answer

    medicals = _p(0, "Child protection medical examinations are carried out by the Paediatric Safeguarding Clinic "
                     "at Example Royal Infirmary. The clinic can be contacted on 01632 960380. Reports are shared "
                     "with the social worker.", "6. Medical examinations")
    index = BM25Index([medicals, *PASSAGES])
    answer = extractive_answer("child protection medicals who does them", [medicals], index)
    assert answer.text.startswith("Child protection medical examinations are carried out by the Paediatric")
    assert "The clinic can be contacted on 01632 960380. [1]" in answer.text
    assert "Reports are shared" not in answer.text


def test_a_negative_however_typed_is_not() -> None:
    """"Hasnt", "wouldn't" and "cannot" say "not": typed without the apostrophe they were topics of their own,
    which no passage states ("pupil hasnt been in"), and with it a stray "wouldn" or "can"."""
    from index.terms import terms

    for typed in ("the pupil hasnt been in", "the pupil hasn't been in", "the pupil has not been in"):
        assert terms(typed) == ["pupil", "not"]
    assert terms("the chair wouldn't budge") == terms("the chair would not budge")
    assert terms("we cannot share it") == terms("we can't share it") == ["not", "share"]
    assert terms("the child's plan") == ["child", "plan"]


def test_a_re_referral_is_not_a_referral() -> None:
    """"Re-" makes another word, though "re" alone is a stop word: the re-referral rate is found as such."""
    from index.terms import terms

    assert terms("re-referral rate") == ["rereferr", "rate"]
    assert "rereferr" in terms("Re-referrals within 12 months: 19%")
    assert "rereferr" not in terms("Referrals within 12 months")
    rate = _p(0, "Measure: Re-referrals within 12 months; 2025-26: 19%", "Key figures")
    total = _p(1, "Measure: Referrals to children's social care; 2025-26: 3,412", "Key figures")
    ranked = LexicalReranker().rerank("re-referral rate", [total, rate], BM25Index([total, rate, *PASSAGES]))
    assert ranked[0].passage_id == "d:0"


def test_the_chapter_is_cited_rather_than_the_amendments_page_restating_it() -> None:
    """Both say carers must tell the social worker within 1 hour; the chapter is the procedure to cite.
    Asked about the change itself, the amendments page answers."""
    from bot.answer import extractive_answer

    log = _chapter("amendments", "Amendments: July 2026", "Anyshire", "amendments")(
        0, "Foster carers must now inform the social worker within 1 hour of becoming aware that a child is missing "
           "(previously 4 hours).", "Children missing from care")
    chapter = _chapter("missing", "Children Missing from Home or Care", "Anyshire")(
        0, "Foster carers must inform the child's social worker within 1 hour of becoming aware that the child is "
           "missing.", "When a child goes missing from care")
    index = BM25Index([log, chapter, *PASSAGES])
    asked = extractive_answer("foster carer - child missing - how quickly must I tell the social worker",
                              [log, chapter], index)
    assert asked.citations[0].passage.doc_type == "procedure"
    changed = extractive_answer("what was the old time limit for foster carers to tell the social worker",
                                [log, chapter], index)
    assert changed.citations[0].passage.doc_type == "amendments"


def test_a_local_name_given_earlier_in_the_passage_answers_for_the_usual_one() -> None:
    """Westvale calls return home interviews "return conversations": asked the RHI timescale, the sentence
    about return conversations answers, because the passage said what it calls them."""
    from bot.answer import extractive_answer

    rhi = _p(0, "In Westvale, return home interviews are called return conversations. They are carried out by an "
                "independent service. A return conversation must be offered within 48 hours of the child coming "
                "back.", "5. Local arrangements")
    index = BM25Index([rhi, *PASSAGES])
    answer = extractive_answer("westvale RHI timescale", [rhi], index, scope_label="Westvale")
    assert answer.status == "answered" and "within 48 hours" in answer.text.split(" [1]")[0]


def test_a_number_or_address_given_for_another_service_is_a_near_miss() -> None:
    """Asked for the MACE coordinator's email, the Early Help team's address beside the words "coordination"
    is a wrong address, and a fax number is not the phone line; the coordinator's own address answers."""
    from bot.answer import extractive_answer

    early = _p(0, "Advice is available from the Early Help Coordination Team on 01632 960820 or at "
                  "earlyhelp@anyshire.example.org.", "Early help")
    lines = _p(1, "Service: Front Door professionals line; Contact: 01632 960810; Hours: 8.30am to 5pm;", "Contacts")
    mace = _p(2, "Send referrals to the MACE coordinator at mace@anyshire.example.org by noon on Thursday.",
              "Multi-agency child exploitation panel")
    index = BM25Index([early, lines, mace, *PASSAGES])
    assert extractive_answer("email for the MACE coordinator", [early], index).status == "not_found"
    assert extractive_answer("what's the front door fax number", [lines], index).status == "not_found"
    assert "mace@anyshire.example.org" in extractive_answer("email for the MACE coordinator", [early, mace],
                                                            index).text
    assert "01632 960810" in extractive_answer("front door professionals number", [lines], index).text
    # "wants" and "herself" are the asker's situation, not what the number is for, however rare in the documents
    parents = _p(3, "Line for parents and members of the public: 01632 960701.", "The Hub")
    common = [_p(10 + i, f"The hub helps parents and carers with concern number {i}.", "The Hub") for i in range(8)]
    wanting = _p(30, "Say what you want the hub to do.", "Referrals")
    index = BM25Index([parents, wanting, *common, *PASSAGES])
    asked = "mum wants to ring the hub herself, is there a number for parents"
    assert "01632 960701" in extractive_answer(asked, [parents], index).text


def test_asked_for_someone_by_name_a_role_is_a_near_miss() -> None:
    """"Name of the team manager" is not answered by "chaired by the Tidewater Team Manager": the documents
    write "team" and "manager" in lower case, so those words name a role. A person's name answers, though
    their email address writes it in lower case."""
    from bot.answer import extractive_answer

    mace = _p(0, "The MACE panel meets fortnightly and is chaired by the Tidewater Team Manager.", "MACE")
    staff = _p(1, "The Tidewater team manager is Corin Ashgrove (corin.ashgrove@example.org), who joined in "
                  "April.", "Tidewater")
    roles = _p(2, "Each team has a manager who signs off plans.", "Teams")
    index = BM25Index([mace, staff, roles, *PASSAGES])
    assert extractive_answer("name of the tidewater team manager", [mace], index).status == "not_found"
    assert "Corin Ashgrove" in extractive_answer("name of the tidewater team manager", [mace, staff], index).text
    # a role answers "who chairs" and "who is the chair of"; a title names a person
    assert extractive_answer("who chairs the mace panel", [mace], index).status == "answered"
    assert extractive_answer("who is the chair of the mace panel", [mace], index).status == "answered"
    titled = _p(3, "The review of Child K was led by Dr Okafor.", "Child K")
    index = BM25Index([titled, *PASSAGES])
    assert extractive_answer("who was the independent reviewer for child k", [titled], index).status == "answered"
    # a school's headteacher, principal or independent listener is a person too, however it is asked
    school = _p(4, "Fellmoor School's independent listener visits the boarding houses every Wednesday, and the "
                   "headteacher meets every new boarder.", "Fellmoor School")
    index = BM25Index([school, *PASSAGES])
    for asked in ("fellmoor headteacher name", "whats the name of fellmoor's independent listener",
                  "who is the headteacher at fellmoor school"):
        assert extractive_answer(asked, [school], index).status == "not_found", asked
    assert extractive_answer("when does the independent listener visit fellmoor", [school], index).status == "answered"


def test_a_table_row_stands_apart_from_the_row_above() -> None:
    """A row is its own record: the row above is not its context, as the sentence before a sentence is."""
    from index.scoring import unit_contexts
    from index.terms import terms

    table = _p(0, "Service: Early Help Coordination Team; Contact: 01632 960820;\n"
                  "Service: Young carers card scheme; Contact: Ask the school;", "Contacts")
    (_, _), (_, second) = unit_contexts(table)
    assert not set(terms("coordination")) & second
    prose = _p(1, "Thank you to the Early Help Coordination Team for the audit. Over 40 took part.", "Audit")
    assert set(terms("coordination")) <= unit_contexts(prose)[1][1]


def test_social_work_and_feedback_as_practitioners_write_them() -> None:
    assert "social work" in expand("ooh sw number")
    assert "comments" in expand("procedures feedback email")


def test_a_place_no_document_names_is_not_answered_with_another_areas_facts() -> None:
    """"westvale rhi timescale", typed in lower case, names an area we do not hold: Anyshire's 72 hours is
    not its answer. A place the documents name is answered."""
    from bot.answer import extractive_answer

    rhi = _p(0, "In Anyshire the return home interview must be offered within 72 hours of the child's return.",
             "Return home interviews")
    index = BM25Index([rhi, *PASSAGES])
    assert extractive_answer("westvale rhi timescale", [rhi], index).status == "not_found"
    assert extractive_answer("rhi timescale for children in northfold", [rhi], index).status == "not_found"
    assert "72 hours" in extractive_answer("anyshire rhi timescale", [rhi], index).text
    assert "72 hours" in extractive_answer("rhi timescale", [rhi], index).text


def test_the_number_of_things_is_a_count_and_the_number_of_a_service_a_phone_number() -> None:
    """"Number of LADO referrals" asks for a count, as "how many" does, so a telephone number does not
    answer it; "the number of the LADO" asks for the telephone number."""
    from bot.answer import extractive_answer
    from index.scoring import CONTACT, COUNT, asked

    assert COUNT in asked("number of rapid reviews last year") and CONTACT not in asked("number of rapid reviews")
    assert CONTACT in asked("telephone number of the LADO") and COUNT not in asked("telephone number of the LADO")
    ring = _p(0, "Ring the LADO on 01632 960150 about referrals concerning police officers.", "The LADO")
    index = BM25Index([ring, *PASSAGES])
    assert extractive_answer("number of lado referrals about police officers", [ring], index).status == "not_found"
    assert "01632 960150" in extractive_answer("the number of the lado for referrals", [ring], index).text


def test_the_chapter_ranks_above_the_amendments_page_restating_it() -> None:
    """Search puts the chapter first, as the answer cites it; asked about the change ("is it still ..."),
    the amendments page that records it comes first."""
    from dataclasses import replace

    chapter = _p(1, "A child who is missing from care must be reported to their social worker within 1 hour.",
                 "Missing from care")
    amended = replace(_p(0, "Missing from care: a child who is missing must now be reported to their social worker "
                            "within 1 hour.", "Children missing from care"), doc_type="amendments")
    passages = [amended, chapter]
    index = BM25Index([*passages, *PASSAGES])
    reranker = LexicalReranker()
    first = reranker.rerank("how quickly must a foster carer report a missing child", passages, index)[0]
    assert first.passage_id == chapter.passage_id
    changed = reranker.rerank("is it still within 1 hour for a missing child", passages, index)[0]
    assert changed.passage_id == amended.passage_id


def test_a_stop_word_stays_one_in_every_form() -> None:
    """"Who gets involved" is about who is involved: "gets", like "get", names no topic, and as a term
    no procedure uses it would stop a passage covering the question."""
    from index.terms import terms

    assert terms("escalation stage 2 - who gets involved") == terms("escalation stage 2 - who is involved")
    assert terms("mum wants to know if she is getting help") == terms("mum") + terms("help")
    assert "need" in terms("a young carer with some support needs")  # "needs" is a noun here
    assert "like" in terms("likely to suffer significant harm")
    assert terms("after ive rung them") == terms("after I've rung them") == terms("after ringing them")
    assert terms("referrals that came from schools") == terms("referrals that come from schools")


def test_a_date_a_year_or_a_24_hour_time_is_not_a_count() -> None:
    """"How many people attended the forum" is not answered by "it met on 21st May"; "08:30-17:00" gives
    opening times, not a figure; the figures in a reporting year's row still count."""
    from bot.answer import extractive_answer
    from index.scoring import CLOCK, COUNT, gives

    assert COUNT not in gives("The Partnership Forum met for the first time on 21 st May.")
    assert COUNT not in gives("In September 2019 the partnership held a conference.")
    assert COUNT not in gives("The budget for 2025-26 was agreed.")
    assert gives("Call 01632 960150 (Monday to Thursday 08:30-17:00)") & {CLOCK, COUNT} == {CLOCK}
    assert COUNT in gives("Measure: Contacts to the front door; 2024-25: 9,318; 2025-26: 10,046")
    met = _p(0, "The Partnership Forum met for the first time on 21 st May 2019 to discuss neglect.", "Forum")
    index = BM25Index([met, *PASSAGES])
    assert extractive_answer("how many people attended the first partnership forum", [met], index).status \
        == "not_found"


def test_a_passage_is_its_partnerships_though_its_title_does_not_say_so() -> None:
    """In Derbyshire's newsletter titled "Newsletter February 2019", the sentence about the audit day
    answers "derbyshire - theme of the march audit day", not another sentence because it names Derbyshire."""
    from dataclasses import replace

    from bot.answer import extractive_answer

    news = replace(_p(0, "The next multi-agency audit day will take place in March; its theme is neglect of "
                         "teenagers. The Derbyshire Safeguarding Children Board agreed the multi-agency audit "
                         "programme in March.", "Audit"), title="Newsletter February 2019", partnership="Derbyshire")
    common = [_p(10 + i, f"The multi-agency audit in March took a day, audit number {i}.", "Audit") for i in range(6)]
    index = BM25Index([news, *common, *PASSAGES])
    answer = extractive_answer("derbyshire - what's the theme of the march multi agency audit day?", [news], index,
                               scope_label="Derbyshire")
    assert answer.text.startswith("The next multi-agency audit day")


def test_a_close_relative_is_not_a_closing_time() -> None:
    """"Is a great aunt a close relative" asks nothing about opening times, so the definition answers it;
    "when is it open" and "opening hrs" still ask for a time."""
    from bot.answer import extractive_answer
    from index.scoring import CLOCK, asked

    relatives = _p(0, "Close relatives are defined as grandparents, brothers, sisters, uncles, aunts and "
                      "step-parents; great-aunts and cousins are not close relatives.", "Private fostering")
    index = BM25Index([relatives, *PASSAGES])
    answer = extractive_answer("is a great aunt a close relative for private fostering", [relatives], index)
    assert answer.status == "answered" and "not close relatives" in answer.text
    assert CLOCK not in asked("how long does the team usually keep a case open")
    assert CLOCK in asked("is there a consultation line and when is it open")
    assert CLOCK in asked("front door opening hrs mon-thurs")


def test_by_noon_is_a_deadline() -> None:
    """"Deadline for a MACE referral" is answered by "by 12 noon on the Thursday before", a deadline
    and a time of day, rather than by the panel's description."""
    from bot.answer import extractive_answer
    from index.scoring import CLOCK, TIMESCALE, gives

    assert {CLOCK, TIMESCALE} <= gives("Send referrals to the MACE coordinator by 12 noon on the Thursday before.")
    assert TIMESCALE in gives("Reports must be in by 5pm.")
    mace = _p(0, "The MACE panel discusses children at significant risk of exploitation and agrees actions. "
                 "Referrals should reach the MACE coordinator by 12 noon on the Thursday before the panel.", "MACE")
    index = BM25Index([mace, *PASSAGES])
    assert extractive_answer("deadline for mace referrals", [mace], index).text.startswith("Referrals should reach")


def test_a_numbered_list_answers_whole() -> None:
    """Asked for the priorities, the answer gives the numbered list, not its first item alone."""
    from bot.answer import extractive_answer

    plan = _p(0, "1. Neglect: spotting it sooner.\n2. Exploitation: disrupting the adults involved.\n"
                 "3. Voice of the child: hearing what children tell us.", "Priorities for 2025 to 2028")
    index = BM25Index([plan, *PASSAGES])
    text = extractive_answer("what are the partnership priorities for 2025-2028", [plan], index).text
    assert text.startswith("1. Neglect") and "2. Exploitation" in text and "3. Voice of the child" in text


def test_who_should_be_at_asks_who_takes_part_and_gets_the_list() -> None:
    """"Who should be at" is all stop words, yet asks who attends: the list under "Who should take part"
    answers, with its items (a sentence ending "should involve:" says nothing alone), not the timescale."""
    from bot.answer import extractive_answer

    assert any(frozenset(["attend"]) in ways for ways in concepts("who should be at a planning meeting").values())
    when = _p(0, "A planning meeting must take place within 24 hours of the decision that one is needed.",
              "Planning meetings: timescales")
    who = _p(1, "The meeting is convened and chaired by a team manager. As a minimum it should involve:\n"
                "- the allocated social worker;\n- the police;\n- the school nurse.",
             "Planning meetings: who should take part")
    index = BM25Index([when, who, *PASSAGES])
    text = extractive_answer("who should be at a planning meeting", [when, who], index).text
    assert "the police" in text and "24 hours" not in text


def test_an_evening_time_or_a_weekend_day_asks_for_the_out_of_hours_service() -> None:
    """"At 9pm on a Saturday" is when the office is shut: documents say "outside these hours" or "out of
    hours", never the time the practitioner is writing at. Noon and 5pm are office hours."""
    from bot.answer import extractive_answer

    def ways(question: str, term: str) -> list[frozenset[str]]:
        return concepts(question)[term]

    assert frozenset(["weekend"]) in ways("lado on a saturday", "saturday")
    assert frozenset(["overnight"]) in ways("came in at 9pm", "9pm")
    assert frozenset(["overnight"]) in ways("at 2am", "2am")
    assert ways("came in at 12pm", "12pm") == [frozenset(["12pm"])] and ways("at 5pm", "5pm") == [frozenset(["5pm"])]
    lado = _p(0, "The LADO service is open 9am to 5pm on weekdays. Outside these hours, where a child is at "
                 "immediate risk, contact the Emergency Duty Team on 01632 960899.", "Contacting the LADO")
    index = BM25Index([lado, *PASSAGES])
    text = extractive_answer("allegation came in at 9pm on a saturday - who do i ring", [lado], index).text
    assert "01632 960899" in text


def test_chatty_words_do_not_outweigh_the_topic() -> None:
    """"Why are we meant to say ... instead of DNA": "meant" and "instead" are rare in procedures, so
    they weighed more than the topic, and the passage that answers was refused for lacking them."""
    from bot.answer import extractive_answer

    wnb = _p(0, "Record a missed appointment for a child as 'Was Not Brought' rather than 'Did Not Attend' (DNA), "
                "because a child depends on an adult to take them.", "Was not brought")
    index = BM25Index([wnb, *PASSAGES])
    for asked in ("why are we meant to say was not brought instead of DNA",
                  "what are we supposed to write instead of DNA, was not brought?"):
        assert "Was Not Brought" in extractive_answer(asked, [wnb], index).text


def test_a_childs_age_is_answered_by_an_age_band() -> None:
    """"A 15 year old", "16yo": documents state ages as bands ("aged 14 and over", "under 16"), so the
    band covers the age the practitioner writes, which no document repeats."""
    from bot.answer import extractive_answer

    consent = _p(0, "Young people aged 14 and over may consent to early help in their own right.",
                 "Early help: consent")
    index = BM25Index([consent, *PASSAGES])
    for asked in ("can a 15 year old agree to early help", "does a 16yo need to agree to early help"):
        assert "aged 14 and over" in extractive_answer(asked, [consent], index).text


def test_a_span_of_years_written_short_ends_in_a_year_written_in_full() -> None:
    """"2023-26" ends in 2026, as a document writes it ("March 2026"); a reporting year ("2020-21") is named as
    written, and a passage about 2021 alone does not answer for it."""
    from bot.answer import extractive_answer

    assert frozenset(["2026"]) in concepts("sudi 2023-26")["26"]
    assert frozenset(["2001"]) in concepts("reviews 1998-01")["01"]
    assert concepts("missing reports in 2020-21")["21"] == [frozenset(["21"])]
    cdop = _p(0, "Between April 2023 and March 2026 the Child Death Overview Panel reviewed 9 sudden and unexpected "
                 "infant deaths.", "Why safer sleep matters")
    index = BM25Index([cdop, *PASSAGES])
    assert "reviewed 9 sudden" in extractive_answer("how many SUDI cases did CDOP review 2023-26", [cdop], index).text


def test_advice_is_what_a_consultation_line_gives() -> None:
    """Asked for a line to ring for advice, the consultation line answers, not the referral line."""
    from bot.answer import extractive_answer

    lines = _p(0, "If a child is in immediate danger, call the police on 999 before you do anything else.\n"
                  "- Children's Gateway: 01632 960600, open Monday to Friday.\n"
                  "If you are unsure whether a referral is needed, ring the consultation line on 01632 960611 and "
                  "speak to a social worker.", "Making a referral")
    index = BM25Index([lines, *PASSAGES])
    text = extractive_answer("is there a line i can ring for advice b4 referring", [lines], index).text
    assert text.startswith("If you are unsure") and "01632 960611" in text


def test_asked_what_something_cost_a_count_is_a_near_miss() -> None:
    """"How much did the review cost" asks for a sum: "3 rapid reviews" counts, it does not cost. A sum, a
    share of a budget or "free of charge" answers."""
    from bot.answer import extractive_answer

    reviews = _p(0, "The partnership undertook 3 rapid reviews during the year, one of which led to the Child J "
                    "review.", "Reviews")
    budget = _p(1, "The ICB contributed £105,000 to the partnership budget.", "Budget")
    courses = _p(2, "All multi-agency training courses are free of charge.", "Training")
    index = BM25Index([reviews, budget, courses, *PASSAGES])
    assert extractive_answer("how much did the child j review cost", [reviews], index).status == "not_found"
    assert "£105,000" in extractive_answer("how much does the ICB put into the budget", [budget], index).text
    assert "free of charge" in extractive_answer("how much do training courses cost", [courses], index).text


def test_a_topic_and_a_reporting_year_asks_for_the_figure() -> None:
    """"Early help assessments started last yr" asks no question, yet wants the year's figure: the annual
    report's row leads, not the chapter's sentence about starting an assessment. "This year" is often an
    event's ("theme of safeguarding week this year"), so it asks nothing."""
    from index.scoring import FIGURE, asked

    assert FIGURE in asked("ifd contacts 2025-26") and FIGURE in asked("assessments started last yr")
    assert FIGURE not in asked("theme of safeguarding week this year")
    assert FIGURE not in asked("what was the theme of safeguarding week in 2025-26")
    from bot.answer import extractive_answer

    chapter = _p(0, "Any practitioner can start an early help assessment in the year the family needs one.",
                 "Early help assessments")
    report = _p(1, "Measure: Early help assessments started; 2025-26: 1,120", "Key figures")
    index = BM25Index([chapter, report, *PASSAGES])
    text = extractive_answer("early help assessments started last yr", [chapter, report], index).text
    assert text.startswith("Measure: Early help assessments started")


def test_non_urgent_is_the_police_non_emergency_line() -> None:
    """"Cuckooing non urgent who do I report to": documents say "otherwise ... the police on 101", the
    non-emergency number, never "non urgent"."""
    from bot.answer import extractive_answer

    what = _p(0, "If anyone is in immediate danger, call 999. Otherwise report your concern to the police on 101.",
              "Cuckooing: what to do")
    reviews = _p(1, "Two reviews looked at a non-accidental injury and a teenager exploited through cuckooing.",
                 "Reviews this year")
    index = BM25Index([what, reviews, *PASSAGES])
    text = extractive_answer("cuckooing non urgent who do i report to", [reviews, what], index).text
    assert text.startswith("Otherwise report your concern to the police on 101")


def test_the_legal_maximum_time_is_a_timescale_the_law_allows() -> None:
    """"FGM legal max time to report" asks for a timescale, and "the law allows up to one month" states it:
    legal is the law's, max the maximum. The sentence on the legal duty names no time."""
    from bot.answer import extractive_answer

    duty = _p(0, "Teachers have a personal legal duty to report to the police when they discover that FGM appears "
                 "to have been carried out on a girl under 18.", "The mandatory reporting duty")
    when = _p(1, "The law allows up to one month, but delay should only happen in exceptional circumstances.",
              "FGM: how to report")
    index = BM25Index([duty, when, *PASSAGES])
    assert extractive_answer("fgm legal max time to report", [duty, when], index).text.startswith("The law allows")


def test_a_seven_minute_briefing_is_a_tea_break_guide() -> None:
    """Partnerships call their short guides "7-minute briefings" or "tea-break guides": asked for the 7 min
    briefing's reflective questions, the tea-break guide's answer."""
    from bot.answer import extractive_answer

    guide = _p(0, "Reflective questions:\n- Have I seen the child's bedroom and where they sleep?",
               "Tea-Break Guide: Neglect")
    index = BM25Index([guide, *PASSAGES])
    assert "bedroom" in extractive_answer("7 min briefing neglect reflective qs", [guide], index).text


def test_to_challenge_a_decision_is_to_dispute_it_and_to_join_is_to_attend() -> None:
    from bot.answer import extractive_answer

    protocol = _p(0, "This protocol is for practitioners who dispute a decision; it is not intended for use by "
                     "families.", "Resolving professional differences")
    index = BM25Index([protocol, *PASSAGES])
    assert "not intended for use by families" in extractive_answer(
        "can a parent use the escalation protocol to challenge a decision", [protocol], index).text
    who = _p(1, "The police take part, usually a detective sergeant.", "Strategy discussions")
    index = BM25Index([who, *PASSAGES])
    assert "detective sergeant" in extractive_answer("which police officer joins a strategy discussion", [who],
                                                     index).text


def test_opening_hours_are_a_span_given_for_the_service_asked_about() -> None:
    """"Harbourlight's opening hours": a notification Harbourlight gets at 9am is one time of day, not its
    hours, and another service's hours in the next row do not answer for Harbourlight."""
    from bot.answer import extractive_answer

    rhi = _p(0, "Harbourlight receives a notification from the police at 9am each day listing children who have "
                "returned.", "Return home interviews: Harbourlight")
    lines = _p(1, "Service: Consultation Line; Contact: 01632 960815; Hours: Monday to Friday, 9am to 5pm;", "Contacts")
    own = _p(2, "Harbourlight is open Monday to Friday, 8.45am to 4.45pm.", "Return home interviews: Harbourlight")
    index = BM25Index([rhi, lines, own, *PASSAGES])
    assert extractive_answer("what are harbourlight's opening hours", [rhi, lines], index).status == "not_found"
    assert "8.45am to 4.45pm" in extractive_answer("what are harbourlight's opening hours", [rhi, lines, own],
                                                   index).text
    assert "9am" in extractive_answer("what time does harbourlight get the police notification", [rhi], index).text


def test_who_chairs_is_answered_by_who_chairs() -> None:
    """"Who chairs the neglect forum" is not answered by who attends it; "the chair must record ..." says what
    the chair does, not who it is."""
    from bot.answer import extractive_answer

    forum = _p(0, "Each agency nominates a Neglect Champion, who will attend the Neglect Practice Forum, which meets "
                  "quarterly.", "Neglect Practice Forum")
    index = BM25Index([forum, *PASSAGES])
    assert extractive_answer("who chairs the neglect practice forum", [forum], index).status == "not_found"
    duties = _p(1, "The chair must make sure the strategy discussion is recorded on the standard template.\n"
                   "The discussion is convened and chaired by a children's social care manager.",
                "Strategy discussions")
    index = BM25Index([duties, *PASSAGES])
    assert extractive_answer("who chairs a strategy discussion", [duties], index).text.startswith(
        "The discussion is convened and chaired")


def test_asked_which_days_an_answer_naming_none_is_a_near_miss() -> None:
    from bot.answer import extractive_answer

    line = _p(0, "A consultation may be requested with an advanced practitioner through the Consultation Line.",
              "Consultation Line")
    days = _p(1, "The Consultation Line is open on Monday, Wednesday and Friday mornings.", "Consultation Line")
    index = BM25Index([line, days, *PASSAGES])
    assert extractive_answer("which days can you get through to the consultation line", [line], index).status \
        == "not_found"
    assert "Monday, Wednesday and Friday" in extractive_answer("which days is the consultation line open",
                                                               [line, days], index).text


def test_a_list_number_is_no_count_and_what_day_no_timescale() -> None:
    """"4. Do not close a plan ..." counts nothing; "what day does MARAC meet" asks for a weekday, so a
    deadline ("by noon on Wednesday") earns no timescale bonus over the meeting's day."""
    from index.scoring import COUNT, TIMESCALE, WEEKDAY, asked, gives

    assert COUNT not in gives("4. Do not close an early help plan because the family stop engaging.")
    assert COUNT in gives("4. Five early help plans were opened.")
    assert TIMESCALE not in asked("marac - what day does it meet") and WEEKDAY in asked("what day does it meet")
    assert TIMESCALE in asked("within how many days")


def test_a_childs_age_describes_the_child() -> None:
    """"Does a 16yo have to agree": the age is the child the procedure speaks of ("the consent of the child"),
    which no document writes as "16yo"."""
    from bot.answer import extractive_answer

    nrm = _p(0, "The consent of the child is not required for an NRM referral.", "The National Referral Mechanism")
    index = BM25Index([nrm, *PASSAGES])
    assert "not required" in extractive_answer("does a 16yo have to agree to an nrm referral", [nrm], index).text


def test_when_did_asks_for_a_date() -> None:
    """"When did they stop accepting the old MARF" is answered by the date the form was replaced, not by the
    sentence saying the old form is no longer accepted."""
    from bot.answer import extractive_answer
    from index.scoring import DATE, asked, gives

    form = _p(0, "The Inter-Agency Referral Form replaced the former Multi-Agency Referral Form on 1 April 2026. "
                 "Copies of the old form are no longer accepted.", "Making a referral")
    index = BM25Index([form, *PASSAGES])
    assert "1 April 2026" in extractive_answer("when did anyshire stop accepting the old MARF", [form], index).text
    assert DATE in asked("when was the new form introduced") and DATE in gives("from 1 April 2026")
    assert DATE not in asked("when should I refer") and DATE not in gives("within 2 working days")


def test_how_far_in_advance_asks_for_a_timescale_and_to_happen_is_to_take_place() -> None:
    """"How far in advance must parents tell us" is answered by "at least 6 weeks before"; "how quickly must
    a strategy discussion happen" by "it should take place within 1 working day"."""
    from bot.answer import extractive_answer
    from index.scoring import TIMESCALE
    from index.scoring import asked as asked_for

    pf = _p(0, "A private fostering arrangement is one in which a child under 16 is cared for by someone who is not "
               "a close relative for 28 days or more. Parents must notify the local authority at least 6 weeks before "
               "the arrangement begins.", "Private fostering")
    strat = _p(1, "The chair records the decisions on the Strategy Discussion Record within 2 working days.\n"
                  "The strategy discussion is convened by a team manager. It should take place within 1 working day "
                  "of the decision that one is required.", "Strategy discussions")
    index = BM25Index([pf, strat, *PASSAGES])
    asked = "how far in advance do parents have to tell the council about a private fostering arrangement"
    assert extractive_answer(asked, [pf], index).text.startswith("Parents must notify")
    assert TIMESCALE in asked_for(asked) and TIMESCALE in asked_for("how much notice do they need to give")
    text = extractive_answer("how quickly must a strat discussion happen", [strat], index).text
    assert text.startswith("It should take place within 1 working day")


def test_when_is_an_event_asks_for_its_date() -> None:
    """"When's the LADO briefing" is answered by the dated entry, not the sentence naming the briefing's month."""
    from bot.answer import extractive_answer
    from index.scoring import DATE, asked

    news = _p(0, "The new Senior LADO will speak at the LADO briefing for DSLs in January.\n"
                 "Event: LADO briefing for DSLs and managers; Date: 14 January 2027; Venue: online", "Dates")
    index = BM25Index([news, *PASSAGES])
    assert "14 January 2027" in extractive_answer("when's the lado briefing for dsls", [news], index).text
    assert DATE in asked("when is the partnership conference next year") and DATE not in asked("when is a plan needed")


def test_practitioners_shorthand_and_plain_words_reach_the_procedure() -> None:
    """Text-speak ("can u") asks nothing; "2nd phone" is a second phone and "trigger" what a procedure says
    "prompts"; a "12 yo girl ... having sex" is "a child under 13 who is sexually active"."""
    from bot.answer import extractive_answer
    from index.terms import terms

    assert terms("can u get through") == terms("can get through")
    assert frozenset(terms("without delay")) in concepts("email an urgent referral")["urgent"]
    learning = _p(0, "Child J was twice found by the police in towns far away, carrying cash and a phone.\n"
                     "2. A child found out of area with cash or a second phone should prompt a strategy discussion.",
                  "Learning points")
    bands = _p(1, "Band: Band D; Indicative examples: any bruising to a non-mobile baby; a child under 13 who is "
                  "sexually active.", "Bands of need")
    index = BM25Index([learning, bands, *PASSAGES])
    asked = "kid found miles away with cash and a 2nd phone, what should that trigger?"
    assert "prompt a strategy discussion" in extractive_answer(asked, [learning], index).text
    assert "Band D" in extractive_answer("12 yo girl told me she's having sex with her boyfriend - what band", [bands],
                                         index).text


def test_on_their_own_is_alone_and_a_teenager_a_young_person() -> None:
    """"Does the social worker see the child on their own" is answered by "the child is seen alone"; "can a
    teenager consent to an EHA themselves" by "young people ... can give their own consent"; "what age is FGM
    usually done" by "the age of 15", an age."""
    from bot.answer import extractive_answer
    from index.scoring import AGE, gives

    pf = _p(0, "A social worker will visit the child and the carer within 7 working days of the notification. "
               "The child is always seen alone at the first visit.", "Private fostering: the assessment")
    eha = _p(1, "Before starting an EHA, the practitioner must get the family's consent to share information. "
                "Young people who are old enough to understand can give their own consent.", "Early help: consent")
    index = BM25Index([pf, eha, *PASSAGES])
    assert "seen alone" in extractive_answer("does the PF social worker see the child on their own", [pf], index).text
    text = extractive_answer("can a teenager consent to an EHA themselves", [eha], index).text
    assert text.startswith("Young people")
    assert AGE in gives("It is most often carried out between infancy and the age of 15.")


def test_the_word_limit_counts_the_citation_markers_shown() -> None:
    """An answer of at most N words means as shown, "[1]" after each sentence included."""
    from bot.answer import extractive_answer

    lado = _p(0, "Ring the LADO on 01632 960150 within one working day of an allegation. "
                 "Email the LADO at lado@anyshire.example.org within one working day too.", "Contacting the LADO")
    index = BM25Index([lado, *PASSAGES])
    for limit in (12, 20, 24, 30):
        text = extractive_answer("how do i contact the lado about an allegation", [lado], index, max_words=limit).text
        assert len(text.split()) <= limit


def test_words_no_document_uses_are_what_the_documents_cannot_answer() -> None:
    """"Guest wifi password at the civic centre": a training venue covers "civic centre", but "guest" and
    "password" are in no document (nor a typo of one), so the question is not answered with the venue."""
    from bot.answer import extractive_answer

    venue = _p(0, "Course: Identifying hidden young carers; Date: 8 October 2026; Venue: Anyshire Civic Centre",
               "Training dates")
    other = [_p(10 + i, f"Course {i}: Working with families; Venue: Anyshire Family Centre; Date: {i} May 2026",
                "Training dates") for i in range(1, 31)]
    index = BM25Index([venue, *other, *PASSAGES])
    assert extractive_answer("guest wifi password at anyshire civic centre", [venue], index).status == "not_found"
    assert "8 October 2026" in extractive_answer("when is the young carers course at the civic centre", [venue],
                                                 index).text


def test_a_word_two_letters_longer_is_no_typo() -> None:
    """"Honour based abuse" is not a misspelt "hour based abuse": answered as that, a corpus with no chapter
    on it gave an extremism sentence. A typo of a letter or two still finds its word."""
    from bot.answer import extractive_answer
    from index.terms import terms

    hours = _p(0, "The designated duty team works out of hours. Abuse in the home is based on power and control.",
               "Hours")
    index = BM25Index([hours, *PASSAGES])
    assert index.correct("honour") == "honour"
    assert index.correct(terms("desginated")[0]) == terms("designated")[0]  # a typo still finds its word
    assert extractive_answer("what's the procedure for honour based abuse", [hours], index).status == "not_found"


def test_a_misspelling_is_matched_to_the_word_not_its_stem() -> None:
    """"The intial evaluation" is the initial evaluation: stemmed, "initial" is "initi", no nearer "intial"
    than "installed"'s "instal" is, and Larkhaven's question was refused; the whole word is one letter away."""
    from bot.answer import extractive_answer
    from index.terms import terms

    lado = _p(0, "An initial evaluation is completed by the LADO within 3 working days of the referral being "
                 "received.", "Initial evaluation")
    it = _p(1, "Staff who installed the case recording system keep a log.", "Systems")
    index = BM25Index([lado, it, *PASSAGES])
    assert index.correct("intial") == terms("initial")[0]
    answer = extractive_answer("how long does the lado take for the intial evaluation after a refferal", [lado], index)
    assert "3 working days" in answer.text


def test_a_hyphenated_word_typed_as_one_is_found() -> None:
    """Practitioners type "prebirth" for the documents' "pre-birth": the joined word is read as the two
    the documents write, in search and in the answer. A word the documents never hyphenate is not split."""
    from bot.answer import extractive_answer

    prebirth = _p(0, "A pre-birth assessment is started by 20 weeks of pregnancy and completed by 30 weeks.",
                  "The pre-birth assessment")
    index = BM25Index([prebirth, *PASSAGES])
    assert index.parts("prebirth") == ("pre", "birth")
    assert index.parts("password") == ()
    assert [p.passage_id for p, _ in index.search("prebirth assessment", 1)] == ["d:0"]
    assert "30 weeks" in extractive_answer("prebirth assessment by how many weeks?", [prebirth], index).text


def test_a_bulleted_list_answers_whole() -> None:
    """"Does the school get invited to strategy discussions": the list of who must be invited answers only
    if its fourth item, the school, is shown, not just the first two."""
    from bot.answer import extractive_answer

    strat = _p(0, "As a minimum, the following must be invited to take part:\n"
                  "- children's social care (the chair and the allocated social worker);\n"
                  "- the police, normally a detective sergeant;\n"
                  "- health, represented by a named nurse;\n"
                  "- the child's school or nursery, where the child attends one;\n"
                  "- the referring agency.\n"
                  "Strategy discussions are generally held by video call.", "Convening the strategy discussion")
    index = BM25Index([strat, *PASSAGES])
    text = extractive_answer("who must be invited to strategy discussions?", [strat], index).text
    assert text.startswith("As a minimum") and "school or nursery" in text and "referring agency" in text


def test_a_lad_is_a_child_and_pics_are_images() -> None:
    """"Lad being asked for money over pics he sent - should he pay them" is the sextortion advice: "lad" is
    a child or boy, "pics" are images (or imagery), and "should he ..." asks a question, not describes a case."""
    from bot.answer import extractive_answer
    from bot.urgent_topics import asks_a_question

    sextortion = _p(0, "Children, particularly boys aged 14 to 18, are targeted by offenders who trick them into "
                       "sharing images and then demand money. Reassure the child that they are not in trouble, and "
                       "advise them not to pay.", "Financially motivated sexual extortion")
    index = BM25Index([sextortion, *PASSAGES])
    asked = "lad being asked for money over pics he sent - should he pay them"
    assert "not to pay" in extractive_answer(asked, [sextortion], index).text
    assert asks_a_question(asked) and not asks_a_question("a lad in year 9 says he is being asked for money")
    assert asks_a_question("can a court stop a girl being taken abroad for fgm")  # begins as a question does


def test_coming_back_is_returning_and_not_agreeing_is_disagreeing() -> None:
    """Plain phrasing against a procedure's: a child "comes back" (returns), a young person "said no" to or
    "refuses" an interview (declines it), a practitioner "doesn't agree" (disagrees)."""
    from index.terms import terms

    def said_by(asked: str, key: str, written: str) -> bool:
        return frozenset(terms(written)) in concepts(asked)[terms(key)[0]]

    assert said_by("rhi timescale after a kid comes back", "back", "return")
    assert said_by("yp said no to the return interview", "said", "declined")
    assert said_by("young people who refuse their return home interview", "refuse", "decline")
    assert said_by("cads have said NFA and I really dont agree", "agree", "disagrees")


def test_the_list_the_lead_goes_on_to_opens_is_shown_whole() -> None:
    """"Who should be at a strategy discussion": the lead says who chairs it and the next sentence opens the
    list of who takes part, so all five items are the answer. A list opened elsewhere stays a short aside."""
    from bot.answer import extractive_answer

    who = _p(0, "The discussion is convened and chaired by a social care manager. As a minimum it should involve:\n"
                "- the allocated social worker;\n- the police;\n- a named nurse;\n- the referring agency;\n"
                "- the child's school.", "Strategy discussions: who should take part")
    index = BM25Index([who, *PASSAGES])
    text = extractive_answer("who should be at a strategy discussion", [who], index).text
    assert text.startswith("The discussion is convened") and "the referring agency" in text and "school" in text

    chair = _p(1, "A strategy discussion is chaired by a social care manager. It is usually held by video call. "
                  "The chair records the strategy discussion, noting in particular:\n- the decision;\n"
                  "- who attended;\n- the actions agreed;\n- the date of review.", "Strategy discussions: chairing")
    index = BM25Index([chair, *PASSAGES])
    text = extractive_answer("who chairs and records a strategy discussion", [chair], index).text
    assert text.startswith("A strategy discussion is chaired") and "the decision" in text
    assert "the date of review" not in text


def test_a_list_cut_short_says_it_goes_on() -> None:
    """"The tool covers seven domains:" with six shown must not read as the whole list: "…" follows the last
    item shown. A line picked from a contact box opens no list and gets no "…"."""
    from bot.answer import MAX_LIST_ITEMS, extractive_answer

    domains = ["nutrition", "housing", "health", "safety", "warmth", "education", "play"]
    tool = _p(0, "The neglect tool considers the care of the child across seven domains:\n"
                 + "\n".join(f"- {d};" for d in domains), "The neglect tool")
    index = BM25Index([tool, *PASSAGES])
    text = extractive_answer("what domains does the neglect tool cover", [tool], index).text
    shown = [d for d in domains if d in text]
    assert len(shown) == MAX_LIST_ITEMS < len(domains) and text.endswith(f"{shown[-1]}; … [1]")

    box = _p(1, "The MASH can be reached in these ways.\n- Telephone: 01632 960100\n"
                "- Email: mash@anyshire.example.org\n- Post: County Hall", "Contacts")
    index = BM25Index([box, *PASSAGES])
    assert "…" not in extractive_answer("mash telephone number", [box], index).text


def test_a_span_of_years_is_written_one_way_everywhere() -> None:
    """"2023-24", "2023/2024" and "2023 – 24" are one period to every reader of it: the period a question quotes,
    the reporting year that asks for a figure, a year that counts nothing, and the thesaurus's span end."""
    from index.periods import DATE_OR_YEAR, quoted_periods
    from index.scoring import COUNT, FIGURE, asked, gives

    for span in ("2023-24", "2023/2024", "2023 \u2013 24"):
        assert quoted_periods(f"early help figures for {span}") == {"2023", "2024"}
        assert DATE_OR_YEAR.fullmatch(span)
        assert COUNT not in gives(f"The plan ran {span}.")
    assert FIGURE in asked("ifd contacts 2025 - 26")
    assert "2026" in expand("priorities for 2023-26")


def test_a_shortened_weekday_is_the_day() -> None:
    """"Open on a fri" asks about Friday: the Friday line leads, not the Monday-to-Thursday hours."""
    from bot.answer import extractive_answer

    week = _p(0, "The consultation line is open from 9am to 5pm Monday to Thursday.", "Consultation line: hours")
    friday = _p(1, "On Friday the consultation line closes at 4pm, and calls go to the duty team.",
                "Consultation line: Fridays")
    index = BM25Index([week, friday, *PASSAGES])
    for asked in ("is the consultation line open on a fri", "consultation line closing time fri"):
        assert extractive_answer(asked, [week, friday], index).text.startswith("On Friday")


def test_an_inspection_judgement_is_asked_for_and_its_absence_refused() -> None:
    """"What did Ofsted rate children's services" is answered by the judgement ("rated Good"); a sentence that
    only says an inspection took place, or gives the budget, is a near miss and the answer is not_found."""
    from bot.answer import extractive_answer

    rated = _p(0, "Following the Ofsted inspection in March, children's services were rated Good, a step up "
                  "from the previous Requires Improvement.", "Inspection")
    pending = _p(1, "Children's services had an Ofsted inspection in March and the report will be published in May.",
                 "Inspection")
    budget = _p(2, "The children's services budget was funded by three partners in equal shares.", "Budget")
    index = BM25Index([rated, pending, budget, *PASSAGES])
    asked = "what did ofsted rate children's services"
    assert "rated Good" in extractive_answer(asked, [pending, rated, budget], index).text
    assert extractive_answer(asked, [pending, budget], BM25Index([pending, budget, *PASSAGES])).status == "not_found"


def test_when_a_panel_meets_asks_for_its_day_or_frequency() -> None:
    """"When does MARAC meet" is answered by when it meets ("every other Tuesday"), not by a row saying to ring
    the front door immediately about high-risk domestic abuse: without the day or frequency it is a near miss."""
    from bot.answer import extractive_answer

    row = _p(0, "Level: Level 4; Examples: high-risk domestic abuse (MARAC cases); Expected response: telephone "
                "the MASH immediately.", "Levels of need")
    meets = _p(1, "The MARAC meets every other Tuesday to share information on high-risk domestic abuse cases.",
               "MARAC")
    others = [_p(2 + i, f"The {group} should meet within 10 working days.", "Meetings")
              for i, group in enumerate(("core group", "panel", "review group"))]
    index = BM25Index([row, meets, *others, *PASSAGES])
    assert "every other Tuesday" in extractive_answer("when does marac meet", [row, meets], index).text
    index = BM25Index([row, *others, *PASSAGES])
    assert extractive_answer("when does marac meet", [row], index).status == "not_found"


def test_a_word_that_can_be_a_judgement_does_not_answer_for_a_rating() -> None:
    """"Good" is an inspection's judgement only when one is asked for: a user calling an app "a very good app" says
    nothing about its star rating, so the sentence must not count as stating the question's "rating"."""
    from index.scoring import present
    from index.terms import terms

    assert not present("Took away my urges, a very good app.") & set(terms("rate rated rating grade graded"))


def test_each_side_of_a_hyphen_is_read_as_shorthand() -> None:
    """"What time does the front door shut mon-thurs" names Monday and Thursday, and an "ex-partner" is a former
    partner: shorthand joined by a hyphen is still shorthand. A hyphenated key ("non-urgent") still wins."""
    from bot.answer import extractive_answer

    hours = _p(0, "Line: professionals' line; Number: 01632 960214; Staffed: Monday to Thursday, 8.15am to 5.30pm",
               "Front door: lines")
    friday = _p(1, "On Friday the professionals' line closes at 4.30pm.", "Front door: Fridays")
    index = BM25Index([hours, friday, *PASSAGES])
    assert "5.30pm" in extractive_answer("what time does the front door shut mon-thurs", [friday, hours], index).text
    assert frozenset({"former", "partner"}) in concepts("her ex-partner is back")["ex"]
    assert frozenset({"101"}) in concepts("a non-urgent referral")["urgent"]
    assert frozenset({"immedi"}) not in concepts("a non-urgent referral")["urgent"]


def test_plain_words_reach_the_procedures_terms() -> None:
    """A child "being hurt" is harm, the "cut off" for a referral is its deadline, "home ed" is elective home
    education and an "RHD" a return home discussion: each reaches the sentence that answers it."""
    from bot.answer import extractive_answer

    deadline = _p(0, "The referral deadline is 12 noon on the Tuesday before the meeting.", "MARAC: referrals")
    ehe = _p(1, "Never suggest elective home education to a family as a way of avoiding an exclusion.",
             "Elective home education")
    rhd = _p(2, "Waymark Youth Trust carries out return home discussions for children who have been missing.",
             "Missing children")
    passages = [deadline, ehe, rhd]
    index = BM25Index([*passages, *PASSAGES])
    for asked, says in (("cut off for getting a marac referral in", "12 noon"),
                        ("can the head suggest home ed instead of excluding", "Never suggest"),
                        ("which organisation does the RHDs for missing kids", "Waymark")):
        answer = extractive_answer(asked, passages, index)
        assert answer.status == "answered" and says in answer.text, asked
    assert frozenset({"harm"}) in concepts("a child is being hurt at home")["hurt"]


def test_an_instruction_after_its_condition_is_what_to_do() -> None:
    """"If the child is on a plan, hold a meeting" is an instruction, as "Hold a meeting" is: asked what school
    should do, the answer leads with it, not with a nearby "never" that does not fit the case."""
    from bot.answer import extractive_answer
    from index.scoring import ACTION, gives

    guide = _p(0, "- If the child is subject to a child protection plan, or is looked after, hold a meeting with "
                  "the parent and the social worker within 5 school days, before the name is taken off the roll.\n"
                  "- Never suggest elective home education to a parent as a way of avoiding an exclusion.",
               "Elective home education: what schools do")
    index = BM25Index([guide, *PASSAGES])
    asked = "child is on a cp plan and mum wants to deregister to home ed - what should school do?"
    assert extractive_answer(asked, [guide], index).text.startswith("If the child is subject")
    assert ACTION in gives("If you think a child is at risk, ring the front door.")
    assert ACTION not in gives("Where a child is missing, the police will search.")


def test_a_span_of_years_needs_both_its_years() -> None:
    """A count at 31 March 2026 answers "2025-26" but not "2026-27": a question quoting a span asks for that
    span, and the passage must name its end year too (in full or written short)."""
    from bot.answer import extractive_answer

    count = _p(0, "At 31 March 2026, 231 children had a child protection plan, down from 248 in 2024-25.",
               "Child protection plans")
    index = BM25Index([count, *PASSAGES])
    assert extractive_answer("cp plan numbers for 2026-27", [count], index).status == "not_found"
    assert "231" in extractive_answer("cp plan numbers for 2025-26", [count], index).text
    assert "248" in extractive_answer("how many cp plans in 2024-25", [count], index).text


def test_a_hospital_is_not_a_person() -> None:
    """"Who was the independent reviewer" asks for a person: "Fenwarden Royal Infirmary" and "Waymark Youth Trust"
    are places and bodies, so a passage naming only them is a near miss; "- name" after a role asks for one too."""
    from bot.answer import extractive_answer
    from index.scoring import Weights, names_person

    review = _p(0, "The partnership commissioned a review after Child X, a baby aged 7 months, was admitted to "
                   "Fenwarden Royal Infirmary with a fractured thigh bone.", "Learning briefing: Child X")
    index = BM25Index([review, *PASSAGES])
    assert extractive_answer("who was the independent reviewer for the child x review", [review],
                             index).status == "not_found"
    assert not names_person("It is run by Waymark Youth Trust.", index.lower_case_words)
    assert names_person("The review was written by Helen Brackley.", index.lower_case_words)
    assert Weights("who is the partnership manager - name", index).wants_person
    assert Weights("the named nurse at the general hospital, whats her name?", index).wants_person
    lead = _p(1, "In 2025-26 the Lead Safeguarding Partner was the Chief Superintendent for the district.",
              "Governance")
    roles = _p(2, "Each safeguarding partner names a lead; for the police this is a chief superintendent.", "Partners")
    assert extractive_answer("what is the name of the chief superintendent who is lead safeguarding partner",
                             [lead], BM25Index([lead, roles, review, *PASSAGES])).status == "not_found"


def test_a_postcode_or_a_fee_asked_for_must_be_stated() -> None:
    """"Postcode for the unit" is answered by an address with its postcode, and "do we get charged for a medical"
    or "foster carer allowance rates" by a sum or "free": a sentence about the unit or a percentage is a near miss."""
    from bot.answer import extractive_answer
    from index.scoring import POSTCODE, asked

    unit = _p(0, "Child protection medicals are carried out at the Cedar Children's Unit by the on-call "
                 "paediatrician.", "Child protection medicals")
    address = _p(1, "The Cedar Children's Unit is at 4 Mill Road, Fenwarden FW1 2AB.", "Child protection medicals")
    free = _p(2, "There is no charge to the referring agency for a child protection medical.",
              "Child protection medicals")
    cases = _p(3, "Against the local standard of 60 percent, 54 percent of foster care cases were concluded "
                  "within 6 weeks.", "Allegations: timeliness")
    index = BM25Index([unit, address, free, cases, *PASSAGES])
    postcode = "postcode for the cedar children's unit"
    assert extractive_answer(postcode, [unit], index).status == "not_found"
    assert "FW1 2AB" in extractive_answer(postcode, [unit, address], index).text
    assert POSTCODE not in asked("I teach a boy (postcode FW1 2AB). What is the LADO number?")  # given, not asked
    charged = "does the referring agency get charged for a cp medical"
    assert extractive_answer(charged, [unit], index).status == "not_found"
    assert "no charge" in extractive_answer(charged, [unit, free], index).text
    assert extractive_answer("foster care weekly allowance rates", [cases], index).status == "not_found"


def test_escalation_is_what_some_areas_call_professional_challenge() -> None:
    """"How many stages does the escalation process have" is answered by a chapter called "Professional
    challenge" ("There are four stages."); to "put it back" is to postpone, to refer "without giving my name"
    is to refer anonymously."""
    from bot.answer import extractive_answer
    from index.terms import terms

    stages = _p(0, "There are four stages.", "Professional challenge")
    index = BM25Index([stages, *PASSAGES])
    assert "four stages" in extractive_answer("how many stages does the escalation process have", [stages],
                                              index).text
    assert frozenset(terms("postpone")) in concepts("should we put it back til tomorrow")["back"]
    assert frozenset(terms("anonymously")) in concepts("can i refer without giving my name")["name"]


def test_an_age_band_says_how_old_not_how_many() -> None:
    """"How many IDVAs work at Safe Voices" is not answered by "a worker for ages 5 to 18": a band of ages is no
    count, so the reply is not_found; "There are 4 IDVAs" answers it."""
    from bot.answer import extractive_answer
    from index.scoring import COUNT, gives

    ages = _p(0, "Safe Voices is the local IDVA service. It has a children's worker for ages 5 to 18.",
              "Domestic abuse: Safe Voices")
    staff = _p(1, "Safe Voices has 4 IDVAs.", "Domestic abuse: Safe Voices")
    index = BM25Index([ages, staff, *PASSAGES])
    asked = "how many IDVAs work at safe voices"
    assert extractive_answer(asked, [ages], index).status == "not_found"
    assert "4 IDVAs" in extractive_answer(asked, [ages, staff], index).text
    assert COUNT in gives("231 children aged under 5 had a plan")


def test_a_chapter_or_a_number_to_dial_is_no_count() -> None:
    """"How many contacts did the front door get" is not answered by a reference's "chapter 2", nor by "ring 101":
    a label's number and a number to call count nothing, so the reply is not_found."""
    from bot.answer import extractive_answer
    from index.scoring import COUNT, gives

    reference = _p(0, "Front door contacts are screened as set out in Working Together to Safeguard Children 2023, "
                      "chapter 2.", "The front door")
    dial = _p(1, "Out of hours, front door contacts from the public are passed to the police on 101.", "The front door")
    index = BM25Index([reference, dial, *PASSAGES])
    assert extractive_answer("how many contacts did the front door get", [reference, dial], index).status == "not_found"
    assert COUNT not in gives("If in doubt, ring 101 or, in an emergency, 999.")
    assert COUNT in gives("The front door received 4,210 contacts.")


def test_a_role_title_is_not_a_persons_name() -> None:
    """"Name of the head of quality assurance" asks for a person: "the Head of Safeguarding and Quality Assurance"
    is the role again, so a sentence giving only it is a near miss; one naming the holder answers."""
    from bot.answer import extractive_answer
    from index.scoring import names_person

    role = _p(0, "At stage 3, write to the Head of Safeguarding and Quality Assurance within 5 working days.",
              "Escalation")
    holder = _p(1, "The Head of Safeguarding and Quality Assurance is Dr Ama Lindqvist.", "Escalation")
    index = BM25Index([role, holder, *PASSAGES])
    asked = "name of the head of safeguarding and quality assurance"
    assert not names_person(role.text, index.lower_case_words)
    assert extractive_answer(asked, [role], index).status == "not_found"
    assert "Lindqvist" in extractive_answer(asked, [role, holder], index).text


def test_another_numbered_item_does_not_answer() -> None:
    """Asked what episode 3 of a podcast was about, the documents describe only episode 4: that is not the answer.
    Asked about episode 4, it is."""
    from bot.answer import extractive_answer

    episode = _p(0, "Episode 4 of our podcast, Harbour Talk, is about safer sleep for babies.", "News: podcast")
    index = BM25Index([episode, *PASSAGES])
    assert extractive_answer("what was episode 3 of harbour talk about", [episode], index).status == "not_found"
    assert "safer sleep" in extractive_answer("what was episode 4 of harbour talk about", [episode], index).text


def test_a_reporting_year_written_short_is_the_year_in_full() -> None:
    """"25/26" is how practitioners write the reporting year documents call "2025-26"; "16/17 year olds" are ages."""
    from bot.answer import extractive_answer

    reviews = _p(0, "The partnership held 3 rapid reviews in 2025-26, and 5 in 2024-25.", "Annual report: reviews")
    index = BM25Index([reviews, *PASSAGES])
    assert "3 rapid reviews" in extractive_answer("how many rapid reviews did they hold in 25/26", [reviews],
                                                  index).text
    assert frozenset(["2024"]) in concepts("rapid reviews 24-25")["24"]
    assert all(frozenset(["2016"]) not in ways for ways in concepts("support for 16/17 year olds").values())


def test_a_misspelt_asking_word_still_asks() -> None:
    """"Whats the emial for the lado" asks for an email address, so a sentence giving only the phone number is a
    near miss; a word the documents use ("addressed") or one starting with another letter ("thurs") is not a typo."""
    from bot.answer import extractive_answer
    from index.scoring import Weights, as_asked

    phone = _p(0, "The LADO can be reached on 01632 960111.")
    email = _p(1, "Email referrals to the LADO at lado@harbourside.example.org.")
    index = BM25Index([phone, email, *PASSAGES])
    asked = "whats the emial for the lado"
    assert Weights(asked, index).wants_email
    assert extractive_answer(asked, [phone], index).status == "not_found"
    assert "lado@harbourside.example.org" in extractive_answer(asked, [phone, email], index).text
    # "emial" is as near "femal" (female's stem) as "email": read as the asking word, it is matched as one too.
    fgm = _p(3, "Female genital mutilation is a crime.", "FGM")
    index = BM25Index([fgm, phone, email, *PASSAGES])
    assert "lado@harbourside.example.org" in extractive_answer(asked, [phone, email], index).text
    for typed in ("concerns addressed by mon-thurs", "cp plan numbers"):
        assert as_asked(typed, frozenset({"addressed"})) == typed


def test_to_email_a_referral_asks_no_address() -> None:
    """"If I email a referral at 7pm, when is it read" asks when, not for an email address: the sentence on when
    the inbox is read answers it, though it gives no address. "What email do I use" asks for one."""
    from bot.answer import extractive_answer
    from index.scoring import Weights

    inbox = _p(0, "The secure inbox is read only while the front door is open, so a referral emailed after 6pm "
                  "is read the next working day.", "The front door")
    index = BM25Index([inbox, *PASSAGES])
    asked = "if i email a referral in at 7pm when does someone actually read it"
    assert not Weights(asked, index).wants_contact_value
    assert "next working day" in extractive_answer(asked, [inbox], index).text
    assert Weights("what email do i use for the front door", index).wants_contact_value


def test_text_speak_and_acronym_plurals_are_the_documents_words() -> None:
    """"Where r the family hubs" asks where they are ("r" is no topic), but "Baby R" is a case's name; "DSLs",
    "GPs" and "HVs" are the DSL, the GP and the HV (the stemmer stops at a vowel these have none of)."""
    from bot.answer import extractive_answer
    from index.terms import terms

    assert terms("where r the family hubs") == terms("where are the family hubs")
    assert "r" in terms("baby r - what did the review find")
    assert terms("DSLs, GPs and HVs") == terms("DSL, GP and HV") and terms("the CPS") != terms("the CP")
    hubs = _p(0, "Family hubs are open in Thornby, Kettlebeck and Marram Street.", "Early help: family hubs")
    briefing = _p(1, "The LADO briefing for DSL colleagues is held at the Guildhall on 4 June.", "Training")
    index = BM25Index([hubs, briefing, *PASSAGES])
    assert "Thornby" in extractive_answer("where r the family hubs", [hubs], index).text
    assert "Guildhall" in extractive_answer("where is the lado briefing for DSLs being held", [briefing], index).text


def test_what_time_of_year_asks_a_season_not_a_clock_time() -> None:
    """"What time of year is highest risk" is answered by "the summer holiday", which states no time of day;
    "what time does it open" still needs one."""
    from bot.answer import extractive_answer

    risk = _p(0, "The long summer holiday is the period of highest risk for girls being taken abroad for FGM.", "FGM")
    index = BM25Index([risk, *PASSAGES])
    assert "summer holiday" in extractive_answer("what time of year is highest risk for FGM?", [risk], index).text
    assert extractive_answer("what time does the fgm clinic open", [risk], index).status == "not_found"


def test_a_saturday_night_and_a_son_are_out_of_hours_and_a_child() -> None:
    """"Need social care on a sat night, what number" is answered by the out-of-hours line, and "their son" is
    the child a sentence about reporting a missing child is about."""
    from bot.answer import extractive_answer

    edt = _p(0, "Out of hours, call the Emergency Duty Team on 01632 960454.", "Children's social care")
    missing = _p(1, "Parents should report a missing child to the police on 101, or on 999 if the child is in "
                    "danger.", "Missing children")
    index = BM25Index([edt, missing, *PASSAGES])
    assert "960454" in extractive_answer("need social care on a sat night, what number", [edt], index).text
    asked = "parent wants to report their son missing, he's probably at his mates - which number should they ring"
    assert "101" in extractive_answer(asked, [missing], index).text


def test_a_name_in_the_next_sentence_is_not_the_name_asked_for() -> None:
    """"Who is the director of children's services - name please": the sentence naming the Director's role gives no
    name, and the next one names the business manager; that is not the Director's name. Named, it answers."""
    from bot.answer import extractive_answer

    unnamed = _p(0, "The Director of Children's Services is the council's lead safeguarding partner. The business unit "
                    "is led by Rhys Holroyd-Penn, the partnership's business manager.", "Governance")
    named = _p(1, "The Director of Children's Services, Amara Quill, is the council's lead safeguarding partner.",
               "Governance")
    index = BM25Index([unnamed, named, *PASSAGES])
    asked = "who is the director of children's services - name please"
    assert extractive_answer(asked, [unnamed], index).status == "not_found"
    assert "Amara Quill" in extractive_answer(asked, [named], index).text
    assert extractive_answer("who is the head of the virtual school", [unnamed], index).status == "not_found"


def test_asked_what_date_a_day_of_a_month_answers() -> None:
    """"What date is the next executive meeting" is not answered by a sentence about the executive that gives only a
    reporting year; the sentence giving the day is. A child's "date of birth" asks for no date."""
    from bot.answer import extractive_answer
    from index.scoring import Weights

    priorities = _p(0, "The executive agreed the partnership's priorities for 2026-27 at its last meeting.", "News")
    dated = _p(1, "The next executive meeting is on 14 January 2027.", "News")
    index = BM25Index([priorities, dated, *PASSAGES])
    asked = "what date is the next executive meeting"
    assert extractive_answer(asked, [priorities], index).status == "not_found"
    assert "14 January" in extractive_answer(asked, [priorities, dated], index).text
    assert not Weights("referral form without the child's date of birth", index).strict


def test_a_count_at_31_march_is_that_reporting_years_figure() -> None:
    """At 31 March 2024 is the end of 2023-24: figures for 2024-25 and 2025-26 do not say it, though they name
    2024. A figure for 2023-24 does, and so does one dated 31 March 2024."""
    from bot.answer import extractive_answer

    later = _p(0, "Measure: Children with a child protection plan at 31 March; 2024-25: 241; 2025-26: 229", "Figures")
    earlier = _p(1, "Measure: Children with a child protection plan at 31 March; 2023-24: 263; 2024-25: 241", "Figures")
    dated = _p(2, "At 31 March 2024, 263 children had a child protection plan.", "Figures")
    index = BM25Index([later, earlier, dated, *PASSAGES])
    asked = "how many children were on a cp plan at 31 march 2024"
    assert extractive_answer(asked, [later], index).status == "not_found"
    assert "263" in extractive_answer(asked, [earlier], index).text
    assert "263" in extractive_answer(asked, [dated], index).text
    # another year's figures ranked first are passed over, not a reason to refuse
    assert "263" in extractive_answer(asked, [later, earlier], index).text
    assert "229" in extractive_answer("children on cp plans at end of march 2026", [later], index).text


def test_siblings_a_budget_and_a_school_taxi_are_the_documents_words() -> None:
    """Practitioners ask about "siblings", "the budget" and "a school taxi"; documents write "brothers or sisters",
    "contributions" and "home to school transport"."""
    from bot.answer import extractive_answer

    siblings = _p(0, "When a baby has an unexplained bruise, any brothers or sisters under 2 are checked too.",
                  "Bruising in non-mobile babies: other children")
    funding = _p(1, "Partner: Total; Contribution: 520,000 pounds; Share: 100%", "Partner contributions 2025-26")
    transport = _p(2, "The LADO also covers drivers and escorts on council-contracted home to school transport.",
                   "Who the LADO procedure covers")
    index = BM25Index([siblings, funding, transport, *PASSAGES])
    assert "under 2" in extractive_answer("do siblings get checked too when a baby has unexplained bruising",
                                          [siblings], index).text
    assert "520,000" in extractive_answer("partnership total budget 2025-26", [funding], index).text
    assert "escorts" in extractive_answer("do we refer to the LADO if its a passenger escort on a school taxi",
                                          [transport], index).text


def test_asked_where_to_send_something_the_address_answers() -> None:
    """"Email to send stuff to the designated officer": "send" says where it goes, not what the question is about,
    so the LADO's address answers; it does not make a sentence giving a phone number about sending a form."""
    from bot.answer import extractive_answer
    from index.scoring import Weights, answer_type_terms

    lado = _p(0, "The LADO service can be reached on 01632 960461 or at lado@harbourside.example.org.")
    index = BM25Index([lado, *PASSAGES])
    assert "lado@harbourside.example.org" in extractive_answer(
        "email to send stuff to the designated officer for allegations?", [lado], index).text
    assert not {"send"} & answer_type_terms("Telephone the front door on 01632 960300.")
    assert Weights("how long have i got to send the form", index).subject_coverage(frozenset({"form"})) < 1


def test_what_is_sent_is_not_what_a_contact_question_is_about() -> None:
    """"Is there an email I can send the referral to": a contacts table names the service, not the referral."""
    from dataclasses import replace

    from bot.answer import extractive_answer

    row = _p(0, "Service: Local Authority Designated Officer (LADO); Telephone: 01632 960450; "
                "Email: lado@anyshire.example.org", "Main contacts")
    others = [replace(_p(i, text, "Other chapters"), title="Anyshire procedures") for i, text in enumerate([
        "Referrals to children's social care are made on the referral form.",
        "A referral to CAMHS goes to the single point of access.", "Early help is voluntary.",
        "Send the plan to the family.", "Schools send the register each term.", "Send minutes within 15 working days.",
        "Neglect was the most common category of plan.", "Send the completed form by secure post."], start=5)]
    index = BM25Index([row, *others])
    answer = extractive_answer("lado - is there an email i can send the referral to", [row], index,
                               scope_label="Anyshire")
    assert "lado@anyshire.example.org" in answer.text


def test_a_partnerships_initials_are_its_name() -> None:
    """"ascp: ..." is Anyshire Safeguarding Children Partnership: its passages are about it, as under its name."""
    from bot.answer import extractive_answer
    from index.scoring import partnership_initials

    assert partnership_initials("Anyshire") == {"ascp", "ascb"}
    assert partnership_initials("Derby and Derbyshire") == {"ddscp", "ddscb"}
    assert partnership_initials("National") == frozenset()  # "nscp" is an area's, such as Northfold's
    cme = _p(0, "The Children Missing Education Officer can be reached on 01632 960468.", "Children missing education")
    index = BM25Index([cme, *PASSAGES])
    answer = extractive_answer("ascp cme number?", [cme], index, scope_label="Anyshire")
    assert "01632 960468" in answer.text


def test_the_front_door_is_not_any_referral() -> None:
    """Another service's referral line is not the front door's number."""
    from bot.answer import extractive_answer

    camhs = _p(0, "Routine referrals to CAMHS go to the Single Point of Access on 01632 960471.", "Mental health")
    door = _p(1, "Service: First Response Hub (the front door to children's social care); Telephone: 01632 960460",
              "Main contacts")
    index = BM25Index([camhs, door, *PASSAGES])
    assert "960460" in extractive_answer("front door number for referrals?", [camhs, door], index).text.split("[1]")[0]


def test_documents_short_forms_and_plain_words_answer() -> None:
    """Chapters shorten the ICPC to "the initial conference", state "12 noon" for lunchtime, "intervals" for a
    gap and an age gap as how many years older: each covers, and answers, the practitioner's words."""
    from bot.answer import extractive_answer
    from index.scoring import Weights, present

    reviews = _p(3, "Later reviews are held at intervals of no more than 6 months.", "Review conferences")
    hsb = _p(4, "Be concerned where one child is 3 or more years older than the other.", "Harmful sexual behaviour")
    index = BM25Index([reviews, hsb, *PASSAGES])
    icpc = Weights("first core group how soon after icpc", index)
    assert icpc.covers("icpc", present("The first core group is held within 10 working days of the initial "
                                       "conference."))
    lunch = Weights("advice line - can i ring at lunchtime?", index)
    assert lunch.covers("lunchtim", present("Hours: 10am to 12 noon and 2pm to 4pm"))
    assert "6 months" in extractive_answer("gap between review conferences", [reviews], index).text
    assert "3 or more years" in extractive_answer("what age gap makes sexual behaviour a concern", [hsb], index).text


def test_the_thing_a_question_asks_for_must_be_named_by_the_answer() -> None:
    """"Is there parking at the Civic Centre for conferences" is not answered by where conferences are held, nor
    "what's the salary for a LADO" by what the LADO does: the thing asked for, named before what it is about, is
    missing. Where the answer names it, or a word for it ("transport": a minibus), it answers."""
    from bot.answer import extractive_answer

    venue = _p(0, "Conferences are held at the Civic Centre, and anyone invited can choose to join online.",
               "Child protection conferences")
    hub = _p(1, "A minibus runs to the Moorside family hub on hub days for families without a car.", "Family hubs")
    line = _p(2, "A separate consultation line for schools is open on weekday mornings.", "Contacts")
    index = BM25Index([venue, hub, line, *PASSAGES])
    assert extractive_answer("is there parking at the civic centre for conferences", [venue], index).status \
        == "not_found"
    assert extractive_answer("whats the salary for a lado", PASSAGES, index).status == "not_found"
    assert extractive_answer("can i bring my dog to conferences at the civic centre", [venue], index).status \
        == "not_found"
    assert extractive_answer("where are conferences held", [venue], index).status == "answered"
    assert extractive_answer("is there transport to the moorside family hub", [hub], index).status == "answered"
    assert extractive_answer("is there a separate consultation line for schools", [line], index).status \
        == "answered"


def test_police_callouts_are_the_incidents_the_documents_count() -> None:
    """Practitioners count police "callouts" or "call outs"; the chapters count incidents the police attended."""
    from bot.answer import extractive_answer

    marac = _p(0, "A case is referred to the MARAC where the police have attended 3 or more incidents in 12 months.",
               "Domestic abuse: MARAC")
    index = BM25Index([marac, *PASSAGES])
    for asked in ("how many police callouts before its a marac case", "how many call outs before marac"):
        assert "3 or more incidents" in extractive_answer(asked, [marac], index).text, asked


def test_practitioners_words_for_what_the_chapters_say() -> None:
    """A tool is "redone", not "repeated"; a DASH has "ticks", not questions "answered yes"; a head hears a
    "complaint against a TA", not an allegation against staff; a car reg is "passed on", not shared; missing
    children "turn up" where they are found; a dad "comes to" the conference he is invited to."""
    from bot.answer import extractive_answer

    said = {
        "when do you redo the neglect tool": "The neglect tool is repeated after 10 weeks so that progress can be "
                                             "measured.",
        "how many ticks on the dash for marac": "A case goes to MARAC where 14 or more questions are answered yes.",
        "complaint against a ta - by when must the lado hear": "Tell the LADO within 1 working day of an allegation "
                                                               "against a member of staff.",
        "how do i pass on a car reg": "Share intelligence, such as car registrations, using the police "
                                      "intelligence form.",
        "where do missing kids tend to turn up": "Missing children have been found at the bus station and the "
                                                  "riverside.",
        "can the welfare office come to the icpc": "The welfare office is invited to the initial child protection "
                                                   "conference only with the parents' consent.",
    }
    passages = [_p(i, text, "Practice guidance") for i, text in enumerate(said.values())]
    index = BM25Index([*passages, *PASSAGES])
    for (asked, text), passage in zip(said.items(), passages):
        assert extractive_answer(asked, [passage], index).text.startswith(text), asked


def test_what_hours_asks_for_opening_hours_and_a_process_starts_at_an_age() -> None:
    """"What hours does the LADO work" is not a timescale question: rows saying "within 1 working day" are no
    answer, the LADO's office hours are. "When does transition planning start" asks when a process starts, and an
    age answers it as a time of day would answer "when does the helpline open"."""
    from bot.answer import extractive_answer

    rows = [_p(i, f"Step: {step}; Who: The employer; Timescale: Within {n} working days of the allegation",
               "LADO timescales") for i, (step, n) in enumerate([("Tell the LADO", 1), ("Send the form", 2)])]
    hours = _p(5, "The LADO works Monday to Friday, 9am to 5pm, on 01632 960150.", "Contacting the LADO")
    adult = _p(6, "Planning for a young person's move to adult services is to start no later than the age of 17.",
               "Exploitation: turning 18")
    index = BM25Index([*rows, hours, adult, *PASSAGES])
    from index.scoring import CLOCK, TIMESCALE, asked

    assert TIMESCALE not in asked("what hours does the lado work") and CLOCK in asked("what hours does the lado work")
    assert TIMESCALE in asked("how many hours do i have to tell the lado")
    assert "9am to 5pm" in extractive_answer("what hours does the lado work", [*rows, hours], index).text
    assert "age of 17" in extractive_answer("young person turning 18, when does transition planning start", [adult],
                                            index).text


def test_a_documents_own_question_brings_its_answer() -> None:
    """Chapters answer common questions in their own words ("Can a teaching assistant attend instead of the DSL?").
    The question matches the practitioner's best but states nothing: the answer after it must come with it."""
    from bot.answer import extractive_answer

    faq = _p(0, "Conferences are held at the Civic Centre. Can a teaching assistant attend instead of the DSL? Yes, if "
                "they know the child well, but the DSL remains responsible for the school's report.",
             "Child protection conferences: questions")
    marks = _p(1, "Q: The mark is tiny and has almost faded. Does the protocol apply? A: Yes. The size of a bruise "
                  "does not tell you how it was caused.", "Bruising protocol: questions")
    index = BM25Index([faq, marks, *PASSAGES])
    answer = extractive_answer("can a teaching assistant attend conference instead of the dsl", [faq], index).text
    assert "the DSL remains responsible" in answer
    assert "how it was caused" in extractive_answer("the mark has almost faded - does the protocol apply", [marks],
                                                    index).text


def test_a_cost_is_a_sum_and_a_frequency_can_be_every_episode() -> None:
    """"How much does a return interview cost" is not answered by a percentage of interviews; "how often is the
    plan reviewed" is answered by "after every missing episode"; "weekly or fortnightly" asks how often."""
    from bot.answer import extractive_answer
    from index.scoring import FREQUENCY, MONEY, asked, gives

    target = _p(0, "Increase the proportion of return interviews offered within 48 hours to 95 percent.", "Priorities")
    plan = _p(1, "The missing plan is reviewed after every missing episode.", "Missing plans")
    share = _p(2, "The council put in 197,600 pounds and the police 64,000 pounds.", "Budget")
    index = BM25Index([target, plan, share, *PASSAGES])
    assert extractive_answer("how much does a return interview cost the school", [target], index).status == \
        "not_found"
    assert "after every missing episode" in extractive_answer("how often is a missing plan reviewed", [plan],
                                                              index).text
    assert MONEY in asked("how much does the council put in to the partnership")
    assert "197,600" in extractive_answer("how much does the council put in to the partnership", [share], index).text
    assert FREQUENCY in asked("marac - weekly or fortnightly here?")
    assert FREQUENCY in gives("MARAC meets every other Thursday.")
    assert FREQUENCY not in gives("The level of risk decides what happens at each level.")


def test_a_services_hours_asked_bare_ask_for_its_opening_hours() -> None:
    """"Early help advice line hours" asks when the line is open: a sentence that names the line and a 5-day
    timescale is no answer, the line's hours are. "Within 24 hours" and "out of hours" ask nothing of the kind."""
    from bot.answer import extractive_answer
    from index.scoring import HOURS, asked

    named = _p(0, "Every plan is registered with the Early Help Advice Line within 5 working days.", "Early help")
    hours = _p(1, "The Early Help Advice Line is open Monday to Friday, 9am to 4.30pm.", "Early help")
    index = BM25Index([named, hours, *PASSAGES])
    assert extractive_answer("early help advice line hours", [named], index).status == "not_found"
    assert "9am to 4.30pm" in extractive_answer("early help advice line hours", [named, hours], index).text
    assert HOURS in asked("is the exploitation team open on a sunday")
    assert HOURS in asked("consultation line - hours?")
    assert HOURS not in asked("do i have to refer within 24 hours") + asked("who do i ring out of hours")


def test_police_and_social_work_shorthand() -> None:
    """"PPU" is the police Public Protection Unit; the "emergency social worker" is the emergency duty team."""
    assert "public protection unit" in expand("ppu number")
    assert "emergency duty team" in expand("weekend emergency social worker number")


def test_asked_for_a_percentage_a_timescale_is_a_near_miss() -> None:
    """"ICPCs held in timescale %" wants the figure: the rule that conferences are held within 15 working days
    does not answer it, the annual report's percentage does."""
    from bot.answer import extractive_answer

    rule = _p(0, "An initial child protection conference is held within 15 working days of the strategy discussion.",
              "Conferences")
    figure = _p(1, "85% of initial child protection conferences were held within timescale in 2025-26.",
                "Annual report: conferences")
    index = BM25Index([rule, figure, *PASSAGES])
    assert extractive_answer("icpcs held in timescale %", [rule], index).status == "not_found"
    assert "85%" in extractive_answer("icpcs held in timescale %", [rule, figure], index).text


def test_a_share_asked_about_is_placed_in_the_band_that_holds_it() -> None:
    """"Attendance 87 percent, what level": the row for attendance below 90 percent answers, not the rows for 95
    percent or more and for 90 to 94 percent, though those match the question's words as well."""
    from bot.answer import extractive_answer

    rows = [_p(i, f"Level: Level {n}; Examples: {example}; What to do: {todo}", "Levels of need")
            for i, (n, example, todo) in enumerate([(1, "Attends school 95 percent of the time or more", "Carry on with universal services"),
                          (2, "School attendance between 90 and 94 percent", "Talk to the school nurse"),
                          (3, "Attendance below 90 percent", "Start an early help plan")])]
    index = BM25Index([*rows, *PASSAGES])
    assert extractive_answer("attendance 87 percent threshold level", rows, index).text.startswith("Level: Level 3")
    assert extractive_answer("year 7 on 92% attendance what level is that", rows, index).text.startswith(
        "Level: Level 2")


def test_a_numbered_paragraphs_clause_number_is_not_a_count() -> None:
    """"3.3 The police tell CARD ..." numbers a paragraph: asked how many children were searched, that paragraph
    is a near miss, while a sentence giving the figure answers."""
    from bot.answer import extractive_answer

    cu = _chapter("cu", "Children in police custody", "Eastmarsh")
    clause = cu(0, "3.3 The police tell the front door within 24 hours whenever a child in custody has been strip "
                   "searched.", "3. In custody")
    others = [cu(1 + i, f"The {name} keeps records of its work.", name) for i, name in
              enumerate(["audit group", "training group", "schools forum"])]
    question = "how many children were strip searched in custody last year"
    miss = extractive_answer(question, [clause], BM25Index([clause, *others]), scope_label="Eastmarsh")
    assert miss.status == "not_found", miss.text
    figure = cu(5, "In 2025-26, 14 children in custody were strip searched.", "Figures")
    found = extractive_answer(question, [figure, clause], BM25Index([clause, figure, *others]),
                              scope_label="Eastmarsh")
    assert found.status == "answered" and "14 children" in found.text


@pytest.mark.parametrize("text", [
    "A social worker from the council is based at the prison three days a week.",
    "Service children may move school every 2 or 3 years.",
])
def test_so_many_days_a_week_and_every_few_years_say_how_often(text: str) -> None:
    """"Three days a week" and "every 2 or 3 years" answer "how often" as "weekly" does."""
    from bot.answer import extractive_answer

    ch = _chapter("sf", "Service families and custody", "Eastmarsh")
    passage = ch(0, text, "Who is there")
    others = [ch(1 + i, f"The {name} keeps records of its work.", name) for i, name in
              enumerate(["audit group", "training group", "schools forum"])]
    question = ("how often is a social worker at the prison" if "prison" in text
                else "how often do service children move school")
    answer = extractive_answer(question, [passage], BM25Index([passage, *others]), scope_label="Eastmarsh")
    assert answer.status == "answered" and answer.text.startswith(text), answer.text


def test_a_services_office_hours_address_or_next_date_must_be_stated() -> None:
    """"Private fostering team office hours" is not answered by how soon the team visits, "refuge address" by how many
    rooms it has, nor "when does the next group start" or "the fund's closing date" by how long the group runs or
    what the fund pays: each is a near miss, and the sentence giving the hours, the street or the date answers."""
    from bot.answer import extractive_answer
    from index.scoring import HOURS, asked

    visits = _p(0, "A social worker from the Private Fostering Team visits within 7 working days.", "Private fostering")
    hours = _p(1, "The Private Fostering Team is open Monday to Friday, 9am to 5pm.", "Private fostering")
    rooms = _p(2, "The Rowanlea refuge has 6 family rooms.", "Refuges")
    street = _p(3, "The Rowanlea refuge office is at Tanner Street, behind the library.", "Refuges")
    group = _p(4, "The Rainbow Group runs once a week for 10 weeks for children aged 5 to 11.", "Groups")
    dated = _p(5, "The next Rainbow Group starts on 12 January 2027.", "Groups")
    fund = _p(6, "Families can apply to the Warm Homes Fund for a grant of up to 350 pounds.", "Grants")
    index = BM25Index([visits, hours, rooms, street, group, dated, fund, *PASSAGES])
    for question, near, answer, fact in (("private fostering team office hours", visits, hours, "9am to 5pm"),
                                         ("rowanlea refuge address", rooms, street, "Tanner Street"),
                                         ("when does the next rainbow group start", group, dated, "12 January")):
        assert extractive_answer(question, [near], index).status == "not_found", question
        assert fact in extractive_answer(question, [near, answer], index).text, question
    assert extractive_answer("warm homes fund closing date", [fund], index).status == "not_found"
    assert HOURS not in asked("lado number office hours")  # a number to ring in office hours, not the hours


def test_plain_words_for_who_chairs_how_long_and_where() -> None:
    """"An IFD team manager chairs." says who chairs; "max length of a LADO case" asks for a timescale; a service is
    "based" where it "sits"."""
    from bot.answer import extractive_answer
    from index.scoring import TIMESCALE, asked

    chair = _p(0, "An IFD team manager chairs.", "Strategy discussions")
    based = _p(2, "The MASH sits inside the front door at Pithead House.", "The MASH")
    index = BM25Index([chair, based, *PASSAGES])
    for question, passage, fact in (("who chairs a strategy discussion", chair, "team manager chairs"),
                                    ("where is the mash based", based, "Pithead House")):
        answer = extractive_answer(question, [passage], index)
        assert answer.status == "answered" and fact in answer.text, question
    assert TIMESCALE in asked("max length of a lado case")


def test_asked_where_something_is_held_or_done_a_place_answers() -> None:
    """"Where are CP medicals done" is answered by the suite and hospital where they take place, not by the sentence
    saying a strategy discussion decides whether one is needed; "where do I send the form", "where has cuckooing been
    happening" and "where is Child T now" ask for an address, estates and a family, not a building, and "does the child
    get to pick where the interview takes place" asks yes or no."""
    from bot.answer import extractive_answer
    from index.scoring import PLACE, asked

    decides = _p(0, "The strategy discussion decides whether a child protection medical is needed.", "Child protection medicals")
    place = _p(1, "Medicals take place in the Linnet Suite at Cinderbeck General Hospital.", "Child protection medicals")
    index = BM25Index([decides, place, *PASSAGES])
    answer = extractive_answer("where are cp medicals done", [decides, place], index)
    assert answer.status == "answered" and answer.text.startswith("Medicals take place"), answer.text
    assert all(PLACE in asked(q) for q in ("where is marac held", "where r the family hubs", "where is the mash based"))
    assert not any(PLACE in asked(q) for q in ("where do i send the escalation form", "where is baby t now",
                                               "where has cuckooing been happening in brindleford",
                                               "does the child get to pick where the return interview takes place"))


def test_asked_how_many_of_a_thing_the_count_must_be_of_that_thing() -> None:
    """"How many people attended the forum" is not answered by "the forum explored two areas of practice": a figure
    for another thing is a near miss, and the reply says it cannot find it. Practitioners counted as "staff" are
    still people, "s47s" are section 47 enquiries, and "how many working days" asks a timescale, not a count."""
    from bot.answer import extractive_answer
    from index.scoring import _counted

    forum = _p(0, "The Partnership Forum, attended by safeguarding leads from schools, explored two areas of practice "
               "in depth.", "Partnership Forum")
    came = _p(1, "The Partnership Forum in May was attended by 85 people from 30 agencies.", "Partnership Forum")
    trained = _p(2, "Since May, 310 practitioners have completed the restraint reduction course.", "Training")
    s47 = _p(3, "The front door started 268 section 47 enquiries in the year.", "Section 47 enquiries")
    index = BM25Index([forum, came, trained, s47, *PASSAGES])
    assert extractive_answer("how many people attended the partnership forum", [forum], index).status == "not_found"
    assert "85 people" in extractive_answer("how many people attended the partnership forum", [forum, came], index).text
    assert extractive_answer("how many areas did the partnership forum explore", [forum], index).status == "answered"
    assert "310" in extractive_answer("how many staff have done the restraint course", [trained], index).text
    assert "268" in extractive_answer("number of s47s last year", [s47], index).text
    assert _counted("how many working days to hold the icpc") == ()  # a timescale, not a count
