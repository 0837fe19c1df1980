"""Build the ninth held-out corpus (Mossbury), and assemble demo corpus + Mossbury for evaluation.

Run from the repository root:  python eval/holdout9/build.py

Mossbury is a twelfth fictional partnership: an upland district of former coal and textile mill towns. It takes in
the mill town of Mossbury, the market town of Thwaite Bridge, the moorland hamlets of Scarhead, Greave Top and Windle
Moss, Cragwater Reservoir Country Park, Ravensgill motorway services, the Bobbin Lane Distribution Park, Thwaite
Bridge Sixth Form College, the Marl Pits Traveller Site and Fellgate School, a boarding school. Its neighbour is the
district of Hartlow, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Its documents mix the registers of real partnership websites: a contacts page, a
levels-of-need page with a table, formal chapters (passive voice, "Note" panels, footnotes, questions and answers,
tables of stages and timescales) beside short plain pages, a bulletin page with dated changes (a new LADO number, a
checklist replaced by a tool, MARAC moved to another day), two Word guides and two PDFs (a practice review's learning
briefing and an annual report extract with a funding table and two years of figures). The writers are the shared
ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant mode), so the build is byte-reproducible;
only Mossbury's words live here. Its phone numbers all lie in 01632 960010-960049, one purpose each, and every
person, place and service named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "mossbury"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Mossbury Safeguarding Children Partnership"
SITE = "https://mossbury-scp.example.org"
ADDRESS = "Weavers Hall, 3 Loom Street, Mossbury MB4 2LW"
MOSSBURY = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="6 October 2026", abbr="MSCP", address=ADDRESS,
                   menu=("Contacts and the Integrated Front Door", "Levels of Need", "Child protection processes",
                         "Neglect and home conditions", "Domestic abuse and MARAC", "Missing children and private "
                         "fostering", "Online harm and Prevent", "Allegations and escalation"),
                   updated_label="Reviewed")


def note(text: str) -> str:
    """A boxed "Note" in Mossbury's house style."""
    return f'<aside class="mscp-note" role="note"><p><strong>Note:</strong> {text}</p></aside>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A captioned table with Mossbury's class."""
    return wv.html_table(caption, header, rows, "mscp-table", th_attrs=' scope="col"')


def footnotes(*notes: str) -> str:
    """The numbered references closing a formal chapter."""
    items = "\n".join(f'<li id="ref{i}">{n}</li>' for i, n in enumerate(notes, 1))
    return f'<section class="mscp-references">\n<h2>References</h2>\n<ol>\n{items}\n</ol>\n</section>'


def ref(n: int) -> str:
    """A superscript link to reference n."""
    return f'<sup class="ref"><a href="#ref{n}">{n}</a></sup>'


def faq(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A heading and question-and-answer pairs."""
    items = "\n".join(f'<div class="qa">\n<p class="q"><strong>Q: {q}</strong></p>\n<p class="a">A: {a}</p>\n</div>'
                      for q, a in pairs)
    return f'<h2>{heading}</h2>\n<div class="mscp-faq">\n{items}\n</div>'


# -- HTML procedure chapters --------------------------------------------------------------

CONTACTS = f"""
<p>These are the numbers practitioners in Mossbury ask for most. The page covers the whole district: Mossbury town,
Thwaite Bridge, the moorland hamlets of Scarhead, Greave Top and Windle Moss, and the sites along the motorway
corridor. The MSCP Business Unit checks every number on the first working day of each month.</p>
{note("none of the services below is an emergency service. If a child is in immediate danger, dial 999.")}

<h2>Children's social care and the police</h2>
{table("Children's social care and police contacts in Mossbury", ("Service", "Telephone", "When", "Email"), [
    ("Integrated Front Door (IFD): requests for help to children's social care, including the MASH", "01632 960010",
     "Monday to Thursday, 8.45am to 5.15pm; Friday, 8.45am to 4.45pm", "mossbury.ifd@example.org"),
    ("Ask a Social Worker line (for professionals only)", "01632 960011", "Monday to Friday, 9.30am to 12.30pm",
     "Telephone only"),
    ("Night and Weekend Duty Team", "01632 960012",
     "From 5.15pm Monday to Thursday, from 4.45pm on Friday, and all day at weekends and on bank holidays",
     "Telephone only"),
    ("High Vale Police Safeguarding Hub (for professionals only)", "01632 960013", "24 hours", "Telephone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960014", "Monday to Friday, 9am to 5pm",
     "mossbury.lado@example.org"),
    ("Conference and Review Service", "01632 960015", "Monday to Friday, 9am to 5pm",
     "mossbury.conferences@example.org"),
])}

<h2>Family help, education and specialist services</h2>
{table("Other services in Mossbury", ("Service", "Telephone", "When", "Email"), [
    ("Family Help Hub", "01632 960016", "Monday to Friday, 9am to 5pm", "mossbury.familyhelp@example.org"),
    ("Education Safeguarding Team (schools, colleges and early years)", "01632 960017",
     "Term time, Monday to Friday, 8am to 4.30pm", "mossbury.edsafe@example.org"),
    ("Wayfinder (return interviews after a child has been missing)", "01632 960018",
     "Monday to Saturday, 10am to 8pm", "mossbury.wayfinder@example.org"),
    ("Private Fostering Officer", "01632 960019", "Monday, Tuesday and Thursday, 9am to 3pm",
     "mossbury.privatefostering@example.org"),
    ("Kestrel IDVA Service (domestic abuse)", "01632 960020", "Monday to Friday, 9am to 5pm",
     "mossbury.kestrel@example.org"),
    ("Prevent Coordinator, Mossbury District Council", "01632 960023", "Monday to Friday, 9am to 5pm",
     "mossbury.prevent@example.org"),
    ("Gypsy, Roma and Traveller Liaison Team (based at the Marl Pits Traveller Site)", "01632 960026",
     "Tuesday to Friday, 9am to 4pm", "mossbury.grtliaison@example.org"),
    ("MSCP Business Unit (training, reviews and escalation)", "01632 960028", "Monday to Thursday, 9am to 4pm",
     "mossbury.mscp@example.org"),
])}

<h2>Health</h2>
<p>GP practices, dentists and community pharmacies can get advice from the Designated Nurse for Safeguarding Children
at NHS High Vale Integrated Care Board on 01632 960024. The Safeguarding Children Team at Loomfield Hospital, which
includes the Named Doctor, the Named Nurse and the Named Midwife, is on 01632 960025 from 8am to 6pm on weekdays. Out of
those hours, ask the hospital switchboard for the on-call paediatrician.</p>

<h2>The motorway corridor</h2>
<p>Ravensgill Services has a security control room that is staffed 24 hours a day. Ring it on 01632 960031 if a child
is lost or may have been taken at the services: the control room can watch the exits on CCTV and put out a staff
alert. Concerns about young agency workers at the Bobbin Lane Distribution Park can be raised with the park's site
safeguarding coordinator on 01632 960032.</p>

{faq("Which number should I use?", [
    ("I am worried about a child but I am not sure it is serious enough for the IFD.",
     "Ring the Ask a Social Worker line on 01632 960011 and talk it through with a senior practitioner. The call is "
     "advice, not a referral, so you still decide what to do next."),
    ("It is ten to five on a Friday and the IFD is not answering.",
     "The IFD closes at 4.45pm on Fridays. Ring the Night and Weekend Duty Team on 01632 960012."),
    ("The child lives in Hartlow but goes to school in Thwaite Bridge.",
     "Requests for help go to the area where the child lives, so contact Hartlow's children's services. The IFD can "
     "tell you how to reach them, and will act itself if the child is at immediate risk."),
    ("Can a parent ring the IFD?",
     "Yes. Parents, carers and young people can call the IFD on 01632 960010 in opening hours."),
    ("I have a concern about a member of staff in my school.",
     "Speak to your headteacher and ring the LADO on 01632 960014. The LADO number changed on 1 September 2026."),
])}
"""

