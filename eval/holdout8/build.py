"""Build the eighth held-out corpus (Copperdale), and assemble demo corpus + Copperdale for evaluation.

Run from the repository root:  python eval/holdout8/build.py

Copperdale is an eleventh fictional partnership: a port borough on the Quen estuary that grew up around copper
smelting, with working docks at Smeltside, a ferry terminal, a chemical works, the seaside resort of Gullhaven with its
holiday parks, and the estuary villages of Cockle Reach and Brinemouth. Its inland neighbour is the district of
Skelholt.
It was written without reading how the answer pipeline ranks or answers, without asking it anything and without
reading any other set's questions, so as of its creation it is the clean test. Its documents mix registers as real
partnership sites do: a contacts page, a continuum of need with a levels table, long formal chapters (passive voice,
"Note" boxes, footnotes, questions and answers, tables of stages and timescales) beside short plain pages, a
newsletter web page of dated items (a phone number and an email address that changed, a Word form replaced by an
online one, a panel moved to another day), two Word briefings and two PDFs (a practice review's learning briefing and
an annual report extract with two years of figures). The page template, Word guide and PDF writers come from
eval/holdout/build.py, as in the other held-out sets, so every set is built the same reproducible way (fixed zip
timestamps, reportlab invariant mode); only Copperdale's own words live here. Its phone numbers are all in
01632 960060-960089, each used for one purpose; every person named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "copperdale"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Copperdale Safeguarding Children Partnership"
SITE = "https://copperdale-scp.example.org"
ADDRESS = "Harbour House, 14 Quay Parade, Copperdale CD2 7QP"
COPPERDALE = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="2 September 2026", abbr="CSCP", address=ADDRESS,
                     menu=("Contacts and First Response", "Continuum of Need", "Child protection conferences",
                           "Education and children missing education", "Harm outside the home",
                           "Health, self-harm and disability", "Information sharing and escalation"),
                     updated_label="Last amended")


def note(text: str) -> str:
    """A shaded "Note" panel, as Copperdale's chapters use them."""
    return f'<div class="cscp-note" role="note"><p><strong>Note:</strong> {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """An HTML table in Copperdale's style."""
    return wv.html_table(caption, header, rows, "cscp-table", th_attrs=' scope="col"')


def footnotes(*notes: str) -> str:
    """The numbered sources at the foot of a formal chapter."""
    items = "\n".join(f'<li id="fn{i}">{n}</li>' for i, n in enumerate(notes, 1))
    return f'<section class="sources">\n<h2>Sources</h2>\n<ol>\n{items}\n</ol>\n</section>'


def ref(n: int) -> str:
    """A footnote marker."""
    return f'<sup class="fn"><a href="#fn{n}">[{n}]</a></sup>'


def faq(pairs: list[tuple[str, str]]) -> str:
    """Questions and answers, as a definition list."""
    items = "\n".join(f"<dt>{q}</dt>\n<dd>{a}</dd>" for q, a in pairs)
    return f'<dl class="cscp-faq">\n{items}\n</dl>'


# -- HTML procedure chapters --------------------------------------------------------------

CONTACTS = f"""
<p>This page brings together the numbers that practitioners in Copperdale use most often. It covers the whole
borough: the town and docks, Gullhaven and its holiday parks, and the estuary villages of Cockle Reach and Brinemouth.
Keep it open on your desk or print it for the staff room, but check it online every term, because numbers do
change.</p>
{note("if a child is in immediate danger, call the police on 999. None of the services below is an emergency "
      "service.")}

<h2>Children's social care and the police</h2>
{table("Main safeguarding contacts in Copperdale", ("Service", "Telephone", "Hours", "Email"), [
    ("First Response Hub (the front door to children's social care, including the MASH)", "01632 960060",
     "Monday to Friday, 8.30am to 5pm", "firstresponse@copperdale.example.org"),
    ("Practitioner Advice Line (professionals only)", "01632 960061",
     "Monday to Friday, 10am to 12 noon and 2pm to 4pm", "Telephone only"),
    ("Emergency Duty Service (EDS)", "01632 960062",
     "Weekdays 5pm to 8.30am, and all day at weekends and on bank holidays", "Telephone only"),
    ("Quen Coast Police Public Protection Unit (professionals only)", "01632 960063", "24 hours a day",
     "Telephone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960064", "Monday to Friday, 9am to 5pm",
     "lado@copperdale.example.org"),
    ("Child Protection Conference Service", "01632 960067", "Monday to Friday, 9am to 4.30pm",
     "cpconferences@copperdale.example.org"),
])}

<h2>Early help, education and specialist teams</h2>
{table("Other Copperdale services", ("Service", "Telephone", "Hours", "Email"), [
    ("Early Help Coordination Team", "01632 960065", "Monday to Friday, 9am to 5pm",
     "earlyhelp@copperdale.example.org"),
    ("Education Safeguarding Adviser (schools and colleges)", "01632 960080", "Term time, Monday to Friday, 8am to 4pm",
     "edsafeguarding@copperdale.example.org"),
    ("Children Missing Education Officer", "01632 960068", "Monday to Friday, 9am to 5pm",
     "cme@copperdale.example.org"),
    ("Compass Team (child exploitation)", "01632 960073", "Monday to Saturday, 9am to 9pm",
     "compass@copperdale.example.org"),
    ("Children with Disabilities Service", "01632 960075", "Monday to Friday, 9am to 5pm",
     "cwds@copperdale.example.org"),
    ("CSCP Business Unit (training, reviews, escalation)", "01632 960079", "Monday to Thursday, 9am to 4pm",
     "cscp@copperdale-scp.example.org"),
])}

<h2>Health</h2>
<p>The Designated Nurse for Safeguarding Children at NHS Quen Coast Integrated Care Board gives advice to GP
practices, dentists and pharmacies on 01632 960084. The Safeguarding Children Team at Copperdale General Hospital,
which includes the Named Doctor and the Named Nurse, can be reached on 01632 960078.</p>

<h2>The ferry terminal</h2>
<p>Copperdale Ferry Terminal has its own Port Safeguarding Officer, employed by the port authority and based in the
passenger building. Ring 01632 960088 if you have concerns about a child arriving or leaving by ferry, including a
child travelling without an adult or with an adult who does not seem to be their parent. The line is staffed whenever
ferries are sailing.</p>

<h2>Which number should I use?</h2>
{faq([
    ("I am worried about a child but I do not know if it is serious enough to refer.",
     "Ring the Practitioner Advice Line on 01632 960061 and talk it through with a senior social worker. Have your "
     "designated safeguarding lead with you if you can."),
    ("It is 6pm on a Friday and a child has just told me she is scared to go home.",
     "Ring the Emergency Duty Service on 01632 960062. If she is in immediate danger, call 999 first."),
    ("The child lives in Skelholt but goes to school in Copperdale.",
     "Refer to the children's services of the area where the child lives. First Response can give you the right "
     "number and will take the referral if the child is at immediate risk."),
    ("I am a parent. Can I contact First Response myself?",
     "Yes. Parents, carers and young people can phone First Response on 01632 960060 during opening hours."),
])}
"""

CONTINUUM = f"""
<h2>1. Introduction</h2>
<p>The Copperdale Continuum of Need is the shared threshold guidance of the {PARTNERSHIP} (CSCP). It helps
practitioners decide what kind of help a child and family need, and who should give it. The levels are a guide to
professional judgement: they are not a checklist or a scoring system, and a child can move up and down the continuum
as their circumstances change.{ref(1)}</p>
<p>Before making any request for support, practitioners are expected to talk to the family, to check what help is
already in place and to discuss the concern with their own designated safeguarding lead or safeguarding
supervisor.</p>

