"""Build the tenth held-out corpus (Brindleford), and assemble demo corpus + Brindleford for evaluation.

Run from the repository root:  python eval/holdout10/build.py

Brindleford is a thirteenth fictional partnership: a cathedral city on the River Brindle with the University of
Brindleford and its students' union, Wyvernmere Barracks (an army garrison at Larkhollow) and its service families, the
Port of Brindleford with the Brindle Ferry to Eastholme, HMP Hollins Vale (a women's prison with a mother and baby
unit), the orchards and fruit farms of the Pennock valley (Applecombe, Cotterhay and Sallow Green) that house seasonal
workers in caravans, Hawthorn House Children's Hospice and Wildacre Adventure Park. Its neighbour is the district of
Oakhurst Vale, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Its documents mix the registers of real partnership websites: a contacts page, a
continuum-of-need page with a table, formal chapters (passive voice, "Note" panels, footnotes, questions and answers,
tables of stages and timescales) beside short plain pages, a bulletin page with dated changes (a new out-of-hours
number, a checklist replaced by a screening tool, the exploitation panel moved to another day and place), two Word
guides and two PDFs (a practice review's learning briefing and an annual report extract with a funding table and two
years of figures). The writers are the shared ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant
mode), so the build is byte-reproducible; only Brindleford's words live here. Its phone numbers all lie in 01632
960861-960887 and 01632 960321-960344, one purpose each, and every person, place and service named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "brindleford"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Brindleford Safeguarding Children Partnership"
SITE = "https://brindleford-scp.example.org"
ADDRESS = "Chapter House Yard, 2 Minster Walk, Brindleford BQ1 3CW"
BRINDLEFORD = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="9 November 2026", abbr="BSCP", address=ADDRESS,
                      menu=("Who to call", "Continuum of Need", "Child protection conferences",
                            "Allegations and the LADO", "Neglect", "Domestic abuse and MARAC",
                            "Missing and exploited children", "Prevent", "Escalation", "Service families",
                            "Prisons and babies", "Injuries in babies"),
                      updated_label="Last reviewed")


def note(text: str) -> str:
    """A boxed "Note" in Brindleford's house style."""
    return f'<div class="bscp-panel bscp-panel--note" role="note"><p><strong>Note:</strong> {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A captioned table with Brindleford's class."""
    return wv.html_table(caption, header, rows, "bscp-table", th_attrs=' scope="col"')


def footnotes(*notes: str) -> str:
    """The numbered footnotes closing a formal chapter."""
    items = "\n".join(f'<li id="fn{i}">{n}</li>' for i, n in enumerate(notes, 1))
    return f'<section class="bscp-footnotes">\n<h2>Footnotes</h2>\n<ol>\n{items}\n</ol>\n</section>'


def ref(n: int) -> str:
    """A superscript link to footnote n."""
    return f'<sup class="fn"><a href="#fn{n}">[{n}]</a></sup>'


def faq(heading: str, pairs: list[tuple[str, str]]) -> str:
    """A heading and question-and-answer pairs."""
    items = "\n".join(f'<details class="qa" open>\n<summary>{q}</summary>\n<p>{a}</p>\n</details>' for q, a in pairs)
    return f'<h2>{heading}</h2>\n<div class="bscp-faq">\n{items}\n</div>'


# -- HTML procedure chapters --------------------------------------------------------------

CONTACTS = f"""
<p>This page lists the safeguarding numbers that practitioners in Brindleford use most often. It covers the whole
district: the city, the garrison village of Larkhollow, Quayside and Eastholme on either side of the river, and the
orchard villages of the Pennock valley (Applecombe, Cotterhay and Sallow Green). Every number is tested by the BSCP
Business Unit on the second Monday of each month.</p>
{note("these are not emergency numbers. If a child is in immediate danger, call 999.")}

<h2>Children's social care and the police</h2>
{table("Social care and police contacts in Brindleford", ("Service", "Telephone", "Hours", "Email"), [
    ("Children's Front Door (includes the MASH): all requests for support to children's social care", "01632 960861",
     "Monday to Thursday, 8.30am to 5pm; Friday, 8.30am to 4.30pm", "brindleford.frontdoor@example.org"),
    ("Practice Lead consultation line (professionals only)", "01632 960862", "Monday to Friday, 10am to 1pm",
     "No email: telephone only"),
    ("Emergency Duty Team (out of hours)", "01632 960863",
     "From 5pm Monday to Thursday and 4.30pm on Friday until the Front Door opens, and all weekend and bank holidays",
     "No email: telephone only"),
    ("Wendmoor Police Child Protection Hub (professionals only)", "01632 960864", "24 hours, every day",
     "No email: telephone only"),
    ("Local Authority Designated Officer (LADO)", "01632 960865", "Monday to Friday, 9am to 5pm",
     "brindleford.lado@example.org"),
    ("Child Protection Chairs Service (conferences and reviews)", "01632 960867", "Monday to Friday, 9am to 5pm",
     "brindleford.cpchairs@example.org"),
])}
<p>The Emergency Duty Team number changed on 2 November 2026. Calls to the old number are diverted until the end of
December 2026.</p>

<h2>Early help, schools and specialist services</h2>
{table("Early help and specialist services in Brindleford", ("Service", "Telephone", "Hours", "Email"), [
    ("Early Help Hub (advice on Early Help Assessments and Team Around the Family)", "01632 960868",
     "Monday to Friday, 9am to 5pm", "brindleford.earlyhelp@example.org"),
    ("Education Safeguarding Team (schools, colleges and nurseries)", "01632 960869",
     "Term time only, Monday to Friday, 8am to 4pm", "brindleford.edsafe@example.org"),
    ("Homeward (return interviews after a missing episode)", "01632 960870", "Monday to Saturday, 11am to 7pm",
     "brindleford.homeward@example.org"),
    ("Private Fostering Officer", "01632 960871", "Tuesday, Wednesday and Friday, 9am to 3pm",
     "brindleford.privatefostering@example.org"),
    ("Harbour IDVA Service (domestic abuse)", "01632 960872", "Monday to Friday, 9am to 5pm",
     "brindleford.harbouridva@example.org"),
    ("The Crossings Team (child exploitation)", "01632 960884", "Monday to Friday, 8am to 8pm",
     "brindleford.crossings@example.org"),
    ("Prevent Coordinator, Brindleford City Council", "01632 960874", "Monday to Friday, 9am to 5pm",
     "brindleford.prevent@example.org"),
    ("Children Missing Education Officer", "01632 960322", "Monday to Friday, 9am to 4pm",
     "brindleford.cme@example.org"),
    ("BSCP Business Unit (training, reviews and escalation)", "01632 960886", "Monday to Thursday, 9am to 4pm",
     "brindleford.bscp@example.org"),
])}

<h2>Health</h2>
<p>GPs, dentists, pharmacists and opticians can ask for advice from the Designated Nurse for Safeguarding Children at
NHS
Wendmoor Integrated Care Board on 01632 960880. The Safeguarding Children Team at Brindleford General Hospital, which
includes the Named Doctor and the Named Midwife, can be reached on 01632 960879 from 8am to 6pm on weekdays; at other
times ask the hospital switchboard for the paediatric registrar on call. Hawthorn House Children's Hospice has its own
safeguarding lead, on 01632 960326.</p>

<h2>The port, the garrison, the prison and the park</h2>
<ul>
<li>Port of Brindleford harbour security office, staffed 24 hours: 01632 960881. Use it when a child is found alone on
the quays, at the ferry terminal or on the Brindle Ferry.</li>
<li>Garrison Families Welfare Office, Wyvernmere Barracks, Larkhollow: 01632 960876.</li>
<li>HMP Hollins Vale, Mother and Baby Unit manager: 01632 960877.</li>
<li>Wildacre Adventure Park guest safety team, during park opening hours: 01632 960882.</li>
<li>Seasonal Workers Liaison Officer for the fruit farms: 01632 960321.</li>
<li>University of Brindleford Student Safeguarding Team, for students under 18: 01632 960883.</li>
</ul>