LEVELS = f"""
<h2>1. About this guidance</h2>
<p>The Mossbury Levels of Need is the threshold document of the {PARTNERSHIP} (MSCP). It describes four bands of need,
each with a colour, and the response expected at each. The bands support professional judgement: they are not a
checklist, and a child's band can change as their circumstances change.{ref(1)}</p>
<p>Before asking another service for help, a practitioner is expected to talk with the family, find out what help is
already in place and discuss the concern with their designated safeguarding lead (DSL) or safeguarding supervisor.</p>

<h2>2. The four bands</h2>
{table("Mossbury Levels of Need at a glance", ("Band", "What it means", "Examples", "Response"), [
    ("Green: Thriving", "The child's needs are met by their family and by services open to all.",
     "School attendance of 95 percent or more; registered with a GP and a dentist; has a trusted adult.",
     "Universal services such as schools, GPs, health visitors and youth clubs. No request for help."),
    ("Yellow: Extra help", "Needs that one service can meet, with advice from others if needed.",
     "Attendance between 90 and 95 percent; a parent struggling after a bereavement; a child with low mood.",
     "The service that knows the family best holds a Family Help Conversation. Review within 6 weeks."),
    ("Amber: Family help", "Needs in more than one area of the child's life that need a coordinated plan.",
     "Attendance below 90 percent; a parent whose mental health affects routines; poor home conditions that are not "
     "yet dangerous; repeated low-level arguments reported by neighbours.",
     "A Family Help Plan with a lead practitioner and a Family Network Meeting every 6 weeks. Register the plan "
     "with the Family Help Hub."),
    ("Red: Specialist and protection", "The child needs protection, or an assessment as a child in need.",
     "Disclosure of abuse; any bruise on a baby who is not yet mobile; a home without heating in winter where the "
     "parents refuse help; a child missing overnight more than once.",
     "Request for help to the Integrated Front Door on 01632 960010. Phone first where a child may be at risk of "
     "significant harm."),
])}

<h2>3. Family help at Yellow and Amber</h2>
<p>At Yellow, the service that knows the family best holds a Family Help Conversation with the parents and, where
they are old enough, the children. What was agreed is written down and reviewed within 6 weeks.</p>
<p>At Amber, a Family Help Plan is drawn up with the family's consent. The plan is to be registered with the Family
Help Hub within 5 working days of being started. A lead practitioner is named, and a Family Network Meeting, which the
family may bring relatives and friends to, is held at least every 6 weeks. Where there has been no real progress after
2 Family Network Meetings, the lead practitioner is expected to consider whether the child has moved to Red.</p>
<p>The Family Help Hub can be reached on 01632 960016 or at mossbury.familyhelp@example.org. It runs a drop-in for
lead practitioners every Wednesday afternoon at Thwaite Bridge Library.</p>

<h2>4. Requests for help at Red</h2>
<p>Requests for help to children's social care are made on the Mossbury Request for Help (MRH) form, through the
online portal on the MSCP website. Where a child may be at risk of significant harm, the Integrated Front Door (IFD)
must be telephoned first, and the MRH form submitted within 24 hours of the call.</p>
<p>A good MRH form explains what has been seen or heard, what the child has said in their own words, what help has
already been tried and what is likely to happen to the child if nothing changes. The names and dates of birth of all
children and adults in the household are to be given, including any partner who stays some nights.</p>
{note("requests for help from professionals cannot be anonymous. A member of the public may ask for their name to "
      "be withheld from the family.")}

<h2>5. What happens at the IFD</h2>
<p>Each contact is screened by a qualified social worker. Where a child may be at immediate risk, a decision is made
within 3 hours. Other contacts are decided within 1 working day.{ref(2)} The referrer is told the outcome within 2
working days; a referrer who has heard nothing by then should ring the IFD and ask for the senior practitioner on
duty.</p>
<p>Child and family assessments in Mossbury are completed within 40 working days. This local standard is shorter
than the national maximum of 45 working days.</p>
<p>Where a child has been the subject of 3 or more contacts in 12 months, a senior practitioner carries out a
Cumulative Harm Review of the child's history before the latest contact is decided.</p>

<h2>6. Consent</h2>
<p>At Yellow and Amber, help is voluntary and the family's consent is needed before information is shared or a plan
started. At Red, parents should normally be told about a request for help, but consent is not needed where a child
may be at risk of significant harm, and parents are not told where telling them would put a child at greater risk.</p>

<h2>7. Stepping down</h2>
<p>When children's social care closes a case that still needs support, a Handover Meeting with the new lead
practitioner is held within 15 working days of the decision, so that the family does not have to tell their story
again.</p>

<h2>8. Families in the moorland hamlets</h2>
<p>Families in Scarhead, Greave Top and Windle Moss can be a long way from services, and some have no car. Distance
must never lower expectations of what a child needs. The Family Help Outreach Bus visits the three hamlets every second
Thursday, and practitioners can book a private room on the bus to meet a family.</p>
{footnotes("The Levels of Need was agreed by the MSCP Executive in November 2025 and is reviewed every 3 years.",
           "Working Together to Safeguard Children 2023, chapter 3.")}
"""

