"""Build the sixteenth held-out corpus (Marlcote), and assemble demo corpus + Marlcote for evaluation.

Run from the repository root:  python eval/holdout16/build.py

Marlcote is a nineteenth fictional partnership: a 1960s new town and the district around it. It holds Marlcote
Airport, an international airport where Border Force officers meet unaccompanied children and refer them on; the
Caddow Cross Distribution Park, a belt of motorway warehouses whose night shifts many parents work; families placed
in temporary accommodation in hotels (Skyway Lodge, the Concourse Hotel) and a converted office block (Larchfield
House), some of them placed by other councils; the University of Marlcote and Marlcote College, with 16 and 17 year
olds on their courses; the Kestrel Children's Hospital; mosques, gurdwaras and churches with madrassas,
supplementary schools and other out-of-school settings; the Ridgeline Academies Trust, which runs most of the
secondary schools; and many children who are young carers. Its neighbour is Dunsworth, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Marlcote's web pages have their own house style (a "child in danger" alert bar, a
masthead with a "Report a concern" button, a chapter-contents rail, a "Last reviewed" stamp, a "Key points" box,
sections laid out as tab panels, contact cards as definition lists, "Did you know?" and "Practice point" callouts, a
glossary and an amendments note), beside a newsletter (The Windsock) laid out as a two-column bulletin, a practice
update of dated changes that overrides some older pages (a new out-of-hours number, an earlier front-door opening
time, a shorter timescale for young carers' needs assessments, a new LADO email address, and the Crosswind Panel,
which looks at exploitation and missing children, meeting every two weeks instead of every four), two Word guides
and two PDFs (a practice review's learning briefing and an annual report extract with a funding table and two years
of figures). The writers are the shared ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant
mode), so the build is byte-reproducible; only Marlcote's words and page template live here. Its phone numbers
(01632 960131-960139 and 960141-960149) have one purpose each, and every person, place and service named is
invented.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "marlcote"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Marlcote Safeguarding Children Partnership"
SITE = "https://marlcote-scp.example.org"
ADDRESS = "Gatehouse Chambers, 1 Concourse Way, Marlcote MT4 2RW"

# -- Marlcote's page template and its pieces -------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - Marlcote SCP Procedures Manual</title>
<link rel="shortlink" href="{site}/?p={pid}">
<link rel="stylesheet" href="{site}/wp-content/themes/mscp-manual/css/main.css?v=2.8">
<link rel="stylesheet" href="{site}/wp-content/plugins/mscp-tabs/tabs.css?v=1.3">
</head>
<body class="mscp chapter chapter-{pid}">
<div class="mscp-alertbar" role="region" aria-label="Emergency">
  <p><strong>Child in danger?</strong> Call 999 now. Worried about a child? Contact Touchstone.</p>
</div>
<header class="mscp-masthead">
  <div class="mscp-brand"><a href="{site}/"><img src="{site}/wp-content/uploads/mscp-logo.svg" alt="MSCP"
    width="150" height="48"></a> <span class="mscp-brand-name">Marlcote SCP</span></div>
  <a class="mscp-report" href="{site}/report-a-concern">Report a concern</a>
  <nav class="mscp-menu" aria-label="Main menu">
    <ul>
      <li><a href="{site}/manual">Procedures Manual</a></li>
      <li><a href="{site}/continuum">Continuum of Need</a></li>
      <li><a href="{site}/learning">Learning from Reviews</a></li>
      <li><a href="{site}/windsock">The Windsock</a></li>
      <li><a href="{site}/training">Training</a></li>
      <li><a href="{site}/contact">Contact us</a></li>
    </ul>
  </nav>
  <form class="mscp-search" role="search" action="{site}/"><label for="mq">Search the manual</label>
    <input id="mq" name="s" type="search"><button type="submit">Search</button></form>
</header>
<div class="mscp-titlebar"><p>Procedures Manual &rsaquo; {part} &rsaquo; {short}</p></div>
<div class="mscp-wrap">
<nav class="mscp-contents" aria-label="Chapter contents">
  <h2>Contents</h2>
  <ol>
{contents}
  </ol>
</nav>
<main id="main" class="mscp-chapter">
<p class="mscp-owner">{partnership} | Procedures Manual | {part}</p>
<h1>{title}</h1>
<p class="mscp-reviewed">Last reviewed: {reviewed} <span class="mscp-next">Next review: {next_review}</span></p>
{body}
<div class="mscp-amend"><h2>Amendments</h2><p>{amend}</p></div>
</main>
<aside class="mscp-seealso" aria-label="See also">
  <h2>See also</h2>
  <ul>
{seealso}
  </ul>
  <p><a href="javascript:window.print()">Print chapter</a> | <a href="{site}/alerts">Email me when this changes</a></p>
</aside>
</div>
<footer class="mscp-footer">
  <p>{partnership}, {address}</p>
  <ul><li><a href="{site}/accessibility">Accessibility</a></li><li><a href="{site}/privacy">Privacy</a></li>
  <li><a href="{site}/cookies">Cookies</a></li><li><a href="{site}/translate">Translate this page</a></li></ul>
  <p class="mscp-disclaimer">This manual is kept online. A printed or downloaded copy may already be out of date.</p>
</footer>
<script src="{site}/wp-content/plugins/mscp-tabs/tabs.js?v=1.3"></script>
</body>
</html>
"""


def keypoints(*points: str) -> str:
    """The "Key points" box at the top of a chapter."""
    items = "\n".join(f"<li>{p}</li>" for p in points)
    return f'<div class="mscp-keypoints">\n<h2>Key points</h2>\n<ol>\n{items}\n</ol>\n</div>'


def tabs(*panels: tuple[str, ...]) -> str:
    """Sections as tab panels: a tab list, then one panel per section (heading, then its blocks)."""
    labels = "\n".join(f'<li role="tab" aria-controls="tab-{i}">{p[0]}</li>' for i, p in enumerate(panels, 1))
    bodies = "\n".join(f'<section class="mscp-tabpanel" role="tabpanel" id="tab-{i}">\n<h2>{p[0]}</h2>\n'
                       + "\n".join(p[1:]) + "\n</section>" for i, p in enumerate(panels, 1))
    return f'<ul class="mscp-tablist" role="tablist">\n{labels}\n</ul>\n{bodies}'


para = wv.paragraphs


def bullets(*texts: str) -> str:
    return wv.html_list("ul", texts, "mscp-list")


def steps(*texts: str) -> str:
    return wv.html_list("ol", texts, "mscp-steps")


def cards(*entries: tuple[str, str, str, str]) -> str:
    """Contact cards: name, telephone, email, hours (a field left empty is not shown)."""
    out = []
    for name, phone, email, hours in entries:
        rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in (("Telephone", phone), ("Email", email),
                                                                 ("Hours", hours)) if v)
        out.append(f'<div class="mscp-card">\n<h3>{name}</h3>\n<dl>{rows}</dl>\n</div>')
    return '<div class="mscp-cards">\n' + "\n".join(out) + "\n</div>"


def did_you_know(text: str) -> str:
    return f'<div class="mscp-dyk" role="note"><h3>Did you know?</h3><p>{text}</p></div>'


def practice_point(text: str) -> str:
    return f'<div class="mscp-pp" role="note"><h3>Practice point</h3><p>{text}</p></div>'


def glossary(pairs: list[tuple[str, str]]) -> str:
    items = "\n".join(f"<dt>{term}</dt>\n<dd>{meaning}</dd>" for term, meaning in pairs)
    return f'<div class="mscp-glossary">\n<h2>Words used in this chapter</h2>\n<dl>\n{items}\n</dl>\n</div>'


def faq(pairs: list[tuple[str, str]]) -> str:
    """Questions and answers as a definition list (inside a tab panel, which carries the heading)."""
    items = "\n".join(f"<dt>{q}</dt>\n<dd>{a}</dd>" for q, a in pairs)
    return f'<dl class="mscp-faq">\n{items}\n</dl>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return wv.html_table(caption, header, rows, "mscp-table", th_attrs=' scope="col"')



def page(pid: int, title: str, short: str, part: str, reviewed: str, next_review: str, body: str, amend: str,
         seealso: tuple[str, ...]) -> str:
    """One chapter in Marlcote's house style (alert bar, masthead, contents rail, see-also and footer are outside
    <main>); the contents rail lists the chapter's section headings."""
    headings = re.findall(r"<h2>(.*?)</h2>", body)
    contents = "\n".join(f'    <li><a href="#s{i}">{h}</a></li>' for i, h in enumerate(headings, 1))
    links = "\n".join(f'    <li><a href="{SITE}/manual/{wv.slugify(s)}">{s}</a></li>' for s in seealso)
    return PAGE.format(pid=pid, title=title, short=short, part=part, reviewed=reviewed, next_review=next_review,
                       body=body.strip(), amend=amend, contents=contents, seealso=links, site=SITE,
                       partnership=PARTNERSHIP, address=ADDRESS)


# -- procedure chapters ------------------------------------------------------------------------

