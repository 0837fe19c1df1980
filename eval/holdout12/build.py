"""Build the twelfth held-out corpus (Ravensmouth), and assemble demo corpus + Ravensmouth for evaluation.

Run from the repository root:  python eval/holdout12/build.py

Ravensmouth is a fifteenth fictional partnership: a small cathedral city with a university at the mouth of the River
Raven, with the Port of Ravensmouth and its ferry terminal, Kingsbarrow Garrison on the downs, HMP Ravensmouth (a
men's prison) and HMYOI Bittern Point (boys aged 15 to 17), two council Traveller sites (Pennant Fields and Corncrake
Common), and a farming hinterland of Downland parishes around the market towns of Hobley and Mardle Cross. Its
neighbour is the district of Wealdham, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Its documents mix the registers of real partnership websites: a front-door page
with a contacts table and folded questions and answers, a continuum-of-need page with a table, formal chapters with
numbered paragraphs and "Practice note" boxes beside short plain pages, a practice update with dated changes (longer
front-door hours, a new LADO number, a weekly MARAC with a shorter referral deadline, a shorter first escalation
stage, return interview reports shared sooner) while the older chapters still give the old values, two Word guides
and two PDFs (a practice review's learning briefing and an annual report extract with a funding table and two years of
figures). The writers are the shared ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant mode),
so the build is byte-reproducible; only Ravensmouth's words live here. Its phone numbers all lie in 01632
960721-960739 and 01632 960651-960664, one purpose each, and every person, place and service named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "ravensmouth"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Ravensmouth Safeguarding Children Partnership"
SITE = "https://ravensmouth-scp.example.org"
ADDRESS = "Deanery Yard, 9 Ropewalk Lane, Ravensmouth RV2 5HN"
RAVENSMOUTH = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="18 November 2026", abbr="RSCP", address=ADDRESS,
                      menu=("Children's Advice and Referral Desk", "Continuum of Need", "Early help",
                            "Allegations (LADO)", "Enquiries and conferences", "Professional disagreements",
                            "Missing and exploited children", "Domestic abuse", "Neglect", "Babies",
                            "Garrison, prison and custody", "The port", "Home education"),
                      updated_label="Last reviewed")


def note(text: str) -> str:
    """A "Practice note" box in Ravensmouth's house style."""
    return f'<div class="rscp-note" role="note"><p><strong>Practice note:</strong> {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A captioned table with Ravensmouth's class."""
    return wv.html_table(caption, header, rows, "rscp-table")


def numbered(section: int, *texts: str) -> str:
    """Numbered paragraphs (4.1, 4.2, ...) in the formal chapters' style."""
    return "\n".join(f'<p class="clause"><b class="num">{section}.{i}</b> {t}</p>' for i, t in enumerate(texts, 1))


