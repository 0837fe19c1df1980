"""Build the fourth held-out corpus (Fenwarden), and assemble demo corpus + Fenwarden for evaluation.

Run from the repository root:  python eval/holdout4/build.py

Fenwarden is a seventh fictional partnership, written without reading how the answer pipeline ranks or
answers, so as of its creation it is the clean test. Its chapters mix registers on purpose: some are plain and
short, others long and formal (passive voice, acronyms defined once, footnotes, "Please note" boxes). The page
template, Word guide and PDF writers come from eval/holdout/build.py, as in the other held-out sets, so every
set is built the same reproducible way (fixed zip timestamps, reportlab invariant mode); only Fenwarden's own
words live here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "fenwarden"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Fenwarden Safeguarding Children Partnership"
SITE = "https://fenwarden-scp.example.org"
FENWARDEN = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="9 March 2026", abbr="FSCP",
                    address="Lanthorn House, 14 Sedge Row, Fenwarden FW2 7QD",
                    menu=("First Contact Service", "Child protection enquiries", "Missing and exploited children",
                          "Domestic abuse", "Allegations and professional challenge"),
                    updated_label="Last reviewed")


def note(text: str) -> str:
    """A boxed "Please note" paragraph, as the formal chapters use them."""
    return f'<div class="callout"><p><strong>Please note:</strong> {text}</p></div>'


# -- HTML procedure chapters --------------------------------------------------------------

FIRST_CONTACT = f"""
<h2>1. Purpose of this chapter</h2>
<p>This chapter explains how a concern about the safety or welfare of a child in Fenwarden is to be passed to
children's social care, how that concern is screened, and what the person raising it can expect to happen next.
It applies to all member agencies of the Fenwarden Safeguarding Children Partnership (FSCP), to
voluntary and faith organisations, and to any provider commissioned to work with children on behalf of the
partners. It is to be read alongside the Fenwarden Tiers of Need guidance and the chapter on Strategy
Discussions and Section 47 Enquiries.</p>

<h2>2. The First Contact Service</h2>
<p>All new concerns about children who live in Fenwarden, or who are found in Fenwarden, are received by the
First Contact Service (FCS). The FCS is located at Lanthorn House and is staffed by registered social workers,
early help advisers, police officers from the Fenwarden and Saltings Constabulary Child Abuse Investigation Unit,
a specialist safeguarding nurse, an education safeguarding adviser and a probation liaison officer. Agency
records are checked and shared within the FCS under the Fenwarden Multi-Agency Information Sharing Protocol.</p>

<h2>3. How to reach the FCS</h2>
<table class="contacts">
<caption>First Contact Service telephone lines and hours</caption>
<thead><tr><th>Line</th><th>Number or address</th><th>When it is staffed</th></tr></thead>
<tbody>
<tr><td>FCS professionals' line</td><td>01632 960214</td>
<td>Monday to Thursday, 8.15am to 5.30pm; Friday, 8.15am to 5pm</td></tr>
<tr><td>FCS line for families and members of the public</td><td>01632 960218</td><td>Same hours as the
professionals' line</td></tr>
<tr><td>Practice Advice Line (talk a case through with a senior practitioner)</td><td>01632 960226</td>
<td>Tuesday and Thursday, 1pm to 4pm</td></tr>
<tr><td>Secure email for completed forms</td><td>fcs@fenwarden-scp.example.org</td>
<td>Read during staffed hours only</td></tr>
<tr><td>Out-of-Hours Social Work Service (OOHSWS)</td><td>01632 960290</td>
<td>Evenings after the FCS closes, overnight, weekends and bank holidays</td></tr>
</tbody>
</table>
{note("If a child is in immediate danger, or an offence is being committed, dial 999 first. The FCS and the "
      "OOHSWS are not emergency services and cannot send someone to the child straight away.")}

<h2>4. Raising a concern</h2>
<h3>4.1 Where significant harm is suspected</h3>
<p>Where it is believed that a child is being, or is likely to be, significantly harmed, the concern is to be
telephoned through to the FCS professionals' line immediately. A concern of this kind must not be sent by email
alone. Following the call, the referrer is required to submit a Child Concern Form (CCF) within 24 hours.<sup>1</sup>
The name of the FCS worker who took the call should be recorded on the CCF.</p>
<h3>4.2 Where significant harm is not suspected</h3>
<p>Where a child appears to need a social work assessment under section 17 of the Children Act 1989, but there
is no indication of significant harm, a CCF should be completed and sent through FSCP Connect, the partnership's
online portal, without a telephone call first. Forms are expected to describe what has been observed, what the
child has said, what support has already been tried and what the referrer thinks should happen now. A form
which gives only a diagnosis or a label, without describing the impact on the child, is likely to be returned.</p>
{note("Referrals are not taken by text message, by voicemail or through social media. Practitioners may not "
      "refer anonymously; members of the public may do so.")}

<h2>5. Talking a case through first</h2>
<p>A practitioner who is unsure whether a concern should be referred may ring the Practice Advice Line to
discuss the child with a senior practitioner. A conversation on the Practice Advice Line is advice only: it is
not a referral, the decision about what to do next stays with the caller and their agency, and the caller is
expected to write down the advice received and the name of the senior practitioner in their own records. Names of
children need not be given during a Practice Advice Line call.</p>

<h2>6. What happens after a concern is received</h2>
<p>Each contact is given a RAG (red, amber or green) rating by a registered social worker within 3 hours of
arrival. Contacts rated red are passed to the FCS team manager straight away. A decision on every contact is
made and recorded by a team manager within 1 working day. Possible outcomes include no further action with
advice; a step across to the Early Help Advice Team; a child and family assessment by a locality social work
team; or a strategy discussion.</p>
<p>The referrer will hear the outcome no later than 3 working days after the decision. Where nothing has been heard
after that time, the referrer should ask to speak to the FCS duty manager on the professionals' line. Where the
referrer does not agree with the outcome, the Professional Challenge and Resolution Protocol applies.</p>

<h2>7. Consent</h2>
<p>Families should normally be told that a concern is being raised and why. A parent's agreement is needed before
a child is referred for early help. Agreement is not needed, and should not be sought, where asking would put
a child at greater risk, would allow evidence to be lost, or would alert someone who may have committed an
offence. A refusal of consent never prevents a referral where significant harm is suspected. The reason for going
ahead without consent must be written on the CCF.</p>