{faq("Which number do I need?", [
    ("I have a worry about a child but I cannot tell whether it needs a referral.",
     "Phone the Practice Lead consultation line on 01632 960862 and talk it through with an experienced social "
     "worker. It gives advice only: it is not a referral, and the decision stays with you."),
    ("It is quarter to five on a Friday and nobody at the Front Door is answering.",
     "On Fridays the Front Door closes at 4.30pm, so ring the Emergency Duty Team on 01632 960863."),
    ("The family live over the border in Oakhurst Vale, but the child goes to school in Brindleford.",
     "Requests for support go to the council where the child lives, so contact Oakhurst Vale's children's services. "
     "If the child is at immediate risk, the Brindleford Front Door will act first and pass the case on."),
    ("Can a neighbour or a grandparent ring the Front Door?",
     "Yes. Members of the public, parents and young people can ring the Front Door on 01632 960861 while it is open."),
    ("A first-year student is only 17. Who do I tell at the university?",
     "Ring the University of Brindleford Student Safeguarding Team on 01632 960883, and make a request for support "
     "to the Front Door as you would for any other child."),
])}
"""

LEVELS = f"""
<h2>1. Introduction</h2>
<p>The Brindleford Continuum of Need is the threshold guidance of the {PARTNERSHIP} (BSCP). It sets out four levels of
need and what is expected to happen at each. The levels are an aid to professional judgement, not a tick list, and a
child may move up or down the continuum as circumstances change.{ref(1)}</p>
<p>Before asking another agency for help, the practitioner is expected to have spoken with the family, found out which
services are already involved and discussed the worry with their designated safeguarding lead (DSL) or safeguarding
supervisor.</p>

<h2>2. The four levels</h2>
{table("The Brindleford Continuum of Need", ("Level", "Description", "Indicators", "Response"), [
    ("Level 1: Universal", "Children whose needs are met by their family and by services available to everyone.",
     "Attendance at school of 96 percent or more; up to date with immunisations; has friends and a trusted adult.",
     "Schools, GPs, health visitors, nurseries and youth groups. No request for support is needed."),
    ("Level 2: Early Help", "Emerging needs that one agency can meet, perhaps with advice from another.",
     "Attendance between 90 and 96 percent; a parent isolated after a house move or a posting; early signs of "
     "anxiety; a toddler's speech is behind.",
     "The agency that knows the family best offers support and may start an Early Help Assessment (EHA)."),
    ("Level 3: Team Around the Family", "Several needs that call for a coordinated plan between agencies.",
     "Attendance below 90 percent; parental drinking that affects routines; a young carer whose own needs are not met; "
     "a family in overcrowded caravan accommodation on a farm.",
     "An EHA and a Team Around the Family (TAF) with a lead practitioner, registered with the Early Help Hub."),
    ("Level 4: Specialist", "The child is a child in need, or is suffering or likely to suffer significant harm.",
     "A disclosure of abuse; any bruise or mark on a baby who is not yet mobile; a child exploited by others; a parent "
     "whose mental illness leaves a young child without care.",
     "A request for support to the Children's Front Door on 01632 960861. Phone first where there is risk of "
     "significant harm."),
])}

<h2>3. Early help at Levels 2 and 3</h2>
<p>An Early Help Assessment is started with the family's agreement by whichever practitioner knows them best. Every EHA
is to be registered with the Early Help Hub within 3 working days of being started, so that the Hub can tell the
practitioner whether another agency is already working with the family.</p>
<p>At Level 3 a Team Around the Family is formed and a lead practitioner is named. TAF meetings are held at least every
8 weeks, and the EHA is reviewed after 12 weeks. Where a family has made little or no progress after 3 TAF meetings, the
lead practitioner is expected to discuss with their DSL whether a request for support at Level 4 is needed.</p>
<p>The Early Help Hub can be contacted on 01632 960868. Its advisers hold a surgery for lead practitioners every
Thursday morning at the Minster Library.</p>

<h2>4. Requests for support at Level 4</h2>
<p>Requests for support are made through the online Request for Support portal on the BSCP website. Where a child may be
at risk of significant harm, the Children's Front Door is to be telephoned first, and the portal request completed by
the end of the next working day.</p>
<p>A request should say what has been seen and heard, what the child has said in their own words, what help has already
been offered and what the practitioner thinks will happen if nothing changes. The names and dates of birth of everyone
in the household are to be given, including adults who stay only some nights.</p>
{note("professionals cannot make anonymous requests for support. A member of the public may ask that their name is not "
      "shared with the family.")}

<h2>5. Decisions at the Front Door</h2>
<p>Every contact is given a RAG rating by a qualified social worker in the MASH. A red contact is decided within 2
hours;
an amber contact within 1 working day; a green contact within 3 working days.{ref(2)} The referrer is told the outcome
within 3 working days, and a referrer who has not heard by then may ring the Front Door and ask for the duty team
manager.</p>
<p>In Brindleford, child and family assessments are completed within 35 working days, which is sooner than the national
maximum of 45 working days.</p>
<p>Where a child has been the subject of 4 or more contacts within 12 months, a senior practitioner completes a History
Review of the child's records before the latest contact is decided.</p>

<h2>6. Consent</h2>
<p>At Levels 2 and 3 support is voluntary, and the family's informed consent is needed before an EHA is started or
information is shared. At Level 4 parents should normally be told about a request for support, but their consent is not
needed where a child may be at risk of significant harm, and they are not told where telling them could put a child at
greater risk.</p>

<h2>7. Stepping down</h2>
<p>When children's social care ends its involvement but the family still needs help, a Transition Meeting with the new
lead practitioner is held within 10 working days of the decision to step down.</p>

<h2>8. Families who move often</h2>
<p>Service families at Larkhollow, seasonal workers on the Pennock valley farms and families of women at HMP Hollins
Vale
may move in and out of Brindleford at short notice. The level of need is to be judged on the child's circumstances, not
on how long the family has lived here. When a family with an open EHA leaves Brindleford, the lead practitioner tells
the new area's early help service within 5 working days, with the family's consent.</p>
{footnotes("The Continuum of Need was approved by the BSCP Executive in December 2025 and is reviewed every 2 years.",
           "Working Together to Safeguard Children 2023, chapter 3.")}
"""

CONFERENCES = f"""
<h2>1. Scope</h2>
<p>This chapter sets out how child protection conferences are convened and conducted in Brindleford, and how the core
group carries out the child protection plan. It should be read alongside Working Together to Safeguard Children
2023.{ref(1)}</p>

<h2>2. The Child Protection Chairs Service</h2>
<p>Conferences are convened by the Child Protection Chairs Service, which is based at the Guildhall Annexe on Minster
Walk. Each conference is chaired by an independent Child Protection Chair who has no line management responsibility for
the case. The service can be contacted on 01632 960867 or at brindleford.cpchairs@example.org.</p>

<h2>3. The initial child protection conference</h2>
<p>An initial child protection conference (ICPC) is to be held within 14 working days of the strategy discussion at
which the section 47 enquiry was started. The team manager books the conference on the Conference Booking Form within 1
working day of deciding that one is needed.</p>
<p>A conference is quorate when children's social care, the police and at least one other agency that has had direct
contact with the child are present. If a conference is not quorate, the chair decides whether to proceed or to
reconvene it within 5 working days.</p>
<p>Where the child is judged to be at continuing risk of significant harm, a child protection plan is made under one
of four categories: neglect, physical abuse, emotional abuse or sexual abuse.</p>
{note("a pre-birth child protection conference is held no later than the 30th week of pregnancy, so that the plan "
      "is in place well before the baby is born.")}

<h2>4. Reports</h2>
<p>Every agency invited provides a written report on the BSCP conference report template. Reports are sent to the Child
Protection Chairs Service at least 5 working days before the conference, and the author shares the report with the
parents at least 3 working days before it.</p>
<p>Brindleford conferences follow four headings: Danger, Strengths, Complicating Factors and Safety Goals. At the close,
each professional present gives a scaling score from 0 to 10, where 10 means the child is safe enough for the case to
be closed to children's social care.</p>

<h2>5. Parents, children and other participants</h2>
<p>Parents are invited to every conference and may bring a friend or supporter. The chair meets the parents for 30
minutes before the conference begins. If an interpreter is required, the Chairs Service must be told at least 5 working
days beforehand. A parent can be excluded from all or part of a conference only with the chair's agreement.</p>
<p>Children aged 10 and over are invited to attend all or part of their conference and are offered an independent
advocate from Speak Up Brindleford. A parent who does not attend is offered a meeting with the chair within 10 working
days to go through the outcome.</p>
<p>Where a parent is in custody at HMP Hollins Vale, the Chairs Service arranges for them to join by video link from
the prison, and the prison's offender manager is invited. Where a parent serves at Wyvernmere Barracks, the Garrison
Families Welfare Office is invited only with the parents' consent.</p>

<h2>6. Core groups</h2>
<p>The first core group meeting is held within 10 working days of the initial conference, and the core group then meets
at least every 6 weeks. The social worker circulates the notes of each meeting within 5 working days. A member who
cannot attend must send the social worker an update before the meeting.</p>

<h2>7. Visits</h2>
<p>The social worker visits every child subject to a child protection plan at least every 10 working days, and children
old enough to do so are seen on their own at every visit.</p>