CONFERENCES = f"""
<h2>1. Purpose</h2>
<p>This chapter describes how child protection conferences are arranged and run in Mossbury, and how core groups put
a child protection plan into practice. It is to be read with Working Together to Safeguard Children 2023.{ref(1)}</p>

<h2>2. The Conference and Review Service</h2>
<p>Conferences are arranged by the Conference and Review Service (CRS), part of the council's Quality and Review
Service at Weavers Hall. Every conference is chaired by a Child Protection Chair who is independent of the line
management of the case. The CRS can be contacted on 01632 960015 or at mossbury.conferences@example.org.</p>

<h2>3. The initial child protection conference</h2>
<p>In Mossbury, an initial child protection conference (ICPC) is to be held within 12 working days of the strategy
discussion at which the section 47 enquiry was started. This local standard is shorter than the national one. The
team manager requests the conference on the Conference Request Form within 1 working day of the decision to hold
one.</p>
<p>A conference is quorate when children's social care and at least two other agencies are present, one of which
must be health or the police. Where a conference is not quorate, the chair may decide to go ahead or to rearrange it
within 5 working days.</p>
<p>If the child is judged to be at continuing risk of significant harm, a child protection plan is made under one of
four categories: neglect, physical abuse, emotional abuse or sexual abuse.</p>

<h2>4. Reports</h2>
<p>Each invited agency provides a written report using the MSCP conference report template. Reports are sent to the
CRS at least 4 working days before the conference, and are shared with parents by their author at least 2 working days
before it.</p>
<p>Mossbury conferences are organised around four headings: Worries, Good Things, Grey Areas and Next Steps. At the
end, each person present gives a safety score from 1 to 10, where 10 means the child is safe enough for the plan to
end.</p>

<h2>5. Parents and children</h2>
<p>Parents are invited to every conference and may bring a supporter. The chair meets parents for 20 minutes before
the conference begins. Where an interpreter is needed, the CRS must be told at least 7 working days in advance. A
parent may be excluded from part of a conference only with the chair's agreement, for example where there is a risk of
violence.</p>
<p>Children aged 11 or over are invited to attend all or part of their conference, and are offered an advocate from
Voice Mossbury, the independent advocacy service. A parent who does not attend is offered a meeting with the chair
within 5 working days to hear the outcome.</p>
<p>Where a family living on the Marl Pits Traveller Site asks, a review conference can be held in the site's community
cabin instead of at Weavers Hall.</p>

<h2>6. Core groups</h2>
<p>The first core group meeting is held within 8 working days of the initial conference. After that, the core group
meets at least every 4 weeks. The social worker circulates a note of each meeting within 3 working days. A member who
cannot attend must send an update to the social worker at least 1 working day before the meeting.</p>

<h2>7. Visits</h2>
<p>The social worker visits each child with a child protection plan at least every 15 working days. Children who are
old enough are to be seen alone at every visit. A planned visit that does not happen is reported to the team manager on
the same day.</p>

<h2>8. Review conferences</h2>
<p>The first review child protection conference is held within 3 months of the initial conference, and later reviews
at intervals of no more than 6 months. When a plan ends, the child continues to receive support as a child in need for
at least 4 months, with a child in need review every 8 weeks.</p>

<h2>9. Transfers from other areas</h2>
<p>When a child with a child protection plan moves into Mossbury, including from Hartlow, a transfer-in conference is
held within 10 working days of the CRS being told of the move.</p>

<h2>10. Records and complaints</h2>
<p>A summary of decisions is sent out within 1 working day of the conference, and the full record within 20 working
days. Parents who are unhappy with a conference decision may write to the Head of Quality and Review within 15 working
days. Practitioners who disagree should use the MSCP escalation policy.</p>

{faq("Questions practitioners ask", [
    ("Can a GP send a report instead of attending?",
     "Yes. A GP who cannot attend is still expected to send a report to the CRS at least 4 working days before the "
     "conference."),
    ("Are conferences held online?",
     "Conferences are held at Weavers Hall, and anyone invited can choose to join online by video."),
    ("Can the child's teacher come instead of the DSL?",
     "Yes, if the teacher knows the child well. The school should agree beforehand who will attend and who will "
     "write the report."),
])}
{footnotes("Working Together to Safeguard Children 2023, chapter 4.")}
"""

LADO = f"""
<h2>1. Introduction</h2>
<p>This chapter explains what must be done in Mossbury when there is a concern that an adult who works or volunteers
with children may have harmed a child or may pose a risk to children. Such concerns are managed with the Local
Authority Designated Officer (LADO).{ref(1)}</p>
<p>Mossbury has two designated officers, Bethan Lloyd-Okafor and Tomasz Haverstock, supported by a LADO business
support officer.</p>

<h2>2. Contacting the LADO</h2>
<p>The LADO can be contacted on 01632 960014 or at mossbury.lado@example.org, Monday to Friday, 9am to 5pm. Out of
those hours, where a child may be at immediate risk, the Night and Weekend Duty Team is to be contacted on 01632 960012,
and the LADO told on the next working day.</p>
{note("the LADO telephone number changed on 1 September 2026. Please update any contact lists and posters.")}

<h2>3. When the LADO must be told</h2>
<p>The LADO must be told when it is alleged that a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children;</li>
<li>behaved or may have behaved in a way that indicates they may not be suitable to work with children.</li>
</ul>
<p>The last of these covers concerns from outside work, such as an arrest for domestic abuse at home. This is
sometimes called transferable risk.</p>

<h2>4. Timescales</h2>
{table("Timescales for allegations in Mossbury", ("Step", "Who", "Timescale"), [
    ("Tell the LADO by phone or email", "The employer's designated senior manager or the DSL",
     "On the same working day the allegation is known"),
    ("Send the LADO1 referral form", "The employer", "Within 1 working day of first contact with the LADO"),
    ("Initial consideration of whether the threshold is met", "The LADO", "Within 1 working day of the referral"),
    ("Allegations Management Meeting (AMM)", "The LADO, employer, police and children's social care",
     "Within 5 working days, or within 2 working days where a child may be at continuing risk"),
])}
<p>Mossbury asks employers to tell the LADO on the same working day, which is sooner than many areas expect.</p>

<h2>5. What not to do</h2>
<p>Employers are not to investigate the allegation themselves, question the child or the adult concerned, or tell the
adult about the allegation before the LADO has been consulted. A written note of what was seen or heard, with the date
and time, is to be made and kept securely.</p>

<h2>6. Suspension</h2>
<p>Suspension is not automatic. It is considered at the Allegations Management Meeting, and alternatives such as
a change of duties or supervised working are to be looked at first. The employer keeps the adult informed about the
progress of the case and names a contact person to support them.</p>

<h2>7. Outcomes</h2>
<p>Every allegation ends with one of five outcomes: substantiated, malicious, false, unsubstantiated or unfounded. The
LADO aims to resolve 80 percent of cases within 1 month and 90 percent within 3 months. Where a person is dismissed,
or would have been had they not resigned, the employer must refer them to the Disclosure and Barring Service.</p>

<h2>8. Low-level concerns</h2>
<p>Concerns that do not meet the harm test are recorded and managed by the employer under its staff code of conduct.
Schools and colleges in Mossbury are asked to review their low-level concerns log at least once a term, and to talk to
the LADO where a pattern is building.</p>

<h2>9. Boarding, host families and volunteers</h2>
<p>Allegations about boarding staff at Fellgate School, or about host families used by Thwaite Bridge Sixth Form
College, are referred to the LADO in the same way. The LADO also advises sports clubs, faith groups and tutors, and
holds an advice drop-in for voluntary groups on the first Tuesday of each month at Mossbury Leisure Centre.</p>

{faq("Questions and answers", [
    ("The worker is supplied by an agency. Who refers?",
     "The setting where the concern arose refers to the LADO and tells the agency. Both are invited to the "
     "Allegations Management Meeting."),
    ("Should we tell the child's parents?",
     "Parents are normally told, but when and by whom is agreed with the LADO so that no police enquiry is "
     "harmed."),
    ("The concern happened 20 years ago. Do we still refer?",
     "Yes. Historical allegations are referred to the LADO in the same way, and to the police."),
])}
{footnotes("Working Together to Safeguard Children 2023, chapter 2.",
           "Keeping Children Safe in Education, Part 4.")}
"""