def folded(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A heading and questions with folded answers (details and summary)."""
    items = "\n".join(f"<details>\n<summary>{q}</summary>\n<p>{a}</p>\n</details>" for q, a in pairs)
    return f'<h2>{heading}</h2>\n<div class="rscp-faq">\n{items}\n</div>'


# -- HTML procedure chapters --------------------------------------------------------------

CARD = f"""
<p class="intro">The Children's Advice and Referral Desk (CARD) is the single front door to children's social care in
Ravensmouth. It covers the city, the port and the Harbour ward, Kingsbarrow Garrison and the Downland parishes around
Hobley and Mardle Cross. The Multi-Agency Safeguarding Hub (MASH) is part of CARD: social workers share an office at
Deanery Yard with Estuary and Downs Police, health practitioners, an education officer, a housing officer, a probation
officer and a welfare officer from Kingsbarrow Garrison.</p>
{note("none of the numbers below is for emergencies. If a child is in immediate danger, dial 999.")}

<h2>1. How to reach us</h2>
{table("CARD and related contacts", ("Who", "Telephone", "Hours", "Email"), [
    ("Children's Advice and Referral Desk (CARD, including the MASH)", "01632 960721",
     "Monday to Thursday 8.30am to 5pm; Friday 8.30am to 4.30pm", "ravensmouth.card@example.org"),
    ("Sounding Board line (advice for professionals, not a referral)", "01632 960723",
     "Tuesday and Thursday, 10am to 1pm", "Telephone only"),
    ("Emergency Social Care Team (ESCT, out of hours)", "01632 960722",
     "From 5pm Monday to Thursday, from 4.30pm on Friday, all weekend and on bank holidays", "Telephone only"),
    ("Estuary and Downs Police Safeguarding Hub (professionals only)", "01632 960724", "24 hours, every day",
     "Telephone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960726", "Monday to Friday, 9am to 5pm",
     "ravensmouth.lado@example.org"),
    ("Education Safeguarding Team (schools, colleges, nurseries)", "01632 960728",
     "Monday to Friday in term time, 8am to 4pm", "ravensmouth.edsafe@example.org"),
    ("Prevent Coordinator, Ravensmouth City Council", "01632 960729", "Monday to Friday, 9am to 5pm",
     "ravensmouth.prevent@example.org"),
    ("Private Fostering Team", "01632 960658", "Monday to Friday, 9am to 5pm", "ravensmouth.pf@example.org"),
])}

<h2>2. Making a referral</h2>
{numbered(2,
          "Written referrals use the Ravensmouth Request for Support (RfS) form, which is on the RSCP website. If you "
          "believe a child is at risk of significant harm, telephone CARD first, then send the RfS within 1 working "
          "day of your call.",
          "For worries that are not urgent, email the RfS to CARD without phoning. Incomplete forms are returned, so "
          "include every household member's name and date of birth, the child's school or nursery, and the words "
          "the child used.",
          "Professionals must give their name. Members of the public may ask CARD not to tell the family who "
          "contacted us.")}

<h2>3. What CARD does with a contact</h2>
{numbered(3,
          "A social worker reads every contact and gives it a priority. Priority 1, where a child may be at risk of "
          "significant harm, is decided within 3 hours. Priority 2 is decided within 1 working day and Priority 3 "
          "within 3 working days.",
          "MASH partners return the information they hold within 2 hours for a Priority 1 contact and within 1 "
          "working day for Priority 2.",
          "Whoever made the referral hears what was decided within 3 working days. If you have not, ring CARD and ask "
          "for the practice manager.",
          "Where a child and family assessment is needed, Ravensmouth aims to complete it within 35 working days.",
          "Where a child has been the subject of 4 or more contacts in 12 months, an advanced practitioner carries "
          "out a Pattern Review of the whole history before the new contact is decided.")}

<h2>4. Consent and the family</h2>
<p>Talk to the parents about your worries and tell them you are contacting CARD, unless doing so would put the child,
you or anyone else at risk, or could spoil a police investigation. If a child may be at risk of significant harm,
refer without consent and record your reasons.</p>

<h2>5. Unborn babies</h2>
<p>Refer worries about an unborn baby to CARD by the 14th week of pregnancy, so that a pre-birth assessment has time
to be done well. Do not wait for the booking appointment if the worry is already known.</p>

<h2>6. Radicalisation and Prevent</h2>
<p>If you are worried that a child is being drawn into terrorism or extremist views, talk to your designated
safeguarding lead and then refer to the Prevent Coordinator. The University of Ravensmouth has its own Prevent lead
for students, including students aged 17. The Ravensmouth Channel Panel meets on the second Monday of every month to
decide whether a young person is offered Channel support. If a child may be at risk of significant harm, also contact
CARD.</p>

<h2>7. Private fostering</h2>
<p>A child under 16, or under 18 if disabled, who is looked after for 28 days or more by someone who is not a parent or
close relative is privately fostered. In Ravensmouth this often means international students at the city's five
English language schools who stay with host families, or children living with friends of the family while a parent
serves overseas. Tell the Private Fostering Team on 01632 960658. A social worker visits the child within 7 working
days of the team being told.</p>

{folded("Questions we are often asked", [
    ("The child lives in Wealdham but attends school in Ravensmouth. Who do I call?",
     "The council where the child lives, which is Wealdham District Council's children's services. If the child is in "
     "immediate danger, CARD will act first and pass the case on."),
    ("It is 5.30pm on a Tuesday. Is CARD still open?",
     "No. Ring the Emergency Social Care Team on 01632 960722. In an emergency, dial 999."),
    ("Can I talk it through before I refer?",
     "Yes. Ring the Sounding Board line on 01632 960723. The advice is recorded, but the decision stays with you and "
     "your safeguarding lead."),
    ("The family are about to board a ferry. What do I do?",
     "If a child is at immediate risk of being taken abroad, dial 999 and tell the operator which sailing. Then ring "
     "CARD."),
])}
"""

CONTINUUM = f"""
<h2>What the Continuum of Need is for</h2>
<p>The Ravensmouth Continuum of Need helps practitioners agree how much help a family needs and who should give it.
It has four bands, numbered 1 to 4. Bands describe needs, not people, and a family can move between bands as things
change. The continuum supports professional judgement and never replaces it.</p>

{table("The four bands of the Ravensmouth Continuum of Need", ("Band", "Needs", "For example", "Response"), [
    ("Band 1: Universal", "Needs are met by the family and by services that everyone uses.",
     "School attendance of 96 percent or more; immunisations up to date; registered with a GP.",
     "Universal services: schools, GPs, health visitors."),
    ("Band 2: Additional", "An emerging need that one or two agencies can meet.",
     "Attendance between 90 and 95 percent; a parent with low mood after a separation; a child from a forces family "
     "unsettled by a parent's deployment.", "Single-agency help, with advice from the Early Help Hub if needed."),
    ("Band 3: Intensive", "Several needs that need a coordinated plan.",
     "Attendance below 90 percent; a young carer missing school; a family in temporary accommodation who have moved "
     "three times in a year.", "A Ravensmouth Family Plan with a lead professional and a Team Around the Family."),
    ("Band 4: Specialist", "The child is in need of a statutory assessment, or is suffering or likely to suffer "
     "significant harm.", "A child who says they have been hurt; any bruise on a baby who is not mobile; a child "
     "being exploited; a child arriving at the port with an adult who cannot explain the relationship.",
     "Contact CARD on 01632 960721, or the Emergency Social Care Team on 01632 960722 out of hours."),
])}

<h2>Consent at each band</h2>
<p>Support at Bands 2 and 3 is voluntary and needs the family's agreement. At Band 4 ask for consent where it is safe
to do so, but a refusal does not stop a referral where a child may be at risk of significant harm.</p>

<h2>Band Check surgeries</h2>
<p>If you are unsure which band fits, book a Band Check surgery. Surgeries run on the first and third Thursday of each
month, from 9.30am to 12.30pm, at Deanery Yard or online. Each slot is 30 minutes with a CARD advanced practitioner
and an early help manager. Book through the Early Help Hub on 01632 960731.</p>

<h2>Moving between bands</h2>
<p>When children's social care closes a case at Band 4 and the family still need help at Band 3, a handover meeting
with the new lead professional takes place within 10 working days. When a Family Plan has made little difference after
4 months, the lead professional and their safeguarding lead consider whether the needs are now at Band 4.</p>

<h2>Place is not a band</h2>
<p>Living on a Traveller site, in a Downland village, on the garrison estate or in a student flat does not by itself
put a child in any band.</p>
"""

EARLY_HELP = f"""
<h2>1. Early help in Ravensmouth</h2>
{numbered(1,
          "Early help is support offered as soon as a difficulty appears, whatever the child's age. It is coordinated "
          "by the Early Help Hub, which gives advice to practitioners on 01632 960731, Monday to Friday, 9am to 5pm, "
          "or at ravensmouth.earlyhelp@example.org.",
          "Early help is delivered through three family centres and a mobile centre, and by schools, health visitors "
          "and the voluntary sector.")}

<h2>2. Family centres</h2>
{table("Ravensmouth family centres", ("Centre", "Where", "Opening hours"), [
    ("Ropewalk Family Centre", "Ropewalk Lane, city centre", "Monday to Friday 8.30am to 5.30pm, Saturday 9am to 12 "
     "noon"),
    ("Samphire Family Centre", "Harbour ward, beside the ferry terminal", "Monday to Friday, 9am to 5pm"),
    ("Yellowhammer Family Centre", "Market Place, Hobley", "Tuesday, Wednesday and Thursday, 9.30am to 4pm"),
])}
<p>The Family Centre on Wheels, a converted bus, visits Wickstead, Upper Hale and Mardle Cross every other Monday. On
Thursday afternoons the Samphire team runs a drop-in at the Garrison Community Centre at Kingsbarrow.</p>

<h2>3. The Ravensmouth Family Plan</h2>
{numbered(3,
          "The early help assessment in Ravensmouth is the Ravensmouth Family Plan. Any practitioner who knows the "
          "family can start one with the family's agreement, and usually becomes the lead professional.",
          "Each Family Plan is registered with the Early Help Hub within 3 working days of being started, so that the "
          "Hub can check whether another service already knows the family.",
          "Young people aged 16 and 17 can agree to a Family Plan for themselves.")}
{note("a Family Plan is not a referral to children's social care. If a child may be at risk of significant harm, "
      "contact CARD.")}

<h2>4. The Team Around the Family</h2>
{numbered(4,
          "When more than one agency is involved, the lead professional brings the family and practitioners together "
          "as a Team Around the Family (TAF). The TAF meets at least every 8 weeks.",
          "The Early Help Panel meets every other Thursday to allocate a family support worker where a family at "
          "Band 3 needs more than the lead professional's agency can offer.")}

<h2>5. Gypsy, Roma and Traveller families</h2>
<p>Ravensmouth City Council runs two Traveller sites, Pennant Fields and Corncrake Common. The Traveller Liaison
Officer, on 01632 960656, visits both sites every week with a health visitor. Many families travel during the summer:
a Family Plan stays open while a family is away, and with the family's agreement the lead professional shares it with
the area they are staying in.</p>

<h2>6. Farm workers' families</h2>
<p>Between May and October some farms in the Downland parishes house seasonal workers and their children in caravans.
The Family Centre on Wheels visits these farms on request. Children of compulsory school age living on a farm for the
season must be offered a school place.</p>

<h2>7. Stepping down</h2>
<p>When children's social care steps a case down to early help, a handover meeting between the social worker, the
family and the new lead professional is held within 10 working days.</p>
"""

LADO = f"""
<h2>1. Scope</h2>
{numbered(1,
          "This chapter applies when it is alleged that an adult who works or volunteers with children in Ravensmouth "
          "has harmed a child or may pose a risk to children. It covers teachers, lay clerks and music staff at St "
          "Aldhelm's Cathedral School, university staff who teach students under 18, cadet force instructors at "
          "Kingsbarrow, officers at HMYOI Bittern Point, foster carers, coaches, drivers and volunteers.",
          "Ravensmouth's two Local Authority Designated Officers are Priya Halloran-Webb and Tobias Merriman.")}

<h2>2. How to contact the LADO</h2>
<p>Telephone 01632 960726, Monday to Friday, 9am to 5pm, or email ravensmouth.lado@example.org. Outside those hours,
where a child may be at immediate risk, contact the Emergency Social Care Team and tell the LADO on the next working
day.</p>

<h2>3. The harm test</h2>
<p>Refer to the LADO where a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed, or may have harmed, a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child in a way that shows they may pose a risk of harm to children; or</li>
<li>behaved in a way that shows they may not be suitable to work with children, including outside work.</li>
</ul>

<h2>4. The employer's part</h2>
{numbered(4,
          "The designated senior manager telephones the LADO on the day the allegation is made, and completes the "
          "online LADO Notification within 24 hours.",
          "The employer does not investigate, question the child or tell the adult concerned until the LADO has "
          "agreed what should happen.",
          "If the allegation concerns the headteacher, the chair of governors makes the referral. At the cathedral, "
          "the Diocesan Safeguarding Adviser makes it.")}

<h2>5. The LADO's part</h2>
{numbered(5,
          "The LADO decides within 2 working days of the notification whether the harm test is met.",
          "Where it is, the LADO holds an Allegations Strategy Meeting within 7 working days to agree whether the "
          "police or children's social care will investigate, whether the employer will carry out its own enquiry, "
          "and how children will be protected meanwhile.",
          "Progress is reviewed at least every 6 weeks until the allegation is concluded.",
          "Suspension should not be automatic. The employer first considers alternatives such as redeployment or "
          "paid leave from duties with children.")}

<h2>6. Outcomes and records</h2>
<p>An allegation is concluded as substantiated, false, malicious, unsubstantiated or unfounded. The RSCP aims for 75
percent of allegations to be concluded within 12 weeks.</p>
<p>An employer who dismisses someone, or who would have done so had the person not resigned, refers them to the
Disclosure and Barring Service within 1 month. A false or malicious allegation is removed from the person's file.</p>

<h2>7. Low-level concerns</h2>
<p>Behaviour that does not meet the harm test but breaks the code of conduct, such as giving a pupil a lift home alone
or following a pupil on social media, is a low-level concern. It is recorded by the designated safeguarding lead. If 2
low-level concerns about the same adult are recorded within 6 months, the safeguarding lead consults the LADO.</p>

<h2>8. The garrison, the prison and the young offender institution</h2>
<p>Where the adult is a serving member of the armed forces, the LADO also tells the Garrison Welfare Office and the
unit's commanding officer is informed. Allegations about staff at HMYOI Bittern Point are referred to the LADO by the
institution's Head of Safeguarding on the same day, whether or not the boy wishes to make a complaint.</p>

{folded("Questions from employers", [
    ("The allegation is about something that happened 20 years ago. Do I still refer?",
     "Yes. Historical allegations about someone who still works with children are referred to the LADO in the same "
     "way."),
    ("The teacher was supplied by an agency. Who refers?",
     "The school refers to the LADO and tells the agency. The agency must take part in the process."),
    ("The adult has resigned. Does the process stop?",
     "No. The allegation is taken to a conclusion whether or not the person resigns or cooperates."),
])}
"""

STRATEGY = f"""
<h2>1. When a strategy discussion is needed</h2>
{numbered(1,
          "A strategy discussion is held whenever there is reasonable cause to suspect that a child is suffering, or "
          "is likely to suffer, significant harm. It decides whether a section 47 enquiry is needed and what must "
          "happen to keep the child safe.")}

<h2>2. How quickly</h2>
{numbered(2,
          "The strategy discussion takes place within 1 working day of CARD's decision that one is needed.",
          "Where a child has a serious or visible injury, has disclosed sexual abuse, or may be about to be taken "
          "abroad through the port, it takes place within 3 hours.",
          "Out of hours, the Emergency Social Care Team holds the discussion with the police, and CARD reviews it on "
          "the next working day.")}

<h2>3. Who takes part</h2>
<p>A CARD or Assessment Team manager chairs the discussion. It always includes Estuary and Downs Police, usually from
the Safeguarding Hub on 01632 960724, a health professional and the referring agency. The child's school or nursery is
invited. Where the child lives in a service family, the Garrison Welfare Office is invited; where the child is held at
HMYOI Bittern Point, its Head of Safeguarding is invited. The discussion may be held in person, by video or by phone.
</p>

<h2>4. What the discussion decides</h2>
<ul>
<li>whether to start a section 47 enquiry, and whether it is led by social care alone or jointly with the police;</li>
<li>immediate action to protect this child and any other child in the household;</li>
<li>whether a child protection medical is needed;</li>
<li>whether a video-recorded Achieving Best Evidence interview is needed, which takes place in the Deanery Yard
interview suite;</li>
<li>what the parents will be told, by whom and when.</li>
</ul>
<p>The chair sends the record of the discussion to every participant within 2 working days.</p>

<h2>5. Child protection medicals</h2>
<p>Medicals are carried out at the Dunlin Suite, Ravensmouth Royal Infirmary, on 01632 960737, Monday to Friday,
8.30am to 4.30pm. Out of hours, the on-call paediatric registrar is reached through the hospital switchboard. Where a
child under 2 has an injury, the medical happens the same day. Otherwise it happens within 24 hours. After sexual
abuse, medicals are carried out at the Estuary Sexual Assault Referral Centre.</p>

<h2>6. The section 47 enquiry</h2>
{numbered(6,
          "A qualified social worker leads the enquiry and sees the child within 24 hours of the strategy "
          "discussion, alone if that is right for the child.",
          "Do not use a family member to interpret. Where the family speak little English, for example families "
          "who have recently arrived through the port, book a professional interpreter.",
          "The enquiry is completed within 20 working days of the strategy discussion. If it is still open after 15 "
          "working days, the team manager holds a review strategy discussion.")}

<h2>7. Outcomes</h2>
<p>A section 47 enquiry has three possible outcomes: concerns are not substantiated; concerns are substantiated but the
child is not judged to be at continuing risk of significant harm, and a child in need plan may follow; or concerns
are substantiated and the child may continue to suffer significant harm, so an initial child protection conference is
arranged.</p>
{note("an initial child protection conference is held within 15 working days of the strategy discussion that "
      "started the section 47 enquiry.")}
"""

CONFERENCES = f"""
<h2>1. The Safeguarding and Reviewing Unit</h2>
{numbered(1,
          "Conferences are arranged by the Safeguarding and Reviewing Unit at Deanery Yard, on 01632 960732 or "
          "ravensmouth.conferences@example.org. Every conference is chaired by an independent chair with no line "
          "management responsibility for the case.")}

<h2>2. Initial conferences</h2>
{numbered(2,
          "An initial child protection conference is held within 15 working days of the strategy discussion at which "
          "the section 47 enquiry was started.",
          "A conference is quorate when children's social care and at least 2 other agencies are present, one of "
          "which must be the police or a health agency.",
          "A pre-birth conference takes place no later than 30 weeks into the pregnancy.")}

<h2>3. Reports</h2>
{numbered(3,
          "Every agency invited sends a written report to the Unit at least 5 working days before the conference, "
          "and shares it with the parents at least 3 working days before.",
          "Reports answer three questions: what are we worried about, what is going well, and what needs to "
          "change.")}

<h2>4. Families</h2>
{numbered(4,
          "Parents are invited to every conference and can bring a friend or supporter. The chair meets them before "
          "the conference starts. If an interpreter is needed, tell the Unit at least 10 working days before.",
          "Children aged 10 and over are invited to take part, and each is offered an advocate from the Harrier "
          "Advocacy Service on 01632 960663.",
          "Families in the Downland parishes can join the conference online from Yellowhammer Family Centre in "
          "Hobley.")}

<h2>5. Child protection plans</h2>
{numbered(5,
          "If the conference decides that the child is likely to suffer significant harm, the child becomes subject to "
          "a child protection plan under one category: neglect, physical abuse, emotional abuse or sexual abuse.",
          "The core group meets for the first time within 10 working days of the initial conference, and after that "
          "at least every 6 weeks.",
          "The social worker visits at least every 10 working days and sees the child alone whenever the child's age "
          "allows.",
          "The first review conference is held within 3 months of the initial conference, and later reviews at "
          "intervals of no more than 6 months.",
          "When a plan ends, the child usually continues with a child in need plan for at least 3 months.")}

<h2>6. Service families and moves</h2>
<p>When a family with a child protection plan are posted away from Kingsbarrow Garrison, the social worker tells the
receiving council and the Garrison Welfare Office within 1 working day. A child with a plan who moves into Ravensmouth
has a transfer-in conference within 15 working days of the Unit being told.</p>

<h2>7. After the conference</h2>
<p>The decisions and outline plan go to everyone invited within 1 working day, and the full record within 15 working
days. A parent who wishes to complain about a conference decision writes to the Head of Safeguarding and Quality
within 20 working days.</p>
"""

ESCALATION = f"""
<h2>1. Why this matters</h2>
<p>Good practice depends on professionals being able to challenge each other. Disagreements should be resolved
quickly, in writing where possible, and with the child's safety at the centre. This policy does not replace a referral:
if at any point a child may be at risk of significant harm, contact CARD or dial 999.</p>

<h2>2. The five stages</h2>
<p>Start at Stage 1 and move on only if the time allowed has passed without agreement.</p>
{table("Stages of the RSCP escalation policy", ("Stage", "Who", "Time allowed"), [
    ("Stage 1", "The practitioners who disagree speak directly, by phone or in person.", "5 working days"),
    ("Stage 2", "Their team managers, or the designated safeguarding lead in a school, speak and complete a "
     "Professional Challenge Record.", "5 working days"),
    ("Stage 3", "Service managers or heads of service meet.", "7 working days"),
    ("Stage 4", "Assistant directors or equivalent senior leaders from the safeguarding partners meet.",
     "10 working days"),
    ("Stage 5", "The Resolution Panel, chaired by the RSCP Independent Scrutineer, decides. Its decision is final.",
     "15 working days"),
])}
<p>From Stage 3, email the Professional Challenge Record to ravensmouth.challenge@example.org so that the RSCP
Business Unit can follow the case.</p>

<h2>3. Disagreeing with a CARD decision</h2>
<p>Ask the CARD practice manager on duty to review the decision. The practice manager will respond before the end of
the same working day. If you remain worried, move to Stage 2.</p>

<h2>4. Disagreeing with a conference decision</h2>
<p>Tell the chair during the conference and ask for your view to be minuted. If it is still unresolved, write to the
Head of Safeguarding and Quality within 3 working days of the conference. The conference decision stands while your
challenge is considered.</p>

<h2>5. Learning</h2>
<p>Record each stage on the child's file in your own agency. The RSCP Learning and Improvement Group reviews the
escalation log twice a year and reports themes to the RSCP Executive.</p>
"""

MISSING = f"""
<h2>1. Scope</h2>
<p>This chapter applies to any child under 18 who goes missing from home, care or education in Ravensmouth, including
children placed in Ravensmouth children's homes by other councils. Estuary and Downs Police assess every missing child
as high, medium or low risk.</p>

<h2>2. Reporting</h2>
{numbered(2,
          "Parents and carers report a missing child to the police on 101, or 999 if they believe the child is in "
          "danger.",
          "Foster carers and children's homes follow the child's missing plan, and report the child missing to the "
          "police no later than 2 hours after the agreed time of return if they do not know where the child is.",
          "Every missing episode of a child in care is reported to the child's social worker, or out of hours to the "
          "Emergency Social Care Team, and to the Missing Coordinator on 01632 960664 by the next working day.",
          "A children's home that looks after a child placed by another council also tells the placing council on "
          "the same day.")}

<h2>3. Return interviews</h2>
<p>When the child is found, the police carry out a prevention interview to check that the child is safe and well.
Every child who has been missing is then offered a return interview by the Curlew Youth Trust, an independent charity,
within 72 hours of coming back. Curlew is on 01632 960733, Monday to Saturday, 11am to 9pm, or
ravensmouth.curlew@example.org.</p>
<p>If the child declines, Curlew tries a second time and then offers the child a conversation with another adult they
trust. The return interview report is shared with the social worker, the school and the police within 3 working days.
</p>

<h2>4. Repeated or long episodes</h2>
<p>A child who goes missing 3 or more times in 60 days, or is missing for longer than 48 hours, is discussed at a
Missing and Exploitation Review chaired by the Missing Coordinator. After a child's second missing episode, complete
the Exploitation Risk Screening Tool.</p>

<h2>5. The port, the garrison and the university</h2>
<p>If a missing child may try to leave the country, the police alert the Port Unit at the ferry terminal straight
away. When a child from a service family goes missing from the garrison estate, the Garrison Guardroom is also told.
The University of Ravensmouth reports a missing student under 18 to the police and to CARD.</p>

<h2>6. Missing from education</h2>
<p>A pupil who has missed 5 consecutive school days without explanation, and whose family cannot be contacted, is
referred to the Children Missing Education Officer on 01632 960739.</p>
"""

EXPLOITATION = """
<h2>1. What we mean</h2>
<p>Child exploitation happens when a person or group takes advantage of a child under 18 for their own benefit,
whether sexually, to commit crime or for money. County lines is a form of criminal exploitation in which children
carry and sell drugs, or hold cash, for networks from other areas. A child cannot consent to being exploited, even if
they appear willing or are being paid.</p>
<p>In Ravensmouth, drugs are moved by train and by the rural bus to Hobley and Mardle Cross, flats in the Harbour ward
have been taken over by dealers (cuckooing), and cash has been carried through the ferry terminal.</p>

<h2>2. Signs</h2>
<ul>
<li>going missing, or being found far from home;</li>
<li>new clothes, phones or money that the child cannot explain;</li>
<li>being collected by older people in cars, or travelling by train without a reason;</li>
<li>unexplained injuries, or carrying a weapon;</li>
<li>several phones, or a phone that rings constantly.</li>
</ul>

<h2>3. The Exploitation Risk Screening Tool</h2>
<p>Any practitioner with a worry completes the Exploitation Risk Screening Tool and sends it to CARD. The tool gives a
result of low, medium or high. Where the result is medium or high, the Wherry Team allocates a worker within 5 working
days.</p>

<h2>4. The Wherry Team</h2>
<p>The Wherry Team is Ravensmouth's specialist exploitation team of social workers, youth workers and a police
constable. Telephone 01632 960734, Monday to Friday 9am to 7pm and Saturday 10am to 4pm, or email
ravensmouth.wherry@example.org.</p>

<h2>5. The Contextual Safeguarding Panel</h2>
<p>The Contextual Safeguarding Panel looks at children, places and people of concern across the city and the Downland
parishes. It meets on the first Thursday of every month, chaired by a detective inspector from Estuary and Downs
Police. Send referrals to the panel at least 5 working days before the meeting.</p>

<h2>6. The National Referral Mechanism</h2>
<p>A child who may be a victim of trafficking or modern slavery is referred to the National Referral Mechanism (NRM).
The child's consent is not needed. In Ravensmouth, NRM referrals for children are made by the Wherry Team manager.</p>

<h2>7. In custody</h2>
<p>A Wherry youth worker visits every child arrested for a drugs offence in Ravensmouth within 24 hours of the arrest,
in custody where possible, because an arrest can be a moment when a child is ready to talk.</p>

<h2>8. Children working on farms</h2>
<p>Children under 13 may not be employed, and children aged 13 to 16 need a work permit from the council's Child
Employment Officer. A child working long hours on a farm at harvest, or living away from their family on a farm, may
be being exploited.</p>

<h2>9. Words matter</h2>
<p>Do not write that a child is "choosing" this lifestyle or "putting themselves at risk". Describe what adults are
doing to the child.</p>
"""

DOMESTIC = f"""
<h2>1. Children are victims too</h2>
<p>A child who sees, hears or experiences the effects of domestic abuse is a victim of domestic abuse in their own
right. Ask about domestic abuse whenever you are worried about a child, and think about the child's safety as well as
the adult's.</p>

<h2>2. The Redshank Domestic Abuse Service</h2>
<p>Redshank provides independent domestic violence advisers (IDVAs) for adults at high risk, a young people's IDVA for
those aged 13 to 19, and outreach to the Downland villages. Redshank is on 01632 960735, Monday to Friday, 8am to 8pm.
</p>

<h2>3. Risk assessment and the MARAC</h2>
{numbered(3,
          "Complete the DASH risk checklist with the adult victim. Refer to the Multi-Agency Risk Assessment "
          "Conference (MARAC) when the victim answers yes to 14 or more questions, when your professional judgement "
          "is that the risk is high, or when the police have been called 3 or more times in 12 months.",
          "The Ravensmouth MARAC meets every other Thursday at Deanery Yard. Send the referral form to the MARAC "
          "coordinator, on 01632 960736 or ravensmouth.marac@example.org, at least 5 working days before the meeting.",
          "A victim who suffers another incident within 12 months of a MARAC is referred back as a repeat case.")}

<h2>4. Operation Windlass</h2>
<p>Under Operation Windlass, Estuary and Downs Police tell a child's school or nursery before 9am on the next school
day when officers have attended a domestic abuse incident at the child's home. The designated safeguarding lead
decides what support the child needs that day. During school holidays, the notification goes to the Early Help Hub.</p>

<h2>5. Pregnancy and babies</h2>
<p>Midwives ask every pregnant woman about domestic abuse, when she is seen alone, at the booking appointment and at 24
weeks. Health visitors ask again at the 6-week postnatal contact.</p>

<h2>6. Service families</h2>
<p>Domestic abuse in service families is reported to Estuary and Downs Police in the usual way. With the victim's
agreement, the Garrison Welfare Office can help with housing and with moving away from the garrison estate.</p>

<h2>7. Working with those who harm</h2>
<p>The Fresh Tide programme is a 26-week group programme for men and women who use abusive behaviour. Partners are
offered support from Redshank while the programme runs. Referrals come from social workers and probation.</p>

<h2>8. Refuge and Clare's Law</h2>
<p>Redshank runs a refuge with 16 family rooms, which accepts boys up to the age of 17 with their mothers. Anyone can
ask Estuary and Downs Police, on 101, whether a partner has a history of abuse under the Domestic Violence Disclosure
Scheme (Clare's Law).</p>

<h2>9. Young people's relationships</h2>
<p>Abuse between two 16 or 17 year olds in a relationship is domestic abuse. Where one of the young people is under
16, it is child abuse and is referred to CARD.</p>
"""

NEGLECT = f"""
<h2>1. About neglect</h2>
{numbered(1,
          "Neglect is the persistent failure to meet a child's basic physical or emotional needs. It is the most "
          "common category of child protection plan in Ravensmouth, and it often creeps up slowly, so that no single "
          "visit seems bad enough to act on.",
          "Keep a chronology and look back over at least the last 6 months, not just the latest visit.")}

<h2>2. The Tidemark Neglect Assessment</h2>
{numbered(2,
          "The Tidemark Neglect Assessment is Ravensmouth's tool for neglect. It covers seven areas: food and "
          "nutrition; home conditions and hygiene; health and teeth; safety and supervision; warmth and affection; "
          "learning and play; and what the child says.",
          "Each area is scored from 1, where the child's needs are met, to 4, where the child's needs are seriously "
          "unmet.",
          "Complete it with the family, and always see where the child sleeps.")}

{table("What to do with a Tidemark score", ("Score", "Action"), [
    ("Every area scored 1 or 2", "Continue universal support."),
    ("Any one area scored 3", "Discuss with your safeguarding lead within 1 working day and consider a Family Plan."),
    ("Two or more areas scored 3", "Start a Ravensmouth Family Plan."),
    ("Any area scored 4", "Contact CARD the same day."),
])}
<p>Repeat the Tidemark Neglect Assessment every 8 weeks while a plan is in place, so that progress can be seen.</p>

<h2>3. Was not brought</h2>
<p>Health services in Ravensmouth record that a child "was not brought" rather than "did not attend". When a child has
not been brought to 2 health appointments in a row, the clinic tells the child's health visitor or school nurse and
the GP.</p>

<h2>4. Farms and rural homes</h2>
<p>Children on farms face particular dangers: slurry pits, machinery, livestock and open water. A young child left to
play unsupervised in a farmyard is a safety and supervision concern on the Tidemark Neglect Assessment.</p>

<h2>5. Leaving children alone</h2>
<p>The law does not set an age at which a child can be left alone. The RSCP's advice is that children under 12 are
rarely mature enough to be left alone for long, and that no child under 16 should be left alone overnight.</p>

<h2>6. Poverty</h2>
<p>Poverty is not neglect, but it makes neglect harder to avoid. The Ravensmouth Community Larder gives emergency food
parcels to families referred by any practitioner, and a Family Plan can help with fuel and furniture.</p>
"""

BRUISING = f"""
<p class="intro">This short protocol applies to every practitioner in Ravensmouth. It is based on one principle:
bruising in a baby who is not yet mobile is rare, and it must always be explained by a specialist, not by us.</p>

<h2>Who is non-mobile?</h2>
<p>A baby is non-mobile if they cannot yet crawl, bottom shuffle, pull to stand or cruise around furniture. This is
usually a baby under 6 months, but the protocol also applies to an older child who cannot move independently, for
example because of a disability.</p>

<h2>What to do</h2>
<ol>
<li>If you see a bruise, mark or small red or purple spots (petechiae) on a non-mobile baby, look, record and describe
it, but do not try to decide what caused it.</li>
<li>Refer to CARD the same day on 01632 960721, even if the explanation seems reasonable. Out of hours, ring the
Emergency Social Care Team on 01632 960722.</li>
<li>Tell the parents why you are referring, unless that would put the baby at risk, and give them the leaflet
"Bruising in babies: why we always check".</li>
<li>CARD holds a strategy discussion, and the baby is seen by a paediatrician at the Dunlin Suite the same day.</li>
</ol>
{note("the only mark that need not be referred is one at the site of a recorded medical procedure, such as a blood "
      "test or injection in the last 48 hours. Even then, discuss it with your safeguarding lead the same day.")}

<h2>Brothers and sisters</h2>
<p>The strategy discussion always considers the other children in the household, and whether they also need to be
examined.</p>

<h2>Why it matters here</h2>
<p>In 2025-26, 61 non-mobile babies were referred to CARD under this protocol. The learning from the review of Baby T,
a baby in a service family at Kingsbarrow Garrison, showed what can happen when a small bruise is explained away.</p>
"""

GARRISON = f"""
<h2>1. About this chapter</h2>
<p>Ravensmouth is home to Kingsbarrow Garrison, HMP Ravensmouth and HMYOI Bittern Point, and to the Harbour Street
police custody suite. This chapter brings together what practitioners need to know about children in forces families,
children in custody and children with a parent in prison.</p>

<h2>2. Children in forces families</h2>
{numbered(2,
          "About 4,200 service personnel are based at Kingsbarrow Garrison, and around 2,900 children from service "
          "families live on the garrison estate and in Hobley.",
          "Service children may move school every 2 or 3 years and may have a parent away on deployment for 6 months "
          "or more. These pressures are not a safeguarding concern in themselves, but they can hide one.",
          "Ask at every assessment whether either parent serves in the armed forces, or has recently left.",
          "The Garrison Welfare Office, on 01632 960652, Monday to Friday, 8am to 4.30pm, supports families and "
          "shares information with CARD. A garrison welfare officer works in the MASH on Tuesdays and Thursdays.")}

<h2>3. Children in police custody</h2>
{numbered(3,
          "Every child held at the Harbour Street custody suite must have an appropriate adult. If a parent cannot "
          "attend, the police call the Ravensmouth Appropriate Adult Scheme on 01632 960655, available from 7am to "
          "11pm. Overnight, the Emergency Social Care Team provides the appropriate adult.",
          "A child who is charged and refused bail is moved to council accommodation rather than kept in a cell. The "
          "Emergency Social Care Team arranges a place at Oystercatcher House, which keeps 2 beds for this purpose.",
          "The police tell CARD within 24 hours whenever a child has been strip searched, and an appropriate adult "
          "must be present unless the search is urgent.",
          "The Youth Justice Service, on 01632 960661, sees every child who is charged.")}

<h2>4. HMYOI Bittern Point</h2>
<p>HMYOI Bittern Point holds about 140 boys aged 15 to 17 from across the region. Its Head of Safeguarding refers any
concern about a boy to CARD on the same day, and allegations about staff to the LADO. A Ravensmouth social worker is
based at the institution three days a week. Boys who self-harm are supported through the institution's own
safety and support plans, and the boy's home council is told.</p>

<h2>5. Children with a parent in prison</h2>
<p>HMP Ravensmouth is a men's prison holding about 800 men. Fieldfare Families runs the Visitors' Centre, on 01632
960654, and supports children visiting a parent. Children under 18 must visit with an adult. A prisoner convicted of an
offence against a child can have visits from children only after a child contact assessment by the prison, with advice
from children's social care.</p>
<p>Ask every child and family you work with whether a family member is in prison. Children often keep it secret, and
schools may never be told.</p>
"""

PORT = f"""
<h2>1. The Port of Ravensmouth</h2>
<p>About 1.8 million passengers a year use the ferry terminal at the Port of Ravensmouth, with sailings to France and
the Netherlands, and freight lorries arrive on every crossing. The Port Welfare Desk in the terminal is staffed by Port
Safeguarding Officers from 6am to midnight every day, on 01632 960651.</p>
{note("if a child at the port is in immediate danger, or is about to be taken abroad against their will, dial 999 and "
      "ask for the police. Estuary and Downs Police have a Port Unit at the terminal.")}

<h2>2. Unaccompanied children</h2>
{numbered(2,
          "Children who arrive at the port without a parent or carer, including children seeking asylum, are "
          "referred by Border Force to CARD or, out of hours, to the Emergency Social Care Team. The council provides "
          "accommodation and the child becomes looked after.",
          "Where a young person's age is in doubt, they are treated as a child until an age assessment has been "
          "completed.",
          "Every unaccompanied child is considered for a referral to the National Referral Mechanism.",
          "Lorry drivers who find a child in their vehicle tell the Port Unit at once and do not let the child walk "
          "away.")}

<h2>3. Children travelling with adults</h2>
<p>Be curious about a child travelling with an adult who is not their parent, who cannot say where they are going or
who seems frightened. Port Safeguarding Officers can speak to the child away from the adult.</p>

<h2>4. Female genital mutilation</h2>
{numbered(4,
          "Female genital mutilation (FGM) is a crime and is child abuse. A teacher, health professional or social "
          "worker who discovers that FGM has been carried out on a girl under 18 must report it to the police on 101. "
          "In Ravensmouth the report is made within 1 working day, and CARD is told at the same time.",
          "Where a girl may be taken abroad for FGM, contact CARD at once. If she is at the port or about to travel, "
          "dial 999. An FGM Protection Order can stop her being taken out of the country.",
          "The Rosemary Clinic at Ravensmouth Royal Infirmary supports women and girls affected by FGM, including "
          "pregnant women.",
          "Each year, in the 2 weeks before schools break up for summer, Operation Sextant raises awareness of FGM "
          "and forced marriage at the ferry terminal.")}

<h2>5. Forced marriage</h2>
<p>Forced marriage is a crime. If a young person tells you they fear being taken abroad to marry, you may have only
one chance to help. See them alone, do not contact the family, do not use a family member or a community member as an
interpreter, and contact CARD and the police the same day. A Forced Marriage Protection Order can be sought.</p>
"""

EHE = f"""
<h2>1. Home education</h2>
{numbered(1,
          "Parents have the right to educate their children at home. Most home-educated children in Ravensmouth are "
          "safe and well taught, and home education is not in itself a safeguarding concern. However, children who "
          "are not in school may be seen by fewer professionals.",
          "The Elective Home Education Team is on 01632 960738, Monday to Friday, 9.30am to 3.30pm, or "
          "ravensmouth.ehe@example.org.")}

<h2>2. When a parent removes a child from school</h2>
{numbered(2,
          "A school removes a child from its roll for home education only when the parent has said so in writing.",
          "The school tells the Elective Home Education Team within 2 school days of receiving the parent's letter, "
          "and sends any safeguarding concerns with the notification.",
          "Schools must never suggest home education as a way of avoiding exclusion or poor attendance figures.",
          "If the child has a social worker or a child protection plan, the school holds a meeting with the parents "
          "and the social worker within 5 school days, before the name is removed.")}

<h2>3. What the team does</h2>
{numbered(3,
          "The team contacts every family within 15 working days of being told, and offers a visit within 6 weeks. "
          "After that it makes contact at least once a year.",
          "If the education does not appear suitable, the team writes to the parents. If there is no improvement, the "
          "council may serve a School Attendance Order.",
          "At 31 August 2026, 512 children in Ravensmouth were known to be home educated.")}

<h2>4. Travelling families and service families</h2>
<p>Some Traveller families home educate while they travel in the summer. The Traveller Liaison Officer can help the
family keep in touch with the team. Service families who move to Kingsbarrow Garrison and choose home education are
asked to tell the team when they arrive.</p>

{note("if a home-educated child has not been seen by any professional for 3 months and you are worried, tell the "
      "Elective Home Education Team. If you think the child may be at risk of harm, contact CARD.")}

<h2>5. Children missing education</h2>
<p>A child of compulsory school age who is not on a school roll and is not being suitably educated at home is missing
education. Refer them to the Children Missing Education Officer on 01632 960739.</p>
"""

CHAPTERS = {
    "childrens-advice-and-referral-desk.html": ("Contacting the Children's Advice and Referral Desk (CARD)",
                                                "10 March 2026", CARD),
    "continuum-of-need.html": ("The Ravensmouth Continuum of Need", "2 February 2026", CONTINUUM),
    "early-help-and-family-centres.html": ("Early Help and Family Centres", "15 May 2026", EARLY_HELP),
    "allegations-against-staff-lado.html": ("Managing Allegations Against Staff and Volunteers (LADO)",
                                            "20 April 2026", LADO),
    "strategy-discussions-and-section-47-enquiries.html": ("Strategy Discussions and Section 47 Enquiries",
                                                           "8 July 2026", STRATEGY),
    "child-protection-conferences.html": ("Child Protection Conferences and Plans", "22 September 2026", CONFERENCES),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements (Escalation)",
                                                  "14 April 2026", ESCALATION),
    "missing-children-and-return-interviews.html": ("Children Missing from Home, Care or Education", "28 May 2026",
                                                    MISSING),
    "child-exploitation-and-county-lines.html": ("Child Exploitation and County Lines", "3 March 2026", EXPLOITATION),
    "domestic-abuse-and-marac.html": ("Domestic Abuse and the MARAC", "11 June 2026", DOMESTIC),
    "neglect-and-the-tidemark-assessment.html": ("Neglect and the Tidemark Neglect Assessment", "30 October 2026",
                                                 NEGLECT),
    "bruising-in-non-mobile-babies.html": ("Bruising and Marks in Non-Mobile Babies", "12 January 2026", BRUISING),
    "garrison-prison-and-custody.html": ("Children in Forces Families, in Custody and with a Parent in Prison",
                                         "17 August 2026", GARRISON),
    "port-fgm-and-trafficking.html": ("The Port: Unaccompanied Children, Trafficking, FGM and Forced Marriage",
                                      "4 September 2026", PORT),
    "elective-home-education.html": ("Elective Home Education and Children Missing Education", "9 October 2026", EHE),
}

# -- practice update (a web page of dated changes) -----------------------------------------

CHANGES = [
    ("CARD is open for longer", "From 2 November 2026",
     ("The Children's Advice and Referral Desk is now open Monday to Friday, 8am to 6pm. It used to close at 5pm from "
      "Monday to Thursday and at 4.30pm on Fridays. The Emergency Social Care Team now takes calls from 6pm on "
      "weekdays. Some chapters still show the old hours while they are being revised.")),
    ("A new telephone number for the LADO", "From 9 November 2026",
     ("The LADO service has a new direct number: 01632 960727. Calls to the old number, 01632 960726, will be "
      "diverted until 26 February 2027. The email address, ravensmouth.lado@example.org, has not changed.")),
    ("MARAC now meets every week", "From 6 October 2026",
     ("The Ravensmouth MARAC now meets every Tuesday instead of every other Thursday, because of the number of cases "
      "being heard. Referral forms must now reach the MARAC coordinator at least 3 working days before the meeting, "
      "instead of 5.")),
    ("Escalation: a shorter Stage 1", "From 1 November 2026",
     ("Practitioners now have 3 working days, rather than 5, to resolve a disagreement at Stage 1 of the escalation "
      "policy before moving to Stage 2. The other stages are unchanged.")),
    ("Return interview reports shared sooner", "From 1 October 2026",
     ("The Curlew Youth Trust now shares each return interview report with the social worker, the school and the "
      "police within 1 working day of the interview, instead of 3 working days.")),
]

COURSES = [
    ("Using the Tidemark Neglect Assessment", "3 December 2026", "Yellowhammer Family Centre, Hobley"),
    ("Bruising in non-mobile babies: a refresher", "10 December 2026", "Online (Microsoft Teams)"),
    ("The port and trafficking: what to look for", "21 January 2027", "Port of Ravensmouth, Terminal Building"),
    ("Supporting children in forces families", "11 February 2027", "Garrison Community Centre, Kingsbarrow"),
]


def update_html() -> str:
    """The RSCP Practice Update web page: dated changes, a training table and the booking terms."""
    items = "\n".join(f'<section class="change">\n<h2>{h}</h2>\n<p class="effective">{d}</p>\n<p>{p}</p>\n</section>'
                      for h, d, p in CHANGES)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice Update 9: November 2026 | RSCP</title>
<style>body{{font-family:Verdana,sans-serif;margin:0;background:#f4f6f8;}} main{{max-width:760px;margin:0 auto;}}
.effective{{font-weight:bold;color:#5a2a6e;}}</style>
</head>
<body>
<div class="strap"><a href="{SITE}/">RSCP home</a> | <a href="{SITE}/updates">Practice updates</a> |
<a href="{SITE}/updates/subscribe">Get updates by email</a></div>
<main>
<h1>RSCP Practice Update 9: November 2026</h1>
<p class="standfirst">Changes to practice from the {PARTNERSHIP}. Published 18 November 2026.</p>
<p>Each change applies from the date shown. Where a procedure chapter says something different, this update is right
until the chapter is revised.</p>
{items}
<section class="courses">
<h2>Multi-agency training, December 2026 to February 2027</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Venue</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>RSCP courses are free to anyone who works or volunteers with children in Ravensmouth. Book through the RSCP
Business Unit on 01632 960659 or ravensmouth.rscp@example.org. A charge of 45 pounds is made for a place cancelled
less than 5 working days before the course, or not used.</p>
</section>
</main>
<footer class="foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/updates/unsubscribe">Unsubscribe</a></p>
</footer>
</body>
</html>
"""


# -- DOCX seven-minute briefing and one-minute guide -----------------------------------------

SELF_HARM = [
    ("1. What self-harm is",
     [("Self-harm is when a young person hurts themselves on purpose, for example by cutting, burning, scratching, "
       "hitting themselves or taking too much of a medicine. It is usually a way of coping with overwhelming feelings "
       "rather than an attempt to end their life, but it always needs to be taken seriously.")]),
    ("2. Self-harm in Ravensmouth",
     [("In 2025-26 the emergency department at Ravensmouth Royal Infirmary saw 287 attendances by children under 18 "
       "after self-harm. 71 percent were girls, and the most common age was 14."),
      ("Self-harm among boys at HMYOI Bittern Point and among first-year students at the University of Ravensmouth "
       "is also a concern for the partnership.")]),
    ("3. When to act at once",
     ["If the young person has taken an overdose or swallowed anything harmful, call 999 or go to the emergency "
      "department, even if they seem well. Paracetamol can cause serious harm hours later.",
      "Call 999 for a wound that is deep, will not stop bleeding or may need stitches.",
      "If the young person says they intend to end their life, do not leave them alone."]),
    ("4. How to respond",
     [("Stay calm and listen. Do not promise to keep what they say secret, but explain who you will tell and why. "
       "Tell your designated safeguarding lead the same day."),
      ("With the young person, write a Safety and Coping Plan that names the people they can go to and the things "
       "that help. Review it at least every 4 weeks."),
      ("Parents are told unless telling them would put the young person at greater risk.")]),
    ("5. Getting help",
     [("The CAMHS Crisis Team takes calls on 01632 960662, 8am to 10pm every day. Outside those hours, go to the "
       "emergency department."),
      ("Routine referrals go to the Ravensmouth Emotional Wellbeing Hub, which replies within 10 working days.")]),
    ("6. Questions for reflection",
     ["Do we know which young people in our setting have a Safety and Coping Plan?",
      "Who checks on a young person the day after they tell us they self-harm?"]),
]


def self_harm_docx(path: Path) -> None:
    closing = ("7. Find out more", [("Book the RSCP course on self-harm and suicide prevention through the RSCP "
                                     "Business Unit at ravensmouth.rscp@example.org.")])
    wv.guide_docx(path, "Seven-Minute Briefing: Self-Harm in Children and Young People",
                  f"A seven-minute briefing from the {PARTNERSHIP}. Issued: 14 July 2026.",
                  [*SELF_HARM, closing], bullets=("3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 7, 14, 9, 0, 0))


ONLINE = [
    ("1. Why this guide",
     [("Most online grooming of children in Ravensmouth now starts in online games and the chat that goes with them, "
       "not on social media. This guide is for anyone who works with children and their parents.")]),
    ("2. What we know",
     [("In 2025-26 Estuary and Downs Police recorded 94 offences of online grooming against children in Ravensmouth. "
       "The youngest child was 9. In just over half of the cases, the first contact was made through a game."),
      ("Groomers often give gifts of in-game currency, move the conversation to a private app, and ask the child to "
       "keep the friendship secret.")]),
    ("3. Signs to notice",
     ["a child who is secretive about a gaming friend, or who has in-game items they cannot explain;",
      "a child who is gaming late at night and is tired at school;",
      "a child who becomes upset or anxious after being online;",
      "a child who mentions a new older friend they met while playing."]),
    ("4. What to do",
     ["Do not confront the adult online or delete messages: keep the device and any evidence safe.",
      "Tell your designated safeguarding lead the same day.",
      "Where an adult may be grooming a child, the safeguarding lead reports to Estuary and Downs Police on 101 and "
      "contacts CARD on 01632 960721.",
      "Reassure the child that they are not in trouble."]),
    ("5. Helping parents",
     [("The RSCP Family Tech Agreement helps parents agree with their children where devices are kept at night, which "
       "games are played and who they play with. Schools can order printed copies from the Education Safeguarding "
       "Team on 01632 960728.")]),
    ("6. Questions for your team",
     ["Do we ask children which games they play, and with whom?",
      "Do parents know how to switch off chat with strangers in the games their children use?"]),
]


def online_docx(path: Path) -> None:
    wv.guide_docx(path, "One-Minute Guide: Online Safety, Gaming and Grooming",
                  f"A one-minute guide for practitioners from the {PARTNERSHIP}. Issued: 21 April 2026.",
                  ONLINE, bullets=("3.", "4.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 4, 21, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Baby T, a boy who "
           "was 4 months old when he was admitted to Ravensmouth Royal Infirmary in February 2026 with a head injury "
           "and rib fractures. The RSCP held a rapid review within 15 working days and commissioned a local review. "
           "The independent reviewer was Cordelia Fenwick-Ashe.")),
    ("h", "Background"),
    ("p", ("Baby T lived with his mother and his 3-year-old sister in a service family quarter at Kingsbarrow "
           "Garrison. His father was deployed overseas for 7 months, from when Baby T was 3 weeks old. The family had "
           "moved to Kingsbarrow 5 months before his birth and knew nobody locally. A male relative of the family "
           "often stayed at the house.")),
    ("p", ("When Baby T was 11 weeks old a health visitor saw a small bruise on his cheek. His mother said his sister "
           "had hit him with a toy. The health visitor accepted the explanation, recorded it and did not refer to "
           "CARD. Three weeks later Baby T was taken to hospital by ambulance.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The bruising protocol was not followed. A bruise on a non-mobile baby was explained away by a "
           "practitioner rather than by a paediatrician.")),
    ("p", ("Finding 2: Nobody knew who else was in the home. No practitioner asked who stayed at the house while Baby "
           "T's father was away.")),
    ("p", ("Finding 3: The isolation of a new service family was not noticed. The Garrison Welfare Office and the "
           "health visiting service each knew part of the picture, but did not share it.")),
    ("p", ("Finding 4: The mother's low mood after the birth was recorded at the 6-week check, but she was not "
           "offered support.")),
    ("h", "Recommendations"),
    ("n", "Every practitioner who works with babies is trained in the bruising protocol every 2 years."),
    ("n", "Practitioners ask who lives in or regularly stays at the home, and record the answer."),
    ("n", "The Garrison Welfare Office and health visitors meet every month to discuss new families and deployments."),
    ("n", "Mothers with low mood after a birth are offered a referral to perinatal mental health services."),
    ("h", "What has changed"),
    ("p", ("By October 2026, 93 percent of health visitors had completed bruising protocol training. Health visitors "
           "now ask at every contact whether a parent is deployed. A monthly Garrison Families Meeting began in May "
           "2026. Estuary and Downs Police have charged a man with causing grievous bodily harm to Baby T.")),
    ("p", "Baby T has recovered and lives with his mother, father and sister."),
    ("h", "Questions for your team"),
    ("b", "Would we have referred a small bruise if the explanation sounded reasonable?"),
    ("b", "Do we know who else stays in the homes of the babies we visit?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my third annual report as Independent Scrutineer of the RSCP. The year was shaped by the review "
           "of Baby T, which showed how isolated a young family can become on a garrison estate, and by the growing "
           "number of children arriving alone through the port. Dr Marguerite Osei-Lambourne, Independent "
           "Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Ravensmouth City Council, NHS Estuary and Downs Integrated Care Board "
           "and Estuary and Downs Police. In 2025-26 the Lead Safeguarding Partner was the council's Chief Executive. "
           "The RSCP Executive meets every 6 weeks. The RSCP Business Unit is managed by Eamon Driscoll-Varga.")),
    ("h", "Funding 2025-26"),
    ("t", [["Contributor", "Amount", "Share"],
           ["Ravensmouth City Council", "214,500 pounds", "55%"],
           ["NHS Estuary and Downs ICB", "101,400 pounds", "26%"],
           ["Estuary and Downs Police", "50,700 pounds", "13%"],
           ["Ravensmouth Port Authority", "11,700 pounds", "3%"],
           ["University of Ravensmouth", "11,700 pounds", "3%"],
           ["Total", "390,000 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to CARD", "9,874", "10,412"],
           ["Contacts that became referrals", "2,231", "2,388"],
           ["Re-referrals within 12 months", "24%", "20%"],
           ["Assessments completed within 35 working days", "71%", "78%"],
           ["Section 47 enquiries", "712", "768"],
           ["Initial child protection conferences", "254", "271"],
           ["Initial conferences within 15 working days", "82%", "88%"],
           ["Children with a child protection plan at 31 March", "241", "263"],
           ["Plans for a second or later time", "19%", "16%"],
           ["Ravensmouth Family Plans started", "1,488", "1,652"],
           ["MARAC cases heard", "538", "601"],
           ["Missing episodes reported", "1,102", "1,036"],
           ["Return interviews accepted", "58%", "66%"],
           ["Allegations referred to the LADO", "139", "158"],
           ["Unaccompanied children arriving at the port", "47", "74"],
           ["NRM referrals for children", "41", "63"],
           ["Children home educated at 31 March", "463", "498"],
           ["Practitioners trained on RSCP courses", "1,986", "2,243"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 46 percent of child protection plans, emotional abuse "
           "for 34 percent, physical abuse for 14 percent and sexual abuse for 6 percent. 12 of the children with a "
           "plan were unborn babies, and 19 lived in service families.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The RSCP held 3 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Baby T. The Child Death Overview Panel that Ravensmouth shares with Wealdham reviewed the deaths of "
           "9 Ravensmouth children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The RSCP audited 30 cases of children from service families known to children's social care. In 21 of them "
           "the records showed that a parent served in the armed forces. In only 11 had the Garrison Welfare Office "
           "been asked for information.")),
    ("h", "The port and the prison"),
    ("p", ("Port Safeguarding Officers spoke to 312 children travelling with adults who were not their parents, and "
           "referred 17 of them to CARD. Fieldfare Families supported 1,140 child visits to HMP Ravensmouth.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The RSCP's priorities for 2026-27 are: babies and the bruising protocol; children arriving through the "
           "port, including unaccompanied children; and children in forces families. Each priority is led by one of "
           "the three safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Baby T",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 25 August 2026.", BRIEFING,
                 "Ravensmouth SCP | Learning Briefing: Baby T | August 2026",
                 f"{PARTNERSHIP} - ravensmouth-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "RSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 29 September 2026.",
                 ANNUAL, "Ravensmouth SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - ravensmouth-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Ravensmouth document into `out`; returns the paths written."""
    return wv.write_area(out, RAVENSMOUTH, CHAPTERS, ("practice-update-november-2026.html", update_html()),
                         {"seven-minute-briefing-self-harm.docx": self_harm_docx,
                          "one-minute-guide-online-safety-and-gaming.docx": online_docx,
                          "learning-briefing-baby-t.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Ravensmouth in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