<h2>2. The four levels</h2>
{table("The Copperdale Continuum of Need", ("Level", "What it means", "Examples", "Who leads and what to do"), [
    ("Level 1: Universal", "The child's needs are met by their family and by services open to everyone.",
     "Child is healthy, attends school regularly and has a trusted adult.",
     "Universal services: schools, GPs, health visitors, youth clubs. No request for support."),
    ("Level 2: Additional needs", "Needs that one agency can meet, perhaps with advice from another.",
     "School attendance between 85 and 92 percent; a parent who is isolated after a house move; mild anxiety.",
     "The agency that knows the family best, using an Early Help Conversation. Review after 8 weeks."),
    ("Level 3: Multiple needs", "Several needs that need a coordinated plan from more than one agency.",
     "Attendance below 85 percent; a parent whose drinking affects routines; a young person going missing for "
     "short periods.",
     "A lead practitioner and a Team Around the Family, using an Early Help Assessment (EHA). The Early Help "
     "Coordination Team can advise."),
    ("Level 4: Acute needs", "The child is in need of protection, or needs a statutory assessment as a child in "
     "need.", "Disclosure of abuse; any bruise on a baby who is not yet crawling; a child being exploited; a "
     "homeless 16 year old.",
     "Request for support to the First Response Hub on 01632 960060: phone first if the child may be at risk of "
     "significant harm."),
])}

<h2>3. Early help at Levels 2 and 3</h2>
<p>At Level 2 the agency that knows the family best holds an Early Help Conversation with the parents and, where
old enough, the child, and records what has been agreed. The plan is reviewed after 8 weeks.</p>
<p>At Level 3 an Early Help Assessment (EHA) is completed with the family's agreement, using the Word EHA form, and
sent to the Early Help Coordination Team at earlyhelp@copperdale.example.org. The EHA should be finished within 30
working days of being started. A lead practitioner is named, and the Team Around the Family (TAF) meets at least every
6 weeks to review the plan. Early help is voluntary: if a family will not take part and the concerns are growing,
practitioners should consider whether the child has moved to Level 4.</p>
<p>The Early Help Coordination Team can be reached on 01632 960065. It offers advice to lead practitioners, keeps a
record of every EHA in the borough and runs a monthly drop-in for new lead practitioners at Smeltside Family Hub.</p>

<h2>4. Making a request for support at Level 4</h2>
<p>Requests for support to children's social care are made on the Copperdale Multi-Agency Request for Support (MARS)
form and sent by secure email to firstresponse@copperdale.example.org. Where a child may be at risk of significant
harm, the practitioner must phone the First Response Hub first, and send the written MARS form by the end of the next
working day.</p>
<p>A good MARS form says what the practitioner has seen or heard, what the child has said in their own words, what
has already been tried, and what the practitioner thinks will happen to the child if nothing changes. It gives the
names and dates of birth of every child and adult in the household, including any partner who stays over.</p>
{note("professionals may not make anonymous referrals. Members of the public may ask for their name to be kept "
      "from the family.")}

<h2>5. What First Response does</h2>
<p>Every contact received by the First Response Hub is screened by a qualified social worker. Where a child may be at
immediate risk, a decision is made within 2 hours. All other contacts are decided within 1 working day, in line with
Working Together to Safeguard Children 2023.{ref(2)}</p>
<p>The referrer is told the outcome within 3 working days. If a referrer has heard nothing after that, they should
phone First Response and ask for the duty practice manager.</p>
<p>Child and family assessments in Copperdale are to be completed within 35 working days of the referral. This is a
local standard, set by the CSCP Leadership Group, which is shorter than the national maximum of 45 working days.</p>
<p>Where a child has been the subject of 3 or more contacts in 6 months, a practice manager completes a Pattern Review
of the child's history before the latest contact is decided.</p>

<h2>6. Consent</h2>
<p>At Levels 2 and 3 the family's consent is needed before information is shared or an EHA is started. At Level 4,
parents should normally be told about a request for support, but their consent is not required where a child may be
at risk of significant harm. Parents are not told where that would put a child at greater risk or get in the way of a
police investigation; the reasons should be written on the MARS form.</p>

<h2>7. Stepping up and stepping down</h2>
<p>When an early help plan is not working, the lead practitioner discusses the case with the Early Help Coordination
Team and, if needed, makes a MARS request to First Response, attaching the EHA. When social care closes a case that
still needs support, the social worker holds a step-down meeting with the new lead practitioner within 10 working days
of the decision, so that nothing is lost in the handover.</p>

<h2>8. Homeless 16 and 17 year olds</h2>
<p>A young person aged 16 or 17 who is homeless, or is about to be, is at Level 4 and should be referred to First
Response. Children's social care and Copperdale Housing Solutions complete a joint assessment within 10 working days,
and somewhere safe to stay is arranged on the same day if the young person has nowhere to go. Bed and breakfast
accommodation is never used for 16 and 17 year olds in Copperdale.</p>
{footnotes("The Continuum of Need was agreed by the CSCP Leadership Group in December 2025 and is reviewed every 2 "
           "years.",
           "Working Together to Safeguard Children 2023, chapter 3.")}
"""

CONFERENCES = f"""
<h2>1. Purpose of this chapter</h2>
<p>This chapter sets out how child protection conferences, child protection plans and core groups are managed in
Copperdale. It should be read alongside Working Together to Safeguard Children 2023, which sets the national
timescales, and the CSCP chapter on professional curiosity and resolving disagreements.{ref(1)}</p>

<h2>2. The Child Protection Conference Service</h2>
<p>Conferences are arranged and chaired by the Child Protection Conference Service (CPCS), which is part of Copperdale
Borough Council's Safeguarding and Review Unit. Every conference is chaired by an Independent Child Protection Chair
(ICPC Chair) who has no line management responsibility for the case.</p>
<p>The CPCS can be contacted on 01632 960067 or at cpconferences@copperdale.example.org, Monday to Friday, 9am to
4.30pm.</p>

<h2>3. The initial child protection conference</h2>
<p>An initial child protection conference (ICPC) is to be held within 15 working days of the strategy discussion at
which the section 47 enquiry was started. The social work team manager requests the conference by sending the
Conference Request form to the CPCS on the same day that the decision to hold a conference is made.</p>
<p>The conference decides whether the child is at continuing risk of significant harm. If so, the child becomes the
subject of a child protection plan under one of four categories: neglect, physical abuse, emotional abuse or sexual
abuse. The chair also names the key social worker and the members of the core group.</p>
<p>A conference is quorate when children's social care and at least two other agencies that have had direct contact
with the child or family are present. If it is not quorate, the chair decides whether to go ahead or to
re-arrange the conference within 5 working days.</p>

<h2>4. Reports for conference</h2>
<p>Every agency invited is expected to send a written report on the CSCP Conference Report template. Reports go to the
CPCS at least 3 working days before the conference, and the author is to share their report with the parents at least
2 working days before it. GPs who cannot attend are still expected to send a report.</p>
<p>Copperdale conferences use the Signs of Safety format. Reports and discussion are organised around three questions:
what are we worried about, what is working well, and what needs to happen. At the end of the conference each
participant gives a safety scale score from 0 to 10, where 10 means everyone is confident the child is safe enough for
the case to close.</p>

<h2>5. Children and parents at conference</h2>
<p>Parents are invited to every conference and may bring a friend, a supporter or a solicitor, although a solicitor
may not speak on their behalf. The chair meets the parents for 15 minutes before the conference starts to explain what
will happen. Where an interpreter is needed, the CPCS must be told at least 5 working days before the conference so one
can be booked.</p>
<p>Children aged 12 or over are invited to attend all or part of their conference, and every child of that age is
offered an independent advocate from the Copperdale Children's Rights Service. Younger children's wishes and feelings
are shared through their social worker or advocate, or through drawings and messages they choose to send.</p>

<h2>6. Core groups</h2>
<p>The core group is the group of practitioners and family members who put the child protection plan into action. The
first core group meeting must be held within 10 working days of the initial conference. It turns the outline plan
agreed at conference into a detailed plan with names and dates.</p>
<p>After that, the core group meets at least every 6 weeks. The social worker circulates a record of each core group
meeting within 5 working days. Where a member of the core group cannot attend, they must send an update to the social
worker before the meeting.</p>

<h2>7. Visits to children with a plan</h2>
<p>The social worker visits every child with a child protection plan at least every 10 working days, and sees the
child alone on at least every other visit. Where a child is not seen as planned, the social worker tells their team
manager on the same day.</p>

