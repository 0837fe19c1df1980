"""Build the third held-out corpus (Southmere), and assemble demo corpus + Southmere for evaluation.

Run from the repository root:  python eval/holdout3/build.py

Southmere is a sixth fictional partnership, written without reading how the answer pipeline ranks or
answers, and in the longer, more formal register of real partnership procedures (passive voice,
acronyms defined once, "Please note" boxes, footnotes, tables). The page template, Word guide and PDF
writers come from eval/holdout/build.py, as in eval/holdout2/, so every held-out set is built the same
reproducible way (fixed zip timestamps, reportlab invariant mode); only Southmere's own words live here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "southmere"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Southmere Safeguarding Children Partnership"
SITE = "https://southmere-scp.example.org"
SOUTHMERE = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="12 October 2026", abbr="SSCP",
                    address="Marram House, 2 Quayside Walk, Southmere SX4 2LR",
                    menu=("Children's Advice and Duty Service", "Child protection processes",
                           "Harm outside the home", "Neglect and private fostering",
                           "Allegations and professional differences"),
                    updated_label="Date of last review")

NOTE = '<div class="note"><p><strong>Please note:</strong> {}</p></div>'

# -- HTML procedure chapters --------------------------------------------------------------

REFERRAL = f"""
<h2>1. Scope</h2>
<p>This chapter sets out the arrangements by which practitioners, volunteers and members of the public in
Southmere should raise a concern about the welfare or safety of a child. It should be read in conjunction with
the Southmere Continuum of Need, which describes the levels of support available to children and families, and
with the chapter on Strategy Discussions and Section 47 Enquiries. It applies to all agencies represented on
the Southmere Safeguarding Children Partnership (SSCP) and to any organisation commissioned by them to deliver
services to children.</p>

<h2>2. The Children's Advice and Duty Service</h2>
<p>The Children's Advice and Duty Service (CADS) is the single point of contact for all new concerns about
children who live in, or are present in, Southmere. CADS is based at Marram House and brings together
qualified social workers, early help coordinators, officers from the Southmere and Estuary Police Public
Protection Unit, a safeguarding health practitioner, an education safeguarding officer and a domestic abuse
navigator. Information held by each agency is shared within CADS in line with the Southmere Information Sharing
Agreement, so that decisions about children are based on the fullest available picture.</p>

<h2>3. Contact details and opening hours</h2>
<table class="contacts">
<caption>How to contact CADS</caption>
<thead><tr><th>Service</th><th>Contact</th><th>Availability</th></tr></thead>
<tbody>
<tr><td>CADS Professional Consultation and Referral Line</td><td>01632 960810</td>
<td>Monday to Thursday, 8.30am to 5.15pm; Friday, 8.30am to 4.45pm</td></tr>
<tr><td>CADS line for parents, carers and the public</td><td>01632 960811</td><td>As above</td></tr>
<tr><td>CADS Consultation Line (advice only)</td><td>01632 960815</td>
<td>Monday, Wednesday and Friday, 9.30am to 12.30pm</td></tr>
<tr><td>Secure email</td><td>cads@southmere-scp.example.org</td><td>Monitored during opening hours only</td></tr>
<tr><td>Southmere Emergency Duty Team (EDT)</td><td>01632 960899</td>
<td>Outside CADS opening hours, including weekends and bank holidays</td></tr>
</tbody>
</table>
{NOTE.format("Where a child is in immediate danger, or a crime is in progress, the police should be contacted on "
             "999 before any contact is made with CADS.")}

<h2>4. Making a referral</h2>
<h3>4.1 Where there is a risk of significant harm</h3>
<p>Where a practitioner is concerned that a child may be experiencing, or be at risk of, significant harm, the concern
must be discussed by telephone with a CADS social worker without delay. Referrals of this nature should not be
made by email or by submission of a form alone. The verbal referral must then be confirmed in writing, by
completion of the Southmere Inter-Agency Referral Form (IARF), by the end of the next working day.<sup>1</sup></p>
<h3>4.2 Other concerns</h3>
<p>Where there is no immediate risk of significant harm, but the practitioner considers that the child's needs
cannot be met without a statutory assessment, the IARF should be completed and submitted through the SSCP
practitioner portal. Practitioners should ensure that the form is fully completed, including details of all
household members, any significant adults who do not live in the household, the child's own views and the
support that has already been offered. Incomplete forms will be returned to the referrer, which may delay the
response to the child.</p>
{NOTE.format("CADS does not accept anonymous referrals from professionals. Practitioners must give their name, "
             "role, agency and a direct contact number on every referral.")}

<h2>5. Seeking advice</h2>
<p>It is recognised that practitioners will sometimes be uncertain whether a concern requires a referral. In these
circumstances a consultation may be requested with a CADS advanced practitioner through the Consultation Line.
Consultations are logged by CADS, but a consultation does not constitute a referral, and responsibility for any
subsequent action remains with the practitioner and their agency. Practitioners should record the advice given,
and the name of the advanced practitioner consulted, within their own agency's records.</p>

<h2>6. Screening and decision-making</h2>
<p>Every contact received by CADS is screened by a qualified social worker within 4 hours of receipt, and a
decision regarding the appropriate response is recorded by the CADS Team Manager within one working day. The
range of possible outcomes includes information and advice; signposting to universal services; a referral to
Southmere Early Help for a Family Conversation; a child and family assessment; or a strategy discussion where
there is reasonable cause to suspect significant harm.</p>
<p>Written feedback on the outcome will be sent to the referrer within 2 working days of the decision being made.
Where feedback has not been received, practitioners should contact the CADS Duty Team Manager via the
Professional Consultation and Referral Line. Where the referrer disagrees with the decision reached, the matter
should be taken forward in line with the SSCP Resolution of Professional Differences protocol.</p>

<h2>7. Consent and information sharing</h2>
<p>Practitioners should be open and honest with families from the outset about why, what, how and with whom
information will be shared, and should seek consent unless this would place the child or another person at
increased risk, or prejudice a criminal investigation. The agreement of a parent is required for a referral to
early help. However, consent is not required to make a referral where there is reasonable cause to believe that a
child is at risk of significant harm, and a parent's refusal should never delay such a referral. The reasons for
proceeding without consent should be recorded.</p>

<h2>8. Concerns about unborn babies</h2>
<p>Where concerns are identified during pregnancy, a referral should be made to CADS as early as possible and in
any event no later than 20 weeks of pregnancy. This is intended to allow sufficient time for a pre-birth
assessment to be completed by 30 weeks, and for any Initial Child Protection Conference to be held before the
baby is born.</p>