<h2>8. Review conferences</h2>
<p>The first review child protection conference (RCPC) is held within 3 months of the initial conference, and later
reviews at intervals of not more than 6 months. When a plan ends, the child is supported as a child in need for at least
3 months, with a child in need review every 6 weeks.</p>

<h2>9. Children moving into Brindleford</h2>
<p>When a child subject to a child protection plan moves into Brindleford, whether from Oakhurst Vale, from another
posting or from elsewhere, a transfer-in conference is held within 15 working days of the Chairs Service being told of
the move.</p>

<h2>10. Minutes and complaints</h2>
<p>A summary of decisions is sent to everyone invited within 1 working day, and the full minutes within 15 working days.
A parent who is unhappy with a conference decision may write to the Service Manager for Safeguarding and Quality within
20 working days. Professionals who disagree should use the BSCP escalation policy.</p>

{faq("Frequently asked questions", [
    ("Can a GP send a report without attending?",
     "Yes. A GP who is unable to attend is still expected to send a report to the Chairs Service at least 5 working "
     "days before the conference."),
    ("Where are conferences held?",
     "Conferences are held at the Guildhall Annexe, and anyone invited may join online instead. Review conferences "
     "for a baby in the Mother and Baby Unit are held at HMP Hollins Vale."),
    ("Can a teaching assistant attend instead of the DSL?",
     "Yes, if they know the child well, but the DSL remains responsible for the school's report."),
])}
{footnotes("Working Together to Safeguard Children 2023, chapter 4.")}
"""

LADO = f"""
<h2>1. Introduction</h2>
<p>This chapter sets out what must happen in Brindleford when it is alleged that an adult who works or volunteers with
children has harmed a child or may pose a risk to children. Such allegations are managed with the Local Authority
Designated Officer (LADO).{ref(1)}</p>
<p>Brindleford has two designated officers, Ffion Castellane-Bright and Olumide Ashworth-Kerr, supported by a LADO
coordinator.</p>

<h2>2. Contacting the LADO</h2>
<p>The LADO can be reached on 01632 960865 or at brindleford.lado@example.org, Monday to Friday, 9am to 5pm. Outside
those hours, where a child may be at immediate risk, the Emergency Duty Team is to be contacted and the LADO informed on
the next working day.</p>

<h2>3. When the LADO must be told</h2>
<p>The LADO must be told when it is alleged that a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children;</li>
<li>behaved or may have behaved in a way that indicates they may not be suitable to work with children.</li>
</ul>
<p>The fourth test includes conduct outside work, such as a police call-out to the person's home for domestic
abuse.</p>

<h2>4. Timescales</h2>
{table("Allegations timescales in Brindleford", ("Step", "Who", "Timescale"), [
    ("Tell the LADO by telephone or email", "The employer's designated senior manager or the DSL",
     "Within 1 working day of the allegation being known"),
    ("Send the LADO Notification Form (LNF)", "The employer", "Within 2 working days of first contact with the LADO"),
    ("Decide whether the harm threshold is met", "The LADO", "Within 2 working days of receiving the LNF"),
    ("Allegation Planning Meeting (APM)", "The LADO, employer, police and children's social care",
     "Within 7 working days, or within 3 working days where a child may be at continuing risk"),
])}

<h2>5. What employers must not do</h2>
<p>The employer is not to investigate the allegation, interview the child or the adult concerned, or tell the adult
about the allegation before the LADO has been consulted. A written note of what was seen or heard, signed and dated, is
to be made and kept securely.</p>

<h2>6. Suspension</h2>
<p>Suspension is not a default position. It is considered at the Allegation Planning Meeting, and alternatives such as
moving the person to work away from children, or working alongside a colleague, are considered first. The employer
names a welfare contact to keep the adult informed.</p>

<h2>7. Outcomes and targets</h2>
<p>Each allegation ends with one of five outcomes: substantiated, malicious, false, unsubstantiated or unfounded. The
Brindleford LADO service aims to conclude 75 percent of allegations within 1 month, 90 percent within 3 months and all
but the most complex within 12 months. Where the person is dismissed, or would have been had they not resigned, the
employer must refer them to the Disclosure and Barring Service.</p>

<h2>8. Low-level concerns</h2>
<p>Concerns that do not meet the harm threshold are recorded and managed by the employer under its code of conduct.
Schools, nurseries and colleges in Brindleford are asked to review their low-level concerns log at least once every half
term, and to consult the LADO where several concerns about the same person form a pattern.</p>

<h2>9. Particular settings</h2>
<p>Where the person is a serving member of the armed forces, for example a cadet instructor from Wyvernmere Barracks,
the LADO also informs the Garrison Families Welfare Office. Allegations about seasonal staff at Wildacre Adventure Park,
staff or volunteers at Hawthorn House Children's Hospice, and student volunteers from the University of Brindleford are
referred to the LADO in the same way as any other.</p>
<p>The LADO holds an advice drop-in for sports clubs, churches and other voluntary groups on the third Wednesday of each
month at the Guildhall Annexe.</p>

{faq("Questions and answers", [
    ("The person was supplied by an agency. Who makes the referral?",
     "The setting where the concern arose refers to the LADO and informs the agency. Both attend the Allegation "
     "Planning Meeting."),
    ("Do we tell the child's parents?",
     "Parents are normally told, but the timing and who tells them are agreed with the LADO and the police first."),
    ("The allegation is about something that happened 15 years ago. Does it still come to the LADO?",
     "Yes. Historical allegations are referred to the LADO in the same way, and reported to the police."),
])}
{footnotes("Working Together to Safeguard Children 2023, chapter 2.",
           "Keeping Children Safe in Education, Part 4.")}
"""

NEGLECT = f"""
<h2>1. Understanding neglect</h2>
<p>Neglect is the persistent failure to meet a child's basic physical or psychological needs, likely to result in
serious impairment of the child's health or development. It is rarely a single event: harm builds up over time, and it
can be missed because each visit on its own seems acceptable. Neglect is the most common category of child protection
plan in Brindleford.</p>

<h2>2. Neglect in Brindleford</h2>
<p>Practitioners in Brindleford see neglect in very different homes: in the city's older terraces and tower blocks, in
temporary accommodation on the Eastholme estates, and in the static caravans that house seasonal workers and their
families on the fruit farms of the Pennock valley. Poverty is not the same as neglect, but it makes neglect harder to
see and harder to end.</p>

<h2>3. The Brindleford Home and Care Tool</h2>
<p>The Brindleford Home and Care Tool (HaCT) is the partnership's assessment tool for neglect. It looks at six areas of
a child's life:</p>
<ul>
<li>food and nutrition;</li>
<li>housing, warmth and hygiene;</li>
<li>health, including dental health and attendance at appointments;</li>
<li>safety and supervision;</li>
<li>love, warmth and care;</li>
<li>play, learning and stimulation.</li>
</ul>
<p>Each area is graded from 1 to 4, where 1 means the child's needs are met and 4 means they are seriously unmet. The
HaCT is completed with the parents, not about them, and usually takes about an hour.</p>
{table("Acting on HaCT grades", ("HaCT result", "What to do"), [
    ("All areas graded 1", "Carry on with universal support and record the result."),
    ("Any area graded 2", "Offer Level 2 support from your own agency and repeat the HaCT."),
    ("Any area graded 3", "Start an Early Help Assessment and a Team Around the Family at Level 3."),
    ("Any area graded 4, or three or more areas graded 3", "Talk to your DSL the same day and make a request for "
                                                           "support "
     "to the Children's Front Door on 01632 960861."),
])}
<p>The HaCT is repeated after 10 weeks so that progress, or the lack of it, can be measured. A single HaCT is a
snapshot and is never enough on its own to decide whether a child is neglected.</p>

<h2>4. Seeing the child's world</h2>
<p>With the family's agreement, practitioners look at where each child sleeps, whether there is food in the house and
whether the home is warm and safe. In caravans, check for gas heaters without ventilation, the absence of a working
carbon monoxide alarm and more people sleeping there than there are beds. Record whether you saw something yourself or
were told about it.</p>

<h2>5. Was Not Brought</h2>
<p>A child does not miss an appointment: a child is not brought. When a child is not brought to 2 health or dental
appointments in a row, the service contacts the parent and tells the health visitor or school nurse. After a third
appointment is missed, the service discusses with its safeguarding lead whether a request for support is needed.</p>

<h2>6. The Essentials Grant</h2>
<p>The Brindleford Essentials Grant helps families with beds, bedding, cooking equipment and fuel. Any practitioner can
apply on a family's behalf. The grant is up to 250 pounds per household, once in any 12 months, and is usually paid
within 3 working days. Ring 01632 960325 or email brindleford.essentials@example.org.</p>

