"""Build the sixth held-out corpus (Tidewell), and assemble demo corpus + Tidewell for evaluation.

Run from the repository root:  python eval/holdout6/build.py

Tidewell is a ninth fictional partnership, an estuary town and its rural hinterland, written without reading how
the answer pipeline ranks or answers, without asking it anything and without reading any other set's questions, so
as of its creation it is the clean test. Its documents mix registers as real partnership sites do: short plain
pages beside long formal chapters (passive voice, acronyms defined once, "Please note" boxes, footnotes, tables of
contacts, levels of need, escalation stages and timescales), a newsletter web page of dated posts, two Word
briefings and two PDFs (a practice review's learning briefing and an annual report extract with two years of
figures). The page template, Word guide and PDF writers come from eval/holdout/build.py, as in the other held-out
sets, so every set is built the same reproducible way (fixed zip timestamps, reportlab invariant mode); only
Tidewell's own words live here. Its phone numbers are all in 01632 960400-960449; every person named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "tidewell"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Tidewell Safeguarding Children Partnership"
SITE = "https://tidewell-scp.example.org"
ADDRESS = "Estuary House, 14 Saltings Road, Tidewell TX4 6PL"
TIDEWELL = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="6 July 2026", abbr="TSCP", address=ADDRESS,
                   menu=("The Children's Front Door", "Needs Ladder", "Missing, exploitation and trafficking",
                         "Babies and health", "Education and schools", "Disagreements and escalation"),
                   updated_label="Last updated")


def please_note(text: str) -> str:
    """A shaded "Please note" box, as Tidewell's formal chapters use them."""
    return f'<div class="tscp-note" role="note"><p><strong>Please note</strong> - {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """An HTML table in Tidewell's style: each column header marked as one for screen readers."""
    return wv.html_table(caption, header, rows, "tscp-table", th_attrs=' scope="col"')


def footnotes(*notes: str) -> str:
    """The numbered notes at the foot of a formal chapter."""
    items = "\n".join(f'<li id="fn{i}">{n}</li>' for i, n in enumerate(notes, 1))
    return f'<div class="footnotes">\n<h2>Notes</h2>\n<ol>\n{items}\n</ol>\n</div>'


def ref(n: int) -> str:
    """A footnote marker."""
    return f'<sup><a href="#fn{n}">{n}</a></sup>'


# -- HTML procedure chapters --------------------------------------------------------------

FRONT_DOOR = f"""
<h2>1. Purpose and scope</h2>
<p>This chapter sets out the arrangements by which concerns about the welfare or safety of a child are to be raised
with the Tidewell Children's Front Door (TCFD). The TCFD is the single route into children's social care and early
help for every agency in Tidewell. It is co-located at Estuary House with the police Safeguarding Referral Unit,
the health safeguarding team and the Education Safeguarding Team, and this multi-agency element operates as
Tidewell's Multi-Agency Safeguarding Hub (MASH). The two terms are used interchangeably by partners.</p>
<p>The chapter applies to all agencies represented on the Tidewell Safeguarding Children Partnership (TSCP),
including voluntary, community, faith and private sector organisations that work with children and families.{ref(1)}
</p>
{please_note("the TCFD is not an emergency service. Where a child is believed to be in immediate danger, the police "
             "are to be called on 999 and the TCFD informed afterwards.")}

<h2>2. Contact details and opening hours</h2>
{table("Tidewell contacts for concerns about children", ("Service", "Telephone", "Hours", "Email"), [
    ("Tidewell Children's Front Door (TCFD)", "01632 960400",
     "Monday, Tuesday, Thursday and Friday, 8am to 6pm; Wednesday, 9.30am to 6pm", "frontdoor@tidewell.example.org"),
    ("TCFD Consultation Line (professionals only)", "01632 960401", "Monday to Friday, 10am to 1pm",
     "Telephone only"),
    ("Early Help Coordination Team", "01632 960405", "Monday to Friday, 9am to 5pm",
     "earlyhelp@tidewell.example.org"),
    ("Local Authority Designated Officer (LADO)", "01632 960412", "Monday to Friday, 9am to 5pm",
     "lado@tidewell.example.org"),
    ("Police Safeguarding Referral Unit (professionals only)", "01632 960409", "24 hours a day", "Telephone only"),
    ("Out of Hours Social Care Team (OHSCT)", "01632 960444",
     "Weekdays 6pm to 8am, all weekend and bank holidays, and Wednesday mornings until 9.30am", "Telephone only"),
])}
<p>The TCFD is closed on Wednesday mornings until 9.30am while the weekly multi-agency briefing is held; calls made
during that time are answered by the OHSCT. The secure email inbox is monitored only while the TCFD is open, so a
referral emailed after 6pm will not be read until the next working day.</p>

<h2>3. Making a referral</h2>
<p>Where a child is believed to be suffering, or likely to suffer, significant harm, the referral is to be made by
telephone. A telephone referral must be confirmed in writing on the Tidewell Multi-Agency Referral Form (MARF)
within 48 hours. Referrals below that threshold are to be made on the MARF alone, through the TSCP online portal or
by secure email, without a prior telephone call.</p>
<p>A MARF that does not give the child's date of birth, the names of the adults in the household and the
referrer's own contact number will be returned to the referrer, and the clock does not start until it comes back
complete. Anonymous referrals are accepted from members of the public but never from professionals.</p>

<h2>4. The TCFD Consultation Line</h2>
<p>Professionals who are unsure whether a referral is warranted may discuss the concern with a qualified social
worker on the TCFD Consultation Line. Calls are limited to 15 minutes. Where the child is named, a note of the call
is placed on the child's record. A consultation is not a referral, and responsibility for the next step remains
with the caller and their agency.</p>

<h2>5. Consent and informing parents</h2>
<p>Early help is voluntary, so the agreement of the parent, or of the young person where they are of sufficient
understanding, must be obtained before a request for early help at Level 2 or Level 3 is made. At Level 4 and
Level 5 parents should be told that a referral is being made, unless telling them would place the child or
another person at increased risk, or could prejudice a police investigation. The reason for not informing
parents is to be recorded by the referrer.</p>