<h2>9. Children from other areas</h2>
<p>Where a child who normally lives in another local authority area is present in Southmere and there are
concerns about their immediate safety, CADS will take the necessary protective action and will notify the
child's home authority on the same working day. Responsibility for any ongoing assessment will then be agreed
between the two authorities.</p>

<h2>10. Additional information</h2>
<p>Young people aged 16 and 17 who present as homeless should be referred to CADS, and a joint assessment will be
undertaken with Southmere Housing Options under the Southmere Joint Housing Protocol for 16 and 17 Year Olds.</p>

<div class="footnotes">
<p><sup>1</sup> The IARF replaced the former Multi-Agency Referral Form on 1 April 2026. Copies of the old form are
no longer accepted by CADS.</p>
</div>
"""

LADO = f"""
<h2>1. Introduction</h2>
<p>This chapter describes the process to be followed where it is alleged that a person who works with children,
in either a paid or a voluntary capacity, may have behaved in a way that has harmed, or may harm, a child. It is
intended for employers, managers, designated safeguarding leads (DSLs), volunteer coordinators and those
responsible for commissioning services. The arrangements apply in line with Working Together to Safeguard
Children and, for education settings, Keeping Children Safe in Education (KCSIE).</p>

<h2>2. Role of the Local Authority Designated Officer</h2>
<p>The Local Authority Designated Officer (LADO) is responsible for the management and oversight of individual
cases, for providing advice and guidance to employers and voluntary organisations, and for liaison with the police
and other agencies. In Southmere the LADO function is delivered by the Southmere Allegations Management Service,
which sits within the Quality Assurance and Safeguarding Unit. The service comprises a Senior LADO, Dr Nadia
Pemberton-Roos, and a LADO, Owain Threlkeld, who are supported by an allegations coordinator.</p>

<h2>3. Contacting the service</h2>
<ul>
<li>Telephone: 01632 960830</li>
<li>Email: lado@southmere-scp.example.org</li>
<li>Hours: Monday to Friday, 8.45am to 4.45pm</li>
</ul>
<p>Outside these hours, where a child is thought to be at immediate risk, the Southmere Emergency Duty Team (EDT)
should be contacted on 01632 960899, and the LADO notified by email so that the matter can be followed up on the
next working day. The Southmere LADO service does not operate an out-of-hours rota.</p>

<h2>4. Criteria</h2>
<p>The LADO should be informed of all cases in which it is alleged that a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children; or</li>
<li>behaved, or may have behaved, in a way that indicates they may not be suitable to work with children.</li>
</ul>
<p>The final criterion is sometimes described as 'transferable risk', and may apply where the behaviour in
question took place outside work, for example within the person's own family or online.</p>

<h2>5. Responsibilities of employers</h2>
<p>The designated senior manager within the employing organisation should inform the LADO within 24 hours of
becoming aware of an allegation, and before any internal investigation is commenced. Where the allegation concerns
the headteacher of a maintained school, the chair of governors should make contact; in an academy, the chief
executive of the trust, or equivalent, should do so. Following the initial discussion, a Southmere LADO
Notification Form is to be completed and returned within 3 working days.</p>
<p>Employers should not interview the child or the adult concerned, ask anyone to write a statement, or inform the
adult of the allegation until agreement has been reached with the LADO as to how this should be managed. A
factual record of the concern, signed and dated, should be made and retained securely.</p>

<h2>6. Initial evaluation and meetings</h2>
<p>On receipt of a referral the LADO will undertake an initial evaluation with the employer, normally within one
working day, to determine whether the allegation meets the harm threshold. Where the threshold is met, an Initial
Evaluation Meeting (IEM) will be convened within 5 working days, attended by the employer, the police and
children's social care as appropriate. The IEM will agree the approach to be taken, including whether a criminal
investigation, a section 47 enquiry or a disciplinary investigation is required, and how the child and the adult
are to be supported. Allegation Review Meetings are then held at intervals of no more than 4 weeks until the case
is concluded.</p>

<h2>7. Suspension</h2>
<p>Suspension should not be an automatic response to an allegation. Employers should consider all of the
alternatives, such as redeployment, additional supervision or a period of leave by agreement, and should record
the reasons for any decision reached. A named contact should be identified within the organisation to keep the
adult informed of progress and to offer welfare support.</p>

<h2>8. Outcomes and timescales</h2>
<p>At the conclusion of the process the LADO will record one of the following outcomes: substantiated, false,
malicious, unfounded or unsubstantiated. The SSCP expects that 80 percent of cases will be concluded within 3
months, and that all but the most exceptional cases will be concluded within 12 months.</p>

<h2>9. Particular settings</h2>
<p>Where an allegation concerns a foster carer, the fostering service must inform the child's social worker and
the Agency Decision Maker, and a review of the carer's approval is to be presented to the fostering panel. Where an
allegation concerns supply or agency staff, the school or setting remains responsible for informing the LADO, and
should work with the agency to agree who will undertake any investigation.</p>

<h2>10. Low-level concerns</h2>
<p>Concerns which do not meet the harm threshold should be managed under the organisation's own low-level concerns
policy.</p>
{NOTE.format("In Southmere, organisations are asked to consult the LADO where two or more low-level concerns "
             "about the same individual have been recorded within a 6-month period, as this may indicate a "
             "pattern of behaviour requiring further consideration.")}

<h2>11. Referral to the Disclosure and Barring Service</h2>
<p>Employers have a legal duty to refer a person to the Disclosure and Barring Service (DBS) where they have
removed that person from working with children, or would have done so had the person not left, because the
person has harmed, or poses a risk of harm to, a child. In Southmere it is expected that such referrals will be
made within 20 working days of the decision being reached, and the LADO should be informed once the referral has
been submitted.</p>
"""

ESCALATION = f"""
<h2>1. Policy statement</h2>
<p>Professional disagreement is a normal and, when managed well, a healthy feature of multi-agency working.
Difficulties arise when differences of view are not raised, or are raised but left unresolved, with the result
that children do not receive the help or protection they need. This protocol sets out the process by which
practitioners across the SSCP should seek to resolve differences of professional opinion in a timely, respectful
and child-focused manner.</p>

<h2>2. Scope</h2>
<p>Disagreements may arise about, among other things, whether a child's needs meet the threshold for a particular
service, the outcome of a referral to CADS, the content or progress of a plan, decisions about case closure, or a
perceived failure to share information. This protocol does not replace any agency's complaints procedure, and it
is not intended for use by families.</p>

<h2>3. Principles</h2>
<ul>
<li>The safety and wellbeing of the child must remain the paramount consideration throughout.</li>
<li>Disagreements should be resolved at the lowest possible level and as quickly as possible.</li>
<li>Practitioners should be clear about what they are disagreeing with and what outcome they are seeking.</li>
<li>Each stage should be recorded on the child's file by every agency involved.</li>
</ul>
{NOTE.format("Where a child is considered to be at immediate risk of significant harm, the escalation process "
             "must not delay protective action. CADS or the police should be contacted at once.")}