<h2>7. Teenagers</h2>
<p>Neglect of adolescents is easily overlooked because older children can seem to manage. Signs include a young person
who is always hungry, who has stopped seeing friends, who is often in the city centre late at night, or whose parents do
not know where they are.</p>

<h2>8. Neglect Champions</h2>
<p>Each partner agency names at least one Neglect Champion, who supports colleagues to use the HaCT. Neglect Champions
meet every 2 months, and new champions complete a one-day course run by the BSCP.</p>
{note("low school attendance on its own is not a reason for a Level 4 request for support. Use the HaCT to look at the "
      "whole of the child's life.")}
"""

DOMESTIC = f"""
<h2>1. Children as victims</h2>
<p>Children who see, hear or experience the effects of domestic abuse are victims in their own right under the Domestic
Abuse Act 2021.{ref(1)} Domestic abuse includes physical and sexual violence, coercive and controlling behaviour,
economic abuse and emotional abuse. Young people aged 16 and 17 can be abused by a partner of their own, and this is to
be treated as a safeguarding concern.</p>
{note("domestic abuse is never to be asked about in front of a partner or other family member, and a child is never to "
      "be used to interpret.")}

<h2>2. Assessing risk</h2>
<p>Practitioners who have been trained complete the DASH risk checklist with the adult victim. A case is referred to
MARAC where 14 or more questions are answered yes, where professional judgement indicates high risk, or where there
have been 3 or more police call-outs to the household in 12 months.</p>

<h2>3. The MARAC in Brindleford</h2>
<p>The Multi-Agency Risk Assessment Conference (MARAC) shares information and plans safety for adult victims at high
risk of serious harm and for their children. The Brindleford MARAC meets every other Thursday at 9.30am at Brindleford
Central Police Station. Referrals are sent to the MARAC Coordinator at brindleford.marac@example.org within 2 working
days of the risk assessment, and are heard at the next meeting. The MARAC Coordinator can be contacted on 01632
960873.</p>
<p>When a child lives in the household, the Children's Front Door is told of every MARAC referral, and the child's
school or nursery is given any actions that concern the child.</p>

<h2>4. Harbour IDVA Service</h2>
<p>The Harbour IDVA Service provides independent domestic violence advisers (IDVAs) for victims at high risk. An adviser
contacts the victim within 2 working days of the referral. Harbour also has a Young People's Advocate, who supports
young people aged 13 to 18 who are being abused by a partner. The service can be reached on 01632 960872.</p>

<h2>5. Project Beacon</h2>
<p>Under Project Beacon, Wendmoor Police tell a child's school or nursery when officers have attended a domestic abuse
incident at the child's home. The setting's Beacon Lead, usually the DSL, is told by 8.45am on the next school day. The
Beacon Lead makes sure the child has a trusted adult available that day; the child is not to be questioned about the
incident.</p>

<h2>6. Service families</h2>
<p>Where the person causing harm is a serving soldier at Wyvernmere Barracks, the police response is the same as for
anyone else. Victims can also get confidential help from the Garrison Families Welfare Office on 01632 960876, which can
arrange housing away from the garrison. A parent's deployment or return from deployment can be a time of increased
risk.</p>

<h2>7. Support and programmes</h2>
<p>The Brindleford Domestic Abuse Helpline is open 24 hours a day on 01632 960885, for victims, families and
practitioners who want advice. The city's refuge, at a confidential address, has 11 family rooms.</p>
<p>Fresh Course is a 24-week group programme for men who have used abusive behaviour towards a partner. Referrals can be
made by the man himself or by a social worker on 01632 960887.</p>

<h2>8. Pregnancy</h2>
<p>Domestic abuse often begins or escalates during pregnancy. Midwives ask every woman about domestic abuse at the
booking appointment and again at the 36-week appointment, and always when she is seen on her own.</p>

{faq("Questions and answers", [
    ("The victim does not want a MARAC referral. Can I still refer?",
     "Yes. Consent should be sought where it is safe to do so, but a referral can be made without consent where the "
     "risk is high. Record your reasons."),
    ("The children were asleep upstairs during the incident. Are they affected?",
     "Yes. Children who hear abuse, or who live with its aftermath, are affected even when they did not see it."),
])}
{footnotes("Domestic Abuse Act 2021, section 3.")}
"""

MISSING = f"""
<h2>1. Introduction</h2>
<p>A child who goes missing may be at serious risk of harm, and going missing is often a sign of difficulties at home,
in a placement or of exploitation. Wendmoor Police treat any child whose whereabouts cannot be established as missing.
Every episode is to be taken seriously, however often the child has been missing before.</p>

<h2>2. Reporting a child missing</h2>
<p>Parents should call 999 if they believe their child is in danger, and 101 otherwise. Nobody has to wait 24 hours
before reporting a child missing.</p>
<p>Foster carers and children's home staff follow the child's individual missing plan. Unless the plan says otherwise,
they report the child to the police no later than 45 minutes after the time the child was due back, and inform the
child's social worker or, out of hours, the Emergency Duty Team.</p>

<h2>3. The Find Me Form</h2>
<p>Every child looked after by Brindleford City Council has a Find Me Form: a recent photograph, a description, the
child's phone numbers and social media names, and the places and people the child is known to visit. The photograph is
replaced at least every 3 months, and the form is checked each time the child goes missing.</p>

<h2>4. Places of concern</h2>
<p>Children reported missing in Brindleford have been found on the riverside towpath, at the Quayside ferry terminal,
in the cathedral close at night, at Wildacre Adventure Park and at Brindleford bus and coach station. Where a missing
child may be near the river, call 999 at once because of the tidal currents, and tell the harbour security office on
01632 960881.</p>

<h2>5. Return interviews</h2>
<p>Every child who comes back from a missing episode is offered a return interview by Homeward, a service independent
of the child's carers, social worker and the police. In Brindleford the interview is offered within 24 hours of the
child's return and completed within 72 hours. The child chooses where it takes place.</p>
<p>If the child declines, Homeward tries twice more over the next 7 days, by phone, by letter or through a trusted
adult. What is learned is shared with the child's social worker within 1 working day. Homeward can be contacted on 01632
960870 or at brindleford.homeward@example.org.</p>

<h2>6. Missing strategy meetings</h2>
<p>A missing strategy meeting is held when a child has been missing 4 or more times in 3 months, has been missing for
more than 48 hours on one occasion, or whenever exploitation is suspected. The meeting is chaired by a social work team
manager, and decides whether the child should be referred to the MACE panel described in the chapter on child
exploitation.</p>

<h2>7. Children placed in Brindleford by other councils</h2>
<p>Where a child has been placed in Brindleford by another council, such as Oakhurst Vale, the placing council remains
responsible for the return interview. Homeward may carry it out by agreement, so that the child does not have to travel
back.</p>

<h2>8. Children missing education</h2>
<p>A school must tell the council when it is about to take a pupil off its roll. Where a pupil has been absent without
explanation for 10 consecutive school days and the school cannot contact the family, the school refers the child to the
Children Missing Education Officer on 01632 960322. This includes children of seasonal workers who leave the Pennock
valley farms, and service children whose family has been posted elsewhere, when the new school is not known.</p>

{faq("Questions and answers", [
    ("A 14 year old in a children's home has messaged staff to say he is staying at a friend's. Is he missing?",
     "If staff do not know where he is and cannot confirm he is safe, yes. Follow his missing plan."),
    ("Who carries out a return interview for a child who truants from school?",
     "A child who is absent from school but not from home has not had a missing episode. Follow the school's "
     "attendance procedures and, where needed, the children missing education procedure."),
])}
"""

EXPLOITATION = f"""
<h2>1. Purpose</h2>
<p>This chapter covers child criminal exploitation (CCE), child sexual exploitation (CSE) and county lines in
Brindleford. It is for every practitioner who works with children and young people, and for staff at the port, the
ferry, the bus and coach station and Wildacre Adventure Park.</p>

<h2>2. Definitions</h2>
<p>Child criminal exploitation is where an individual or group takes advantage of an imbalance of power to coerce,
control, manipulate or deceive a child into criminal activity. Child sexual exploitation is where a child is coerced,
manipulated or deceived into sexual activity in exchange for something the child needs or wants, or for the benefit of
the person exploiting them. County lines is a form of criminal exploitation in which children are used to move and sell
drugs across areas, controlled through a dedicated phone line.{ref(1)} A child can be exploited even when the activity
appears consensual.</p>