<h2>6. The Tidewell Needs Ladder</h2>
<p>Thresholds in Tidewell are described by the Tidewell Needs Ladder, which has five levels. The Ladder is a guide
to professional judgement, not a checklist, and a child's needs may move up or down it over time.</p>
{table("The Tidewell Needs Ladder", ("Level", "Name", "What it looks like", "Usual response"), [
    ("Level 1", "Universal", "The child's needs are met by universal services such as school, the GP and the "
     "health visitor.", "No referral. Universal services carry on."),
    ("Level 2", "Emerging needs", "An additional need that one agency can meet with some extra support.",
     "Single-agency support; an Early Help Assessment (EHA) may be started."),
    ("Level 3", "Multiple needs", "Needs that can only be met by several agencies working together.",
     "An EHA and a Team Around the Family (TAF) with a lead practitioner; contact the Early Help Coordination "
     "Team."),
    ("Level 4", "Complex needs", "The child's health or development is likely to be significantly impaired without "
     "services: a child in need.", "Referral to the TCFD for a child and family assessment under section 17."),
    ("Level 5", "Acute", "The child is suffering, or likely to suffer, significant harm.",
     "Telephone the TCFD at once; a strategy discussion and a section 47 enquiry may follow."),
])}

<h2>7. What happens after a referral is received</h2>
<p>Every contact is rated red, amber or green by a TCFD social worker. Contacts rated red are reviewed by a TCFD
team manager within 2 hours of receipt, and a strategy discussion is held the same working day where significant
harm is suspected. A decision on every other contact is made within 1 working day.</p>
<p>The referrer is sent written feedback on the outcome within 3 working days. Where no feedback has been received
by then, the TCFD duty manager should be contacted. Child and family assessments in Tidewell are to be completed
within 35 working days, which is shorter than the national maximum of 45 working days.{ref(2)}</p>
<p>Where a child becomes the subject of a third contact to the TCFD within 12 months, a team manager reviews the
child's full history and chronology before any decision is made, whatever the rating of the latest contact.</p>

<h2>8. Out of hours</h2>
<p>Outside TCFD opening hours, urgent concerns are to be referred to the Out of Hours Social Care Team (OHSCT) on
01632 960444. The OHSCT is a joint service for Tidewell and the neighbouring borough of Marrowby, and is staffed by
3 social workers overnight. Concerns that can safely wait should be held until the TCFD reopens.</p>

<h2>9. Children who live elsewhere</h2>
<p>Referrals about a child who lives in another local authority area are to be made to that authority. Where a
child who lives elsewhere is at immediate risk while in Tidewell, the TCFD or the OHSCT will act and then pass the
case to the home authority by the end of the next working day.</p>
{footnotes("Working Together to Safeguard Children 2023, chapter 2.",
           "The 35 working day timescale was agreed by the TSCP Executive Group in March 2024.")}
"""

DISAGREEMENTS = f"""
<h2>Why we have this policy</h2>
<p>Good safeguarding depends on people being willing to challenge each other. Disagreements between agencies are
normal, and they are healthy as long as they are sorted out quickly and the child stays at the centre. This policy
explains what to do when you think another agency's decision or action is not keeping a child safe.</p>
<p>Any practitioner, volunteer or manager in Tidewell can use it, and nobody should be criticised for raising a
concern in good faith.</p>

<h2>Not for emergencies</h2>
<p>If a child is at immediate risk, do not use this policy. Call 999, or phone the Tidewell Children's Front Door
on 01632 960400.</p>

<h2>The four stages</h2>
<p>Tidewell uses four stages. Try to resolve the disagreement at the lowest stage you can, and only move up when
the time for the stage you are at has run out without an answer.</p>
{table("Escalation stages in Tidewell", ("Stage", "Who is involved", "Time allowed"), [
    ("Stage 1", "Practitioner to practitioner: talk to the person you disagree with, by phone or face to face.",
     "Within 2 working days of the disagreement arising"),
    ("Stage 2", "Your line manager or designated safeguarding lead talks to their counterpart in the other agency.",
     "A further 3 working days"),
    ("Stage 3", "Heads of service or named safeguarding professionals, using the TSCP Escalation Form.",
     "A further 7 working days"),
    ("Stage 4", "The TSCP Resolution Panel, chaired by the Independent Scrutineer.",
     "The panel meets within 15 working days of the case being referred to it"),
])}
<p>At Stage 3, send the TSCP Escalation Form to escalations@tidewell-scp.example.org so the partnership can track
the case. The Resolution Panel's decision is final. It is reported to the TSCP Executive Group, which meets every 6
weeks. The Independent Scrutineer is Professor Delphine Arkwright-Moss.</p>

<h2>Disagreeing with a Front Door decision</h2>
<p>If you do not agree with how the Front Door has responded to your referral, ask for a call back from a TCFD team
manager. The team manager will ring you by the end of the next working day. If you are still worried after that
conversation, go to Stage 2.</p>

<h2>Disagreeing with a child protection conference</h2>
<p>If your agency disagrees with a decision of a child protection conference, say so at the conference and ask for
your view to be minuted. Then write to the Head of Safeguarding and Quality Assurance within 5 working days. The
conference decision stands while your challenge is considered.</p>

<h2>Keeping a record</h2>
<p>Write down every stage on your agency's record for the child: what you disagreed about, who you spoke to, what
was agreed and by when. The TSCP audits a random sample of 10 escalations every quarter to learn what is working.</p>
"""

MISSING = f"""
<h2>1. Introduction</h2>
<p>This chapter sets out the multi-agency response to children who go missing from home or from care in Tidewell.
It should be read alongside the statutory guidance on children who run away or go missing{ref(1)} and the Tidewell
procedures on child exploitation and on modern slavery. A missing episode is frequently an indicator that a child is
being harmed, whether at home, in a placement or outside the home, and each episode is to be treated seriously
regardless of how often the child has been missing before.</p>
<p>For the purposes of this chapter, a child is regarded as missing where their whereabouts cannot be established
and the circumstances are out of character, or the context suggests the child may be the victim of a crime or at
risk of harm. Since April 2025 the police in Tidewell no longer use the category of "absent": every report is
recorded as a missing episode and risk assessed as low, medium or high.</p>

<h2>2. Reporting a child missing</h2>
<p>Parents and carers are advised to report a missing child to the police on 999 where there are immediate concerns
for the child's safety, and on 101 in all other cases. Foster carers and residential staff are required to follow
the child's missing plan, to make the reasonable checks set out in it and to report the child missing to the police
no later than 2 hours after the child is found to be missing. The child's social worker, or the Out of Hours Social
Care Team (OHSCT) on 01632 960444, is to be informed at the same time.</p>
<p>Any child aged 11 or under who is reported missing is graded at least medium risk by the police, whatever the
circumstances.</p>
{please_note("every looked after child is to have a Grab Pack held by their carer. The Grab Pack contains a "
             "recent photograph, a physical description, the child's phone number and social media names, and a "
             "list of people and places the child is known to go to. The photograph is to be replaced at least "
             "every 6 months.")}