<h2>8. Review conferences</h2>
<p>The first review child protection conference (RCPC) is held within 3 months of the initial conference. Later
reviews are held at intervals of no more than 6 months for as long as the child has a plan.</p>
<p>A plan usually ends at a review conference when the child is no longer at continuing risk of significant harm. The
child then continues to receive support as a child in need for at least 3 months, with a child in need review after
the first 6 weeks.</p>

<h2>9. Children moving in or out of Copperdale</h2>
<p>When a child with a child protection plan moves to Copperdale from another area, such as Skelholt, a transfer-in
conference is held within 15 working days of the CPCS being told of the move. Until then, the other area's plan
stays in place and Copperdale provides the visits.</p>

<h2>10. Records and challenges</h2>
<p>The chair sends out a summary of decisions and the outline plan within 1 working day of the conference. Full
minutes are circulated within 15 working days. Parents who disagree with a conference decision may complain in
writing to the Conference Service Manager within 10 working days of the conference; practitioners should follow the
CSCP escalation policy.</p>
{note("the Child Protection Conference Service changed its telephone number and email address in August 2026. "
      "Please make sure you are using the details shown in section 2.")}
{footnotes("Working Together to Safeguard Children 2023, chapter 4.")}
"""

CME = f"""
<h2>1. Who this chapter is for</h2>
<p>This chapter is for schools, academies, colleges, early years settings and anyone else who works with
school-age children in Copperdale. It covers children missing education (CME), elective home education (EHE) and
part-time timetables. Children who are not in school are less visible to the professionals who would notice that
something is wrong, which is why these duties are part of safeguarding.</p>

<h2>2. What counts as missing education</h2>
<p>A child is missing education if they are of compulsory school age, are not registered at a school and are not
receiving a suitable education somewhere else. In Copperdale this often involves families who move in and out of the
borough for seasonal work at the Gullhaven holiday parks, families who leave through the ferry terminal without
telling the school, and children who arrive in the borough without a school place.</p>

<h2>3. When a school must act</h2>
<p>If a pupil is absent without explanation, the school should try to contact the family on the first day. If there
is still no contact after 3 school days, the school should make a home visit or ask the Education Welfare Service to do
so. Where a pupil has been absent without authorisation for 10 school days in a row and the school has not been able to
find out where they are, the school must refer the child to the Children Missing Education Officer.</p>
{note("do not wait for 10 school days if you have safeguarding concerns. Contact the First Response Hub on "
      "01632 960060 straight away.")}
<p>The Children Missing Education Officer is based in the Education Access Team and can be reached on 01632 960068 or
at cme@copperdale.example.org. Referrals are made on the CME Referral form, which asks for the school's attempts to
contact the family and any information about where the family may have gone.</p>

<h2>4. What the CME Officer does</h2>
<p>The CME Officer checks records held by the council, health services, housing and the police, and with schools in
neighbouring areas including Skelholt. A child who cannot be traced within 20 school days is discussed with the
First Response Hub, and the police are asked to carry out a safe and well check if there is any concern about the
child's welfare.</p>

<h2>5. Removing a pupil from the admission register</h2>
<p>Schools must tell the local authority when they remove a pupil's name from the admission register for any reason
other than a normal move at the end of a phase. In Copperdale this notification is to be sent to the Education Access
Team on the same day that the name is removed, using the Deletion from Roll form.</p>

<h2>6. Elective home education</h2>
<p>Parents have the right to educate their children at home. A school must not encourage or pressure a family to
home educate, for example to avoid exclusion or to improve attendance figures. When a parent tells a school in writing
that they are withdrawing their child to home educate, the school must tell the Elective Home Education Team by the
end of the next school day.</p>
<p>The Elective Home Education Team can be contacted on 01632 960069 or at ehe@copperdale.example.org. An EHE adviser
contacts the family within 15 school days and offers a home visit. After that, the team makes contact with every
home-educated family at least once every 12 months.</p>
<p>A child who attends a special school under arrangements made by the local authority cannot be removed from the
school roll for home education without the local authority's consent.</p>

<h2>7. Home education and safeguarding</h2>
<p>Where a child who is to be home educated has a social worker, or is known to be at risk, the school must also tell
the social worker on the same day. The EHE Team holds a Home Education Safeguarding Meeting within 10 school days
with the family, the social worker and the school to agree how the child will be seen and how their education will be
checked.</p>
<p>If it appears that a home-educated child is not receiving a suitable education, the council may serve a notice
asking the parents to show within 15 days that suitable education is being provided. If they cannot, a School
Attendance Order may follow.</p>

<h2>8. Part-time timetables</h2>
<p>A part-time timetable may be used only in exceptional circumstances, for example to help a pupil return after a
long illness, and only with the parent's agreement. Every part-time timetable must be notified to the Education Access
Team within 2 school days of starting, must be reviewed at least every 6 weeks, and should not normally last longer
than 12 weeks in total.</p>
"""

HSB = """
<h2>1. About this chapter</h2>
<p>This chapter helps practitioners respond when a child or young person displays sexual behaviour that may be
harmful to themselves or to others. Harmful sexual behaviour (HSB) is developmentally inappropriate sexual behaviour
displayed by children under 18 which may be harmful or abusive. It can happen face to face or online, and it can
involve a child of the same age, an older child or a younger one.</p>
<p>Practitioners are asked to talk about "a child who has displayed harmful sexual behaviour" rather than a
perpetrator or an abuser. Most children who display HSB do not go on to harm others as adults, especially when they
get the right help early.</p>

<h2>2. Is this behaviour harmful?</h2>
<p>Sexual behaviour in children sits on a continuum, from behaviour that is normal for the child's age and development,
through inappropriate and problematic behaviour, to behaviour that is abusive or violent. The Brook Sexual Behaviours
Traffic Light Tool is used in Copperdale schools and early years settings to help staff decide where a behaviour
sits: green behaviours are part of healthy development, amber behaviours need attention and a conversation, and red
behaviours need a safeguarding response.</p>
<p>The following suggest that behaviour is harmful: force, threats or bribes; secrecy; an age difference of 3 years or
more, or a clear difference in size, power or understanding between the children; behaviour that is compulsive or
that continues after the child has been asked to stop; and sexual knowledge well beyond the child's age.</p>

<h2>3. The first response</h2>
<p>Staff who see or are told about HSB must tell the designated safeguarding lead (DSL) on the same day. The DSL
decides whether to request support from the First Response Hub on 01632 960060, and must do so for any red behaviour.
The needs of both children, the child who was harmed and the child who displayed the behaviour, are to be considered,
and each child should have their own request for support.</p>
<p>Any incident that may be a crime, such as rape or sexual assault, must also be reported to the police. The age of
criminal responsibility in England is 10, so sexual behaviour by children under 10 is responded to as a welfare
matter and not investigated as a crime.</p>

<h2>4. Safety and Support Plans in schools</h2>
<p>Where both children attend the same school or college, the DSL completes a Copperdale Safety and Support Plan within
2 school days of the incident being reported. The plan sets out how the children will be kept apart where needed,
including on school transport, at break times and in shared lessons, and who each child can go to for support.</p>
<p>The plan is reviewed at least every half term, and sooner if anything changes. It is not a punishment: the child
who has displayed HSB should still be able to learn, and decisions about exclusion are made separately under the
school's behaviour policy.</p>

<h2>5. The Harbour Project</h2>
<p>The Harbour Project is Copperdale's specialist assessment and intervention service for children who display
harmful sexual behaviour. It works with children aged 5 to 17 and their families, and offers advice to practitioners.
The service uses the AIM3 assessment model.</p>
<p>Referrals are made by a social worker or, with the agreement of the First Response Hub, by a DSL. The Harbour Project
can be contacted on 01632 960070 or at harbour@copperdale.example.org. Assessments start within 20 working days of a
referral being accepted, and the practitioner who referred is offered a consultation within 5 working days.</p>

<h2>6. The HSB Panel</h2>
<p>The Copperdale HSB Panel is a multi-agency meeting that oversees children who display HSB and are on the Harbour
Project's waiting list or whose behaviour is escalating. It meets on the first Wednesday of every month and is
chaired by the Head of Service for Children in Need. Referrals to the panel are made through the Harbour Project.</p>