<h2>8. Unborn babies</h2>
<p>Concerns about an unborn baby are to be referred to the FCS as soon as they are identified, and no later than
16 weeks into the pregnancy. This leaves time for a pre-birth assessment to be finished by 28 weeks and, where
needed, for an Initial Child Protection Conference (ICPC) to take place by 32 weeks.</p>

<h2>9. Homelessness at 16 and 17</h2>
<p>A young person aged 16 or 17 who has nowhere to live, or is about to lose their home, should be referred to the
FCS. A joint
assessment with Fenwarden Housing Solutions will be completed within 10 working days, and where the young
person has nowhere safe to stay that night, emergency accommodation will be arranged on the same day.</p>

<h2>10. Children who live elsewhere</h2>
<p>Where a child lives in another local authority but attends a school or service in Fenwarden, the concern
should be referred to the authority where the child lives. The FCS can supply the contact details. Where such a
child is in immediate danger while in Fenwarden, the FCS or OOHSWS will act to protect the child and will inform
the home authority the same day.</p>

<h2>11. Interpreters</h2>
<p>The FCS can arrange a telephone interpreter during a call. Practitioners are asked not to use a child, or
another family member, to interpret when a concern is being discussed with a family.</p>

<div class="footnotes">
<p><sup>1</sup> The Child Concern Form replaced the Fenwarden Inter-Agency Referral Form on 1 September 2025.
Concerns sent on the older form are returned to the sender.</p>
</div>
"""

LADO = f"""
<h2>1. About this procedure</h2>
<p>This procedure is to be followed whenever information is received suggesting that an adult who works or
volunteers with children has hurt a child, or could be a danger to children. It applies to paid staff,
volunteers, foster carers, agency and supply staff, contractors and students on placement in any organisation in
Fenwarden. Organisations are also expected to follow their own regulatory guidance, including Keeping Children
Safe in Education (KCSIE) for schools and colleges.</p>

<h2>2. The Fenwarden Allegations Team</h2>
<p>The Local Authority Designated Officer (LADO) role is carried out by the Fenwarden Allegations Team, which forms
part of the council's Safeguarding and Quality Service. The team is made up of a Lead LADO, Priya Oduya-Hart, a
LADO, Tomasz Wren, and an allegations administrator. The team gives advice to employers, oversees the handling of
individual cases and links with the police, Ofsted and regulatory bodies.</p>

<h2>3. Contact details</h2>
<ul>
<li>Telephone: 01632 960233</li>
<li>Email: lado@fenwarden-scp.example.org</li>
<li>Office hours: weekdays, 9am to 5pm</li>
<li>Duty LADO advice slot: every weekday, 9.30am to 12.30pm</li>
</ul>
{note("There is no out-of-hours LADO service in Fenwarden. If a child is at risk outside office hours, "
      "contact the Out-of-Hours Social Work Service on 01632 960290, and email the Allegations Team so that "
      "the matter is picked up on the next working day.")}

<h2>4. When to contact the LADO</h2>
<p>The LADO should be contacted where it is alleged that an adult who works with children has:</p>
<ul>
<li>harmed a child, or may have done so;</li>
<li>may have broken the law in relation to a child, for example by committing an offence against them;</li>
<li>acted towards one or more children in a way which suggests they could present a risk of harm; or</li>
<li>acted, or may have acted, in a way which suggests they are unsuitable for work with children.</li>
</ul>
<p>The fourth test covers conduct outside work. An example would be a youth leader who is arrested following
a domestic abuse incident at home, or a teacher whose own child becomes subject to a child protection plan.</p>

<h2>5. What the employer must do</h2>
<p>The person in the organisation who is responsible for managing allegations (the case manager) must contact the
LADO within 1 working day of learning about the allegation. This should happen before the adult is spoken to
and before any internal enquiries begin. After the first conversation the case manager completes the LADO
Referral Form and returns it to the team within 2 working days.</p>
<p>Until the LADO has agreed a plan, the case manager should not question the child or the adult, should not
collect written statements and should not tell the adult about the allegation. A note of what was reported, when
and by whom, signed and dated, should be kept securely. Where the allegation is about a headteacher, the chair of
governors acts as case manager; where it is about the chief executive of a multi-academy trust, the chair of
trustees does so.</p>

<h2>6. Allegation Planning Meeting</h2>
<p>Where the LADO decides that the harm test is met, an Allegation Planning Meeting (APM) is convened within 3
working days. The APM is attended by the case manager, the LADO, the police where a criminal offence may have
been committed, and children's social care where the child may need protection. It decides which enquiries are
needed and in what order, what the adult will be told and when, and what support the child and family will receive.
Review meetings take place every 6 weeks until the matter is concluded.</p>

<h2>7. Suspension and support</h2>
<p>Suspension is not to be used automatically. Alternatives such as a change of duties, working alongside a
colleague, or moving to a setting without contact with the child concerned should be considered first, and the
reasons for the decision recorded. The adult should be given the name of someone in the organisation who will
keep in touch with them. Foster carers are offered independent support, which Fenwarden commissions from Haywain
Advocacy.</p>

<h2>8. Concluding a case</h2>
<p>Each allegation is concluded with one of five outcomes: substantiated, false, malicious, unfounded or
unsubstantiated. The FSCP has set a local standard that 60 percent of cases are concluded within 6 weeks of
referral and 90 percent within 4 months.</p>

<h2>9. Low-level concerns</h2>
<p>Behaviour which does not meet the harm test is handled under the organisation's own low-level concerns policy.
In Fenwarden, the LADO should be consulted once 3 or more low-level concerns about the same adult have been
recorded within 12 months, as a pattern may then be emerging.</p>

<h2>10. Particular groups</h2>
<p>If the adult concerned is a foster carer, the fostering service informs the child's social worker and any
other local authority with a child in the placement, and the carer's approval is reviewed by the fostering panel.
Where an allegation concerns a police officer or police staff member, the Constabulary's Professional Standards
Department is informed by the LADO. Where an allegation concerns agency or supply staff, the organisation where
the incident happened remains responsible for contacting the LADO.</p>

<h2>11. Referral to the Disclosure and Barring Service</h2>
<p>An employer or volunteer organisation which removes someone from work with children because they harmed a
child or posed a risk of harm, or would have removed them had they not resigned, is under a legal duty to refer
that person to the Disclosure and Barring Service (DBS). Fenwarden expects the referral to be made within 1 month
of the decision, and the LADO to be sent a copy.</p>
"""

CHALLENGE = """
<p>Working together means we will sometimes disagree. That is healthy, as long as the disagreement is sorted out
quickly and the child stays at the centre of it. This protocol is for anyone in Fenwarden who thinks another
agency's decision, or lack of action, is leaving a child unsafe or without the help they need.</p>