<h2>3. The Missing Children Coordinator</h2>
<p>The Missing Children Coordinator, Rhiannon Castleby, receives a notification from the police of every missing
episode involving a Tidewell child. The notification is sent each morning by 10am, covering the previous 24 hours.
The Coordinator tracks patterns of missing episodes, arranges return home interviews and attends the monthly
Missing and Exploitation Operational Group (MEOG). The Coordinator can be contacted on 01632 960423 or at
missing@tidewell.example.org.</p>

<h2>4. Return home interviews</h2>
<p>Return home interviews (RHIs) in Tidewell are carried out by Waypoint, an independent service run by the
Saltmarsh Youth Trust under contract to Tidewell Council. An RHI is to be offered to every child who returns from a
missing episode, and is to take place within 72 hours of the child's return. The interviewer is independent of
the child's family, carers and social worker, so that the child can speak freely about why they went missing and
what happened while they were away.</p>
<p>The RHI report is to be uploaded to the child's record within 2 working days of the interview and shared with
the social worker and the Missing Children Coordinator. Where the child declines an interview, Waypoint will make a
second attempt. Where a child declines twice, a trusted adult chosen by the child, such as a teacher or youth
worker, may hold a return conversation using the Waypoint prompt sheet.</p>
<p>Waypoint can be contacted on 01632 960424 or at waypoint@tidewell.example.org. For children placed in Tidewell
by another local authority, Waypoint will complete the RHI only where the placing authority has agreed to pay
for it, at 180 pounds per interview; otherwise the placing authority remains responsible.{ref(2)}</p>

<h2>5. Prolonged missing episodes</h2>
<p>The longer a child is missing, the more senior the managers who must be informed. The table below sets out the
minimum notifications for a child who is looked after or has a child protection plan.</p>
{table("Notifications when a child remains missing", ("Time missing", "Who must be informed"), [
    ("Any episode", "The social worker and the Missing Children Coordinator, by the next working day"),
    ("24 hours", "The social worker's team manager; a strategy discussion is to be considered"),
    ("48 hours", "The Head of Service for Children in Care or Child Protection"),
    ("72 hours", "The Director of Children's Services and the Lead Member for Children"),
])}
<p>Where a child is assessed by the police as high risk, a strategy discussion is to be held without waiting for
24 hours to pass.</p>

<h2>6. Repeated missing episodes</h2>
<p>Where a child has been missing 4 or more times in a rolling period of 60 days, a Missing Children Review Meeting
is to be convened by the social worker's team manager within 10 working days. The meeting reviews the child's
missing plan, considers whether the child is being exploited and agrees whether a referral to the Tidewell
Exploitation and Trafficking Team (TETT) is needed. Any RHI that discloses exploitation is to be referred to TETT on
the same day.</p>

<h2>7. Children placed out of area</h2>
<p>Where a Tidewell child placed in another area goes missing, the host authority's missing service is to be told
by the social worker within 1 working day, so that the host area's police and services are aware of the child.</p>
{footnotes("Statutory guidance on children who run away or go missing from home or care, Department for Education, "
           "January 2014.",
           "The recharge arrangement was introduced on 1 April 2026 and is reviewed annually.")}
"""

DOMESTIC_ABUSE = f"""
<h2>1. Children are victims too</h2>
<p>Under the Domestic Abuse Act 2021, a child who sees, hears or experiences the effects of domestic abuse, and who
is related to or lives with either the victim or the perpetrator, is a victim of domestic abuse in their own right.
Practitioners in Tidewell should think about the child's experience in every case of domestic abuse, including
abuse between parents who no longer live together.</p>

<h2>2. Operation Keystone</h2>
<p>Operation Keystone is Tidewell's scheme for letting schools and early years settings know when a child has been
involved in a domestic abuse incident, so that staff can give the child quiet support the next day. It is run by
the police with Tidewell Council's Education Safeguarding Team and began in April 2024.</p>
<p>When the police attend a domestic abuse incident at a home where a child aged 2 to 18 lives, or where a child
was present, a Keystone notification is sent to the child's school or early years setting before 8.45am on the
next school day. Notifications about incidents over a weekend or in the school holidays are sent before 8.45am on
the first day back. Since 1 April 2026, notifications about children under 5 have also been sent to the family's
health visiting team.</p>
{please_note("a Keystone notification is confidential information shared for the child's welfare. It should not be "
             "mentioned to the child or to either parent unless the Key Adult has agreed this with the police "
             "Safeguarding Referral Unit.")}

<h2>3. What the Key Adult does</h2>
<p>Every school and early years setting in Tidewell names at least 2 Keystone Key Adults, usually the designated
safeguarding lead (DSL) and a deputy. Key Adults must complete the TSCP Keystone training, which is refreshed every
2 years. On receiving a notification, the Key Adult should:</p>
<ul>
<li>make sure the child is seen, and notice how they are, without questioning them about the incident;</li>
<li>think about what the child may need that day, such as breakfast, a quiet space or time with a trusted adult;</li>
<li>record the notification and the support offered on the school's safeguarding system within 24 hours;</li>
<li>consider whether a referral to the Tidewell Children's Front Door (01632 960400) is needed.</li>
</ul>

<h2>4. Risk assessment and MARAC</h2>
<p>Practitioners who work with adult victims should complete the DASH risk checklist. A victim who answers yes to
14 or more of the questions is to be referred to the Tidewell Multi-Agency Risk Assessment Conference (MARAC).
Victims may also be referred on professional judgement, or where the police have been called to 3 or more
incidents involving the same victim within 12 months.</p>
<p>The Tidewell MARAC meets every 2 weeks, on Thursday mornings. Referrals must reach the MARAC coordinator by 12 noon
on the Monday before the meeting. Contact the coordinator on 01632 960428 or at marac@tidewell.example.org.</p>