<h2>7. Online behaviour</h2>
<p>Harmful sexual behaviour online includes sending sexual images to other children without their consent,
pressuring another child to share images, and sharing images of a child without their agreement. The same response
applies as for behaviour face to face. Staff should never view, copy or forward an image, and should secure any device
and pass it to the DSL.</p>
"""

SELF_HARM = """
<h2>1. About self-harm and suicidal thoughts</h2>
<p>Self-harm is any act of self-poisoning or self-injury carried out by a person, whatever their reason. It includes
cutting, burning, hitting, overdosing and swallowing objects. For many young people self-harm is a way of coping with
overwhelming feelings, but it is a strong warning sign for suicide, so every act of self-harm must be taken seriously
and never dismissed as attention seeking.</p>
<p>Asking a young person directly whether they are thinking about suicide does not put the idea into their head. It
gives them permission to talk. Use plain words, such as "are you thinking about killing yourself?"</p>

<h2>2. When it is an emergency</h2>
<p>Call 999 if a young person has a serious injury, has lost consciousness or is in immediate danger. A young person who
has taken an overdose of any amount must be taken to the Emergency Department at Copperdale General Hospital the same
day, even if they say they feel well, because the effects of some medicines are delayed.</p>
<p>Young people under 16 who attend the Emergency Department after self-harm are normally admitted to Puffin Ward, the
children's ward, and are assessed by CAMHS the next day. Young people aged 16 and 17 are assessed in the Emergency
Department by the CAMHS Crisis and Home Treatment Team.</p>

<h2>3. Getting mental health help</h2>
<p>Routine referrals to child and adolescent mental health services go to the CAMHS Single Point of Access (SPA) on
01632 960071 or camhs.spa@copperdale.example.org, Monday to Friday, 9am to 5pm. Anyone working with a young person, and
young people and parents themselves, can refer. Referrals are triaged within 3 working days, and urgent referrals
within 24 hours.</p>
<p>The CAMHS Crisis and Home Treatment Team is available 24 hours a day, every day of the year, on 01632 960072. It
supports young people up to their 18th birthday who are in a mental health crisis and cannot wait for an
appointment.</p>

<h2>4. My Safety Plan</h2>
<p>When a pupil discloses self-harm or suicidal thoughts, the school's DSL or mental health lead completes My Safety
Plan with the pupil within 1 school day. The plan records the pupil's warning signs, what helps them to cope, people
and places that help them feel safe, and who to contact at night and at weekends. It is reviewed at least every 4
weeks, and after any further incident.</p>

<h2>5. Telling parents</h2>
<p>Parents or carers should usually be told when a young person self-harms, and the young person should be told that
this will happen. Parents are not told where there is reason to think this would put the young person at risk, for
example where harm at home is suspected; in that case, contact the First Response Hub on 01632 960060. A young person
who is competent to make their own decisions may ask for information to be kept private, but safety comes first where
there is a risk to life.</p>

<h2>6. When self-harm is a safeguarding concern</h2>
<p>Self-harm needs a request for support to First Response, as well as a health response, where it may be linked to
abuse, neglect or exploitation, where a parent is unable or unwilling to keep the young person safe, or where a child
under 12 self-harms.</p>

<h2>7. After a suspected suicide</h2>
<p>The death of a young person by suicide affects a whole community and raises the risk for other young people who
knew them. When a school or college learns of a suspected suicide of a pupil, or of a pupil's close family member, it
should contact the Education Safeguarding Adviser on 01632 960080 on the same day for support with its response.</p>
<p>Shoreline, the Copperdale suicide bereavement service, supports anyone of any age who has been bereaved or affected
by suicide. It can be contacted on 01632 960087 and will make contact within 72 hours of a referral.</p>
<p>The CSCP and the Copperdale Suicide Prevention Partnership review every suspected suicide of a young person under
25, to find out whether anything could have been done differently.</p>
"""

EXPLOITATION = f"""
<h2>1. Introduction</h2>
<p>This chapter covers child sexual exploitation (CSE), child criminal exploitation (CCE) and county lines. Children
of any age, gender and background can be exploited. A child cannot consent to their own exploitation, even if they
seem to be going along with it, or are paid or rewarded for it.{ref(1)}</p>
<p>Practitioners should avoid language that blames the child, such as "putting themselves at risk", "choosing this
lifestyle" or "promiscuous". Describe what is happening to the child and who is harming them.</p>

<h2>2. What exploitation looks like in Copperdale</h2>
<p>Exploitation in Copperdale is linked to the railway line and the coastal road to the city, to the ferry terminal,
and to places where young people gather, such as the amusement arcades on Gullhaven seafront, the retail park at
Smeltside and the holiday parks in summer. County lines groups from outside the borough, including groups operating
out of Skelholt, use local children to carry and sell drugs and to hold cash, and take over the homes of vulnerable
adults (cuckooing).</p>
<p>Signs include going missing, unexplained money, new phones or clothes, older "friends", travelling to places the
child has no reason to go, injuries the child will not explain, and a sudden change in behaviour or school
attendance.</p>

<h2>3. What to do</h2>
<p>If a child is in immediate danger, call 999. Otherwise, complete the Copperdale Child Exploitation Indicator Tool
(CEIT) and send it with a MARS request for support to the First Response Hub. Where the CEIT suggests the child is at
significant risk, phone First Response on 01632 960060 before sending the form.</p>
<p>Where a child is thought to be at significant risk of exploitation, a strategy discussion is held within 2 working
days, or on the same day if the child is in immediate danger. The strategy discussion includes the Compass Team, the
police and the child's school.</p>

<h2>4. The Compass Team</h2>
<p>The Compass Team is Copperdale's specialist child exploitation team. It brings together social workers, youth
workers, a police officer and a sexual health nurse. It works with young people aged 10 to 18, and with care leavers up
to the age of 25. The team can be contacted on 01632 960073 or at compass@copperdale.example.org, Monday to Saturday
from 9am to 9pm, and its youth workers do outreach on the seafront on Friday and Saturday evenings.</p>

<h2>5. The MACE Panel</h2>
<p>The Multi-Agency Child Exploitation (MACE) Panel looks at children at the highest risk of exploitation, and at the
places and people that pose a risk to them. It meets every 2 weeks, on Tuesday afternoons at Copperdale Civic Centre,
and is chaired by the Detective Inspector for the Public Protection Unit. Children are referred to the panel by their
social worker after a strategy discussion.</p>

<h2>6. Operation Breakwater</h2>
<p>Operation Breakwater is the Quen Coast Police operation against county lines at Copperdale railway station and the
ferry terminal. When officers find a child travelling alone in circumstances that suggest exploitation, they complete a
Breakwater notification, which is sent to the First Response Hub within 24 hours.</p>

<h2>7. Trafficking and the National Referral Mechanism</h2>
<p>Children who have been moved for the purpose of exploitation, including within the UK, may be victims of
trafficking. Where a strategy discussion agrees that a child may have been trafficked, the child's social worker makes
a referral to the National Referral Mechanism (NRM) within 5 working days. A child does not need to consent to an NRM
referral.</p>
<p>Concerns about a child arriving or leaving by ferry can be discussed with the Port Safeguarding Officer at
Copperdale Ferry Terminal on 01632 960088.</p>

<h2>8. Missing children and return home interviews</h2>
<p>Going missing is one of the strongest signs of exploitation. Every child who returns from a missing episode is
offered a return home interview by Lighthouse, an independent young people's service commissioned by the council.
Return home interviews are to be offered within 72 hours of the child's return. Lighthouse can be contacted on
01632 960074 or at returns@copperdale.example.org.</p>
<p>Where a child goes missing 3 or more times in 90 days, the social worker, or the Early Help lead practitioner if
there is no social worker, arranges a missing and exploitation strategy meeting.</p>