<h2>3. Exploitation in Brindleford</h2>
<p>Young people have been used to carry drugs and cash on the Brindle Ferry between Quayside and Eastholme, and on the
coaches that stop at Brindleford bus and coach station. Flats on the Eastholme estates have been taken over by dealers
(cuckooing). Older men have targeted girls near the riverside bars, and young seasonal staff at Wildacre Adventure Park
have been offered lifts and alcohol by adults they met at work.</p>
<p>Under the Brindle Ferries conditions of carriage, children under 12 may not travel on the ferry without an adult.
Ferry crew who are worried about a young passenger contact the Brindle Ferries duty manager on 01632 960327, who alerts
the harbour security office.</p>

<h2>4. What to do</h2>
<p>Where exploitation is suspected, the practitioner completes the Exploitation Risk Checklist and sends it with a
request for support to the Children's Front Door. The Crossings Team, the council's specialist exploitation team, works
with young people aged 10 to 25 and can be consulted on 01632 960884. If a child is in immediate danger, call 999.</p>
<p>Any child who may have been trafficked, including moved within Brindleford to sell drugs, is to be referred to the
National Referral Mechanism. In Brindleford, NRM referrals for children are made by the Crossings Team. A child's
consent
is not needed for an NRM referral.</p>

<h2>5. The MACE panel</h2>
<p>The Multi-Agency Child Exploitation (MACE) panel considers the children at highest risk of exploitation, and the
places and adults linked to them. It meets on the first Monday of each month at the Guildhall and is chaired by a
Detective Chief Inspector from Wendmoor Police. Children are referred to the panel by their social worker after a
strategy meeting.</p>

<h2>6. Language</h2>
<p>The words used about exploited children shape how they are treated. The BSCP asks every agency to avoid language that
blames the child.</p>
{table("Language to use and to avoid", ("Instead of", "Say"), [
    ("Putting themselves at risk", "At risk of exploitation, or being harmed by others"),
    ("Consenting to sex", "Being sexually exploited; a child cannot consent to their own abuse"),
    ("Running drugs for gangs", "Being criminally exploited"),
    ("Prostituting themselves", "Being sexually abused or exploited"),
    ("Choosing this lifestyle", "Being groomed, controlled or coerced"),
])}

<h2>7. Disruption</h2>
<p>Wendmoor Police use Child Abduction Warning Notices, closure orders and other powers to disrupt adults who exploit
children. Practitioners are asked to share intelligence, such as car registrations and nicknames, using the police
partnership intelligence form, even when it seems small.</p>

<h2>8. Turning 18</h2>
<p>Exploitation does not stop at 18. Planning for a young person's move to adult services is to start no later than the
age of 17 and a half, and the Crossings Team can continue to work with them until they are 25.</p>
{footnotes("Home Office, Criminal Exploitation of Children and Vulnerable Adults: County Lines guidance.")}
"""

PREVENT = f"""
<h2>1. The Prevent duty</h2>
<p>Specified authorities, including schools, colleges, universities, health bodies, the police and the council, must
have due regard to the need to prevent people from being drawn into terrorism.{ref(1)} In Brindleford, Prevent is part
of everyday safeguarding: its purpose is to protect children and young people, not to criminalise them.</p>

<h2>2. Signs of concern</h2>
<p>Young people can be drawn towards a range of ideologies, including extreme right-wing terrorism, Islamist terrorism
and violent misogyny, and some have no clear ideology at all but a fascination with mass violence. Possible signs
include a sudden change in friends or behaviour, an interest in extremist material online, the use of extremist symbols
or language, and justifying violence against a particular group.</p>

<h2>3. Making a Prevent referral</h2>
<p>A concern is first discussed with the DSL or the organisation's Prevent lead. If a referral is needed, the national
Prevent referral form is completed and sent to the Wendmoor Police Prevent Team, which can be reached on 01632 960875.
If there is an immediate risk to the child or to others, call 999.</p>
<p>Where there are also wider safeguarding concerns, such as neglect or abuse at home, a request for support is made to
the Children's Front Door as well.</p>

<h2>4. The Prevent Coordinator</h2>
<p>The council's Prevent Coordinator gives advice to practitioners, delivers training and attends the Channel Panel. The
Prevent Coordinator can be contacted on 01632 960874.</p>

<h2>5. The Channel Panel</h2>
<p>Channel is a voluntary programme of support for people at risk of being drawn into terrorism. The Brindleford Channel
Panel is chaired by the council's Assistant Director for Communities and meets on the last Wednesday of each month.
For a
child, the parents' consent is sought before support begins. People who leave Channel are reviewed after 6 months and
again after 12 months.</p>

<h2>6. The University of Brindleford and the students' union</h2>
<p>The university has its own Prevent lead, who works with the students' union. Some first-year students are 17 when
they
arrive, and the university's Under 18s Policy applies to them. External speakers at students' union events must be
booked at least 14 days in advance, so that the event can be risk assessed; a speaker booked at shorter notice can only
go ahead with the agreement of the union's chief executive.</p>

<h2>7. Training</h2>
<p>Every school and college in Brindleford is expected to name a Prevent lead, who completes refresher training at least
every 3 years. The BSCP runs a twilight Prevent briefing for DSLs every half term.</p>
{note("a Prevent referral does not mean a child is under criminal investigation, and it does not give them a criminal "
      "record.")}
{footnotes("Counter-Terrorism and Security Act 2015, section 26.")}
"""

ESCALATION = f"""
<h2>1. Why this matters</h2>
<p>Professionals will sometimes disagree about a child's level of need, a decision made by another agency or whether a
plan is keeping a child safe. Healthy challenge is part of good safeguarding, provided the disagreement is resolved
quickly and the focus stays on the child. The Baby T review found that concerns were not followed up because nobody
felt able to challenge another agency's view.</p>
<p>This policy is not a way to refer a child. If a child is in immediate danger call 999, or contact the Children's
Front
Door on 01632 960861.</p>

<h2>2. The five stages</h2>
<p>The BSCP has a five-stage escalation process. Disagreements are resolved at the lowest possible stage, and move on
only
when the time allowed has passed without agreement.</p>
{table("Escalation stages in Brindleford", ("Stage", "Who is involved", "Time allowed"), [
    ("Stage 1", "The practitioners who disagree speak directly, by phone or face to face.", "3 working days"),
    ("Stage 2", "Their supervisors or team managers, or the DSL in a school, college or nursery.", "5 working days"),
    ("Stage 3", "Service managers or the designated and named safeguarding professionals, using the BSCP Escalation "
     "Notice.", "5 working days"),
    ("Stage 4", "Heads of service or equivalent senior managers in each agency.", "10 working days"),
    ("Stage 5", "The BSCP Independent Scrutineer convenes an Escalation Panel with a senior leader from each of the "
                "three "
     "safeguarding partners.", "10 working days"),
])}
<p>The decision of the Escalation Panel is final. From Stage 3 onwards, a copy of the Escalation Notice is sent to
brindleford.escalation@example.org so that the BSCP Business Unit can track the case.</p>

<h2>3. Disagreeing with a Front Door decision</h2>
<p>Ask to speak to the Front Door team manager on duty, who will call you back on the same working day. If you are still
worried after that conversation, go to Stage 2.</p>

<h2>4. Disagreeing with a conference decision</h2>
<p>Raise the disagreement with the chair during the conference and ask for your view to be minuted. If it is not
resolved, write to the Service Manager for Safeguarding and Quality within 3 working days. The conference decision
stands
while the challenge is considered.</p>

<h2>5. Recording and learning</h2>
<p>Each stage is recorded on the child's record in your own agency, with what was discussed and what was agreed. The
BSCP Business Unit keeps a log of every escalation that reaches Stage 3, and the Learning and Improvement Group reviews
the log every quarter.</p>
"""

SERVICE_FAMILIES = """
<h2>Service families in Brindleford</h2>
<p>Wyvernmere Barracks at Larkhollow is home to two army regiments. About 1,400 children from service families live in
Brindleford, and at Larkhollow Primary School around 7 in 10 pupils have a parent in the armed forces. Most service
families move every 2 to 3 years.</p>

<h2>What is different for these children?</h2>
<ul>
<li>frequent moves of home and school, which can mean records and concerns do not follow the child;</li>
<li>a parent deployed for up to 6 months at a time, and the strain when they come home;</li>
<li>living on the garrison, away from wider family and friends;</li>
<li>a parent injured or unwell after service, with children taking on caring roles;</li>
<li>a worry that asking for help will harm a parent's career.</li>
</ul>

<h2>The Garrison Families Welfare Office</h2>
<p>The Garrison Families Welfare Office at Wyvernmere Barracks gives confidential support to service families and can
help professionals contact a family. Its welfare officers can attend meetings about a child, but only with the parents'
agreement. Call 01632 960876, Monday to Friday, 8am to 4.30pm.</p>