NEGLECT = f"""
<h2>1. What neglect is</h2>
<p>Neglect is the persistent failure to meet a child's basic physical or emotional needs, in a way that is likely to
seriously harm the child's health or development. It is usually cumulative: no single day looks like an emergency, but
the harm builds over months and years. Neglect is the most common reason for a child protection plan in Mossbury.</p>

<h2>2. Neglect in Mossbury</h2>
<p>Many families in Mossbury live in old mill terraces that are damp and expensive to heat. In the moorland hamlets,
homes are often off the gas grid and heated by oil or solid fuel, buses are few, and the nearest GP surgery can be 9
miles away. Practitioners are asked not to mistake poverty for neglect, and not to let rural isolation hide it.</p>

<h2>3. The Mossbury Neglect Lens</h2>
<p>The Mossbury Neglect Lens is the partnership's tool for assessing neglect. It replaced the Home Conditions
Checklist on 1 October 2026. The Neglect Lens looks at five areas of a child's life:</p>
<ul>
<li>physical care: food, clothing and hygiene;</li>
<li>home and warmth;</li>
<li>health and development, including dental care;</li>
<li>safety and supervision;</li>
<li>love, stimulation and emotional care.</li>
</ul>
<p>Each area is scored from 1 to 5, where 1 means the child's needs are fully met and 5 means they are seriously
unmet. The Neglect Lens is completed with the family, and takes about 90 minutes.</p>
{table("What to do with Neglect Lens scores", ("Score", "Action"), [
    ("Every area scored 1 or 2", "Continue universal or Yellow support and note the scores."),
    ("Any area scored 3", "Agree a Family Help Plan with the family at Amber."),
    ("Any area scored 4 or 5", "Discuss with your DSL or safeguarding supervisor on the same day."),
    ("Two or more areas scored 5", "Contact the Integrated Front Door on 01632 960010 (Red)."),
])}
<p>The Neglect Lens is repeated after 12 weeks so that change, or the lack of it, can be seen. A single score on a
single day is never enough to judge whether a child is neglected.</p>

<h2>4. Home visits</h2>
<p>With the family's permission, look at where each child sleeps, what food is in the house and how warm the home is.
Visits should be made at different times of day and in different seasons. Record whether you saw something yourself or
were told about it.</p>

<h2>5. Was Not Brought</h2>
<p>Children do not miss appointments; they are not brought to them. When a child is not brought to 2 health or dental
appointments in a row, the service is to contact the family and tell the health visitor or school nurse. After a third
missed appointment, a request for help to the IFD is to be considered. A child with untreated tooth decay that causes
pain is a sign of possible dental neglect.</p>

<h2>6. The Home Warmth Fund</h2>
<p>The Home Warmth Fund gives emergency help with heating costs, including oil and solid fuel for homes off the gas
grid. Any practitioner can refer a family. The fund pays up to 300 pounds once per winter, usually within 2 working
days. Call 01632 960029 or email mossbury.homewarmth@example.org.</p>

<h2>7. Older children</h2>
<p>Neglect of teenagers is easily missed, because they can seem to look after themselves. Signs include a young
person who is always hungry, who has nowhere to wash, or whose parents do not know or ask where they are at night.</p>

<h2>8. Neglect Champions</h2>
<p>Every partner agency names a Neglect Champion, who helps colleagues use the Neglect Lens. The Neglect Champions
Network meets every quarter, and its dates are published on the MSCP website.</p>
{note("poor school attendance is not, on its own, a reason for a Red request for help. Use the Neglect Lens to look at "
      "the whole of the child's life.")}
"""

DOMESTIC = f"""
<h2>1. Children and domestic abuse</h2>
<p>Children who see, hear or experience the effects of domestic abuse are victims of that abuse in their own right,
under the Domestic Abuse Act 2021.{ref(1)} Abuse includes physical violence, coercive and controlling behaviour,
economic abuse, and emotional and sexual abuse. Young people aged 16 and 17 can themselves be victims of abuse by a
partner, and this must be responded to as a safeguarding matter.</p>
{note("never ask about domestic abuse when a partner or another family member is present, and never use a child to "
      "interpret.")}

<h2>2. Assessing risk</h2>
<p>Practitioners who are trained to do so complete the DASH risk checklist with the adult victim. A case is referred to
the MARAC where there are 14 or more ticks on the checklist, where the practitioner's professional judgement says the
risk is high, or where the police have been called to 3 or more incidents in 12 months.</p>

<h2>3. The MARAC</h2>
<p>The Multi-Agency Risk Assessment Conference (MARAC) is a meeting about adult victims at high risk of serious harm and
their children. In Mossbury the MARAC meets every Tuesday morning at Thwaite Bridge Police Station. Referrals are sent
to the MARAC Coordinator at mossbury.marac@example.org within 1 working day of the risk assessment, and each case is
heard at the next meeting and no later than 14 days after the referral. The MARAC Coordinator can be contacted on
01632 960021.</p>
<p>Where a child lives in the household, the IFD is told of every MARAC referral, and the child's school is told which
actions affect the child.</p>

<h2>4. Kestrel IDVA Service</h2>
<p>The Kestrel IDVA Service provides independent domestic violence advisers (IDVAs) for victims at high risk. A Kestrel
adviser contacts the victim within 1 working day of referral. The service also has a Young People's IDVA, who works
with young people aged 13 to 19 experiencing abuse in their own relationships. Kestrel can be contacted on 01632 960020.
</p>

<h2>5. Operation Hearthstone</h2>
<p>Under Operation Hearthstone, High Vale Police tell a child's school when officers have attended a domestic abuse
incident at the child's home. The school's Hearthstone Key Adult, usually the DSL, is told by 9am on the next school
day. The Key Adult makes sure the child has a quiet, trusted adult to go to that day; it is not expected that the child
is questioned.</p>

<h2>6. Help for families</h2>
<p>The Mossbury Domestic Abuse Helpline is open 24 hours a day on 01632 960036 for anyone affected by abuse, including
practitioners who want advice. The district's refuge, at a confidential address, has 9 family rooms.</p>
<p>Changing Course is a 26-week group programme for men who have been abusive to a partner. Men can refer themselves,
or be referred by a social worker, on 01632 960037.</p>

<h2>7. Pregnancy</h2>
<p>Domestic abuse often starts or gets worse in pregnancy. Midwives ask every pregnant woman about domestic abuse at
the booking appointment and again at 28 weeks, when she is seen on her own.</p>

{faq("Questions and answers", [
    ("The mother does not want me to refer to MARAC. Can I still do it?",
     "Yes. Consent is sought where it is safe to do so, but a MARAC referral can be made without it where the risk is "
     "high. Record why."),
    ("Does the child have to be present at an incident to be affected?",
     "No. Children who hear abuse, or live with its effects, are affected even if they were not in the room."),
])}
{footnotes("Domestic Abuse Act 2021, section 3.")}
"""