<h2>4. The process</h2>
<p>The SSCP protocol has three stages. The timescales below are maximums, and practitioners are encouraged to move
to the next stage sooner where the child's circumstances require it.</p>
<table class="stages">
<caption>SSCP escalation stages</caption>
<thead><tr><th>Stage</th><th>Action</th><th>Timescale</th></tr></thead>
<tbody>
<tr><td>Stage 1</td><td>The practitioner raises the concern directly with their counterpart in the other agency, by
telephone or in person, and confirms the discussion by email.</td><td>Within 3 working days</td></tr>
<tr><td>Stage 2</td><td>If the matter is not resolved, it is escalated to the line manager or DSL of each
practitioner, who should speak directly with one another.</td><td>Within 5 working days of the escalation</td></tr>
<tr><td>Stage 3</td><td>If it remains unresolved, a head of service or designated professional refers the matter to
the Southmere Escalation Panel, which is convened by the SSCP Business Manager.</td>
<td>Panel meets within 10 working days</td></tr>
</tbody>
</table>
<p>The whole process, from the raising of the concern at Stage 1 to a decision at Stage 3, should normally be
completed within 20 working days.</p>

<h2>5. Southmere Escalation Panel</h2>
<p>The panel is chaired by the SSCP Independent Scrutineer. Its membership comprises one senior manager from each
statutory safeguarding partner, none of whom may have had direct involvement in the case. The agencies party to the
disagreement will be invited to set out their views in writing. The panel's decision will be communicated in
writing within 2 working days of the meeting, and is final.</p>

<h2>6. Urgent escalation</h2>
<p>Where a practitioner considers that a decision is leaving a child at risk of significant harm, for example
where CADS has decided not to convene a strategy discussion, the practitioner may escalate directly to Stage 2 on
the same day. In such circumstances managers are expected to agree a resolution within 24 hours.</p>

<h2>7. Recording and monitoring</h2>
<p>Every escalation reaching Stage 2 or beyond should be recorded on the SSCP Escalation Notification Form, a copy
of which is to be sent to escalations@southmere-scp.example.org. The SSCP business unit analyses the themes arising
from escalations and reports them to the Quality Assurance and Performance Subgroup twice a year.</p>

<h2>8. Child protection conferences</h2>
<p>Disagreement with a decision made at a child protection conference should first be raised with the Conference
Chair at the time. If the matter cannot be resolved, the agency should write to the Head of Quality Assurance and
Safeguarding within 5 working days of the conference. Pending consideration of the disagreement, the conference
decision remains in force.</p>
"""

MISSING = """
<h2>1. Introduction</h2>
<p>Children who go missing, even for short periods, are at increased risk of a range of harms, including sexual
and criminal exploitation, trafficking, substance misuse and physical harm. A missing episode may also be an
indication that something is wrong at home or in the child's placement. This chapter sets out the
responsibilities of parents, carers and agencies in Southmere when a child goes missing and on the child's return,
and should be read alongside the chapter on Child Exploitation including County Lines.</p>

<h2>2. Definitions</h2>
<p>In line with the approach adopted by Southmere and Estuary Police, a child is regarded as missing where it is not
known where the child is and this is out of character, or the context suggests that the
child may be the subject of crime or at risk of harm to themselves or another person. Where a child is not at the
place they are expected to be, but their whereabouts are known, they should be recorded as 'absent without
authorisation' and the carer should follow the agreed plan for that child.</p>

<h2>3. Reporting</h2>
<p>Parents and carers should be encouraged to report a missing child to the police as soon as they have concerns.
For children who are looked after, foster carers and residential staff must take reasonable steps to locate the
child, and must report the child as missing to the police no later than 1 hour after those steps have been
exhausted. The child must be reported immediately where:</p>
<ul>
<li>the child is aged under 12;</li>
<li>the child is known or suspected to be at risk of exploitation;</li>
<li>the child has a medical condition and does not have the necessary medication with them; or</li>
<li>there is any other reason to believe that the child is at immediate risk.</li>
</ul>
<p>The child's social worker, or the EDT outside office hours, must also be informed.</p>

<h2>4. The Southmere Missing Child Profile</h2>
<p>Southmere has adopted a local version of the Philomena Protocol. A Southmere Missing Child Profile is to be
completed for every looked after child at the start of each placement, containing a recent photograph, a physical
description, known associates, places frequented and any mobile telephone numbers. The profile should be reviewed
every 6 months and after each missing episode, and shared with the police at the point at which the child is
reported missing.</p>

<h2>5. Return Home Interviews</h2>
<p>Every child who has been missing must be offered an independent Return Home Interview (RHI) within 72 hours of
their return. In Southmere, RHIs are undertaken by Harbourlight Young People's Service, an independent provider
commissioned by the local authority since 1 April 2026. Harbourlight receives a notification from the police at
9am each day listing all children who have returned from a missing episode. Harbourlight can be contacted on
01632 960840 or at rhi@harbourlight.example.org.</p>
<p>The purpose of the RHI is to understand why the child went missing, where they went and who they were with, and
to identify any harm they may have experienced. Children should be offered a choice of venue and of worker. Where
a child declines an RHI, a second offer should be made within 5 working days, and the child's social worker or lead
practitioner should consider whether another trusted adult could hold the conversation instead.</p>
<p>The RHI worker will share a summary of the interview with the child's social worker and the police within 2
working days.</p>

<h2>6. Multi-agency missing meetings</h2>
<p>A Missing Strategy Meeting should be convened by children's social care where a child has been missing on three
or more occasions within a rolling 90-day period, or where any single missing episode has lasted more than 48
hours. The meeting will consider the risk of exploitation and whether the child should be discussed at the
Multi-Agency Child Exploitation (MACE) Panel.</p>

<h2>7. Children missing education</h2>
<p>Schools should notify the local authority's Children Missing Education (CME) Officer once a pupil has missed
10 consecutive school days with no explanation from the family, or immediately where there is also a safeguarding
concern. The CME Officer can be contacted on 01632 960842 or at cme@southmere-scp.example.org. Schools must not
remove a pupil from the admissions register on grounds of non-attendance until the CME Officer has confirmed that
reasonable enquiries have been made.</p>
"""

EXPLOITATION = """
<h2>1. Overview</h2>
<p>Child exploitation occurs where an individual or group takes advantage of an imbalance of power to coerce,
control, manipulate or deceive a child into taking part in sexual or criminal activity. It may take place in
exchange for something the child needs or wants, and/or for the financial or other advantage of the perpetrator.
Child sexual exploitation (CSE) and child criminal exploitation (CCE) are forms of child abuse, and a child cannot
consent to their own exploitation. County lines describes the activity of gangs and organised networks who use
children to move and sell drugs into one or more areas, typically using a dedicated mobile phone line.</p>