<h2>Before you start</h2>
<ul>
<li>Be clear about what you disagree with and why it matters for the child.</li>
<li>Check the facts: have you read the latest plan or assessment?</li>
<li>Tell your own manager or designated safeguarding lead (DSL) that you are raising a challenge.</li>
</ul>
<p>If you think a child is in immediate danger, do not wait for this protocol. Call 999, or ring the First Contact
Service on 01632 960214 and ask for the duty manager. You can go straight to Stage 3 if the risk is serious and
the lower stages would take too long.</p>

<h2>The four stages</h2>
<p>There are four stages. Most disagreements are settled at the first or second, by people talking to each other.</p>
<table class="stages">
<thead><tr><th>Stage</th><th>Who talks to whom</th><th>Timescale</th></tr></thead>
<tbody>
<tr><td>Stage 1</td><td>You speak directly to the practitioner who made the decision.</td>
<td>Raise it within 2 working days; aim to agree within 3 working days.</td></tr>
<tr><td>Stage 2</td><td>Your line manager or DSL speaks to their line manager.</td>
<td>Within 3 working days of Stage 1 ending without agreement.</td></tr>
<tr><td>Stage 3</td><td>Heads of service, or the named or designated safeguarding professional, meet or talk.</td>
<td>Within 5 working days of Stage 2 ending without agreement.</td></tr>
<tr><td>Stage 4</td><td>The FSCP Partnership Manager refers the matter to a Practice Resolution Panel of senior
leaders from the three safeguarding partners.</td><td>Panel meets within 10 working days. Its decision is
final.</td></tr>
</tbody>
</table>
<p>From start to finish the whole process should take no more than 20 working days.</p>

<h2>Writing it down</h2>
<p>Use the Practice Challenge Record to note each stage: what the disagreement was, who you spoke to, when, and
what was agreed. From Stage 3 onwards, send a copy to the FSCP business team at fscp@fenwarden-scp.example.org so
it can be added to the partnership's escalation log. The FSCP Quality and Assurance Group looks at the log every
quarter to spot themes.</p>

<h2>Common situations</h2>
<h3>You disagree with a First Contact Service decision</h3>
<p>Ask to speak to the FCS duty manager on the same day you get the outcome. This counts as Stage 1. If you still
disagree, your manager takes it to the FCS team manager at Stage 2.</p>
<h3>You disagree with the outcome of a child protection conference</h3>
<p>Say so at the conference so your view is recorded in the minutes. If you still disagree afterwards, write to
the Head of Safeguarding and Quality within 5 working days of the conference.</p>
<h3>A case is closed and you think it shouldn't be</h3>
<p>Raise it at Stage 1 with the allocated social worker before the closure date if you can. A case closure does
not stop you challenging it after the event.</p>

<h2>Remember</h2>
<p>Challenge is not a complaint about a colleague and it is not personal. No one should be criticised for using
this protocol in good faith. While a disagreement is being worked through, every agency carries on doing what it
needs to do to keep the child safe.</p>
"""

MISSING = f"""
<h2>1. Introduction and scope</h2>
<p>This chapter sets out the multi-agency response in Fenwarden to children and young people under 18 who go
missing from home, from care or from education. It has been agreed by the three safeguarding partners and is
intended to be used by family support workers, foster carers, residential staff, schools, health practitioners,
police officers and social workers. Going missing is regarded as an indicator that a child may be at risk of
harm, including sexual or criminal exploitation, and every episode is to be treated as such until the contrary is
established.</p>

<h2>2. Definitions</h2>
<p>A child is treated as missing when nobody responsible for them knows where they are and either this is unusual
for the child, or what is known about the circumstances suggests that the child could be a victim of crime or
could come to harm, or harm someone else.<sup>1</sup> A child who is not at an agreed place at an agreed time,
but whose whereabouts are known, is not regarded as missing, although carers are expected to take reasonable
steps to bring the child home and to record what happened.</p>

<h2>3. Reporting a child missing from home</h2>
<p>A parent or carer whose child is missing should call Fenwarden and Saltings Constabulary on 999 where there is
an immediate risk, and on 101 in other cases. A practitioner who becomes aware that a child is missing from
home should confirm that the police have been informed and should notify the child's social worker, where there
is one, on the same day.</p>

<h2>4. Children missing from care</h2>
<p>Foster carers and residential staff are expected to follow the individual missing plan agreed for each looked
after child. Where a looked after child's whereabouts are not known, reasonable steps are to be taken to find
them, such as phoning friends and checking places they are known to go. The child is to be reported to the police
without delay and in any event no later than 1 hour after the carer becomes concerned. The child's social
worker, or the Out-of-Hours Social Work Service on 01632 960290 when the office is closed, is to be informed at
the same time.</p>
{note("Looked after children aged under 12 are to be reported to the police as soon as it is known that they are "
      "missing, without waiting for any checks to be carried out.")}
<p>Where a child placed in Fenwarden by another local authority goes missing, the placing authority is to be
informed by the carer or provider on the same working day.</p>

<h2>5. When the child returns</h2>
<p>On the child's return, a safe and well check is carried out by the police to confirm that the child is safe
and to find out whether a crime has been committed. Every child who has been missing from home or from care is
also offered a Return Home Discussion (RHD). In Fenwarden these discussions are carried out by Waymark Youth
Trust, an independent provider, so that the child can talk to someone who is not their carer or social worker.
The RHD is to be completed within 72 hours of the child coming home. The RHD report is to be shared with the child's
social worker and with the Missing Children Coordinator within 2 working days of the discussion.</p>
<p>Where a child declines an RHD, a second offer is to be made through a professional the child trusts, such as a
teacher, youth worker or school nurse. A refusal is to be recorded but is not to be taken as the end of the
matter.</p>

<h2>6. Strategy discussions</h2>
<p>A strategy discussion is to be held where any of the following applies:</p>
<ul>
<li>the child has been missing 3 or more times within 30 days;</li>
<li>a single missing episode has lasted longer than 24 hours;</li>
<li>the child is aged under 12; or</li>
<li>there is information that the child may be being exploited.</li>
</ul>
<p>Children who go missing repeatedly are also to be referred to the Lapwing Panel (see the chapter on child
exploitation).</p>