<h2>5. Support services</h2>
<p>The Tidewell Domestic Abuse Service (TiDAS) provides Independent Domestic Violence Advisers (IDVAs) for adult
victims at high risk, a refuge and an outreach service. TiDAS is open Monday to Friday, 9am to 5pm, on 01632 960427.
TiDAS also runs two programmes for children and young people:</p>
<ul>
<li>Ripples, an 8-week group for children aged 5 to 11 who have lived with domestic abuse;</li>
<li>Undercurrent, one-to-one support for young people aged 13 to 17 who are being abused by a boyfriend or
girlfriend.</li>
</ul>
<p>Parents can ask the police, under the Domestic Violence Disclosure Scheme, whether a new partner has a history of
abuse. The police aim to answer within 28 days.</p>
"""

BRUISING = f"""
<h2>1. Introduction</h2>
<p>This protocol sets out the action to be taken by all practitioners in Tidewell when a bruise, mark or other
injury is seen on a baby who is not independently mobile. Bruising is the most common presenting feature of
physical abuse in children, and bruising in a baby who cannot move about by themselves is very unusual: research
suggests that fewer than 1 in 100 non-mobile babies has a bruise.{ref(1)} A minor injury may be the first sign of
serious abuse, and a missed bruise has preceded the death or serious injury of babies nationally and in Tidewell.</p>
<p>The protocol applies to all practitioners, including those in health, early years, children's social care,
the police and the voluntary sector. It was revised following the local child safeguarding practice review
concerning Child H.</p>

<h2>2. Definitions</h2>
<p>A non-mobile baby is a baby who is not yet crawling, bottom-shuffling, pulling to stand or cruising. In most
cases this will be a baby under 6 months of age, but the protocol is applied by developmental stage rather than
age. The protocol also applies to a disabled child of any age who is not independently mobile.</p>
<p>A bruise is any area of skin discolouration, however small, including petechiae (tiny red or purple spots). The
protocol also covers any other mark or injury, including burns, bites, bleeding from the mouth or nose, and
swelling.</p>

<h2>3. Action to be taken</h2>
<p>Where a bruise or other injury is seen on a non-mobile baby, a referral is to be made to the Tidewell Children's
Front Door (TCFD) on 01632 960400 on the same day, whatever explanation is given and however plausible it appears.
Practitioners are not expected to decide whether an injury is accidental. Out of hours, the referral is to be made
to the Out of Hours Social Care Team on 01632 960444.</p>
<p>On receiving the referral, the TCFD will hold a strategy discussion with the police and the on-call consultant
paediatrician. The baby is then to be seen for a child protection medical at the Kingfisher Children's Assessment
Unit at Tidewell General Hospital, and the medical must be completed within 24 hours of the referral. The on-call
paediatrician may be contacted through the hospital switchboard on 01632 960431.</p>
{please_note("the only exception to referral is a mark that a health professional saw being caused by a medical "
             "procedure, such as a vaccination or a blood test, and recorded at the time. A mark from a procedure "
             "that was not seen by a health professional is not an exception.")}

<h2>4. Birthmarks</h2>
<p>Birthmarks such as congenital dermal melanocytosis, which used to be called Mongolian blue spots, can look like
bruises. They are to be recorded on the Tidewell Skin Marks Chart by the midwife at the newborn examination and
checked by the health visitor at the new birth visit. A mark that is recorded on the chart, and that matches the
record, does not need to be referred.</p>

<h2>5. Further investigations</h2>
<p>The paediatrician will decide which investigations are needed. Babies under 2 will usually have a skeletal
survey, with a repeat survey 11 to 14 days later, and a CT head scan may be carried out.{ref(2)} Any other child under
2 in the same household is also to be examined within 24 hours.</p>

<h2>6. Talking to parents</h2>
<p>Parents are to be told that a referral is being made and why, unless doing so would place the baby at greater
risk. Every parent should be given the Tidewell Bruising Protocol parent leaflet, which explains that all agencies
follow the protocol for every non-mobile baby with a bruise. The baby should not be left alone with a parent or
carer who may have caused the injury while arrangements are made.</p>

<h2>7. Coping with crying</h2>
<p>Crying is the most common trigger for abusive head trauma. Every family in Tidewell is given the Calm Waters
coping with crying message by the midwife before discharge, by the health visitor at the new birth visit and again
at the 6 to 8 week review. Calm Waters is for fathers, partners and other carers as well as mothers.</p>

<h2>8. Leads for this protocol</h2>
<p>The lead for this protocol is the Designated Doctor for Safeguarding Children, Dr Marguerite Oyelaran-Finch,
who can be contacted through the Designated Nurse's office on 01632 960432.</p>
{footnotes("Based on the NICE guideline on child maltreatment (CG89) and published research on bruising in infants.",
           "Skeletal surveys follow the national guidance of the Royal College of Radiologists.")}
"""

FGM = f"""
<h2>1. What FGM is</h2>
<p>Female genital mutilation (FGM) comprises all procedures involving partial or total removal of the external
female genitalia, or other injury to the female genital organs, for non-medical reasons. It is sometimes called
female circumcision or cutting, and communities may use local names such as sunna. It has no health benefits and
causes serious harm, both at the time and throughout a woman's life.</p>
<p>FGM is child abuse and is illegal in the United Kingdom. It is an offence under the Female Genital Mutilation Act
2003 to carry out FGM, to help anyone carry it out, or to take a UK national or resident abroad for FGM. The
maximum penalty is 14 years' imprisonment. Parents can also be prosecuted for failing to protect a girl from FGM.</p>

<h2>2. The mandatory reporting duty</h2>
<p>Regulated health and social care professionals and teachers in England are subject to a mandatory reporting
duty.{ref(1)} Where, in the course of their work, such a professional is told by a girl under 18 that FGM has been
carried out on her, or observes physical signs that appear to show FGM has been carried out on a girl under 18, the
professional must report it to the police by calling 101.</p>
<p>The duty is a personal one: it cannot be passed to a designated safeguarding lead or a manager, although they
should be told. Reports should be made as soon as possible; the TSCP expects them to be made by the end of the next
working day. The police reference number given on the call is to be recorded in the girl's record.</p>
{please_note("the mandatory duty does not apply where a girl is only thought to be at risk of FGM, or where the "
             "woman is 18 or over. Those situations are to be handled through the ordinary safeguarding "
             "procedures set out below.")}

<h2>3. What to do</h2>
{table("Responding to FGM in Tidewell", ("Situation", "What to do", "Who does it"), [
    ("A girl under 18 tells you she has had FGM, or you see signs of it (regulated professionals)",
     "Report to the police on 101 by the end of the next working day, then tell your DSL and refer to the TCFD.",
     "You, personally"),
    ("A girl is thought to be at risk of FGM", "Refer to the Tidewell Children's Front Door on 01632 960400.",
     "Any practitioner"),
    ("A girl is about to be taken abroad and may be cut", "Call 999.", "Anyone"),
    ("A woman aged 18 or over has had FGM and is pregnant or has daughters",
     "The midwife or GP completes the FGM risk assessment and refers to the TCFD if a girl is at risk.",
     "Midwife or GP"),
])}
<p>Do not examine a girl to look for signs of FGM. Practitioners who would not usually carry out intimate
examinations should never do so.</p>