MISSING = f"""
<h2>1. Introduction</h2>
<p>Going missing can put a child at serious risk, and is often a sign of problems at home, in placement, or of
exploitation. High Vale Police treat every child whose whereabouts cannot be established as missing. Each missing
episode is to be taken seriously, however often the child has gone missing before.</p>

<h2>2. Reporting a child missing</h2>
<p>Parents should ring 999 if they think their child is in danger, and 101 otherwise. There is no need to wait 24 hours
before reporting a child missing.</p>
<p>Foster carers and residential staff follow the child's missing plan. They report the child to the police no later
than 1 hour after the time the child was due back, unless the plan says otherwise, and tell the child's social worker
or, out of hours, the Night and Weekend Duty Team on 01632 960012.</p>

<h2>3. The Grab Pack</h2>
<p>Every looked after child in Mossbury has a Grab Pack: a recent photograph, a description, the child's phone numbers,
and the places and friends the child is known to go to. The photograph is updated at least every 6 months, and the
whole Grab Pack is checked every time the child goes missing.</p>

<h2>4. Places of concern in Mossbury</h2>
<p>Children reported missing in Mossbury have been found at Cragwater Reservoir Country Park, at Ravensgill Services on
the motorway, around the lorry park at the Bobbin Lane Distribution Park and at Thwaite Bridge bus station. Where a
missing child may be at Cragwater, the police are to be told and the park rangers called on 01632 960030, because of
the danger of cold open water. Ravensgill Services' security control room can be reached on 01632 960031.</p>

<h2>5. Return interviews</h2>
<p>Every child who returns from a missing episode is offered a return interview by Wayfinder, a service that is
independent of the child's carers, social worker and the police. In Mossbury the interview must be offered within 48
hours of the child's return and completed within 72 hours. The child can choose where it takes place.</p>
<p>If the child declines, Wayfinder tries again twice over the next 10 days, by phone, letter or through a trusted
adult. What is learned is shared with the child's social worker within 2 working days. Wayfinder can be contacted on
01632 960018 or at mossbury.wayfinder@example.org.</p>

<h2>6. Missing strategy meetings</h2>
<p>A missing strategy meeting is held when a child has been missing 3 or more times in 60 days, has been missing for
more than 24 hours on one occasion, or where exploitation is suspected on any occasion. The meeting is chaired by a
social work team manager.</p>

<h2>7. The Missing and Exploitation Panel</h2>
<p>The Missing and Exploitation Panel (MEP) considers the children at highest risk, and the places and people linked
to them. It meets on the last Thursday of each month and is chaired by a Detective Inspector from High Vale Police.
Children are referred by their social worker after a missing strategy meeting.</p>

<h2>8. Children placed in Mossbury by other areas</h2>
<p>When a child is placed in Mossbury by another local authority, such as Hartlow, the placing authority stays
responsible for the return interview. Wayfinder can carry it out by agreement, so that a child does not have to travel
back to their home area.</p>

{faq("Questions and answers", [
    ("A 15 year old in foster care has not come home but has texted to say she is fine. Is she missing?",
     "Yes, if her whereabouts are not known. Follow her missing plan and report her to the police."),
    ("Who does the return interview for a child who is missing from school?",
     "A child missing from school but not from home is not a missing episode. Follow the school's attendance and "
     "children missing education procedures."),
])}
"""

PRIVATE_FOSTERING = """
<h2>What is private fostering?</h2>
<p>A child is privately fostered when they are under 16 (or under 18 if they are disabled) and are looked after for
28 days or more by an adult who is not their parent or a close relative, by private arrangement. Close relatives are
grandparents, brothers, sisters, uncles, aunts and step-parents. A cousin or a family friend is not a close
relative.</p>

<h2>Examples in Mossbury</h2>
<ul>
<li>a student from overseas at Thwaite Bridge Sixth Form College who is under 16 and living with a host family;</li>
<li>a Fellgate School boarder under 16 who stays with a guardian family for more than 2 weeks of a school holiday;</li>
<li>a teenager who moves in with a friend's family after an argument at home;</li>
<li>a child who lives with a family friend while a parent works away.</li>
</ul>

<h2>Who must tell the council?</h2>
<p>Parents, private foster carers and anyone involved in making the arrangement must tell Mossbury District Council at
least 6 weeks before it starts, or within 48 hours if it has already started. Practitioners who know about an
arrangement should check that the council has been told, and tell the council themselves if it has not.</p>
<p>Notify the Private Fostering Officer on 01632 960019 or at mossbury.privatefostering@example.org. The Private
Fostering Officer works on Mondays, Tuesdays and Thursdays.</p>

<h2>What happens next?</h2>
<p>A social worker visits within 7 working days of the notification and sees the child alone. The assessment of the
arrangement is completed within 42 working days, and includes DBS checks on every adult aged 16 or over in the
household. The social worker then visits every 6 weeks in the first year and every 12 weeks after that.</p>

<h2>Why it matters</h2>
<p>Most private fostering arrangements work well. But privately fostered children can be hidden from services, and a
few are exploited or abused. Checking the arrangement helps make sure the child is safe and the carer gets help.</p>
"""

ONLINE = f"""
<h2>1. About this chapter</h2>
<p>This chapter helps schools, colleges and other settings respond when children share nude or semi-nude images, and
when they are harmed online. The MSCP Online Safety Adviser gives advice to practitioners on 01632 960027.</p>

<h2>2. When a nude or semi-nude image has been shared</h2>
<p>Staff who learn that an image has been shared must tell the DSL on the same day. Staff must never view, copy, print,
forward or ask a child to send an image. A device may be confiscated and kept secure, switched off, until the DSL
decides what to do.</p>
<p>The DSL holds an initial review with the staff involved on the same school day, and then speaks to the children
concerned. Parents are normally told, unless doing so would put a child at risk.</p>
{table("When to refer to the IFD or the police", ("Circumstance", "Action"), [
    ("An adult is involved in making, sending or asking for the image", "Refer to the police and the IFD at once"),
    ("There is coercion, threats or blackmail", "Refer to the police and the IFD at once"),
    ("A child in the image is under 13, or any child involved is in primary school", "Refer to the IFD"),
    ("The image shows sexual acts or violence", "Refer to the police"),
    ("A child is at immediate risk, for example of self-harm", "Call 999"),
])}
<p>Where none of these applies, the DSL may decide to manage the incident within school, with support for the children
and a record of the decision.</p>

<h2>3. Sextortion</h2>
<p>Financially motivated sexual extortion, often called sextortion, is when someone threatens to share a child's images
unless they pay. In Mossbury most reported victims have been boys aged 14 to 17. Tell the young person: do not pay, do
not delete the messages, and stop replying. Report to the police on 101, or 999 if the young person is at immediate
risk.</p>

<h2>4. Filtering and monitoring in schools</h2>
<p>The Education Safeguarding Team expects every school and college in Mossbury to check its filtering and monitoring
arrangements once a term, and to record the check for governors.</p>

<h2>5. Gaming, livestreaming and strangers</h2>
<p>Children may be approached through online games, livestreams and group chats. Warning signs include a new online
friend who gives gifts or game credits, a request to move to a private app, and a child who becomes secretive about a
device.</p>

<h2>6. Help for parents</h2>
<p>The Online Safety Adviser runs an evening session for parents in every secondary school each autumn term. Parents
can also be pointed to the parents' pages of the MSCP website.</p>

{faq("Questions and answers", [
    ("A Year 9 pupil has sent an image to her boyfriend, who is also in Year 9. Is this a crime?",
     "Making or sharing an indecent image of anyone under 18 is an offence, but police use discretion with young "
     "people, and a consensual exchange between two children of similar age is usually managed by the school."),
    ("Should we delete the image from the child's phone?",
     "Staff should not delete or view images. The DSL may ask the young person to delete it themselves once the "
     "decision about a referral has been made."),
])}
"""