<h2>When a family is posted away</h2>
<p>If a child with a child protection plan or a child in need plan is moving because of a posting, the social worker
tells the Garrison Families Welfare Office at least 4 weeks before the move, so that children's services in the new
area,
including overseas, can be told in good time. Schools send the child's safeguarding file to the new school within 5
school days of the child leaving.</p>

<h2>Early help at Larkhollow</h2>
<p>The Larkhollow Community Centre runs a stay and play session every Wednesday morning and a Deployment Support Group
for parents whose partner is away. Families can be referred by any practitioner or can simply turn up.</p>

<h2>Remember</h2>
<p>Service life is not in itself a safeguarding concern, and most service children thrive. Apply the Brindleford
Continuum of Need in the same way as for any other child.</p>
"""

PRISONS = f"""
<h2>1. Introduction</h2>
<p>HMP Hollins Vale is a women's prison on the edge of Brindleford. It holds about 360 women and has a Mother and Baby
Unit (MBU) with 12 places. This chapter covers babies living with their mothers in the MBU, women who are pregnant in
custody, and children who visit a parent in prison.{ref(1)}</p>

<h2>2. The Mother and Baby Unit</h2>
<p>A baby can live with their mother in the MBU until the age of 18 months. A woman applies for a place through the MBU
Admissions Board, which meets within 4 weeks of the application, or sooner if the birth is due. Brindleford children's
social care provides a report to the Board within 10 working days of being asked.</p>
<p>The MBU manager can be contacted on 01632 960877. A health visitor from the Brindleford health visiting team visits
the unit every week, and every baby is registered with a Brindleford GP.</p>

<h2>3. Safeguarding babies in the MBU</h2>
<p>The BSCP's procedures apply to babies in the MBU in exactly the same way as to any other child. A concern about a
baby is reported to the prison's safeguarding lead and a request for support is made to the Children's Front Door. Any
bruise or mark on a baby who is not yet mobile is dealt with under the BSCP protocol on bruising in non-mobile
babies.</p>
{note("prison staff who care for babies in the MBU are subject to the LADO procedure if an allegation is made about "
      "them.")}

<h2>4. Separation</h2>
<p>Where a baby is to leave the MBU, whether because the mother's release date is after the baby reaches 18 months or
because the Board has decided the placement should end, separation planning begins at least 3 months before the baby
leaves. The baby's future carer is introduced gradually, and the mother is involved in the plan wherever possible.</p>

<h2>5. Pregnant women</h2>
<p>Every woman at HMP Hollins Vale is offered a pregnancy test on arrival. A pregnant woman is seen by the prison's
Pregnancy and Mother Liaison Officer within 48 hours, and community midwives hold an antenatal clinic in the prison
twice
a week. Where there are concerns about an unborn baby, a request for support is made to the Front Door by 20 weeks of
pregnancy.</p>

<h2>6. Children visiting a parent in prison</h2>
<p>The Visitors' Centre is run by Open Gate Family Service, which supports children and carers before and after visits.
Children under 18 must be accompanied by an adult. Family days, when children can spend a longer time with their mother
in the prison's family room, are held once a month. Open Gate can be contacted on 01632 960878.</p>

<h2>7. Children with a parent in prison</h2>
<p>Children with a parent in prison are often hidden: families may feel shame, and schools may not know. Practitioners
are asked to think about how a parent's imprisonment affects a child's attendance, behaviour and wellbeing, and to
consider an Early Help Assessment. A school that learns a pupil's parent has been sent to prison should tell the
child's class teacher, with the family's agreement.</p>

{faq("Questions and answers", [
    ("Is a baby in the MBU a looked after child?",
     "No. The mother keeps parental responsibility, and the baby is not looked after unless a court or children's "
     "social care arranges this."),
    ("Can a child in foster care visit their mother in Hollins Vale?",
     "Yes, where this is in the child's interests and agreed in their care plan. Open Gate can help plan the visit."),
])}
{footnotes("The MBU operates under the national policy framework for Mother and Baby Units in women's prisons.")}
"""

BRUISING = f"""
<h2>1. Purpose and scope</h2>
<p>Bruising is the most common presenting feature of physical abuse in children, and bruising in a baby who is not yet
mobile is rare without an explanation of significant injury. This protocol is to be followed by every practitioner in
Brindleford who sees a bruise, mark or other injury on a non-mobile baby.{ref(1)}</p>
<p>A baby is non-mobile if they are not yet able to roll over, crawl, bottom-shuffle or pull to stand. This usually
means
babies under 6 months, but the protocol also applies to older children who are not independently mobile because of
disability, including children cared for at Hawthorn House Children's Hospice.</p>

<h2>2. The protocol in summary</h2>
{table("What must happen when a mark is seen on a non-mobile baby", ("Step", "Action", "Who", "Timescale"), [
    ("1", "Record what is seen on a body map, and the parents' explanation in their own words", "The practitioner "
     "who saw the mark", "At once"),
    ("2", "Make a request for support to the Children's Front Door by telephone", "The practitioner, with their "
     "safeguarding lead if available", "The same day"),
    ("3", "Strategy discussion between social care, police and health", "Front Door team manager", "The same "
                                                                                                   "working day"),
    ("4", "Child protection medical at the Kingfisher Paediatric Assessment Unit", "Consultant paediatrician",
     "Within 24 hours of the referral"),
    ("5", "Consider the safety of siblings and other children in the household", "Social worker", "At the strategy "
     "discussion"),
])}
{note("practitioners are not to decide for themselves that a mark is a birthmark or is accidental. Only a mark already "
      "recorded as a birthmark by a doctor or midwife in the baby's red book or health record is exempt.")}

<h2>3. Talking to parents</h2>
<p>Parents are told that the protocol is followed for every baby with a mark, and that this is not an accusation. They
are asked how the mark happened, and their explanation is recorded word for word. Where telling parents would place the
baby at risk, the practitioner talks to the Front Door first.</p>

<h2>4. The child protection medical</h2>
<p>Child protection medicals for babies are carried out at the Kingfisher Paediatric Assessment Unit at Brindleford
General Hospital, which can be contacted on 01632 960324. A skeletal survey is considered for every baby under 12 months
with a suspicious injury, and a brain scan for every baby under 6 months.</p>

<h2>5. Out of hours</h2>
<p>Outside Front Door hours, the practitioner telephones the Emergency Duty Team. Where a baby appears unwell, or has an
injury other than a small bruise, call 999 or take the baby to the Emergency Department.</p>

<h2>6. Hospice and health settings</h2>
<p>Children with complex medical needs may have marks caused by equipment, such as feeding tubes, splints or oxygen
masks. Nurses at Hawthorn House record these marks in the child's care plan. A mark that is not clearly explained by the
care plan is dealt with under this protocol, and the hospice's safeguarding lead is told.</p>

