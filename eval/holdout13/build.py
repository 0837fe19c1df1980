"""Build the thirteenth held-out corpus (Cinderbeck), and assemble demo corpus + Cinderbeck for evaluation.

Run from the repository root:  python eval/holdout13/build.py

Cinderbeck is a sixteenth fictional partnership: a former coal and steel town in the valley of the Cinder Beck, whose
last pit, Ellerby Colliery, is now the Ellerby Logistics Park, where thousands of people work warehouse shifts (many
through agencies, many at night). Up the valley lie the old pit villages of Pitsby, Colliers Row, Nettleford and Upper
Haggthorn; above them Haggthorn Moor, the flooded Blackwater Quarry and Tarnhead Reservoir. Its miners' halls
are now family hubs, and Cinderbeck General Hospital serves the whole valley. Its neighbour is the borough of
Hollinsmoor, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Its documents mix the registers of real partnership websites: a front-door page
with a contacts table and folded questions and answers, a levels-of-need page with a table, formal chapters with
numbered paragraphs and "Practice point" boxes beside short plain pages, a practice update with dated changes
(Saturday opening at the front door, a new out-of-hours number, return interviews offered sooner, a quicker first
private fostering visit, a shorter second escalation stage) while the older chapters still give the old values, two
Word guides and two PDFs (a practice review's learning briefing and an annual report extract with a funding table and
two years of figures). The writers are the shared ones in eval/holdout/build.py (fixed zip timestamps, reportlab
invariant mode), so the build is byte-reproducible; only Cinderbeck's words live here. Its phone numbers all lie in
01632 960501-960519, 01632 960789-960792 and 01632 960665, one purpose each, and every person, place and service
named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "cinderbeck"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Cinderbeck Safeguarding Children Partnership"
SITE = "https://cinderbeck-scp.example.org"
ADDRESS = "Pithead House, 4 Winding Gear Way, Cinderbeck CK4 2PW"
CINDERBECK = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="17 November 2026", abbr="CSCP", address=ADDRESS,
                     menu=("Integrated Front Door", "Levels of Need", "Early help and family hubs",
                           "Allegations (LADO)", "Strategy and section 47", "Professional disagreements",
                           "Missing children", "Exploitation", "Domestic abuse", "Neglect", "Babies",
                           "Private fostering", "Home education", "Water safety", "Fire-setting"),
                     updated_label="Page reviewed")


def note(text: str) -> str:
    """A "Practice point" box in Cinderbeck's house style."""
    return f'<div class="cscp-point" role="note"><p><strong>Practice point:</strong> {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A captioned table with Cinderbeck's class."""
    return wv.html_table(caption, header, rows, "cscp-table")


def numbered(section: int, *texts: str) -> str:
    """Numbered paragraphs (4.1, 4.2, ...) in the formal chapters' style."""
    return "\n".join(f'<p class="para"><span class="pnum">{section}.{i}</span> {t}</p>' for i, t in enumerate(texts, 1))