TOUCHSTONE = f"""
{keypoints("Touchstone is the single front door to children's social care in Marlcote, for professionals and the "
           "public alike.",
           "Ring Touchstone first when you think a child is at risk of significant harm; for other worries, send a "
           "Request for Support online.",
           "Touchstone is not an emergency service. If a child is in immediate danger, call 999.")}
{cards(("Touchstone", "01632 960131", "touchstone@marlcote.example.org", "Monday to Friday, 9am to 5pm"),
       ("Touchstone Talkline (advice for professionals; not a referral)", "01632 960132", "",
        "Tuesday and Thursday, 10am to 1pm"),
       ("Out of Hours Social Work Service", "01632 960133", "",
        "5pm to 9am on weekdays, all weekend and on bank holidays"),
       ("Wenlow Police Child Protection Hub (professionals only)", "01632 960149", "", "24 hours a day"))}
{tabs(
    ("Who works in Touchstone",
     para("Touchstone is based at Gatehouse Chambers in the town centre and is managed by Rukhsana Velloway, Service "
          "Manager for the front door. Social workers sit alongside officers from Wenlow Police, a safeguarding nurse "
          "from the Kestrel Children's Hospital, an education safeguarding adviser and an adviser from Sunhaven "
          "Domestic Abuse Service.",
          "A link worker from the Meridian Team, which works with children arriving through Marlcote Airport, is in "
          "Touchstone every weekday morning. An officer from the Placed Families Team joins the team on Mondays and "
          "Wednesdays to help with families living in temporary accommodation.")),
    ("Making a Request for Support",
     para("Written referrals are made on the Marlcote Request for Support form, known as the RFS, which is on the "
          "MSCP website. When you have phoned Touchstone about a child at risk of significant harm, send the RFS "
          "by the end of the same working day so that your concerns are on record in your own words.",
          "If your worry is not urgent, send the RFS without phoning first. Say what you have seen and heard, what "
          "the child has told you in their own words, and what has already been tried to help.",
          "List everyone who lives in the household and the languages they speak, and say whether an interpreter is "
          "needed. For a family in temporary accommodation, give the hotel or building, the room or flat number and "
          "the council that placed the family there. For a child who has recently arrived through Marlcote Airport, "
          "give the date of arrival.",
          "Professionals must give their name, role and agency. Members of the public can stay anonymous."),
     practice_point("Never ask a child to interpret for their own family when you are raising a concern. Touchstone "
                    "can book an interpreter for a call in more than 40 languages.")),
    ("How Touchstone decides",
     steps("A Touchstone team manager reads every contact and gives it a priority.",
           "Priority 1, where a child may be at risk of significant harm now, is decided within 2 hours.",
           "Priority 2 is decided within 1 working day.",
           "Priority 3 is decided within 3 working days.",
           "The professional who made the contact is told the outcome within 2 working days of the decision."),
     para("Where a child and family assessment is needed, Marlcote aims to complete it within 35 working days, "
          "well inside the national limit of 45 working days.",
          "When a child has been the subject of 3 or more contacts in 12 months, the team manager carries out a "
          "Case History Check of everything known about the child before deciding what should happen.")),
    ("Consent",
     para("Tell the family that you are worried and that you are contacting Touchstone, and ask for their "
          "agreement, unless this would put the child or someone else at greater risk, or could get in the way of "
          "a police investigation.",
          "For a Priority 1 concern you do not need the family's consent. Record why you went ahead without it. "
          "For a Priority 3 concern, Touchstone will usually ask you to get consent before it can act.")),
    ("Unborn babies",
     para("Send an RFS about an unborn baby as soon as you are worried and no later than 14 weeks of pregnancy. A "
          "pre-birth assessment should be completed by 26 weeks of pregnancy, and a pre-birth planning meeting held "
          "by 30 weeks, so that a plan is ready well before the baby is due.")),
    ("Children placed in Marlcote by another council",
     para("Many families living in Marlcote's hotels and converted offices were placed there by other councils. If "
          "a child from one of these families may be at risk of significant harm, Touchstone acts straight away, "
          "whichever council placed the family.",
          "Touchstone tells the placing council within 1 working day. The placing council keeps responsibility for "
          "any assessment or plan it already has open, unless the two councils agree in writing to transfer it.")),
    ("Questions and answers",
     faq([
         ("I only want to talk a worry through. Who can I ring?",
          "Ring the Touchstone Talkline and speak to a senior practitioner. A consultation is not a referral: the "
          "decision about what to do next stays with you and your safeguarding lead."),
         ("I have not heard back. What should I do?",
          "You should hear within 2 working days of the decision. If you have not, ring Touchstone and ask for the "
          "duty team manager."),
         ("The child lives in another area but goes to school in Marlcote. Who do I contact?",
          "Contact the children's services of the area where the child lives. If the child is in danger while in "
          "Marlcote, Touchstone acts first and then passes the referral on."),
     ])),
)}
{did_you_know("Touchstone's education safeguarding adviser can tell you whether a child is on a school roll "
              "anywhere in Marlcote, which helps when a family has moved between hotels.")}
"""

CONTINUUM = f"""
{keypoints("Marlcote uses four levels of need. Level 4 has two parts: 4a (child in need) and 4b (child protection).",
           "Foothold is Marlcote's early help offer at Levels 2 and 3.",
           "A level describes a child's needs at one point in time. It can go up or down, and it never replaces a "
           "conversation with your safeguarding lead.")}
{table("The Marlcote Continuum of Need", ("Level", "What it means", "Examples in Marlcote", "What to do"), [
    ("Level 1: Universal", "The family and services open to everyone meet the child's needs.",
     "Attends school regularly; registered with a GP; development on track.", "Carry on; no referral needed."),
    ("Level 2: Foothold single agency", "One agency can meet an extra need, with advice from others if needed.",
     ("School attendance between 90 and 95 percent; a young carer who is coping well; a parent on night shifts who "
      "needs help finding childcare."), "Support within your own agency and record a short plan."),
    ("Level 3: Foothold Family Plan", "Several needs that call for a plan shared by more than one agency.",
     ("Attendance below 90 percent; a family moved between hotels three times in a year; a young carer missing "
      "school; a 12-year-old regularly left in charge of younger children overnight."),
     "Start a Foothold Family Assessment with the family's agreement."),
    ("Level 4a: Child in need", "Complex needs that call for a social work assessment.",
     ("A disabled child whose parents cannot cope without specialist help; a 16 or 17 year old who is homeless."),
     "Send a Request for Support to Touchstone."),
    ("Level 4b: Child protection", "The child is suffering, or is likely to suffer, significant harm.",
     ("Any bruise on a baby who is not yet crawling; a child who says an adult has hurt them; an unaccompanied child "
      "met at the airport by an adult who is not a relative."),
     "Phone Touchstone on 01632 960131 straight away, or call 999 if the child is in immediate danger."),
])}
{tabs(
    ("Foothold early help",
     para("Foothold is Marlcote's early help offer. Any practitioner can start a Foothold Family Assessment with "
          "the family's agreement, and the practitioner who knows the family best usually becomes the lead "
          "practitioner, whichever agency they work for.",
          "A Foothold Family Plan is reviewed with the family at a Team Around the Family meeting at least every "
          "6 weeks.",
          "The Foothold advice line, 01632 960135, is open Monday to Friday, 9am to 4.30pm. You can also email "
          "foothold@marlcote.example.org.")),
    ("The Foothold Forum",
     para("The Foothold Forum meets every Thursday morning. It finds a lead practitioner for families who need a "
          "Foothold Family Plan but have nobody to lead it, and it hears requests for help from the family hubs.",
          "If you are unsure which level fits, book a 20-minute slot at a Foothold Surgery. Surgeries run every "
          "Friday from 1pm to 3pm on Microsoft Teams, with a senior early help practitioner and a Touchstone "
          "social worker.")),
    ("Family hubs",
     para("Marlcote has four family hubs, at Hatchmead, Orbury Green, Pelham Rise and the Town Centre. Each hub "
          "offers health visitor clinics, parenting groups, debt and housing advice and a Foothold duty worker. "
          "The Town Centre hub is open on Saturday mornings for parents who work shifts during the week.")),
    ("Stepping up and stepping down",
     para("If a Foothold Family Plan has made little difference after 2 reviews, the lead practitioner discusses "
          "with their safeguarding lead whether the child's needs have reached Level 4.",
          "When children's social care closes a case and the family still needs help, the social worker and the new "
          "lead practitioner hold a handover meeting with the family within 10 working days.")),
    ("Consent",
     para("Help at Levels 2 and 3 is voluntary and depends on the family agreeing to it. At Level 4a, seek the "
          "family's consent before you send a Request for Support. At Level 4b, a refusal must never stop you "
          "acting to protect a child.")),
)}
{did_you_know("Living in temporary accommodation, arriving in the country alone or having a parent who works "
              "nights does not put a child at any level on its own. Ask what those circumstances mean for this "
              "child.")}
"""

LADO = f"""
{keypoints("Contact the LADO within 1 working day when someone who works or volunteers with children may have "
           "harmed a child, or may pose a risk to children.",
           "Do not investigate, question the child or the adult, or warn the adult before you have spoken to the "
           "LADO.",
           "The procedure covers madrassas, supplementary schools, faith groups, sports clubs and airport and "
           "airline staff as well as schools, nurseries and foster carers.")}
{cards(("Marlcote LADO Service", "01632 960134", "lado@marlcote.example.org", "Monday to Friday, 9am to 5pm"))}
{tabs(
    ("Who the procedure covers",
     para("The procedure applies to anyone who works or volunteers with children in Marlcote, paid or unpaid. That "
          "includes teachers and support staff in the Ridgeline Academies Trust, tutors and volunteers at madrassas "
          "and supplementary schools, faith leaders, sports coaches, foster carers, lecturers who teach 16 and 17 "
          "year olds at Marlcote College and the University of Marlcote, and airline and airport staff who escort "
          "unaccompanied children through Marlcote Airport.",
          "Where a worker is supplied by an agency, both the agency and the setting where they work must take part, "
          "and the setting must not simply stop using the worker without telling the LADO.")),
    ("When to contact the LADO",
     para("Contact the LADO when an adult who works with children has behaved in a way that has harmed, or may "
          "have harmed, a child; may have committed a criminal offence against or related to a child; has behaved "
          "towards a child in a way that shows they may pose a risk of harm; or has behaved in a way that shows they "
          "may not be suitable to work with children.",
          "The last of these includes concerns from the adult's private life, such as being arrested for domestic "
          "abuse, even when no child was involved.")),
    ("What to do and when",
     steps("Make sure the child is safe. If the child is in immediate danger, call 999.",
           "The setting's designated senior manager contacts the LADO within 1 working day of hearing of the concern.",
           "Send the LADO Notification Form within 2 working days of that first contact.",
           "The LADO decides within 2 working days whether the concern meets the threshold for the procedure.",
           "Where it does, the LADO calls an Allegation Management Meeting, normally within 5 working days."),
     para("Out of hours, if a child may be at immediate risk, call the Out of Hours Social Work Service on 01632 "
          "960133 and tell the LADO on the next working day.",
          "The LADO Service is staffed by two designated officers, Pavani Thistlewood and Rollo Vantreight.")),
    ("The Allegation Management Meeting",
     para("The meeting brings together the LADO, the employer, Wenlow Police and children's social care. It agrees "
          "who will investigate, whether the adult should be suspended or moved to other duties, how the child and "
          "family will be supported and what the adult will be told. Further meetings are held every 4 weeks until "
          "the case is concluded.",
          "Marlcote aims to conclude 80 percent of cases within 1 month and 90 percent within 3 months.")),
    ("Outcomes and records",
     para("Every allegation is given one of five outcomes: substantiated, false, malicious, unsubstantiated or "
          "unfounded. Where the employer dismisses the adult, or would have done if they had not resigned, the "
          "employer must refer them to the Disclosure and Barring Service.",
          "Records of allegations that are not found to be false or malicious are kept on the adult's confidential "
          "personnel file until they reach normal pension age, or for 10 years, whichever is longer.")),
    ("Low-level concerns",
     para("Concerns that do not meet the threshold are recorded and managed by the employer under its code of "
          "conduct. Where an employer records 3 or more low-level concerns about the same adult within 12 months, "
          "it should discuss the pattern with the LADO."),
     practice_point("A volunteer tutor at a supplementary school who gives a pupil lifts home alone and messages "
                    "them late at night should be discussed with the LADO, even if the pupil has not complained.")),
)}
{did_you_know("You can ring the LADO for advice without making a formal referral. About two in every five calls to "
              "the service are consultations that do not become referrals.")}
"""

