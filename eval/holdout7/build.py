"""Build the seventh held-out corpus (Greyholm), and assemble demo corpus + Greyholm for evaluation.

Run from the repository root:  python eval/holdout7/build.py

Greyholm is a tenth fictional partnership, a former mill town in a valley with a scatter of moorland villages above
it. It was written without reading how the answer pipeline ranks or answers, without asking it anything and without
reading any other set's questions, so as of its creation it is the clean test. Its documents mix registers as real
partnership sites do: short plain pages beside long formal chapters (passive voice, acronyms defined once, "Note"
boxes, footnotes, questions and answers, tables of contacts, levels of need, escalation stages and timescales), a
newsletter web page of dated items (one says a phone number changed, another that a form was withdrawn), two Word
briefings and two PDFs (a practice review's learning briefing and an annual report extract with two years of
figures). The page template, Word guide and PDF writers come from eval/holdout/build.py, as in the other held-out
sets, so every set is built the same reproducible way (fixed zip timestamps, reportlab invariant mode); only
Greyholm's own words live here. Its phone numbers are all in 01632 960450-960499; every person named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "greyholm"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Greyholm Safeguarding Children Partnership"
SITE = "https://greyholm-scp.example.org"
ADDRESS = "Weavers Hall, 2 Loom Street, Greyholm GH1 4MW"
GREYHOLM = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="12 May 2026", abbr="GSCP", address=ADDRESS,
                   menu=("CADS and the Levels of Need", "Child protection", "Missing and exploited children",
                         "Babies, health and wellbeing", "Working with staff and volunteers",
                         "Resolving disagreements"),
                   updated_label="Page reviewed")


def note(text: str) -> str:
    """A bordered "Note" box, as Greyholm's formal chapters use them."""
    return f'<div class="gscp-callout" role="note"><p><strong>Note:</strong> {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """An HTML table in Greyholm's style."""
    return wv.html_table(caption, header, rows, "gscp-table", th_attrs=' scope="col"')


def footnotes(*notes: str) -> str:
    """The numbered references at the foot of a formal chapter."""
    items = "\n".join(f'<li id="ref{i}">{n}</li>' for i, n in enumerate(notes, 1))
    return f'<section class="endnotes">\n<h2>References</h2>\n<ol>\n{items}\n</ol>\n</section>'


def ref(n: int) -> str:
    """A footnote marker."""
    return f'<sup class="fn"><a href="#ref{n}">[{n}]</a></sup>'


def faq(pairs: list[tuple[str, str]]) -> str:
    """Questions and answers, as a definition list."""
    items = "\n".join(f"<dt>{q}</dt>\n<dd>{a}</dd>" for q, a in pairs)
    return f'<dl class="faq">\n{items}\n</dl>'


# -- HTML procedure chapters --------------------------------------------------------------

CADS = f"""
<h2>1. Scope of this chapter</h2>
<p>This chapter describes how concerns about the welfare or safety of a child living in Greyholm are to be raised
with the Children's Advice and Duty Service (CADS). CADS is the single front door to children's social care and to
targeted early help for all agencies in Greyholm, including the moorland villages of Thornby Edge, Scarth Moor and
Heddlestone. It is based at Weavers Hall alongside the Police Safeguarding Hub, the health safeguarding nurses, an
education safeguarding adviser and the Greyholm Early Help Hub. Together these teams form the Greyholm
Multi-Agency Safeguarding Hub (MASH).{ref(1)}</p>
<p>The chapter applies to every agency represented on the Greyholm Safeguarding Children Partnership (GSCP) and to
voluntary, community, faith and private sector organisations in the area. It should be read with the GSCP chapters on
strategy discussions and on resolving professional disagreements.</p>
{note("CADS is not an emergency service. If a child is in immediate danger, the police must be called on 999 "
      "first. CADS should be told about the concern as soon as the child is safe.")}

<h2>2. Contact details and opening hours</h2>
{table("Who to contact about a child in Greyholm", ("Service", "Telephone", "When it is open", "Email"), [
    ("Children's Advice and Duty Service (CADS)", "01632 960450",
     "Monday to Thursday, 8.30am to 5.30pm; Friday, 8.30am to 4.30pm", "cads@greyholm.example.org"),
    ("Ask CADS consultation line (professionals only)", "01632 960451", "Monday to Friday, 9.30am to 12.30pm",
     "Telephone only"),
    ("Greyholm Early Help Hub", "01632 960453", "Monday to Friday, 9am to 5pm", "earlyhelp@greyholm.example.org"),
    ("Emergency Duty Team (EDT)", "01632 960454",
     "Whenever CADS is closed: weekday evenings and nights, weekends and bank holidays", "Telephone only"),
    ("Police Safeguarding Hub (professionals only)", "01632 960452", "24 hours a day", "Telephone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960461", "Monday to Friday, 9am to 5pm",
     "lado@greyholm.example.org"),
])}
<p>CADS closes at 4.30pm on Fridays so that the weekend handover to the EDT can take place. Emails sent to the CADS
inbox after closing time are not read until CADS next opens, so an urgent concern must always be made by
telephone.</p>

<h2>3. Making a referral</h2>
<p>Where it is believed that a child is suffering, or is likely to suffer, significant harm, the referral is to be
made to CADS by telephone without delay. Every telephone referral must then be confirmed on the Greyholm Request for
Support (RfS) form through the GSCP online portal within 24 hours. Where the concern does not reach that level, the
RfS is to be submitted through the portal without a telephone call.</p>
<p>An RfS is expected to include the child's full name and date of birth, the names of all adults in the household,
the child's school or nursery, the referrer's direct telephone number and a clear account of what the referrer has
seen or been told. Referrals from professionals cannot be made anonymously. Parents, carers and young people may
contact CADS themselves by telephone.</p>

<h2>4. The Ask CADS consultation line</h2>
<p>Professionals who are uncertain whether their concern needs a referral may ring the Ask CADS line and talk it
through with an advanced practitioner. Consultations usually last no more than 15 minutes. If the child's name is
given, the call is recorded as a contact on the child's record. The advice given is not a referral, and
responsibility for any next step stays with the caller and their agency.</p>

<h2>5. Consent and telling parents</h2>
<p>At Level 2 and Level 3 the informed consent of the parent, or of the young person if they are of sufficient
age and understanding, is required before a request is made. At Level 4 parents should normally be told that a
referral is being made, but consent is not required. Parents are not to be told where doing so would put the child
or someone else at greater risk, or could undermine a police investigation. The referrer's reasons for not telling
parents are to be written on the RfS.</p>

<h2>6. The Greyholm Levels of Need</h2>
<p>The GSCP describes children's needs at four levels. The levels support professional judgement; they are not a
scoring system, and a child's needs may move between levels over time.</p>
{table("The Greyholm Levels of Need", ("Level", "Description", "Examples", "Response"), [
    ("Level 1: Universal", "Needs are met by the family with universal services.",
     "Child attending school regularly and registered with a GP and dentist.",
     "Universal services such as schools, GPs, health visitors and youth clubs. No referral."),
    ("Level 2: Emerging", "Additional needs that one agency can meet, sometimes with advice.",
     "School attendance between 90 and 95 percent; a parent struggling with routines after a new baby.",
     "Single-agency support. A Family Conversation (early help assessment) may be opened."),
    ("Level 3: Intensive", "Several needs that require a coordinated plan from more than one agency.",
     "Persistent absence below 90 percent; a parent with mental health problems affecting care; low-level "
     "domestic abuse.", "Team Around the Family with a lead practitioner, supported by the Greyholm Early Help "
     "Hub."),
    ("Level 4: Specialist", "The child is in need of protection, or their health or development is likely to be "
     "significantly impaired without statutory services.",
     "Any injury to a non-mobile baby; disclosure of sexual abuse; a child at risk of exploitation.",
     "Referral to CADS for a child and family assessment (section 17) or a strategy discussion (section 47)."),
])}

