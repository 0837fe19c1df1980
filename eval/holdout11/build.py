"""Build the eleventh held-out corpus (Kelbridge), and assemble demo corpus + Kelbridge for evaluation.

Run from the repository root:  python eval/holdout11/build.py

Kelbridge is a fourteenth fictional partnership: Kelbridge New Town (designated in 1968, with the Juniper Rise and
Harlequin Fields estates) beside the former mining villages of the Ashgill valleys (Netherpit, Stainby Moor and Crake
Hollow), Kelbridge Airport, Hobb's Cross motorway services, the academy of Kelbridge Athletic football club, and Mirrin
Island, a tidal island of holiday lets reached by the Mirrin Causeway, which the sea covers twice a day. Its neighbour
is the district of Thrushcombe, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Its documents mix the registers of real partnership websites: a front-door page
with a contacts table and questions and answers, a levels-of-need page with a table, formal chapters with numbered
paragraphs and "Key point" panels beside short plain pages, a bulletin with dated changes (a new out-of-hours number,
return interviews within 48 hours instead of 72, the exploitation team renamed, the LADO referral form due sooner)
while the older chapters still give the old values, two Word guides and two PDFs (a practice review's learning
briefing and an annual report extract with a funding table and two years of figures). The writers are the shared ones
in eval/holdout/build.py (fixed zip timestamps, reportlab invariant mode), so the build is byte-reproducible; only
Kelbridge's words live here. Its phone numbers all lie in 01632 960971-960989 and 01632 960778-960796, one purpose
each, and every person, place and service named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "kelbridge"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Kelbridge Safeguarding Children Partnership"
SITE = "https://kelbridge-scp.example.org"
ADDRESS = "Carrick House, 40 Lanyard Street, Kelbridge KB4 7QT"
KELBRIDGE = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="16 November 2026", abbr="KSCP", address=ADDRESS,
                    menu=("The Children's Hub", "Levels of Need", "Early help and Family Hubs",
                          "Allegations and the LADO", "Strategy discussions", "Conferences and plans",
                          "Missing children", "Exploitation", "Domestic abuse", "Neglect", "Disagreements",
                          "Home education", "Children alone in public places"),
                    updated_label="Page last updated")


def key_point(text: str) -> str:
    """A boxed "Key point" in Kelbridge's house style."""
    return f'<aside class="kscp-callout kscp-callout--key"><p><strong>Key point.</strong> {text}</p></aside>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A captioned table with Kelbridge's class."""
    return wv.html_table(caption, header, rows, "kscp-grid", th_attrs=' scope="col"')


def paras(number: int, *texts: str) -> str:
    """Numbered paragraphs (3.1, 3.2, ...) in the formal chapters' style."""
    return "\n".join(f'<p class="para"><span class="pno">{number}.{i}</span> {t}</p>'
                     for i, t in enumerate(texts, 1))