STRATEGY = f"""
{keypoints("Hold a strategy discussion whenever there is reasonable cause to suspect that a child is suffering, or "
           "is likely to suffer, significant harm.",
           "Where a child may be at immediate risk, the discussion is held within 4 hours; otherwise by the end of "
           "the next working day.",
           "A section 47 enquiry is completed within 15 working days of the strategy discussion.")}
{tabs(
    ("Who convenes it and who takes part",
     para("A Touchstone team manager, or the team manager of the child's social worker if the case is already "
          "open, convenes and chairs the strategy discussion. It must include children's social care, Wenlow Police "
          "and health, usually the named nurse from the Kestrel Children's Hospital or the child's GP, together with "
          "the agency that made the referral and the child's school or nursery.",
          "When a child has been met at Marlcote Airport, the Border Force officer who dealt with the child is "
          "invited. When a family was placed in Marlcote by another council, the placing council's social worker "
          "is invited.")),
    ("How quickly",
     para("Where a child may be at immediate risk, the strategy discussion is held within 4 hours of the decision "
          "that one is needed, and protective action must not wait for it. In all other cases it is held by the end "
          "of the next working day. It can take place in person, on Microsoft Teams or by phone.")),
    ("What the discussion decides",
     bullets("whether to start an enquiry under section 47 of the Children Act 1989, and who will lead it;",
             "whether there will be a police investigation, and whether it is a joint one;",
             "what must happen now to keep this child and any other children safe;",
             "whether a child protection medical is needed at the Kestrel Children's Hospital;",
             "when and how the parents will be told, and what support the child needs."),
     para("The chair records the discussion on the Marlcote Strategy Record and sends it to everyone who took part "
          "within 1 working day.")),
    ("The section 47 enquiry",
     para("A registered social worker leads the enquiry. The child must be seen within 24 hours of the strategy "
          "discussion unless the discussion agreed a different time, and seen alone where that is right for the "
          "child. Other agencies must share what they know when asked.",
          "The social worker completes and records the enquiry within 15 working days of the strategy discussion.",
          "Interviews with children who may be witnesses in a criminal case are held as Achieving Best Evidence "
          "interviews at the Wenlow Police Child Interview Suite at Orbury Green.")),
    ("Outcomes",
     para("The enquiry can end in one of three ways: the concerns are not substantiated; the concerns are "
          "substantiated but the child is not judged to be at continuing risk, so a child in need plan is made; or "
          "the concerns are substantiated and the child is judged to be at continuing risk of significant harm, in "
          "which case an initial child protection conference is arranged.",
          "If new information comes to light during the enquiry, the chair must reconvene the strategy discussion.")),
    ("Interpreters",
     para("Always use a professional interpreter. Never use a family member, a neighbour or the child to interpret "
          "in a section 47 enquiry, however fluent they seem.")),
)}
{practice_point("If you disagree with the outcome of a strategy discussion, say so in the discussion and then use "
                "the MSCP escalation procedure. Do not wait until the next meeting.")}
"""

CONFERENCES = f"""
{keypoints("An initial child protection conference is held within 15 working days of the strategy discussion at "
           "which the section 47 enquiry began.",
           "Agency reports go to the chair and to the parents at least 2 working days before the conference.",
           "The first review conference is held within 3 months, and later reviews every 6 months.")}
{cards(("Child Protection Conference Unit", "01632 960144", "conferences@marlcote.example.org",
        "Monday to Friday, 9am to 5pm"))}
{tabs(
    ("Arranging the conference",
     para("Conferences are arranged by the Child Protection Conference Unit and chaired by an Independent Conference "
          "Chair, who has no line management responsibility for the case. Most conferences are held at Gatehouse "
          "Chambers, and anyone can join on Microsoft Teams.",
          "A conference is quorate when children's social care and at least 2 other agencies that know the child "
          "are present.")),
    ("Reports and the child's voice",
     para("Every agency invited must send a written report to the chair and share it with the parents at least 2 "
          "working days before the conference.",
          "Children aged 10 and over are invited to take part in the part of the conference that suits them. "
          "Younger children can share their views through drawings or the Say It Your Way form, and any child can "
          "have an advocate from the Marlcote Children's Voice Service.")),
    ("The child protection plan",
     para("The conference decides whether the child needs a child protection plan, and under which category: "
          "neglect, physical abuse, emotional abuse or sexual abuse.",
          "The core group, made up of the social worker, the parents and the professionals most involved, meets for "
          "the first time within 10 working days of the conference, and then at least every 4 weeks.",
          "The social worker visits the child at least every 10 working days while the plan is in place, and sees "
          "the child alone on most visits.")),
    ("Review conferences",
     para("The first review conference is held within 3 months of the initial conference, and later reviews every "
          "6 months while the child needs a plan. A plan can end at any review when the child is no longer at risk "
          "of significant harm.")),
    ("Children who move into or out of Marlcote",
     para("When a child with a child protection plan moves into Marlcote, including a child placed in temporary "
          "accommodation by another council, a transfer-in conference is held within 15 working days of Marlcote "
          "being told. The plan from the old area stays in force until then.",
          "When a child with a plan moves out of Marlcote, the social worker tells the new area straight away and "
          "stays responsible until the new area holds its transfer-in conference.")),
    ("If a parent disagrees",
     para("A parent who wants to complain about how a conference was run, or about its decision, writes to the "
          "Head of Child Protection Standards within 10 working days of the conference. The plan stays in place while "
          "the complaint is looked at.")),
)}
{did_you_know("Interpreters for conferences are booked by the Child Protection Conference Unit. Tell the service which "
              "language and dialect the family speaks when the conference is first arranged.")}
"""

ESCALATION = f"""
{keypoints("Resolve disagreements between professionals quickly and at the lowest level you can.",
           "The procedure has four stages, with a time limit for each.",
           "Never use this procedure when a child is in immediate danger: call 999 or ring Touchstone.")}
{tabs(
    ("The four stages",
     table("Escalation stages in Marlcote", ("Stage", "Who", "Time allowed"), [
         ("Stage 1", "The two practitioners talk directly, by phone or face to face.", "2 working days"),
         ("Stage 2", "The practitioners' line managers or supervisors.", "3 working days"),
         ("Stage 3", "Service managers, or the named or designated safeguarding professionals.", "5 working days"),
         ("Stage 4", "The MSCP Escalation Panel, chaired by the Independent Scrutineer.", "10 working days"),
     ]),
     para("Move to the next stage only if the disagreement has not been resolved in the time allowed. The decision "
          "of the MSCP Escalation Panel is final.")),
    ("Recording and notifying",
     para("Record each stage on the child's file in your own agency: what was discussed, what was agreed and who "
          "will do what.",
          "At Stage 3 and Stage 4, send an MSCP Escalation Notice to escalations@marlcote-scp.example.org so that "
          "the partnership can keep track of the case.")),
    ("Disagreeing with a conference decision",
     para("If your agency disagrees with a decision made at a child protection conference, say so to the chair at "
          "the conference, and then write to the Head of Child Protection Standards within 5 working days. The "
          "conference decision stands while the disagreement is considered.")),
    ("Learning from escalations",
     para("The MSCP Business Unit reviews the escalation log every quarter and reports themes to the Practice and "
          "Learning Group. Escalations about families placed in Marlcote by other councils are also shared with "
          "the council concerned.")),
)}
{practice_point("Escalating is part of good practice, not a complaint about a colleague. Most disagreements in "
                "Marlcote are settled at Stage 1 or Stage 2.")}
"""

MISSING = f"""
{keypoints("Every missing episode matters, however often a child goes missing.",
           "Every child who returns is offered a Touchdown conversation within 72 hours.",
           "A missing strategy meeting is held for any child under 12 who goes missing.")}
{tabs(
    ("Reporting a child missing",
     para("Parents and carers should call 999 if they believe a missing child is at risk, or 101 otherwise. Foster "
          "carers and children's home staff follow the child's missing plan, report the child missing to Wenlow "
          "Police and tell the child's social worker within 1 hour, or the Out of Hours Social Work Service outside "
          "office hours.",
          "Carers of every child in care keep a Missing Profile with a recent photograph, a description, phone "
          "numbers, friends and places the child is known to go. The profile is updated every 6 months and after "
          "every missing episode.")),
    ("Children missing from hotels and temporary accommodation",
     para("Hotel and building managers at Skyway Lodge, the Concourse Hotel and Larchfield House have been asked to "
          "tell the Placed Families Team on 01632 960138 on the same day if a child from a placed family is reported "
          "missing or has not been seen for 24 hours.",
          "When the family was placed by another council, Touchstone tells that council on the same day, and "
          "Marlcote's Touchdown Service still offers the child a Touchdown conversation.")),
    ("Touchdown conversations",
     para("In Marlcote, return home interviews are called Touchdown conversations. They are carried out by the "
          "Touchdown Service, run by the Tandem Youth Trust, which is independent of the child's carers and social "
          "worker. A Touchdown conversation is offered within 72 hours of the child's return and should be "
          "completed within 5 working days.",
          "The conversation explores why the child went missing, where they were and who with, whether anyone hurt "
          "or exploited them, and what would help. If the child does not want to talk, the offer is made again and "
          "another trusted adult may try.",
          "Contact the Touchdown Service at touchdown@marlcote.example.org.")),
    ("Missing strategy meetings",
     para("A missing strategy meeting is held when a child goes missing 3 or more times in 30 days, when a child has "
          "been missing for more than 24 hours, or when any child under 12 goes missing. It is held sooner if there "
          "are signs of exploitation, and it decides whether the child should be discussed at the Crosswind "
          "Panel.")),
    ("Unaccompanied children",
     para("An unaccompanied child who goes missing in the first days after arriving in Marlcote may have been "
          "trafficked and is treated as high risk. Staff at Greywing House tell Wenlow Police at once and then the "
          "Meridian Team on 01632 960137.")),
    ("Children missing education",
     para("Where a pupil has been absent without explanation for 5 school days in a row, the school makes "
          "reasonable enquiries, including a home visit. If the school still cannot find the child after 10 school "
          "days, it refers the child to the Children Missing Education Team on 01632 960143 or at "
          "cme@marlcote.example.org.",
          "Families in temporary accommodation often move at short notice. A school must not remove a pupil from "
          "its roll because the family has moved until it knows which school the child will attend next.")),
)}
{did_you_know("Wenlow Police may record a child as absent rather than missing when the child's whereabouts are "
              "unknown but there is no apparent risk. In Marlcote, any child in care who is absent overnight is "
              "treated as missing.")}
"""