<h2>7. The Missing Children Coordinator</h2>
<p>The Missing Children Coordinator keeps a record of every missing episode reported in Fenwarden, reviews RHD
reports for patterns and shares information with the Lapwing Team. The coordinator can be contacted on
01632 960247 or at missing@fenwarden-scp.example.org, Monday to Friday.</p>

<h2>8. Children missing education</h2>
<p>Children missing education (CME) are children of compulsory school age who are neither registered at a school
nor being educated suitably in some other way. They are at increased risk of harm and of falling
out of sight of services.</p>
<p>Schools in Fenwarden are to notify the Children Missing Education Officer where a pupil has been absent for 10
consecutive school days without an explanation, after the school's own enquiries have failed to locate the child.
Schools must also notify the CME Officer within 2 school days of removing any pupil's name from the admission
register, whatever the reason for the removal. The CME Officer is based in the Education Welfare Service and can
be reached on 01632 960276 or at cme@fenwarden-scp.example.org.</p>
<p>Where a pupil is placed on a reduced or part-time timetable, the school is to inform the Education Welfare
Service, and the arrangement is to be reviewed at least every 6 weeks. A reduced timetable is intended to be a
short-term measure and should not continue beyond one school term.</p>

<div class="footnotes">
<p><sup>1</sup> This definition is used in Fenwarden by all partners, and is consistent with the approach taken by
Fenwarden and Saltings Constabulary when assessing the level of risk to a missing child.</p>
</div>
"""

EXPLOITATION = """
<p>This page is for anyone in Fenwarden who is worried that a child is being sexually or criminally exploited,
including through county lines drug supply. It explains the screening tool, the Lapwing Team and the Lapwing
Panel, and what to do next.</p>

<h2>What do we mean by exploitation?</h2>
<p>Exploitation happens when a person or group uses a difference in power, such as age, strength, money, status or
the threat of violence, to make a child do something for the benefit of someone else. The child may receive
something they want or need, such as money, drugs, attention or a sense of belonging, and may not see themselves as
a victim. Exploitation is still exploitation when a child seems to go along with it, and it can happen
entirely online.</p>

<h2>Who is the Lapwing Team?</h2>
<p>The Lapwing Team is Fenwarden's multi-agency exploitation team. It brings together social workers, youth
workers, two police officers, a drug and alcohol worker and a nurse from the sexual health service. The team
works with children aged 10 to 17, with care leavers up to 21 and with young people up to 25 who have special
educational needs or a disability.</p>
<ul>
<li>Phone: 01632 960241 (Monday to Friday, 9am to 5pm)</li>
<li>Email: lapwing@fenwarden-scp.example.org</li>
</ul>

<h2>How do I screen for exploitation?</h2>
<p>Complete the Fenwarden Exploitation Risk Screen (FERS). It takes about 20 minutes and asks about missing
episodes, new relationships, unexplained money or phones, changes in school, and any places or people of concern.
The FERS gives one of three results:</p>
<table class="fers">
<thead><tr><th>FERS result</th><th>What to do</th></tr></thead>
<tbody>
<tr><td>Emerging concern</td><td>Support through your own agency or early help, share information with the
Lapwing Team using the Partnership Intelligence Form, and repeat the FERS after 8 weeks.</td></tr>
<tr><td>Moderate risk</td><td>Send the FERS with a Child Concern Form to the First Contact Service. The Lapwing
Team will be asked to advise.</td></tr>
<tr><td>Significant risk</td><td>Phone the First Contact Service on 01632 960214 the same day. A strategy
discussion will be considered.</td></tr>
</tbody>
</table>

<h2>What is the Lapwing Panel?</h2>
<p>The Lapwing Panel is Fenwarden's multi-agency child exploitation panel. It meets every other Thursday morning
at Lanthorn House and looks at children at moderate or significant risk, at places where children are being
harmed, and at adults who are thought to be exploiting children. It is chaired by the Detective Inspector for the
Constabulary's Exploitation Unit and the Service Manager for Adolescent Services in turn.</p>
<p>Only a child's social worker or a member of the Lapwing Team can put a child on the panel's agenda. Referrals
must reach the Lapwing Team by 12 noon on the Friday before the meeting. Panel actions are sent out within 2
working days.</p>

<h2>What about places, not just children?</h2>
<p>If you know of a park, shop, takeaway, stairwell or house where children are being exploited, tell the Lapwing
Team. It can arrange a Place-Based Safety Meeting within 10 working days, bringing together the police, the
council's community safety team, local businesses and housing providers to make the place safer.</p>

<h2>Sharing intelligence</h2>
<p>Even small pieces of information, such as a car registration, a nickname, or a flat where children are seen
coming and going, can help. Send them on the Partnership Intelligence Form to the Lapwing Team. Intelligence can
be shared without the family's consent. Your name is not passed on to the people you report.</p>

<h2>The National Referral Mechanism (NRM)</h2>
<p>The NRM is the UK-wide system for identifying and supporting victims of modern slavery and trafficking, which
includes children who are made to sell or carry drugs. In Fenwarden, NRM referrals for children are made by the
child's social worker, or by the Lapwing Team where there is no social worker, within 5 working days of the concern
being identified. A child does not have to agree to an NRM referral.</p>

<h2>Words matter</h2>
<p>Describe the harm being done to the child, not the child's behaviour. Avoid phrases such as
"sexually active with older men", "involved in drug dealing" or "putting himself at risk", which blame the child.
Write instead, for example, "is being sexually abused by adults" or "is being made to transport drugs".</p>
"""

STRATEGY = f"""
<h2>1. Introduction</h2>
<p>This chapter describes the arrangements in Fenwarden for strategy discussions, enquiries under section 47 of the
Children Act 1989 (section 47 enquiries) and child protection medical assessments.<sup>1</sup> It is intended for
social workers and managers in children's social care, officers of Fenwarden and Saltings Constabulary, health
practitioners and designated safeguarding leads (DSLs) in education settings.</p>

<h2>2. Criteria for a strategy discussion</h2>
<p>A strategy discussion must be convened whenever there are reasonable grounds to suspect significant harm to a child,
whether that harm is already happening or is likely in the future. It may be convened following a contact to the
First Contact Service (FCS), during an assessment, while a child is looked after or subject to a plan, or at any
other time at which such concerns arise.</p>