<h2>7. What happens after a referral</h2>
<p>Every contact received by CADS is screened and given a rating of red, amber or green. A decision on a red
contact is made by a CADS team manager within 3 hours of receipt; where significant harm is suspected, a strategy
discussion is arranged on the same working day. Decisions on amber and green contacts are made within 1 working
day.</p>
<p>The referrer will be told the outcome in writing within 4 working days. If nothing has been received by then,
the referrer should telephone CADS and ask for the duty team manager. Child and family assessments in Greyholm are
to be completed within 40 working days of the referral, which is shorter than the national maximum of 45 working
days.{ref(2)}</p>
<p>Where a child is the subject of 4 or more contacts to CADS within 12 months, a team manager is required to
complete a Repeat Contact Review of the child's full history before any decision is made on the latest contact.</p>

<h2>8. Information sharing in the MASH</h2>
<p>Partner agencies in the MASH share information under the GSCP Information Sharing Agreement. Consent is not
needed to share information where a child may be at risk of significant harm. Partners are asked to return a MASH
information request within 4 hours for a red contact and by the end of the next working day for an amber contact.
Practitioners outside the MASH who are unsure whether they may share information should speak to their designated
safeguarding lead; uncertainty should never delay a referral.</p>

<h2>9. Out of hours</h2>
<p>When CADS is closed, urgent concerns are to be referred to the Emergency Duty Team (EDT) on 01632 960454. The
EDT covers Greyholm and the neighbouring borough of Ravensclough and has 2 social workers on duty overnight. Concerns
that can safely wait should be referred to CADS when it reopens.</p>

<h2>10. Unborn babies and homeless 16 and 17 year olds</h2>
<p>Concerns about an unborn baby are to be referred to CADS as early as possible and by 16 weeks of pregnancy at the
latest, so that any pre-birth assessment can be completed by 26 weeks of pregnancy.</p>
<p>A 16 or 17 year old who is homeless, or about to become homeless, is to be referred to CADS. A joint assessment
with the Greyholm Housing Options Team is completed within 7 working days, and emergency accommodation is arranged on
the same day where the young person has nowhere safe to stay.</p>
{footnotes("Working Together to Safeguard Children 2023, chapter 2.",
           "The 40 working day standard was agreed by the GSCP Executive in September 2025.")}
"""

LADO = f"""
<h2>1. Introduction</h2>
<p>This chapter sets out how allegations and concerns about people who work or volunteer with children in
Greyholm are to be managed. It applies to paid staff, volunteers, students on placement, agency and supply staff,
foster carers, childminders and drivers and escorts on council-contracted home to school transport. It covers
concerns raised about a person's conduct at work and in their private life.</p>
<p>These cases are overseen by the Local Authority Designated Officer (LADO), who works within Greyholm Council's
Safeguarding and Quality Service and reports to its Head of Service.{ref(1)}</p>

<h2>2. Contacting the LADO</h2>
<p>Greyholm has two designated officers, Priya Oakenshaw and Tomasz Brierley, supported by a business support
officer. The LADO service can be reached on 01632 960461 or at lado@greyholm.example.org, Monday to Friday, 9am to
5pm. The former number, 01632 960460, is no longer in use.</p>
<p>Outside these hours, where a child may be at immediate risk, the Emergency Duty Team (EDT) is to be contacted on
01632 960454 and the LADO informed on the next working day.</p>

<h2>3. When the LADO must be told</h2>
<p>The LADO is to be informed when there is information that a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed, or may have harmed, a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children;</li>
<li>behaved, or may have behaved, in a way that indicates they may not be suitable to work with children.</li>
</ul>
<p>The last of these is sometimes called transferable risk. It includes, for example, a teacher arrested for
domestic abuse at home, even where no child at the school has been harmed.</p>

<h2>4. Responsibilities of the employer</h2>
<p>Each organisation is required to name a senior manager as case manager for allegations. The case manager must
contact the LADO within 1 working day of the allegation becoming known, and must complete the Greyholm LADO
Referral Form within 24 hours of that first conversation.</p>
{note("the employer must not investigate the allegation, interview the child or the person concerned, or ask "
      "for written statements before the LADO has been consulted. The person should not be told about the "
      "allegation until it has been agreed with the LADO what they can be told, and when.")}
<p>A factual record of what was said or seen, with the date, time and the names of those present, should be made
at once, signed and kept securely.</p>

<h2>5. Initial consideration and the Allegation Management Meeting</h2>
<p>The LADO decides within 1 working day of receiving the referral whether the allegation meets the threshold for
these procedures. Where it does, an Allegation Management Meeting (AMM) is convened, normally within 5 working days.
The AMM is attended by the LADO, the case manager, the police where a crime may have been committed, and children's
social care where a child may need protection. Where the police are investigating, they lead, and no other enquiry
may start without their agreement.</p>
<p>Where the threshold is not met, the LADO advises the employer in writing, and the concern is usually handled under
the employer's own procedures.</p>

<h2>6. Suspension</h2>
<p>Suspension is not automatic. It is considered only where there is a risk to children, where the allegation is so
serious that dismissal might follow, or where it is needed so that an investigation can proceed. Alternatives such as
redeployment or working with another member of staff present should be considered first. Where a person is
suspended, the decision is to be reviewed at least every 4 weeks, and the person is given a named contact within
the organisation.</p>

<h2>7. Timescales</h2>
<p>Allegations are to be dealt with as quickly as possible. The GSCP expects that 80 percent of cases are
concluded within 1 month, 90 percent within 3 months, and all but the most exceptional within 12 months.</p>

<h2>8. Outcomes</h2>
<p>Every allegation ends with one of five outcomes: substantiated, false, malicious, unsubstantiated or unfounded.
The case manager must confirm the outcome and any action taken to the LADO in writing within 10 working days of the
final meeting.</p>
<p>Where an employer dismisses a person, or would have done so had the person not resigned, because they harmed or
posed a risk to a child, a referral must be made to the Disclosure and Barring Service (DBS). A referral to the
relevant regulator should also be considered: for teachers the Teaching Regulation Agency, for nurses and midwives
the Nursing and Midwifery Council, for social workers Social Work England, and for childminders Ofsted.</p>

<h2>9. Records</h2>
<p>Details of allegations that are found to be malicious or false are removed from personnel records. For all other
outcomes a clear summary is kept on the confidential personnel file until the person reaches normal pension age,
or for 10 years from the date of the allegation, whichever is longer. Allegations that are unfounded, false or
malicious are not to be mentioned in references.</p>

<h2>10. Low-level concerns</h2>
<p>A low-level concern is any concern, however small, that a person may have acted in a way that does not fit the
organisation's code of conduct but that does not meet the harm threshold: for example, being over-friendly with a
child or using a personal phone to message a pupil. Low-level concerns are recorded and managed by the employer.
Where 3 or more low-level concerns about the same person are recorded within 12 months, the employer must discuss
the pattern with the LADO.</p>