EXPLOITATION = f"""
{keypoints("Refer concerns about child sexual exploitation (CSE) or child criminal exploitation (CCE) to "
           "Touchstone, with a Crosswind Screening Tool.",
           "The Crosswind Team works with children at risk of exploitation and their families.",
           "The Crosswind Panel meets every 4 weeks to look at children, places and people of "
           "concern.")}
{cards(("Crosswind Team", "01632 960136", "crosswind@marlcote.example.org", "Monday to Friday, 8.30am to 6pm"))}
{tabs(
    ("What exploitation looks like in Marlcote",
     para("Children in Marlcote have been exploited to carry drugs and cash through the airport and along the "
          "motorway, to sell drugs from hotel rooms, and to stay in short-let flats used as trap houses. Girls and "
          "boys have been sexually exploited by adults they met online, at the bus station or around the lorry "
          "parks at the Caddow Cross Distribution Park.",
          "Signs include going missing, unexplained money, new phones or clothes, older friends, injuries, fear of "
          "particular people, train or plane tickets the child cannot explain, and being found far from home.")),
    ("The Crosswind Screening Tool",
     para("Complete the Crosswind Screening Tool with what you know and send it to Touchstone with your Request for "
          "Support. The tool places the child at one of three levels: emerging risk, moderate risk or significant "
          "risk.",
          "A child at moderate or significant risk is allocated a Crosswind worker within 5 working days. The "
          "Crosswind Team is managed by Maelle Carrodus.")),
    ("The Crosswind Panel",
     para("The Crosswind Panel meets every 4 weeks. It is jointly chaired by a "
          "detective inspector from Wenlow Police and the Head of Service for Adolescents. It looks at children at "
          "significant risk, places of concern such as particular hotels or car parks, and adults thought to be "
          "exploiting children.")),
    ("Trafficking and the National Referral Mechanism",
     para("Any child who may have been trafficked, including a child moved within Marlcote to sell drugs, should be "
          "referred to the National Referral Mechanism. In Marlcote the Crosswind Team or the Meridian Team makes the "
          "referral. A child does not have to agree to being referred.")),
    ("Disruption",
     para("Wenlow Police can serve a Child Abduction Warning Notice on an adult who is repeatedly found with a child "
          "against the wishes of the parents or carers. Hotel and taxi companies in Marlcote have been trained to "
          "spot and report children who may be exploited.")),
    ("Young people in the emergency department",
     para("Kestrel Youth Link workers are based in the emergency department of the Kestrel Children's Hospital from "
          "Thursday to Sunday, 6pm to 2am. They talk to young people who come in with stab wounds, assaults or after "
          "taking drugs, at a moment when they may accept help.")),
    ("Turning 18",
     para("For young people aged 17 and a half or over who remain at risk, the Crosswind worker invites adult social "
          "care and the Wenlow Police adult exploitation team to a transition meeting before the young person's "
          "18th birthday.")),
)}
{glossary([
    ("CSE", ("Child sexual exploitation: a child is given something they want or need, or is threatened, in return "
             "for sexual activity.")),
    ("CCE", ("Child criminal exploitation: a child is made or persuaded to commit crime, such as carrying or selling "
             "drugs, for someone else's benefit.")),
    ("County lines", ("Drug dealing run through a dedicated phone line, using children to move and sell drugs across "
                      "council and police boundaries.")),
    ("Cuckooing", "Taking over the home of a vulnerable person to store or sell drugs from it, as a trap house."),
])}
{practice_point("Treat a child found carrying drugs or cash as a possible victim of exploitation first, whatever "
                "the circumstances of their arrest.")}
"""

AIRPORT = f"""
{keypoints("Border Force officers at Marlcote Airport refer unaccompanied children, and children who may be at "
           "risk, to the Meridian Team.",
           "A Meridian social worker comes to the airport within 2 hours of a referral.",
           "Outside Meridian hours the Out of Hours Social Work Service responds.")}
{cards(("Meridian Team", "01632 960137", "meridian@marlcote.example.org", "Every day, 8am to 8pm"))}
{tabs(
    ("The Meridian Team",
     para("The Meridian Team is Marlcote's specialist team for unaccompanied children, children who may have been "
          "trafficked, and children at risk at the border, for example of female genital mutilation or forced "
          "marriage. It is managed by Ambrose Quainoo-Marsh and includes social workers, a trafficking specialist "
          "and a youth worker who speaks Arabic, Tigrinya and Pashto.")),
    ("When Border Force refers a child",
     steps("The Border Force officer keeps the child in the Child Safeguarding Room next to the arrivals hall and "
           "rings the Meridian Team.",
           "A Meridian social worker comes to the airport within 2 hours of the call.",
           "The social worker, the Border Force officer and, if needed, Wenlow Police agree a plan for the child "
           "before the child leaves the airport.",
           "An unaccompanied child is taken to Greywing House or to a foster home, not to a hotel."),
     para("If an adult comes to collect a child and is not a parent, Border Force may ask the Meridian Team to check "
          "the adult's identity and address before the child is released. An adult who says they are a relative "
          "must still be checked.")),
    ("Greywing House",
     para("Greywing House is a six-bed reception home in Marlcote for unaccompanied children who have just arrived. "
          "Children normally stay there for no more than 10 days while a foster placement is found or a transfer to "
          "another council is arranged.",
          "Every child at Greywing House has an initial health assessment at the Kestrel Children's Hospital within "
          "10 working days of arrival, and is put in touch with a solicitor within 5 working days.")),
    ("Age disputes",
     para("If a young person's age is in doubt, treat them as a child until a full age assessment has been done. "
          "Age assessments are carried out by two trained Meridian social workers over several meetings, never at "
          "the airport and never on appearance alone.")),
    ("Children leaving through the airport",
     para("Before the summer holidays, schools should tell Touchstone about any pupil they believe may be taken "
          "abroad for female genital mutilation or forced marriage, and should do so before the end of the summer "
          "term. The Meridian Team can ask Border Force to place a port alert so that the child is stopped before "
          "boarding.")),
    ("Children travelling with adults who are not their parents",
     para("A child under 16, or under 18 if disabled, who arrives to live with an adult who is not a close relative "
          "for 28 days or more is privately fostered. Border Force passes these details to the Meridian Team, which "
          "tells Touchstone so that a "
          "private fostering assessment can begin.")),
)}
{glossary([
    ("Unaccompanied asylum-seeking child (UASC)",
     ("A child under 18 who has claimed asylum in their own right and has no parent, or adult who by law or custom "
      "is responsible for them, caring for them in the UK.")),
    ("Port alert", "A request, made through Border Force and the police, to stop a child at risk being taken abroad."),
    ("National Transfer Scheme",
     ("The national scheme that moves unaccompanied children from areas with many arrivals, such as Marlcote, to "
      "the care of other councils.")),
    ("Reception home", "A short-stay children's home for children who have just arrived, such as Greywing House."),
])}
{did_you_know("The Marlcote Welcome Project, a local charity, gives newly arrived children clothes, a phone with "
              "credit and an adult mentor who speaks their language.")}
"""

TEMPORARY = f"""
{keypoints("Many Marlcote children live in hotels and converted offices, and many of their families were placed "
           "here by other councils.",
           "The Placed Families Team is the first point of contact for any question about a family in temporary "
           "accommodation.",
           "Concerns about a child's safety go to Touchstone, wherever the family came from.")}
{cards(("Placed Families Team", "01632 960138", "placedfamilies@marlcote.example.org",
        "Monday to Friday, 9am to 5pm"))}
{tabs(
    ("Where families live",
     para("Families who are homeless are placed in two hotels near the airport, Skyway Lodge and the Concourse Hotel, "
          "and at Larchfield House, a former office block on the ring road that has been converted into 112 flats. "
          "Many rooms have no kitchen, and a family of four may share a single room.",
          "A family with children should not be placed in bed and breakfast accommodation, including a hotel with "
          "shared facilities, for more than 6 weeks.")),
    ("Families placed by other councils",
     para("Councils that place a family with children in Marlcote are asked to send an Out of Area Placement Notice "
          "to the Placed Families Team within 2 working days of the family moving in. The notice says who is in the "
          "family, which services already know them, and whether any child has a social worker or a plan.",
          "If you find that a family has been placed in Marlcote and nobody has told the Placed Families Team, tell "
          "the team yourself.")),
    ("Health, school and GP",
     para("The health visiting service contacts every family with a child under 5 within 10 working days of being "
          "told the family has arrived. The Placed Families Team helps families register with a GP in their first "
          "week.",
          "Children of school age should be offered a school place within 15 school days. Schools should not wait "
          "for records from the old school before letting a child start.")),
    ("What hotel and building staff should do",
     para("Hotel and building staff are often the only adults who see a family every day. They have been asked to "
          "ring Touchstone about any worry that a child may be at risk, to call 999 if a child is in immediate "
          "danger, and to tell the Placed Families Team about any child who is not seen for 24 hours.",
          "Managers at all three sites complete the MSCP TA Safeguarding Awareness course every 2 years.")),
    ("Young people aged 16 and 17",
     para("A 16 or 17 year old who is homeless must never be placed in a hotel. Refer them to Touchstone for a joint "
          "assessment by children's social care and housing under the Marlcote Youth Housing Protocol.")),
    ("The TA Safeguarding Forum",
     para("The TA Safeguarding Forum meets every 6 weeks. It brings together the Placed Families Team, hotel and "
          "building managers, health visitors, schools and Touchstone to share concerns about the three sites. The "
          "Placed Families Team is led by Carys Endicott-Bale.")),
)}
{practice_point("Ask to see where each child sleeps. In a single hotel room, a baby may have nowhere safe to sleep "
                "but the parents' bed. See the MSCP seven-minute briefing on safer sleep in hotels.")}
"""