<h2>9. Drugs and alcohol</h2>
<p>Anchor, the young people's drug and alcohol service, works with anyone under 19 in Copperdale and can be reached on
01632 960081. Young people can refer themselves. Children who are exploited into selling drugs are often using them
too, and Anchor works alongside the Compass Team.</p>
{footnotes("The definitions follow Working Together to Safeguard Children 2023.")}
"""

DISABLED = """
<h2>1. Why this chapter matters</h2>
<p>Disabled children are more likely to be abused than children who are not disabled, and they are less likely to be
protected. The reasons include assumptions that signs of abuse are part of the child's condition, difficulties in
communication, dependence on several carers for intimate care, and isolation from other people who might notice
something is wrong. This is sometimes called diagnostic overshadowing.</p>
<p>The same safeguarding procedures apply to disabled children as to all children. A disabled child's needs must
never be a reason to lower the threshold for what is acceptable care.</p>

<h2>2. The Children with Disabilities Service</h2>
<p>The Children with Disabilities Service (CWDS) is the social work service for disabled children in Copperdale. It
works with children from birth up to their 18th birthday who have a substantial and permanent disability. It can be
contacted on 01632 960075 or at cwds@copperdale.example.org. Concerns that a disabled child is suffering significant
harm are still referred to the First Response Hub, which will involve the CWDS.</p>
<p>Planning for adulthood starts at 14, in Year 9, when the CWDS and the Preparing for Adulthood Team begin to plan the
young person's move to adult services.</p>

<h2>3. Hearing the child</h2>
<p>Every disabled child known to the CWDS should have an All About Me profile, which explains how the child
communicates, what upsets them, what calms them and how they show pain or distress. Practitioners must read the
profile before meeting the child.</p>
<p>Disabled children with a social worker are to be seen alone, with the communication support they need, at every
statutory visit. Where a child does not use speech, the social worker should use the child's own way of communicating,
such as signs, symbols or a communication aid, and should involve someone who knows the child well but is not a
suspected abuser. The police can request a registered intermediary to help with a video-recorded interview.</p>

<h2>4. Injuries to disabled children</h2>
<p>Any injury to a disabled child who cannot move independently, and any unexplained bruise or mark on a disabled
child, must be recorded on a body map and discussed with the DSL or a safeguarding lead the same day. Do not accept
that an injury is self-inflicted or caused by equipment without asking how it happened and checking whether the
explanation fits.</p>
<p>An injury to a disabled child who is not independently mobile is treated in the same way as an injury to a
non-mobile baby: a request for support is made to First Response on the same day, and a child protection medical is
considered.</p>

<h2>5. Restraint and restrictive practice</h2>
<p>In schools, short break settings and residential homes, any physical intervention or restraint must be recorded and
parents told on the same day. A setting that uses restraint on a child more than 3 times in a month must review the
child's behaviour support plan. Concerns that a member of staff has used restraint unsafely are referred to the LADO
on 01632 960064.</p>

<h2>6. Short breaks</h2>
<p>Short breaks give disabled children time away from their families and give parents a rest. They also mean that
other adults see the child regularly. The Short Breaks Team can be contacted on 01632 960076. Short break providers
must tell the child's social worker if a child misses 2 planned short breaks in a row, or if a family ends a short
break arrangement.</p>

<h2>7. Perplexing presentations and fabricated or induced illness</h2>
<p>Where a child's reported symptoms do not fit with what practitioners see, or a parent seeks repeated medical
investigations, practitioners should discuss the concern with the Named Doctor for Safeguarding Children at Copperdale
General Hospital on 01632 960078 before any referral is made, unless the child is at immediate risk.</p>
"""

PRE_BIRTH = f"""
<h2>1. Why plan before birth?</h2>
<p>Babies are the most vulnerable of all children: they cannot move away from harm or tell anyone what is happening.
Pre-birth assessment gives parents the best chance to show they can care safely for their baby, and gives agencies time
to put help in place before the birth rather than in a crisis afterwards. Working Together to Safeguard Children 2023
expects agencies to consider the needs of unborn babies as well as of children.</p>

<h2>2. When to refer</h2>
<p>Practitioners should make a request for support to the First Response Hub as soon as a concern about an unborn baby
is identified. Referrals should be made before 14 weeks of pregnancy where possible, and no later than 20 weeks. A
referral is always needed when:</p>
<ul>
<li>a parent has had a previous child removed from their care, or a previous child has been on a child protection
plan;</li>
<li>the expectant mother is under 16;</li>
<li>there is domestic abuse, or a parent or partner is known to pose a risk to children;</li>
<li>a parent's drug or alcohol use, mental illness or learning disability may affect their ability to care for a
baby;</li>
<li>the pregnancy has been concealed or denied.</li>
</ul>
<p>Where a pregnancy is booked late, after 20 weeks, the midwife tells the Vulnerable Pregnancies Team within 1 working
day so that any concerns can be assessed quickly.</p>

<h2>3. The Vulnerable Pregnancies Team</h2>
<p>The Vulnerable Pregnancies Team is a team of specialist safeguarding midwives at Copperdale General Hospital. It
supports community midwives and attends strategy discussions and conferences about unborn babies. The team can be
contacted on 01632 960077 or at vulnerablepregnancy@copperdale.example.org.</p>

<h2>4. The pre-birth assessment</h2>
<p>A pre-birth assessment is carried out by a social worker. It should start by 20 weeks of pregnancy and be completed
by 30 weeks. The assessment includes both parents, and any partner or other adult who will be living with the baby or
caring for them. Checks are made on every adult in the household with the police and with children's services in any
area where they have lived, including Skelholt.</p>
{table("Pre-birth timeline in Copperdale", ("Stage of pregnancy", "What should happen"), [
    ("Before 14 weeks (no later than 20 weeks)", "Request for support to the First Response Hub."),
    ("By 20 weeks", "Pre-birth assessment starts."),
    ("By 28 weeks", "Antenatal contact by the health visitor. Legal planning meeting if care proceedings may be "
     "needed."),
    ("By 30 weeks", "Pre-birth assessment completed."),
    ("By 32 weeks", "Initial child protection conference, if the assessment recommends one."),
    ("By 36 weeks", "Birth and Discharge Planning Meeting; Birth and Discharge Plan shared with the maternity unit."),
])}

<h2>5. Pre-birth child protection conferences</h2>
<p>Where there is a risk of significant harm to the baby after birth, an initial child protection conference is held
by 32 weeks of pregnancy. The unborn baby may become the subject of a child protection plan, which continues after the
birth. A review conference is held within 10 working days of the baby's birth.</p>

<h2>6. Birth and Discharge Plans</h2>
<p>Every unborn baby with a child protection plan, or where care proceedings are being considered, must have a Birth
and Discharge Plan agreed at a meeting by 36 weeks of pregnancy. The plan says who may visit the mother and baby on the
ward, whether contact must be supervised, and who must be told when labour starts. A baby with a plan is not to be
discharged from hospital until the social worker has confirmed that the discharge arrangements are in place.</p>
{note("if the mother goes into labour outside office hours, the maternity unit informs the Emergency Duty Service "
      "on 01632 960062.")}

<h2>7. Fathers and partners</h2>
<p>Fathers and male partners must be included in the assessment, whether or not they live with the mother. Midwives and
health visitors should ask at every contact who else lives in the home or stays over, and record the answer. See also
the CSCP 7-minute briefing on unseen men.</p>
"""

INFO_SHARING = f"""
<h2>1. Sharing information to keep children safe</h2>
<p>Sharing the right information, at the right time, with the right people is essential to keeping children safe.
Reviews in Copperdale and nationally have shown that children have been harmed because practitioners each held a piece
of the picture and no one put it together. Working Together to Safeguard Children 2023 is clear that practitioners
should share information when it is needed to protect a child, and that data protection law is not a barrier to doing
so.{ref(1)}</p>

<h2>2. The CSCP Information Sharing Agreement</h2>
<p>All partner agencies in Copperdale have signed the CSCP Information Sharing Agreement, which sets out what
information is shared, how, and on what legal basis. The agreement is reviewed every 2 years by the CSCP Leadership
Group; the current version was signed in January 2026.</p>
<p>When the First Response Hub asks a partner agency for information about a child, the agency must reply within 2 hours
for an urgent request, and within 2 working days for a routine one.</p>