<h2>2. Indicators</h2>
<p>Practitioners should be alert to the following indicators, which are not exhaustive:</p>
<ul>
<li>frequent missing episodes, or being found in areas with which the child has no obvious connection;</li>
<li>unexplained money, new clothes or trainers, or more than one mobile phone;</li>
<li>a sudden change in friendships, or relationships with older young people or adults;</li>
<li>unexplained injuries, or a reluctance to seek medical help for injuries;</li>
<li>exclusion from school, a reduced timetable or a sudden decline in attendance;</li>
<li>travel tickets, or being stopped by the police in another force area.</li>
</ul>

<h2>3. Assessing risk</h2>
<p>Where exploitation is suspected, the practitioner should complete the Southmere Exploitation Risk Indicator Tool
(SERIT) together with their DSL or line manager. The SERIT identifies risk as emerging, moderate or significant,
and the response expected at each level is as follows:</p>
<ul>
<li>Emerging risk: continue to work with the child under an early help plan and review the SERIT every 8
weeks.</li>
<li>Moderate risk: submit the SERIT to CADS with an IARF, and CADS will consider a referral to the Tidewater
Team.</li>
<li>Significant risk: telephone CADS on the same day, and submit the SERIT and IARF by the end of the next working
day.</li>
</ul>

<h2>4. The Tidewater Team</h2>
<p>Tidewater is Southmere's specialist multi-agency exploitation team, comprising social workers, youth workers, a
police sergeant, a sexual health nurse and a substance misuse worker. It works with young people aged 10 to 18 who
are at moderate or significant risk of exploitation, and continues to support care leavers up to the age of 21.
The team can be contacted on 01632 960850 or at tidewater@southmere-scp.example.org.</p>
<p>A Tidewater Navigator is based in the custody suite at Southmere Central Police Station from Monday to Friday,
in order to offer support to any child who has been arrested, at what may be a reachable moment.</p>

<h2>5. Multi-Agency Child Exploitation Panel</h2>
<p>Children assessed as being at significant risk are discussed at the Southmere Multi-Agency Child Exploitation
(MACE) Panel, which meets fortnightly on Tuesday afternoons and is chaired by the Tidewater Team Manager. The
panel maps links between children, adults of concern, locations and vehicles, and agrees actions to disrupt
perpetrators. Referrals to the MACE Panel should be sent to the MACE coordinator by 12 noon on the Thursday before
the meeting. Strategic oversight is provided by the Southmere Exploitation and Missing Strategic Group, which meets
every 2 months.</p>

<h2>6. County lines and cuckooing</h2>
<p>Where there are concerns that an adult's home is being used by those involved in drug supply, a practice known
as cuckooing, this should be reported to the police on 101, or 999 in an emergency, and to the Southmere Community
Safety Team on 01632 960855. Where children live at or visit the address, a referral should also be made to
CADS.</p>

<h2>7. National Referral Mechanism</h2>
<p>Children who may have been trafficked or subjected to modern slavery, which includes many children exploited
through county lines, should be referred to the National Referral Mechanism (NRM) by a first responder
organisation. In Southmere, NRM referrals for children are coordinated by the Tidewater Team. The consent of the
child is not required for an NRM referral. Southmere participates in the regional Devolved Decision-Making Panel,
which makes decisions on NRM referrals for children and meets monthly.</p>

<h2>8. Language</h2>
<p>Practitioners are reminded that the language used in records and in meetings should make clear that the child
is a victim. Phrases such as 'lifestyle choice', 'putting themselves at risk' or 'choosing to associate with'
should not be used.</p>
"""

NEGLECT = f"""
<h2>1. Context</h2>
<p>Neglect is the most common reason for a child in Southmere to become the subject of a child protection plan,
and it has featured in each of the local child safeguarding practice reviews undertaken since 2022. The cumulative
impact of neglect on a child's development can be profound, and is frequently underestimated where practitioners
focus on single incidents rather than on the child's lived experience over time.</p>

<h2>2. Definition</h2>
<p>For the purposes of this chapter, neglect is understood as the persistent failure to meet a child's basic
physical and/or psychological needs, which is likely to result in serious impairment of the child's health or
development. It may involve a failure to provide adequate food, clothing and shelter, to protect the child from
physical and emotional harm, to ensure adequate supervision, or to ensure access to appropriate medical care. It
may also occur during pregnancy, for example as a result of maternal substance misuse.</p>

<h2>3. The Southmere Neglect Toolkit</h2>
<p>The Southmere Neglect Toolkit (SNT) is the partnership's agreed tool for identifying and measuring neglect. It is
intended to be completed with the family, and should be used by any practitioner who is concerned that a child's
needs are not being met. The SNT considers the care of the child across seven domains:</p>
<ol>
<li>nutrition and feeding;</li>
<li>housing, home conditions and hygiene;</li>
<li>health and dental care;</li>
<li>safety and supervision;</li>
<li>emotional warmth and stimulation;</li>
<li>education and learning;</li>
<li>the parent's own needs and capacity to change.</li>
</ol>
<p>Practitioners must have completed the SSCP half-day SNT training course before using the toolkit.</p>

<h2>4. Scoring and next steps</h2>
<p>Each domain is scored on a scale of 1 to 4, where 1 indicates that care is consistently good enough and 4
indicates that care is harmful to the child. The responses expected are set out below.</p>
<table class="scores">
<thead><tr><th>Score pattern</th><th>Expected response</th></tr></thead>
<tbody>
<tr><td>All domains scored 1 or 2</td><td>Continue universal or early help support, and share the completed SNT
with the family.</td></tr>
<tr><td>A score of 3 in one or two domains</td><td>Discuss with your DSL or supervisor and offer the family a
Family Conversation.</td></tr>
<tr><td>A score of 3 in three or more domains</td><td>Seek a consultation with CADS and consider a
referral.</td></tr>
<tr><td>A score of 4 in any domain</td><td>Refer to CADS by telephone on the same day.</td></tr>
</tbody>
</table>
<p>The SNT should be repeated at least every 12 weeks while concerns persist, so that progress, or the lack of it,
can be evidenced.</p>

<h2>5. Chronologies</h2>
<p>Where neglect has been a concern for more than 3 months, the lead practitioner should maintain a multi-agency
chronology drawing together significant events from each agency involved with the family. The chronology should
be reviewed at every Team Around the Family meeting or core group.</p>

<h2>6. Neglect Champions</h2>
<p>Each partner agency is asked to nominate at least one Neglect Champion, who will advise colleagues on the use of
the SNT and attend the Southmere Neglect Practice Forum, which meets quarterly.</p>