YOUNG_CARERS = f"""
{keypoints("A young carer is a child under 18 who helps to look after someone in their family who is ill, "
           "disabled, has a mental health problem or misuses drugs or alcohol.",
           "Every young carer is entitled to a young carer's needs assessment.",
           "Refer young carers to the Marlcote Young Carers Hub.")}
{cards(("Marlcote Young Carers Hub (Pennyroyal Carers Trust)", "01632 960142", "youngcarers@marlcote.example.org",
        "Monday to Friday, 9am to 5pm; Tuesday evenings until 8pm"))}
{tabs(
    ("Spotting young carers",
     para("Many young carers in Marlcote are hidden. Some care for a parent with a long-term illness; some look after "
          "younger brothers and sisters overnight while parents work shifts at the Caddow Cross Distribution Park; "
          "some interpret for parents who do not speak English.",
          "Ask every child who lives at home with them, and who does what. Lateness, tiredness, missed homework and "
          "falling attendance can all be signs of caring.")),
    ("Young carer's needs assessments",
     para("Any young carer, or a parent on their behalf, can ask for a young carer's needs assessment, and "
          "practitioners should offer one whenever caring may be affecting a child. The assessment is carried out by "
          "the Young Carers Hub and is completed within 35 working days of the request.",
          "The assessment looks at whether the caring is appropriate for the child's age, and at the child's "
          "education, health, friendships and plans for the future.")),
    ("Caring that is not appropriate",
     bullets("giving intimate personal care, such as bathing or toileting, to a parent;",
             "managing a parent's medication, especially controlled drugs;",
             "interpreting at medical, housing or social care appointments;",
             "looking after younger children overnight on a regular basis;",
             "caring that keeps a child out of school."),
     para("Where caring is not appropriate, ask adult social care to assess the adult's needs so that the child can "
          "do less. Adult social care must ask whether any child is providing care whenever it assesses an adult.")),
    ("Schools and colleges",
     para("Every school in Marlcote has a Young Carer Champion, and every secondary school in the Ridgeline "
          "Academies Trust runs a young carers' lunch club each week. Marlcote College gives young carers priority "
          "for its bursary fund.")),
    ("The Marlcote Young Carer Card",
     para("The Marlcote Young Carer Card tells pharmacies, GP surgeries and schools that the holder is a young carer. "
          "It means a young carer can collect a prescription for a family member without being turned away. Cards are "
          "issued by the Young Carers Hub.")),
    ("Breaks and support",
     para("The Hub runs Time Out clubs every Tuesday evening at Hatchmead Family Hub for carers aged 8 to 17, and day "
          "trips in the school holidays. The Hub manager is Lowenna Grist.")),
)}
{did_you_know("A young carer aged 16 or 17 who is leaving school can have a transition assessment to plan for "
              "caring as a young adult.")}
"""

SETTINGS = f"""
{keypoints("Out-of-school settings include madrassas, supplementary schools, Sunday schools, gurdwara language "
           "classes, tuition centres and sports and activity clubs.",
           "Every setting should have a safeguarding lead, a written policy and safely recruited staff and volunteers.",
           "The Safer Settings Adviser offers free advice, training and the Marlcote Safer Settings Mark.")}
{cards(("Safer Settings Adviser: Imtiaz Rahaman-Cole", "01632 960148", "safersettings@marlcote.example.org",
        "Monday to Thursday, 9am to 5pm"))}
{tabs(
    ("The Marlcote Safer Settings Standard",
     para("The Marlcote Safer Settings Standard has six parts: a written safeguarding policy; a named safeguarding "
          "lead and a deputy; safer recruitment, with enhanced DBS checks for anyone who teaches or supervises "
          "children; safeguarding training for everyone; safe premises; and a way for children and parents to "
          "complain or raise a worry.",
          "Settings that meet all six parts are awarded the Marlcote Safer Settings Mark, which lasts for 2 years.")),
    ("Training",
     para("The MSCP runs a free 3-hour course, Safeguarding for Faith and Community Settings, on weekday evenings and "
          "Sunday afternoons. A setting's safeguarding lead should refresh their training every 2 years.")),
    ("Physical punishment and other concerns about staff",
     para("Physical punishment of a child is never acceptable in any out-of-school setting, whatever the reason. If "
          "a teacher, tutor or volunteer hits or physically punishes a child, the setting must contact the LADO "
          "within 1 working day.")),
    ("Settings that may be unregistered schools",
     para("A setting that gives full-time education, for 18 hours a week or more, to 5 or more children of "
          "compulsory school age may be operating as an unregistered school. Tell the Safer Settings Adviser, who "
          "will work with the Department for Education and Ofsted.")),
    ("The Out-of-School Settings Register",
     para("Settings can join the voluntary Marlcote Out-of-School Settings Register. Registered settings receive "
          "the MSCP's safeguarding updates and invitations to the Faith Safeguarding Forum, which meets every "
          "quarter at Gatehouse Chambers.")),
    ("Getting home safely",
     para("Many evening classes finish after dark in winter. Settings should agree with parents how each child gets "
          "home, and must not let a child under 11 leave alone unless the parent has agreed in writing.",
          "Two adults should be present whenever children are taught, including in online classes.")),
)}
{did_you_know("A concern about a child's safety at home that a madrassa teacher or Sunday school volunteer "
              "notices is referred to Touchstone in exactly the same way as a concern noticed by a school.")}
"""

STUDENTS = f"""
{keypoints("Marlcote College and the University of Marlcote teach students aged 16 and 17, who are still children "
           "in law.",
           "Each has a safeguarding lead who is the first contact for worries about a student under 18.",
           "An international student under 16, or under 18 if disabled, who lives with a host family for 28 days or "
           "more may be privately fostered.")}
{cards(("Marlcote College safeguarding team (lead: Natalya Brennand)", "", "safeguarding@marlcote-college.example.org",
        "Monday to Friday, 8am to 6pm in term time"),
       ("University of Marlcote under-18s lead: Dr Corwen Ashwell-Bey", "", "under18@marlcote-uni.example.org",
        "Monday to Friday, 9am to 5pm"))}
{tabs(
    ("Students under 18 at the university",
     para("About 140 students start courses at the University of Marlcote each year before their 18th birthday. "
          "Before a student under 18 arrives, the university agrees an Under-18 Agreement with the student and a "
          "parent, setting out what the university will and will not do.",
          "Students under 18 who live in university accommodation are given a room in Ostler Hall, on floors "
          "reserved for younger students, and are not placed in flats with older students. University events where "
          "alcohol is sold are not open to them.")),
    ("Marlcote College",
     para("Marlcote College has about 3,200 students aged 16 to 18. Its designated safeguarding lead is Natalya "
          "Brennand, and a member of the safeguarding team is on site whenever the college is open.",
          "Apprentices aged 16 and 17 placed with employers at the Caddow Cross Distribution Park remain college "
          "students. The college asks employers not to give apprentices under 18 night shifts.")),
    ("International students and private fostering",
     para("An international student under 16, or under 18 if disabled, who lives with a host family that is not a "
          "close relative for 28 days or more is privately fostered. The college, university, language school or "
          "host family must tell Touchstone at least 6 weeks before the arrangement starts, or within 48 hours if "
          "it is made at short notice.")),
    ("Staff and students",
     para("A member of staff who is in a position of trust commits a criminal offence if they have sexual contact "
          "with a student under 18, even if the student is over 16 and says they agree. Any such concern goes to the "
          "LADO.")),
    ("Consent and confidentiality",
     para("Students aged 16 and 17 can usually agree to their own medical treatment, and their wishes about "
          "sharing information should be respected. But a student's wish for privacy does not stop staff sharing "
          "information when the student, or another child, may be at risk of significant harm.")),
    ("Homeless students",
     para("A student aged 16 or 17 who becomes homeless is referred to Touchstone. Under the Marlcote Youth Housing "
          "Protocol, children's social care and housing complete a joint assessment within 10 working days and find "
          "somewhere safe to stay on the same day if needed.",
          "Care-experienced students can get help from the Marlcote Leaving Care Service, which keeps a link worker "
          "at the college.")),
)}
{did_you_know("The university's under-18s lead holds a list of every student under 18 and their emergency "
              "contact, so that a worried lecturer can check quickly whether a student is still a child.")}
"""

KESTREL = f"""
{keypoints("Child protection medicals are carried out by paediatricians at the Kestrel Children's Hospital.",
           "A medical is usually agreed at a strategy discussion and requested by the child's social worker.",
           "Any bruise on a baby who is not yet mobile must be referred to Touchstone the same day.")}
{cards(("Kestrel Children's Hospital Safeguarding Team", "01632 960139", "",
        "Monday to Friday, 8.30am to 5pm; outside these hours ask the hospital switchboard for the on-call "
        "consultant paediatrician"),
       ("CAMHS Crisis Line (24 hours)", "01632 960146", "", "24 hours a day, every day"))}
{tabs(
    ("The safeguarding team",
     para("The hospital's safeguarding team is led by the named doctor, Dr Tiernan Ekwueme-Wray, and the named nurse, "
          "Bronagh Selkirk. The team advises ward and emergency department staff, takes part in strategy discussions "
          "and arranges child protection medicals.")),
    ("Requesting a child protection medical",
     steps("The strategy discussion agrees that a medical is needed and how urgent it is.",
           "The child's social worker rings the Kestrel safeguarding team and speaks to the paediatrician on the "
           "child protection rota.",
           "If the request is made before 12 noon, the medical is usually done the same day; after 12 noon, the "
           "next morning.",
           "The child is accompanied by the social worker and by a person with parental responsibility, who gives "
           "consent."),
     para("The paediatrician gives a verbal opinion on the day and a written report within 5 working days.")),
    ("Bruising and injuries in babies",
     para("Any bruise, mark or injury on a baby who is not yet mobile, or any child under 6 months, must be referred "
          "to Touchstone on the same day, and the baby must have a medical within 24 hours. Do not accept an "
          "explanation at face value, and do not wait for the parents to take the baby to their GP.",
          "Children under 2 with a suspected non-accidental injury have a skeletal survey.")),
    ("Sexual abuse",
     para("Medical examinations for children who may have been sexually abused are carried out in the Ferrier Suite "
          "at the Kestrel Children's Hospital, which is designed for children and young people under 18. Wenlow "
          "Police and the social worker agree the timing; where abuse happened in the last 7 days, the examination "
          "is treated as urgent so that evidence can be collected.")),
    ("Leaving hospital",
     para("A child must not be discharged while a section 47 enquiry is under way until a discharge planning meeting "
          "has agreed where the child will go and who will be caring for them.",
          "A child under 16 who comes to the emergency department after self-harm is seen by the CAMHS liaison team "
          "before going home.")),
    ("Was Not Brought",
     para("When a child misses a hospital appointment, the hospital records that the child was not brought. After 2 "
          "missed appointments in a row the clinician contacts the family and the GP; after a third, the clinician "
          "discusses the child with the safeguarding team.")),
)}
{did_you_know("The Kestrel Children's Hospital is the only hospital in Wenlow with a children's emergency department "
              "open 24 hours a day.")}
"""