<h2>3. Consent</h2>
<p>Consent is not the only lawful basis for sharing information, and in most safeguarding work it is not the right
one. You do not need consent to share information where a child may be at risk of significant harm, and you should not
ask for consent if asking would put a child at greater risk, or could lead to evidence being lost or a crime not being
investigated.</p>
<p>Where you do seek consent, for example for an Early Help Assessment, it must be informed: the family must understand
what will be shared, with whom and why. There is no fixed age at which a child can consent to sharing their own
information. It depends on the child's understanding, and young people aged 16 and 17 are presumed to be able to make
their own decisions.</p>

<h2>4. Recording your decision</h2>
<p>Record every decision to share, or not to share, information: what you shared, with whom, when and why. The CSCP
Information Sharing Decision Record can be used for this. If you decide not to share, write down your reasons.</p>

<h2>5. Child protection files in schools</h2>
<p>When a pupil moves school, the DSL must send the child protection file to the new school separately from the main
pupil file. It should be sent within 5 school days of an in-year move, or within the first 5 school days of a new term,
and the DSL should ask the new school to confirm that it has arrived.</p>

<h2>6. Myths about information sharing</h2>
{faq([
    ("Data protection law stops me sharing information without consent.",
     "No. The law allows information to be shared without consent when it is needed to safeguard a child."),
    ("I need to be sure a child is being abused before I share anything.",
     "No. Share when you are worried. The First Response Hub will put the information together with what other "
     "agencies know."),
    ("Sharing with the police needs a court order.",
     "No. Information can be shared with the police where it is needed to protect a child or to prevent or detect a "
     "crime."),
])}

<h2>7. Getting advice</h2>
<p>If you are unsure whether you can share information, talk to your DSL or safeguarding lead. Council staff can also
get advice from the Copperdale Borough Council Information Governance Team on 01632 960086 or at
infogov@copperdale.example.org. Uncertainty should never delay a referral when a child may be at risk of significant
harm.</p>
{footnotes("Working Together to Safeguard Children 2023, chapter 2, and the national advice on information sharing "
           "for practitioners.")}
"""

CURIOSITY = f"""
<h2>1. Professional curiosity</h2>
<p>Professional curiosity means exploring and understanding what is happening in a family, rather than taking what we
are told at face value. Almost every safeguarding practice review in Copperdale has found a moment when a practitioner
could have asked one more question.</p>
<p>Being professionally curious means:</p>
<ul>
<li>seeing the child, and where they sleep, not just hearing about them;</li>
<li>asking who else lives in the home or visits it;</li>
<li>checking what you are told with other agencies;</li>
<li>noticing when a family seems to agree to everything but nothing changes (disguised compliance);</li>
<li>looking at the whole history, not just the latest incident, so that each new worker does not start again from
nothing.</li>
</ul>
<p>The CSCP's prompt for practitioners is Stop, Think, Ask: stop and notice what is in front of you, think about what it
might mean for the child, and ask the question that feels awkward.</p>

<h2>2. When professionals disagree</h2>
<p>Disagreements between practitioners are normal and can be healthy. This policy is for any practitioner who thinks
another agency's decision or action is not keeping a child safe. It does not replace a referral: if a child is in
immediate danger, call 999, or phone First Response on 01632 960060.</p>

<h2>3. The three stages</h2>
<p>Copperdale uses three stages. Try to resolve the disagreement at the lowest stage, and move on only when the time
allowed has passed without agreement.</p>
{table("Escalation stages in Copperdale", ("Stage", "Who is involved", "Time allowed"), [
    ("Stage 1", "The practitioners who disagree speak directly, by phone or face to face, not by email alone.",
     "3 working days"),
    ("Stage 2", "The practitioners' line managers, or the DSL in a school, discuss the case together.",
     "5 working days"),
    ("Stage 3", "Heads of service, or the designated or named safeguarding professionals, meet using the CSCP "
     "Escalation Notice.", "10 working days"),
])}
<p>If the disagreement is still not resolved after Stage 3, the Escalation Notice is sent to the CSCP Independent
Scrutineer, who decides the matter within 15 working days. The Independent Scrutineer's decision is final. From Stage 3
onwards, a copy of the Escalation Notice must be sent to escalation@copperdale-scp.example.org.</p>

<h2>4. Disagreeing with a First Response decision</h2>
<p>If you disagree with a decision made by the First Response Hub, ask to speak to the First Response practice manager
on duty. The practice manager will call you back by the end of the same working day. If you are still worried, move to
Stage 2.</p>

<h2>5. Disagreeing with a child protection conference</h2>
<p>Raise your disagreement with the chair during the conference and ask for it to be recorded in the minutes. If it is
not resolved, write to the Conference Service Manager within 10 working days. The conference decision stands while your
challenge is considered.</p>