<h2>3. Convening the discussion</h2>
<p>The strategy discussion is convened by a team manager in children's social care, either in the FCS or in the
locality team to which the child is allocated. It is to take place within 4 hours where the child is thought to
be at immediate risk, and in all other cases within 1 working day of the decision to hold it. Discussions may be
held in person, by telephone or by video call.</p>
<p>As a minimum, the following are to be invited: children's social care; the police; a health representative
(normally the FCS safeguarding nurse or the named nurse of the relevant provider); and, for a child of school age,
the school's DSL. The referring agency is also to be invited. Other practitioners who know the child, such as the
health visitor, GP or youth worker, are to be included where they hold relevant information.</p>
{note("A strategy discussion is not a meeting that is to be delayed until every agency can attend. Where a "
      "partner cannot be present, their information is to be obtained beforehand and a record made of its "
      "source.")}

<h2>4. Matters to be decided</h2>
<p>The discussion is to agree whether a section 47 enquiry is to be initiated and whether a single-agency or joint
investigation is required; what immediate action is needed to safeguard the child and any other children in the
household; whether a child protection medical is needed; what information is to be shared with the parents, and
when; and whether an Achieving Best Evidence (ABE) interview of the child is to be considered.</p>
<p>The Strategy Discussion Record is completed by the chair and sent to everyone who took part within 2 working
days.</p>

<h2>5. Section 47 enquiries</h2>
<p>Every section 47 enquiry is the responsibility of a registered social worker. The child is to be seen, and
spoken with alone where this is appropriate to the child's age and understanding, within 24 hours of the
strategy discussion. The outcome of the enquiry is to be recorded, and agreed by a team manager, within 10 working
days. Where the enquiry has not concluded by that point, a further strategy discussion is to be held to review
progress.</p>
<p>If the enquiry shows that the child is likely to go on suffering significant harm, an Initial Child Protection
Conference (ICPC) is convened. The ICPC must take place no later than 15 working days after the strategy discussion
that started the enquiry (or the most recent one, where there has been more than one).<sup>2</sup></p>

<h2>6. Child protection medical assessments</h2>
<p>Medical assessments for physical abuse and neglect are carried out by the on-call consultant community
paediatrician at the Cedar Children's Unit, Fenwarden Royal Infirmary. Requests are made by the social worker on
01632 960284, Monday to Friday between 9am and 5pm; out of those hours the on-call consultant paediatrician is
reached through the hospital switchboard. Where a physical injury is the concern, the medical is to take place
within 24 hours of the request.</p>
<p>Where sexual abuse is suspected, the medical is undertaken at the Larkspur Sexual Assault Referral Centre
(SARC), which is available 24 hours a day on 01632 960288. Forensic samples may be obtainable in children for up to
7 days after an assault, so a referral is to be made without delay.</p>
{note("Any bruise, mark or injury to a baby who is not yet independently mobile is to lead to a strategy "
      "discussion and a child protection medical on the same day, whatever explanation is given.")}

<h2>7. Informing parents</h2>
<p>Parents are normally told about the enquiry and its outcome. Information may be withheld for a time where telling
the parents would place the child at risk or prejudice a police investigation; the decision, and the reasons for
it, are to be recorded in the Strategy Discussion Record.</p>

<div class="footnotes">
<p><sup>1</sup> Under section 47 the local authority must find out enough about a child's circumstances to judge
whether it needs to act to protect the child or to promote their welfare.</p>
<p><sup>2</sup> The 15 working day timescale is a national requirement. Fenwarden's local standard for the outcome
of the enquiry is shorter, so that the conference can be properly prepared.</p>
</div>
"""

DOMESTIC_ABUSE = """
<p>Children who live with domestic abuse are victims of it in their own right, whether or not they see or hear it
happen. This chapter covers how to assess risk, the Fenwarden MARAC, Operation Encompass and where to get help.</p>

<h2>Assessing risk</h2>
<p>Use the DASH risk identification checklist (Domestic Abuse, Stalking and Harassment and Honour-Based Violence)
with any adult victim who tells you about abuse. Do it with the victim on their own, never in front of the person
causing harm or of children old enough to understand.</p>
<ul>
<li>14 or more "yes" answers means the victim is at high risk and should be referred to MARAC.</li>
<li>Your professional judgement can also lead to a MARAC referral with fewer "yes" answers. Write down why.</li>
<li>Police can refer on escalation: 3 or more police call-outs to the same household within 12 months.</li>
</ul>
<p>Where there is a child in the household, or the victim is pregnant, and the risk is high, you must also make a
referral to the First Contact Service.</p>

<h2>Fenwarden MARAC</h2>
<p>The MARAC (Multi-Agency Risk Assessment Conference) shares information about adult victims at high risk of
serious harm or homicide and agrees a safety plan for each one. In Fenwarden the MARAC meets every other Tuesday
at 9.30am, online. Referrals must be with the MARAC coordinator by midday on the Wednesday before the
meeting.</p>
<ul>
<li>MARAC coordinator: 01632 960263</li>
<li>Email: marac@fenwarden-scp.example.org</li>
</ul>
<p>A case is a repeat if there is a new incident within 12 months of the last MARAC discussion. Repeat cases go back
to MARAC whatever the DASH score.</p>
<p>Young people aged 16 and 17 who are being abused by a partner can be referred to MARAC. For anyone under 16,
refer to the First Contact Service instead.</p>

<h2>Support for victims</h2>
<p>Fenwarden Safe Voices is the local independent domestic violence adviser (IDVA) service. Every victim referred to
MARAC is offered an IDVA. Safe Voices also runs a helpline for anyone affected by domestic abuse, including
practitioners who want advice.</p>
<ul>
<li>Safe Voices helpline: 01632 960265, Monday to Friday, 9am to 7pm, and Saturday, 10am to 1pm</li>
<li>Children and young people's worker (for ages 5 to 18): through the same number</li>
</ul>
<p>Reset is Fenwarden's behaviour change programme for people who cause harm in their relationships. It runs for 24
weekly sessions and takes self-referrals as well as referrals from professionals.</p>

<h2>Operation Encompass</h2>
<p>If police officers are called to a domestic abuse incident at a child's home, the child's school or nursery is
told before 9am on the next school day. This lets a key adult in the school be ready to support the child that
morning. In Fenwarden, Operation Encompass notifications go to schools, academies, colleges and, since September
2026, to nurseries and childminders who care for children under 5.</p>
<p>The key adult should record the notification on the child's safeguarding file and share it only with staff who
need to know.</p>