HOME_ALONE = f"""
{keypoints("There is no legal age at which a child can be left alone, but parents can be prosecuted if leaving a "
           "child puts them at risk.",
           "In Marlcote many parents work night shifts, and older children often look after younger ones.",
           "Ask who looks after the children, and when, whenever you meet a family who works shifts.")}
{tabs(
    ("MSCP guidance on leaving children alone",
     bullets("Babies, toddlers and young children should never be left alone, even for a few minutes.",
             "Children under 12 are rarely mature enough to be left alone for long.",
             "Children under 16 should not be left alone overnight.",
             "A babysitter under 16 is not recommended: the parent stays responsible if anything goes wrong."),
     para("Think about the child, not only their age: whether they know what to do in an emergency, whether they "
          "can reach a trusted adult, and whether they are being asked to look after anyone else.")),
    ("Shift work at the Caddow Cross Distribution Park",
     para("About 14,000 people work at the Caddow Cross Distribution Park, and many warehouse shifts run through the "
          "night, from 10pm to 6am. Rotas can change at short notice, and families may not have anyone to look after "
          "the children.",
          "Employers that sign the Shift Families Pledge agree to give at least 7 days' notice of any change to a "
          "parent's shift pattern.")),
    ("Help for working parents",
     para("Early Birds breakfast clubs open at 6.30am in 22 primary schools, so that parents finishing or starting "
          "an early shift can leave children somewhere safe. The Marlcote Family Information Service can help parents "
          "find childcare: email fis@marlcote.example.org.",
          "Orbury Green Family Hub holds an evening health visitor clinic every Tuesday until 7.30pm for parents who "
          "work during the day.")),
    ("What to do",
     para("If a child is alone and in danger now, call 999. If a child is regularly left alone, or left in charge of "
          "younger children, talk to the family and consider a Foothold Family Assessment. If the child is being "
          "harmed, or the family will not accept help, send a Request for Support to Touchstone.",
          "An older child who regularly cares for younger siblings overnight may be a young carer, and should be "
          "offered a young carer's needs assessment.")),
)}
{practice_point("A 14-year-old putting three younger children to bed every night while both parents work nights "
                "may look like a capable young person coping well. Ask how they are sleeping and how school is "
                "going.")}
"""

DOMESTIC = f"""
{keypoints("Children who see, hear or experience domestic abuse are victims in their own right.",
           "Sunhaven Domestic Abuse Service runs a 24-hour helpline for anyone living in Marlcote.",
           "High-risk cases are discussed at the Marlcote MARAC, which meets every Tuesday.")}
{cards(("Sunhaven Domestic Abuse Service helpline", "01632 960147", "", "24 hours a day, every day"))}
{tabs(
    ("Risk assessment",
     para("Use the DASH risk checklist with any adult victim of domestic abuse. A case is high risk if there are 14 "
          "or more yes answers, if the abuse is escalating, or if your professional judgement is that the victim is "
          "at high risk of serious harm.")),
    ("MARAC",
     para("The Marlcote Multi-Agency Risk Assessment Conference (MARAC) meets every Tuesday. Send referrals to "
          "marac@marlcote.example.org by 12 noon on the Thursday before the meeting. A referral to MARAC is not a "
          "referral for the children: if the children are at risk of significant harm, contact Touchstone as "
          "well.")),
    ("Morning Call",
     para("Under the Morning Call scheme, Wenlow Police tell a child's school before 9am on the next school day when "
          "officers have attended a domestic abuse incident at the child's home. The designated safeguarding lead "
          "makes sure a trusted adult checks in with the child that day.")),
    ("Families placed in Marlcote for their safety",
     para("Some women and children are placed in Marlcote by other councils to escape abuse. Their address must be "
          "kept confidential, and it must not be shared with the other parent or their family, even by accident in "
          "a letter, a school report or a contact arrangement.")),
    ("Support for children and for those who harm",
     para("Sunhaven runs Young Voices, a 10-week group for children aged 8 to 13 who have lived with domestic abuse. "
          "Parents who have been abusive can be referred to the Fresh Tracks programme, which runs for 24 weeks.")),
    ("Children's experience",
     para("Talk to children on their own about what happens at home, and record what they say in their own words. "
          "Refer to Touchstone when a child is at risk of significant harm, when there is a baby in the household, "
          "or when a child is frightened of the abusive parent and still has contact.")),
)}
{did_you_know("Sunhaven has an independent domestic violence adviser based at the Kestrel Children's Hospital two "
              "days a week, so parents who disclose abuse on the wards can get help straight away.")}
"""

CHAPTERS = {
    "touchstone-front-door.html": (
        101, "Touchstone: Contacting Children's Social Care in Marlcote", "Touchstone", "Getting help for a child",
        "9 February 2026", "February 2027", TOUCHSTONE,
        "February 2026: Talkline hours changed, and a section added on children placed in Marlcote by other councils.",
        ("Continuum of Need", "Strategy discussions", "Temporary accommodation")),
    "continuum-of-need.html": (
        102, "The Marlcote Continuum of Need and Foothold Early Help", "Continuum of Need", "Getting help for a child",
        "19 January 2026", "January 2027", CONTINUUM,
        "January 2026: examples updated for families in temporary accommodation and families who work shifts.",
        ("Touchstone", "Young carers", "Children left home alone")),
    "allegations-lado.html": (
        103, "Allegations Against Adults Who Work With Children (LADO)", "Allegations (LADO)",
        "Concerns about adults", "2 March 2026", "March 2027", LADO,
        "March 2026: out-of-school settings and airport and airline staff added to the list of who is covered.",
        ("Out-of-school settings", "Students aged 16 and 17")),
    "strategy-discussions-section-47.html": (
        104, "Strategy Discussions and Section 47 Enquiries", "Strategy discussions", "Child protection",
        "16 April 2026", "April 2027", STRATEGY,
        "April 2026: Border Force officers and placing councils added to those invited to strategy discussions.",
        ("Child protection conferences", "Kestrel Children's Hospital medicals")),
    "child-protection-conferences.html": (
        105, "Child Protection Conferences, Plans and Core Groups", "Conferences", "Child protection",
        "11 May 2026", "May 2027", CONFERENCES,
        "May 2026: section added on transfer-in conferences for children placed in temporary accommodation.",
        ("Strategy discussions", "Resolving professional disagreements")),
    "resolving-professional-disagreements.html": (
        106, "Resolving Professional Disagreements (Escalation)", "Escalation", "Working together",
        "4 June 2026", "June 2027", ESCALATION,
        "June 2026: the escalation procedure reduced from five stages to four.",
        ("Touchstone", "Child protection conferences")),
    "missing-children.html": (
        107, "Children Missing from Home, Care, Temporary Accommodation and Education", "Missing children",
        "Children at risk outside the home", "6 July 2026", "July 2027", MISSING,
        "July 2026: section added on children missing from hotels and temporary accommodation.",
        ("Child exploitation", "Unaccompanied children at the airport")),
    "child-exploitation.html": (
        108, "Child Exploitation: CSE, CCE and County Lines", "Child exploitation", "Children at risk outside the home",
        "13 March 2026", "March 2027", EXPLOITATION,
        "March 2026: Kestrel Youth Link workers added.",
        ("Missing children", "Unaccompanied children at the airport")),
    "airport-unaccompanied-children.html": (
        109, "Children Arriving at Marlcote Airport: Unaccompanied and At-Risk Children", "Children at the airport",
        "Children and families in Marlcote", "23 March 2026", "March 2027", AIRPORT,
        "March 2026: Meridian Team hours extended to 8pm every day.",
        ("Missing children", "Child exploitation")),
    "temporary-accommodation.html": (
        110, "Children in Temporary Accommodation, Hotels and Converted Offices", "Temporary accommodation",
        "Children and families in Marlcote", "27 April 2026", "April 2027", TEMPORARY,
        "April 2026: Larchfield House added, and the Out of Area Placement Notice introduced.",
        ("Touchstone", "Missing children")),
    "young-carers.html": (
        111, "Young Carers: Identifying and Supporting Children Who Care", "Young carers",
        "Children and families in Marlcote", "15 January 2026", "January 2027", YOUNG_CARERS,
        "January 2026: the Marlcote Young Carer Card added.",
        ("Children left home alone", "Continuum of Need")),
    "out-of-school-settings.html": (
        112, "Out-of-School Settings: Madrassas, Supplementary Schools, Faith and Community Groups",
        "Out-of-school settings", "Children and families in Marlcote", "20 February 2026", "February 2027", SETTINGS,
        "February 2026: the Marlcote Safer Settings Standard replaced the earlier self-assessment checklist.",
        ("Allegations (LADO)", "Touchstone")),
    "students-16-17-college-university.html": (
        113, "Students Aged 16 and 17 at Marlcote College and the University of Marlcote", "Students aged 16 and 17",
        "Children and families in Marlcote", "8 September 2026", "September 2027", STUDENTS,
        "September 2026: new under-18s lead at the university.",
        ("Allegations (LADO)", "Temporary accommodation")),
    "kestrel-hospital-child-protection-medicals.html": (
        114, "Child Protection Medicals and the Kestrel Children's Hospital", "Child protection medicals",
        "Child protection", "29 May 2026", "May 2027", KESTREL,
        "May 2026: the Ferrier Suite opened to all children and young people under 18.",
        ("Strategy discussions", "Child exploitation")),
    "children-home-alone-shift-work.html": (
        115, "Children Left Home Alone and Families Working Shifts", "Children left home alone",
        "Children and families in Marlcote", "14 August 2026", "August 2027", HOME_ALONE,
        "August 2026: Early Birds breakfast clubs and the Shift Families Pledge added.",
        ("Young carers", "Continuum of Need")),
    "domestic-abuse-marac.html": (
        116, "Domestic Abuse, Children and MARAC", "Domestic abuse", "Working together",
        "7 October 2026", "October 2027", DOMESTIC,
        "October 2026: Morning Call extended to nurseries and the Young Voices group added.",
        ("Touchstone", "Temporary accommodation")),
}