<h2>6. Learning from escalations</h2>
<p>Every Stage 3 escalation is logged by the CSCP Business Unit. The CSCP Learning and Improvement Group looks at the
log every quarter, and a summary of themes is published in the practitioner bulletin twice a year.</p>
"""

CHAPTERS = {
    "contacts.html": ("Who to Contact: Key Numbers for Practitioners", "2 September 2026", CONTACTS),
    "continuum-of-need.html": ("The Copperdale Continuum of Need and Requests for Support", "19 January 2026",
                               CONTINUUM),
    "child-protection-conferences-core-groups.html": ("Child Protection Conferences, Plans and Core Groups",
                                                      "14 August 2026", CONFERENCES),
    "children-missing-education-and-ehe.html": ("Children Missing Education, Elective Home Education and Part-Time "
                                                "Timetables", "26 February 2026", CME),
    "harmful-sexual-behaviour.html": ("Harmful Sexual Behaviour Displayed by Children and Young People",
                                      "14 April 2026", HSB),
    "self-harm-and-suicide.html": ("Self-Harm and Suicidal Thoughts in Children and Young People", "10 June 2026",
                                   SELF_HARM),
    "exploitation-and-county-lines.html": ("Child Exploitation (CSE and CCE) and County Lines", "23 March 2026",
                                           EXPLOITATION),
    "safeguarding-disabled-children.html": ("Safeguarding Disabled Children", "5 February 2026", DISABLED),
    "pre-birth-assessment.html": ("Pre-Birth Assessment and Planning for Unborn Babies", "18 March 2026", PRE_BIRTH),
    "information-sharing-and-consent.html": ("Information Sharing and Consent", "9 April 2026", INFO_SHARING),
    "professional-curiosity-and-escalation.html": ("Professional Curiosity and Resolving Professional Disagreements",
                                                   "30 June 2026", CURIOSITY),
}

# -- newsletter (a web page of dated items inside <main>) -----------------------------------

ITEMS = [
    ("New phone number and email for the Child Protection Conference Service", "3 August 2026",
     ("The Child Protection Conference Service has moved into the Safeguarding and Review Unit at Harbour House, and "
      "its contact details have changed. From 3 August 2026 the number is 01632 960067 and the email address is "
      "cpconferences@copperdale.example.org. The old number, 01632 960066, will divert to the new one until 30 "
      "September 2026 and will then be switched off. Emails to the old address, conferences@copperdale.example.org, "
      "are no longer read.")),
    ("The Word EHA form has been replaced", "1 July 2026",
     ("From 1 July 2026 the Word version of the Early Help Assessment form has been withdrawn. Early Help Assessments "
      "are now completed online on the Copperdale Early Help Record, which lead practitioners can reach through the "
      "CSCP website. Word forms sent to the Early Help Coordination Team after 31 July 2026 are returned to the "
      "sender. Training on the Early Help Record runs every Wednesday afternoon in July and September.")),
    ("MACE Panel moves to Thursdays", "20 May 2026",
     ("From 1 June 2026 the MACE Panel meets on Thursday mornings, every 2 weeks, at 9.30am in the Estuary Room at "
      "Harbour House. It no longer meets on Tuesday afternoons at the Civic Centre. Social workers should send "
      "referrals for the panel to the Compass Team by 12 noon on the Monday before the meeting.")),
    ("Welcome to our new Independent Scrutineer", "15 June 2026",
     ("Dr Orla Penhaligon-Reeve joined the CSCP as Independent Scrutineer in June 2026. She will chair the CSCP "
      "Leadership Group's scrutiny sessions and decides escalations that are not resolved at Stage 3. She replaces "
      "Graham Tullock-Ames, who retired after 4 years in the role.")),
    ("Summer on the seafront", "28 August 2026",
     ("Between the late May bank holiday and the end of August, 173 children were reported lost on Gullhaven beach and "
      "all were found safe. The Compass Team's outreach workers spoke to 412 young people on the seafront on Friday "
      "and Saturday evenings. Thank you to the holiday park staff who completed the CSCP seasonal safeguarding "
      "e-learning: 96 percent of seasonal staff at the 5 largest parks completed it before starting work.")),
]

COURSES = [
    ("Pre-birth assessment and working with unseen men", "16 September 2026", "Harbour House"),
    ("Harmful sexual behaviour: using the Traffic Light Tool", "30 September 2026", "Online (Microsoft Teams)"),
    ("Child exploitation and county lines", "14 October 2026", "Gullhaven Community Centre"),
    ("Self-harm and suicide prevention for schools", "4 November 2026", "Smeltside Family Hub"),
]


def newsletter_html() -> str:
    """The CSCP Practitioner Bulletin as a web page: dated items, a training table and a cancellation rule."""
    items = "\n".join(f'<section class="bulletin-item">\n<h2>{h}</h2>\n<p class="posted">Posted on {d}</p>\n'
                      f"<p>{p}</p>\n</section>" for h, d, p in ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Practitioner Bulletin, Autumn 2026 | CSCP</title>
<style>body{{font-family:Verdana,sans-serif;margin:0;}} main{{max-width:760px;margin:0 auto;}}
.posted{{color:#555;font-size:0.9em;}}</style>
</head>
<body>
<header class="bulletin-top"><a href="{SITE}/">CSCP home</a> | <a href="{SITE}/news">Bulletins</a> |
<a href="{SITE}/subscribe">Subscribe</a></header>
<main>
<h1>CSCP Practitioner Bulletin: Autumn 2026</h1>
<p class="intro">The practitioner bulletin of the {PARTNERSHIP}. Published 7 September 2026.</p>
<p>The bulletin goes out three times a year to everyone on the CSCP mailing list, and is also posted on our
website. Please share it with colleagues who do not have email at work.</p>
{items}
<section class="training">
<h2>Multi-agency training this autumn</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Venue</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>CSCP courses are free to anyone who works or volunteers with children in Copperdale. Book through the CSCP Business
Unit on 01632 960079 or at cscp@copperdale-scp.example.org. Places cancelled less than 5 working days before a course,
and places not used, are charged to your organisation at 50 pounds.</p>
</section>
</main>
<footer class="bulletin-foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# -- DOCX 7-minute briefing and tea-break guide --------------------------------------------

UNSEEN_MEN = [
    ("1. What do we mean by unseen men?",
     [("Unseen men are fathers, stepfathers, mothers' partners, lodgers and other men who live with a child or spend "
       "time in the home, but who are not known to, or not engaged with, the practitioners working with the family. "
       "They may be a risk to the child, a source of protection, or both. We cannot know which if we never meet "
       "them.")]),
    ("2. Why it matters in Copperdale",
     [("Since April 2023 the CSCP has held 7 rapid reviews about babies and young children. In 5 of them, a man who "
       "lived with the child or visited often was not known to at least one of the agencies involved. In the review of "
       "Baby T, the mother's partner was described to professionals as 'a friend who helps out'.")]),
    ("3. What to ask",
     ["Who lives here? Who else stays over, even sometimes?",
      "Who looks after the baby when you are at work, asleep or out?",
      "Who is the child's father, and does he have parental responsibility?",
      "Is there anyone the child is frightened of, or anyone who makes the home feel tense?"]),
    ("4. What to record",
     [("Record the full name and date of birth of every adult in the household, and the name of the child's father "
       "even if he does not live there. If you cannot get this information, record that you asked and what you were "
       "told."),
      ("Health visitors in Copperdale invite fathers and partners to the new birth visit and to the 6 to 8 week "
       "review, and record whether they attended.")]),
    ("5. Checks and disclosures",
     [("Where you are worried about a man in a child's life, discuss it with your safeguarding lead. Police and "
       "children's services checks can be requested through the First Response Hub as part of a request for support. "
       "A parent who is worried about a new partner's past can ask the police for information under the Domestic "
       "Violence Disclosure Scheme, sometimes called Clare's Law.")]),
    ("6. Working with men",
     [("Send letters and appointments to both parents. Offer appointments outside working hours where possible. Dads "
       "Matter, a group for fathers and male carers, meets at Smeltside Family Hub every Tuesday from 6pm to 8pm, and "
       "anyone can refer.")]),
    ("7. Questions for reflection",
     ["Do I know the name of every adult in this child's home?",
      "Have I ever met the father or partner, or only heard about him?",
      "Would my records make sense to someone reading them after a serious incident?"]),
]


def unseen_men_docx(path: Path) -> None:
    closing = ("8. Find out more", [("Read the Baby T learning briefing and the CSCP chapter on pre-birth assessment. "
                                     "Book the course on pre-birth assessment and working with unseen men through the "
                                     "CSCP Business Unit at cscp@copperdale-scp.example.org.")])
    wv.guide_docx(path, "7-Minute Briefing: Unseen Men in the Lives of Babies and Children",
                  f"A 7-minute briefing from the {PARTNERSHIP}. Issued: 11 May 2026.",
                  [*UNSEEN_MEN, closing], bullets=("3.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 5, 11, 9, 0, 0))


SEAFRONT = [
    ("1. Why the seafront?",
     [("Every summer Gullhaven welcomes thousands of visiting families, and its holiday parks employ several hundred "
       "seasonal staff, many of them young people themselves. Children on holiday are away from the adults and "
       "services who know them, and some adults come to the seafront because children are there. This guide is for "
       "holiday park staff, lifeguards, arcade and shop workers, and anyone who works on the seafront.")]),
    ("2. Lost children",
     [("A child who is lost on the beach should be taken to the nearest Lost Child Point, at the lifeguard stations "
       "at North Sands and Gullhaven Pier, or to the Gullhaven Beach Office on the promenade. The Beach Office can be "
       "reached on 01632 960082 and is staffed from 9am to 7pm from Easter to the end of October."),
      ("If a lost child has not been reunited with their family within 30 minutes, or at any time if there is a "
       "concern about the child's safety, the Beach Office calls the police on 999."),
      ("Families can collect a free Beach Safe wristband from the Beach Office and write a parent's mobile number on "
       "it. In summer 2025, 214 children were reported lost on Gullhaven beach and the average time to reunite them "
       "with their families was 22 minutes.")]),
    ("3. Signs that a child may be at risk",
     ["a child who is on the seafront late at night without an adult;",
      "a child who seems frightened of the adult they are with, or an adult who will not let a child speak;",
      "an adult taking photographs of children they do not know;",
      "young people being given free games, food or alcohol by older people;",
      "a child who says they are staying at a park but cannot say who with."]),
    ("4. If a child tells you something",
     [("Listen, stay calm and do not promise to keep a secret. Tell your park or site safeguarding lead straight "
       "away. If the child is in danger, call 999. Otherwise, the safeguarding lead contacts the First Response Hub "
       "on 01632 960060, even if the family live in another part of the country: First Response will pass the "
       "information to the child's home area.")]),
    ("5. Holiday parks",
     [("Every holiday park in Copperdale with more than 50 pitches is expected to name a safeguarding lead and a "
       "deputy, and to display their names at reception. Staff whose job includes running children's clubs or "
       "activities must have an enhanced DBS check before they start."),
      ("The Seafront Safeguarding Forum brings together holiday parks, lifeguards, the police, the Compass Team and "
       "the council. It meets on the second Monday of every month from April to October.")]),
    ("6. Safe Places",
     [("Shops, cafes and arcades displaying a blue Safe Place sticker have agreed to let a child or young person who "
       "feels unsafe wait inside while staff call a parent or the police. There are 38 Safe Places along the "
       "Gullhaven seafront.")]),
    ("7. Questions for reflection",
     ["Do all our seasonal staff know who the safeguarding lead is?",
      "What would we do if a child on holiday told us they were being hurt at home?"]),
]


def seafront_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Keeping Children Safe on the Seafront and in Holiday Parks",
                  f"A tea-break guide for seafront and holiday park staff from the {PARTNERSHIP}. Issued: 2 June 2026.",
                  SEAFRONT, bullets=("3.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 6, 2, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review (LCSPR) about Baby T, a "
           "boy who was 10 weeks old when he was admitted to Copperdale General Hospital in October 2025 with a "
           "fractured skull and bleeding on the brain. The CSCP held a rapid review within 15 working days and decided "
           "to commission a local review. The lead reviewer was Fenella Ostrowski-Hart, an independent social work "
           "consultant.")),
    ("h", "Baby T and his family"),
    ("p", ("Baby T's mother was 19 and a care leaver, supported by a personal adviser from the Leaving Care Team. They "
           "lived in a flat in Brinemouth. Her partner, who was not Baby T's father, was 27 and had moved to "
           "Copperdale from Skelholt, where he had 2 convictions for assaulting a previous partner. None of the "
           "Copperdale agencies knew about his past.")),
    ("h", "What happened"),
    ("p", ("Baby T's mother first saw a midwife when she was 23 weeks pregnant. The midwife made a request for support "
           "to the First Response Hub at 31 weeks, and the pre-birth assessment had not been completed when Baby T was "
           "born at 38 weeks. Her partner was described to the midwife and the health visitor as a friend who helped "
           "out, and neither of them met him.")),
    ("p", ("When Baby T was 7 weeks old his mother took him to the GP with a small bruise on his ear, which she said "
           "was caused by his car seat. The GP recorded the explanation and did not refer. Three weeks later he was "
           "admitted to hospital with his head injury.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The late booking was not treated as a warning sign. Nobody asked why the mother had not seen a "
           "midwife sooner, and the referral to First Response was not made until 8 weeks after booking.")),
    ("p", ("Finding 2: The man in the household was invisible. Practitioners accepted the description of him as a "
           "friend, and no checks were made with the police or with Skelholt.")),
    ("p", ("Finding 3: A bruise on a baby who was not yet mobile was explained away. The GP did not follow the "
           "partnership's guidance that any bruise on a non-mobile baby needs a same-day referral.")),
    ("p", ("Finding 4: Support for the mother as a care leaver was not joined up with the pre-birth work. Her personal "
           "adviser knew that her partner had moved in, but was not asked to contribute to the assessment.")),
    ("h", "Recommendations"),
    ("n", "Midwives should tell the Vulnerable Pregnancies Team within 1 working day of any booking after 20 weeks."),
    ("n", ("Every pre-birth assessment should include checks on every adult in the household, including checks with "
           "other areas where they have lived.")),
    ("n", "Practitioners should ask and record who lives in the home or stays over at every contact with a new baby."),
    ("n", ("GP practices should have a named safeguarding lead and should be reminded that any bruise on a non-mobile "
           "baby must be referred the same day.")),
    ("n", ("The Leaving Care Team should be invited to every strategy discussion and conference about a care leaver's "
           "baby.")),
    ("h", "What has changed"),
    ("p", ("The CSCP pre-birth chapter was revised in March 2026. Referrals about unborn babies are now expected no "
           "later than 20 weeks of pregnancy, and the Birth and Discharge Planning Meeting is held by 36 weeks. The "
           "Vulnerable Pregnancies Team can be contacted on 01632 960077. Since April 2026, 286 practitioners have "
           "attended the CSCP course on pre-birth assessment and unseen men.")),
    ("p", "Baby T has made a good recovery and lives with his grandmother under a special guardianship order."),
    ("h", "Questions for your team"),
    ("b", "How do we find out who is living in the home with a new baby?"),
    ("b", "What do we do when a pregnant woman books late?"),
]

ANNUAL = [
    ("h", "Foreword from the Independent Scrutineer"),
    ("p", ("This is my first annual report for Copperdale, although most of the year it covers was overseen by my "
           "predecessor. The partnership is open about its weaknesses, and the review of Baby T has led to real "
           "changes in how we plan for babies before they are born. I will be looking for evidence that those changes "
           "last. Dr Orla Penhaligon-Reeve, Independent Scrutineer.")),
    ("h", "How the partnership works"),
    ("p", ("The three safeguarding partners are Copperdale Borough Council, NHS Quen Coast Integrated Care Board "
           "and Quen Coast Police. In 2025-26 the Lead Safeguarding Partner was the Chief Superintendent for the "
           "Copperdale district of Quen Coast Police. The CSCP Leadership Group meets every 6 weeks, and the CSCP "
           "Business Unit is led by Declan Moorcroft-Hale, CSCP Business Manager.")),
    ("h", "Partner contributions 2025-26"),
    ("t", [["Partner", "Contribution", "Share"],
           ["Copperdale Borough Council", "241,500 pounds", "50%"],
           ["NHS Quen Coast ICB", "144,900 pounds", "30%"],
           ["Quen Coast Police", "82,110 pounds", "17%"],
           ["Copperdale Port Authority", "14,490 pounds", "3%"],
           ["Total", "483,000 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the First Response Hub", "8,214", "8,967"],
           ["Contacts that became referrals", "1,902", "2,046"],
           ["Re-referrals within 12 months", "24%", "20%"],
           ["Assessments completed within 35 working days", "71%", "79%"],
           ["Section 47 enquiries", "644", "702"],
           ["Initial child protection conferences", "231", "248"],
           ["Initial conferences held within 15 working days", "82%", "88%"],
           ["Children with a child protection plan at 31 March", "198", "211"],
           ["Plans for a second or later time", "19%", "16%"],
           ["Early Help Assessments started", "1,388", "1,512"],
           ["Referrals to the CME Officer", "402", "455"],
           ["Children home educated at 31 March", "351", "388"],
           ["Missing episodes reported", "1,036", "1,118"],
           ["Return home interviews accepted", "58%", "64%"],
           ["Children discussed at the MACE Panel", "61", "84"],
           ["Referrals to the Harbour Project", "47", "63"],
           ["Allegations referred to the LADO", "118", "131"],
           ["Practitioners trained on CSCP courses", "1,975", "2,340"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 52 percent of child protection plans, emotional abuse "
           "for 31 percent, physical abuse for 10 percent and sexual abuse for 4 percent; the remaining 3 percent had "
           "more than one category. 14 of the children with a plan were unborn babies.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The CSCP held 3 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Baby T. The Quen Coast Child Death Overview Panel, which Copperdale shares with Skelholt, reviewed "
           "the deaths of 9 Copperdale children. Two of those deaths were of young people who died by suicide.")),
    ("h", "Multi-agency audit"),
    ("p", ("The CSCP audited 40 cases of children with a child protection plan during the year. Practice was graded "
           "good or better in 26 cases, and the most common weakness, found in 15 cases, was that the views of "
           "fathers and male carers had not been sought.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The CSCP's priorities for 2026-27 are: babies and pre-birth planning; children who are not in school, "
           "including children missing education and home-educated children; and harm outside the home, especially "
           "county lines. Each priority has a lead from one of the three partners, and progress is reported to every "
           "Leadership Group meeting.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Baby T",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 21 July 2026.", BRIEFING,
                 "Copperdale SCP | Learning Briefing: Baby T | July 2026",
                 f"{PARTNERSHIP} - copperdale-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "CSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. Covering April 2025 to March 2026. Published: 29 September 2026.",
                 ANNUAL, "Copperdale SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - copperdale-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Copperdale document into `out`; returns the paths written."""
    return wv.write_area(out, COPPERDALE, CHAPTERS, ("practitioner-bulletin-autumn-2026.html", newsletter_html()),
                         {"7-minute-briefing-unseen-men.docx": unseen_men_docx,
                          "tea-break-guide-seafront-and-holiday-parks.docx": seafront_docx,
                          "learning-briefing-baby-t.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Copperdale in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