<h2>4. Protection orders</h2>
<p>An FGM Protection Order can be made by the family court to protect a girl who is at risk, for example by
requiring her passport to be surrendered. Where travel is believed to be imminent, Tidewell Council's legal team
aims to apply for an order within 24 hours of the TCFD's request.</p>

<h2>5. The Rosewater Clinic</h2>
<p>The Rosewater Clinic at Tidewell General Hospital is a specialist FGM service for women and girls. It offers
assessment, counselling and, where wanted, surgery to open a closed FGM (deinfibulation). The clinic is held on
Thursday afternoons, 1.30pm to 5pm, and women can refer themselves on 01632 960435. The FGM lead midwife is Comfort
Adeyemi-Strand.</p>

<h2>6. The summer holiday risk</h2>
<p>Girls are at particular risk of being taken abroad for FGM during the long summer holiday. Every July, schools in
Tidewell take part in the Summer Shield campaign, and DSLs are asked to give families the Home Office Statement
Opposing FGM, which sets out the law and the penalties.</p>
{footnotes("Section 5B of the Female Genital Mutilation Act 2003, inserted by the Serious Crime Act 2015, in force "
           "since 31 October 2015.")}
"""

PREVENT = """
<h2>What is Prevent?</h2>
<p>Prevent is about stopping people being drawn into terrorism or supporting it. Children and young people can be
groomed into extremist ideas, often online, in the same way they can be groomed for sexual or criminal
exploitation. Protecting them is safeguarding, and Prevent in Tidewell works through the usual safeguarding
routes.</p>

<h2>If you are worried about a child</h2>
<ul>
<li>Talk to your designated safeguarding lead (DSL) first.</li>
<li>The DSL can ring the Tidewell Prevent Team for advice on 01632 960420, Monday to Friday, 8am to 4pm.</li>
<li>To make a referral, fill in the national Prevent referral form and email it to
prevent.referrals@tidewell.example.org.</li>
<li>Always send a copy of a Prevent referral about a child to the Tidewell Children's Front Door at
frontdoor@tidewell.example.org.</li>
<li>If you think someone is about to cause harm, call 999.</li>
</ul>

<h2>The Channel Panel</h2>
<p>Channel gives early support to people who are at risk of being drawn into terrorism. The Tidewell Channel Panel
meets on the second Tuesday of each month and is chaired by Tidewell Council's Head of Community Safety. Taking part
in Channel is voluntary. For a child under 18, the consent of a parent is asked for as well.</p>
<p>When a young person leaves Channel, the panel reviews how they are doing at 6 months and again at 12 months.</p>

<h2>Help for schools</h2>
<p>The Prevent Education Officer, Idris Penhallow, supports schools and colleges with training, policies and
worries about individual pupils. Ring 01632 960419 or email prevent.education@tidewell.example.org.</p>
<p>DSLs should refresh their Prevent training at least every 2 years. All other school staff should have Prevent
awareness training as part of their induction.</p>
"""

CME = f"""
<h2>1. Why this matters</h2>
<p>Children who are not in school are less visible to the people who keep them safe. A child who is missing
education may be at risk of neglect, exploitation, trafficking, forced marriage or FGM. This chapter sets out what
schools and other agencies in Tidewell must do when a child goes missing from education, and how elective home
education is overseen.</p>

<h2>2. Children missing education</h2>
<p>Children missing education (CME) are children of compulsory school age who are not on a school roll and are not
receiving a suitable education otherwise. The Tidewell CME Team is led by the Children Missing Education Officer,
Beatrix Wendover, and can be reached on 01632 960416 or at cme@tidewell.example.org.</p>
<p>Schools must tell the CME Team before they remove a pupil's name from the admission register on any of the
grounds in the regulations, using the Pupil Deletion Notification form. Where a pupil has been absent without
explanation for 10 consecutive school days and the school's own enquiries have not found the child, the school is
to refer to the CME Team. The CME Team will carry out a home visit within 3 school days of the referral.</p>
{please_note("where a child has a social worker, the school must contact the social worker by 11am on the first day "
             "of any absence that has not been explained. Do not wait for 10 days.")}

<h2>3. Part-time timetables</h2>
<p>A reduced or part-time timetable should only be used for a short time, with the parent's agreement, and with a
plan to return the child to full-time education. Schools in Tidewell are to notify the Education Safeguarding Team
of every part-time timetable, and each timetable is to be reviewed at least every 6 weeks.</p>

<h2>4. Elective home education</h2>
<p>Parents have the right to educate their child at home instead of sending them to school. When a parent tells a
school in writing that they are taking their child off roll to home educate, the school must notify the Tidewell
Elective Home Education (EHE) Team within 2 school days. The EHE Team is on 01632 960417 and
ehe@tidewell.example.org.</p>
<p>An EHE adviser contacts the family within 10 school days of the notification and offers a visit. After that, the
adviser asks for an update on the child's education at least once a year.</p>
<p>Where the child has a child protection plan or a child in need plan, the social worker is to hold a multi-agency
meeting within 5 working days of learning of the decision to home educate, to consider how the child will be seen
and kept safe. A child who attends a special school cannot be removed from roll for home education without the
local authority's consent.</p>

<h2>5. At a glance</h2>
{table("Children missing education and home education: timescales", ("Situation", "Timescale", "Contact"), [
    ("Parent gives written notice of home education", "Notify the EHE Team within 2 school days",
     "EHE Team, 01632 960417"),
    ("Pupil absent without explanation", "Refer to the CME Team after 10 consecutive school days",
     "CME Team, 01632 960416"),
    ("Child with a social worker absent without explanation", "Tell the social worker by 11am on the first day",
     "The child's social worker"),
    ("CME referral received", "Home visit within 3 school days", "CME Team"),
    ("Part-time timetable in place", "Review at least every 6 weeks", "Education Safeguarding Team"),
])}

<h2>6. Unregistered settings</h2>
<p>Home education is not the same as sending a child to an unregistered school or to alternative provision that is
not registered. Concerns that a child is attending an unregistered setting full time should be reported to the
Education Safeguarding Team on 01632 960415.</p>
"""

SLAVERY = f"""
<h2>1. Introduction</h2>
<p>Modern slavery includes human trafficking, slavery, servitude and forced or compulsory labour, as defined by the
Modern Slavery Act 2015. Children in Tidewell have been trafficked for criminal exploitation, including county lines
drug dealing, for sexual exploitation and for domestic servitude. A child cannot consent to being exploited, and it
is not necessary for force, threats or deception to have been used for a child to be a victim of trafficking.
Movement across a border is not required: a child can be trafficked from one street to another.</p>