# -- The Windsock newsletter (a two-column bulletin, no <main>) ------------------------------------

NEWS = [
    ("A new Independent Scrutineer",
     ("Dr Seraphina Oyedepo-Finch became the MSCP's Independent Scrutineer on 1 September 2026. She follows Ewan "
      "Pardoe-Stride, who held the role for five years. Dr Oyedepo-Finch chairs the MSCP Escalation Panel and the "
      "Practice and Learning Group.")),
    ("A busy summer at the airport",
     ("Between June and August 2026 the Meridian Team answered 71 referrals from Border Force at Marlcote Airport. "
      "38 of the children were unaccompanied, and 12 were thought to be at risk of trafficking. Thank you to the "
      "foster carers who took children at very short notice.")),
    ("Drop-in at Larchfield House",
     ("The Placed Families Team now holds a drop-in for families at Larchfield House every Wednesday from 10am to 12 "
      "noon. Health visitors and the Young Carers Hub join it on the first Wednesday of each month.")),
    ("Young Carers Festival",
     ("Over the summer holidays 318 young carers joined trips and activities run by the Young Carers Hub. The next "
      "Young Carers Festival is on 21 November 2026 at Gatehouse Chambers, and every young carer in Marlcote is "
      "welcome.")),
    ("More settings gain the Safer Settings Mark",
     ("17 more out-of-school settings, including 6 madrassas and 4 supplementary schools, gained the Marlcote Safer "
      "Settings Mark this summer. 64 settings now hold the Mark.")),
    ("Kestrel Youth Link: first results",
     ("In their first six months, Kestrel Youth Link workers spoke to 146 young people in the hospital's emergency "
      "department. 59 of them agreed to further support from the Crosswind Team or a youth worker.")),
]

COURSES = [
    ("Children arriving alone: the airport and beyond", "4 November 2026", "Gatehouse Chambers"),
    ("Hidden young carers", "18 November 2026", "Online (Microsoft Teams)"),
    ("Safeguarding for Faith and Community Settings", "29 November 2026", "Pelham Rise Family Hub"),
    ("MSCP annual conference: Children on the Move", "9 December 2026", "University of Marlcote, Concourse Campus"),
]