<h2>7. Questions and answers</h2>
<div class="bscp-faq">
<p><strong>Q: The mother says the older sibling poked the baby. Do I still refer?</strong><br>
A: Yes. The explanation is recorded and passed on; it is for the strategy discussion and the paediatrician to consider
it.</p>
<p><strong>Q: The mark is tiny and has almost faded. Does the protocol apply?</strong><br>
A: Yes. The size of a bruise does not tell you how it was caused.</p>
<p><strong>Q: Does the protocol apply to a 7-month-old who cannot yet sit up?</strong><br>
A: Yes. The test is the baby's mobility, not their age.</p>
</div>
{footnotes("Adapted from national research on bruising in infants: those who don't cruise rarely bruise.")}
"""

CHAPTERS = {
    "contacts.html": ("Safeguarding Contacts: Who to Call in Brindleford", "9 November 2026", CONTACTS),
    "continuum-of-need.html": ("The Brindleford Continuum of Need", "16 February 2026", LEVELS),
    "child-protection-conferences.html": ("Child Protection Conferences and Core Groups", "5 October 2026",
                                          CONFERENCES),
    "allegations-against-staff-lado.html": ("Allegations Against Staff and Volunteers: the LADO", "22 September 2026",
                                            LADO),
    "neglect.html": ("Neglect and the Brindleford Home and Care Tool", "21 July 2026", NEGLECT),
    "domestic-abuse-and-marac.html": ("Domestic Abuse and the MARAC", "14 April 2026", DOMESTIC),
    "children-missing.html": ("Children Missing from Home, Care or Education", "8 June 2026", MISSING),
    "child-exploitation.html": ("Child Exploitation: Criminal, Sexual and County Lines", "11 May 2026", EXPLOITATION),
    "radicalisation-and-prevent.html": ("Radicalisation and the Prevent Duty", "19 March 2026", PREVENT),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements", "28 August 2026",
                                                  ESCALATION),
    "service-families.html": ("Children in Armed Forces Families", "23 June 2026", SERVICE_FAMILIES),
    "prisons-and-mother-and-baby-unit.html": ("Children, Prisons and the Mother and Baby Unit", "7 September 2026",
                                              PRISONS),
    "bruising-in-non-mobile-babies.html": ("Bruising and Injuries in Non-Mobile Babies", "12 August 2026", BRUISING),
}

# -- bulletin (a web page of dated items) --------------------------------------------------

ITEMS = [
    ("New number for the Emergency Duty Team", "28 October 2026",
     ("From 2 November 2026 the Emergency Duty Team, which covers evenings, weekends and bank holidays, can be reached "
      "on 01632 960863. The old number, 01632 960866, will be diverted to the new one until 31 December 2026 and will "
      "then be switched off. Please update posters in staff rooms and the numbers saved in work phones.")),
    ("Exploitation Risk Checklist withdrawn", "5 November 2026",
     ("From 16 November 2026 the Exploitation Risk Checklist is withdrawn and replaced by the Contextual Risk Screen, "
      "which looks at the places and peer groups around a young person as well as the young person themselves. The "
      "Children's Front Door will not accept the old checklist after 8 January 2027. Short training sessions on the "
      "Contextual Risk Screen run on Tuesday afternoons until the end of January.")),
    ("The MACE panel is moving", "11 November 2026",
     ("From 7 December 2026 the Multi-Agency Child Exploitation (MACE) panel will meet on the second Thursday of each "
      "month at 2pm at Quayside Police Station. It will no longer meet on the first Monday of the month at the "
      "Guildhall. Referrals must reach the panel administrator at least 5 working days before the meeting.")),
    ("Wildacre closes for the winter", "13 November 2026",
     ("Wildacre Adventure Park closed for the season on 1 November and reopens on 27 March 2027. Its guest safety team "
      "is not staffed while the park is closed. Most of the park's 650 seasonal staff have now left, and the park's "
      "safeguarding lead thanks the schools and colleges that helped with induction training this year.")),
    ("Welcome to our new Independent Scrutineer", "16 November 2026",
     ("Dr Marguerite Okonjo-Fairweather has been appointed as the BSCP Independent Scrutineer. She takes over from "
      "Alasdair Penhaligon, who retired after 6 years in the role, and will chair the Escalation Panel.")),
]

COURSES = [
    ("Using the Contextual Risk Screen", "24 November 2026", "Online (Microsoft Teams)"),
    ("Bruising in non-mobile babies: the protocol in practice", "3 December 2026", "Brindleford General Hospital"),
    ("Service children and deployment", "14 January 2027", "Larkhollow Community Centre"),
    ("Allegations management for employers and governors", "28 January 2027", "Guildhall Annexe"),
]


def bulletin_html() -> str:
    """The BSCP Practice Update web page: dated items, then a training table and the cancellation charge."""
    items = "\n".join(f'<section class="update">\n<h2>{h}</h2>\n<p class="posted">Posted on {d}</p>\n<p>{p}</p>\n'
                      f"</section>" for h, d, p in ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice Update, November 2026 | BSCP</title>
<style>body{{font-family:Verdana,sans-serif;margin:0;background:#f7f5f0;}} main{{max-width:760px;margin:0 auto;}}
.posted{{color:#5a5a5a;font-size:0.9em;}}</style>
</head>
<body>
<header class="masthead"><a href="{SITE}/">BSCP home</a> | <a href="{SITE}/updates">Practice updates</a> |
<a href="{SITE}/updates/signup">Sign up for updates</a></header>
<main>
<h1>BSCP Practice Update: November 2026</h1>
<p class="intro">Changes and news for practitioners from the {PARTNERSHIP}. Published 18 November 2026.</p>
<p>Practice updates are published every two months. Please share this one with colleagues, volunteers and anyone who
does not get it directly.</p>
{items}
<section class="training">
<h2>Multi-agency training: winter 2026 to 2027</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Venue</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>BSCP courses are free for anyone who works or volunteers with children in Brindleford. Book through the BSCP Business
Unit on 01632 960886. A charge of 75 pounds is made for places cancelled less than 5 working days before the course, and
for places booked but not used.</p>
</section>
</main>
<footer class="site-foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/updates/unsubscribe">Unsubscribe</a></p>
</footer>
</body>
</html>
"""


# -- DOCX 7-minute briefing and tea-break guide --------------------------------------------

SAFER_SLEEP = [
    ("1. Why it matters",
     [("Between April 2021 and March 2026 the Brindleford Child Death Overview Panel reviewed 11 sudden and unexpected "
       "deaths of infants. In 8 of them the baby was sleeping on a sofa or in an adult bed with a parent who had been "
       "drinking, had taken drugs or smoked. Most of these deaths happened when the family's usual routine had "
       "changed.")]),
    ("2. The safest sleep",
     [("The safest place for a baby to sleep is on their back, in their own clear cot or Moses basket, in the same "
       "room "
       "as a parent or carer for the first 6 months, day and night. The mattress should be firm, flat and waterproof, "
       "with no pillows, duvets, bumpers or soft toys. The room should be between 16 and 20 degrees.")]),
    ("3. What increases the risk",
     ["sleeping with a baby on a sofa or in an armchair;",
      "sharing a bed after alcohol, drugs or medication that causes drowsiness;",
      "smoking in pregnancy or in the home;",
      "a baby born before 37 weeks or weighing less than 2.5kg at birth;",
      "a change in routine: a house move, a party, a night away or a parent returning from deployment."]),
    ("4. The Safer Sleep Conversation",
     [("In Brindleford, midwives and health visitors hold a Safer Sleep Conversation with both parents before the baby "
       "goes home from hospital, at the new birth visit and at the 6 to 8 week review. Any practitioner who visits the "
       "home holds the conversation again when something changes, and asks to see where the baby sleeps, during the "
       "day and at night.")]),
    ("5. Families whose home keeps changing",
     [("Babies in temporary accommodation, in caravans on the fruit farms, in service families moving house and in the "
       "Mother and Baby Unit at HMP Hollins Vale may not always have a safe sleeping place. In a caravan, the "
       "baby's cot should never be placed next to a gas heater.")]),
    ("6. The Brindleford Cot Bank",
     [("A family without a safe cot can be referred to the Brindleford Cot Bank by a midwife, health visitor, family "
       "worker or social worker. The Cot Bank gives a free travel cot with a new mattress and fitted sheets, usually "
       "within 2 working days. Referrals are made on 01632 960323.")]),
    ("7. Questions for reflection",
     ["Have I seen where this baby sleeps, or have I only been told?",
      "Who else sleeps in the home, and do they drink or smoke?",
      "What will the baby's sleep look like this weekend, or over the holidays?"]),
]


