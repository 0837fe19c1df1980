"""Build the fourteenth held-out corpus (Merrisey), and assemble demo corpus + Merrisey for evaluation.

Run from the repository root:  python eval/holdout14/build.py

Merrisey is a seventeenth fictional partnership: an island district off the English coast, joined to the mainland by
the Strand Causeway, which floods at high tide, and by the ferry from Calderwick Quay. Its harbour town, Portnell, has
a fishing fleet, a seafood processing plant and English language schools; Saltings Bay on the north shore is
lined with holiday parks, where seasonal workers and some families live in caravans all year; Merrisey University's
Tollgate Hill campus takes about 180 students under 18 every autumn; and the villages of Widdock, Fennick Green and
Scarrow Point are cut off whenever the causeway closes. The island's population roughly triples in August. Its
neighbour is the mainland borough of Calderwick, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Merrisey's web pages have their own house style (a masthead, a contents column, a
"Last reviewed" definition list, numbered clauses, contact lists as definition lists, "Key point" asides and a
question-and-answer block), beside an email bulletin laid out in tables, a practice alert of dated changes that
overrides some older chapters (a new out-of-hours number, a new LADO email address, earlier front-door opening, a
shorter Step 3 of the escalation policy, a quicker first home-education contact), two Word guides and two PDFs (a
practice review's learning briefing and an annual report extract with a funding table and two years of figures). The
writers are the shared ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant mode), so the build is
byte-reproducible; only Merrisey's words and page template live here. Its eighteen phone numbers (01632 960505,
960517, 960641-960643, 960653, 960657, 960660, 960666-960669, 960725, 960730, 960791 and 960793-960795) have one
purpose each, and every person, place and service named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "merrisey"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Merrisey Safeguarding Children Partnership"
SITE = "https://merrisey-scp.example.org"
ADDRESS = "Harbour House, 12 Quay Street, Portnell, Isle of Merrisey MR1 4QH"
MENU = ("Lodestar: the front door", "Continuum of Need", "Allegations (LADO)", "Strategy and section 47",
        "Child protection conferences", "Resolving differences", "Missing children", "Exploitation",
        "Neglect", "Non-mobile babies", "FGM", "Prevent", "Private fostering", "Home education")

# -- Merrisey's page template and its pieces -------------------------------------------------

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} - MSCP Procedures Manual</title>
<meta name="description" content="{title}: part of the Merrisey multi-agency safeguarding procedures manual.">
<link rel="stylesheet" href="{site}/static/mscp-2026.css">
</head>
<body class="mscp">
<a class="mscp-skiplink" href="#chapter">Skip to the chapter</a>
<div class="mscp-masthead">
  <a class="mscp-brand" href="{site}/"><span class="mscp-wave" aria-hidden="true"></span>MSCP</a>
  <ul class="mscp-topnav">
    <li><a href="{site}/manual">Procedures manual</a></li>
    <li><a href="{site}/continuum">Continuum of Need</a></li>
    <li><a href="{site}/learning">Learning from reviews</a></li>
    <li><a href="{site}/bulletin">Bellbuoy bulletin</a></li>
    <li><a href="{site}/courses">Courses</a></li>
    <li><a href="{site}/about">About us</a></li>
  </ul>
  <div class="mscp-strip">Worried that a child is in danger right now? Call 999.</div>
</div>
<div class="mscp-columns">
<nav class="mscp-contents" aria-label="Manual contents">
<p class="mscp-contents-title">Manual contents</p>
<ol>
{menu}
</ol>
<p class="mscp-tools"><a href="{site}/manual/print">Print</a> &middot; <a href="{site}/manual/changes">What has changed</a></p>
</nav>
<main id="chapter" class="mscp-chapter">
<p class="mscp-series">Merrisey Safeguarding Children Partnership - Procedures Manual</p>
<h1>{title}</h1>
<dl class="mscp-docinfo"><dt>Last reviewed</dt><dd>{reviewed}</dd><dt>Chapter owner</dt><dd>{owner}</dd></dl>
{body}
<p class="mscp-endnote">If you spot something out of date in this chapter, tell the MSCP Business Unit.</p>
</main>
</div>
<div class="mscp-footer">
  <p>{partnership}, {address}.</p>
  <p><a href="{site}/accessibility">Accessibility</a> | <a href="{site}/privacy">Privacy</a> |
  <a href="{site}/cookies">Cookies</a> | <a href="{site}/feedback">Feedback</a></p>
  <p>The manual is reviewed every year. A printed or downloaded copy may be out of date.</p>
</div>
</body>
</html>
"""


def page(title: str, reviewed: str, owner: str, body: str) -> str:
    """One chapter in Merrisey's house style (masthead, contents column and footer are outside <main>)."""
    menu = "\n".join(f'<li><a href="{SITE}/manual/{i}">{item}</a></li>' for i, item in enumerate(MENU, 1))
    return PAGE.format(title=title, reviewed=reviewed, owner=owner, body=body.strip(), site=SITE, menu=menu,
                       partnership=PARTNERSHIP, address=ADDRESS)


def part(number: int, heading: str, *blocks: str) -> str:
    """A numbered part of a chapter."""
    inner = "\n".join(blocks)
    return f'<section class="mscp-part" id="part-{number}">\n<h2>{number}. {heading}</h2>\n{inner}\n</section>'


def clauses(number: int, *texts: str) -> str:
    """Numbered clauses (3.1, 3.2, ...) as an unnumbered list with the clause number written in."""
    items = "\n".join(f'<li><span class="mscp-cl">{number}.{i}</span> {t}</li>' for i, t in enumerate(texts, 1))
    return f'<ul class="mscp-clauses">\n{items}\n</ul>'


para = wv.paragraphs


def bullets(*texts: str) -> str:
    return wv.html_list("ul", texts)


def key(text: str) -> str:
    """A "Key point" aside in Merrisey's style."""
    return f'<aside class="mscp-key"><p class="mscp-key-label">Key point</p><p>{text}</p></aside>'


def contacts(pairs: list[tuple[str, str]]) -> str:
    """A contact list as a definition list: service, then its details."""
    items = "\n".join(f"<dt>{name}</dt>\n<dd>{details}</dd>" for name, details in pairs)
    return f'<dl class="mscp-contacts">\n{items}\n</dl>'