def newsletter_html() -> str:
    """The Windsock, the MSCP newsletter, as a two-column bulletin (no <main>)."""
    half = (len(NEWS) + 1) // 2
    columns = "\n".join(
        '<div class="ws-col">\n' + "\n".join(f'<div class="ws-item">\n<h2>{h}</h2>\n<p>{p}</p>\n</div>'
                                             for h, p in part) + "\n</div>"
        for part in (NEWS[:half], NEWS[half:]))
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Windsock - Autumn 2026 - MSCP</title>
<style>
.ws-cols{{display:flex;gap:24px;}}
.ws-col{{flex:1;}}
.ws-item h2{{font-size:18px;border-bottom:2px solid #e07b00;}}
</style>
</head>
<body class="windsock">
<div class="ws-head">
<p class="ws-title">The Windsock</p>
<p class="ws-issue">{PARTNERSHIP} newsletter. Autumn 2026, issue 14. Published 12 October 2026.</p>
</div>
<p class="ws-intro">News, learning and dates for everyone who works or volunteers with children in Marlcote. Please
pass it on.</p>
<div class="ws-cols">
{columns}
</div>
<div class="ws-training">
<h2>Training dates</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Where</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>MSCP courses are free for anyone who works or volunteers with children in Marlcote. Book through the MSCP Business
Unit on 01632 960145 or at mscp@marlcote-scp.example.org. A charge of 40 pounds is made for a place that is not used
and not cancelled at least 5 working days before the course.</p>
</div>
<div class="ws-foot">
<p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/windsock/unsubscribe">Unsubscribe from The Windsock</a></p>
</div>
</body>
</html>
"""


# -- practice update: dated changes that override older pages -------------------------------------

CHANGES = [
    ("New number for the Out of Hours Social Work Service", "From 1 December 2026",
     ("The Out of Hours Social Work Service, which covers weekday evenings and nights, weekends and bank holidays, "
      "has a new telephone number: 01632 960141. The old number, 01632 960133, will be redirected until 28 February "
      "2027 and then switched off. Please change posters, contact lists and email signatures.")),
    ("Touchstone opens earlier", "From 7 December 2026",
     ("Touchstone will open at 8am, instead of 9am, from Monday to Friday. It will still close at 5pm, when the Out "
      "of Hours Social Work Service takes over.")),
    ("Young carer's needs assessments completed sooner", "For requests made from 1 December 2026",
     ("The Young Carers Hub will complete each young carer's needs assessment within 28 working days of the request, "
      "instead of 35 working days.")),
    ("New email address for the LADO", "From 16 November 2026",
     ("Referrals and LADO Notification Forms should now be emailed to lado.referrals@marlcote-scp.example.org. The "
      "old address, lado@marlcote.example.org, will be checked until 31 December 2026 and then closed. The LADO "
      "telephone number, 01632 960134, has not changed.")),
    ("The Crosswind Panel meets more often", "From 5 January 2027",
     ("The Crosswind Panel will meet every 2 weeks, instead of every 4 weeks, because of the "
      "rise in children at significant risk. Referrals must reach the panel coordinator 3 working days before each "
      "meeting.")),
]


def update_html() -> str:
    """MSCP Practice Update 2/2026: a page of dated changes."""
    items = "\n".join(f'<article class="pu-item">\n<h2>Change {i}: {h}</h2>\n<p class="pu-date">{d}</p>\n<p>{p}</p>\n'
                      f"</article>" for i, (h, d, p) in enumerate(CHANGES, 1))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice Update 2/2026: changes from November 2026 to January 2027 | Marlcote SCP</title>
<style>
.pu-item{{border-left:6px solid #e07b00;padding:8px 16px;margin:16px 0;background:#fff8ef;}}
.pu-date{{font-weight:bold;}}
</style>
</head>
<body class="mscp update">
<div class="mscp-alertbar"><p><strong>Child in danger?</strong> Call 999 now.</p></div>
<div class="mscp-titlebar"><p>Home &rsaquo; Practice updates &rsaquo; Practice Update 2/2026</p></div>
<main id="main">
<p class="mscp-owner">{PARTNERSHIP} | Practice updates</p>
<h1>Practice Update 2/2026: changes from November 2026 to January 2027</h1>
<p class="mscp-reviewed">Issued: 24 November 2026</p>
<p>This update changes a telephone number, an email address, opening hours, a timescale and how often a panel meets.
Each change applies from the date shown. The Touchstone, LADO, young carers, child exploitation and other pages
that give the old details will be revised by the end of March 2027. Until then, where a page and this update
differ, follow this update.</p>
{items}
<p class="pu-foot">Questions about this update: MSCP Business Unit, 01632 960145 or mscp@marlcote-scp.example.org.</p>
</main>
<footer class="mscp-footer"><p>{PARTNERSHIP}, {ADDRESS}</p></footer>
</body>
</html>
"""


# -- Word guides --------------------------------------------------------------------------------

SAFER_SLEEP = [
    ("1. Why this matters in Marlcote",
     [("At the end of January 2026, about 1,150 children were living in temporary accommodation in Marlcote, and "
       "about 150 of them were babies under 1. Many families live in one hotel room or a small flat with no space "
       "for a cot."),
      ("Between April 2023 and December 2025, the Child Death Overview Panel that Marlcote shares with Dunsworth "
       "reviewed 5 sudden and unexpected deaths of Marlcote babies. In 2 of them the family was living in temporary "
       "accommodation, and in both the baby died while sharing an adult bed.")]),
    ("2. The risks in a hotel room",
     ["no cot, or a travel cot without a proper mattress;",
      "a baby sharing a bed with parents and older children;",
      "a parent dozing with the baby on a chair or sofa after a night shift;",
      "rooms that are too hot, with heating the family cannot control;",
      "smoking in the room or in the corridor;",
      "a move to a new room or hotel, which breaks the usual routine."]),
    ("3. What to ask",
     ["Where did the baby sleep last night, and where will they sleep tonight?",
      "Who else sleeps in the room?",
      "Does anyone in the room smoke, drink or take medicine that makes them sleepy?",
      "What happens when a parent comes back from a night shift?"]),
    ("4. The Marlcote Cot Loan Scheme",
     [("The Placed Families Team can lend a family a cot with a new, firm, flat mattress. Email "
       "cotloan@marlcote.example.org; the cot is delivered within 2 working days, and on the same day if a baby has "
       "nowhere safe to sleep."),
      ("The cot goes with the family if they move, and the Placed Families Team collects it when the family no "
       "longer needs it.")]),
    ("5. Health visitors",
     [("Health visitors complete a safer sleep check at their first visit to a family in temporary accommodation "
       "and again every time the family moves. The check is recorded on the child's health record so that the next "
       "health visitor can see it.")]),
    ("6. When to refer",
     [("If a parent cannot keep a baby safe because of alcohol, drugs or neglect, or refuses a cot when there is "
       "nowhere safe for the baby to sleep, talk to your safeguarding lead and consider a Request for Support to "
       "Touchstone on 01632 960131.")]),
    ("7. Questions for your team",
     ["Have we seen where the baby sleeps, or only been told?",
      "Do we know which of our families are in hotels, and which council placed them?"]),
]


def safer_sleep_docx(path: Path) -> None:
    closing = ("8. Find out more", [("Book the MSCP course Safer Sleep in Temporary Accommodation through the MSCP "
                                     "Business Unit at mscp@marlcote-scp.example.org.")])
    wv.guide_docx(path, "Seven-Minute Briefing: Safer Sleep in Hotels and Temporary Accommodation",
                  f"A seven-minute briefing from the {PARTNERSHIP}. Issued: 16 February 2026.",
                  [*SAFER_SLEEP, closing], bullets=("2.", "3.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 2, 16, 9, 0, 0))


CLEARSIGHT = [
    ("1. What Clearsight is",
     [("Clearsight is Marlcote's tool for assessing neglect. It helps a practitioner and a family look together at "
       "how well a child's needs are being met, and show whether things are getting better or worse. It replaced "
       "the Marlcote Neglect Screening Checklist in June 2026."),
      ("A Clearsight assessment is done with the family, not about them, and usually takes about 40 minutes.")]),
    ("2. The six domains",
     ["Nutrition: regular meals, and enough food for a growing child;",
      "Home conditions: a safe, warm and clean place to live, with somewhere safe to sleep;",
      "Health: appointments kept, illness treated and teeth cared for;",
      "Supervision: the right level of care for the child's age, day and night;",
      "Education: the child goes to school or nursery and is helped to learn;",
      "Emotional care: warmth, praise, attention and time together."]),
    ("3. Scoring",
     [("Each domain is scored from 1, where the child's needs are fully met, to 5, where the child is at serious "
       "risk. Where any domain scores 4, consider a Foothold Family Plan and talk to your safeguarding lead."),
      ("Where any domain scores 5, or where 3 or more domains score 4, send a Request for Support to Touchstone."),
      ("Repeat the Clearsight assessment every 10 weeks, or at each Team Around the Family meeting, so that change "
       "can be seen.")]),
    ("4. Neglect and temporary accommodation",
     [("Families in hotels may have no kitchen, no washing machine and nowhere for children to play. Score what the "
       "parent does with what they have, and record separately what the accommodation makes impossible.")]),
    ("5. Neglect and night shifts",
     [("Where both parents work nights, look closely at the Supervision domain. A child left with a 12-year-old "
       "brother or sister every night is not adequately supervised, even if the home is warm and there is food.")]),
    ("6. Training",
     [("Practitioners must complete the half-day Clearsight training before using the tool. The course is run by "
       "the MSCP every month; dates are in The Windsock.")]),
]


def clearsight_docx(path: Path) -> None:
    wv.guide_docx(path, "Practice Guide: Neglect and the Clearsight Tool",
                  f"A practice guide from the {PARTNERSHIP}. Issued: 22 June 2026.",
                  CLEARSIGHT, bullets=("2.",), author=PARTNERSHIP, when=dt.datetime(2026, 6, 22, 9, 0, 0))


# -- PDF learning briefing and annual report extract -------------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Child E, a boy "
           "who was 14 when he was admitted to the Kestrel Children's Hospital in March 2025 with a stab wound to his "
           "leg. The MSCP held a rapid review within 15 working days and then commissioned a local review. The "
           "independent reviewer was Ottilie Farquharson-Lamb.")),
    ("h", "Background"),
    ("p", ("Child E lived with his mother and his sisters, aged 4 and 7, in one room at Skyway Lodge. The family had "
           "been placed in Marlcote by another council, 40 miles away, after they lost their home. They moved "
           "rooms twice in five months. E's mother worked nights at a warehouse at the Caddow Cross Distribution "
           "Park, and E put his sisters to bed and got them ready for school.")),
    ("p", ("Nobody told Marlcote services that the family had arrived. E was out of school for 9 weeks before a "
           "place was found, and his new school did not know he had been a young carer.")),
    ("p", ("Hotel staff saw E leave late at night and come back with new trainers and a second phone. He was "
           "reported missing 4 times in 6 weeks, but no return home interview was offered, because each council "
           "thought the other would arrange it.")),
    ("h", "Findings"),
    ("p", ("Finding 1: Nobody knew the family was here. The placing council did not tell Marlcote, so no health "
           "visitor, school or early help worker knew about the children.")),
    ("p", ("Finding 2: E was seen as a problem, not a carer. His lateness and tiredness were treated as bad "
           "behaviour, and nobody asked who looked after his sisters at night.")),
    ("p", ("Finding 3: Missing episodes were not followed up. Hotel staff did not know whom to tell, and the "
           "councils did not agree who should offer E a conversation when he came back.")),
    ("p", ("Finding 4: Signs of exploitation were missed. The new phone, the trainers and the late nights were not "
           "put together until E was hurt.")),
    ("h", "Recommendations"),
    ("n", "Every family with children placed in Marlcote by another council is known to Marlcote services within 2 "
          "working days."),
    ("n", "Hotel and building staff know how to report a worry about a child, and to whom."),
    ("n", "Every child who goes missing from temporary accommodation in Marlcote is offered a Touchdown conversation, "
          "whichever council placed the family."),
    ("n", "Practitioners ask every child who looks after whom at home, and when."),
    ("h", "What has changed"),
    ("p", ("The Placed Families Team was set up in September 2025, and the Out of Area Placement Notice was "
           "introduced. Managers at Skyway Lodge, the Concourse Hotel and Larchfield House have completed the MSCP "
           "TA Safeguarding Awareness course. Kestrel Youth Link workers now work in the emergency department at "
           "weekends.")),
    ("p", ("E is now living with his family in a council flat in Hatchmead, and is back at school. His mother works "
           "days, and the Young Carers Hub supports E and his sisters.")),
    ("h", "Questions for your team"),
    ("b", "How would we know if a family we work with had been placed in Marlcote by another council?"),
    ("b", "Who in our service asks a teenager who looks after the younger children at night?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my first annual report as Independent Scrutineer. The year it covers, April 2025 to March 2026, "
           "was overseen by my predecessor, Ewan Pardoe-Stride. It was a year shaped by the review of Child E, which "
           "showed how children placed in Marlcote by other councils can be invisible, and by a rise in the number "
           "of children arriving alone through Marlcote Airport. Dr Seraphina Oyedepo-Finch, Independent "
           "Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Marlcote Council, NHS Wenlow Integrated Care Board and Wenlow "
           "Police. In 2025-26 the Lead Safeguarding Partner was the Director of Children's Services for Marlcote "
           "Council. The MSCP Executive meets every 6 weeks. The MSCP Business Unit is managed by Philippa "
           "Haldane-Voss. Marlcote Airport Limited became a relevant agency in 2025 and contributes to the budget.")),
    ("h", "Funding 2025-26"),
    ("t", [["Contributor", "Amount", "Share"],
           ["Marlcote Council", "142,600 pounds", "52%"],
           ["NHS Wenlow ICB", "79,500 pounds", "29%"],
           ["Wenlow Police", "38,400 pounds", "14%"],
           ["Marlcote Airport Limited", "13,700 pounds", "5%"],
           ["Total", "274,200 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to Touchstone", "8,876", "9,412"],
           ["Contacts that became referrals", "2,105", "2,231"],
           ["Re-referrals within 12 months", "21%", "18%"],
           ["Assessments completed within 35 working days", "69%", "77%"],
           ["Strategy discussions held", "1,012", "1,087"],
           ["Section 47 enquiries", "688", "721"],
           ["Initial conferences within 15 working days", "81%", "88%"],
           ["Children with a child protection plan at 31 March", "244", "262"],
           ["Children in care at 31 March", "331", "356"],
           ["Children referred by Border Force at the airport", "187", "214"],
           ["Children in temporary accommodation at 31 March", "1,046", "1,180"],
           ["Of whom placed by other councils", "412", "497"],
           ["Young carers supported by the Young Carers Hub", "1,530", "1,812"],
           ["Foothold Family Plans started", "1,322", "1,486"],
           ["Missing episodes reported", "903", "968"],
           ["Touchdown conversations accepted", "58%", "64%"],
           ["Allegations referred to the LADO", "141", "163"],
           ["Settings on the Out-of-School Settings Register", "148", "186"],
           ["Practitioners trained on MSCP courses", "2,210", "2,655"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 47 percent of child protection plans, emotional "
           "abuse for 34 percent, physical abuse for 12 percent and sexual abuse for 7 percent. 11 of the children "
           "with a plan were unborn babies.")),
    ("h", "Allegations"),
    ("p", ("Of the 163 allegations referred to the LADO in 2025-26, 58 concerned school staff, 29 concerned staff or "
           "volunteers in out-of-school settings, 17 concerned foster carers and 9 concerned people working at "
           "Marlcote Airport.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The MSCP held 3 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Child E. The Child Death Overview Panel that Marlcote shares with Dunsworth reviewed the deaths of "
           "11 Marlcote children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The MSCP audited 30 cases of children in temporary accommodation who had been placed in Marlcote by "
           "other councils. In 13 of them, the placing council had not told Marlcote that the family had arrived. In "
           "8, a child had waited more than 15 school days for a school place.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The MSCP's priorities for 2026-27 are: children in temporary accommodation; children arriving through "
           "Marlcote Airport; and hidden young carers. Each priority is led by one of the three safeguarding "
           "partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child E",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 21 May 2026.", BRIEFING,
                 "Marlcote SCP | Learning Briefing: Child E | May 2026",
                 f"{PARTNERSHIP} - marlcote-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "MSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 29 September 2026.",
                 ANNUAL, "Marlcote SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - marlcote-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Marlcote document into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, (pid, title, short, part, reviewed, next_review, body, amend, seealso) in CHAPTERS.items():
        html = page(pid, title, short, part, reviewed, next_review, body, amend, seealso)
        (out / name).write_text(html, encoding="utf-8")
    pages = {"windsock-autumn-2026.html": newsletter_html(),
             "practice-update-2-2026.html": update_html()}
    files = {"seven-minute-briefing-safer-sleep-hotels.docx": safer_sleep_docx,
             "practice-guide-neglect-clearsight.docx": clearsight_docx,
             "learning-briefing-child-e.pdf": briefing_pdf,
             "annual-report-2025-26-extract.pdf": annual_report_pdf}
    return [out / name for name in CHAPTERS] + wv.write_documents(out, pages, files)


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Marlcote in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