<h2>7. Other considerations</h2>
{NOTE.format("Poverty is not, in itself, neglect. Practitioners should consider whether a family's difficulties "
             "arise from a lack of resources, in which case help with income, food and housing may be the most "
             "appropriate response, and families may be referred to the Southmere Household Support Fund.")}
<p>Practitioners should also remain mindful of disguised compliance, of start-again syndrome and of the impact of
neglect on adolescents, which is frequently overlooked. Persistent failure to bring a child to health appointments
should be considered as a possible indicator of neglect; further guidance is given in the SSCP Tea-Break Guide on
Was Not Brought.</p>
"""

PRIVATE_FOSTERING = """
<h2>1. What is private fostering?</h2>
<p>A private fostering arrangement is one in which a child under the age of 16 (or under 18 if the child is
disabled) is cared for by someone who is not their parent, a person with parental responsibility or a close
relative, for a period of 28 days or more, by private arrangement between the parent and the carer. Close
relatives are defined as grandparents, brothers, sisters, uncles, aunts and step-parents; great-aunts, cousins and
family friends are not close relatives for this purpose.</p>

<h2>2. Examples of private fostering</h2>
<ul>
<li>children living with a friend's family following a breakdown in relationships at home;</li>
<li>teenagers staying with the family of a boyfriend or girlfriend;</li>
<li>children from overseas attending language schools or independent schools and staying with host families for
28 days or more;</li>
<li>children sent to the UK for education or health care by parents who live abroad.</li>
</ul>

<h2>3. Notification</h2>
<p>Parents and proposed carers are required by law to notify the local authority at least 6 weeks before a private
fostering arrangement begins or, where the arrangement is made in an emergency, within 48 hours of its start.
Professionals who become aware of a possible private fostering arrangement should also notify the local
authority, and should not assume that the family will do so.</p>
<p>Notifications in Southmere are to be made to the Southmere Private Fostering Team on 01632 960860 or at
privatefostering@southmere-scp.example.org.</p>

<h2>4. Assessment and visits</h2>
<p>Following notification, a social worker from the Private Fostering Team will visit the child and the carer within
7 working days, and will speak to the child alone unless the child objects. An assessment of the suitability of
the arrangement, including DBS checks on all adults in the household aged 16 and over, is to be completed within
42 working days of notification.</p>
<p>Thereafter the child will be visited at least every 6 weeks during the first year of the arrangement, and at
least every 12 weeks in any subsequent year.</p>

<h2>5. Raising awareness</h2>
<p>Private fostering remains significantly under-reported, both nationally and locally. Schools, GP practices and
health visiting teams are asked to include a question about who the child lives with in their admission and
registration processes. The SSCP holds a Private Fostering Awareness Week each year in the first week of March.</p>

<h2>6. Where an arrangement is not suitable</h2>
<p>Where the assessment concludes that the arrangement is not suitable, or the carer refuses to co-operate, the
local authority may impose requirements on the carer or, in more serious cases, prohibit the arrangement. Where a
child is at risk of significant harm, the matter should be referred to CADS under child protection procedures.</p>
"""

STRATEGY = """
<h2>1. Purpose of this chapter</h2>
<p>This chapter sets out the arrangements in Southmere for convening strategy discussions and for undertaking
enquiries under section 47 of the Children Act 1989, where there is reasonable cause to suspect that a child is
suffering, or is likely to suffer, significant harm. It is to be read together with the chapter on Contacting the
Children's Advice and Duty Service.</p>

<h2>2. When a strategy discussion is required</h2>
<p>A strategy discussion must be held whenever there is reasonable cause to suspect significant harm. The need for
one may arise from a new referral, during an existing assessment or plan, or following the discovery of an injury
to a child who is already open to children's social care.</p>

<h2>3. Convening the discussion</h2>
<p>The strategy discussion is convened and chaired by a children's social care team manager, either in CADS or in
the relevant locality team. It should take place within 1 working day of the decision that one is required, and on
the same day where a child has an injury that may be non-accidental or where there is a risk that evidence will be
lost. As a minimum, the following must be invited to take part:</p>
<ul>
<li>children's social care (the chair and the allocated or duty social worker);</li>
<li>the police, normally a detective sergeant from the Public Protection Unit;</li>
<li>health, represented by the CADS safeguarding health practitioner or a named nurse;</li>
<li>the child's school or nursery, where the child attends one;</li>
<li>the referring agency, where it is not one of the above.</li>
</ul>
<p>Strategy discussions are generally held by video call. A face-to-face strategy meeting should be considered in
complex cases, including allegations of organised or multiple abuse.</p>

<h2>4. Record of the discussion</h2>
<p>The chair is responsible for ensuring that the decisions and actions agreed are recorded on the Southmere
Strategy Discussion Record, which should be circulated to all participants within 2 working days.</p>

<h2>5. Section 47 enquiries</h2>
<p>Where the strategy discussion decides that the threshold for a section 47 enquiry is met, the social worker will
lead the enquiry, and the child must be seen, and spoken to alone where appropriate, within 24 hours of that
decision. Where a joint investigation is agreed, the police and the social worker will undertake joint visits.</p>
<p>The outcome of the section 47 enquiry must be recorded and agreed by the team manager within 10 working days of
the strategy discussion. Three conclusions are possible: the concerns are not substantiated; the concerns are
substantiated, but significant harm is not expected to continue; or the concerns are substantiated and significant
harm is likely to continue, in which case an Initial Child Protection Conference (ICPC) should be convened within 15 working days of the strategy discussion at which the
enquiry was initiated.</p>

<h2>6. Medical examinations</h2>
<p>Child protection medical examinations in Southmere are undertaken at the Lantern Children's Assessment Unit at
Southmere General Hospital. The unit sees children between 9am and 5pm on weekdays; at other times, examinations
are carried out by the on-call paediatric registrar on the children's ward. Where sexual abuse is suspected, the
child will be referred to the Seabright Sexual Assault Referral Centre (SARC) for a forensic medical
examination.</p>

<h2>7. Achieving Best Evidence interviews</h2>
<p>Visually recorded interviews with children, conducted in line with Achieving Best Evidence (ABE) guidance, take
place at the Beacon Suite, a child-friendly interview facility at Quayside Police Station. The strategy discussion
should consider whether a registered intermediary is needed to support a child with communication needs.</p>