<h2>11. Frequently asked questions</h2>
{faq([
    ("Should I tell the member of staff about the allegation?",
     "Not until you have spoken to the LADO. The LADO, the police and children's social care will agree what the "
     "person can be told and when."),
    ("The allegation is about something that happened years ago. Do I still need to refer?",
     "Yes. Non-recent allegations are referred in the same way. The LADO will consider whether the person still "
     "works with children and whether the police should be told."),
    ("The allegation is about our headteacher. Who is the case manager?",
     "The chair of governors, or for an academy the chair of the trust board, acts as case manager and contacts "
     "the LADO."),
    ("The person works in Ravensclough but lives in Greyholm. Which LADO do I contact?",
     "The LADO for the area where the person works. If in doubt, ring the Greyholm LADO, who will pass the "
     "referral on."),
    ("Can a parent contact the LADO directly?",
     "Yes. Parents and young people can ring the LADO service, although most referrals come from employers."),
])}
{footnotes("Keeping Children Safe in Education and Working Together to Safeguard Children set out the national "
           "framework for managing allegations.")}
"""

EARLY_HELP = """
<h2>What is early help?</h2>
<p>Early help means giving families support as soon as a problem starts, rather than waiting until things get
worse. In Greyholm it is offered at Level 2 and Level 3 of the Greyholm Levels of Need. Early help is voluntary:
families choose whether to take part.</p>

<h2>The Family Conversation</h2>
<p>Our early help assessment is called the Family Conversation. Any practitioner who knows the family well, such as
a teacher, health visitor or youth worker, can start one with the family's agreement. It records what is going well,
what the family is worried about and what they would like to change. There is a form on the GSCP portal, but the
conversation matters more than the paperwork.</p>

<h2>Team Around the Family</h2>
<p>When a family needs help from more than one service, the practitioner who knows them best becomes the lead
practitioner and brings together a Team Around the Family (TAF). The first TAF meeting should happen within 15
working days of the family agreeing to the Family Conversation. The TAF then meets at least every 6 weeks to review
the family plan.</p>
<p>When the family's goals have been met, the lead practitioner writes a short closing summary and sends it to the
family and their GP.</p>

<h2>Greyholm Early Help Hub</h2>
<p>The Early Help Hub gives advice to lead practitioners, finds the right service for a family and keeps a record of
every Family Conversation. Call 01632 960453 or email earlyhelp@greyholm.example.org, Monday to Friday, 9am to
5pm.</p>
<p>Families can also drop in to one of our Family Hubs. There are Family Hubs on Mill Lane in Greyholm town centre
and at Thornby Edge. A third Family Hub, in Scarth Moor, is due to open in the summer of 2026.</p>

<h2>Stepping down from social care</h2>
<p>When a social worker closes a case and the family still needs support, they hold a step-down meeting with the
new lead practitioner within 10 working days, so that help carries on without a gap.</p>

<h2>Young carers</h2>
<p>A young carer is someone under 18 who looks after a family member who is ill, disabled, has a mental health
problem or misuses drugs or alcohol. Many young carers are hidden because they do not think of themselves as
carers.</p>
<p>The Greyholm Young Carers Project supports young carers aged 5 to 17, and young adult carers aged 18 to 25. It
runs a drop-in on Tuesdays from 4pm to 6pm at the Mill Lane Family Hub and can carry out a young carer's needs
assessment. Refer with the family's agreement on 01632 960455 or at youngcarers@greyholm.example.org.</p>

<h2>Not sure?</h2>
<p>If you think a child may be at risk of significant harm, do not start a Family Conversation. Phone CADS on
01632 960450.</p>
"""

STRATEGY = f"""
<h2>1. Introduction</h2>
<p>This chapter sets out the procedures to be followed in Greyholm when there is reasonable cause to suspect that a
child is suffering, or is likely to suffer, significant harm. It covers strategy discussions, enquiries under
section 47 of the Children Act 1989 (section 47 enquiries), child protection medicals, child protection conferences
and core groups.{ref(1)}</p>

<h2>2. Strategy discussions</h2>
<p>A strategy discussion is to be held whenever there is reasonable cause to suspect significant harm. It is
convened by a CADS or locality team manager, who also chairs it. As a minimum it must involve children's social
care, the police and health; the referring agency and the child's school or nursery are to be invited as well.</p>
<p>The strategy discussion must take place no later than the end of the working day after the decision that it is
needed. Where a child is at immediate risk, it is held on the same day. Most strategy discussions in Greyholm are
held by video call. A face-to-face strategy meeting is held instead where the case is complex, for example where
organised or multiple abuse, fabricated or induced illness, or a child death is suspected.</p>
<p>The chair records the decisions on the Greyholm strategy discussion record, and the record is sent to every
participant within 1 working day.</p>
{note("a strategy discussion is not to be delayed because a particular agency cannot attend. Information from "
      "an agency that cannot join should be gathered beforehand and shared by the chair.")}

<h2>3. Section 47 enquiries</h2>
<p>Where the strategy discussion decides that a section 47 enquiry should start, a qualified social worker is
allocated to lead it. The child is to be seen, and spoken to alone where their age and understanding allow, within
24 hours of the strategy discussion unless the strategy discussion has recorded a reason for a different
timescale.</p>
<p>Enquiries may be carried out by children's social care alone (a single-agency enquiry) or jointly with the
police where a crime may have been committed. The outcome of the enquiry is to be recorded within 15 working days
of the strategy discussion. Possible outcomes are that concerns are not substantiated; that concerns are
substantiated but the child is not judged to be at continuing risk; or that the child is at continuing risk of
significant harm, in which case an initial child protection conference is convened.</p>

<h2>4. Child protection medicals</h2>
<p>A child protection medical is arranged through the Child Protection Medical Service at Greyholm General Hospital.
Where an injury is visible, the medical takes place on the same day. Where sexual abuse is suspected, the
assessment is carried out at the Amberlea Sexual Assault Referral Centre (SARC) in Ravensclough, which sees children
of all ages. Parental consent should be sought for a medical; where it is refused, legal advice is to be taken.</p>

<h2>5. Initial child protection conferences</h2>
<p>An initial child protection conference (ICPC) is to be held within 15 working days of the strategy discussion at
which the section 47 enquiry was started. Conferences are arranged by the Greyholm Conference and Review Service on
01632 960458 and chaired by an independent Child Protection Chair.</p>
<p>Each agency that is invited must send a written report to the Conference and Review Service at least 3 working
days before the conference. Reports are to be shared with the parents at least 2 working days before the
conference, unless the chair has agreed otherwise.</p>
<p>Parents are invited to the whole conference unless the chair decides that this would not be safe. Children aged
11 and over are invited to attend for some or all of the conference, or to give their views another way. The
Greyholm Children's Rights Service provides an advocate for any child who would like one.</p>
{note("parents may bring a friend or supporter to the conference. A parent may also bring a solicitor, who "
      "attends to support the parent and does not take part in the discussion as an advocate.")}
<p>Where the conference decides that a child protection plan is needed, the chair decides the category of abuse:
neglect, physical abuse, emotional abuse or sexual abuse. An outline plan is agreed at the conference and developed
in detail by the core group.</p>

<h2>6. Core groups and visits</h2>
<p>The core group is made up of the parents, the child where appropriate, the lead social worker and the key
practitioners working with the family. The first core group meeting is to be held within 10 working days of the
initial conference, and further meetings at least every 6 weeks while the plan continues.</p>
<p>A child with a child protection plan is to be visited by the lead social worker at least every 10 working days,
and seen alone at least once every 4 weeks.</p>

<h2>7. Review conferences</h2>
<p>The first review child protection conference is held within 3 months of the initial conference, and later review
conferences at intervals of no more than 6 months. A child protection plan ends when the conference decides that the
child is no longer at continuing risk of significant harm. When a plan ends, the child normally continues to be
supported under a child in need plan for at least 3 months.</p>