<h2>Pregnancy</h2>
<p>Domestic abuse often starts or gets worse in pregnancy. Midwives ask every woman about domestic abuse at the
booking appointment and again at the 28-week appointment, always when she is on her own.</p>
"""

TIERS = """
<h2>Why this guidance exists</h2>
<p>The Fenwarden Tiers of Need help practitioners to work out how much support a child and family need, and which
service is best placed to give it. They support professional judgement rather than replace it. Needs rise and fall,
and a child may move between tiers. Every child should be considered within their family and
community: one small concern can matter a great deal when it sits alongside others.</p>

<table class="tiers">
<caption>The four tiers of need</caption>
<thead><tr><th>Tier</th><th>What it means</th><th>Examples</th><th>Who helps</th></tr></thead>
<tbody>
<tr><td>Tier 1: Universal (green)</td><td>Family and everyday services that every child uses are enough for
this child.</td><td>Healthy and growing well; school attendance of 95 percent or more; a settled home.</td><td>Schools,
early years settings, GPs, health visitors and school nurses.</td></tr>
<tr><td>Tier 2: Additional (yellow)</td><td>The child has extra needs that one or two agencies can meet with
the family's agreement.</td><td>Attendance between 90 and 94 percent; early signs of low mood; a parent with
mild mental health difficulties; a new baby and a parent who is isolated.</td><td>A single agency, or an Early
Help Plan led by a lead professional.</td></tr>
<tr><td>Tier 3: Intensive (amber)</td><td>Needs are complex, several agencies are involved, and the child's
development may be impaired without coordinated help. A child in need assessment may be required.</td>
<td>Attendance below 90 percent; parental drinking or drug use affecting care; domestic abuse below high risk;
a young carer whose education is suffering; an Early Help Plan that has not made progress.</td><td>Team Around the
Child with a lead professional, or a Child Concern Form to the First Contact Service where a social work
assessment is needed.</td></tr>
<tr><td>Tier 4: Specialist and protection (red)</td><td>The child is experiencing significant harm, or is
likely to, or may need to be looked after.</td><td>A child telling someone about abuse; any injury to a baby
who is not mobile; domestic abuse at high risk; a child under 13 who is sexually active; significant risk of
exploitation.</td><td>Ring the First Contact Service on 01632 960214 straight away, or 999 if the child is in
immediate danger.</td></tr>
</tbody>
</table>

<h2>Early help in Fenwarden</h2>
<p>Early help starts with a Family Support Assessment (FSA), completed with the family and recorded on the Fenwarden
Early Help System. Any practitioner who knows the family can start an FSA and can become the lead professional.
Team Around the Child (TAC) meetings take place at least every 6 weeks while an Early Help Plan is open.</p>
<p>A parent's consent is needed for early help. Young people aged 16 and over can consent for themselves, as can a
younger child who is judged to have enough understanding.</p>
<p>The Early Help Advice Team can help you decide whether an FSA is right and can find a lead professional when no
one else can take the role. Call 01632 960252 or email earlyhelp@fenwarden-scp.example.org.</p>

<h2>Moving up and down the tiers</h2>
<p>If an Early Help Plan has not made a difference after 3 TAC meetings, the lead professional should talk to the
Early Help Advice Team or ring the Practice Advice Line. When a social work case closes and the family still needs
help at Tier 3 or Tier 2, a step-down meeting with the family, the social worker and the new lead professional is
held within 10 working days of the closure decision.</p>
"""

CHAPTERS = {
    "first-contact-service.html": ("Raising a Concern about a Child: the First Contact Service", "12 May 2026",
                                   FIRST_CONTACT),
    "lado.html": ("Allegations Against Staff, Carers and Volunteers (LADO Procedure)", "22 April 2026", LADO),
    "professional-challenge.html": ("Professional Challenge and Resolution Protocol", "5 February 2026",
                                    CHALLENGE),
    "missing-children.html": ("Missing Children: Home, Care and Education", "17 June 2026", MISSING),
    "child-exploitation.html": ("Child Exploitation: Screening, the Lapwing Team and the Lapwing Panel",
                                "30 July 2026", EXPLOITATION),
    "strategy-discussions-s47.html": ("Strategy Discussions, Section 47 Enquiries and Child Protection Medicals",
                                      "11 May 2026", STRATEGY),
    "domestic-abuse-marac.html": ("Domestic Abuse, MARAC and Operation Encompass", "3 September 2026",
                                  DOMESTIC_ABUSE),
    "tiers-of-need.html": ("Fenwarden Tiers of Need: Threshold Guidance", "9 March 2026", TIERS),
}

# -- practitioner newsletter (a web bulletin of dated posts, with no <main>) ----------------------

NEWS_ITEMS = [
    ("Practice Advice Line now open two afternoons a week", "4 May 2026",
     ("From 4 May the Practice Advice Line is staffed on Thursday afternoons as well as Tuesday afternoons. Calls "
      "rose by a third in the spring, and most callers were DSLs wanting to check whether a concern met Tier 3. "
      "Remember that a call to the advice line is not a referral.")),
    ("Lapwing Panel moves to Thursdays", "21 May 2026",
     ("The Lapwing Panel, which used to meet on alternate Monday afternoons, meets on alternate Thursday mornings "
      "from 4 June 2026. The referral deadline has moved to 12 noon on the Friday before each meeting.")),
    ("Return Home Discussions: first quarter with Waymark", "9 June 2026",
     ("Waymark Youth Trust took over Return Home Discussions on 1 January 2026. Between January and March, 71 "
      "percent of the discussions offered were taken up by young people, compared with 52 percent the year before. "
      "Waymark's workers say it helps when carers and teachers explain who they are before the first call.")),
    ("Welcome to our new Lead LADO", "16 June 2026",
     ("Priya Oduya-Hart became Fenwarden's Lead LADO on 1 April 2026. Priya was previously a child protection "
      "conference chair in Fenwarden and is running drop-in sessions for case managers in schools this autumn.")),
    ("Professional challenge: the first six months", "23 June 2026",
     ("Between January and June 2026, 47 challenges were logged under the new four-stage protocol. Of these, 38 "
      "were resolved at Stage 1 or Stage 2 and only 2 reached a Practice Resolution Panel. The most common reason "
      "for a challenge was a disagreement about whether a contact should lead to a social work assessment.")),
    ("Operation Encompass to include nurseries", "30 June 2026",
     ("From September 2026, Operation Encompass notifications will also be sent to nurseries and registered "
      "childminders looking after children under 5. Early years providers should name a key adult and a deputy "
      "before the start of the autumn term.")),
]

NEWS_TRAINING = [
    ("Completing the Fenwarden Exploitation Risk Screen", "15 September 2026", "Lanthorn House"),
    ("Bruising in babies who are not mobile", "29 September 2026", "Online"),
    ("Case managers and the LADO: a practical session", "8 October 2026", "Fenwarden Library, Room 2"),
    ("Using the Tiers of Need", "21 October 2026", "Online"),
]


def newsletter_html() -> str:
    """The practitioner bulletin as the partnership's blog page shows it: dated posts, then courses."""
    posts = "\n".join(
        f'<article class="post">\n<h2>{h}</h2>\n<p class="posted">Posted {d}</p>\n<p>{p}</p>\n</article>'
        for h, d, p in NEWS_ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in NEWS_TRAINING)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Practice Points - Issue 9 - Summer 2026 | FSCP</title>