<h2>8. Informing parents</h2>
<p>Parents should normally be informed of the concerns and of the section 47 enquiry, unless the strategy
discussion agrees that to do so would place the child at increased risk or jeopardise a police investigation. Where
such a decision is taken it should be recorded, together with the reasons, and reviewed at each subsequent
discussion.</p>
"""

THRESHOLDS = """
<h2>Introduction</h2>
<p>The Southmere Continuum of Need provides a common framework for practitioners across all agencies to determine
the level of support a child and family may require. Needs are described in four bands, from Band A (universal) to
Band D (acute). The continuum is intended to support, and not to replace, professional judgement, and a child's
needs may move between bands over time.</p>

<h2>Bands of need</h2>
<table class="bands">
<caption>Southmere bands of need</caption>
<thead><tr><th>Band</th><th>Description</th><th>Indicative examples</th><th>Expected response</th></tr></thead>
<tbody>
<tr><td>Band A: Universal</td><td>Needs are met through universal services such as schools, GPs and health
visitors.</td><td>Developing well; school attendance of 96 percent or above; stable housing.</td><td>No additional
services required; universal services continue.</td></tr>
<tr><td>Band B: Emerging needs</td><td>Additional needs that can be met by a single agency, or by two agencies working
together.</td><td>Attendance between 90 and 95 percent; a young carer with limited support; parental separation
affecting the child's behaviour.</td><td>Single-agency support, or a Family Conversation with the family's
consent.</td></tr>
<tr><td>Band C: Complex needs</td><td>Multiple or complex needs requiring a coordinated multi-agency response,
potentially including a child in need assessment under section 17.</td><td>Attendance below 90 percent; parental
substance misuse affecting the care of the child; domestic abuse assessed as standard or medium risk; neglect
not improving after early help.</td><td>Team Around the Family led by Southmere Early Help, or a referral to CADS
using the IARF where a statutory assessment is needed.</td></tr>
<tr><td>Band D: Acute needs</td><td>The child has suffered, or is likely to suffer, significant harm, or requires
immediate protection.</td><td>Disclosure of abuse; any bruising to a non-mobile baby; high-risk domestic abuse; a
child at significant risk of exploitation; a child under 13 who is sexually active.</td><td>Telephone CADS on
01632 960810 immediately, or the police on 999 if a child is in immediate danger.</td></tr>
</tbody>
</table>

<h2>Early help in Southmere</h2>
<p>Early help assessment in Southmere is undertaken through the Family Conversation, a strengths-based assessment
completed with the family and recorded on the Southmere Early Help Module. Any practitioner may initiate a Family
Conversation. The consent of a parent is needed, although young people aged 14 and over may consent to a Family
Conversation in their own right where they are judged competent to do so.</p>
<p>The practitioner who initiates the Family Conversation will usually act as lead practitioner, and will convene
Team Around the Family (TAF) meetings, which are held at least every 8 weeks. Advice and support are available from
the Southmere Early Help Coordination Team on 01632 960820 or at earlyhelp@southmere-scp.example.org.</p>

<h2>Moving between bands</h2>
<p>Where a plan at Band B or Band C has not achieved sufficient progress after two consecutive TAF reviews, the lead
practitioner should discuss the case with their DSL or manager and consider a consultation with CADS. When
children's social care closes a case and the child's needs can be met at Band C, a joint step-down visit by the
social worker and the new lead practitioner should take place within 15 working days of the closure decision.</p>

<h2>Consent</h2>
<p>Support at Bands B and C is provided with the agreement of the family. At Band D, practitioners should continue
to seek consent where it is safe to do so, but must not delay a referral where consent is refused.</p>
"""

CHAPTERS = {
    "referral-cads.html": ("Contacting the Children's Advice and Duty Service (CADS)", "12 October 2026", REFERRAL),
    "lado.html": ("Managing Allegations Against People Who Work with Children", "3 June 2026", LADO),
    "escalation.html": ("Resolution of Professional Differences (Escalation Protocol)", "19 February 2026",
                        ESCALATION),
    "missing-children.html": ("Children Missing from Home and Care: Reporting and Return Home Interviews",
                               "27 April 2026", MISSING),
    "child-exploitation.html": ("Child Exploitation including County Lines", "8 September 2026", EXPLOITATION),
    "neglect.html": ("Neglect and the Southmere Neglect Toolkit", "14 January 2026", NEGLECT),
    "private-fostering.html": ("Private Fostering", "1 July 2026", PRIVATE_FOSTERING),
    "strategy-discussions-s47.html": ("Strategy Discussions and Section 47 Enquiries", "23 March 2026", STRATEGY),
    "continuum-of-need.html": ("Southmere Continuum of Need: Thresholds Guidance", "12 October 2026", THRESHOLDS),
}

# -- practitioner newsletter (an email with its own layout: sections, no <main>) ----------------

NEWS_ITEMS = [
    ("Three stages, not five",
     ("In February the partnership replaced its five-stage escalation procedure with a shorter protocol of three "
      "stages, following feedback from practitioners that the old process took too long. An audit of the "
      "escalations raised between April and September 2026 found that 83 percent were resolved at Stage 1 or "
      "Stage 2. Escalation is not a complaint, and practitioners are encouraged to use it whenever they believe a "
      "decision is not in a child's interests.")),
    ("Return Home Interviews: six months with Harbourlight",
     ("Since 1 April 2026 Return Home Interviews have been carried out by Harbourlight Young People's Service, "
      "which took over from the council's in-house Missing Children Team. In its first six months 78 percent of "
      "the interviews offered by Harbourlight were accepted by young people. Practitioners can help by telling "
      "young people who Harbourlight are before they are contacted.")),
    ("CADS Consultation Line: now on Fridays too",
     ("The CADS Consultation Line, which until the summer was available on Mondays and Wednesdays only, is now also "
      "open on Friday mornings. DSLs are reminded that a consultation is advice and not a referral.")),
    ("New Senior LADO",
     ("Dr Nadia Pemberton-Roos joined the Southmere Allegations Management Service as Senior LADO in May 2026, "
      "having previously worked as a LADO in a neighbouring authority. She will be speaking at the LADO briefing "
      "for DSLs and managers in January.")),
    ("Private fostering: keep asking who children live with",
     ("Only 14 private fostering arrangements were notified to the Private Fostering Team during 2025-26. If a child "
      "tells you they are staying with a friend's family or a relative who is not a parent, please ask how long "
      "for, and notify the team if it is 28 days or more.")),
    ("CADS in numbers",
     ("CADS received 1,047 contacts in September 2026. Schools made 31 percent of them, the police 27 percent and "
      "health services 16 percent.")),
]

NEWS_TRAINING = [
    ("Using the Southmere Neglect Toolkit (half day)", "19 November 2026", "Online (Microsoft Teams)"),
    ("Exploitation: completing the SERIT", "26 November 2026", "Marram House, Southmere"),
    ("Was Not Brought: missed appointments and neglect", "2 December 2026", "Online (Microsoft Teams)"),
    ("LADO briefing for DSLs and managers", "14 January 2027", "Southmere Civic Hall"),
]


def newsletter_html() -> str:
    """The practitioner newsletter as a mailing tool sends it: a header strip, sections, a training list."""
    font = "font-family:Georgia,'Times New Roman',serif;"
    sections = "\n".join(
        f'<div class="section" style="{font}padding:10px 24px;border-left:4px solid #1f6f8b;margin:0 0 14px;">\n'
        f'<h2 style="font-size:18px;color:#1f6f8b;margin:0 0 6px;">{h}</h2>\n<p style="margin:0;">{p}</p>\n</div>'
        for h, p in NEWS_ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in NEWS_TRAINING)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Safeguarding Matters - Issue 14 - Autumn 2026</title>
<style>body{{background:#f3f6f7;margin:0;}} .section p{{line-height:1.55;}}</style>
</head>
<body>
<div style="{font}background:#1f6f8b;color:#ffffff;padding:16px 24px;">
<p style="font-size:22px;margin:0;">Safeguarding Matters</p>
<p style="margin:4px 0 0;">{PARTNERSHIP} | Issue 14 | Published 4 November 2026</p>
</div>
<div style="{font}padding:12px 24px;">
<p>Welcome to the autumn issue of Safeguarding Matters, the SSCP newsletter for practitioners, managers and
designated safeguarding leads across Southmere. Please share it with colleagues who do not yet receive it.</p>
<p><strong>In this issue:</strong> escalation, Return Home Interviews, the CADS Consultation Line, a new Senior LADO,
private fostering, CADS figures and training dates.</p>
</div>
{sections}
<div class="section" style="{font}padding:10px 24px;border-left:4px solid #1f6f8b;margin:0 0 14px;">
<h2 style="font-size:18px;color:#1f6f8b;margin:0 0 6px;">Multi-agency training</h2>
<table cellpadding="4" cellspacing="0" style="font-size:14px;">
<tr><th align="left">Course</th><th align="left">Date</th><th align="left">Venue</th></tr>
{rows}
</table>
<p>Courses are free of charge to anyone who works or volunteers with children in Southmere, and can be booked on the
SSCP training portal. Places not taken up without notice may be charged to the agency.</p>
</div>
<div class="section" style="{font}padding:10px 24px;border-left:4px solid #1f6f8b;margin:0 0 14px;">
<h2 style="font-size:18px;color:#1f6f8b;margin:0 0 6px;">Save the date</h2>
<p>The SSCP annual conference, Seen and Heard, will be held on 10 March 2027 at Southmere Civic Hall.</p>
</div>
<div style="font-family:Arial,sans-serif;font-size:11px;color:#666;text-align:center;padding:14px;">
<p>This newsletter is sent by the {PARTNERSHIP}, Marram House, 2 Quayside Walk, Southmere SX4 2LR.</p>
<p><a href="{SITE}/newsletter/preferences">Update your preferences</a> | <a href="{SITE}/newsletter/unsubscribe">Unsubscribe</a></p>
</div>
</body>
</html>
"""