PREVENT = f"""
<h2>1. The Prevent duty</h2>
<p>Schools, colleges, health services, the police and the council have a duty to have due regard to the need to
prevent people from being drawn into terrorism. In Mossbury, Prevent is treated as part of safeguarding: it is about
protecting children, not criminalising them.{ref(1)}</p>

<h2>2. What to look out for</h2>
<p>Children can be drawn towards many ideologies, including extreme right-wing and Islamist extremism, and towards
violent misogyny. Some young people referred in Mossbury have had a mixed or unclear ideology. Signs include a sudden
change in friends or appearance, searching for or sharing extremist material online, and talking about violence as a
solution to grievances.</p>

<h2>3. Making a Prevent referral</h2>
<p>Discuss the concern with your DSL or Prevent lead first. If a referral is needed, the national Prevent referral form
is completed and sent to the High Vale Police Prevent Team, which can be contacted on 01632 960022. Where a child is in
immediate danger, or there is a risk to others, call 999.</p>
<p>If there are also wider safeguarding concerns, such as abuse at home, make a request for help to the IFD as
well.</p>

<h2>4. The Prevent Coordinator</h2>
<p>The council's Prevent Coordinator advises practitioners, runs training and sits on the Channel Panel. The Prevent
Coordinator can be reached on 01632 960023.</p>

<h2>5. The Channel Panel</h2>
<p>Channel offers voluntary support to people at risk of being drawn into terrorism. The Mossbury Channel Panel is
chaired by the council's Head of Community Safety and meets on the second Tuesday of each month. A child's parents are
asked to agree to Channel support before it starts. Cases that leave Channel are reviewed at 6 and 12 months.</p>

<h2>6. Training</h2>
<p>Every school and college in Mossbury is expected to have a Prevent lead who completes refresher training every 2
years. The MSCP runs a half-day Prevent course each term.</p>
{note("a Prevent referral is not a criminal investigation, and it does not give a child a criminal record.")}
{footnotes("Counter-Terrorism and Security Act 2015, section 26.")}
"""

ESCALATION = f"""
<h2>1. Why this policy matters</h2>
<p>Practitioners in different agencies will sometimes disagree about a child's needs, a threshold decision or whether a
plan is working. Disagreement is healthy when it is resolved quickly. The review of the J children found that a school
disagreed with a decision about the children but did not take it further; this policy is there so that no concern is
left unresolved.</p>
<p>This policy is not a way to refer a child. If a child is in immediate danger, call 999, or ring the IFD on 01632
960010.</p>

<h2>2. The four stages</h2>
<p>The MSCP uses four stages. Resolve the disagreement at the lowest stage possible, and move on only when the time
allowed has passed without agreement.</p>
{table("Escalation stages in Mossbury", ("Stage", "Who is involved", "Time allowed"), [
    ("Stage 1", "The practitioners who disagree talk directly, by phone or in person.", "2 working days"),
    ("Stage 2", "The practitioners' line managers, or the DSL in a school or college.", "3 working days"),
    ("Stage 3", "Service managers or the designated and named safeguarding professionals, using the MSCP Escalation "
     "Form.", "5 working days"),
    ("Stage 4", "The MSCP Business Manager convenes a Resolution Meeting of senior leaders from the three safeguarding "
     "partners.", "10 working days"),
])}
<p>If the disagreement is still not resolved after Stage 4, the MSCP Independent Scrutiny Lead decides, and that
decision is final. From Stage 3 onwards, a copy of the Escalation Form is sent to mossbury.escalation@example.org.</p>

<h2>3. Disagreeing with an IFD decision</h2>
<p>Ask to speak to the IFD senior practitioner on duty, who will call you back within 4 hours. If you are still
worried, move to Stage 2.</p>

<h2>4. Disagreeing with a conference decision</h2>
<p>Tell the chair during the conference and ask for your view to be recorded. If it is not resolved, write to the Head
of Quality and Review within 5 working days. The conference decision stands while your challenge is considered.</p>

<h2>5. Recording and learning</h2>
<p>Each stage is recorded on the child's file in your own agency. The MSCP Business Unit logs every escalation that
reaches Stage 3, and the Practice Review Group looks at the log every 4 months.</p>
"""

CHAPTERS = {
    "contacts.html": ("Contacts for Practitioners: Who to Call in Mossbury", "6 October 2026", CONTACTS),
    "levels-of-need.html": ("Mossbury Levels of Need: the Right Help at the Right Time", "12 January 2026", LEVELS),
    "child-protection-conferences.html": ("Child Protection Conferences and Core Groups", "3 September 2026",
                                          CONFERENCES),
    "allegations-against-staff-lado.html": ("Managing Allegations Against People Who Work with Children",
                                            "17 September 2026", LADO),
    "neglect-and-the-neglect-lens.html": ("Neglect and the Mossbury Neglect Lens", "1 October 2026", NEGLECT),
    "domestic-abuse-and-marac.html": ("Domestic Abuse, Children and the MARAC", "22 April 2026", DOMESTIC),
    "children-missing-from-home-or-care.html": ("Children Who Go Missing from Home or Care", "9 June 2026", MISSING),
    "private-fostering.html": ("Private Fostering", "14 May 2026", PRIVATE_FOSTERING),
    "online-safety-and-sharing-nudes.html": ("Online Safety and Sharing Nudes and Semi-Nudes", "2 February 2026",
                                             ONLINE),
    "radicalisation-and-prevent.html": ("Radicalisation and the Prevent Duty", "20 March 2026", PREVENT),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements (Escalation)",
                                                  "11 August 2026", ESCALATION),
}

# -- bulletin (a web page of dated items) --------------------------------------------------

ITEMS = [
    ("The LADO has a new phone number", "1 September 2026",
     ("From 1 September 2026 the LADO's telephone number is 01632 960014. The old number, 01632 960049, will divert to "
      "the new one until 31 October 2026 and will then stop working. The email address, mossbury.lado@example.org, has "
      "not changed.")),
    ("The Home Conditions Checklist has been replaced", "24 September 2026",
     ("From 1 October 2026 the Home Conditions Checklist is withdrawn and replaced by the Mossbury Neglect Lens, "
      "following the review of the J children. Requests for help that attach a Home Conditions Checklist will not be "
      "accepted by the IFD after 30 November 2026. Neglect Lens training runs on Thursday mornings in October and "
      "November at Weavers Hall.")),
    ("MARAC moves to Wednesdays", "15 October 2026",
     ("From 4 November 2026 the MARAC meets every Wednesday at 1.30pm at Weavers Hall. It no longer meets on Tuesday "
      "mornings at Thwaite Bridge Police Station. Referrals must reach the MARAC Coordinator by 12 noon on the Friday "
      "before the meeting.")),
    ("Ice on Cragwater", "2 November 2026",
     ("The park rangers at Cragwater Reservoir Country Park have asked schools to remind pupils that the reservoir is "
      "closed to swimming all year. In the last winter, rangers brought 17 children off the ice. New warning signs "
      "have been put up at the 6 main paths to the water.")),
    ("A new Independent Scrutiny Lead", "9 November 2026",
     ("Professor Hilary Quenby-Marsh has joined the MSCP as Independent Scrutiny Lead. She replaces Desmond "
      "Achterberg-Lowe, who stood down after 5 years in the role.")),
]