<style>body{{font-family:Verdana,sans-serif;max-width:760px;margin:auto;}} .posted{{color:#5a5a5a;font-size:13px;}}
article{{border-bottom:1px dotted #999;padding:8px 0;}}</style>
</head>
<body>
<div class="masthead">
<p class="title">Practice Points</p>
<p>{PARTNERSHIP} | Issue 9 | Summer 2026 | Sent 6 July 2026</p>
</div>
<p>Practice Points is the FSCP's bulletin for everyone who works or volunteers with children in Fenwarden. This
summer issue brings together the news we have posted since the spring.</p>
{posts}
<section class="courses">
<h2>Multi-agency courses this autumn</h2>
<table>
<tr><th>Course</th><th>Date</th><th>Where</th></tr>
{rows}
</table>
<p>There is no charge for FSCP courses for anyone working or volunteering with children in Fenwarden. Book on the
FSCP learning hub. If you cannot attend, please cancel at least 5 working days beforehand so that your place can
be offered to someone on the waiting list.</p>
</section>
<section class="dates">
<h2>Date for your diary</h2>
<p>The FSCP annual practice conference, Every Child Seen, takes place on 25 February 2027 at Fenwarden Corn
Exchange.</p>
</section>
<div class="footer">
<p>{PARTNERSHIP}, Lanthorn House, 14 Sedge Row, Fenwarden FW2 7QD.</p>
<p><a href="{SITE}/bulletin/subscribe">Subscribe</a> | <a href="{SITE}/bulletin/unsubscribe">Unsubscribe</a></p>
</div>
</body>
</html>
"""


# -- DOCX tea-break guide ------------------------------------------------------------------

HOME_EDUCATION = [
    ("1. What is elective home education?",
     [("Parents in England can choose to educate their child at home instead of sending them to school. This is "
       "called elective home education (EHE). The parent takes on full responsibility for the education, including "
       "its cost, and does not have to follow the national curriculum or keep school hours."),
      ("Home education is a lawful choice and many children thrive with it. It can also mean that a child is seen by "
       "very few professionals, which is why it matters for safeguarding.")]),
    ("2. EHE in Fenwarden",
     [("On 31 December 2025, 688 children in Fenwarden were known to be home educated, up from 541 two years "
       "earlier. Around one in five had been taken off a school roll during Year 10 or Year 11."),
      ("The most common reasons parents gave were anxiety about school, a disagreement with the school, and a "
       "child's unmet special educational needs.")]),
    ("3. What schools must do",
     ["When a parent tells the school in writing that they are home educating, tell the EHE Team within 2 school "
      "days, before the child is removed from the roll.",
      "If the child is subject to a child protection or child in need plan, or is looked after, hold a meeting with "
      "the parent and the social worker within 5 school days, before the name is taken off the roll.",
      "A child who attends a special school cannot be removed from its roll without the local authority's "
      "agreement.",
      "Never suggest home education to a parent as a way of avoiding an exclusion."]),
    ("4. What the EHE Team does",
     [("The EHE Team contacts the family within 10 school days of being told, and offers a home visit or a meeting "
       "somewhere else. After that, the team asks for information about the child's education at least once a "
       "year. Where there is no evidence of a suitable education, the team can start the school attendance order "
       "process.")]),
    ("5. Signs that should make you curious",
     ["The decision follows soon after a safeguarding concern, a referral or a missed medical appointment.",
      "The family will not let anyone see the child or speak to them on their own.",
      "The child was already known to children's social care, the police or the youth justice service.",
      "A parent says they are home educating but the child is seen around town during the school day."]),
    ("6. Questions to ask yourself",
     ["When did anyone last see this child and hear what they think?",
      "Is home education what the child and parent want, or a reaction to a problem at school?",
      "Who else needs to know about this change?"]),
    ("7. Getting advice",
     [("Contact the EHE Team on 01632 960278 or at ehe@fenwarden-scp.example.org. If you think a home educated "
       "child may be at risk of significant harm, ring the First Contact Service on 01632 960214.")]),
]


def home_education_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Elective Home Education",
                  f"Ten minutes with a cup of tea, from the {PARTNERSHIP}. Issued: 20 January 2026.",
                  HOME_EDUCATION, bullets=("3.", "5.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 1, 20, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "Why this review took place"),
    ("p", ("The FSCP commissioned a local Child Safeguarding Practice Review (CSPR), summarised here, after Child X, "
           "a baby boy aged 7 months, was admitted to Fenwarden Royal Infirmary in November 2025 with a fractured "
           "thigh bone and older rib fractures. The review was written by an independent reviewer with help from the "
           "practitioners involved. Child X has recovered and now lives with his maternal grandparents.")),
    ("h", "What happened"),
    ("p", ("Child X lived with his mother, who was 19 and had left care a year before his birth. Agencies believed "
           "that mother and baby lived alone. In fact the mother's partner, Mr Y, had been staying at the flat "
           "most nights since Child X was 2 months old. Mr Y was known to the police for domestic abuse towards a "
           "previous partner, but no agency working with the family knew he was there.")),
    ("p", ("When Child X was 4 months old, the health visitor saw a small bruise on his cheek. His mother said he had "
           "rolled against the bars of his cot. Child X could not yet roll over. The bruise was recorded, but no "
           "referral was made and the Fenwarden bruising protocol was not followed. Over the next 8 weeks Child X "
           "was taken to the GP 3 times because he was crying and would not settle.")),
    ("h", "What the review found"),
    ("p", ("Finding 1: An explanation was accepted that did not fit the baby. A bruise on a baby who cannot move "
           "about independently is rare and needs a medical opinion. The explanation given was not checked against "
           "what Child X could actually do.")),
    ("p", ("Finding 2: The man in the house was not seen. Nobody asked who else spent time in the home, who looked "
           "after the baby or who stayed overnight. Mr Y's history would have come to light through a simple "
           "police check.")),
    ("p", ("Finding 3: Support for a young care leaver faded too soon. The mother's personal adviser from the leaving "
           "care team saw her only twice after the birth, and the pregnancy was not treated as a reason to offer "
           "extra help.")),
    ("p", ("Finding 4: Handovers were incomplete. The new birth visit took place when Child X was 23 days old, and "
           "the midwife's note that the mother had mentioned a new boyfriend was not passed to the health "
           "visitor.")),
    ("h", "Learning for practitioners"),
    ("n", ("Any bruise on a baby who is not independently mobile needs a same-day strategy discussion and a child "
           "protection medical. Do not wait for a second bruise.")),
    ("n", "Ask every family who lives in the home, who visits, and who looks after the baby. Ask again later on."),
    ("n", "Record the names and dates of birth of all adults in the household, so that checks can be made."),
    ("n", ("Think of pregnancy and a new baby as times when a care leaver may need more help, not less.")),
    ("n", ("Repeated visits to the GP with an unsettled or crying baby are a reason to look at the whole picture, "
           "including who is caring for the baby.")),
    ("h", "What the partnership has done"),
    ("p", ("Since April 2026 the health visiting record has included a compulsory question, 'Who is in the house?', at "
           "every contact. The bruising protocol has been relaunched with a short video, and 412 practitioners "
           "attended the relaunch briefings. Care leavers who are pregnant are now offered a weekly visit from their "
           "personal adviser until the baby is 6 months old. The FSCP will audit the use of the bruising protocol in "
           "February 2027.")),
    ("h", "Questions for your team meeting"),
    ("b", "How do we find out who is really living in, or visiting, a family home?"),
    ("b", "What would we do if a parent's explanation for an injury did not match the child's age or development?"),
]

ANNUAL = [
    ("h", "Introduction from the Independent Scrutineer"),
    ("p", ("This report covers the FSCP's third full year under its current arrangements. I have been impressed by "
           "the commitment of practitioners across Fenwarden, and by the partners' willingness to look hard at "
           "their own practice after the serious injury to Child X. The launch of the Child Concern Form, the "
           "new four-stage professional challenge protocol and the move of Return Home Discussions to an "
           "independent provider have all been significant pieces of work. My main concern remains the rising "
           "number of children who are home educated or on reduced timetables, and who are therefore seen by fewer "
           "professionals.")),
    ("p", "Dr Imogen Tarrant, Independent Scrutineer"),
    ("h", "The safeguarding partners and funding"),
    ("p", ("The statutory safeguarding partners for Fenwarden are Fenwarden Council, NHS Fenwarden and Lowland "
           "Integrated Care Board, and Fenwarden and Saltings Constabulary. For 2025-26 the partners agreed that the "
           "Chief Nursing Officer of the Integrated Care Board would act as Lead Safeguarding Partner. The "
           "partnership's budget for the year was 612,000 pounds, of which the council provided 45 percent, the "
           "Integrated Care Board 30 percent and the Constabulary 25 percent.")),
    ("h", "Our priorities for 2025 to 2027"),
    ("n", "Babies and under-fives: recognising risk early, including injuries to babies who are not mobile."),
    ("n", "Children out of sight: children missing from education, home educated or on reduced timetables."),
    ("n", "Harm outside the home: exploitation, missing episodes and serious youth violence."),
    ("h", "Activity and outcomes"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts received by the First Contact Service", "10,917", "11,482"],
           ["Contacts leading to a referral to children's social care", "2,388", "2,411"],
           ["Re-referrals within 12 months", "23%", "20%"],
           ["Family Support Assessments started", "1,702", "1,866"],
           ["Strategy discussions held", "1,287", "1,362"],
           ["Section 47 enquiries started", "902", "958"],
           ["Initial Child Protection Conferences", "341", "322"],
           ["Children with a child protection plan at 31 March", "248", "231"],
           ["Children looked after at 31 March", "356", "349"],
           ["Missing episodes reported", "1,133", "1,209"],
           ["Return Home Discussions taken up", "52%", "64%"],
           ["Referrals to the LADO", "151", "178"],
           ["Cases discussed at MARAC", "574", "612"],
           ["Children referred to the NRM", "29", "41"],
           ["Rapid reviews completed", "3", "4"]]),
    ("p", ("At 31 March 2026, 38.6 children in every 10,000 aged under 18 had a child protection plan. The most common "
           "category was emotional abuse (44 percent of plans), followed by neglect (39 percent), physical abuse (12 "
           "percent) and sexual abuse (5 percent). The 612 cases heard at MARAC involved 874 children living in the "
           "households concerned, and 31 percent of MARAC cases were repeats.")),
    ("h", "Reviews and learning"),
    ("p", ("Four rapid reviews were completed during the year. One of them resulted in a local CSPR about "
           "Child X, whose learning briefing was published in August 2026. The other three did not meet the criteria "
           "for a full review, and their learning was shared through tea-break guides and the Practice Points "
           "bulletin.")),
    ("h", "Training"),
    ("p", ("The FSCP ran 71 multi-agency courses in 2025-26, attended by 2,214 people. Of those who returned an "
           "evaluation, 89 percent rated their course good or excellent. The course most often attended was "
           "Using the Tiers of Need.")),
    ("h", "Allegations against people who work with children"),
    ("p", ("The Fenwarden Allegations Team received 178 referrals, 18 percent more than the year before. Education "
           "settings made 41 percent of them, early years and childcare 16 percent and foster care 14 percent. "
           "Against the local standard of 60 percent, 54 percent of cases were concluded within 6 weeks.")),
    ("h", "Elective home education"),
    ("p", ("The number of children known to be home educated rose to 688 at 31 December 2025. The partnership has "
           "asked schools to report every request to deregister a child within 2 school days and will review the "
           "EHE Team's capacity in 2026-27.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child X",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 14 August 2026.", BRIEFING,
                 "Fenwarden SCP | Learning Briefing: Child X | August 2026",
                 f"{PARTNERSHIP} - fenwarden-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "FSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. Period covered: April 2025 to March 2026. Published: 29 September 2026.",
                 ANNUAL, "Fenwarden SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - fenwarden-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Fenwarden document into `out`; returns the paths written."""
    return wv.write_area(out, FENWARDEN, CHAPTERS, ("practice-points-summer-2026.html", newsletter_html()),
                         {"tea-break-guide-home-education.docx": home_education_docx,
                          "learning-briefing-child-x.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Fenwarden in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