# -- DOCX tea-break guide ------------------------------------------------------------------

WAS_NOT_BROUGHT = [
    ("1. Why 'Was Not Brought'?",
     [("Children, and particularly young children, cannot take themselves to appointments. The SSCP therefore asks "
       "all health providers in Southmere to record a missed appointment for a child as 'Was Not Brought' (WNB) "
       "rather than 'Did Not Attend' (DNA). The change of wording keeps attention on the responsibility of the "
       "adult, and on what the missed appointment means for the child.")]),
    ("2. Why it matters",
     [("A missed appointment may mean a missed diagnosis, untreated pain or a developmental delay that goes "
       "unnoticed. Repeated missed appointments featured in two of the three rapid reviews considered by the SSCP "
       "during 2025-26."),
      ("In 2025, 212 children under the age of 10 had teeth removed under general anaesthetic at Southmere General "
       "Hospital. In most of these cases the decay could have been prevented by routine dental care.")]),
    ("3. What the Southmere WNB pathway expects",
     [("Any child who is not brought to a health appointment is to be followed up by the health professional, and "
       "the reason sought, before the child is discharged back to the GP."),
      ("Where a child under 5 is not brought to two consecutive appointments, the health professional should inform "
       "the health visitor and the GP in writing within 5 working days."),
      ("Where a child who has a child protection plan or a child in need plan, or who is looked after, is not "
       "brought to any appointment, the allocated social worker must be informed within 1 working day."),
      ("No child is to be discharged for non-attendance without consideration of the child's needs and a discussion "
      "with the referrer.")]),
    ("4. Thinking about the whole family",
     [("Missed appointments rarely happen in isolation. Practitioners should consider whether the parent is "
       "struggling with their own health, transport, money or the care of other children, and what help might make "
       "a difference. Letters offering a new appointment are not, on their own, an adequate response.")]),
    ("5. Questions to ask yourself",
     ["Do I know why this child was not brought, or have I assumed a reason?",
      "Is this the first missed appointment, or part of a pattern across services?",
      "Who else needs to know that this child was not brought?"]),
    ("6. What to do if you are worried",
     [("Where missed appointments form part of a wider pattern of neglect, complete the Southmere Neglect Toolkit "
       "and discuss the child with your DSL or safeguarding supervisor. Where there is any indication that a "
       "child may be at risk of significant harm, contact CADS on 01632 960810.")]),
    ("7. Find out more",
     [("The full Was Not Brought pathway can be requested from the SSCP business unit at "
       "sscp@southmere-scp.example.org.")]),
]