<h2>2. Indicators</h2>
<p>Indicators that a child may be a victim of modern slavery include:</p>
<ul>
<li>going missing, or being found a long way from home;</li>
<li>having money, phones or clothes that cannot be explained;</li>
<li>being unable to say where they live or being moved between addresses;</li>
<li>working long hours, or being unable to leave the place where they work;</li>
<li>being accompanied by an adult who speaks for them or holds their documents.</li>
</ul>

<h2>3. The National Referral Mechanism (NRM)</h2>
<p>The NRM is the framework for identifying victims of modern slavery and making sure they get support. Only
designated first responders may make an NRM referral. In Tidewell, NRM referrals for children are made by the
child's social worker or by the Tidewell Exploitation and Trafficking Team (TETT). Schools, health services and
voluntary organisations that are not first responders should refer their concerns to the Tidewell Children's Front
Door on 01632 960400. The consent of a child is not needed for an NRM referral, although the child should be told
about it in a way they can understand.</p>
<p>TETT aims to submit an NRM referral within 48 hours of a concern being identified. TETT can be contacted on
01632 960437 or at tett@tidewell.example.org, Monday to Friday, 8.30am to 5pm.</p>
{please_note("an NRM referral never replaces a referral to children's social care. A child who may have been "
             "trafficked is always to be referred to the TCFD as well.")}

<h2>4. Local decision-making</h2>
<p>Since January 2025, decisions on NRM referrals for Tidewell children have been made locally by the Tidewell NRM
Decision Panel rather than by the Home Office. The panel meets every 3 weeks and is chaired by the TETT service
manager. A reasonable grounds decision is normally made within 5 working days of the referral, and a conclusive
grounds decision is made at a later panel once further information has been gathered.</p>

<h2>5. Independent Child Trafficking Guardians</h2>
<p>Every child referred to the NRM in Tidewell is offered an Independent Child Trafficking Guardian (ICTG), who
speaks up for the child and helps them understand the police, immigration and care systems.</p>

<h2>6. Unaccompanied children</h2>
<p>Unaccompanied asylum-seeking children are at high risk of being trafficked again. The first 72 hours after a
child arrives in Tidewell are when they are most likely to go missing. The child should be placed with a carer who
has been told the risks, their phone and any documents should be recorded, and a missing plan should be agreed
before the end of the first day.</p>
<p>Adults who may be victims of modern slavery should be reported through the Duty to Notify, which applies to
public authorities, if they do not consent to an NRM referral.</p>
"""

CHAPTERS = {
    "childrens-front-door.html": ("The Tidewell Children's Front Door: Contacts, Referrals and the Needs Ladder",
                                  "6 July 2026", FRONT_DOOR),
    "professional-disagreements.html": ("Resolving Professional Disagreements", "19 January 2026", DISAGREEMENTS),
    "missing-from-home-or-care.html": ("Children Missing from Home or Care and Return Home Interviews",
                                       "15 June 2026", MISSING),
    "domestic-abuse-operation-keystone.html": ("Domestic Abuse, Operation Keystone and MARAC", "2 April 2026",
                                               DOMESTIC_ABUSE),
    "bruising-non-mobile-babies.html": ("Bruising and Injuries in Non-Mobile Babies", "23 February 2026", BRUISING),
    "female-genital-mutilation.html": ("Female Genital Mutilation and the Mandatory Reporting Duty", "10 March 2026",
                                       FGM),
    "prevent-and-channel.html": ("Prevent and the Channel Panel", "28 May 2026", PREVENT),
    "missing-education-home-education.html": ("Children Missing Education and Elective Home Education",
                                              "1 September 2026", CME),
    "modern-slavery-nrm.html": ("Modern Slavery, Child Trafficking and the National Referral Mechanism",
                                "14 October 2026", SLAVERY),
}

# -- newsletter (a web page of dated posts inside <main>) -----------------------------------

POSTS = [
    ("New phone number for the partnership office", "3 September 2026",
     ("The TSCP business unit, which also takes training bookings, has a new phone number: 01632 960442. The old "
      "number, 01632 960441, was switched off on 30 September 2026. Our email address, "
      "tscp@tidewell-scp.example.org, has not changed.")),
    ("Listen: Tide Talk, episode 4", "17 September 2026",
     ("Episode 4 of our podcast, Tide Talk, is out now. Health visitor Ellen Marsh-Tibbetts and GP Dr Kwame "
      "Aldous talk about why Tidewell now writes 'was not brought' instead of 'did not attend' for children, and "
      "what to do when a baby misses appointments. The episode lasts 22 minutes and is on the TSCP website.")),
    ("New policy: safer sleep conversations", "1 October 2026",
     ("From 1 October 2026, practitioners who visit a family with a baby under 12 months who has a social worker "
      "must have a Safer Sleep Conversation at every home visit, not just the first one, and record where the "
      "baby slept the night before. The new TSCP Safer Sleep Policy explains how. It follows the review of Child H "
      "and 2 sudden infant deaths in Tidewell in 2025 where the baby was sleeping on a sofa with an adult.")),
    ("Operation Keystone: the first two years", "14 October 2026",
     ("Operation Keystone sent 1,846 notifications to schools and early years settings in 2025-26, up from 1,190 "
      "the year before. In our survey, 92 percent of Key Adults said the notifications helped them support "
      "children. Key Adult refresher training is now available online.")),
    ("Front Door hours over Christmas", "3 November 2026",
     ("The Tidewell Children's Front Door will close at 2pm on Thursday 24 December 2026 and reopen at 8am on "
      "Tuesday 29 December. At all other times over the holiday, urgent calls go to the Out of Hours Social Care "
      "Team on 01632 960444.")),
]

COURSES = [
    ("Bruising in non-mobile babies: the Tidewell protocol", "19 November 2026", "Estuary House"),
    ("FGM and the mandatory reporting duty", "26 November 2026", "Online (Microsoft Teams)"),
    ("Professional curiosity masterclass", "3 December 2026", "Tidewell Central Library"),
    ("Modern slavery and the NRM for first responders", "14 January 2027", "Online (Microsoft Teams)"),
]


def newsletter_html() -> str:
    """Tidewell Tidings as a web page: dated posts, a training table and a note about no-shows."""
    posts = "\n".join(f'<article class="post">\n<h2>{h}</h2>\n<p class="posted">{d}</p>\n<p>{p}</p>\n</article>'
                      for h, d, p in POSTS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Tidewell Tidings, Issue 9, Autumn 2026 | TSCP</title>
<style>body{{font-family:Verdana,sans-serif;margin:0;}} main{{max-width:760px;margin:0 auto;}}
.posted{{color:#555;}}</style>
</head>
<body>
<nav class="top"><a href="{SITE}/">TSCP home</a> | <a href="{SITE}/news">News</a> |
<a href="{SITE}/subscribe">Subscribe</a></nav>
<main>
<h1>Tidewell Tidings: Issue 9, Autumn 2026</h1>
<p class="issue">The newsletter of the {PARTNERSHIP}. Published 6 November 2026.</p>
<p>Tidewell Tidings goes to everyone who works or volunteers with children and families in Tidewell. Please pass
it on to colleagues who do not receive it.</p>
{posts}
<section class="training">
<h2>Multi-agency training dates</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Where</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>All TSCP courses are free. If you book a place and do not come, and you have not cancelled at least 48 hours
before, your agency will be charged 50 pounds.</p>
</section>
</main>
<footer class="foot"><p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/unsubscribe">Unsubscribe</a></p></footer>
</body>
</html>
"""