<h2>8. Unborn babies and children moving into Greyholm</h2>
<p>Where the concerns are about an unborn baby, a pre-birth initial conference is held by 30 weeks of pregnancy, so
that a plan is in place well before the birth. Where a child with a child protection plan in another area moves to
live in Greyholm, a transfer-in conference is held within 15 working days of Greyholm being notified of the move.</p>

<h2>9. Timescales at a glance</h2>
{table("Child protection timescales in Greyholm", ("Step", "Timescale"), [
    ("Strategy discussion", "By the end of the next working day; same day if the child is at immediate risk"),
    ("Strategy discussion record circulated", "Within 1 working day"),
    ("Child seen in a section 47 enquiry", "Within 24 hours of the strategy discussion"),
    ("Section 47 outcome recorded", "Within 15 working days of the strategy discussion"),
    ("Initial child protection conference", "Within 15 working days of the strategy discussion"),
    ("Agency reports to the conference", "At least 3 working days before"),
    ("First core group", "Within 10 working days of the initial conference"),
    ("First review conference", "Within 3 months of the initial conference"),
    ("Later review conferences", "At least every 6 months"),
    ("Pre-birth conference", "By 30 weeks of pregnancy"),
])}
<p>If your agency disagrees with a conference decision, see the GSCP chapter on resolving professional
disagreements.</p>
{footnotes("Working Together to Safeguard Children 2023, chapter 3, sets out the national framework on which this "
           "chapter is based.")}
"""

MISSING = f"""
<h2>1. Introduction</h2>
<p>This chapter sets out how agencies in Greyholm respond to children who go missing from home or care, and to
children who are, or may be, exploited. The two are closely linked: going missing is one of the strongest
indicators that a child is being exploited, and every missing episode is to be taken seriously however often the
child has been missing before.</p>
<p>A child is regarded as missing when their whereabouts cannot be established and the circumstances are out of
character, or the context suggests that they may be the victim of a crime or at risk of harm.</p>

<h2>2. Reporting a child missing</h2>
<p>Parents and carers should report a missing child to the police on 999 where they believe the child is in danger,
and on 101 otherwise. Foster carers and staff in children's homes are required to follow the child's missing plan
and to report the child missing to the police as soon as the checks in the plan have been made, and in any case
within 1 hour of noticing that the child is missing. The child's social worker, or the Emergency Duty Team (EDT)
on 01632 960454 out of hours, is to be told at the same time.</p>
{note("the carer of every looked after child keeps a Moorland Profile: a recent photograph, a description, the "
      "child's phone number and social media names, and the people and places the child is known to visit. The "
      "photograph is to be updated at least every 6 months.")}

<h2>3. Return home interviews</h2>
<p>Return home interviews (RHIs) in Greyholm are carried out by Waymark, an independent charity commissioned by
Greyholm Council. Waymark is told by the police about each child who returns from a missing episode. An RHI is to be
offered within 72 hours of the child's return, by a worker who is independent of the child's family, carers and
social worker.</p>
<p>If the child declines, Waymark makes a second offer within 7 days. The RHI summary is sent to the child's social
worker, or to the lead practitioner where there is no social worker, within 2 working days of the interview. Waymark
can be contacted on 01632 960456 or at waymark@greyholm.example.org.</p>

<h2>4. Repeated and prolonged missing episodes</h2>
<p>Where a child has been missing 3 or more times in 90 days, the social worker's team manager convenes a Missing
Review Meeting within 10 working days to consider the reasons, the risk of exploitation and the child's missing
plan. Where a looked after child or a child with a child protection plan has been missing for more than 48 hours, the
Head of Service is to be informed, and a strategy discussion is to be held.</p>

<h2>5. Child exploitation</h2>
<p>Child exploitation happens when a person or group uses an imbalance of power to coerce, control, manipulate or
deceive a child into sexual or criminal activity. Child sexual exploitation (CSE) and child criminal exploitation
(CCE) often overlap. County lines is a form of CCE in which gangs use children to carry and sell drugs, often far
from home, using a dedicated phone line. Cuckooing is the taking over of a vulnerable person's home to use it for
crime.</p>
<p>A child cannot consent to their own exploitation. Practitioners should avoid language that suggests the child is
to blame, such as "putting themselves at risk" or "choosing this lifestyle".</p>
<p>Signs that a child may be exploited include:</p>
<ul>
<li>going missing, or coming home late, often with no explanation;</li>
<li>unexplained money, clothes, phones or more than one phone;</li>
<li>travelling to places they have no reason to go to, including by train or taxi;</li>
<li>older friends or a much older boyfriend or girlfriend;</li>
<li>injuries they will not explain, or a sudden drop in school attendance.</li>
</ul>

<h2>6. The Exploitation Risk Screening Tool</h2>
<p>Any practitioner who is worried that a child may be exploited should complete the Greyholm Exploitation Risk
Screening Tool (ERST) with their designated safeguarding lead or manager. The ERST gives a result of low, moderate
or significant risk. Where the risk is moderate, the practitioner should seek advice from the Greyholm Exploitation
and Missing Team (GEM Team). Where the risk is significant, a referral is to be made to CADS on 01632 960450 and the
ERST sent to the GEM Team on the same day.</p>
<p>The GEM Team works with children aged 10 to 17, and with care leavers up to the age of 21. It can be contacted
on 01632 960457 or at gem@greyholm.example.org, Monday to Friday, 9am to 5pm.</p>

<h2>7. The MACE Panel</h2>
<p>The Greyholm Multi-Agency Child Exploitation (MACE) Panel meets on the first Tuesday of every month. It is
chaired by a police detective inspector and a Head of Service from children's social care. The Panel reviews every
child assessed as at significant risk of exploitation, maps links between children, adults and places, and agrees
disruption plans. Referrals to the Panel are made by the GEM Team and must reach it at least 5 working days before
the meeting.</p>
<p>Disruption can include child abduction warning notices, which the police may issue to an adult who is harbouring
a child under 16, or a looked after child under 18.</p>

<h2>8. The National Referral Mechanism</h2>
<p>A child who may be a victim of trafficking or modern slavery, including county lines, is to be referred to the
National Referral Mechanism (NRM) by a first responder organisation, such as the local authority or the police. The
consent of a child under 18 is not needed for an NRM referral. In Greyholm, NRM referrals for children are made by
the GEM Team.</p>
{footnotes("Statutory guidance on children who run away or go missing from home or care, Department for Education.",
           "Child exploitation disruption toolkit, Home Office.")}
"""

BRUISING = f"""
<h2>1. Purpose</h2>
<p>This protocol tells all practitioners in Greyholm what to do when they see a bruise, mark or other injury on a
baby or child who is not independently mobile. Bruising is rare in babies who cannot move about by themselves, and
a small bruise can be the first sign of serious physical abuse. Practitioners are not expected to decide whether a
bruise was caused accidentally; that is the role of a paediatrician.{ref(1)}</p>

<h2>2. Who the protocol applies to</h2>
<p>The protocol applies to:</p>
<ul>
<li>every baby under 6 months old, whether or not they have started to move about;</li>
<li>any older baby or child who is not yet crawling, bottom-shuffling, pulling to stand, cruising or walking
independently;</li>
<li>disabled children of any age who are not independently mobile.</li>
</ul>