def grid(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return wv.html_table(caption, header, rows, "mscp-grid", th_attrs=' scope="col"')


def qa(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A question-and-answer block."""
    items = "\n".join(f'<div class="mscp-qa-item">\n<h3>{q}</h3>\n<p>{a}</p>\n</div>' for q, a in pairs)
    return f'<section class="mscp-qa">\n<h2>{heading}</h2>\n{items}\n</section>'


# -- procedure chapters ------------------------------------------------------------------------

FRONT_DOOR = f"""
<p class="mscp-lede">Lodestar is the Merrisey Children's Advice and Safeguarding Hub: the single front door to
children's social care for every child living on the island, from Portnell and Saltings Bay to Widdock, Fennick Green
and Scarrow Point. Lodestar works from Harbour House on Quay Street in Portnell. Social workers sit alongside officers
from Calder Coast Police, a nurse from the Merrisey 0-19 Service, a midwife from St Elwyn's Hospital, an education
safeguarding adviser, a housing officer, a worker from the Open Tide drug and alcohol service and an adviser from Safe
Harbour, the island's domestic abuse service.</p>
{key("none of the numbers below is an emergency line. If a child is in immediate danger, call 999. Calder Coast "
     "Police keep a response team on the island at all times, including when the Strand Causeway is closed by the "
     "tide.")}
{part(1, "Contacts",
      contacts([
          ("Lodestar (professionals and public)",
           "01632 960505, Monday to Friday, 8.30am to 5.30pm. Secure email: lodestar@merrisey.example.org"),
          ("Ask Lodestar (a consultation line for professionals, not a referral)",
           "01632 960793, Tuesday, Wednesday and Thursday, 10am to 1pm"),
          ("Emergency Duty Team (EDT), out of hours",
           "01632 960517, from 5.30pm on weekdays, all weekend and on bank holidays"),
          ("Calder Coast Police safeguarding desk (professionals only)", "01632 960667, 24 hours a day"),
          ("Local Authority Designated Officer (LADO)", "01632 960794, see the allegations chapter"),
      ]))}
{part(2, "Making a request for support",
      clauses(2,
              "Written requests are made on the Merrisey Request for Support form (RFS). If you think a child is at "
              "risk of significant harm, telephone Lodestar first and then send the RFS within 48 hours of your call.",
              "Where the worry is not urgent, send the RFS by secure email without phoning. Say what the child has "
              "told you and what you have seen yourself. Requests that only repeat what another agency has said are "
              "returned with a request for more detail.",
              "Include everyone who lives in the household or stays there often, including partners who do not live "
              "there full time, and say whether the family lives in a holiday park, a caravan or other seasonal "
              "accommodation.",
              "Professionals must give their name. Members of the public may stay anonymous."))}
{part(3, "How Lodestar decides",
      clauses(3,
              "A Lodestar practice manager gives every contact one of three priorities. An Immediate contact, where a "
              "child may be at risk of significant harm now, is decided within 2 hours. A Priority contact is "
              "decided on the same working day. A Standard contact is decided within 3 working days.",
              "Partner agencies in the hub share what they hold within 2 hours for an Immediate contact and by the "
              "end of the next working day for a Priority contact.",
              "The person who made the request is told the decision within 3 working days of it being made.",
              "Where a child and family assessment is needed, Merrisey aims to complete it within 35 working days, "
              "well inside the national limit of 45 working days.",
              "Where a child has been the subject of 4 or more contacts in 12 months, a practice manager completes a "
              "Pattern Review of the whole record before deciding."))}
{part(4, "Talking to parents first",
      para("Explain to the parents that you are worried and that you are contacting Lodestar, and ask for their "
           "agreement, unless that would put the child or anyone else at greater risk or could harm a police "
           "investigation. Consent is not needed where a child may be at risk of significant harm; write down why "
           "you went ahead without it."))}
{part(5, "Pregnancy",
      para("Send a request for support about an unborn baby as soon as you are worried and no later than 20 weeks of "
           "pregnancy. Lodestar then arranges a pre-birth assessment, which should be finished by 30 weeks."))}
{part(6, "Visitors, seasonal workers and children who live on the mainland",
      para("Children who are on holiday on the island are referred to Lodestar in the same way as children who live "
           "here. Lodestar tells the child's home local authority by the end of the next working day.",
           "If a child lives in Calderwick and only comes to Merrisey for school or college, contact Calderwick "
           "Borough Council's children's services, because the council where the child lives is responsible. If "
           "the child is in danger while on the island, Lodestar acts first."))}
{qa("Questions people ask Lodestar", [
    ("It is 5.45pm on a Thursday. Who do I call?",
     "Lodestar has closed. Call the Emergency Duty Team on 01632 960517, or 999 if the child is in immediate danger."),
    ("Can I talk it through before I decide?",
     "Yes. Ask Lodestar is for professionals who want a conversation with a senior social worker before deciding. It "
     "is not a referral and the decision stays with you."),
    ("I have not heard back. What now?",
     "You should hear within 3 working days of the decision. If you have not, ring Lodestar and ask for the duty "
     "practice manager."),
    ("The causeway is closed and I am worried about a child in Scarrow Point. Will anyone come?",
     "Yes. The police response team stays on the island, and social workers cross on the ferry or, in an emergency, "
     "with the Portnell lifeboat crew."),
])}
"""

CONTINUUM = f"""
<p class="mscp-lede">The Merrisey Continuum of Need helps practitioners agree how much help a child needs and who
should give it. It has five bands. Bands describe needs at a point in time, not families, and a child can move between
bands in either direction. The continuum supports professional judgement and never replaces it.</p>
{grid("The five bands of the Merrisey Continuum of Need", ("Band", "Meaning", "Examples", "Response"), [
    ("Band 1: Universal", "Needs are met by the family and by services available to every child.",
     "Attends school regularly; registered with a GP and a dentist; development on track.",
     "Schools, GPs, health visitors, libraries and youth clubs."),
    ("Band 2: Emerging needs", "A need that one agency can meet, perhaps with advice from another.",
     "School attendance between 90 and 95 percent; a parent isolated after moving to the island for seasonal work; "
     "a child anxious about exams.", "Support from the agency that knows the child best."),
    ("Band 3: Early help", "Several needs that need a coordinated plan across agencies.",
     "Attendance below 90 percent; a family living in a holiday park caravan through the winter; a parent whose "
     "drinking affects the children's routines.",
     "A Family Help Plan with a lead professional, coordinated with the Family Help Coordination Team."),
    ("Band 4: Child in need", "Complex needs that call for a statutory assessment under section 17.",
     "A disabled child whose family can no longer cope without specialist help; a 16 or 17 year old who is homeless.",
     "A request for support to Lodestar for a child and family assessment."),
    ("Band 5: Child protection", "The child is suffering, or is likely to suffer, significant harm.",
     "Any bruise on a baby who is not yet mobile; a child who says they have been hit; a child who goes missing with "
     "adults from the mainland.",
     "Telephone Lodestar on 01632 960505 straight away, or the Emergency Duty Team out of hours."),
])}
{part(1, "Consent",
      para("Support at Bands 2 and 3 is voluntary and needs the family's agreement. At Band 4, seek consent before "
           "making a request. At Band 5, a refusal does not stop you acting to protect a child."))}
{part(2, "Band Conversations",
      para("If you are not sure which band fits, book a Band Conversation. They run every Wednesday from 1.30pm to "
           "4pm, by video or at Harbour House. Each conversation lasts 25 minutes and is with a Lodestar senior "
           "social worker and a family help coordinator. Book through the Family Help Coordination Team on "
           "01632 960795."))}
{part(3, "Moving between bands",
      clauses(3,
              "When children's social care closes a case and the family still needs a Band 3 plan, the social worker "
              "and the new lead professional hold a handover meeting with the family within 10 working days.",
              "If a Family Help Plan has made little difference after 4 months, the lead professional talks to their "
              "safeguarding lead about whether the child's needs have reached Band 4 or Band 5.",
              "A Family Help Plan is reviewed with the family at least every 8 weeks."))}
{part(4, "Seasonal life on the island",
      para("Living in a caravan, moving often for work or being new to the island does not, on its own, place a "
           "child in any band. Ask what those circumstances mean for this child: whether they are in school, "
           "registered with a GP and have somewhere safe and warm to sleep."))}
"""

LADO = f"""
{part(1, "Scope",
      clauses(1,
              "This chapter applies when it is alleged that an adult who works or volunteers with children on "
              "Merrisey has harmed a child or may pose a risk to children. On the island this includes teachers and "
              "school staff, foster carers, holiday park kids' club staff, lifeguards, sailing and surf instructors, "
              "host families for English language school students, university staff who teach students under 18, "
              "fishing skippers who take on teenage crew, taxi drivers, agency staff and volunteers.",
              "Merrisey's Local Authority Designated Officers are Delphine Yarrow and Owain Castellan-Reid."))}
{part(2, "How to reach the LADO",
      para("Telephone 01632 960794, Monday to Thursday 9am to 5pm and Friday 9am to 4pm, or email "
           "lado@merrisey.example.org. If a child may be at immediate risk outside those hours, contact the "
           "Emergency Duty Team and tell the LADO on the next working day."))}
{part(3, "When to refer",
      para("Refer to the LADO when a person who works with children has:"),
      bullets("behaved in a way that has harmed, or may have harmed, a child;",
              "possibly committed a criminal offence against or related to a child;",
              "behaved towards a child or children in a way that suggests they may pose a risk of harm; or",
              "behaved in a way that suggests they may not be suitable to work with children, including behaviour "
              "in their private life."))}
{part(4, "Timescales",
      clauses(4,
              "The employer telephones the LADO on the same working day that they become aware of the allegation, "
              "and sends the Allegation Notification Form within 1 working day of the call.",
              "The LADO decides within 3 working days whether the threshold is met.",
              "Where it is met, the LADO convenes an Allegations Strategy Meeting within 7 working days of the "
              "referral. The meeting is reconvened at least every 6 weeks until the matter is concluded.",
              "Merrisey aims to conclude 75 percent of allegations within 3 months of the referral."))}
{key("do not investigate, do not question the child or the adult, and do not tell the adult about the allegation "
     "until the LADO has agreed what can be said. Write down what you were told, with the date and time.")}
{part(5, "Outcomes",
      para("Every allegation has one of five outcomes: substantiated, unsubstantiated, unfounded, false or malicious. "
           "An employer who removes someone from working with children because they harmed or posed a risk to a "
           "child, or who would have done so had the person not left, must refer them to the Disclosure and Barring "
           "Service. A false or malicious allegation is not recorded on the person's personnel file."))}
{part(6, "Low-level concerns",
      para("Behaviour that does not meet the threshold, such as being over-friendly with a young person, giving a "
           "child a lift alone without a good reason or following pupils on social media, is a low-level concern. "
           "The designated safeguarding lead records it. Where 2 low-level concerns about the same adult are "
           "recorded within 6 months, the safeguarding lead consults the LADO."))}
{part(7, "Seasonal and visiting staff",
      para("Holiday parks and language schools take on many short-term staff between April and October. The "
           "employer at the time of the concern refers to the LADO, even if the adult has since left the island. "
           "Where a host family is involved, the language school refers and also tells the Private Fostering Team "
           "if the student is under 16 and staying 28 days or more."))}
{qa("Employers' questions", [
    ("The worker came through an agency. Who refers?",
     "The setting where the worker was placed refers, and tells the agency the same day. The agency must take part."),
    ("It happened years ago. Is it still a LADO matter?",
     "Yes, if the person still works or volunteers with children. Historical allegations are referred in the same way."),
    ("The person has resigned. Does it stop?",
     "No. The allegation is followed through to an outcome whether or not the person resigns or co-operates."),
])}
"""

STRATEGY = f"""
{part(1, "When a strategy discussion is needed",
      para("A strategy discussion is held whenever there is reasonable cause to suspect that a child is suffering, "
           "or is likely to suffer, significant harm. It decides whether to begin a section 47 enquiry, whether the "
           "police will investigate a crime, and what must happen now to keep the child and any other children "
           "safe."))}
{part(2, "Timescales",
      clauses(2,
              "The strategy discussion is held by the end of the next working day after Lodestar decides that one is "
              "needed.",
              "Where a child has a serious injury, has disclosed sexual abuse or is in immediate danger, it is held "
              "on the same day.",
              "Outside office hours the Emergency Duty Team holds it with the police, and a Lodestar practice manager "
              "reviews it on the next working day.",
              "The chair sends a record of the discussion to everyone who took part within 2 working days."))}
{part(3, "Who takes part",
      para("A Lodestar practice manager chairs. Every strategy discussion includes Calder Coast Police, a health "
           "professional and the agency that made the request. The child's school, college or nursery is invited, "
           "and so are Open Tide where a parent uses drugs or alcohol and Safe Harbour where there is domestic "
           "abuse. The discussion can be held in person, on a video call or by telephone."))}
{part(4, "What is decided",
      bullets("whether a section 47 enquiry is needed, and whether it is single-agency or joint with the police;",
              "what immediate action is needed to protect the child and any brothers or sisters;",
              "whether a child protection medical is needed, where, and who will take the child;",
              "whether the child will be interviewed on video under Achieving Best Evidence guidance;",
              "what the parents will be told, by whom and when."))}
{part(5, "Child protection medicals",
      para("Medicals take place in the Cormorant Suite, the children's assessment unit at St Elwyn's Hospital in "
           "Portnell, Monday to Friday, 9am to 4.30pm. Out of hours, contact the on-call paediatrician through the "
           "St Elwyn's switchboard. Children who need a forensic examination after sexual abuse are taken to "
           "Moorgate House, the Calder Coast sexual assault referral centre in Calderwick. If the causeway is "
           "closed, the police arrange the crossing by ferry."))}
{part(6, "The section 47 enquiry",
      clauses(6,
              "A qualified social worker leads the enquiry and sees the child within 24 hours of the strategy "
              "discussion, alone if that is right for the child.",
              "Use a professional interpreter, never a relative or a child. Many families who work in the Portnell "
              "fish processing plant speak Portuguese, Latvian or Bulgarian at home.",
              "The enquiry is completed within 10 working days of the strategy discussion. If it cannot be, the "
              "practice manager holds a review strategy discussion and records why.",
              "The parents are sent a letter setting out the outcome of the enquiry within 5 working days of it "
              "ending."))}
{key("if concerns are substantiated and the child is likely to suffer significant harm, the social worker asks the "
     "Conference and Review Service for an initial child protection conference. See the conferences chapter.")}
"""

CONFERENCES = f"""
{part(1, "Purpose",
      para("A child protection conference brings the family and professionals together to share information, decide "
           "whether the child is likely to suffer significant harm and, if so, agree a child protection plan. "
           "Conferences on Merrisey are arranged by the Conference and Review Service at Harbour House, on "
           "01632 960642."))}
{part(2, "The initial conference",
      clauses(2,
              "An initial child protection conference is held within 15 working days of the strategy discussion at "
              "which the section 47 enquiry began.",
              "It is chaired by an Independent Conference Chair who has no line management responsibility for the "
              "case.",
              "A conference is quorate when the chair, children's social care and at least 2 other agencies are "
              "present.",
              "Agencies send their reports to the chair at least 5 working days before the conference and share them "
              "with the parents at least 3 working days before.",
              "The chair meets the parents for 30 minutes before the conference starts, so that they know what will "
              "happen. Parents may bring a supporter."))}
{part(3, "Children's voices",
      para("Every child aged 10 or over is offered an independent advocate from Seaglass Advocacy, who can help the "
           "child to attend, write down their views or speak for them. Younger children's views are gathered by the "
           "social worker using the Tell Me tools."))}
{part(4, "After the conference",
      clauses(4,
              "The core group meets within 10 working days of the initial conference and then at least every 4 "
              "weeks.",
              "The social worker visits the child at least once every 3 weeks and sees the child alone.",
              "The first review conference is held within 3 months of the initial conference, and later reviews at "
              "intervals of no more than 6 months.",
              "The plan ends when a review conference decides the child is no longer likely to suffer significant "
              "harm, or when the child moves away and the new area has held its own conference."))}
{part(5, "Categories",
      para("A child protection plan is made under one category: neglect, physical abuse, emotional abuse or sexual "
           "abuse. The chair chooses the category that best describes the main concern; a child can have more than "
           "one category only in exceptional circumstances."))}
{part(6, "Children moving in or out",
      para("When a child with a child protection plan moves to Merrisey, including for a summer season, the area "
           "they came from should tell Lodestar at once. A transfer-in conference is held within 15 working days "
           "of the child's arrival."))}
{part(7, "When an agency disagrees",
      para("An agency that disagrees with a conference decision can ask for its dissent to be recorded, and then "
           "writes to the Head of Safeguarding and Quality within 3 working days. The decision stands while the "
           "disagreement is looked at."))}
"""

ESCALATION = f"""
<p class="mscp-lede">Professionals will sometimes see things differently. This chapter sets out how to resolve a
difference of view without leaving a child at risk. Anyone in any agency can use it, whatever their role.</p>
{key("if a child is at immediate risk, do not work through the steps. Contact Lodestar, the Emergency Duty Team or "
     "the police at once.")}
{part(1, "The four steps",
      '<ol class="mscp-steps">'
      "<li>Step 1: practitioner to practitioner. Speak to the person you disagree with, and try to settle it "
      "within 2 working days.</li>"
      "<li>Step 2: line managers. Your line manager takes it up with theirs. They have 5 working days.</li>"
      "<li>Step 3: senior managers. Service managers, or the designated professionals for health, have 10 working "
      "days.</li>"
      "<li>Step 4: Resolution Meeting. The MSCP Independent Scrutineer convenes a Resolution Meeting with the heads "
      "of service involved. Its decision, made within 10 working days, is final.</li>"
      "</ol>")}
{part(2, "Keeping a record",
      para("Use the MSCP Resolution Log at every step and keep a copy on the child's record. From Step 2 onwards, "
           "send a copy of the log to the MSCP Business Unit at mscp@merrisey.example.org, so that the partnership "
           "can learn from differences of view."))}
{part(3, "Conference decisions",
      para("A disagreement with the decision of a child protection conference is not resolved through these steps. "
           "Ask for the agency's dissent to be recorded and write to the Head of Safeguarding and Quality, as the "
           "conferences chapter explains."))}
{part(4, "What we have learnt",
      para("In 2025-26 the MSCP Business Unit received 41 Resolution Logs. Most were about cases closed by Lodestar "
           "without a referral and about information not being shared across the causeway with Calderwick "
           "services. Only 6 went as far as Step 3 or Step 4."))}
"""

MISSING = f"""
{part(1, "Reporting",
      clauses(1,
              "If a child is missing and you believe they may be in danger, call 999. Otherwise report the child to "
              "Calder Coast Police on 101. There is no need to wait a set time before reporting.",
              "Foster carers and children's home staff carry out reasonable checks first, but must report a child "
              "in care missing within 2 hours of realising that they are gone.",
              "Every child in care has a Harbour Return Profile with a recent photograph, places they are known to "
              "go and people they know. The social worker completes it within 7 days of a new placement.",
              "If a child may have been cut off by the tide on the causeway or the sands, call 999 and ask for the "
              "coastguard."))}
{part(2, "Return interviews",
      para("Every child who returns from a missing episode is offered a return interview by the Tideline Youth "
           "Project, an independent charity, on 01632 960725. The interview is offered within 72 hours of the "
           "child's return, with a worker who is not the child's social worker or teacher. The child chooses where "
           "to meet. The report goes to the social worker, the school and the police within 2 working days of the "
           "interview."))}
{part(3, "Repeated episodes",
      clauses(3,
              "After every missing episode the lead professional completes the Merrisey Exploitation Risk "
              "Indicator.",
              "Where a child goes missing 3 times in 60 days, the Missing and Exploitation Coordinator chairs a "
              "Missing Review Meeting within 5 working days of the third episode.",
              "When a child turns down a return interview, Tideline tries again at least once with a different "
              "worker or in a different place."))}
{part(4, "Where children are found",
      para("Calder Coast Police most often find missing Merrisey children at the Portnell ferry terminal, in the "
           "holiday parks at Saltings Bay, under the harbour arches and at the causeway car park. The ferry crews "
           "have been trained to notice children travelling alone after 9pm and to tell the police."))}
{part(5, "Children missing education",
      para("A child of compulsory school age who is not on a school roll and is not being suitably educated "
           "elsewhere is missing education. Tell the Children Missing Education Officer on 01632 960669. Families "
           "who come to the island for the season sometimes never register their children at a school."))}
"""

EXPLOITATION = f"""
{part(1, "What child exploitation is",
      para("Child exploitation happens when a person or group takes advantage of an imbalance of power to make a "
           "child under 18 take part in sexual or criminal activity, in return for something the child needs or "
           "wants, or for the gain of the person doing it. It includes child sexual exploitation, child criminal "
           "exploitation and county lines, where children are used to move drugs and money. A child cannot consent "
           "to being exploited."))}
{part(2, "How it shows itself on the island",
      bullets("county lines running from mainland cities onto the island on the ferry, busiest when the holiday "
              "parks are full;",
              "empty static caravans and holiday lets taken over out of season to deal drugs from, sometimes with a "
              "young or vulnerable person's home used as a base (cuckooing);",
              "teenagers paid in cash to carry packages across the causeway on foot or by bike;",
              "young people given alcohol, vapes or rides on boats by older men at the harbour;",
              "a child arrested on the mainland with drugs or large amounts of cash."),
      para("Say what is being done to the child. Avoid phrases such as 'lifestyle choice' or 'putting "
           "themselves at risk'."))}
{part(3, "The Spindrift Team",
      para("The Spindrift Team is Merrisey's multi-agency exploitation team: social workers, youth workers, a "
           "police officer, a sexual health nurse and a worker from Open Tide. It gives advice and takes referrals "
           "on 01632 960730, Monday to Friday, 9am to 5pm, or at spindrift@merrisey.example.org. Send the Merrisey "
           "Exploitation Risk Indicator with every referral."))}
{part(4, "The Exploitation Risk Panel",
      para("The Exploitation Risk Panel meets on the first Thursday of every month. It looks at children at high "
           "risk, and at the places, vehicles and adults of concern. Referrals must reach the panel at least 5 "
           "working days before it meets."))}
{part(5, "The National Referral Mechanism",
      para("A child who may be a victim of trafficking or modern slavery, including through county lines, is "
           "referred to the National Referral Mechanism. The child's consent is not needed. On Merrisey the "
           "Spindrift Team manager makes NRM referrals for children."))}
{part(6, "Disruption",
      para("Every weekend from May to September, Calder Coast Police run Operation Slipway on the ferry and at the "
           "Portnell terminal, looking for children travelling with adults who are not their family. Holiday park "
           "managers are asked to tell the Spindrift Team about caravans with a lot of short visits out of season. "
           "Child Abduction Warning Notices can be served on adults who keep contacting a child."))}
"""

NEGLECT = f"""
{part(1, "Understanding neglect",
      para("Neglect is the persistent failure to meet a child's basic physical or emotional needs, likely to cause "
           "serious harm to the child's health or development. It is the most common reason for a child protection "
           "plan on Merrisey. Neglect is seen in patterns over time, so keep a chronology rather than judging a "
           "single visit."))}
{part(2, "The Mooring Neglect Tool",
      clauses(2,
              "The Mooring Neglect Tool helps practitioners and parents look at a child's care together. It covers "
              "six areas: physical care, home conditions, health, safety and supervision, emotional warmth, and "
              "learning and play.",
              "Each area is scored from 1 to 4. A score of 1 means the child's needs are fully met and a score of 4 "
              "means they are seriously unmet.",
              "Complete the tool with the family wherever possible. It usually takes about 45 minutes. Repeat it "
              "after 10 weeks to see what has changed.",
              "A score of 4 in any one area, or a score of 3 in three or more areas, is discussed with your "
              "designated safeguarding lead the same day and may need a request for support to Lodestar.",
              "Every agency has at least one Mooring champion who can help colleagues use the tool. The Family Help "
              "Coordination Team runs a neglect advice line on 01632 960641 on Monday and Friday mornings."))}
{key("a clean home does not prove that a child is cared for, and an untidy one does not prove neglect. Look at the "
     "child: their weight, their teeth, their clothes for the weather and how they are with their parents.")}
{part(3, "Was not brought",
      para("Babies and children do not miss appointments; they are not brought to them. When a child has not been "
           "brought to 3 health appointments within 12 months, the clinician tells the health visitor or school "
           "nurse and the GP before discharging the child. Decayed teeth in a child who has never seen a dentist "
           "should prompt questions about neglect."))}
{part(4, "Winter in the holiday parks",
      para("Some families stay in holiday park caravans after the season ends, even though most parks must close to "
           "residents for 6 weeks each winter. Caravans can be cold, damp and crowded. Families who cannot heat "
           "their home can apply for a Merrisey Warm Winter grant of up to 250 pounds through any family help "
           "worker. Ask where the family will go during the closed weeks."))}
{part(5, "Parents who use drugs or alcohol",
      para("Open Tide supports parents who use drugs or alcohol and shares information with children's services when "
           "children may be at risk. Ask who looks after the children when a parent has been drinking, and whether "
           "medicines such as methadone are locked away."))}
"""

BRUISING = f"""
{part(1, "Who this applies to",
      para("This protocol is for everyone who comes into contact with babies, including midwives, health visitors, "
           "GPs, pharmacists, hospital staff, nursery and childminding staff, holiday park first aiders and social "
           "workers. A baby is non-mobile if they are not yet crawling, bottom-shuffling, pulling to stand, cruising "
           "or walking. It also covers older children who cannot move independently because of a disability."))}
{part(2, "Why bruising matters",
      para("Bruising in a baby who cannot move about independently is rare. It may be the only visible sign of "
           "serious abuse, including head injuries and broken bones that cannot be seen. Small bruises matter as "
           "much as large ones."))}
{part(3, "What you must do",
      '<ol class="mscp-actions">'
      "<li>Look at the whole baby and record what you see on a body map, with size, shape, colour and place.</li>"
      "<li>Do not accept an explanation, however likely it sounds. Deciding how a bruise happened is not your "
      "job.</li>"
      "<li>Telephone Lodestar on 01632 960505 the same day. Out of hours, call the Emergency Duty Team on "
      "01632 960517.</li>"
      "<li>Tell the parents what will happen and why, unless that would put the baby at more risk.</li>"
      "</ol>",
      para("Lodestar arranges a paediatric examination at the Cormorant Suite on the day of the referral. If the "
           "referral is made after 4pm, the examination may take place the next morning, as long as the baby is "
           "well. Any other child under 2 in the household is also examined within 24 hours.",
           "A strategy discussion is always held."))}
{part(4, "Birthmarks and other marks",
      para("If a mark has already been recorded as a birthmark in the baby's red book by a midwife, doctor or health "
           "visitor, you do not need to refer. If you are unsure whether it is a birthmark, refer."))}
{part(5, "Calm Tides",
      para("Calm Tides is Merrisey's programme for coping with a crying baby. Midwives talk it through with both "
           "parents before the baby goes home, health visitors repeat it at the new birth visit and again at the 6 "
           "to 8 week contact, and GPs mention it at the baby's 8 week check. Crying usually peaks at around 6 to "
           "8 weeks. It is always all right to put a crying baby down safely and walk away for a few minutes."))}
"""

FGM = f"""
{part(1, "What FGM is",
      para("Female genital mutilation (FGM) means any procedure that cuts, injures or changes the female genitals "
           "for non-medical reasons. It is illegal in the UK, and it is an offence to take a girl who lives here "
           "abroad for FGM or to help anyone to do so. FGM is child abuse, whatever the family's reasons."))}
{part(2, "The mandatory reporting duty",
      clauses(2,
              "Teachers, health and social care professionals who are told by a girl under 18 that she has had FGM, "
              "or who see signs that it has been done, must report it personally to the police by calling 101.",
              "On Merrisey we ask that the report is made before the end of the next working day. Tell your "
              "safeguarding lead, and send a request for support to Lodestar as well.",
              "Never examine a girl yourself to find out whether FGM has happened."))}
{part(3, "Girls at risk",
      para("A girl may be at risk if her mother or sisters have had FGM, if the family comes from a community where "
           "it is practised, or if she talks about a long trip abroad, a special ceremony or becoming a woman. Risk "
           "is highest before and during the long summer holiday. Where a girl may be at risk, send a request for "
           "support to Lodestar the same day. If she may be taken abroad within days, call the police: an FGM "
           "Protection Order can be made by the family court quickly."))}
{part(4, "The Saffron Clinic",
      para("The Saffron Clinic at St Elwyn's Hospital supports women and girls affected by FGM. It is run by the "
           "specialist FGM midwife, Comfort Osei-Lindqvist, and holds a clinic every Tuesday morning. Professionals can "
           "contact it on 01632 960666. Women can refer themselves."))}
{part(5, "Pregnancy and newborns",
      para("Midwives ask every pregnant woman about FGM at the booking appointment. Where a woman has had FGM, the "
           "midwife completes a risk assessment for the unborn baby if it is a girl, and shares it with the health "
           "visitor and the GP before the new birth visit."))}
"""

PREVENT = f"""
{part(1, "Prevent on Merrisey",
      para("Prevent is about safeguarding children who may be drawn into terrorism or extremist ideas. On the island "
           "the concerns most often referred are extreme right-wing views, misogynist online communities and young "
           "people fascinated by school shootings and mass violence with no clear ideology. Most referrals come "
           "from schools, Portnell College and the university."))}
{part(2, "Who to contact",
      contacts([
          ("Prevent Coordinator, Isle of Merrisey Council",
           "Farida Olumide-Grant, 01632 960660, Monday to Friday, 9am to 5pm, prevent@merrisey.example.org"),
          ("Lodestar, if the child may also be at risk of significant harm", "01632 960505"),
      ]),
      para("If you think someone is about to commit an act of violence, call 999."))}
{part(3, "Making a referral",
      clauses(3,
              "Talk to your designated safeguarding lead first. The safeguarding lead completes the Prevent referral "
              "form and sends it to the Calder Coast Police Prevent team, with a copy to the Prevent Coordinator.",
              "The police screen the referral within 5 working days and decide whether it goes to the Channel Panel.",
              "A referral to Prevent is not a criminal matter and does not give the child a criminal record."))}
{part(4, "The Channel Panel",
      para("The Merrisey Channel Panel, chaired by the council's Head of Community Safety, meets on the second "
           "Monday of every month. Channel support is voluntary: a young person, or for a child under 18 their "
           "parent, must agree to it. Support is usually given by a mentor who meets the young person every week. "
           "Cases are reviewed 6 months and 12 months after support ends."))}
{part(5, "Online",
      para("Much radicalisation now happens on gaming platforms, video sites and private chat groups. Ask children "
           "what they watch and who they talk to, and do not assume that a quiet child who spends a long time online "
           "is safe."))}
"""

PRIVATE_FOSTERING = f"""
{part(1, "What private fostering is",
      clauses(1,
              "A child is privately fostered when they are under 16, or under 18 if disabled, and are looked after "
              "for 28 days or more by an adult who is not a parent, a person with parental responsibility or a close "
              "relative.",
              "Close relatives are grandparents, brothers, sisters, uncles, aunts and step-parents. Cousins, "
              "great-aunts and family friends are not close relatives."))}
{part(2, "Telling the council",
      clauses(2,
              "Parents and private foster carers must tell the council at least 6 weeks before the arrangement "
              "starts, or within 48 hours if it starts in an emergency.",
              "Anyone who works with children and learns of a possible arrangement should tell the Private Fostering "
              "Team on 01632 960653 or at privatefostering@merrisey.example.org, even if they think the family has "
              "already done so.",
              "Failing to tell the council without a reasonable excuse is an offence."))}
{part(3, "Visits and checks",
      clauses(3,
              "A social worker visits the child and the carer within 5 working days of the team being told, which is "
              "sooner than the national requirement, and sees the child alone.",
              "The child is then visited every 4 weeks for the first 3 months and every 6 weeks after that.",
              "Checks, including a Disclosure and Barring Service check, are made on every member of the household "
              "aged 16 or over."))}
{part(4, "Language school students",
      para("English language schools in Portnell welcome more than 2,000 international students each summer. Most "
           "stay for less than 28 days, but a student under 16 who stays with a host family for 28 days or more is "
           "privately fostered. The language school must tell the Private Fostering Team when it books such a stay, "
           "and before the student arrives."))}
{part(5, "Other arrangements we see",
      bullets("children of seasonal workers who stay with friends while a parent works on a fishing boat or returns "
              "home abroad;",
              "teenagers who move in with a friend's family after a falling-out at home;",
              "young sailors training at the Portnell Sailing Academy who lodge with host families."),
      para("At 31 March 2026 the Private Fostering Team knew of 17 children in private fostering arrangements, 12 of "
           "them language school students."))}
"""

EHE = f"""
{part(1, "Home education",
      para("Parents have the right to educate their child at home. The education must be efficient, full-time and "
           "suitable to the child's age, ability and aptitude, and to any special educational needs. Home education "
           "is not in itself a safeguarding concern."))}
{part(2, "The Elective Home Education Team",
      clauses(2,
              "Contact the Elective Home Education Team on 01632 960657 or at ehe@merrisey.example.org.",
              "When parents tell a school in writing that they are taking their child out to educate them at home, "
              "the school removes the child from the roll and tells the team on the same day.",
              "A child at a special school cannot be taken off the roll for home education without the council's "
              "agreement.",
              "The team offers every family a first contact, at home or elsewhere, within 15 working days of being "
              "told. After that it contacts the family at least once a year."))}
{part(3, "Children who are already known",
      para("Where the child has a child protection plan or a child in need plan, or has a Family Help Plan, the "
           "social worker or lead professional calls a meeting within 5 working days of hearing about the decision, "
           "to think about what home education will mean for the child. Schools must never suggest home education "
           "to a family as a way of avoiding an exclusion."))}
{key("families do not have to let the team into their home, and many send examples of work instead. If a child has "
     "not been seen by anyone outside the family for 6 months and you are worried, tell the team. If you think the "
     "child may be at risk of harm, contact Lodestar.")}
{part(4, "Children missing education",
      para("A child of compulsory school age who is not on a school roll and is not being educated suitably at home is "
           "missing education. Contact the Children Missing Education Officer on 01632 960669 or at "
           "cme@merrisey.example.org. On Merrisey, schools tell the officer after 5 school days in a row of "
           "absence that nobody can explain. Children of families who arrive for the summer season are most at "
           "risk."))}
{part(5, "Home education on Merrisey",
      para("At 31 March 2026, 287 Merrisey children were home educated. Where families gave a reason, the most "
           "common was the child's mental health, given by 27 percent."))}
"""

CHAPTERS = {
    "lodestar-front-door.html": ("Lodestar: Requests for Support to Children's Social Care", "10 March 2026",
                                 "Head of Lodestar", FRONT_DOOR),
    "continuum-of-need.html": ("The Merrisey Continuum of Need: Five Bands of Support", "5 February 2026",
                               "Family Help Coordination Team", CONTINUUM),
    "allegations-lado.html": ("Managing Allegations Against People Who Work With Children", "20 April 2026",
                              "Local Authority Designated Officers", LADO),
    "strategy-discussions-section-47.html": ("Strategy Discussions and Section 47 Enquiries", "8 July 2026",
                                             "Head of Lodestar", STRATEGY),
    "child-protection-conferences.html": ("Child Protection Conferences and Plans", "2 June 2026",
                                          "Conference and Review Service", CONFERENCES),
    "resolving-professional-differences.html": ("Resolving Professional Differences: the Escalation Steps",
                                                "14 April 2026", "MSCP Business Unit", ESCALATION),
    "missing-children.html": ("Children Who Go Missing from Home, Care or Education", "28 May 2026",
                              "Missing and Exploitation Coordinator", MISSING),
    "child-exploitation-county-lines.html": ("Child Exploitation and County Lines", "3 March 2026",
                                             "Spindrift Team Manager", EXPLOITATION),
    "neglect-mooring-tool.html": ("Neglect and the Mooring Neglect Tool", "22 October 2026",
                                  "Family Help Coordination Team", NEGLECT),
    "bruising-non-mobile-babies.html": ("Bruising and Marks on Non-Mobile Babies", "15 January 2026",
                                        "Designated Nurse for Safeguarding Children", BRUISING),
    "female-genital-mutilation.html": ("Female Genital Mutilation (FGM)", "11 September 2026",
                                       "Designated Nurse for Safeguarding Children", FGM),
    "prevent-and-channel.html": ("Prevent, Radicalisation and the Channel Panel", "19 August 2026",
                                 "Prevent Coordinator", PREVENT),
    "private-fostering.html": ("Private Fostering, Host Families and Language School Students", "6 August 2026",
                               "Private Fostering Team", PRIVATE_FOSTERING),
    "elective-home-education.html": ("Elective Home Education and Children Missing Education", "30 September 2026",
                                     "Elective Home Education Team", EHE),
}

# -- the Bellbuoy bulletin (an email laid out in tables) ---------------------------------------

BULLETIN_ITEMS = [
    ("A new Independent Scrutineer",
     ("Dr Marguerite Oyelaran-Fitch became the MSCP's Independent Scrutineer on 1 June 2026. She follows Professor "
      "Alasdair Quennell, who retired after five years in the role. Dr Oyelaran-Fitch will chair the Resolution "
      "Meetings at Step 4 of the escalation steps.")),
    ("The island in August",
     ("Merrisey's population rises from about 64,000 in winter to about 190,000 at the peak of the season. In August "
      "2025 Lodestar received 41 percent more contacts than in February. Safe Summer posters, with the Lodestar and "
      "out-of-hours numbers, are going up in every holiday park, on the ferry and at the Portnell terminal.")),
    ("Tides and the causeway",
     ("In 2025 the Portnell lifeboat rescued 9 young people who had been cut off by the tide on the Strand Causeway. "
      "The causeway is only safe to cross on foot when the lights at both ends show green. Please remind the children "
      "and young people you work with, and tell families who are new to the island.")),
    ("Under-18s starting at university",
     ("About 180 students under 18 will start at Merrisey University's Tollgate Hill campus in September. The "
      "university's new Student Safeguarding Team can be contacted on 01632 960643. Our practice guide on under-18 "
      "students is on the website.")),
    ("Safer sleep in caravans",
     ("Health visitors gave 96 free travel cots to families in 2025-26, most of them living in caravans or shared "
      "rooms. Whenever you visit a family with a baby, ask to see where the baby sleeps at night.")),
]

BULLETIN_COURSES = [
    ("Using the Mooring Neglect Tool", "17 September 2026", "Fennick Green Village Hall"),
    ("Exploitation on the ferry routes", "1 October 2026", "Online (Microsoft Teams)"),
    ("MSCP annual conference: Children the Season Forgets", "8 October 2026", "The Pavilion, Saltings Bay"),
    ("Managing allegations: a briefing for employers", "5 November 2026", "Harbour House, Portnell"),
]


def bulletin_html() -> str:
    """Bellbuoy, the MSCP bulletin, as an email: nested tables and inline styles, no <main>."""
    td = 'style="padding:12px 26px;font-family:Georgia,serif;font-size:15px;line-height:1.5;color:#14232b;"'
    spacer = '<tr><td height="10" style="font-size:0;line-height:0;">&nbsp;</td></tr>'
    items = "\n".join(
        f'<tr><td class="bb-item" {td}><h2 style="font-size:18px;color:#1f5d7a;margin:0 0 4px;">{h}</h2>'
        f'<p style="margin:0;">{p}</p></td></tr>\n{spacer}' for h, p in BULLETIN_ITEMS)
    rows = "\n".join(f'<tr><td class="bb-c">{c}</td><td class="bb-c">{d}</td><td class="bb-c">{w}</td></tr>'
                     for c, d, w in BULLETIN_COURSES)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bellbuoy - the MSCP bulletin - Summer 2026</title>
<style>.bb-c{{padding:4px 6px;border-bottom:1px solid #c9d8de;}} @media (max-width:600px){{.bb-wrap{{width:100%!important;}}}}</style>
</head>
<body style="margin:0;padding:0;background:#dfe9ed;">
<center>
<table class="bb-wrap" role="presentation" width="640" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="background:#1f5d7a;padding:16px 26px;color:#ffffff;font-family:Georgia,serif;font-size:24px;">Bellbuoy</td></tr>
<tr><td {td}><h1 style="font-size:20px;margin:0 0 6px;">{PARTNERSHIP} bulletin, Summer 2026</h1>
<p style="margin:0;">Sent on 14 July 2026 to practitioners, managers and safeguarding leads across the island.</p></td></tr>
{spacer}
{items}
<tr><td class="bb-item" {td}><h2 style="font-size:18px;color:#1f5d7a;margin:0 0 4px;">Courses this autumn</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:14px;">
<tr><th align="left">Course</th><th align="left">Date</th><th align="left">Venue</th></tr>
{rows}
</table>
<p>MSCP courses are free to anyone who works or volunteers with children on Merrisey. Book through the MSCP Business
Unit on 01632 960668 or at mscp@merrisey.example.org. We charge 40 pounds when a booked place is not used and not
cancelled at least 2 working days before the course.</p></td></tr>
{spacer}
<tr><td style="padding:14px 26px;font-family:Arial,sans-serif;font-size:11px;color:#5b6b72;" align="center">
<p>You receive Bellbuoy because you signed up on the MSCP website. <a href="{SITE}/bulletin/preferences">Change your preferences</a> or <a href="{SITE}/bulletin/leave">unsubscribe</a>.</p>
<p>{PARTNERSHIP}, {ADDRESS}</p>
</td></tr>
</table>
</center>
</body>
</html>
"""


# -- practice alert: dated changes that override the older chapters -----------------------------

ALERTS = [
    ("A new out-of-hours number", "Effective from 9 November 2026",
     ("The Emergency Duty Team has a new telephone number: 01632 960791. The old number, 01632 960517, is being "
      "redirected until 28 February 2027 and will then be switched off. Please change your contact lists, posters "
      "and email signatures now.")),
    ("A new email address for the LADO", "Effective from 2 November 2026",
     ("Allegations should now be emailed to allegations@merrisey.example.org. The old address, "
      "lado@merrisey.example.org, will be checked until 31 December 2026 and then closed. The LADO telephone "
      "number, 01632 960794, has not changed.")),
    ("Lodestar opens earlier", "Effective from 16 November 2026",
     ("Lodestar now opens at 8am, instead of 8.30am, from Monday to Friday. It still closes at 5.30pm, when the "
      "Emergency Duty Team takes over.")),
    ("Escalation: a shorter Step 3", "Effective from 16 November 2026",
     ("Senior managers now have 7 working days, instead of 10, to resolve a difference of view at Step 3 of the "
      "escalation steps. Steps 1, 2 and 4 are unchanged.")),
    ("Home education: a quicker first contact", "Effective from 2 November 2026",
     ("The Elective Home Education Team now offers every family a first contact within 10 working days of being "
      "told, instead of 15 working days. Annual contact is unchanged.")),
]


def alert_html() -> str:
    """MSCP Practice Alert 7: a web page of dated changes."""
    items = "\n".join(f'<article class="alert-item">\n<h2>{h}</h2>\n<p class="alert-effective">{d}</p>\n<p>{p}</p>\n'
                      f"</article>" for h, d, p in ALERTS)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Practice Alert 7: changes from November 2026 - MSCP</title>
<style>.alert-item{{border-left:6px solid #d98b1c;padding:0 14px;margin:18px 0;}} .alert-effective{{font-weight:700;}}</style>
</head>
<body class="mscp-alerts">
<div class="alerts-bar"><a href="{SITE}/">MSCP home</a> &rsaquo; <a href="{SITE}/alerts">Practice alerts</a></div>
<main class="alerts-main">
<h1>Practice Alert 7: changes from November 2026</h1>
<p class="alerts-byline">Issued by the {PARTNERSHIP} on 16 November 2026.</p>
<p>This alert changes some of the numbers and timescales in the procedures manual. Each change applies from the date
shown. Where a chapter still gives the old details, follow this alert: the Lodestar, allegations, bruising,
escalation and home education chapters will be revised by the end of January 2027.</p>
{items}
<p class="alerts-foot">Questions about this alert: MSCP Business Unit, 01632 960668, mscp@merrisey.example.org.</p>
</main>
<div class="alerts-footer"><p>{PARTNERSHIP}, {ADDRESS}.</p></div>
</body>
</html>
"""


# -- DOCX tea-break guide and practice guide --------------------------------------------------

HOLIDAY_PARKS = [
    ("1. Why holiday parks matter on Merrisey",
     [("Merrisey has 14 holiday parks, 9 of them at Saltings Bay. Around 300 families, with about 420 children, live "
       "in caravans or park homes all year round, although most parks are licensed for holidays only and must close "
       "to residents for 6 weeks each winter, usually in January and February."),
      ("In summer the parks also fill with visiting families and with seasonal staff, many of them young adults "
       "living on site.")]),
    ("2. What can go wrong",
     ["children who are not registered with a school or a GP because the family expects to move on;",
      "crowded caravans where children share beds with adults or sleep in living areas;",
      "adults coming and going, whom nobody has checked;",
      "empty caravans used out of season by people who exploit children;",
      "cold and damp in winter, and nowhere to go in the closed weeks;",
      "letters and appointment reminders that never arrive because the family has no fixed address."]),
    ("3. What to ask",
     ["Where will you and the children stay during the weeks the park is closed?",
      "Who else sleeps in the caravan, even for a night or two?",
      "Is every child registered with a school and a GP on the island?",
      "Where does the baby sleep, and can I see?"]),
    ("4. Who can help",
     [("The council's Holiday Parks Liaison Officer, Jonah Trevithick, works with park managers and can be reached at "
       "parks.liaison@merrisey.example.org."),
      ("Park owners are asked to sign the Merrisey Holiday Parks Safeguarding Charter. By May 2026, 12 of the 14 "
       "parks had signed it. Each park that has signed names an on-site safeguarding contact and trains its "
       "kids' club and reception staff every year.")]),
    ("5. Lost children",
     [("Parks that have signed the charter follow a lost child procedure: staff search the site at once, watch the "
       "entrances and the beach path, and call the police if the child has not been found within 20 minutes."),
      ("A child who is found should be asked where they went and who they were with, and the parents told what was "
       "said.")]),
    ("6. Questions for your team",
     ["Do we know which of the families we work with live in a holiday park?",
      "Have we asked what happens to them in January and February?"]),
]


def holiday_parks_docx(path: Path) -> None:
    closing = ("7. Find out more", [("Book the MSCP course on children in seasonal accommodation through the MSCP "
                                     "Business Unit at mscp@merrisey.example.org.")])
    wv.guide_docx(path, "Tea-Break Guide: Children Living and Staying in Holiday Parks",
                  f"A ten-minute read from the {PARTNERSHIP}. Issued: 2 June 2026.",
                  [*HOLIDAY_PARKS, closing], bullets=("2.", "3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 6, 2, 9, 30, 0))


STUDENTS = [
    ("1. Who this guide is about",
     [("Each September about 180 students under 18 start courses at Merrisey University's Tollgate Hill campus. Most "
       "are 17, and a few international students are 16. Portnell College has about 2,300 students aged 16 to 19. "
       "Students under 18 are children, and the usual child safeguarding procedures apply to them.")]),
    ("2. Living in halls",
     [("The university gives every student under 18 a room on the Young Residents' Floor of Gannet Hall. Resident "
       "assistants are on duty there every night from 6pm to 8am."),
      ("A parent or guardian signs a consent form before the student moves in. Welcome events for under-18 students "
       "are free of alcohol."),
      ("International students under 18 must have a guardian in the UK, whose name and telephone number the "
       "university keeps on file.")]),
    ("3. Staff who work with under-18 students",
     ["Staff who lead field trips, lab sessions or boat-based marine biology sessions with under-18 students need an "
      "enhanced Disclosure and Barring Service check.",
      "On every boat trip, each student under 18 has a named adult who is responsible for them.",
      "Staff must not give lifts to an under-18 student alone, or contact them through personal social media."]),
    ("4. Who to contact",
     [("The university's Student Safeguarding Team can be contacted on 01632 960643, from 8am to 8pm every day in "
       "term time, or at safeguarding@merrisey-uni.example.org. The university's Designated Safeguarding Lead is "
       "Dr Ingrid Sorensen-Mwale. Out of those hours, campus security can reach the on-call safeguarding manager."),
      ("Portnell College's Designated Safeguarding Lead is Ciaran Oduya, at safeguarding@portnell-college.example.org."),
      ("If an under-18 student may be at risk of significant harm, contact Lodestar. If the student's home is in "
       "Calderwick, Lodestar will pass the request to Calderwick's children's services.")]),
    ("5. What to look out for",
     ["an older student or a member of staff giving an under-18 student a lot of attention, gifts or alcohol;",
      "threats to share intimate images unless the student pays money (sextortion);",
      "a student who stops attending, stays in their room or seems frightened of going home;",
      "homesickness, loneliness or signs of an eating disorder or self-harm."]),
    ("6. Turning 18",
     [("The under-18 arrangements end on the student's 18th birthday. The Student Safeguarding Team continues to "
       "support students over 18 who are at risk, under the adult safeguarding procedures.")]),
]


def students_docx(path: Path) -> None:
    wv.guide_docx(path, "Practice Guide: Students Under 18 at Merrisey University and Portnell College",
                  f"A practice guide for university, college and partner staff from the {PARTNERSHIP}. "
                  "Issued: 7 September 2026.",
                  STUDENTS, bullets=("3.", "5."), author=PARTNERSHIP, when=dt.datetime(2026, 9, 7, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Baby L, a boy who "
           "was 4 months old when he was admitted to St Elwyn's Hospital in June 2025 with a head injury and "
           "fractures to his ribs. The MSCP held a rapid review within 15 working days and then commissioned a local "
           "review. The independent reviewer was Juno Halvorsen-Leigh.")),
    ("h", "Background"),
    ("p", ("Baby L lived with his 19-year-old mother in a static caravan at a holiday park in Saltings Bay. The family "
           "had moved from Calderwick in March 2025 so that his mother could work the season in the park's "
           "restaurant. Her partner, who was not Baby L's father, stayed in the caravan most nights but was not "
           "known to any agency on the island.")),
    ("p", ("Three weeks before his admission, a small bruise on Baby L's cheek was seen at a baby weighing clinic in "
           "Portnell. His mother said that a visiting child had caught him with a toy. The explanation was accepted "
           "and the bruise was not referred to Lodestar. A park first aider saw a mark on his arm a week later and "
           "did not tell anyone.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The bruise on a non-mobile baby was explained away. The protocol was not followed, and no "
           "body map was completed.")),
    ("p", ("Finding 2: Baby L's health records took 7 weeks to arrive from Calderwick, so the health visitor did "
           "not know that his mother had been supported by Calderwick's early help service.")),
    ("p", ("Finding 3: Nobody asked who else lived in the caravan. The mother's partner was invisible to services.")),
    ("p", ("Finding 4: Staff at the holiday park had not been trained in safeguarding and did not know how to raise "
           "a concern.")),
    ("h", "Recommendations"),
    ("n", "Every bruise on a non-mobile baby is referred to Lodestar on the same day, whatever the explanation."),
    ("n", "Practitioners ask, at every home visit, who lives in the home and who looks after the baby."),
    ("n", "Health records for babies moving to the island are requested on the day the family registers."),
    ("n", "Holiday parks train their staff and name an on-site safeguarding contact."),
    ("h", "What has changed"),
    ("p", ("Since March 2026 GP practices on Merrisey flag every newly registered baby who has moved from another "
           "area, and the health visitor requests the records the same day. By July 2026, 1,150 practitioners had "
           "completed the MSCP bruising e-learning, and the Calm Tides programme now includes a conversation with "
           "fathers and partners. The Holiday Parks Safeguarding Charter was launched in January 2026.")),
    ("p", "Baby L has recovered well and lives with his maternal grandparents under a special guardianship order."),
    ("h", "Questions for your team"),
    ("b", "When a parent gives a reasonable explanation for a bruise, what do we do next?"),
    ("b", "Do we know every adult who stays in the homes we visit?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is the first annual report I have presented as Independent Scrutineer, and it covers a year that "
           "my predecessor, Professor Alasdair Quennell, oversaw. The year was shaped by the review of Baby L, which "
           "showed how easily a family living in a holiday park can be missed, and by the pressure that the summer "
           "season puts on every service. Dr Marguerite Oyelaran-Fitch, Independent Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are the Isle of Merrisey Council, NHS Calder Coast Integrated Care Board "
           "and Calder Coast Police. In 2025-26 the Lead Safeguarding Partner was the council's Chief Executive. "
           "The MSCP Executive meets every 6 weeks. The MSCP Business Unit is managed by Tamsin Achterberg-Lowe. "
           "Merrisey University joined the partnership as a relevant agency in 2025 and contributes to its budget.")),
    ("h", "Funding 2025-26"),
    ("t", [["Contributor", "Amount", "Share"],
           ["Isle of Merrisey Council", "142,000 pounds", "55%"],
           ["NHS Calder Coast ICB", "72,300 pounds", "28%"],
           ["Calder Coast Police", "36,100 pounds", "14%"],
           ["Merrisey University", "7,750 pounds", "3%"],
           ["Total", "258,150 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to Lodestar", "5,482", "6,031"],
           ["Contacts that became referrals", "1,226", "1,318"],
           ["Re-referrals within 12 months", "21%", "17%"],
           ["Assessments completed within 35 working days", "71%", "78%"],
           ["Strategy discussions held", "702", "764"],
           ["Section 47 enquiries", "455", "489"],
           ["Initial conferences within 15 working days", "83%", "88%"],
           ["Children with a child protection plan at 31 March", "139", "152"],
           ["Children in care at 31 March", "188", "196"],
           ["Family Help Plans started", "914", "1,037"],
           ["Missing episodes reported", "803", "861"],
           ["Return interviews accepted", "58%", "64%"],
           ["Allegations referred to the LADO", "96", "109"],
           ["Private fostering arrangements known at 31 March", "13", "17"],
           ["Children home educated at 31 March", "251", "287"],
           ["Practitioners trained on MSCP courses", "1,210", "1,466"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 47 percent of child protection plans, emotional abuse "
           "for 33 percent, physical abuse for 12 percent and sexual abuse for 8 percent. 9 of the children with a "
           "plan were unborn babies.")),
    ("h", "The summer peak"),
    ("p", ("Contacts to Lodestar in August 2025 were 41 percent higher than in February 2026. Over a third of the "
           "August contacts were about children who were visiting the island rather than living on it.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The MSCP held 3 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Baby L. The Child Death Overview Panel that Merrisey shares with Calderwick reviewed the deaths of "
           "6 Merrisey children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The MSCP audited 20 cases of children living in holiday parks. In 13 of them, nobody had recorded where the "
           "family would stay during the closed weeks. In 8, a child was not registered with a GP on the island.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The MSCP's priorities for 2026-27 are: babies and the adults around them; children in seasonal and "
           "insecure accommodation; and exploitation on the ferry routes. Each priority is led by one of the three "
           "safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Baby L",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 14 August 2026.", BRIEFING,
                 "Merrisey SCP | Learning Briefing: Baby L | August 2026",
                 f"{PARTNERSHIP} - merrisey-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "MSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 29 September 2026.",
                 ANNUAL, "Merrisey SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - merrisey-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Merrisey document into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, (title, reviewed, owner, body) in CHAPTERS.items():
        (out / name).write_text(page(title, reviewed, owner, body), encoding="utf-8")
    pages = {"bellbuoy-bulletin-summer-2026.html": bulletin_html(),
             "practice-alert-november-2026.html": alert_html()}
    files = {"tea-break-guide-holiday-parks.docx": holiday_parks_docx,
             "practice-guide-students-under-18.docx": students_docx,
             "learning-briefing-baby-l.pdf": briefing_pdf,
             "annual-report-2025-26-extract.pdf": annual_report_pdf}
    return [out / name for name in CHAPTERS] + wv.write_documents(out, pages, files)


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Merrisey in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