# -- DOCX tea-break guide and 7-minute briefing ---------------------------------------------

CURIOSITY = [
    ("1. What do we mean by professional curiosity?",
     [("Professional curiosity means not taking things at face value. It is looking, listening, asking questions "
       "and checking what you are told, and thinking about what might be happening for a child rather than only "
       "what you are shown."),
      ("It goes with respectful uncertainty: keeping an open mind and being willing to think the worst might be "
       "happening, while still working in partnership with the family.")]),
    ("2. Why it matters in Tidewell",
     [("Of the 4 local child safeguarding practice reviews published by the TSCP since 2023, 3 found that "
       "practitioners had accepted a parent's explanation without checking it. In the review of Child H, nobody "
       "asked the name of the man who was looking after the baby during the day.")]),
    ("3. Signs that you may need to be more curious",
     ["a parent is always the one who answers questions for the child;",
      "you are never shown the child's bedroom or where the baby sleeps;",
      "the family agrees to everything but nothing changes (this is sometimes called disguised compliance);",
      "visits are often cancelled or moved at short notice;",
      "you hear about a new partner or lodger but have never met them."]),
    ("4. Was not brought",
     [("Children do not take themselves to appointments. In Tidewell we record 'was not brought' (WNB) rather than "
       "'did not attend' (DNA) for every child under 18, because it puts the responsibility where it belongs."),
      ("When a child is not brought to 2 health appointments within 12 months, the GP practice or clinic must "
       "contact the health visitor or school nurse within 5 working days to share the concern. A child who is not "
       "brought should never simply be discharged back to the GP.")]),
    ("5. Questions worth asking",
     ["Who lives here, and who else stays over?",
      "Who looks after the children when you are at work?",
      "Can you show me where the children sleep?",
      "What would a normal day look like for your child?"]),
    ("6. Supervision",
     [("Bring cases where you feel uneasy to supervision, even when you cannot say why. The TSCP Curiosity Prompt "
       "card, which lists 10 questions to take into a home visit, can be downloaded from the TSCP website.")]),
    ("7. Find out more",
     [("Book the professional curiosity masterclass through the TSCP business unit on 01632 960442 or at "
       "tscp@tidewell-scp.example.org.")]),
]


def curiosity_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Professional Curiosity and 'Was Not Brought'",
                  f"A tea-break guide from the {PARTNERSHIP}. Issued: 12 August 2026.",
                  CURIOSITY, bullets=("3.", "5."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 8, 12, 9, 0, 0))


YOUNG_CARERS = [
    ("1. Background",
     [("A young carer is a person under 18 who provides or intends to provide care for another person, such as a "
       "parent, brother or sister, or grandparent, who is ill, disabled, has a mental health problem or misuses "
       "drugs or alcohol. The care is more than a child of that age would usually be expected to give.")]),
    ("2. Why it matters",
     [("In the spring 2026 school census, Tidewell schools identified 1,126 young carers. Tidewell Young Carers "
       "estimates that at least 2,400 children in Tidewell are caring for someone, so more than half are not known "
       "to their school."),
      ("Young carers are more likely to miss school, to have lower attainment at age 16 and to have poor mental "
       "health. Many do not see themselves as carers and worry that asking for help will get their family into "
       "trouble.")]),
    ("3. The law",
     [("Any young carer, or their parent, can ask the local authority for a young carer's needs assessment, and "
       "the local authority must also offer one when it appears a child is caring. In Tidewell these assessments "
       "are carried out by Tidewell Young Carers on behalf of the council and are completed within 20 working days "
       "of the request.")]),
    ("4. Tidewell Young Carers",
     [("Tidewell Young Carers (TYC) supports young carers aged 7 to 17, and runs Next Step, a group for young "
       "adult carers aged 18 to 24. It offers assessments, one-to-one support, days out and a drop-in on Saturdays "
       "from 10am to 1pm at Quayside Youth Centre. Contact TYC on 01632 960439 or at tyc@tidewell.example.org."),
      ("Young carers who have been assessed can have a Tidewell Carer Card, which tells school staff, pharmacists "
       "and GP receptionists that the young person cares for someone and may need to collect prescriptions or "
       "keep their phone switched on.")]),
    ("5. In schools",
     [("Every school in Tidewell is asked to name a Young Carer Champion, who keeps a register of young carers and "
       "makes sure that homework deadlines and detentions take caring into account. 58 of Tidewell's 71 schools "
       "had named a Champion by July 2026.")]),
    ("6. What you can do",
     [("Think family. When you work with an adult who is ill or disabled, ask whether there are children in the "
       "household and whether they help. When you work with a child who is often late, tired or absent, ask who "
       "they look after at home. With the family's agreement, refer to TYC.")]),
    ("7. Questions for reflection",
     ["Would I know if a child I work with was a young carer?",
      "Does our service ask adults about the children who help them?"]),
]