<h2>3. What to do</h2>
<ol>
<li>Look at the injury and record what you see, including its size, colour, shape and position. Do not undress the
baby beyond what is needed to see it.</li>
<li>Ask the parent or carer how it happened and write down their explanation in their own words. Do not accept an
explanation in place of a referral, however plausible it sounds.</li>
<li>Tell the parent or carer that the protocol requires a referral to children's social care and a check by a
paediatrician, unless this would put the baby at greater risk.</li>
<li>Phone CADS on 01632 960450 straight away, or the Emergency Duty Team on 01632 960454 when CADS is closed.</li>
<li>Tell your own safeguarding lead and write up your record on the same day.</li>
</ol>
{note("if the baby seems unwell, is floppy, drowsy, or has a swelling on the head, call 999 or take the baby "
      "to the Emergency Department at Greyholm General Hospital before doing anything else.")}

<h2>4. What happens next</h2>
<p>CADS holds a strategy discussion and arranges a child protection medical with a consultant paediatrician at
Greyholm General Hospital. The medical takes place on the same day, and always within 24 hours of the referral. The
baby should not be taken home by the parents to wait for an appointment. Any brothers or sisters under 2 years old
are also to be considered for a medical examination.</p>

<h2>5. Birthmarks</h2>
<p>Some birthmarks can look like bruises. Midwives record any birthmarks on the Greyholm Baby Skin Map at the
newborn check, and the map is kept in the red book. If you are not sure whether a mark is a birthmark or a bruise,
and it is not on the Skin Map, treat it as a bruise and follow this protocol.</p>

<h2>6. Coping with crying</h2>
<p>Crying is the most common trigger for abusive head trauma. All parents of new babies in Greyholm are given the
Calm Baby, Calm Carer leaflet by the midwife before leaving hospital, and the messages are repeated by the health
visitor at the new birth visit and again at the 6 to 8 week review. The key message is that it is fine to put the
baby down safely in the cot and walk away for a few minutes to calm down.</p>

<h2>7. Safer sleep</h2>
<p>Sudden and unexpected deaths in infancy often happen when a baby shares a sofa or bed with an adult who has been
drinking, taking drugs or is very tired. Babies should sleep on their back, in their own cot or Moses basket, in the
same room as a parent for the first 6 months. The room should be between 16 and 20 degrees.</p>
<p>Every practitioner who visits a baby under 12 months who has a social worker must complete a Greyholm Safe Sleep
Check at every home visit. Families who do not have a safe cot can be referred to the Greyholm Cot Bank by a
midwife, health visitor, family support worker or social worker, by emailing cotbank@greyholm.example.org. A cot and
new mattress are normally delivered within 5 working days.</p>
{footnotes("Research suggests that fewer than 1 in 100 babies who are not yet mobile have a bruise.")}
"""

DOMESTIC_ABUSE = f"""
<h2>1. Children as victims</h2>
<p>Under the Domestic Abuse Act 2021, a child who sees, hears or experiences the effects of domestic abuse, and who
is related to the victim or the perpetrator, is a victim of domestic abuse in their own right. The legal definition
of domestic abuse applies to people aged 16 and over who are personally connected. Abuse in the relationship of a
young person under 16 is dealt with under child protection procedures.</p>
<p>Practitioners in Greyholm should always ask about the children in any case of domestic abuse, and think about
the impact on an unborn baby where the victim is pregnant.</p>

<h2>2. Operation Lantern</h2>
<p>Operation Lantern is the scheme through which Greyholm Police tell schools and early years settings that a child
has been affected by a domestic abuse incident. When the police attend an incident where a child aged 2 to 18 was
present or normally lives, a Lantern notification is sent securely to the child's school or nursery before 9am on
the next school day. Notifications about incidents at weekends or during school holidays are sent before 9am on the
first school day afterwards.</p>
<p>Each school and nursery names a Lantern Key Adult, usually the designated safeguarding lead, who makes sure the
child is seen that day and offered quiet support. The Key Adult does not question the child about the incident and
does not mention the notification to the parents unless this has been agreed with the Police Safeguarding Hub.</p>

<h2>3. Risk assessment and referral to MARAC</h2>
<p>Practitioners working with an adult victim should complete the DASH risk checklist with them. A victim is to be
referred to the Greyholm Multi-Agency Risk Assessment Conference (MARAC) when:</p>
<ul>
<li>they answer yes to 14 or more of the questions on the checklist;</li>
<li>the practitioner's professional judgement is that the risk is high; or</li>
<li>the police have been called to 3 or more incidents involving the same victim within 12 months.</li>
</ul>
<p>The Greyholm MARAC meets every fortnight on Wednesday mornings at Greyholm Police Station, Tannery Road.
Referral forms must reach the MARAC Coordinator by 12 noon on the Thursday before the meeting. The MARAC
Coordinator is Bethan Ledgerwood, on 01632 960462 or at marac@greyholm.example.org.</p>
<p>Where a child in the household is already known to children's social care, the social worker is told about the
MARAC referral and the actions agreed for the family within 1 working day of the meeting.</p>

<h2>4. Support for victims and children</h2>
<p>Millstream Domestic Abuse Service provides Independent Domestic Violence Advisers (IDVAs) for high-risk
victims, a refuge for women and their children, and a helpline for anyone in Greyholm affected by domestic abuse.
The Millstream helpline, 01632 960459, is open Monday to Saturday, 9am to 8pm.</p>
<p>Millstream also runs Little Lanterns, a 10-week group for children aged 6 to 11 who have lived with domestic
abuse, and Steady Ground, one-to-one support for teenagers aged 13 to 18 experiencing abuse in their own
relationships.</p>

<h2>5. Working with those who harm</h2>
<p>The Turnstone programme is a 26-week group programme for adults who have used abusive behaviour towards a partner
and want to change. Referrals are accepted from social workers, probation and GPs, and from people who refer
themselves. A partner support worker contacts the current or former partner of everyone who joins.</p>
{note("do not hold joint meetings with both parents where there is domestic abuse, and do not share the "
      "victim's new address, phone number or the children's school with the person causing harm.")}

<h2>6. Asking about a partner's history</h2>
<p>Under the Domestic Violence Disclosure Scheme, sometimes called Clare's Law, anyone can ask the police whether a
partner has a record of abusive behaviour, and a third party such as a parent or friend can ask on someone's behalf.
Greyholm Police aim to complete a disclosure within 28 days of the application.</p>
"""

FGM = f"""
<h2>1. Introduction</h2>
<p>Female genital mutilation (FGM) comprises all procedures involving the partial or total removal of the external
female genitalia, or other injury to the female genital organs, for non-medical reasons. It has no health benefits
and causes lifelong harm. FGM is illegal in the United Kingdom, as is taking a girl abroad for FGM, and it is a form
of child abuse.{ref(1)}</p>
<p>This chapter sets out the response expected of practitioners in Greyholm where a girl is at risk of FGM, or
where FGM is known or suspected to have been carried out.</p>

<h2>2. Girls who may be at risk</h2>
<p>A girl may be at risk where her mother or sister has had FGM, where her family comes from a community in which FGM
is practised, or where she speaks of a special ceremony or a long trip abroad. Schools should be particularly alert
in the summer term, as the long summer holiday is the period of highest risk for travel abroad.</p>
<p>Where a practitioner believes a girl is at risk of FGM, a referral is to be made to CADS on 01632 960450. If the
girl is about to be taken abroad, the police are to be called on 999.</p>

<h2>3. FGM Protection Orders</h2>
<p>An FGM Protection Order (FGMPO) can be made by the family court to protect a girl at risk, for example by
requiring her passport to be surrendered. An application can be made by the girl herself, by the local authority or
by any other person with the court's permission. Breaching an FGMPO is a criminal offence with a maximum sentence of
5 years in prison.</p>