def qa(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A heading and question-and-answer pairs, as a definition list."""
    items = "\n".join(f"<dt>{q}</dt>\n<dd>{a}</dd>" for q, a in pairs)
    return f'<h2>{heading}</h2>\n<dl class="kscp-qa">\n{items}\n</dl>'


# -- HTML procedure chapters --------------------------------------------------------------

HUB = f"""
<p class="lede">The Kelbridge Children's Hub is the single front door to children's social care for the whole borough:
the new town and its estates, the Ashgill valleys (Netherpit, Stainby Moor and Crake Hollow), the coast and Mirrin
Island. The Hub includes the Multi-Agency Safeguarding Hub (MASH), where social workers sit with officers from Wrexmoor
Police, health practitioners, an education adviser, a housing officer and a probation officer at Carrick House.</p>
{key_point("if a child is in immediate danger, ring 999 first. None of the numbers on this page is an emergency "
           "number.")}

<h2>1. Numbers and hours</h2>
{table("Contacting the Hub and related services", ("Service", "Phone", "When", "Email"), [
    ("Kelbridge Children's Hub (includes the MASH)", "01632 960971", "Monday to Friday, 8.45am to 5.15pm",
     "kelbridge.childrenshub@example.org"),
    ("Pause and Ask line (for professionals who are unsure whether to refer)", "01632 960974",
     "Monday, Wednesday and Friday, 9.30am to 12.30pm", "Phone only"),
    ("Emergency Duty Team (out of hours)", "01632 960972",
     "Weekday evenings from 5.15pm, overnight, weekends and bank holidays", "Phone only"),
    ("Wrexmoor Police Public Protection Unit (professionals only)", "01632 960983", "24 hours", "Phone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960975", "Monday to Friday, 9am to 5pm",
     "kelbridge.lado@example.org"),
    ("Education Safeguarding Adviser (schools, colleges and early years)", "01632 960779",
     "Monday to Friday in term time, 8am to 4pm", "kelbridge.edsafeguarding@example.org"),
    ("Prevent Coordinator, Kelbridge Borough Council", "01632 960788", "Monday to Friday, 9am to 5pm",
     "kelbridge.prevent@example.org"),
])}

<h2>2. Making a referral</h2>
<p>Referrals are made on the Kelbridge Safeguarding Referral Form (KSRF), which is on the KSCP website. If you think a
child is at risk of significant harm, telephone the Hub before you do anything else and then send the KSRF on the
same working day. For lower-level worries the KSRF can be sent by email without a phone call.</p>
<p>A good KSRF says what you have seen or heard, the child's own words, what has been tried already and what you
think will happen to the child if nothing changes. Give the names and dates of birth of every adult and child in the
household, and of any adult who stays there regularly.</p>
<p>Professionals may not make anonymous referrals. A neighbour or relative can ask for their name to be withheld from
the family.</p>

<h2>3. What happens to a referral</h2>
<p>Every contact is read by a qualified social worker in the Hub and given a rating. A red contact, where a child may
be at risk of significant harm, is decided within 2 hours. Other contacts are decided by a Hub team manager within 1
working day. For a red contact, MASH partners share what they know within 4 hours; for an amber contact, within 24
hours.</p>
<p>The person who made the referral is told what was decided within 4 working days. If you have heard nothing by then,
ring the Hub and ask for the duty team manager.</p>
<p>When a child and family assessment is needed, Kelbridge completes it within 40 working days, which is shorter than
the national maximum of 45 working days.</p>
<p>Where a child has had 3 or more contacts to the Hub in 6 months, a senior practitioner reads the child's whole file
and writes a Case History Summary before a decision is made on the latest contact.</p>

<h2>4. Consent</h2>
<p>Tell the family you are referring and ask for their agreement, unless that would put a child or anyone else at
greater risk or harm a police investigation. Where a child may be at risk of significant harm, refer even if the
family says no, and write down why.</p>

<h2>5. Unborn babies</h2>
<p>Where there are worries about an unborn baby, for example because an older child was removed or a parent misuses
drugs, refer to the Hub by 16 weeks of pregnancy, so that a pre-birth assessment can start in good time.</p>

<h2>6. Homeless 16 and 17 year olds</h2>
<p>A 16 or 17 year old who is homeless or about to be homeless is referred to the Hub. Under the Kelbridge Youth
Homelessness Protocol, children's social care and the housing service complete a joint assessment within 7 working days,
and a young person with nowhere safe to sleep is found emergency accommodation on the same day.</p>

<h2>7. Private fostering</h2>
<p>A child under 16, or under 18 if disabled, who lives for 28 days or more with an adult who is not a parent or close
relative is privately fostered. Anyone who knows of a private fostering arrangement tells the Hub. The arrangement
should be notified at least 6 weeks before it starts, or within 48 hours if it has already begun, and a social
worker visits the child within 7 working days of the Hub being told.</p>

<h2>8. Radicalisation</h2>
<p>Concerns that a child is being drawn into extremism are discussed with your safeguarding lead and referred to the
Prevent Coordinator at Kelbridge Borough Council. Where a child may be at risk of significant harm, contact the Hub as
well.</p>

{qa("Quick answers", [
    ("The child lives in Thrushcombe but goes to school in Kelbridge. Who do I contact?",
     "Contact the children's services of the council where the child lives, which is Thrushcombe. If the child is at "
     "immediate risk, the Kelbridge Children's Hub will act first and then hand the case over."),
    ("It is 6pm and the Hub is closed. What now?",
     "Ring the Emergency Duty Team on 01632 960972. If the child is in immediate danger, ring 999."),
    ("Can I talk a case through before I refer?",
     "Yes. The Pause and Ask line on 01632 960974 gives advice to professionals. It is not a referral, and the "
     "decision about what to do stays with you and your safeguarding lead."),
    ("Can parents or young people ring the Hub?",
     "Yes. Anyone can ring the Hub on 01632 960971 while it is open."),
])}
"""

LEVELS = f"""
<h2>Why we have levels of need</h2>
<p>The Kelbridge Levels of Need help everyone who works with children in Kelbridge to agree how much help a child and
family need and who should give it. There are five levels, from Level 1 to Level 5. The levels support professional
judgement; they do not replace it. A child can move up or down the levels as things change.</p>

<h2>The levels at a glance</h2>
{table("Kelbridge Levels of Need", ("Level", "What it means", "Examples", "What to do"), [
    ("Level 1: Universal", "The child's needs are met by the family and by services open to everyone.",
     "Attends school 95 percent of the time or more; registered with a GP and a dentist.",
     "Carry on with universal services."),
    ("Level 2: Universal Plus", "A need that one agency can meet, perhaps with advice.",
     "School attendance between 90 and 94 percent; a parent struggling to heat the home; a child whose speech is "
     "behind.", "Support from your own agency; talk to your Family Hub if you need advice."),
    ("Level 3: Targeted Early Help", "Several needs that need a plan across agencies.",
     "Attendance below 90 percent; a young carer whose own needs are not met; parents' arguments that frighten the "
     "children.", "An Early Help Assessment and Plan (EHAP) and a Team Around the Family."),
    ("Level 4: Child in Need", "The child needs a social work assessment to reach or keep a reasonable standard of "
     "health or development.", "A 16 or 17 year old who is homeless; a disabled child whose family is at breaking "
     "point; neglect that has not improved with early help.", "Refer to the Kelbridge Children's Hub on 01632 960971."),
    ("Level 5: Child Protection", "The child is suffering, or is likely to suffer, significant harm.",
     "A child who says they have been hurt; any bruise on a baby who is not yet mobile; a child being exploited.",
     "Phone the Hub on 01632 960971 straight away; out of hours, the Emergency Duty Team on 01632 960972."),
])}

<h2>Consent</h2>
<p>At Levels 2 and 3, help is voluntary and depends on the family agreeing to it. At Levels 4 and 5 you should still
ask for consent where it is safe, but a family saying no must not stop a referral where a child may be at risk of
significant harm.</p>

<h2>The Threshold Clinic</h2>
<p>If you are not sure which level applies, bring the case to the Threshold Clinic. It is held every Tuesday from 2pm
to 4pm at Carrick House and online. Each case has a 20-minute slot with a Hub senior practitioner and an Early Help
Coordinator. Book a slot through the Early Help Advice Line on 01632 960977.</p>

<h2>Stepping up and stepping down</h2>
<p>When social care closes a case that still needs help at Level 3, a step-down meeting with the new lead
practitioner is held within 10 working days. A family who have made no progress after 6 months of an EHAP should be
discussed with your safeguarding lead, who will consider a referral to the Hub.</p>

<h2>What levels are not</h2>
<p>A level describes a child's needs, not a family's postcode. Living on Mirrin Island, in an Ashgill valley village
or in a new-town tower block does not by itself put a child at any level.</p>
"""

EARLY_HELP = f"""
<h2>1. Early help in Kelbridge</h2>
{paras(1,
       "Early help means giving support as soon as a problem appears, at any age. In Kelbridge it is organised "
       "through three Family Hubs, each with a team of Early Help Coordinators and family workers.",
       "The Early Help Advice Line gives advice to practitioners on 01632 960977, Monday to Friday, 9am to 4.30pm, "
       "or at kelbridge.earlyhelp@example.org.")}

<h2>2. The Family Hubs</h2>
{table("Kelbridge Family Hubs", ("Family Hub", "Where", "Open"), [
    ("Kelbridge Central Family Hub", "Juniper Rise, Kelbridge", "Monday to Friday, 8.30am to 6pm, and Saturday "
     "mornings"),
    ("Ashgill Valleys Family Hub", "the old Miners' Welfare Hall, Netherpit", "Monday to Friday, 9am to 5pm"),
    ("Coast and Mirrin Family Hub", "Harbour Road, Saltcote", "Tuesday, Thursday and Friday, 9am to 4pm"),
])}
<p>The Hub Bus, a mobile Family Hub, goes across the causeway to Mirrin Island every Wednesday. Its timetable
changes each week to fit the safe crossing times.</p>

<h2>3. The Early Help Assessment and Plan</h2>
{paras(3,
       "The early help assessment in Kelbridge is the Early Help Assessment and Plan (EHAP). Any practitioner who "
       "knows the family can start one, with the family's agreement, and that practitioner usually becomes the lead "
       "practitioner.",
       "Every EHAP is registered with the Early Help Advice Line within 5 working days of being started, so that "
       "the Family Hub can check whether another service is already working with the family.",
       "Young people aged 16 and 17 can agree to an EHAP for themselves.")}
{key_point("an EHAP is not a referral to children's social care. If you think a child is at risk of significant harm, "
           "contact the Kelbridge Children's Hub.")}

<h2>4. Team Around the Family</h2>
{paras(4,
       "Where more than one agency is needed, the lead practitioner brings the family and professionals together as a "
       "Team Around the Family (TAF). The TAF meets at least every 6 weeks and reviews the plan at every meeting.",
       "The Early Help Allocation Panel meets every Monday morning to allocate a family worker to families at Level 3 "
       "who need more help than the lead practitioner's agency can give.",
       "If the family have made no progress after 6 months, the lead practitioner discusses a referral to the Hub "
       "with their safeguarding lead.")}

<h2>5. Help with money and warm homes</h2>
{paras(5,
       "Many families in the Ashgill valleys live in older homes that are hard to heat. The Warm Homes Winter Fund "
       "gives a grant of up to 150 pounds per household towards fuel between November and March. A lead practitioner "
       "applies through the Early Help Advice Line; the family must have an EHAP.",
       "Families can also get free school uniform through the Family Hubs' Swap Shop, held on the first Saturday of "
       "every month at Kelbridge Central Family Hub.")}

<h2>6. Stepping down from social care</h2>
<p>When children's social care closes a case that steps down to early help, a step-down meeting with the family and
the new lead practitioner is held within 10 working days of the decision, and the social worker attends.</p>
"""

LADO = f"""
<h2>1. Who this chapter is for</h2>
{paras(1,
       "This chapter applies when someone who works or volunteers with children in Kelbridge may have harmed a "
       "child, or may pose a risk to children. It covers teachers, support staff, foster carers, youth workers, "
       "sports coaches, airport staff, health staff, drivers on school transport and volunteers.",
       "Kelbridge has two Local Authority Designated Officers (LADOs), Niamh Rowcliffe and Bartholomew Okafor-Penn.")}

<h2>2. Contacting the LADO</h2>
{paras(2,
       "Phone the LADO on 01632 960975, Monday to Friday, 9am to 5pm, or email kelbridge.lado@example.org. Outside "
       "these hours, if a child may be at immediate risk, contact the Emergency Duty Team, and let the LADO know "
       "on the next working day.")}

<h2>3. When to refer</h2>
<p>Refer to the LADO when it is alleged that a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children; or</li>
<li>behaved or may have behaved in a way that indicates they may not be suitable to work with children, including
things that happen outside work, such as domestic abuse at home.</li>
</ul>

<h2>4. What the employer does</h2>
{paras(4,
       "The headteacher, manager or designated senior manager phones the LADO on the day the allegation is made. "
       "The LADO Referral Form must then be completed and sent within 2 working days of the allegation coming to "
       "light.",
       "The employer must not investigate, interview the child or tell the person concerned about the allegation "
       "until the LADO agrees. Any evidence, such as messages on a phone, is kept safe.",
       "Where the allegation is about the headteacher, the chair of governors makes the referral.")}

<h2>5. What the LADO does</h2>
{paras(5,
       "The LADO decides within 1 working day of receiving the referral form whether the harm test is met.",
       "Where it is, the LADO holds an Allegation Management Meeting (AMM) within 5 working days. The AMM decides "
       "whether the police or children's social care need to investigate, whether the employer should carry out its "
       "own investigation and what should happen to the person while that takes place.",
       "Review meetings are held every 4 weeks until the case is concluded.",
       "Suspension is not automatic. The employer considers alternatives first, such as a change of duties or "
       "working away from children.")}

<h2>6. Outcomes</h2>
<p>Each allegation ends with one of five outcomes: substantiated, malicious, false, unsubstantiated or unfounded.
Where an allegation is malicious or false, it is removed from the person's personnel records. The KSCP aims for 80
percent of allegations to be concluded within 3 months.</p>
<p>Where a person is dismissed, or would have been dismissed had they not resigned, the employer must refer them to
the Disclosure and Barring Service within 1 month. A school also considers whether a teacher should be referred to
the Teaching Regulation Agency.</p>
<p>Records of allegations that were not false or malicious are kept until the person reaches normal pension age, or
for 10 years from the date of the allegation if that is longer.</p>

<h2>7. Low-level concerns</h2>
<p>A low-level concern is behaviour that does not meet the harm test but is not in line with the staff code of conduct,
such as being over-friendly with a child or using a personal phone to message a pupil. Low-level concerns are shared
with the designated safeguarding lead and recorded. Where 3 low-level concerns about the same person are recorded
within 12 months, the DSL discusses them with the LADO.</p>

<h2>8. Sport, transport and the airport</h2>
<p>Concerns about a coach at the Kelbridge Athletic Academy, or at any club, are referred to the LADO by the club's
welfare officer, who also tells the sport's national governing body. Where the person is a licensed taxi or private
hire driver, including drivers on school transport contracts, the LADO also tells Kelbridge Borough Council's
Licensing Team. Allegations about staff at Kelbridge Airport go through the airport's Head of Safeguarding.</p>

{qa("Questions employers ask", [
    ("The allegation came from a parent who has complained about us before. Do I still refer?",
     "Yes. It is for the LADO, not the employer, to decide whether the harm test is met."),
    ("The member of staff wants to resign. Can we let the process stop?",
     "No. The process continues to a conclusion even if the person resigns or refuses to cooperate."),
    ("The incident happened at a weekend, away from work.",
     "Refer it. Behaviour outside work can show that a person may not be suitable to work with children."),
])}
"""

STRATEGY = f"""
<h2>1. Purpose</h2>
{paras(1,
       "A strategy discussion is held whenever there is reasonable cause to suspect that a child is suffering, or is "
       "likely to suffer, significant harm. It decides whether to start a section 47 enquiry, and plans how to keep "
       "the child safe while it takes place.")}

<h2>2. Timing</h2>
{paras(2,
       "The strategy discussion is held no later than the end of the next working day after the Hub decides that "
       "the threshold is met.",
       "Where the child is in hospital, has a serious injury or has disclosed sexual abuse, it is held within 4 hours.",
       "Out of hours, the Emergency Duty Team holds the discussion with the police, and the Hub reviews it on the "
       "next working day.")}

<h2>3. Who takes part</h2>
<p>The discussion is chaired by a team manager from the Hub or the Assessment Service. It must include Wrexmoor Police
(usually an officer from the Public Protection Unit, 01632 960983), a health professional, and the agency that
referred. The child's school or nursery, or the health visitor for a young child, is invited wherever they know the
child. It may be held in person, by video or by phone.</p>

<h2>4. What is decided</h2>
<ul>
<li>whether to start a section 47 enquiry, and whether it is single-agency or joint with the police;</li>
<li>what must happen straight away to keep this child, and any other children, safe;</li>
<li>whether a child protection medical is needed, and by when;</li>
<li>whether an Achieving Best Evidence interview is needed;</li>
<li>what the parents will be told, when and by whom.</li>
</ul>
<p>The chair sends the record of the discussion to everyone who took part within 1 working day.</p>

<h2>5. Child protection medicals</h2>
<p>Child protection medicals are carried out by the Kittiwake Children's Assessment Unit at Kelbridge Hospital, on
01632 960982, Monday to Friday, 9am to 5pm. At other times the on-call paediatrician is reached through the hospital
switchboard. Where there is a visible injury, the medical takes place on the same day, and in any case within 24
hours. Medicals after sexual abuse are carried out at the Wrexmoor Sexual Assault Referral Centre.</p>

<h2>6. The section 47 enquiry</h2>
{paras(6,
       "The enquiry is led by a qualified social worker, who sees the child within 24 hours of the strategy "
       "discussion, and speaks to them alone where that is right for the child.",
       "Other agencies give the social worker the information they hold when asked, including health records of "
       "parents where these are relevant.",
       "The enquiry is completed within 15 working days of the strategy discussion. If it is still open after 10 "
       "working days, a review strategy discussion is held.")}

<h2>7. Outcomes</h2>
<p>The enquiry ends in one of three outcomes: concerns not substantiated; concerns substantiated but the child is not
judged to be at continuing risk of significant harm, so the child may be supported as a child in need; or concerns
substantiated and an initial child protection conference is needed.</p>
{key_point("where an initial child protection conference is needed, it is held within 15 working days of the strategy "
           "discussion at which the section 47 enquiry started.")}
"""

CONFERENCES = f"""
<h2>1. The Child Protection Chairing Unit</h2>
{paras(1,
       "Child protection conferences in Kelbridge are arranged by the Kelbridge Child Protection Chairing Unit at "
       "Carrick House, on 01632 960976 or kelbridge.conferences@example.org. Conferences are chaired by an "
       "independent chair who has no management responsibility for the case.")}

<h2>2. Initial child protection conferences</h2>
{paras(2,
       "An initial child protection conference (ICPC) is held within 15 working days of the strategy discussion at "
       "which the section 47 enquiry was started.",
       "A conference is quorate when children's social care and at least 2 other agencies that have had contact "
       "with the child are present. If it is not quorate, the chair decides whether to go ahead.",
       "A pre-birth conference is held no later than 28 weeks into the pregnancy.")}

<h2>3. Reports</h2>
{paras(3,
       "Each agency sends a written report to the Child Protection Chairing Unit at least 3 working days before the "
       "conference, and shares it with the parents at least 2 working days before.",
       "Reports are set out under three headings: What are we worried about? What is working well? What needs to "
       "happen?")}

<h2>4. Parents and children</h2>
{paras(4,
       "Parents are invited to every conference and may bring a supporter. The chair meets the parents before the "
       "conference starts. If an interpreter is needed, the Child Protection Chairing Unit must be told at least 7 "
       "working days before.",
       "Children aged 12 and over are invited to take part in their conference, and every child of that age is "
       "offered an advocate from Voice Kelbridge, on 01632 960782.",
       "For families on Mirrin Island, the conference is timed so that everyone can cross the causeway safely, or is "
       "held at the Coast and Mirrin Family Hub or online.")}

<h2>5. The child protection plan</h2>
{paras(5,
       "If the conference decides the child is at continuing risk of significant harm, the child becomes subject to a "
       "child protection plan under one of four categories: neglect, physical abuse, emotional abuse or sexual "
       "abuse.",
       "The core group, which includes the parents, meets for the first time within 10 working days of the ICPC, and "
       "then at least every 4 weeks.",
       "The social worker visits the child at least every 10 working days and sees the child alone at every visit "
       "where the child is old enough.",
       "The first review conference is held within 3 months of the ICPC, and then at intervals of no more than 6 "
       "months.")}

<h2>6. Children moving in and out</h2>
<p>When a child with a child protection plan moves into Kelbridge, a transfer-in conference is held within 20
working days of the Child Protection Chairing Unit being told. When a child moves to Thrushcombe or elsewhere, the
social worker tells the new area the same day.</p>

<h2>7. After the conference</h2>
<p>A list of the decisions and the plan is sent to everyone invited within 1 working day. The full record is sent
within 20 working days. A parent who wants to complain about a conference decision writes to the Head of Service for
Quality Assurance within 15 working days.</p>
<p>A professional who disagrees with a decision says so during the conference and asks for it to be recorded, then
follows the KSCP policy on resolving professional disagreements.</p>
"""

MISSING = """
<h2>1. What this chapter covers</h2>
<p>This chapter applies to any child under 18 who goes missing from home, from care or from school in Kelbridge, and
to children placed in Kelbridge by other councils. A child is missing when their whereabouts cannot be established and
they may be at risk. Wrexmoor Police grade every missing child as high, medium or low risk.</p>

<h2>2. Reporting a child missing</h2>
<p>Parents and carers should report a missing child to the police on 101, or 999 if they think the child is in
danger. Residential homes and foster carers follow the child's missing plan and report to the police no later than 1
hour after the agreed time of return if the child's whereabouts are still unknown.</p>
<p>Every missing episode of a child looked after is reported to the child's social worker, or out of hours to the
Emergency Duty Team, and to the Hub's Missing Coordinator within 24 hours.</p>

<h2>3. When the child comes back</h2>
<p>Wrexmoor Police carry out a safe and well check as soon as the child is found, to check they are not hurt and to
ask whether a crime has been committed.</p>
<p>Every child who has been missing is offered a return interview by the Bridgeway Youth Project, an independent
service, within 72 hours of their return. Bridgeway can be reached on 01632 960978, Monday to Saturday, 10am to 8pm,
or at kelbridge.bridgeway@example.org. If the child says no, Bridgeway tries again once, and then offers the
interview to a trusted adult the child chooses.</p>
<p>The return interview report is shared with the social worker, the school and the police within 2 working days.</p>

<p>Every child looked after who has gone missing before has a missing plan, which says when the carers should report
the child missing and where the child might be. The plan is reviewed after every missing episode. Carers keep a
recent photograph of the child that can be given to the police.</p>
<p>When a council outside Kelbridge places a child in a Kelbridge children's home or with a Kelbridge foster carer,
the home or carer also tells the placing council's social worker about every missing episode on the same day.</p>

<h2>4. Repeat missing</h2>
<p>A child who goes missing 3 or more times in 90 days, or once for longer than 3 days, is discussed at a
multi-agency missing meeting chaired by the Hub's Missing Coordinator. After a child's second missing episode, the
Kelbridge Exploitation Early Warning Tool is completed.</p>

<h2>5. Missing from school</h2>
<p>A school that cannot account for a pupil who has not arrived follows its first-day calling procedure. A pupil who
has been absent without explanation for 10 school days in a row is referred to the Children Missing Education Officer
on 01632 960780.</p>

<h2>6. Mirrin Island and the coast</h2>
<p>Young people sometimes stay on Mirrin Island after the causeway has closed. A young person reported missing who may
be on the island or on the sands is a matter for the police and, where they may be in the water or cut off by the
tide, the Coastguard, through 999.</p>
"""

EXPLOITATION = """
<h2>1. About child exploitation</h2>
<p>Child exploitation is when a person or group uses a child under 18 for their own gain, whether sexually, for
crime or for money. County lines, where children are used to carry and sell drugs from one area to another, is a form
of child criminal exploitation. A child cannot consent to their own exploitation, even if they seem to be going
along with it or are being paid.</p>
<p>In Kelbridge, young people have been found carrying drugs at Hobb's Cross Services, at Kelbridge bus station and in
the disused colliery yard at Netherpit, and children from other areas have been brought to the borough in taxis and
hire cars.</p>

<h2>2. Signs</h2>
<ul>
<li>going missing, especially overnight or to places the child has no reason to know;</li>
<li>new phones, clothes, trainers or money that cannot be explained;</li>
<li>older friends, or being picked up by adults in cars;</li>
<li>injuries the child will not explain, or carrying a knife;</li>
<li>train or bus tickets, hotel key cards, or several phones.</li>
</ul>

<h2>3. The Kelbridge Exploitation Early Warning Tool</h2>
<p>Any practitioner with a concern completes the Kelbridge Exploitation Early Warning Tool and sends it to the Hub. The
tool gives a result of low, moderate or significant risk. Where the result is moderate or significant, the Hub refers
the child to the Safer Futures Team within 2 working days.</p>

<h2>4. The Safer Futures Team</h2>
<p>The Safer Futures Team is Kelbridge's specialist exploitation team of social workers, youth workers and a police
officer. It can be reached on 01632 960979, Monday to Saturday, 9am to 9pm, or at
kelbridge.saferfutures@example.org.</p>

<h2>5. The MACE meeting</h2>
<p>The Multi-Agency Child Exploitation (MACE) meeting looks at children, places and adults of concern. It meets on the
third Wednesday of every month at Carrick House. Referrals reach the MACE coordinator at least 7 working days before
the meeting.</p>

<p>The MACE meeting is chaired by a Detective Chief Inspector from Wrexmoor Police, and its actions are reviewed at the
next meeting.</p>

<h2>6. The National Referral Mechanism</h2>
<p>Any child who may have been trafficked or exploited is referred to the National Referral Mechanism (NRM). A child's
consent is not needed for an NRM referral. In Kelbridge the referral is made by the Hub's NRM lead.</p>

<h2>7. Disruption and reachable moments</h2>
<p>The police can give a Child Abduction Warning Notice to an adult who is stopping a child from going home, for a child
under 16, or under 18 if the child is in care. A youth worker from the exploitation team is based in the emergency
department at Kelbridge Hospital on Friday and Saturday nights, from 6pm to 2am, to talk to young people who come in
with stab wounds, assaults or after taking drugs.</p>

<h2>8. Language</h2>
<p>Do not describe children as "putting themselves at risk" or "choosing" their lifestyle. Say instead what adults are
doing to them.</p>

<h2>9. Hotels and transport</h2>
<p>The nine hotels around Kelbridge Airport belong to the Airport Hotels Watch scheme and report concerns about
children to Wrexmoor Police. Taxi drivers licensed by Kelbridge Borough Council must complete safeguarding training
before their licence is granted and again every 3 years.</p>
"""

DOMESTIC = """
<h2>1. Children and domestic abuse</h2>
<p>Children who see, hear or experience the effects of domestic abuse are victims of domestic abuse in their own
right. Practitioners ask about domestic abuse whenever they are worried about a child, and think about the child's
safety as well as the adult victim's.</p>

<h2>2. The Sandpiper Domestic Abuse Service</h2>
<p>The Sandpiper Domestic Abuse Service provides independent domestic violence advisers (IDVAs) for adults at high risk
and a children's IDVA for young people aged 13 to 17 who are being abused by a partner. Sandpiper can be reached on
01632 960980, Monday to Friday, 9am to 5pm, and Saturday, 10am to 1pm.</p>

<h2>3. Risk assessment and MARAC</h2>
<p>Use the DASH risk checklist with the adult victim. A case is referred to the Multi-Agency Risk Assessment
Conference (MARAC) when the victim answers yes to 14 or more questions, when a professional judges the risk to be high,
or when the police have been called to 3 or more incidents in 12 months.</p>
<p>Kelbridge's MARAC meets every other Thursday at Carrick House. Send the MARAC referral form to the MARAC
coordinator, on 01632 960981 or at kelbridge.marac@example.org, at least 5 working days before the meeting. The
actions agreed at MARAC are completed within 10 working days.</p>

<h2>4. Telling schools: Safe at School</h2>
<p>Under the Kelbridge Safe at School scheme, Wrexmoor Police tell a child's school or nursery about a domestic abuse
incident at the child's home by 8.30am on the next school day, so that the designated safeguarding lead can make sure
someone is ready to support the child. In the school holidays the notice goes to the Early Help Advice Line.</p>

<h2>5. Pregnancy</h2>
<p>Midwives ask every pregnant woman about domestic abuse when she is seen alone, at the booking appointment and
again at 28 weeks.</p>

<h2>6. Working with people who harm</h2>
<p>The Changing Tides programme works with men and women who use abusive behaviour in their relationships. It runs
for 24 weekly group sessions, alongside support for their partners from Sandpiper. Referrals are taken from social
workers and probation.</p>

<h2>7. Refuge and the right to ask</h2>
<p>Sandpiper runs a refuge with 12 family rooms, which accepts boys up to the age of 16 with their mothers. A person
who is worried that a partner has a history of abuse can ask Wrexmoor Police for a disclosure under the Domestic
Violence Disclosure Scheme (Clare's Law) by calling 101.</p>
<p>Where there are signs of forced marriage or honour-based abuse, do not use a family member or a friend of the
family as an interpreter, and do not contact the family before you have spoken to the Hub.</p>

<h2>8. Teenage relationship abuse</h2>
<p>Abuse between two 16 or 17 year olds in a relationship is domestic abuse. Where one partner is under 16, it is
child abuse and is referred to the Hub.</p>
"""

NEGLECT = f"""
<h2>1. Neglect in Kelbridge</h2>
{paras(1,
       "Neglect is the most common reason for a child protection plan in Kelbridge. It is the persistent failure to "
       "meet a child's basic physical or emotional needs, and it often builds up slowly, so that no single day looks "
       "bad enough to act on.",
       "Practitioners should keep a chronology and look back over the last 12 months, not only at the latest visit.")}

<h2>2. The Kelbridge Neglect Ladder</h2>
{paras(2,
       "The Kelbridge Neglect Ladder is the partnership's tool for neglect. It looks at six areas of a child's life: "
       "food and drink; home and warmth; health and teeth; supervision and safety; love and care; and school and "
       "learning.",
       "Each area is scored on a rung from 1, where the child's needs are fully met, to 5, where the child's needs "
       "are not met and harm is likely.",
       "The Ladder is completed with the family, not about them, and the practitioner must see where the child "
       "sleeps.")}

<h2>3. What the score means</h2>
{table("Acting on the Neglect Ladder", ("Result", "What to do"), [
    ("All areas scored 1 or 2", "No further action; universal services continue."),
    ("An average score of 3 or more", "Offer early help through an EHAP."),
    ("Any one area scored 4 or 5", "Discuss with your safeguarding lead on the same day."),
    ("Two or more areas scored 4 or 5", "Refer to the Kelbridge Children's Hub."),
])}
<p>The Ladder is completed again every 12 weeks while there is a plan, so that everyone can see whether things are
getting better.</p>

<h2>4. Teeth and health</h2>
<p>Dental neglect is easy to miss. Ask about it when a child has missed 3 or more dental appointments in a year, or
needs teeth taken out under a general anaesthetic. Missed immunisations and missed hospital appointments should also
be followed up.</p>

<h2>5. Supervision</h2>
<p>There is no law that says at what age a child can be left alone. The KSCP advises that children under 12 are rarely
mature enough to be left alone for long, and that babies and young children should never be left alone, even for a
few minutes.</p>

<h2>6. Cold homes and money</h2>
<p>Poverty is not neglect, but it can make neglect more likely. Where the problem is money, fuel or food, a family can
be helped through an EHAP and the Warm Homes Winter Fund.</p>

<h2>7. Children who are not seen</h2>
<p>The Child L review showed that a child who is not seen by any professional is at greater risk. Where a child is
home educated, has no GP contact and has not been seen for 3 months, tell the Elective Home Education Team.</p>
"""

ESCALATION = """
<h2>1. About this policy</h2>
<p>Professionals will sometimes disagree about a child's level of need or about another agency's decision. Challenge
is healthy, as long as it is resolved quickly and keeps the child at the centre. This policy is not a way of making a
referral: if a child is in immediate danger, call 999.</p>

<h2>2. The four stages</h2>
<p>The KSCP uses four stages. Try to resolve the disagreement at the lowest stage, and move to the next stage only if
the time allowed has passed without agreement.</p>
<ol class="stages">
<li><strong>Stage 1.</strong> The practitioners who disagree talk to each other, by phone or face to face. Time
allowed: 2 working days.</li>
<li><strong>Stage 2.</strong> The practitioners' line managers, or the designated safeguarding lead in a school, talk to
each other. Time allowed: 3 working days.</li>
<li><strong>Stage 3.</strong> Service managers, or the designated and named safeguarding professionals in health, meet
using the KSCP Escalation Form. Time allowed: 5 working days.</li>
<li><strong>Stage 4.</strong> The KSCP Independent Chair calls the Kelbridge Challenge Panel, with a senior leader from
each of the three safeguarding partners. Time allowed: 10 working days. The Panel's decision is final.</li>
</ol>
<p>From Stage 3, send a copy of the Escalation Form to kelbridge.escalation@example.org so that the KSCP Business Unit
can track the case.</p>

<h2>3. Disagreeing with the Hub</h2>
<p>If you disagree with a Hub decision, ask the Hub team manager on duty to look at it again. The manager will call
you back within 4 working hours. If you are still worried after that, go to Stage 2.</p>

<h2>4. Disagreeing with a conference</h2>
<p>Say that you disagree during the conference and ask for it to be recorded. If it is still not resolved, write to
the Head of Service for Quality Assurance within 5 working days of the conference. The conference decision stands
while your challenge is considered.</p>

<h2>5. Learning from escalations</h2>
<p>Record every stage on the child's file in your own agency. The Practice and Learning Subgroup reviews the KSCP
escalation log every quarter and reports themes to the KSCP Executive.</p>
"""

EHE = f"""
<h2>1. Home education in Kelbridge</h2>
{paras(1,
       "Parents have the right to educate their child at home. Most home-educated children in Kelbridge are safe and "
       "well educated. Home education is not in itself a safeguarding concern, but children who are not in school "
       "can be less visible to professionals.",
       "The Kelbridge Elective Home Education Team can be reached on 01632 960984, Monday to Thursday, 9am to 4pm, "
       "or at kelbridge.ehe@example.org.")}

<h2>2. When a parent asks to home educate</h2>
{paras(2,
       "A school removes a child from its roll only when the parent has told the school in writing that the child "
       "will be home educated.",
       "The school tells the Elective Home Education Team by the end of the next school day after receiving the "
       "parent's letter.",
       "Schools must never suggest home education to avoid exclusion or because of poor attendance.",
       "Where a child attends a special school under an education, health and care plan, the council must agree "
       "before the child's name is removed.")}

<h2>3. Children known to social care</h2>
{paras(3,
       "If the child has a social worker, or has a child protection plan, the school also tells the social worker "
       "on the same day.",
       "The Elective Home Education Team then visits the child at home within 10 working days and holds a "
       "multi-agency meeting with the social worker and the school.")}

<h2>4. What the team does</h2>
{paras(4,
       "The Elective Home Education Team writes to every family within 10 working days of being told, and offers a "
       "home visit within 4 weeks. After that it contacts the family at least once a year.",
       "Where the education does not appear to be suitable, the team writes to the parents and, if things do not "
       "improve, the council begins the School Attendance Order process, starting with a notice that gives the "
       "parents 15 days to respond.",
       "Where a family has chosen home education after a disagreement with the school, the team offers a meeting "
       "with the school within 15 school days to see whether the child can return.")}
{key_point("if a child has not been seen by any professional for 3 months and you are worried, contact the Elective "
           "Home Education Team. If you think the child is at risk of harm, contact the Kelbridge Children's Hub.")}

<h2>5. Children missing education</h2>
<p>A child of compulsory school age who is not on a school roll and is not being educated at home is a child missing
education. Refer them to the Children Missing Education Officer on 01632 960780.</p>
"""

PUBLIC_PLACES = f"""
<h2>1. Why this chapter exists</h2>
<p>Kelbridge has three places where large numbers of people pass through every day: Kelbridge Airport, Hobb's Cross
Services on the motorway, and the Mirrin Causeway to Mirrin Island. Children are sometimes found alone in these places,
and exploited or trafficked children are moved through them. This chapter is for staff who work there and for the
professionals who support them.</p>
{key_point("if a child is in immediate danger, call 999. If someone is in the sea or cut off by the tide, call 999 and "
           "ask for the Coastguard.")}

<h2>2. Kelbridge Airport</h2>
<p>About 2.6 million passengers use Kelbridge Airport each year. The Airport Safeguarding Desk in the terminal is
staffed from 5am to 11pm, every day, on 01632 960985.</p>
<ul>
<li>A child under 16 who arrives without the adult expected to meet them is taken to the Airport Safeguarding Desk,
and the police are called.</li>
<li>A child flying alone as an unaccompanied minor is handed over by the airline only to the adult named on the
booking, who must show photo ID.</li>
<li>Staff who think a child is being trafficked tell Border Force and the police, and do not challenge the adult.</li>
<li>Each July, before the summer holidays, the airport and Border Force run Project Safe Departure to raise awareness
of female genital mutilation and forced marriage.</li>
</ul>
<p>Female genital mutilation (FGM) is a crime. A teacher, nurse, doctor or social worker who learns that FGM has
been carried out on a girl under 18 must report it to the police on 101. In Kelbridge the report is made by the end of
the next working day, and the professional also tells the Hub. Where a girl may be about to be taken abroad for FGM,
contact the Hub at once, and call 999 if she is at the airport.</p>

<h2>3. Hobb's Cross Services</h2>
<p>The duty manager at Hobb's Cross Services can be reached 24 hours a day on 01632 960987. A child found alone at the
services is taken to the Safe Haven room next to the duty manager's office, and the police are called. When a child
is reported lost inside the services, staff put out a Code Teal call on the radio and watch every exit until the child
is found. Staff must never put a child into a vehicle with an adult they do not know, even if the adult says they are
a relative. Young people arriving alone by coach late at night may be involved in county lines.</p>

<h2>4. The Mirrin Causeway</h2>
<p>The causeway is covered by the sea twice a day. Safe crossing times are published every day on signs at both ends
of the causeway. The Causeway Safety Office is staffed from April to October, 8am to 8pm, on 01632 960986.</p>
<ul>
<li>The school bus for Mirrin Island children leaves the mainland no later than 45 minutes before the causeway
closes.</li>
<li>If the causeway closes before pupils can get home, the school keeps them safe at school until it is safe to cross
and tells their parents.</li>
<li>Holiday lets on the island must give every guest the safe crossing times when they arrive.</li>
</ul>
<p>Children in holiday lets on the island may be out of sight of any professional for weeks at a time. Report concerns
about a child on the island to the Kelbridge Children's Hub in the usual way.</p>
"""

CHAPTERS = {
    "childrens-hub-front-door.html": ("Contacting the Kelbridge Children's Hub", "12 March 2026", HUB),
    "levels-of-need.html": ("Kelbridge Levels of Need: Threshold Guidance", "19 January 2026", LEVELS),
    "early-help-and-family-hubs.html": ("Early Help and Family Hubs", "4 June 2026", EARLY_HELP),
    "allegations-against-staff-lado.html": ("Allegations Against People Who Work with Children (LADO)",
                                            "9 April 2026", LADO),
    "strategy-discussions-and-section-47.html": ("Strategy Discussions and Section 47 Enquiries", "27 July 2026",
                                                 STRATEGY),
    "child-protection-conferences-and-plans.html": ("Child Protection Conferences and Child Protection Plans",
                                                    "14 September 2026", CONFERENCES),
    "missing-children-and-return-interviews.html": ("Children Who Go Missing and Return Interviews", "6 May 2026",
                                                    MISSING),
    "child-exploitation-and-county-lines.html": ("Child Exploitation and County Lines", "18 February 2026",
                                                 EXPLOITATION),
    "domestic-abuse-and-marac.html": ("Domestic Abuse, Children and the MARAC", "3 August 2026", DOMESTIC),
    "neglect-and-the-neglect-ladder.html": ("Neglect and the Kelbridge Neglect Ladder", "21 October 2026", NEGLECT),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements", "30 June 2026", ESCALATION),
    "elective-home-education.html": ("Elective Home Education and Children Missing Education", "8 September 2026",
                                     EHE),
    "children-alone-in-public-places.html": ("Children Alone in Public Places: the Airport, Hobb's Cross Services "
                                             "and the Mirrin Causeway", "11 August 2026", PUBLIC_PLACES),
}

# -- practice bulletin (a web page of dated changes) ---------------------------------------

CHANGES = [
    ("New phone number for the Emergency Duty Team", "Effective 2 November 2026",
     ("The Emergency Duty Team, which takes calls when the Children's Hub is closed, now has a new number: "
      "01632 960973. The old number, 01632 960972, will be diverted until 31 January 2027 and then switched off. "
      "Some of our older pages still show the old number while they are being updated.")),
    ("Return interviews now within 48 hours", "Effective 1 October 2026",
     ("The Bridgeway Youth Project now offers every child who has been missing a return interview within 48 hours of "
      "their return, instead of 72 hours. The shorter time was agreed after young people told us that a conversation "
      "three days later came too late to be useful.")),
    ("The Safer Futures Team is now the Stonechat Team", "Effective 4 November 2026",
     ("Our specialist exploitation team has been renamed the Stonechat Team. Its phone number, 01632 960979, has not "
      "changed, but its email address is now kelbridge.stonechat@example.org. The team is now also open on Sundays, "
      "from 12 noon to 6pm.")),
    ("LADO referral forms: now within 1 working day", "Effective 1 November 2026",
     ("Employers must now send the LADO Referral Form within 1 working day of an allegation coming to light, instead "
      "of 2 working days. Please still phone the LADO on 01632 960975 on the day the allegation is made.")),
]

COURSES = [
    ("Using the Kelbridge Neglect Ladder", "1 December 2026", "Ashgill Valleys Family Hub, Netherpit"),
    ("Exploitation on our roads: county lines and Hobb's Cross", "9 December 2026", "Online (Microsoft Teams)"),
    ("Home education and children who are not seen", "19 January 2027", "Carrick House"),
    ("Allegations management for employers and clubs", "4 February 2027", "Kelbridge Athletic stadium, Lodge Suite"),
]


def bulletin_html() -> str:
    """The KSCP Practice Bulletin web page: dated changes, a training table and the booking terms."""
    items = "\n".join(f'<article class="change">\n<h2>{h}</h2>\n<p class="when">{d}</p>\n<p>{p}</p>\n</article>'
                      for h, d, p in CHANGES)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice Bulletin 14, November 2026 | KSCP</title>
<style>body{{font-family:Georgia,serif;margin:0;background:#fbfaf6;}} main{{max-width:720px;margin:0 auto;}}
.when{{font-weight:bold;color:#2f4f6f;}}</style>
</head>
<body>
<nav class="topbar"><a href="{SITE}/">KSCP home</a> | <a href="{SITE}/bulletins">All bulletins</a> |
<a href="{SITE}/bulletins/subscribe">Subscribe</a></nav>
<main>
<h1>KSCP Practice Bulletin 14: November 2026</h1>
<p class="standfirst">What has changed, from the {PARTNERSHIP}. Published 16 November 2026.</p>
<p>These changes take effect on the dates shown. Where a procedure page says something different, this bulletin is
correct until the page is updated.</p>
{items}
<section class="courses">
<h2>Multi-agency courses: December 2026 to February 2027</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Where</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>KSCP courses are free to anyone who works or volunteers with children in Kelbridge. Book through the KSCP Business
Unit on 01632 960988 or kelbridge.kscp@example.org. A charge of 60 pounds is made for a place cancelled less than 3
working days before the course, or not used.</p>
</section>
</main>
<footer class="foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/bulletins/unsubscribe">Unsubscribe</a></p>
</footer>
</body>
</html>
"""


# -- DOCX one-minute guide and tea-break guide -----------------------------------------------

NUDES = [
    ("1. What we mean",
     [("Sharing nudes and semi-nudes means sending or posting nude or nearly nude images or videos of someone under "
       "18, by phone, app or online. Making, having or sharing such an image of a child is against the law, even when "
       "the child made it of themselves.")]),
    ("2. In Kelbridge",
     [("In 2025-26, Kelbridge schools recorded 212 incidents of sharing nudes. 38 percent involved pupils in Years 8 "
       "and 9. There were also 17 reports of sextortion, where a young person was threatened with the release of an "
       "image unless they paid money; all but 2 involved boys aged 14 to 17.")]),
    ("3. What to do straight away",
     ["Never look at, copy, print, forward or save the image, and never ask a child to show it to you.",
      "If a device holds an image, turn it off and keep it safe; do not ask the young person to delete it.",
      "Tell the designated safeguarding lead at once, and write down what the young person said.",
      ("Tell a young person who is being blackmailed not to pay and not to reply, and that it is not their fault.")]),
    ("4. The DSL's review",
     [("The DSL holds an initial review meeting on the same day. Refer to the police and the Kelbridge Children's Hub "
       "when an adult is involved, when there is coercion, blackmail or sextortion, when the images show acts that are "
       "unusual for the young person's age, when a child is under 13, or when a young person is at immediate risk."),
      ("Otherwise the school may manage the incident itself, with the parents told unless that would put the young "
       "person at risk.")]),
    ("5. Getting images removed",
     [("Young people can use the national Report Remove tool to ask for an image of themselves to be taken down. "
       "Schools can get advice from the Kelbridge Education Safeguarding Adviser on 01632 960779.")]),
    ("6. Questions for your team",
     ["Would every member of staff know not to look at an image?",
      "Do our pupils know what sextortion is and that they can tell us?"]),
]


def nudes_docx(path: Path) -> None:
    closing = ("7. Find out more", [("The KSCP runs a half-day course on online harm every term. Book through the KSCP "
                                     "Business Unit at kelbridge.kscp@example.org.")])
    wv.guide_docx(path, "One-Minute Guide: Sharing Nudes and Semi-Nudes",
                  f"A one-minute guide for schools and youth settings from the {PARTNERSHIP}. Issued: 5 October 2026.",
                  [*NUDES, closing], bullets=("3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 10, 5, 9, 0, 0))


SPORT = [
    ("1. Who this guide is for",
     [("This guide is for coaches, club welfare officers and volunteers in the 140 sports clubs in Kelbridge that work "
       "with children, and for staff at the Kelbridge Athletic Academy, which trains about 180 boys and girls aged 8 "
       "to 18.")]),
    ("2. The Safer Clubs Kelbridge standard",
     [("Clubs that meet the Safer Clubs Kelbridge standard have a named club welfare officer, a safeguarding policy "
       "reviewed every year, and a DBS check renewed every 3 years for everyone who coaches or supervises children. "
       "Every coach completes the KSCP basic safeguarding course within 3 months of starting.")]),
    ("3. Good practice",
     ["Two adults are present whenever children are coached, changed or transported.",
      "Coaches do not message children privately; messages go to a group that includes parents.",
      "Adults never share a changing room or shower with children.",
      "On overnight trips and tournaments there is at least one adult for every 8 children, and adults never share a "
      "room with a child who is not their own."]),
    ("4. Academy players living away from home",
     [("Some academy players aged 16 and 17 live with host families in Kelbridge during the season. The Academy Head "
       "of Safeguarding visits every host family at least every 6 weeks and speaks to the player alone."),
      ("A player under 16 who lives with a host family who are not close relatives for 28 days or more is privately "
       "fostered. The academy tells the Kelbridge Children's Hub, which arranges the private fostering assessment.")]),
    ("5. If you are worried about a coach",
     [("Tell the club welfare officer straight away. The welfare officer phones the LADO on 01632 960975 on the same "
       "day. At the academy, tell the Academy Head of Safeguarding on 01632 960778.")]),
    ("6. Questions for reflection",
     ["Does every child in our club know who the welfare officer is?",
      "Would we notice if a coach was giving one child special treatment?"]),
]


def sport_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Safeguarding in Sports Clubs and the Kelbridge Athletic Academy",
                  f"A tea-break guide for clubs and coaches from the {PARTNERSHIP}. Issued: 23 March 2026.",
                  SPORT, bullets=("3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 23, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review (LCSPR) about Child L, "
           "a girl who was 11 years old when she was admitted to Kelbridge Hospital in January 2026, severely "
           "malnourished and weighing 24kg. The KSCP held a rapid review within 15 working days and commissioned a "
           "local review. The independent reviewer was Imogen Thackwray-Dell.")),
    ("h", "Background"),
    ("p", ("Child L lived with her mother and her mother's partner. In September 2024, when she was 10, she was "
           "withdrawn from Stainby Moor Primary School to be home educated. The school had raised concerns about her "
           "weight, her teeth and her attendance, which had fallen to 78 percent, in the months before she left.")),
    ("p", ("Two months later the family moved to a holiday let on Mirrin Island. The Elective Home Education Team "
           "wrote to the family twice and offered a visit, which was declined. Child L was not registered with a GP on "
           "the island and was not seen by any professional for 14 months.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The school's concerns did not travel with the child. The school told the Elective Home "
           "Education Team that Child L had left, but not why it had been worried about her.")),
    ("p", ("Finding 2: A declined visit was treated as the end of the matter. Nobody asked whether Child L had been "
           "seen.")),
    ("p", ("Finding 3: Moving to the island made the family invisible. Holiday lets are not permanent addresses, and "
           "no service knew that a child was living there.")),
    ("p", ("Finding 4: Dental neglect was an early warning sign. Child L had missed 5 dental appointments before she "
           "left school.")),
    ("h", "Recommendations"),
    ("n", "Schools share any safeguarding concerns with the Elective Home Education Team when a child leaves to be "
          "home educated."),
    ("n", "Where a home-educated child is known to children's social care, the team visits within 10 working days."),
    ("n", "Practitioners ask, for every child they are worried about, when the child was last seen by a professional."),
    ("n", "The Neglect Ladder should include dental health."),
    ("n", "The KSCP should work with holiday let owners on Mirrin Island to identify children living there long term."),
    ("h", "What has changed"),
    ("p", ("Since April 2026, 94 percent of newly home-educated children known to children's social care have been "
           "visited within 10 working days. The Neglect Ladder now scores health and teeth together. Schools now "
           "send a Leaving for Home Education form with the child's safeguarding history. The Coast and Mirrin Family "
           "Hub has written to every holiday let owner on the island.")),
    ("p", "Child L is now in foster care, has gained weight and attends school in Kelbridge."),
    ("h", "Questions for your team"),
    ("b", "When was each child we are worried about last seen by a professional?"),
    ("b", "What do we pass on when a child leaves our setting?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my second annual report as Independent Chair and Scrutineer of the KSCP. The year was shaped by "
           "the review of Child L, which showed how a child can disappear from view, and by the growth of exploitation "
           "along the motorway and through the airport. Harriet Vellacott, Independent Chair.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Kelbridge Borough Council, NHS Wrexmoor Integrated Care Board and "
           "Wrexmoor Police. In 2025-26 the Lead Safeguarding Partner was the council's Director of Children's "
           "Services. The KSCP Executive meets every 8 weeks. The KSCP Business Unit is managed by Samson "
           "Adebayo-Rundle.")),
    ("h", "Funding 2025-26"),
    ("t", [["Partner", "Contribution", "Share"],
           ["Kelbridge Borough Council", "197,600 pounds", "52%"],
           ["NHS Wrexmoor ICB", "110,200 pounds", "29%"],
           ["Wrexmoor Police", "53,200 pounds", "14%"],
           ["Kelbridge Airport Ltd", "11,400 pounds", "3%"],
           ["Kelbridge Schools Forum", "7,600 pounds", "2%"],
           ["Total", "380,000 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the Children's Hub", "11,482", "12,106"],
           ["Contacts that became referrals", "2,604", "2,771"],
           ["Re-referrals within 12 months", "22%", "19%"],
           ["Assessments completed within 40 working days", "74%", "81%"],
           ["Section 47 enquiries", "844", "901"],
           ["Initial child protection conferences", "296", "318"],
           ["Initial conferences within 15 working days", "79%", "85%"],
           ["Children with a child protection plan at 31 March", "288", "302"],
           ["Plans for a second or later time", "21%", "18%"],
           ["Early Help Assessments and Plans started", "1,702", "1,936"],
           ["MARAC cases heard", "612", "655"],
           ["Missing episodes reported", "1,318", "1,247"],
           ["Return interviews accepted", "61%", "69%"],
           ["Allegations referred to the LADO", "164", "187"],
           ["Children home educated at 31 March", "571", "648"],
           ["NRM referrals for Kelbridge children", "37", "52"],
           ["Children helped at the Airport Safeguarding Desk", "41", "58"],
           ["Practitioners trained on KSCP courses", "2,314", "2,690"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 49 percent of child protection plans, emotional abuse "
           "for 31 percent, physical abuse for 12 percent and sexual abuse for 5 percent; 3 percent had more than one "
           "category. 17 of the children with a plan were unborn babies.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The KSCP held 2 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Child L. The Child Death Overview Panel that Kelbridge shares with Thrushcombe reviewed the deaths "
           "of 11 Kelbridge children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The KSCP audited 40 cases of children who had been withdrawn from school to be home educated. In 29 of "
           "them the school had shared its safeguarding concerns with the Elective Home Education Team. In 9 cases no "
           "professional had seen the child for more than 3 months.")),
    ("h", "The causeway and the motorway"),
    ("p", ("The Causeway Safety Office helped 23 children who were cut off by the tide or separated from their "
           "families on the causeway. Fourteen young people were found carrying drugs at Hobb's Cross Services, and "
           "all of them were referred to the National Referral Mechanism.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The KSCP's priorities for 2026-27 are: children who are not seen, including home-educated children; "
           "exploitation on the motorway and at the airport; and harm to children online. Each priority is led by one "
           "of the three safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child L",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 22 July 2026.", BRIEFING,
                 "Kelbridge SCP | Learning Briefing: Child L | July 2026",
                 f"{PARTNERSHIP} - kelbridge-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "KSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Kelbridge SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - kelbridge-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Kelbridge document into `out`; returns the paths written."""
    return wv.write_area(out, KELBRIDGE, CHAPTERS, ("practice-bulletin-november-2026.html", bulletin_html()),
                         {"one-minute-guide-sharing-nudes.docx": nudes_docx,
                          "tea-break-guide-sports-clubs-and-academy.docx": sport_docx,
                          "learning-briefing-child-l.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Kelbridge in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