def young_carers_docx(path: Path) -> None:
    wv.guide_docx(path, "7-Minute Briefing: Young Carers",
                  f"A 7-minute briefing from the {PARTNERSHIP}. Issued: 21 September 2026.",
                  YOUNG_CARERS, bullets=("7.",), author=PARTNERSHIP,
                  when=dt.datetime(2026, 9, 21, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review (LCSPR) about Child H, a "
           "baby boy who was 14 weeks old when he was admitted to hospital in October 2025 with a skull fracture and "
           "healing rib fractures. A rapid review was held within 15 working days of the serious incident "
           "notification, and the TSCP decided to commission a full review. The lead reviewer was Naomi "
           "Fairlie-Hughes, an independent social work consultant.")),
    ("h", "The family"),
    ("p", ("Child H lived with his mother, who was 19, his 3-year-old half-sister and his mother's partner, who was "
           "not Child H's father. The mother's partner looked after both children during the day while the mother "
           "worked. He was not known to any agency before Child H was injured, and no practitioner had met him.")),
    ("h", "What happened"),
    ("p", ("When Child H was 8 weeks old, a family support worker saw a small bruise on his cheek. His mother said "
           "that his sister had poked him with a toy. The worker accepted this and did not make a referral, because "
           "she did not know about the Tidewell protocol for bruising in non-mobile babies.")),
    ("p", ("Child H was not brought to his 6 to 8 week review with the health visitor, or to the rearranged "
           "appointment. Both were recorded as 'did not attend', and he was discharged back to the GP.")),
    ("p", ("In September 2025 the police were called to the home after neighbours heard shouting. An Operation "
           "Keystone notification was sent to the sister's nursery the next morning, but the health visiting team "
           "was not told, because at the time notifications went only to schools and nurseries.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The bruising protocol was not followed. Not all practitioners who visit babies at home had "
           "been trained in it, especially in the voluntary sector.")),
    ("p", ("Finding 2: The man in the household was invisible. Nobody asked who looked after the children during the "
           "day, so the person with most care of Child H was never seen.")),
    ("p", ("Finding 3: Missed appointments were treated as a choice made by the parent. Nobody asked why a baby was "
           "not brought to his checks.")),
    ("p", ("Finding 4: Information about domestic abuse did not reach the health visitor, who was the professional "
           "most likely to see Child H.")),
    ("h", "Recommendations"),
    ("n", ("All partner agencies, including voluntary organisations, should include the bruising protocol in "
           "induction, and the TSCP should audit compliance within 6 months.")),
    ("n", ("Health visitors should record the name and date of birth of every adult who lives in or regularly "
           "stays at the home.")),
    ("n", "Operation Keystone notifications should be sent to health visitors for children under 5."),
    ("n", "All health services should record 'was not brought' for children and follow up every missed appointment."),
    ("n", "The TSCP should run a campaign to help practitioners think about fathers and other men in the household."),
    ("h", "What has changed"),
    ("p", ("Keystone notifications have gone to health visitors for children under 5 since 1 April 2026. The "
           "bruising protocol was revised in February 2026, and 640 practitioners have since completed the TSCP "
           "e-learning on it. The See the Whole Household campaign was launched in May 2026.")),
    ("p", "Child H has recovered well and now lives with his grandmother under a special guardianship order."),
    ("h", "Questions for your team"),
    ("b", "Do we know who looks after the babies we work with when their mother is not there?"),
    ("b", "Would every member of our team know what to do if they saw a bruise on a baby who cannot crawl?"),
]

ANNUAL = [
    ("h", "Foreword from the Independent Scrutineer"),
    ("p", ("This has been a year of real progress in Tidewell. The Children's Front Door now completes more "
           "assessments on time than ever before, and Operation Keystone has reached almost every school. But the "
           "review of Child H showed how much still depends on practitioners asking one more question. My main "
           "concern for 2026-27 is the number of children missing education. Professor Delphine Arkwright-Moss, "
           "Independent Scrutineer.")),
    ("h", "Our arrangements"),
    ("p", ("The three safeguarding partners are Tidewell Council, NHS Coast and Estuary Integrated Care Board and "
           "Tidewell and Marrowby Police. For 2025-26 the Chief Executive of Tidewell Council was the Lead "
           "Safeguarding Partner. The TSCP Executive Group meets every 6 weeks, and the business unit is managed by "
           "Gareth Tolland, TSCP Business Manager.")),
    ("h", "Budget contributions 2025-26"),
    ("t", [["Partner", "Contribution", "Share"],
           ["Tidewell Council", "318,000 pounds", "52%"],
           ["NHS Coast and Estuary ICB", "172,000 pounds", "28%"],
           ["Tidewell and Marrowby Police", "98,000 pounds", "16%"],
           ["Tidewell Schools Forum", "24,400 pounds", "4%"],
           ["Total", "612,400 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the Children's Front Door", "11,284", "12,067"],
           ["Contacts that became referrals", "2,874", "3,015"],
           ["Re-referrals within 12 months", "23%", "19%"],
           ["Assessments completed within 35 working days", "71%", "84%"],
           ["Section 47 enquiries", "906", "958"],
           ["Children on a child protection plan at 31 March", "287", "262"],
           ["Missing episodes reported", "1,402", "1,318"],
           ["Return home interviews accepted", "58%", "66%"],
           ["Operation Keystone notifications", "1,190", "1,846"],
           ["FGM reports under the mandatory duty", "4", "7"],
           ["Prevent referrals for under-18s", "31", "44"],
           ["NRM referrals for children", "19", "27"],
           ["Children on the EHE register at 31 March", "538", "612"],
           ["Allegations referred to the LADO", "141", "158"],
           ["Practitioners trained on TSCP courses", "2,960", "3,405"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 51 percent of child protection plans, emotional abuse "
           "for 33 percent, physical abuse for 9 percent and sexual abuse for 7 percent. The fall in the number of "
           "plans is mainly due to more families being supported earlier through a Team Around the Family.")),
    ("h", "Learning from reviews"),
    ("p", ("The TSCP held 3 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Child H, which was published in July 2026. The Estuary Child Death Overview Panel, which Tidewell "
           "shares with Marrowby, reviewed the deaths of 14 Tidewell children.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The TSCP's three priorities for 2026-27 are: babies and children under 2; children who go missing from "
           "home, care or education; and seeing the whole household. Progress will be reported to the Executive "
           "Group at every meeting.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child H",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 29 July 2026.", BRIEFING,
                 "Tidewell SCP | Learning Briefing: Child H | July 2026",
                 f"{PARTNERSHIP} - tidewell-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "TSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. Covering April 2025 to March 2026. Published: 25 September 2026.",
                 ANNUAL, "Tidewell SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - tidewell-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Tidewell document into `out`; returns the paths written."""
    return wv.write_area(out, TIDEWELL, CHAPTERS, ("tidewell-tidings-autumn-2026.html", newsletter_html()),
                         {"tea-break-guide-professional-curiosity.docx": curiosity_docx,
                          "7-minute-briefing-young-carers.docx": young_carers_docx,
                          "learning-briefing-child-h.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Tidewell in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