<h2>4. The mandatory reporting duty</h2>
<p>Teachers and regulated health and social care professionals have a personal, legal duty to report to the police
where, in the course of their work, they discover that FGM appears to have been carried out on a girl aged under 18.
A discovery is made either when the girl says that FGM has been carried out, or when the professional sees signs
that appear to show it.</p>
{note("the duty cannot be passed to a designated safeguarding lead or a manager. The professional who makes "
      "the discovery must make the report themselves, although they should also tell their safeguarding lead.")}
<p>Reports are made by calling 101 and stating that the call is a report under the FGM mandatory reporting duty.
The report should be made by the end of the next working day. The police reference number is to be recorded on the
girl's file. Making a report to the police does not replace a referral to CADS, which should be made on the same
day.</p>

<h2>5. Women aged 18 and over</h2>
<p>The mandatory duty does not apply to women aged 18 or over. Where an adult woman has had FGM, practitioners are
to consider whether any daughters or younger sisters may be at risk. The Sunflower Clinic at Greyholm General
Hospital offers specialist care for women who have had FGM, including de-infibulation. Women can refer themselves
on 01632 960465. The clinic is held on the second and fourth Monday of each month.</p>

<h2>6. Health records</h2>
<p>When a girl under 18 is known to have a family history of FGM, health professionals record this on the national
FGM information sharing system, so that health staff who see her later are alerted.</p>
{footnotes("Female Genital Mutilation Act 2003, as amended by the Serious Crime Act 2015.")}
"""

ESCALATION = f"""
<h2>Why this matters</h2>
<p>Good safeguarding needs practitioners who are prepared to challenge each other respectfully. Disagreements between
agencies happen, and they are healthy when they are resolved quickly and the child stays at the centre. This policy
explains what to do if you believe another agency's decision, action or lack of action is leaving a child at risk.</p>
<p>Anyone who works or volunteers with children in Greyholm can use this policy. Nobody who raises a concern in good
faith should be criticised for doing so.</p>

<h2>Not for emergencies</h2>
<p>If a child is in immediate danger, do not use this policy: call 999, or phone CADS on 01632 960450.</p>

<h2>The four stages</h2>
<p>Greyholm uses four stages. Resolve the disagreement at the lowest stage you can, and move to the next stage only
when the time allowed has passed without an agreement.</p>
{table("Escalation stages in Greyholm", ("Stage", "Who is involved", "Time allowed"), [
    ("Stage 1", "The practitioners who disagree talk to each other directly, by phone or face to face.",
     "2 working days"),
    ("Stage 2", "Each practitioner's supervisor or line manager, or the designated safeguarding lead, talk to each "
     "other.", "3 working days"),
    ("Stage 3", "Service managers or named and designated safeguarding professionals, using the GSCP Escalation "
     "Form.", "5 working days"),
    ("Stage 4", "The GSCP Escalation Panel, chaired by the Independent Scrutineer, Dr Helena Marsden-Quigley.",
     "10 working days from the date the Panel receives the case"),
])}
<p>From Stage 3, send a copy of the GSCP Escalation Form to escalation@greyholm.example.org so that the partnership
can track the case. The decision of the Escalation Panel is final and is reported to the GSCP Executive.</p>

<h2>If you disagree with a CADS decision</h2>
<p>Ask to speak to the CADS team manager on duty that day. If you are still concerned after that conversation, ask
for the CADS Service Manager, who will call you back by the end of the next working day. If the disagreement is still
not resolved, move to Stage 3.</p>

<h2>If you disagree with a child protection conference</h2>
<p>Tell the chair during the conference and ask for your view to be recorded in the minutes. Then write to the Head
of the Conference and Review Service within 5 working days of the conference. The conference's decision stands while
your challenge is looked at.</p>

<h2>Keeping a record</h2>
<p>Record every stage on your own agency's file for the child: what the disagreement was about, who you spoke to,
what was agreed and by when. The GSCP Quality and Learning Group reviews every Stage 3 and Stage 4 escalation each
quarter to find lessons for the whole partnership.</p>
"""

PRIVATE_FOSTERING = """
<h2>What is private fostering?</h2>
<p>A child is privately fostered when they are under 16 (or under 18 if they are disabled) and are cared for by
someone who is not their parent or a close relative, for 28 days or more, by private arrangement between the parent
and the carer. Close relatives are grandparents, brothers and sisters, aunts and uncles, and step-parents.</p>
<p>Some examples of children who may be privately fostered:</p>
<ul>
<li>a teenager living with a friend's family after falling out with their parents;</li>
<li>a child living with a family friend while a parent is in hospital or in prison;</li>
<li>an overseas student staying with a host family while studying at a language school;</li>
<li>a child whose parents are working or studying abroad.</li>
</ul>

<h2>Telling us about an arrangement</h2>
<p>Parents and carers must tell Greyholm Council about a private fostering arrangement at least 6 weeks before it
starts. If the child has already moved in, or it was an emergency, they must tell us within 48 hours.</p>
<p>Professionals who find out about a private fostering arrangement, such as teachers, GPs and health visitors,
should make sure the council knows. Contact the Private Fostering Officer in the Greyholm Fostering Service on
01632 960463 or at privatefostering@greyholm.example.org.</p>