def safer_sleep_docx(path: Path) -> None:
    closing = ("8. Find out more", [("Read the BSCP protocol on bruising in non-mobile babies and book the Safer Sleep "
                                     "course through the BSCP Business Unit at brindleford.bscp@example.org.")])
    wv.guide_docx(path, "7-Minute Briefing: Safer Sleep for Babies",
                  f"A 7-minute briefing from the {PARTNERSHIP}. Issued: 2 March 2026.",
                  [*SAFER_SLEEP, closing], bullets=("3.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 2, 9, 0, 0))


SEASONAL = [
    ("1. Who this guide is for",
     [("This guide is for growers, farm managers, caravan site wardens and supervisors on the Pennock valley fruit "
       "farms, "
       "and for managers and team leaders at Wildacre Adventure Park. At the peak of the picking season, from June to "
       "September, about 3,000 seasonal workers live on some 40 farms in the valley. Wildacre employs about 650 "
       "seasonal staff each year, about a third of them aged 16 or 17.")]),
    ("2. Children living on farms",
     [("Some seasonal workers bring their children with them, and the families live in static caravans on the farm. "
       "Every child of school age should be on a school roll, and every child should be registered with a GP. Farms "
       "are asked to tell the Seasonal Workers Liaison Officer when a family with children arrives."),
      ("Children must never be left alone in a caravan while parents are working, and children under 13 must not do "
       "any "
       "work on the farm, including picking or packing. Keep children away from reservoirs, irrigation ponds, tractors "
       "and spraying.")]),
    ("3. When a child is left with another family",
     [("If a worker leaves a child under 16 in the care of another family who are not close relatives for 28 days or "
       "more, this is private fostering. The farm manager tells the Private Fostering Officer on 01632 960871.")]),
    ("4. Signs that something is wrong",
     ["a child who is never seen at school, or who works in the fields;",
      "a worker whose documents are held by someone else;",
      "more people living in a caravan than there are beds;",
      "a young person who is collected from the farm or the park by different adults;",
      "a child who seems hungry, frightened or unwilling to talk."]),
    ("5. Young staff at Wildacre",
     [("Staff aged 16 and 17 must not work after 10pm, and are to have a break of at least 30 minutes in any shift "
       "longer than 4 and a half hours. In the Wildacre staff village, staff under 18 are housed in a separate block "
       "and never share a room with an adult."),
      ("If a child is lost in the park, the Clock Tower Meeting Point is used and the guest safety team is called on "
       "01632 960882. If the child has not been found within 15 minutes, the park puts out a Code Bluebell alert to "
       "every member of staff and calls the police.")]),
    ("6. Who to contact",
     [("The Seasonal Workers Liaison Officer can be reached on 01632 960321, Monday to Saturday, from April to "
       "October. "
       "If a child may be at risk of significant harm, contact the Children's Front Door on 01632 960861, or the "
       "Emergency Duty Team out of hours. If a child is in immediate danger, call 999.")]),
    ("7. Questions for reflection",
     ["Do I know how many children are living on our farm this week?",
      "Would a young worker know who to tell if an adult made them feel unsafe?"]),
]


def seasonal_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Children and Young Workers on Fruit Farms and at Wildacre Adventure Park",
                  f"A tea-break guide for seasonal employers from the {PARTNERSHIP}. Issued: 20 April 2026.",
                  SEASONAL, bullets=("4.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 4, 20, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review (LCSPR) about Baby T, a "
           "boy who was 16 weeks old when he was admitted to Brindleford General Hospital in November 2025 with a head "
           "injury and three healing rib fractures. The BSCP held a rapid review within 15 working days and agreed to "
           "commission a local review. The independent lead reviewer was Rosalind Achebe-Trevelyan.")),
    ("h", "The family"),
    ("p", ("Baby T lived with his mother and father in service family accommodation at Larkhollow. The family had "
           "moved to Brindleford from an overseas posting 6 weeks before he was born. His father was deployed for the "
           "first 10 "
           "weeks of Baby T's life and came home when Baby T was 11 weeks old. His mother had no relatives nearby "
           "and had told her midwife she felt lonely.")),
    ("h", "What happened"),
    ("p", ("At his 12-week immunisations, a practice nurse at the Larkhollow surgery noticed a small bruise on Baby "
           "T's "
           "cheek. His mother said it had been caused by a dummy clip. The nurse recorded the explanation but did not "
           "refer, because the mother seemed caring and the bruise was small. The BSCP protocol on bruising in "
           "non-mobile babies was not followed.")),
    ("p", ("The health visiting records from overseas did not reach Brindleford until 9 weeks after the family "
           "arrived. "
           "No professional met Baby T's father, and no professional knew how to contact the unit welfare staff at "
           "Wyvernmere Barracks.")),
    ("h", "Findings"),
    ("p", ("Finding 1: A bruise on a non-mobile baby was explained away. Practitioners were not confident to apply the "
           "protocol when the parent's account seemed plausible.")),
    ("p", ("Finding 2: Records did not follow the family. The delay in transferring records meant nobody knew about "
           "earlier concerns about the mother's low mood.")),
    ("p", ("Finding 3: Fathers were invisible. Every contact with the family was with the mother, and nobody asked how "
           "the father was coping after his return from deployment.")),
    ("p", ("Finding 4: Isolation on the garrison was not recognised as a risk. The mother's loneliness was recorded "
           "but not acted upon.")),
    ("h", "Recommendations"),
    ("n", "Every practitioner who sees non-mobile babies should be trained in the bruising protocol."),
    ("n", "GP practices should add a prompt to the electronic record of every baby under 6 months."),
    ("n", "Health visitors should ask for records from overseas postings before the family arrives."),
    ("n", "Every agency should record the details of fathers and male carers, and try to meet them."),
    ("n", "The Garrison Families Welfare Office should be part of information sharing at the Children's Front Door."),
    ("h", "What has changed"),
    ("p", ("Since March 2026 every GP practice in Brindleford has a bruising prompt on the records of babies under 6 "
           "months. The Garrison Families Welfare Office now has a named link worker in the MASH. By June 2026, 286 "
           "practitioners had attended the bruising protocol course. Midwives and health visitors now hold the Steady "
           "Hands conversation about coping with a crying baby with both parents.")),
    ("p", ("Baby T has made a good recovery. He lives with his mother and maternal grandmother in Brindleford and is "
           "subject to a child protection plan.")),
    ("h", "Questions for your team"),
    ("b", "When did we last meet the father or male carer of a baby we work with?"),
    ("b", "Would every member of our team know what to do if they saw a mark on a baby?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my sixth and final annual report as Independent Scrutineer. The year brought the review of Baby T, "
           "which has changed how every agency responds to injuries in babies, and a new focus on the children of "
           "families who come and go: service families, seasonal workers and the women of HMP Hollins Vale. Alasdair "
           "Penhaligon, Independent Scrutineer.")),
    ("h", "How the partnership works"),
    ("p", ("The three safeguarding partners are Brindleford City Council, NHS Wendmoor Integrated Care Board and "
           "Wendmoor Police. In 2025-26 the Lead Safeguarding Partner was the Chief Executive of the ICB. The BSCP "
           "Executive meets every 6 weeks. The BSCP Business Unit is led by Keziah Morland-Obi, BSCP Business "
           "Manager.")),
    ("h", "Funding 2025-26"),
    ("t", [["Partner", "Contribution", "Share"],
           ["Brindleford City Council", "231,840 pounds", "56%"],
           ["NHS Wendmoor ICB", "115,920 pounds", "28%"],
           ["Wendmoor Police", "49,680 pounds", "12%"],
           ["University of Brindleford", "12,420 pounds", "3%"],
           ["Brindleford Schools Forum", "4,140 pounds", "1%"],
           ["Total", "414,000 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the Children's Front Door", "9,214", "9,873"],
           ["Contacts that became referrals", "2,036", "2,251"],
           ["Re-referrals within 12 months", "24%", "20%"],
           ["Assessments completed within 35 working days", "71%", "79%"],
           ["Section 47 enquiries", "702", "768"],
           ["Initial child protection conferences", "251", "274"],
           ["Initial conferences within 14 working days", "66%", "74%"],
           ["Children with a child protection plan at 31 March", "213", "236"],
           ["Plans for a second or later time", "23%", "19%"],
           ["Early Help Assessments started", "1,388", "1,517"],
           ["MARAC cases heard", "486", "531"],
           ["Missing episodes reported", "1,027", "1,134"],
           ["Return interviews accepted", "58%", "66%"],
           ["Private fostering notifications", "11", "17"],
           ["Prevent referrals about Brindleford children", "27", "35"],
           ["Allegations referred to the LADO", "131", "149"],
           ["Babies who lived in the Mother and Baby Unit", "16", "19"],
           ["Practitioners trained on BSCP courses", "2,112", "2,467"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 44 percent of child protection plans, emotional "
           "abuse for "
           "35 percent, physical abuse for 13 percent and sexual abuse for 6 percent; 2 percent had more than one "
           "category. 14 of the children with a plan were unborn babies, and 12 were from service families.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The BSCP held 3 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about "
           "Baby T. The Child Death Overview Panel that Brindleford shares with Oakhurst Vale reviewed the deaths of 9 "
           "Brindleford children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The BSCP audited 32 cases in which a mark or injury had been seen on a non-mobile baby. The protocol was "
           "followed in full in 23 of them. The most common gap, in 7 cases, was that nobody had recorded who else "
           "cared for the baby.")),
    ("h", "The port and the river"),
    ("p", ("The harbour security office returned 23 unaccompanied children found at the port or on the ferry to their "
           "families or to the police during the year. Eleven young people were referred to the National Referral "
           "Mechanism after being found carrying drugs on the ferry.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The BSCP's priorities for 2026-27 are: babies and infants, including safer sleep and injuries; children in "
           "families who move often; and exploitation on and around the river. Each priority is led by one of the "
           "three safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Baby T",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 15 July 2026.", BRIEFING,
                 "Brindleford SCP | Learning Briefing: Baby T | July 2026",
                 f"{PARTNERSHIP} - brindleford-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "BSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 29 September 2026.",
                 ANNUAL, "Brindleford SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - brindleford-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Brindleford document into `out`; returns the paths written."""
    return wv.write_area(out, BRINDLEFORD, CHAPTERS, ("practice-update-november-2026.html", bulletin_html()),
                         {"7-minute-briefing-safer-sleep.docx": safer_sleep_docx,
                          "tea-break-guide-fruit-farms-and-wildacre.docx": seasonal_docx,
                          "learning-briefing-baby-t.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Brindleford in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