def was_not_brought_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Was Not Brought",
                  f"A ten-minute read for practitioners from the {PARTNERSHIP}. Issued: 16 March 2026.",
                  WAS_NOT_BROUGHT, bullets=("3.", "5."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 16, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "Introduction"),
    ("p", ("This briefing summarises the findings of a local Child Safeguarding Practice Review (CSPR) commissioned by "
           "the SSCP after Child J, a 15-year-old boy, was seriously injured in a knife attack in a neighbouring "
           "county in October 2025. The review was led by an independent reviewer, and the full report is available "
           "to practitioners on request from the SSCP business unit.")),
    ("h", "Background"),
    ("p", ("Child J lived with his mother and two younger sisters. He had a diagnosis of attention deficit "
           "hyperactivity disorder (ADHD) and had received support from the Child and Adolescent Mental Health "
           "Service (CAMHS) while at primary school. In Year 9 he was permanently excluded from his secondary school "
           "after a series of suspensions, and was placed on a reduced timetable of 2 hours a day at an alternative "
           "provision.")),
    ("p", ("Over the following eight months Child J was reported missing on 11 occasions, and was twice found by the "
           "police in towns more than 60 miles from Southmere, carrying cash and a second mobile phone. On both "
           "occasions he was returned home without a strategy discussion being held. He declined each of the Return "
           "Home Interviews he was offered.")),
    ("h", "Key findings"),
    ("p", ("Finding 1: Exclusion as a point of risk. The permanent exclusion and the reduced timetable left Child J "
           "unsupervised for most of each school day. Agencies did not recognise that his move out of mainstream "
           "school coincided with the start of his missing episodes.")),
    ("p", ("Finding 2: Seeing the child as the problem. Records described Child J as 'streetwise' and as 'making poor "
           "choices', language which obscured the fact that he was being criminally exploited.")),
    ("p", ("Finding 3: The National Referral Mechanism was not used. Although two agencies recorded that Child J might "
           "be involved in county lines, no NRM referral was made until after the incident.")),
    ("p", ("Finding 4: Declined interviews were not followed up. When Child J declined the Return Home Interviews, no "
           "other trusted adult was asked to speak with him, and the information from his missing episodes was "
           "never pieced together.")),
    ("h", "Learning for practitioners"),
    ("n", ("Treat a permanent exclusion or a reduced timetable as a possible trigger for exploitation, and complete the "
          "SERIT.")),
    ("n", "A child found out of area with cash or a second phone should prompt a strategy discussion."),
    ("n", "Record what is being done to the child, rather than describing the child's behaviour as a choice."),
    ("n", ("If a child declines a Return Home Interview, think about who the child does trust and ask them to have the "
          "conversation.")),
    ("n", ("Make an NRM referral, through the Tidewater Team, whenever you suspect a child is being moved to sell "
          "drugs.")),
    ("h", "Partnership response"),
    ("p", ("In response to the review, the SSCP has agreed that every child permanently excluded from a Southmere school "
           "will be screened by the Tidewater Team within 10 school days of the exclusion. Alternative provision "
           "providers have been asked to notify CADS whenever a pupil misses 3 consecutive sessions. A Tidewater "
           "Navigator post will be created in the police custody suite from July 2026.")),
    ("h", "Reflective questions"),
    ("b", "What would we do if a young person we know was found miles from home with no explanation?"),
    ("b", "How do we record the voice of a young person who tells us that everything is fine?"),
]

ANNUAL = [
    ("h", "Foreword from the Independent Scrutineer"),
    ("p", ("This is my second annual report as Independent Scrutineer to the Southmere Safeguarding Children "
           "Partnership. The year has seen considerable change, including preparations for the Inter-Agency "
           "Referral Form, the commissioning of an independent Return Home Interview service and the establishment "
           "of the Tidewater Team as a permanent service. I remain concerned that neglect continues to account for "
           "the largest proportion of child protection plans in Southmere, and that too many children experience a "
           "succession of short-lived early help interventions before their needs are properly understood.")),
    ("p", "Dr Morwenna Castellanos, Independent Scrutineer"),
    ("h", "The safeguarding partners"),
    ("p", ("The three statutory safeguarding partners in Southmere are Southmere Borough Council, NHS Southmere and "
           "Estuary Integrated Care Board, and Southmere and Estuary Police. The partners have agreed that the Lead "
           "Safeguarding Partner for 2025-26 and 2026-27 is the Director of Children's Services of Southmere Borough "
           "Council. The partnership budget for 2025-26 was funded by the three partners, with the council "
           "contributing 50 percent and the ICB and the police 25 percent each.")),
    ("h", "Priorities for 2025 to 2028"),
    ("n", "Neglect: earlier identification and consistent use of the Southmere Neglect Toolkit."),
    ("n", "Exploitation and missing: protecting children from harm outside the home."),
    ("n", "Voice of the child: making sure that children's experiences shape the partnership's work."),
    ("h", "Key performance data"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts received by CADS", "9,318", "10,046"],
           ["Referrals to children's social care", "2,102", "2,215"],
           ["Re-referrals within 12 months", "21%", "19%"],
           ["Family Conversations (early help) started", "1,455", "1,612"],
           ["Number of strategy discussions held", "1,204", "1,331"],
           ["Section 47 enquiries undertaken", "811", "874"],
           ["Initial Child Protection Conferences", "298", "276"],
           ["Child protection plans at 31 March", "203", "219"],
           ["Children looked after at 31 March", "287", "301"],
           ["Missing episodes (all children)", "968", "1,044"],
           ["Return Home Interviews accepted", "58%", "63%"],
           ["Referrals to the LADO", "142", "161"],
           ["Children referred to the NRM", "37", "52"],
           ["New private fostering arrangements notified", "11", "14"],
           ["Rapid reviews carried out", "2", "3"]]),
    ("p", ("At 31 March 2026 the rate of children subject to a child protection plan was 41.2 per 10,000 children aged "
           "under 18. Neglect was the primary category for 46 percent of plans, emotional abuse for 37 percent, "
           "physical abuse for 11 percent and sexual abuse for 6 percent.")),
    ("h", "Learning from reviews"),
    ("p", ("The partnership undertook 3 rapid reviews during the year, one of which led to a local Child Safeguarding "
           "Practice Review (Child J, published in May 2026). The other two were concluded at rapid review stage, "
           "with the learning shared through tea-break guides and the practitioner newsletter.")),
    ("h", "Multi-agency training"),
    ("p", ("The SSCP delivered 64 multi-agency training sessions during 2025-26, attended by 1,938 practitioners. Of the "
           "attendees who completed a post-course evaluation, 92 percent rated the training as good or excellent. "
           "The most frequently attended course was the Southmere Neglect Toolkit training.")),
    ("h", "Allegations management"),
    ("p", ("Referrals to the LADO rose by 13 percent to 161. Staff working in education settings accounted for 44 "
           "percent of referrals, followed by residential and foster care at 19 percent. Of the cases concluded, 74 "
           "percent were concluded within 3 months, below the partnership's target of 80 percent.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child J",
                 f"{PARTNERSHIP}. Child Safeguarding Practice Review. Published: 29 May 2026.", BRIEFING,
                 "Southmere SCP | Learning Briefing: Child J | May 2026",
                 f"{PARTNERSHIP} - southmere-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "Annual Report 2025-26 (Extract)",
                 f"{PARTNERSHIP}. Reporting period 1 April 2025 to 31 March 2026. Published: 30 September 2026.",
                 ANNUAL, "Southmere SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - southmere-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Southmere document into `out`; returns the paths written."""
    return wv.write_area(out, SOUTHMERE, CHAPTERS, ("safeguarding-matters-autumn-2026.html", newsletter_html()),
                         {"tea-break-guide-was-not-brought.docx": was_not_brought_docx,
                          "learning-briefing-child-j.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Southmere in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