COURSES = [
    ("Using the Mossbury Neglect Lens", "19 November 2026", "Weavers Hall"),
    ("Domestic abuse and the MARAC", "26 November 2026", "Online (Microsoft Teams)"),
    ("Sextortion and sharing nudes: a briefing for DSLs", "3 December 2026", "Thwaite Bridge Sixth Form College"),
    ("Allegations management for employers", "14 January 2027", "Mossbury Leisure Centre"),
]


def bulletin_html() -> str:
    """The MSCP Practice Bulletin web page: dated items, then a training table and the cancellation charge."""
    items = "\n".join(f'<article class="news-item">\n<h2>{h}</h2>\n<p class="date">Posted: {d}</p>\n<p>{p}</p>\n'
                      f"</article>" for h, d, p in ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Practice Bulletin, Winter 2026 | MSCP</title>
<style>body{{font-family:Georgia,serif;margin:0;}} main{{max-width:780px;margin:0 auto;}}
.date{{color:#666;font-style:italic;}}</style>
</head>
<body>
<nav class="top-links"><a href="{SITE}/">MSCP home</a> | <a href="{SITE}/bulletins">All bulletins</a> |
<a href="{SITE}/bulletins/subscribe">Get the bulletin by email</a></nav>
<main>
<h1>MSCP Practice Bulletin: Winter 2026</h1>
<p class="lead">News for practitioners from the {PARTNERSHIP}. Published 12 November 2026.</p>
<p>The bulletin is published every quarter. Please pass it on to colleagues and volunteers who do not receive it
directly.</p>
{items}
<section class="training">
<h2>Multi-agency training this winter</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Venue</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>MSCP courses are free to anyone who works or volunteers with children in Mossbury. Book through the MSCP Business
Unit on 01632 960028. Places cancelled less than 7 days before a course, and places booked but not used, are charged
at 60 pounds.</p>
</section>
</main>
<footer class="foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/bulletins/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# -- DOCX 7-minute briefing and tea-break guide --------------------------------------------

BOARDING = [
    ("1. Why children who board?",
     [("Fellgate School at Scarhead has about 260 pupils aged 11 to 18, of whom about 190 board. Around 40 percent of "
       "the boarders have parents living overseas. Boarders spend most of the year away from their parents, and the "
       "adults who care for them are also the adults who teach, coach and discipline them.")]),
    ("2. What are the risks?",
     ["abuse or bullying by other pupils in boarding houses, especially after lights out;",
      "homesickness or low mood that hides something more serious;",
      "staff who live on site, where the line between work and home can blur;",
      "weekends and exeats when supervision is thinner;",
      "education guardians and host families that nobody has checked."]),
    ("3. The independent listener",
     [("Every boarder should have an adult outside the school staff to talk to. Fellgate's independent listener "
       "visits the boarding houses every Wednesday evening, and boarders are given the listener's details on their "
       "first day."),
      ("Boarders can also speak to the school nurse, who is not a teacher.")]),
    ("4. Guardians, host families and holidays",
     [("Boarders whose parents live overseas have an education guardian. If a boarder under 16 stays with a guardian "
       "family who are not close relatives for more than 2 weeks of a school holiday, this is private fostering and "
       "the Private Fostering Officer must be told on 01632 960019.")]),
    ("5. Who to contact",
     [("Fellgate School's Designated Safeguarding Lead can be reached on 01632 960034. Concerns about a member of "
       "boarding staff go to the LADO on 01632 960014. If a boarder may be at risk of significant harm, contact the "
       "Integrated Front Door on 01632 960010.")]),
    ("6. When a boarder goes missing",
     [("If a boarder is not at evening roll call and cannot be found within 30 minutes, the school reports them "
       "missing to the police and tells their parents or guardian. A boarder who returns is offered a return "
       "interview by Wayfinder.")]),
    ("7. Questions for reflection",
     ["Would a boarder in our school know who to tell if they were unhappy at night?",
      "Do we know where each boarder spends their holidays, and with whom?",
      "When did we last ask boarders what makes them feel unsafe?"]),
]


def boarding_docx(path: Path) -> None:
    closing = ("8. Find out more", [("Read the MSCP chapters on private fostering and on managing allegations. For "
                                     "training, contact the MSCP Business Unit at mossbury.mscp@example.org.")])
    wv.guide_docx(path, "7-Minute Briefing: Safeguarding Children Who Board",
                  f"A 7-minute briefing from the {PARTNERSHIP}. Issued: 8 June 2026.",
                  [*BOARDING, closing], bullets=("2.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 6, 8, 9, 0, 0))


MOTORWAY = [
    ("1. Who this guide is for",
     [("This guide is for staff at Ravensgill Services and at the Bobbin Lane Distribution Park: shop and restaurant "
       "staff, cleaners, security officers, drivers, warehouse workers and agency supervisors. Ravensgill Services "
       "serves about 22,000 vehicles a day. Bobbin Lane has 11 warehouses and employs about 4,800 people, many of "
       "them through employment agencies.")]),
    ("2. A lost or unaccompanied child at the services",
     [("Take the child to the information desk in the main amenity building and ring the security control room on "
       "01632 960031. Stay with the child. If the child has not been reunited with a parent within 15 minutes, or at "
       "once if you think the child has been taken, call 999."),
      ("The Safe Stop room, next to the main entrance, is a quiet room where a child can wait with a member of "
       "staff.")]),
    ("3. Signs that something is wrong",
     ["a child in the cab of a lorry, or in the lorry park at night;",
      "a young person who is dropped off and collected by different adults;",
      "an adult who answers every question for a child;",
      "a child who seems scared, confused or does not know where they are going;",
      "young people gathering near the fuel station late at night."]),
    ("4. Young workers at Bobbin Lane",
     [("Workers aged 16 and 17 must not work night shifts between 10pm and 6am, and must have a break of at least 30 "
       "minutes in any shift of more than 4 and a half hours. Agencies must tell the warehouse when a worker is under "
       "18."),
      ("If you are worried that a young worker is being controlled, is not being paid, or is living where their "
       "employer or agency tells them to, ring the site safeguarding coordinator on 01632 960032.")]),
    ("5. If a child tells you something",
     [("Listen, stay calm and do not promise to keep a secret. Tell your site safeguarding lead straight away. If the "
       "child is in danger, call 999. Otherwise the safeguarding lead contacts the Integrated Front Door on 01632 "
       "960010, or the Night and Weekend Duty Team on 01632 960012 outside office hours.")]),
    ("6. Questions for reflection",
     ["Do I know where the Safe Stop room is?",
      "Would I notice if a young colleague was being picked up by a different adult each day?"]),
]


def motorway_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Safeguarding at Ravensgill Services and Bobbin Lane Distribution Park",
                  f"A tea-break guide for staff on the motorway corridor from the {PARTNERSHIP}. Issued: 3 March 2026.",
                  MOTORWAY, bullets=("3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 3, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review (LCSPR) about three "
           "brothers and sisters, known as the J children, who were aged 2, 6 and 9. In January 2026 the youngest, "
           "Child J3, was admitted to Loomfield Hospital with pneumonia and was found to be seriously underweight. The "
           "MSCP held a rapid review within 12 working days and commissioned a local review. The lead reviewer was "
           "Ingrid Sallowfield, an independent reviewer.")),
    ("h", "The family"),
    ("p", ("The children lived with their mother in a rented farm cottage at Greave Top. Their father worked night "
           "shifts at the Bobbin Lane Distribution Park and was often away from the home. The family had no car, and "
           "two buses a day ran to Thwaite Bridge. The mother had been treated for depression since the birth of her "
           "second child.")),
    ("h", "What happened"),
    ("p", ("Over two years the children were not brought to 14 health and dental appointments. The 9-year-old had "
           "untreated tooth decay, and the 6-year-old's school attendance fell to 78 percent. A Family Help Plan was "
           "closed in 2024 after the mother said she did not want it.")),
    ("p", ("A Home Conditions Checklist completed in August 2024 rated the home as adequate. When the home was seen "
           "again in January 2026, the oil tank had been empty for three weeks and the family were heating one room "
           "with an electric fire. The school bus driver had told the school that the children often came to the bus "
           "in thin clothes.")),
    ("h", "Findings"),
    ("p", ("Finding 1: Rural isolation hid the neglect. Few professionals visited the cottage, and none in the "
           "winter.")),
    ("p", ("Finding 2: Missed appointments were treated as the family's choice. No service applied a Was Not Brought "
           "approach.")),
    ("p", ("Finding 3: Help ended when the family stepped back. The Family Help Plan was closed without a Handover "
           "Meeting or any check on the children.")),
    ("p", ("Finding 4: A single checklist was a snapshot. It was completed once, in summer, and never repeated.")),
    ("p", ("Finding 5: Disagreement was not escalated. The school thought a request for help should have been "
           "accepted in 2025, but did not use the escalation policy.")),
    ("h", "Recommendations"),
    ("n", "Replace the Home Conditions Checklist with a tool that is repeated to show change over time."),
    ("n", "Every health and dental service should follow a Was Not Brought policy."),
    ("n", "No Family Help Plan should close without a conversation with the children's school."),
    ("n", "Practitioners should visit isolated families at different times of year, including in winter."),
    ("n", "The MSCP should re-launch its escalation policy and track its use."),
    ("h", "What has changed"),
    ("p", ("The Mossbury Neglect Lens replaced the Home Conditions Checklist on 1 October 2026, and is repeated after "
           "12 weeks. The Home Warmth Fund was set up in February 2026. The Family Help Outreach Bus now visits the "
           "moorland hamlets every second Thursday. Since May 2026, 412 practitioners have been trained to use the "
           "Neglect Lens.")),
    ("p", ("Child J3 has recovered. The three children now live with their maternal aunt in Thwaite Bridge under a "
           "child arrangements order.")),
    ("h", "Questions for your team"),
    ("b", "When did we last see this family's home in winter?"),
    ("b", "What do we do when a child is not brought to an appointment?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my last annual report as Independent Scrutiny Lead. The year was dominated by the review of the J "
           "children, and I am glad that the partnership has faced its lessons about neglect honestly. I hand over to "
           "my successor with confidence. Desmond Achterberg-Lowe, Independent Scrutiny Lead.")),
    ("h", "How the partnership works"),
    ("p", ("The three safeguarding partners are Mossbury District Council, NHS High Vale Integrated Care Board and "
           "High Vale Police. In 2025-26 the Lead Safeguarding Partner was the council's Director of Children's "
           "Services. The MSCP Executive meets every 2 months. The MSCP Business Unit is led by Priya "
           "Holdsworth-Mensah, MSCP Business Manager.")),
    ("h", "Funding 2025-26"),
    ("t", [["Partner", "Contribution", "Share"],
           ["Mossbury District Council", "198,400 pounds", "52%"],
           ["NHS High Vale ICB", "106,800 pounds", "28%"],
           ["High Vale Police", "61,040 pounds", "16%"],
           ["Mossbury Schools Forum", "15,260 pounds", "4%"],
           ["Total", "381,500 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the Integrated Front Door", "7,420", "7,986"],
           ["Contacts that became referrals", "1,611", "1,734"],
           ["Re-referrals within 12 months", "22%", "19%"],
           ["Assessments completed within 40 working days", "74%", "81%"],
           ["Section 47 enquiries", "588", "617"],
           ["Initial child protection conferences", "204", "219"],
           ["Initial conferences within 12 working days", "69%", "77%"],
           ["Children with a child protection plan at 31 March", "176", "189"],
           ["Plans for a second or later time", "21%", "18%"],
           ["Family Help Plans started", "1,102", "1,260"],
           ["MARAC cases heard", "412", "455"],
           ["Missing episodes reported", "884", "942"],
           ["Return interviews accepted", "61%", "67%"],
           ["Private fostering notifications", "9", "14"],
           ["Prevent referrals about Mossbury children", "31", "38"],
           ["Allegations referred to the LADO", "96", "108"],
           ["Practitioners trained on MSCP courses", "1,640", "1,905"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 47 percent of child protection plans, emotional abuse "
           "for 33 percent, physical abuse for 12 percent and sexual abuse for 5 percent; 3 percent had more than one "
           "category. 11 of the children with a plan were unborn babies.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The MSCP held 2 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about the J children. The Child Death Overview Panel that Mossbury shares with Hartlow reviewed the deaths "
           "of 7 Mossbury children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The MSCP audited 36 cases of children living with neglect. Practice was graded good or better in 21 "
           "cases. The most common weakness, found in 14 cases, was that nobody had recorded seeing where the children "
           "slept.")),
    ("h", "The Marl Pits Traveller Site"),
    ("p", ("The Marl Pits Traveller Site has 42 pitches. The Gypsy, Roma and Traveller Liaison Team supported 63 "
           "families during the year, and helped 29 children to register with a GP or dentist.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The MSCP's priorities for 2026-27 are: neglect and cumulative harm; children in rural and isolated places; "
           "and young people at work and online, including young agency workers on the motorway corridor. Each "
           "priority is led by one of the three partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: The J Children",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 14 August 2026.", BRIEFING,
                 "Mossbury SCP | Learning Briefing: The J Children | August 2026",
                 f"{PARTNERSHIP} - mossbury-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "MSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Mossbury SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - mossbury-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Mossbury document into `out`; returns the paths written."""
    return wv.write_area(out, MOSSBURY, CHAPTERS, ("practice-bulletin-winter-2026.html", bulletin_html()),
                         {"7-minute-briefing-children-who-board.docx": boarding_docx,
                          "tea-break-guide-motorway-services-and-distribution-park.docx": motorway_docx,
                          "learning-briefing-the-j-children.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Mossbury in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