<h2>What happens next</h2>
<p>A social worker visits the child and the carer within 7 working days of the council being told. They check that
the arrangement is safe, see the child alone and carry out checks on the carer and on other adults in the home.</p>
<p>After that, the child is visited every 6 weeks during the first year of the arrangement, and every 12 weeks after
that. Private foster carers can get advice and support from the Fostering Service in the same way as other
carers.</p>
"""

CHAPTERS = {
    "cads-contacts-and-levels-of-need.html": ("The Children's Advice and Duty Service (CADS): Contacts, Referrals "
                                              "and the Levels of Need", "12 May 2026", CADS),
    "allegations-against-staff-lado.html": ("Managing Allegations Against People Who Work with Children",
                                            "20 April 2026", LADO),
    "early-help-and-young-carers.html": ("Early Help, Family Hubs and Young Carers", "3 March 2026", EARLY_HELP),
    "strategy-discussions-and-conferences.html": ("Strategy Discussions, Section 47 Enquiries and Child Protection "
                                                  "Conferences", "9 February 2026", STRATEGY),
    "missing-children-and-exploitation.html": ("Children Missing from Home or Care and Child Exploitation",
                                               "18 June 2026", MISSING),
    "bruising-in-non-mobile-babies.html": ("Bruising in Non-Mobile Babies, Coping with Crying and Safer Sleep",
                                           "26 January 2026", BRUISING),
    "domestic-abuse-marac.html": ("Domestic Abuse, Operation Lantern and MARAC", "30 March 2026", DOMESTIC_ABUSE),
    "female-genital-mutilation.html": ("Female Genital Mutilation (FGM)", "11 May 2026", FGM),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements", "7 July 2026", ESCALATION),
    "private-fostering.html": ("Private Fostering", "2 February 2026", PRIVATE_FOSTERING),
}

# -- newsletter (a web page of dated items inside <main>) -----------------------------------

ITEMS = [
    ("The LADO has a new phone number", "14 April 2026",
     ("The Greyholm LADO service moved to a new phone system in April. The new number is 01632 960461. The old "
      "number, 01632 960460, played a recorded message giving the new number until 31 May 2026 and has now been "
      "switched off. Please update your safeguarding policy, staff handbook and any posters in your staff room. The "
      "email address, lado@greyholm.example.org, is the same as before.")),
    ("Request for Support form: portal only from 1 May", "22 April 2026",
     ("From 1 May 2026 the Word version of the Request for Support form has been withdrawn, and referrals to CADS can "
      "only be made through the GSCP online portal. Word forms sent by email after that date are returned to the "
      "sender. If the portal is not working, telephone CADS on 01632 960450 and a duty worker will take the "
      "referral over the phone.")),
    ("Elective home education: tell us sooner", "6 May 2026",
     ("When a parent tells a school in writing that they are taking their child out to educate them at home, the "
      "school must now let the Greyholm Elective Home Education Team know within 2 school days, instead of at the "
      "next census. The team aims to contact the family within 10 school days. At the end of the spring term 214 "
      "children in Greyholm were being home educated, up from 171 a year earlier. Contact the team on 01632 960464 "
      "or at ehe@greyholm.example.org.")),
    ("Hot weather and safer sleep", "10 June 2026",
     ("During hot weather, remind parents that babies should never sleep with a blanket or cloth draped over the "
      "pram or buggy, as this can make it dangerously hot underneath. A room temperature of 16 to 20 degrees is "
      "best for sleep, and a baby who is too hot should have a layer removed rather than be given a fan pointed "
      "straight at them.")),
    ("Scarth Moor Family Hub is open", "1 July 2026",
     ("Our third Family Hub opened on 1 July 2026 in the Old Schoolhouse, Scarth Moor. It is open on Tuesdays and "
      "Thursdays from 9am to 3pm, with a stay and play session on Thursday mornings. A minibus runs from "
      "Heddlestone on hub days for families without a car.")),
]

COURSES = [
    ("Neglect Toolkit: using the Home Conditions Scale", "17 September 2026", "Weavers Hall"),
    ("Exploitation and the ERST for practitioners", "1 October 2026", "Online (Microsoft Teams)"),
    ("LADO briefing for designated safeguarding leads", "8 October 2026", "Greyholm Town Hall"),
    ("Working with disabled children: communication first", "22 October 2026", "Highfell School"),
]


def newsletter_html() -> str:
    """GSCP Practitioner News as a web page: dated items, a training table and a note about cancellations."""
    items = "\n".join(f'<article class="news-item">\n<h2>{h}</h2>\n<p class="dateline">Posted {d}</p>\n<p>{p}</p>\n'
                      f"</article>" for h, d, p in ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Practitioner News, Summer 2026 | GSCP</title>
<style>body{{font-family:Georgia,serif;margin:0;}} main{{max-width:780px;margin:0 auto;}}
.dateline{{color:#666;font-style:italic;}}</style>
</head>
<body>
<nav class="top"><a href="{SITE}/">GSCP home</a> | <a href="{SITE}/news">News</a> |
<a href="{SITE}/subscribe">Get the newsletter</a></nav>
<main>
<h1>GSCP Practitioner News: Summer 2026</h1>
<p class="standfirst">News and updates from the {PARTNERSHIP}. Published 15 July 2026.</p>
<p>Practitioner News is sent to everyone on the GSCP mailing list. If a colleague would like to receive it, they can
sign up on our website.</p>
{items}
<section class="training">
<h2>Training dates for the autumn</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Venue</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>GSCP multi-agency courses are free to anyone who works or volunteers with children in Greyholm. Book through the
GSCP business unit on 01632 960466 or at gscp@greyholm.example.org. If you cannot come, please cancel at least 3
working days before the course; places not cancelled in time are charged to your agency at 40 pounds.</p>
</section>
</main>
<footer class="foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# -- DOCX 7-minute briefing and tea-break guide --------------------------------------------

NEGLECT = [
    ("1. What is neglect?",
     [("Neglect is the persistent failure to meet a child's basic physical or psychological needs, likely to result "
       "in serious harm to the child's health or development. It can mean not providing enough food, clothing or "
       "shelter, not keeping a child safe, not making sure they get medical or dental care, or not responding to "
       "their emotional needs."),
      ("Neglect is about a pattern over time, not a single incident, which is why it is so easy to miss.")]),
    ("2. Why it matters in Greyholm",
     [("Neglect is the most common category for child protection plans in Greyholm. It was the main category for "
       "48 percent of plans at 31 March 2026. Tooth decay is the most common reason for children aged 5 to 9 to be "
       "admitted to Greyholm General Hospital, and almost all of it is preventable.")]),
    ("3. The Greyholm Neglect Toolkit",
     [("The Greyholm Neglect Toolkit helps practitioners to describe what life is like for a child and to see whether "
       "things are changing. It includes the Home Conditions Scale, a child's day tool and a chronology template."),
      ("The Home Conditions Scale scores each room from 1 (good) to 5 (dangerous). Complete it over at least 2 visits, "
       "and make at least one of them unannounced. A score of 4 or 5 in any room should be discussed with your "
       "safeguarding lead or supervisor on the same day, and a referral to CADS considered.")]),
    ("4. Signs to look out for",
     ["a child who is often hungry, or takes food from other children;",
      "clothes that are unwashed, too small or unsuitable for the weather;",
      "untreated tooth decay, head lice or skin conditions;",
      "a child who is not brought to health appointments;",
      "a home that is cold, dirty, or has no safe place for the child to sleep."]),
    ("5. Was not brought",
     [("Children do not take themselves to appointments, so in Greyholm we record 'was not brought' rather than 'did "
       "not attend' for children. When a child is not brought to 2 appointments in a row, the service should contact "
       "the family and the child's health visitor, school nurse or GP before deciding whether to discharge.")]),
    ("6. What you should do",
     [("Talk to the family about your worries, use the Toolkit with them and agree what needs to change and by when. "
       "If things do not improve within the agreed time, or the child is at risk of significant harm, refer to CADS on "
       "01632 960450.")]),
    ("7. Questions for reflection",
     ["Am I seeing the child's day from the child's point of view?",
      "Have I been in every room of the house, including where the children sleep?",
      "Is the family's situation actually changing, or am I getting used to it?"]),
]


def neglect_docx(path: Path) -> None:
    closing = ("8. Training", [("Half-day training on the Neglect Toolkit runs every month. Book through the GSCP "
                                "business unit on 01632 960466.")])
    wv.guide_docx(path, "7-Minute Briefing: Neglect and the Greyholm Neglect Toolkit",
                  f"A 7-minute briefing from the {PARTNERSHIP}. Issued: 4 August 2026.",
                  [*NEGLECT, closing], bullets=("4.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 8, 4, 9, 0, 0))


NUDES = [
    ("1. The basics",
     [("Sharing nudes and semi-nudes means children and young people under 18 sending or posting naked or "
       "semi-naked images or videos of themselves or others. It is sometimes called sexting. Making, possessing or "
       "sharing a sexual image of anyone under 18 is against the law, even if the young person took it of "
       "themselves.")]),
    ("2. Why it matters",
     [("In the autumn term of 2025, Greyholm schools recorded 63 incidents of nude image sharing, and 1 in 4 involved "
       "a child under 13. The police in Greyholm also saw a rise in financially motivated sexual extortion, where a "
       "young person is tricked into sending an image and then asked for money. Most victims of this are boys aged "
       "14 to 17.")]),
    ("3. If an incident is reported to you",
     ["Do not view, copy, print, forward or save the image, and do not ask the young person to show it to you.",
      "If a device is handed to you, switch it off, keep it secure and give it to the designated safeguarding lead.",
      "Do not ask the young person to delete the image until the safeguarding lead has decided what happens next.",
      "Tell the designated safeguarding lead on the same day, and write down what you were told."]),
    ("4. What the safeguarding lead does",
     [("The designated safeguarding lead (DSL) holds an initial review meeting with relevant staff. A referral to "
       "CADS and the police is needed where an adult is involved, where there is coercion, blackmail or grooming, "
       "where the image shows acts unusual for the young person's age, where a child under 13 is involved, or where "
       "a young person is at immediate risk of harm.")]),
    ("5. Getting images taken down",
     [("Young people can use the Report Remove tool from Childline and the Internet Watch Foundation to have a nude "
       "image of themselves removed from the internet. For sextortion, advise the young person not to pay, to stop "
       "replying, and to keep the messages as evidence.")]),
    ("6. Advice and support",
     [("The Online Safety Adviser in the Education Safeguarding Team gives advice to schools and colleges on "
       "01632 960469, Monday to Friday, 9am to 4pm. If a child is at immediate risk, call 999.")]),
    ("7. Questions for reflection",
     ["Would every member of staff in my setting know not to look at the image?",
      "How do we talk to pupils about sextortion without frightening them?"]),
]


def nudes_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Sharing Nudes, Sextortion and Online Safety",
                  f"A tea-break guide for schools and colleges from the {PARTNERSHIP}. Issued: 2 March 2026.",
                  NUDES, bullets=("3.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 2, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review (LCSPR) about Child L, "
           "an 11-year-old boy with autism and a severe learning disability who does not use speech. In November "
           "2025 Child L was admitted to Greyholm General Hospital severely underweight, dehydrated and with "
           "untreated pressure sores. A rapid review was held within 15 working days, and the GSCP commissioned a "
           "full review. The lead reviewer was Imogen Strachan-Lowe, an independent nurse consultant.")),
    ("h", "Child L and his family"),
    ("p", ("Child L lived with his mother and his mother's partner in a village on the moor above Greyholm. He "
           "attended Highfell School, a special school, and was supported by the Children with Disabilities Team. He "
           "used a small number of signs and a picture board to communicate. He had overnight short breaks at a local "
           "respite unit once a month.")),
    ("h", "What happened"),
    ("p", ("Over the 9 months before his admission, Child L's weight dropped from 38kg to 29kg. His short breaks "
           "stopped in June 2025 after his mother said he found them upsetting, and nobody checked this with him. His "
           "attendance at Highfell School fell to 62 percent, and school staff were told he was unwell.")),
    ("p", ("Staff at Highfell School noticed marks on his wrists, which were explained as self-injury linked to his "
           "autism. The marks were recorded, but not reported to CADS. His social worker visited the home every month "
           "but always saw him with his mother present, and did not use his picture board.")),
    ("h", "Findings"),
    ("p", ("Finding 1: Child L's disability was allowed to explain everything. Weight loss, marks and withdrawal were "
           "put down to his autism instead of being questioned.")),
    ("p", ("Finding 2: His voice was not heard. No practitioner used his own way of communicating to ask him how he "
           "was, and his communication passport was not used outside school.")),
    ("p", ("Finding 3: Stopping his short breaks removed a safety net. No agency asked why the family had ended them, "
           "and the respite unit did not tell his social worker.")),
    ("p", ("Finding 4: Information was held in separate places. The school, the community paediatrician and the "
           "Children with Disabilities Team each knew something, but no one put it together.")),
    ("h", "Recommendations"),
    ("n", ("Disabled children who have a social worker should be seen alone, with communication support suited to "
           "them, at least once every 4 weeks.")),
    ("n", ("Every disabled child who does not use speech should have a communication passport that travels with them "
           "between home, school and short breaks.")),
    ("n", ("Short break providers should tell the child's social worker within 5 working days when a family stops "
           "using a service.")),
    ("n", "Weight should be measured and plotted at every health review for disabled children with feeding needs."),
    ("n", ("The GSCP should run multi-agency training on safeguarding disabled children, including the risk of "
           "overshadowing.")),
    ("h", "What has changed"),
    ("p", ("The Greyholm Communication Promise was launched in May 2026. It commits every agency to find out how a "
           "disabled child communicates before meeting them. The Children with Disabilities Team can be contacted on "
           "01632 960468. Since March 2026, 310 practitioners have attended the new course on working with disabled "
           "children.")),
    ("p", "Child L has recovered and now lives with his aunt, with regular short breaks."),
    ("h", "Questions for your team"),
    ("b", "How do we find out how a child who does not use speech tells us how they feel?"),
    ("b", "Do we ever explain an injury away because of a child's disability?"),
]

ANNUAL = [
    ("h", "Foreword from the Independent Scrutineer"),
    ("p", ("Greyholm's partners have worked well together this year, and the Children's Advice and Duty Service now "
           "makes most of its decisions within a day. The review of Child L was a painful reminder that disabled "
           "children can be overlooked, and I will be watching closely to see that its recommendations make a real "
           "difference. Dr Helena Marsden-Quigley, Independent Scrutineer.")),
    ("h", "How the partnership works"),
    ("p", ("The three safeguarding partners are Greyholm Council, NHS Pennine Vale Integrated Care Board and Greyholm "
           "and Ravensclough Police. In 2025-26 the Director of Children's Services at Greyholm Council was the Lead "
           "Safeguarding Partner. The GSCP Executive meets every 8 weeks, and the business unit is led by Rhys "
           "Holroyd-Penn, GSCP Business Manager.")),
    ("h", "Partner contributions 2025-26"),
    ("t", [["Partner", "Contribution", "Share"],
           ["Greyholm Council", "286,000 pounds", "55%"],
           ["NHS Pennine Vale ICB", "135,200 pounds", "26%"],
           ["Greyholm and Ravensclough Police", "78,000 pounds", "15%"],
           ["Greyholm Schools Forum", "20,800 pounds", "4%"],
           ["Total", "520,000 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to CADS", "9,812", "10,436"],
           ["Contacts that became referrals", "2,341", "2,507"],
           ["Re-referrals within 12 months", "21%", "18%"],
           ["Assessments completed within 40 working days", "76%", "83%"],
           ["Section 47 enquiries", "782", "815"],
           ["Children with a child protection plan at 31 March", "241", "229"],
           ["Family Conversations started", "1,655", "1,930"],
           ["Missing episodes reported", "1,104", "987"],
           ["Return home interviews accepted", "61%", "69%"],
           ["Operation Lantern notifications", "1,420", "1,611"],
           ["Children discussed at the MACE Panel", "58", "73"],
           ["FGM reports under the mandatory duty", "3", "5"],
           ["Private fostering arrangements known at 31 March", "9", "12"],
           ["Allegations referred to the LADO", "126", "149"],
           ["Practitioners trained on GSCP courses", "2,410", "2,885"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 48 percent of child protection plans, emotional abuse "
           "for 35 percent, physical abuse for 11 percent and sexual abuse for 6 percent. More families were helped "
           "earlier through a Family Conversation, which partly explains the fall in the number of plans.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The GSCP held 4 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Child L. The Pennine Vale Child Death Overview Panel, which Greyholm shares with Ravensclough, "
           "reviewed the deaths of 11 Greyholm children.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The GSCP's priorities for 2026-27 are: neglect, with a focus on dental neglect; disabled children and "
           "their voice; and children at risk outside the home. Each priority has a lead from one of the three "
           "partners, and progress is reported at every Executive meeting.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child L",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 16 June 2026.", BRIEFING,
                 "Greyholm SCP | Learning Briefing: Child L | June 2026",
                 f"{PARTNERSHIP} - greyholm-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "GSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. Covering April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Greyholm SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - greyholm-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Greyholm document into `out`; returns the paths written."""
    return wv.write_area(out, GREYHOLM, CHAPTERS, ("practitioner-news-summer-2026.html", newsletter_html()),
                         {"7-minute-briefing-neglect.docx": neglect_docx,
                          "tea-break-guide-sharing-nudes.docx": nudes_docx,
                          "learning-briefing-child-l.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Greyholm in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