def folded(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A heading and questions with folded answers (details and summary)."""
    items = "\n".join(f"<details>\n<summary>{q}</summary>\n<p>{a}</p>\n</details>" for q, a in pairs)
    return f'<h2>{heading}</h2>\n<div class="cscp-faq">\n{items}\n</div>'


# -- HTML procedure chapters --------------------------------------------------------------

FRONT_DOOR = f"""
<p class="intro">The Integrated Front Door (IFD) is the one way into children's social care in Cinderbeck. It takes
contacts about children living anywhere in the borough: the town, the Ellerby Logistics Park estate and the valley
villages of Pitsby, Colliers Row, Nettleford and Upper Haggthorn. The Multi-Agency Safeguarding Hub (MASH) sits inside
the IFD at Pithead House, where social workers work alongside Beck and Moor Police, the 0-19 health service, midwives,
an education officer, a housing officer, a drug and alcohol worker from the Beckside Recovery Service and a domestic
abuse navigator from the Rowanlea Domestic Abuse Service.</p>
{note("the telephone numbers on this page are not for emergencies. If a child is in immediate danger, call 999.")}

<h2>1. Contact details</h2>
{table("Integrated Front Door and related contacts", ("Service", "Telephone", "When", "Email"), [
    ("Integrated Front Door (IFD), including the MASH", "01632 960501",
     "Monday to Thursday 8.45am to 5pm; Friday 8.45am to 4.30pm", "cinderbeck.ifd@example.org"),
    ("Second Look line (a consultation for professionals, not a referral)", "01632 960503",
     "Monday, Wednesday and Friday, 1pm to 4pm", "Telephone only"),
    ("Emergency Duty Team (EDT, out of hours)", "01632 960502",
     "From 5pm Monday to Thursday, from 4.30pm on Friday, all weekend and on bank holidays", "Telephone only"),
    ("Beck and Moor Police Safeguarding Hub (professionals only)", "01632 960506", "24 hours a day, 7 days a week",
     "Telephone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960504", "Monday to Friday, 9am to 5pm",
     "cinderbeck.lado@example.org"),
    ("Education Safeguarding Team (schools, colleges and early years)", "01632 960507",
     "Monday to Friday in term time, 8am to 4.30pm", "cinderbeck.edsafe@example.org"),
    ("Prevent Coordinator, Cinderbeck Metropolitan Borough Council", "01632 960665", "Monday to Friday, 9am to 5pm",
     "cinderbeck.prevent@example.org"),
])}

<h2>2. How to refer</h2>
{numbered(2,
          "Written referrals are made on the Cinderbeck Multi-Agency Referral Form (MARF), which can be downloaded "
          "from the CSCP website. If you think a child is at risk of significant harm, telephone the IFD first and "
          "then send the MARF within 24 hours of your call.",
          "Where the worry is not urgent, email the MARF to the IFD without telephoning. Forms that do not tell us "
          "what the child has said, or how the child seems, are sent back to the referrer, so record the child's "
          "own words wherever you can.",
          "Give the names and dates of birth of everyone in the household, the child's GP and school, and any "
          "language or communication needs. Professionals cannot refer anonymously; members of the public can.")}

<h2>3. What happens next</h2>
{numbered(3,
          "A social worker gives every contact a RAG rating. A Red contact, where a child may be at risk of "
          "significant harm, is decided within 4 hours. An Amber contact is decided within 24 hours and a Green "
          "contact within 72 hours.",
          "MASH partners send back what their agency knows within 4 hours for a Red contact and within 24 hours for "
          "an Amber contact.",
          "The referrer is told the outcome within 2 working days of the decision. If you have heard nothing, ring "
          "the IFD and ask for the duty team manager.",
          "Where a child and family assessment is needed, Cinderbeck aims to complete it within 40 working days, "
          "inside the national limit of 45 working days.",
          "Where a child has been the subject of 3 or more contacts in 6 months, a team manager completes a History "
          "Look-Back, reading the whole record before the new contact is decided.")}

<h2>4. Talking to the family</h2>
<p>Tell the parents that you are worried and that you are contacting the IFD, unless that would put the child, you or
anyone else at greater risk, or could get in the way of a police investigation. If a child may be at risk of
significant harm, you do not need consent to refer: record why you went ahead without it.</p>

<h2>5. Unborn babies</h2>
<p>Refer worries about an unborn baby to the IFD by the 16th week of pregnancy, so that there is time for a pre-birth
assessment. If the worry is already known, refer straight away rather than waiting for the booking appointment.</p>

<h2>6. Children at home while parents work shifts</h2>
<p>Many Cinderbeck parents work nights or long shifts at the Ellerby Logistics Park. The law sets no age at which a
child can be left alone, but a parent can be prosecuted if leaving a child puts them at risk. The CSCP's advice is that
a child under 12 is rarely mature enough to be left alone overnight, and that nobody under 16 should be left in sole
charge of a baby or a younger child overnight. If you learn that a young child is regularly alone at night, talk to
the parent first and, if the arrangement continues, contact the IFD.</p>

<h2>7. Radicalisation</h2>
<p>If you are worried that a child is being drawn into extremist views, talk to your designated safeguarding lead and
then contact the Prevent Coordinator. The Cinderbeck Channel Panel meets on the last Wednesday of every month and
decides whether a young person is offered Channel support. If the child may also be at risk of significant harm,
contact the IFD as well.</p>

{folded("Frequently asked questions", [
    ("The child lives in Hollinsmoor but goes to school in Cinderbeck. Who do I contact?",
     "Contact children's services in the area where the child lives, which is Hollinsmoor Borough Council. If the "
     "child is in immediate danger, the IFD will act first and hand the case over."),
    ("It is 5.15pm on a Friday. Is the IFD still open?",
     "No. Call the Emergency Duty Team on 01632 960502. If a child is in immediate danger, call 999."),
    ("Can I talk a worry through before I decide whether to refer?",
     "Yes. Ring the Second Look line on 01632 960503. A senior practitioner will help you think it through, but "
     "the decision about referring stays with you and your safeguarding lead."),
    ("I made a referral last week and have heard nothing. What should I do?",
     "Ring the IFD and ask for the duty team manager. You should be told the outcome within 2 working days of the "
     "decision."),
])}
"""

LEVELS = f"""
<h2>Why we use the Levels of Need</h2>
<p>The Cinderbeck Levels of Need guidance gives practitioners a shared language for how much help a child and family
need and who should provide it. There are four levels. The levels describe needs, not families, and a family can move
up or down as things change. The guidance supports professional judgement; it does not replace it.</p>

{table("The four Cinderbeck Levels of Need", ("Level", "What it means", "Examples", "What to do"), [
    ("Level 1: Universal", "The child's needs are met by the family and by services open to everyone.",
     "School attendance of 95 percent or more; health checks and immunisations up to date; registered with a dentist.",
     "Universal services: schools, GPs, health visitors, family hubs."),
    ("Level 2: Early help", "An emerging need that one agency, or two working together, can meet.",
     "Attendance between 90 and 94 percent; a parent struggling with a baby's sleep; a child worried about a parent "
     "who has lost their job at the logistics park.", "Single-agency support, with advice from the Early Help Hub."),
    ("Level 3: Targeted early help", "Several needs that call for a coordinated, multi-agency plan.",
     "Attendance below 90 percent; a young carer who is often late or absent; a parent whose drinking is affecting "
     "the children's routines.", "A Family Support Plan with a lead practitioner and a Team Around the Family."),
    ("Level 4: Specialist", "The child needs a statutory assessment, or is suffering or likely to suffer significant "
     "harm.", "A child who says they have been hurt; any bruise on a baby who is not yet mobile; a child being "
     "exploited; a child under 12 regularly left alone overnight.",
     "Contact the IFD on 01632 960501, or the Emergency Duty Team on 01632 960502 out of hours."),
])}

<h2>Consent</h2>
<p>Help at Levels 2 and 3 is voluntary and depends on the family agreeing to it. At Level 4, seek consent where it is
safe to do so, but if a child may be at risk of significant harm a refusal does not stop you referring.</p>

<h2>Level Check consultations</h2>
<p>If you are not sure which level fits, book a Level Check consultation. These run every Tuesday and Thursday from
2pm to 4pm, by video or at Pithead House. Each slot lasts 20 minutes with an IFD senior practitioner and an early help
coordinator. Book through the Early Help Hub on 01632 960508.</p>

<h2>Stepping up and stepping down</h2>
<p>When children's social care closes a case and the family still need help at Level 3, a step-down meeting with the
new lead practitioner is held within 15 working days. If a Family Support Plan has made little difference after 6
months, the lead practitioner and their safeguarding lead consider whether the child's needs are now at Level 4.</p>

<h2>Poverty and place</h2>
<p>Low income, living in a former pit village or a parent being out of work does not on its own place a child at any
level. Ask what the family's circumstances mean for the child.</p>
"""

EARLY_HELP = f"""
<h2>1. Early help in Cinderbeck</h2>
{numbered(1,
          "Early help means support given as soon as a problem emerges, at any age. It is coordinated by the Early "
          "Help Hub, which advises practitioners on 01632 960508, Monday to Friday, 9am to 5pm, or at "
          "cinderbeck.earlyhelp@example.org.",
          "Most early help is delivered from four family hubs, three of them in restored miners' halls, and "
          "by schools, health visitors and voluntary groups.")}

<h2>2. Family hubs</h2>
{table("Cinderbeck family hubs", ("Family hub", "Where", "Opening hours"), [
    ("Market Street Family Hub", "Market Street, Cinderbeck town centre", "Monday to Friday, 8.30am to 6pm"),
    ("Pitsby Miners' Hall Family Hub", "Station Road, Pitsby", "Monday to Friday 8.30am to 5pm, Saturday 9am to "
     "12 noon"),
    ("Colliers Row Miners' Hall Family Hub", "Colliers Row", "Monday, Wednesday and Friday, 9am to 4pm"),
    ("Nettleford Institute Family Hub", "Chapel Street, Nettleford", "Tuesday and Thursday, 9.30am to 3.30pm"),
])}
<p>The Hub Bus, a converted single-decker, visits Upper Haggthorn and the moorland farms every Wednesday. Every family
hub except Nettleford stays open until 7.30pm on Thursdays, so that parents working day shifts at the Ellerby
Logistics Park can attend.</p>

<h2>3. The Family Support Plan</h2>
{numbered(3,
          "Cinderbeck's early help assessment and plan is called the Family Support Plan (FSP). Any practitioner who "
          "knows the family can start one, with the family's agreement, and usually becomes the lead practitioner.",
          "Every Family Support Plan is registered with the Early Help Hub within 5 working days of being started, so "
          "that the Hub can check whether another service is already working with the family.",
          "Young people aged 16 and 17 can agree to a Family Support Plan for themselves.")}
{note("a Family Support Plan is not a referral to children's social care. If a child may be at risk of significant "
      "harm, contact the IFD.")}

<h2>4. The Team Around the Family</h2>
{numbered(4,
          "Where more than one agency is involved, the lead practitioner brings the family and the practitioners "
          "together as a Team Around the Family (TAF), which meets at least every 6 weeks.",
          "The Early Help Allocation Panel meets every Monday morning. It allocates a family support worker where a "
          "family at Level 3 needs more help than the lead practitioner's own agency can give.")}

<h2>5. Holiday activities and food</h2>
<p>In the school summer holidays the family hubs run the Full Steam holiday programme: activities and a hot meal 4 days
a week for 4 weeks. Places are free for children who receive benefits-related free school meals. Other families pay
3 pounds a day.</p>

<h2>6. Stepping down from social care</h2>
<p>When children's social care steps a family down to early help, the social worker, the family and the new lead
practitioner meet within 15 working days, so that nothing is lost in the handover.</p>
"""

LADO = f"""
<h2>1. Who this chapter covers</h2>
{numbered(1,
          "This chapter applies when it is alleged that an adult who works or volunteers with children in Cinderbeck "
          "has harmed a child or may pose a risk to children. It includes teachers and support staff, foster carers, "
          "youth workers, coaches in the junior section of Cinderbeck Rugby League Club, tutors with the Ellerby "
          "Colliery Junior Brass Band, taxi and minibus drivers, agency staff and volunteers.",
          "Cinderbeck's Local Authority Designated Officers are Marisol Thackeray-Dunn and Idris Coldwell-Haigh.")}

<h2>2. Contacting the LADO</h2>
<p>Telephone 01632 960504, Monday to Friday, 9am to 5pm, or email cinderbeck.lado@example.org. Outside office hours,
where a child may be at immediate risk, contact the Emergency Duty Team and then tell the LADO on the next working
day.</p>

<h2>3. The harm test</h2>
<p>Refer to the LADO where a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children; or</li>
<li>behaved or may have behaved in a way that indicates they may not be suitable to work with children, including
behaviour outside work.</li>
</ul>

<h2>4. Timescales</h2>
{numbered(4,
          "The employer or organisation tells the LADO within 1 working day of becoming aware of the allegation.",
          "The LADO decides within 2 working days whether the harm test is met and what should happen next.",
          "Where an allegation management meeting is needed, it is held within 5 working days of the referral. "
          "Progress is then reviewed at least every 4 weeks.",
          "Cinderbeck aims to conclude 80 percent of cases within 1 month and 90 percent within 3 months. Nearly all "
          "should be concluded within 12 months.")}

<h2>5. What the employer must not do</h2>
<ul>
<li>do not investigate the allegation or interview the child before speaking to the LADO;</li>
<li>do not tell the adult concerned about the allegation until the LADO has agreed what can be said;</li>
<li>do not ask the adult to resign, and do not agree a settlement that stops the allegation being looked into.</li>
</ul>

<h2>6. Outcomes</h2>
<p>Each allegation ends with one of five outcomes: substantiated, unsubstantiated, unfounded, false or malicious. An
employer who dismisses someone, or would have dismissed them had they not resigned, because they harmed or posed a
risk to a child must refer them to the Disclosure and Barring Service. Details of a false or malicious allegation are
removed from the person's personnel file.</p>

<h2>7. Low-level concerns</h2>
<p>A concern that does not meet the harm test, such as messaging a pupil on a personal phone or meeting a young person
alone without a good reason, is a low-level concern. It is recorded by the designated safeguarding lead under the
setting's own policy. Where 3 low-level concerns about the same adult are recorded within 12 months, the safeguarding
lead consults the LADO.</p>

{folded("Questions from employers and managers", [
    ("The worker came through an agency. Whose job is it to refer?",
     "The setting where the worker was placed refers to the LADO and tells the agency on the same day. The agency must "
     "take part in the process."),
    ("The allegation is about something that happened years ago. Is it still a LADO matter?",
     "Yes, if the person still works or volunteers with children. Historical allegations are referred in the same "
     "way."),
    ("The person has resigned. Does the process end?",
     "No. The allegation is followed through to an outcome whether or not the person resigns or takes part."),
])}
"""

STRATEGY = f"""
<h2>1. When a strategy discussion is held</h2>
{numbered(1,
          "A strategy discussion is held whenever there is reasonable cause to suspect that a child is suffering, or "
          "is likely to suffer, significant harm. It decides whether to start a section 47 enquiry and what must be "
          "done now to keep the child and any other children safe.")}

<h2>2. Timescales</h2>
{numbered(2,
          "The strategy discussion is held within 1 working day of the IFD deciding that one is needed.",
          "Where a child has a serious injury, has made a disclosure of sexual abuse or is at immediate risk, the "
          "discussion is held on the same day.",
          "Out of hours, the Emergency Duty Team holds the discussion with the police, and the IFD reviews it on the "
          "next working day.")}

<h2>3. Who takes part</h2>
<p>An IFD team manager chairs. Every strategy discussion includes Beck and Moor Police, a health professional and the
agency that referred. The child's school or early years setting is invited, and so is the Beckside Recovery Service
where a parent is known to use drugs or alcohol. The discussion may be in person, by video or by telephone. The chair
circulates a record of the discussion within 1 working day.</p>

<h2>4. What is decided</h2>
<ul>
<li>whether a section 47 enquiry is needed, and whether it is led by children's social care alone or as a joint
enquiry with the police;</li>
<li>what immediate action will protect the child and any siblings;</li>
<li>whether a child protection medical is needed and who will take the child;</li>
<li>whether the child will be interviewed on video under Achieving Best Evidence guidance;</li>
<li>what the parents will be told, when, and by whom.</li>
</ul>

<h2>5. Child protection medicals</h2>
<p>Medicals take place in the Linnet Suite, the children's assessment unit at Cinderbeck General Hospital, Monday to
Friday, 9am to 5pm. Out of hours, contact the on-call paediatrician through the hospital switchboard. Medicals after
sexual abuse are carried out at Kestlewood House, the sexual assault referral centre on the hospital site.</p>

<h2>6. The section 47 enquiry</h2>
{numbered(6,
          "A qualified social worker leads the enquiry and sees the child within 24 hours of the strategy "
          "discussion, on their own where that is right for the child.",
          "Never use a family member or a child as an interpreter; book a professional interpreter. Many families "
          "working at the logistics park speak Polish, Romanian or Lithuanian at home.",
          "The enquiry is completed within 15 working days of the strategy discussion. If the social worker needs "
          "longer, the team manager holds a review strategy discussion.")}

<h2>7. Initial child protection conferences</h2>
{numbered(7,
          "Where concerns are substantiated and the child is judged likely to suffer significant harm, an initial "
          "child protection conference is held within 15 working days of the strategy discussion.",
          "Agencies send their conference reports to the Child Protection Chairs' Team at least 3 working days "
          "before the conference, and share them with the parents at least 2 working days before.",
          "Children aged 8 and over are offered an independent advocate from Beck Valley Advocacy.",
          "The core group meets within 10 working days of the initial conference and then at least every 6 weeks. "
          "The first review conference is held within 3 months, then at intervals of no more than 6 months.",
          "The social worker visits a child with a child protection plan at least every 10 working days and sees the "
          "child alone where their age allows.")}
"""

ESCALATION = f"""
<h2>Why this policy matters</h2>
<p>Professional disagreement is healthy, but it must never leave a child unsafe while adults disagree. Any
practitioner in any agency can use this policy, whatever their role or grade. Most disagreements are about
thresholds, about information not being shared, or about a case being closed too soon.</p>
{note("if a child is at immediate risk of significant harm, do not work through the stages. Contact the IFD, the "
      "Emergency Duty Team or the police straight away.")}

<h2>The five stages</h2>
<ol>
<li><strong>Stage 1: practitioner to practitioner.</strong> Talk directly to the practitioner you disagree with, and
try to resolve it within 3 working days.</li>
<li><strong>Stage 2: supervisors.</strong> If Stage 1 does not resolve it, your supervisor or line manager raises it
with their counterpart. They have 10 working days to resolve it.</li>
<li><strong>Stage 3: service managers and designated professionals.</strong> Service managers, or the designated
safeguarding professionals for health, have 5 working days.</li>
<li><strong>Stage 4: heads of service.</strong> Heads of service from the agencies involved meet within 5 working
days.</li>
<li><strong>Stage 5: the CSCP Resolution Panel.</strong> The CSCP Independent Scrutineer convenes a Resolution Panel,
which gives a final decision within 10 working days.</li>
</ol>

<h2>Recording</h2>
<p>Record each stage on the CSCP Escalation Form and keep a copy on the child's file. From Stage 3 onwards, send a
copy of the form to the CSCP Business Unit at cinderbeck.cscp@example.org, so that the partnership can learn from
disagreements.</p>

<h2>Disagreeing with a child protection conference</h2>
<p>If your agency disagrees with the decision of a child protection conference, write to the Head of Quality
Assurance within 5 working days of the conference. The decision of the conference stands while the disagreement is
considered.</p>

<h2>Learning from escalations</h2>
<p>In 2025-26 the CSCP Business Unit received 64 escalation forms. Most were about a case being closed at the IFD or
about information not being shared, and 9 went as far as Stage 3 or beyond.</p>
"""

MISSING = f"""
<h2>1. Reporting a child missing</h2>
{numbered(1,
          "If a child is missing and you think they may be at risk, call 999. Otherwise report them to Beck and Moor "
          "Police on 101. Do not wait a set number of hours before reporting.",
          "Foster carers and residential staff make reasonable searches first, but must report a looked after child "
          "missing within 1 hour of noticing that the child is gone.",
          "Every looked after child has a Safe Return Profile, with a recent photograph, the places they go and the "
          "people they know. The social worker completes it within 5 working days of the child's placement.")}

<h2>2. Return interviews</h2>
<p>Every child who has been missing is offered a return interview by the Lanternlight Youth Service, an independent
charity, on 01632 960512. The interview is offered within 72 hours of the child coming back. The child chooses where
it takes place, and it is with a worker the child does not already know from their school or social worker. The
report is shared with the child's social worker, school and the police within 3 working days of the interview.</p>

<h2>3. Repeat missing episodes</h2>
{numbered(3,
          "After any missing episode, the lead practitioner completes the Cinderbeck Exploitation Screening Tool.",
          "Where a child goes missing 3 times in 90 days, the Missing Coordinator chairs a Missing and Exploitation "
          "Review Meeting (MERM) within 10 working days of the third episode.",
          "If a child refuses return interviews twice in a row, a different worker or a different place is tried. A "
          "refusal is never the end of the matter.")}

<h2>4. Where children are found</h2>
<p>Beck and Moor Police most often find missing Cinderbeck children at the lorry park of the Ellerby Logistics Park,
at Cinderbeck bus station and in the disused railway tunnel at Nettleford. In summer, children are also found at
Blackwater Quarry. A child found at any of these places late at night should be asked who they were with.</p>

<h2>5. Children missing education</h2>
<p>A child of compulsory school age who is not on a school roll and is not receiving a suitable education at home is
missing education. Tell the Children Missing Education Officer on 01632 960511. A school must tell the officer when a
pupil has been absent without explanation for 10 school days in a row.</p>
"""

EXPLOITATION = """
<h2>1. What we mean by child exploitation</h2>
<p>Child exploitation is when a person or group uses an imbalance of power to make a child under 18 take part in
sexual or criminal activity, in exchange for something the child needs or wants, or for the benefit of the person
doing it. It includes child sexual exploitation (CSE), child criminal exploitation (CCE) and county lines, where
children are used to carry drugs and money between towns. A child cannot consent to their own exploitation, and
exploitation can happen even when the activity appears consensual.</p>

<h2>2. What it looks like in Cinderbeck</h2>
<ul>
<li>children travelling alone on the late trains to the city, or returning with money, phones or clothes they cannot
explain;</li>
<li>boys on new electric bikes delivering packages around the valley villages;</li>
<li>children paid cash to load vans at night on the edge of the Ellerby Logistics Park;</li>
<li>girls given vapes, alcohol or lifts by older men, often met through friends;</li>
<li>a child arrested for a drugs offence a long way from home.</li>
</ul>
<p>Avoid phrases such as "putting themselves at risk" or "choosing this lifestyle". Describe what is being done to the
child.</p>

<h2>3. The Trace Team</h2>
<p>The Trace Team is Cinderbeck's multi-agency child exploitation team, made up of social workers, youth workers, a
police officer and a sexual health nurse. It takes consultations and referrals on 01632 960513, Monday to Friday,
8.30am to 5pm, or at cinderbeck.trace@example.org. Complete the Cinderbeck Exploitation Screening Tool and send it
with your referral.</p>

<h2>4. The MACE panel</h2>
<p>The Multi-Agency Child Exploitation (MACE) panel meets on the second Tuesday of every month. It looks at children at
high risk of exploitation, and at the places and adults of concern. Send referrals to the panel at least 7 working days
before the meeting.</p>

<h2>5. The National Referral Mechanism</h2>
<p>Where a child may be a victim of modern slavery or trafficking, including county lines, a referral is made to the
National Referral Mechanism (NRM). A child does not have to consent to an NRM referral. In Cinderbeck, the Trace Team
manager makes NRM referrals for children.</p>

<h2>6. Disrupting exploitation</h2>
<p>Police and licensing officers visit takeaways, taxi firms and short-let flats where children have been found. Taxi
drivers licensed by the council complete safeguarding training every 3 years.</p>
"""

DOMESTIC = f"""
<h2>1. Children and domestic abuse</h2>
<p>Children who see, hear or experience the effects of domestic abuse, and are related to or live with the victim or
the abuser, are victims of domestic abuse in their own right. Abuse often starts or gets worse during pregnancy.</p>

<h2>2. The Rowanlea Domestic Abuse Service</h2>
<p>The Rowanlea Domestic Abuse Service supports adults and children affected by domestic abuse. It takes referrals and
calls on 01632 960515, Monday to Friday, 9am to 5pm, and Saturday, 10am to 2pm. Its refuge in Cinderbeck has 6 family
rooms. Children's workers run the Rainbow Group for children aged 5 to 11, once a week for 10 weeks.</p>

<h2>3. Assessing risk</h2>
{numbered(3,
          "Use the DASH risk checklist with every adult victim. A score of 14 or more ticks is high risk and is "
          "referred to the MARAC.",
          "A case is also referred where professional judgement says the risk is high, or where the police have been "
          "called to the household 3 or more times in 12 months.",
          "Ask to see the victim alone. Never ask about abuse in front of a partner, a family member or a child, and "
          "never use a child to interpret.")}

<h2>4. The MARAC</h2>
{numbered(4,
          "The Cinderbeck Multi-Agency Risk Assessment Conference (MARAC) meets every other Wednesday at Pithead "
          "House.",
          "Referrals must reach the MARAC coordinator at least 5 working days before the meeting. Contact the "
          "coordinator on 01632 960514 or cinderbeck.marac@example.org.",
          "Where the family has children, the IFD is told about every MARAC referral.")}

<h2>5. Telling schools</h2>
<p>When Beck and Moor Police attend a domestic abuse incident in a household with children, they tell the child's
designated safeguarding lead before 9am on the next school day, so that the school can be ready to support the
child.</p>

<h2>6. Working with those who harm</h2>
<p>The Ironstone Programme works with men who want to stop being abusive. It lasts 24 weekly group sessions, and
a partner support worker stays in touch with the current or former partner throughout. Attending the programme does
not on its own make children safe.</p>

<h2>7. Teenagers</h2>
<p>Abuse in teenage relationships is domestic abuse when both young people are 16 or over. Where one or both are
under 16, follow the child protection procedures. The family hubs run a Healthy Relationships course for young people
aged 13 to 17.</p>
"""

NEGLECT = f"""
<h2>1. What neglect is</h2>
<p>Neglect is the persistent failure to meet a child's basic physical or psychological needs, likely to seriously
harm the child's health or development. It is the most common reason for a child protection plan in Cinderbeck.
Neglect is usually about a pattern over time, not a single incident, so keep a chronology.</p>

<h2>2. The Lamp Neglect Toolkit</h2>
{numbered(2,
          "The Lamp Neglect Toolkit helps practitioners and families look at care together. It looks at five areas: "
          "physical care, safety and supervision, health, emotional care, and education and learning.",
          "Each area is scored from 1 to 5, where 1 means the child's needs are well met and 5 means they are "
          "seriously unmet.",
          "Complete the toolkit with the family wherever you can. It takes about 60 minutes. Repeat it after 12 weeks "
          "to see whether anything has changed.",
          "A score of 4 or 5 in any area should be discussed with your designated safeguarding lead, and may need a "
          "referral to the IFD.")}
{note("a tidy house does not mean a child's needs are met, and a messy house does not on its own mean neglect. Look "
      "at the child.")}

<h2>3. Missed health appointments</h2>
<p>Children do not miss appointments; they are not brought. When a child has not been brought to 2 health
appointments in a row, the health professional contacts the GP and health visitor or school nurse before the case is
closed. Untreated tooth decay in a child who has not been taken to a dentist can be a sign of neglect.</p>

<h2>4. Parents who use drugs or alcohol</h2>
<p>Parental drug and alcohol use is a common part of neglect in the valley. Some older parents and grandparents were
first prescribed strong painkillers after injuries at work and are now dependent on them. The Beckside Recovery
Service, on 01632 960789, supports parents and shares information with children's services. Any parent who takes
methadone or other prescribed opioids at home is given a free lockable medicine box by their pharmacy, and
practitioners should ask to see where medicines are kept.</p>

<h2>5. Cold homes</h2>
<p>Families who cannot heat their home can apply to the Cinderbeck Warm Homes Fund for a grant of up to 350 pounds
towards energy bills. Apply through any family hub. A cold, damp home may be a sign of poverty rather than neglect;
what matters is how the parents respond to help.</p>
"""

BRUISING = """
<h2>Who this protocol is for</h2>
<p>This protocol is for every practitioner who sees babies, including midwives, health visitors, GPs, hospital staff,
early years staff and social workers. A baby is non-mobile if they cannot yet roll over, crawl, pull to stand or
walk on their own; this is usually a baby under 6 months old. The protocol also applies to an older child who is not
independently mobile because of a disability.</p>

<h2>Why it matters</h2>
<p>Bruising is very unusual in babies who cannot move around by themselves. A bruise can be the first sign of serious
abuse, and a small bruise can be missed if it is explained away.</p>

<h2>What to do</h2>
<ol>
<li>Look at the whole baby, and record what you see on a body map: size, shape, colour and position.</li>
<li>Do not accept an explanation for the bruise, however reasonable it sounds. It is not your role to decide how it
happened.</li>
<li>Refer to the IFD on 01632 960501 on the same day. Out of hours, call the Emergency Duty Team on 01632 960502.</li>
<li>A paediatric assessment takes place at the Linnet Suite on the same day, and never later than 24 hours after the
bruise was seen.</li>
<li>Tell the parents what will happen and why, unless doing so would put the baby at greater risk.</li>
</ol>
<p>A strategy discussion is always held, and always considers the baby's brothers and sisters, who may also need to be
examined.</p>

<h2>Birthmarks</h2>
<p>Some birthmarks look like bruises. If a mark has already been recorded as a birthmark in the baby's red book by a
midwife, doctor or health visitor, no referral is needed. If you are not sure, refer.</p>

<h2>Coping with crying</h2>
<p>Every family is shown the Hush and Hold film about coping with a crying baby, by a midwife before they leave hospital
and again by a health visitor at the new birth visit between 10 and 14 days. The film reminds parents and carers that
crying peaks at around 6 to 8 weeks, and that it is fine to put a crying baby down safely and take a few minutes
away.</p>
"""

PRIVATE_FOSTERING = f"""
<h2>1. What private fostering is</h2>
{numbered(1,
          "A child is privately fostered when they are under 16 (or under 18 if disabled) and are cared for, for 28 "
          "days or more, by an adult who is not their parent, someone with parental responsibility or a close "
          "relative.",
          "Close relatives are grandparents, brothers and sisters, uncles and aunts, and step-parents. A cousin, a "
          "great-aunt or a family friend is not a close relative.")}

<h2>2. Telling the council</h2>
{numbered(2,
          "Parents and private foster carers must tell the council at least 6 weeks before the arrangement begins, "
          "or within 48 hours if it starts in an emergency or has already begun.",
          "Practitioners who learn of a possible private fostering arrangement should tell the Private Fostering Team "
          "on 01632 960509 or at cinderbeck.privatefostering@example.org, even if they think the family has "
          "already done so.",
          "It is an offence for a parent or carer not to tell the council without a good reason.")}

<h2>3. Visits</h2>
{numbered(3,
          "A social worker visits the child and the carer within 10 working days of the team being told, and sees the "
          "child alone.",
          "After that, the child is visited at least every 6 weeks in the first year, and at least every 12 weeks "
          "after the first year.",
          "Checks are made on every adult in the household aged 16 or over.")}

<h2>4. Private fostering in Cinderbeck</h2>
<p>The arrangements we see most often are:</p>
<ul>
<li>children of agency workers at the Ellerby Logistics Park who stay with friends while a parent returns abroad for
several weeks;</li>
<li>teenagers who move in with a friend's family after an argument at home;</li>
<li>young players at the Cinderbeck Rugby League Academy who lodge with host families during the season.</li>
</ul>
<p>At 31 March 2026 the Private Fostering Team knew of 11 children in private fostering arrangements. We believe the
true number is higher.</p>
"""

EHE = f"""
<h2>1. The right to educate at home</h2>
<p>Parents can choose to educate their child at home. The education must be efficient, full-time and suitable for the
child's age, ability and any special educational needs. Home education is not in itself a safeguarding concern.</p>

<h2>2. The Elective Home Education Team</h2>
{numbered(2,
          "Contact the Elective Home Education Team on 01632 960510 or at cinderbeck.ehe@example.org.",
          "When a parent tells a school in writing that they will educate their child at home, the school removes the "
          "child from the roll and tells the team within 2 school days.",
          "A child at a special school cannot be removed from the roll to be home educated without the council's "
          "agreement.")}

<h2>3. When the child is already known</h2>
<p>Where a child who is about to be home educated has a child protection plan or a child in need plan, or is open to
early help, the lead professional calls a multi-agency meeting within 10 working days of the notice to consider what
the change means for the child. Schools should not encourage parents to home educate to avoid an exclusion.</p>

<h2>4. Contact with families</h2>
<p>An Elective Home Education adviser offers every family a visit or a meeting within 20 working days of being told,
and then keeps in touch at least once a year. Families do not have to accept a home visit, and can send examples of
work instead.</p>
{note("if a home-educated child has not been seen by any professional for 6 months and you are worried, tell the "
      "Elective Home Education Team. If you think the child may be at risk of harm, contact the IFD.")}

<h2>5. Children missing education</h2>
<p>A child of compulsory school age who is not registered at a school and is not receiving a suitable education at
home is missing education. Refer them to the Children Missing Education Officer on 01632 960511.</p>

<h2>6. Home education in Cinderbeck</h2>
<p>At 31 March 2026, 512 Cinderbeck children were home educated. When families gave a reason, the most common was the
child's anxiety or mental health, given by 38 percent.</p>
"""

WATER = """
<h2>1. Open water in the valley</h2>
<p>Cinderbeck has more open water than most towns: Blackwater Quarry, flooded when pumping stopped in the 1990s;
Tarnhead Reservoir on Haggthorn Moor; the old colliery lagoons at Ellerby; and the Cinder Beck itself, which rises
fast after rain. Since 2019, three young people have died in open water in the valley.</p>

<h2>2. Cold water shock</h2>
<p>Open water is colder than it looks. Even in a hot summer the surface of Blackwater Quarry is rarely above 15
degrees, and below a few metres it stays at about 8 degrees all year. Cold water shock makes a person gasp and can
drown a strong swimmer within a minute.</p>

<h2>3. If a child is in the water</h2>
<ol>
<li>Call 999 and ask for the fire service.</li>
<li>Do not go into the water yourself.</li>
<li>Tell the child to float on their back, and throw them something that floats. There are throwlines at 14 points
around Blackwater Quarry and Tarnhead Reservoir.</li>
</ol>

<h2>4. Rangers and patrols</h2>
<p>Beck Valley rangers patrol Blackwater Quarry every day from 1 June to 15 September, from 11am to 9pm. If rangers
find a child under 13 at an open-water site without an adult, they take the child home and tell the IFD on the same
day.</p>

<h2>5. When water safety is a safeguarding matter</h2>
<p>A child who is often at the quarry late at night, who is there with much older young people or adults, or who is
given alcohol or drugs there, may be being exploited or not supervised. Talk to your designated safeguarding lead and
consider a referral to the IFD or the Trace Team.</p>

<h2>6. Schools</h2>
<p>The Cold Water Ready assembly is offered to every Year 6 and Year 7 class in May, before the summer holidays.</p>

<h2>7. Old mine workings</h2>
<p>Haggthorn Moor has 23 recorded mine shafts and several old drift entrances. All the shafts are capped, but young
people sometimes get into drift entrances. If a child is missing and may have gone into old workings, call 999 and ask
for the fire service, who will bring in Beck Valley Mine Rescue.</p>
"""

FIRE = f"""
<h2>1. Why fire-setting matters</h2>
<p>Most children who play with fire are curious. Some set fires because they are unhappy, angry, being harmed or
being pressured by others. Every spring and summer young people start grass and heather fires on Haggthorn Moor. In
2025 Beck and Moor Fire and Rescue Service attended 41 deliberate grass and moorland fires where young people were
thought to be involved.</p>

<h2>2. The FireWise scheme</h2>
{numbered(2,
          "FireWise is Beck and Moor Fire and Rescue Service's scheme for children and young people aged 5 to 17 who "
          "have set fires or are very interested in fire.",
          "Anyone working with the child can refer, with the parents' agreement, on 01632 960516 or at "
          "cinderbeck.firewise@example.org.",
          "A trained FireWise adviser visits the child at home between 1 and 3 times. The wait for a first visit is "
          "usually about 4 weeks.",
          "Every family referred to FireWise is also offered a free home fire safety visit, with smoke alarms "
          "fitted where needed.")}

<h2>3. When to refer to the IFD</h2>
<ul>
<li>the child has set a fire at home while other people were asleep;</li>
<li>fire-setting happens alongside other worries, such as self-harm, sexual behaviour or signs of abuse;</li>
<li>the child seems to be setting fires because an older person has told them to;</li>
<li>the parents do not respond to help, or do not keep lighters and matches out of reach.</li>
</ul>

<h2>4. Age and the law</h2>
<p>Children under 10 cannot be charged with a criminal offence. A child aged 10 or over who starts a fire may be dealt
with by the police and the Youth Justice Service, and may be referred to FireWise as part of an out-of-court
outcome.</p>

<h2>5. In schools</h2>
<p>If a pupil is found with a lighter or matches, the school talks to the parents and considers a FireWise referral. A
pupil who sets a fire in school is referred to FireWise and the designated safeguarding lead considers whether there
are other worries.</p>
"""

CHAPTERS = {
    "integrated-front-door.html": ("Contacting the Integrated Front Door (IFD) and MASH", "12 March 2026",
                                   FRONT_DOOR),
    "levels-of-need.html": ("Cinderbeck Levels of Need Guidance", "3 February 2026", LEVELS),
    "early-help-and-family-hubs.html": ("Early Help and the Miners' Hall Family Hubs", "14 May 2026", EARLY_HELP),
    "allegations-against-staff-lado.html": ("Allegations Against Adults Who Work With Children (LADO)",
                                            "21 April 2026", LADO),
    "strategy-discussions-and-section-47.html": ("Strategy Discussions, Section 47 Enquiries and Conferences",
                                                 "9 July 2026", STRATEGY),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements (Escalation Policy)",
                                                  "15 April 2026", ESCALATION),
    "missing-children-and-return-interviews.html": ("Children Missing from Home, Care or Education", "27 May 2026",
                                                    MISSING),
    "child-exploitation.html": ("Child Exploitation: Sexual, Criminal and County Lines", "4 March 2026", EXPLOITATION),
    "domestic-abuse-and-marac.html": ("Domestic Abuse and the MARAC", "10 June 2026", DOMESTIC),
    "neglect-and-the-lamp-toolkit.html": ("Neglect and the Lamp Neglect Toolkit", "29 October 2026", NEGLECT),
    "bruising-in-non-mobile-babies.html": ("Bruising, Marks and Injuries in Non-Mobile Babies", "13 January 2026",
                                           BRUISING),
    "private-fostering.html": ("Private Fostering", "8 August 2026", PRIVATE_FOSTERING),
    "elective-home-education.html": ("Elective Home Education and Children Missing Education", "7 October 2026", EHE),
    "quarries-reservoirs-and-water-safety.html": ("Open Water, Quarries and Reservoirs", "18 June 2026", WATER),
    "children-who-set-fires.html": ("Children Who Set Fires and the FireWise Scheme", "2 September 2026", FIRE),
}

# -- practice update (a web page of dated changes) -----------------------------------------

CHANGES = [
    ("The Integrated Front Door opens on Saturday mornings", "From 7 November 2026",
     ("The IFD is now also open on Saturdays from 9am to 1pm, for telephone calls and for referrals that cannot wait "
      "until Monday. Its weekday hours have not changed. On Saturdays the Emergency Duty Team takes calls from 1pm. "
      "Some chapters still describe the old arrangements while they are being revised.")),
    ("A new telephone number for the Emergency Duty Team", "From 2 November 2026",
     ("The Emergency Duty Team now has a new number: 01632 960790. Calls to the old number, 01632 960502, will be "
      "diverted until 31 March 2027. Please update your contact lists, posters and out-of-office messages.")),
    ("Return interviews offered sooner", "From 5 October 2026",
     ("The Lanternlight Youth Service now offers every child a return interview within 48 hours of the child coming "
      "back, instead of 72 hours. The report is still shared within 3 working days of the interview.")),
    ("Private fostering: a quicker first visit", "From 1 October 2026",
     ("A social worker from the Private Fostering Team now visits a privately fostered child within 7 working days "
      "of the team being told, instead of 10 working days. Later visits are unchanged.")),
    ("Escalation: a shorter Stage 2", "From 2 November 2026",
     ("Supervisors and line managers now have 5 working days, instead of 10, to resolve a disagreement at Stage 2 of "
      "the escalation policy before it moves to Stage 3. The other stages are unchanged.")),
]

COURSES = [
    ("Using the Lamp Neglect Toolkit", "2 December 2026", "Pitsby Miners' Hall Family Hub"),
    ("Bruising in non-mobile babies: what to do", "9 December 2026", "Online (Microsoft Teams)"),
    ("Child exploitation and the Trace Team", "14 January 2027", "Pithead House, Cinderbeck"),
    ("Hidden harm: parents who use drugs or alcohol", "4 February 2027", "Market Street Family Hub"),
]


def update_html() -> str:
    """The CSCP Practice Update web page: dated changes, a training table and the booking terms."""
    items = "\n".join(f'<section class="change">\n<h2>{h}</h2>\n<p class="from">{d}</p>\n<p>{p}</p>\n</section>'
                      for h, d, p in CHANGES)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice Update 11: November 2026 | CSCP</title>
<style>body{{font-family:Arial,sans-serif;margin:0;background:#f7f5f2;}} main{{max-width:780px;margin:0 auto;}}
.from{{font-weight:bold;color:#8a3b12;}}</style>
</head>
<body>
<div class="topbar"><a href="{SITE}/">CSCP home</a> | <a href="{SITE}/practice-updates">Practice updates</a> |
<a href="{SITE}/practice-updates/sign-up">Sign up for updates</a></div>
<main>
<h1>CSCP Practice Update 11: November 2026</h1>
<p class="standfirst">Changes to practice from the {PARTNERSHIP}. Published 17 November 2026.</p>
<p>Each change applies from the date given. Where a procedure chapter says something different, follow this update
until the chapter has been revised.</p>
{items}
<section class="courses">
<h2>Multi-agency training, December 2026 to February 2027</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Venue</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>CSCP courses are free to anyone who works or volunteers with children in Cinderbeck. Book through the CSCP
Business Unit on 01632 960519 or cinderbeck.cscp@example.org. A charge of 50 pounds is made for a place cancelled
less than 3 working days before the course, or not used.</p>
</section>
</main>
<footer class="foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/practice-updates/unsubscribe">Unsubscribe</a></p>
</footer>
</body>
</html>
"""


# -- DOCX seven-minute briefing and one-minute guide -----------------------------------------

SAFER_SLEEP = [
    ("1. Why safer sleep matters",
     [("Between 2023 and 2025, 4 babies in Cinderbeck died suddenly and unexpectedly while asleep. In 3 of the 4, the "
       "baby was sleeping on a sofa or in a bed with an adult who had been drinking alcohol or taking drugs.")]),
    ("2. The biggest risks",
     [("The risk of sudden infant death is highest when a baby sleeps on a sofa or armchair with an adult, or shares a "
       "bed with an adult who has drunk alcohol, taken drugs, smokes or is extremely tired. Babies who were born "
       "early or small are at greater risk.")]),
    ("3. The safer sleep messages",
     ["Put the baby on their back to sleep, in the feet-to-foot position.",
      "Keep the baby in their own cot or Moses basket in the parents' room for at least the first 6 months.",
      "Use a firm, flat mattress with no pillows, bumpers, wedges or soft toys.",
      "Keep the room at between 16 and 20 degrees.",
      "Never sleep on a sofa or armchair with a baby."]),
    ("4. Tired parents and shift work",
     [("Parents coming home from a night shift at the logistics park are often exhausted. Talk to them about who "
       "looks after the baby while they sleep, and about never dozing off with the baby on a sofa. Plan ahead for "
       "the nights when routines change, such as holidays, parties and moves.")]),
    ("5. What practitioners do",
     [("Health visitors, family hub staff and social workers ask to see where the baby sleeps at every home visit "
       "until the baby is 12 months old, and use the CSCP Safer Sleep Checklist."),
      ("Families who do not have a safe place for their baby to sleep can be given a free travel cot through their "
       "health visitor. In 2025-26, 212 travel cots were given to Cinderbeck families."),
      ("For advice, contact the Health Visiting Hub on 01632 960792, Monday to Friday, 8.30am to 5pm.")]),
    ("6. Questions for reflection",
     ["Have I seen where the baby sleeps, or have I only been told?",
      "Do I know who else looks after the baby at night, and whether they drink or use drugs?"]),
]


def safer_sleep_docx(path: Path) -> None:
    closing = ("7. Find out more", [("Book the CSCP course on safer sleep through the CSCP Business Unit at "
                                     "cinderbeck.cscp@example.org.")])
    wv.guide_docx(path, "Seven-Minute Briefing: Safer Sleep for Babies",
                  f"A seven-minute briefing from the {PARTNERSHIP}. Issued: 16 March 2026.",
                  [*SAFER_SLEEP, closing], bullets=("3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 16, 9, 0, 0))


YOUNG_CARERS = [
    ("1. Who is a young carer",
     [("A young carer is someone under 18 who helps to look after a family member who is ill, disabled, has a mental "
       "health condition or uses drugs or alcohol. In Cinderbeck, children also often look after younger brothers "
       "and sisters while their parents work shifts.")]),
    ("2. What we know",
     [("In 2025-26 Cinderbeck schools identified 842 young carers. The youngest was 6. Many more are thought to be "
       "hidden, because children worry that telling someone will get their family into trouble.")]),
    ("3. Signs to notice",
     ["often late, tired or absent, especially on Monday mornings or after a parent's night shift;",
      "collecting younger children from school or nursery;",
      "not doing homework, or missing clubs and trips;",
      "anxious about a parent's health or about being away from home."]),
    ("4. What to do",
     ["Ask the child who lives at home and who helps with what.",
      "With the child's agreement, refer to Cinderbeck Young Carers on 01632 960518 for a young carer's needs "
      "assessment, which is completed within 28 days of the referral.",
      "If a young child is regularly left in charge of babies or younger children overnight, talk to your "
      "designated safeguarding lead about contacting the IFD."]),
    ("5. What young carers can get",
     [("Cinderbeck Young Carers gives each young carer a Young Carers Card, so that pharmacies and GP surgeries know "
       "they may collect medicines or make appointments for the family. The Saturday Break club meets every other "
       "Saturday at Colliers Row Miners' Hall.")]),
    ("6. Questions for your team",
     ["Do we ask every child who helps at home?",
      "Do we know which of our pupils have a parent working nights?"]),
]


def young_carers_docx(path: Path) -> None:
    wv.guide_docx(path, "One-Minute Guide: Young Carers and Children of Shift Workers",
                  f"A one-minute guide for practitioners from the {PARTNERSHIP}. Issued: 23 February 2026.",
                  YOUNG_CARERS, bullets=("3.", "4.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 2, 23, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Child R, a boy who "
           "was 14 when he was seriously injured in a fall from the rock face at Blackwater Quarry in August 2025. "
           "He was there late at night with older young people and two adults. The CSCP held a rapid review within "
           "15 working days and commissioned a local review. The independent reviewer was Dr Anselm Garroway-Pike.")),
    ("h", "Background"),
    ("p", ("Child R lived in Nettleford with his mother and his 8-year-old sister. His mother worked night shifts at "
           "the Ellerby Logistics Park, four nights a week, and Child R looked after his sister on those nights. In "
           "the 7 months before his injury he was reported missing 6 times, and was twice found at the lorry park "
           "in the early hours.")),
    ("p", ("He was offered a return interview after each episode and declined all six. His school had begun to talk "
           "about excluding him, and in June 2025 his mother was encouraged to educate him at home. He was removed "
           "from the school roll 9 days before the end of the summer term.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The missing episodes were treated one at a time. No Missing and Exploitation Review Meeting "
           "was held, although Child R had gone missing 3 times in 90 days by April 2025.")),
    ("p", ("Finding 2: Declined return interviews were accepted at face value. Nobody tried a different worker or a "
           "different place.")),
    ("p", ("Finding 3: Nobody saw Child R as a young carer, and nobody asked who was at home at night.")),
    ("p", ("Finding 4: The move to home education was not discussed with other agencies, and the Elective Home "
           "Education Team was told 3 weeks after he had left.")),
    ("h", "Recommendations"),
    ("n", "A Missing and Exploitation Review Meeting is held whenever a child is missing 3 times in 90 days."),
    ("n", "When a child declines a return interview twice, a different worker or a different place is tried."),
    ("n", "Schools ask every pupil who is at home at night, and refer young carers to Cinderbeck Young Carers."),
    ("n", "Schools must not suggest home education as a way of avoiding exclusion."),
    ("h", "What has changed"),
    ("p", ("From January 2026 the Missing Coordinator checks every Monday for children who have reached 3 missing "
           "episodes in 90 days. By September 2026, 31 of Cinderbeck's 38 schools had a named young carers lead. "
           "Beck and Moor Police have charged two men with offences connected "
           "to the exploitation of Child R.")),
    ("p", "Child R has recovered from his injuries and is back at school."),
    ("h", "Questions for your team"),
    ("b", "When a child keeps saying no to help, what do we try next?"),
    ("b", "Do we know who looks after the children we work with at night?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my second annual report as Independent Scrutineer of the CSCP. The year was shaped by the review "
           "of Child R, which showed how exploitation, caring at night and a hurried move to home education can add "
           "up, and by the number of children left alone while their parents work shifts. Professor Hester "
           "Ainsworth-Blake, Independent Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Cinderbeck Metropolitan Borough Council, NHS Beck and Moor "
           "Integrated Care Board and Beck and Moor Police. In 2025-26 the Lead Safeguarding Partner was the "
           "council's Director of Children's Services. The CSCP Executive meets every 8 weeks. The CSCP Business "
           "Unit is managed by Ruairi Okonkwo-Pryce.")),
    ("h", "Funding 2025-26"),
    ("t", [["Contributor", "Amount", "Share"],
           ["Cinderbeck Metropolitan Borough Council", "186,000 pounds", "60%"],
           ["NHS Beck and Moor ICB", "77,500 pounds", "25%"],
           ["Beck and Moor Police", "37,200 pounds", "12%"],
           ["Beck and Moor Fire and Rescue Service", "9,300 pounds", "3%"],
           ["Total", "310,000 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the IFD", "8,216", "8,947"],
           ["Contacts that became referrals", "1,904", "2,071"],
           ["Re-referrals within 12 months", "23%", "19%"],
           ["Assessments completed within 40 working days", "68%", "74%"],
           ["Strategy discussions held", "1,122", "1,207"],
           ["Section 47 enquiries", "689", "731"],
           ["Initial conferences within 15 working days", "79%", "86%"],
           ["Children with a child protection plan at 31 March", "228", "251"],
           ["Family Support Plans started", "1,377", "1,514"],
           ["MARAC cases heard", "412", "466"],
           ["Missing episodes reported", "1,318", "1,244"],
           ["Return interviews accepted", "52%", "61%"],
           ["Allegations referred to the LADO", "117", "132"],
           ["FireWise referrals", "58", "83"],
           ["Children home educated at 31 March", "471", "512"],
           ["Practitioners trained on CSCP courses", "1,640", "1,892"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 52 percent of child protection plans, emotional abuse "
           "for 29 percent, physical abuse for 13 percent and sexual abuse for 6 percent. 14 of the children with a "
           "plan were unborn babies.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The CSCP held 4 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Child R. The Child Death Overview Panel that Cinderbeck shares with Hollinsmoor reviewed the deaths "
           "of 11 Cinderbeck children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The CSCP audited 25 cases of children whose parents work night shifts. In 17 of them, no record showed who "
           "looked after the children at night. In 6, a child under 12 had been left alone overnight.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The CSCP's priorities for 2026-27 are: children at risk of exploitation, including at open-water sites; "
           "neglect and parental drug and alcohol use; and children whose parents work shifts. Each priority is led "
           "by one of the three safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child R",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 26 August 2026.", BRIEFING,
                 "Cinderbeck SCP | Learning Briefing: Child R | August 2026",
                 f"{PARTNERSHIP} - cinderbeck-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "CSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Cinderbeck SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - cinderbeck-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Cinderbeck document into `out`; returns the paths written."""
    return wv.write_area(out, CINDERBECK, CHAPTERS, ("practice-update-november-2026.html", update_html()),
                         {"seven-minute-briefing-safer-sleep.docx": safer_sleep_docx,
                          "one-minute-guide-young-carers.docx": young_carers_docx,
                          "learning-briefing-child-r.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Cinderbeck in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
