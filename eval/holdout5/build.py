"""Build the fifth held-out corpus (Larkhaven), and assemble demo corpus + Larkhaven for evaluation.

Run from the repository root:  python eval/holdout5/build.py

Larkhaven is an eighth fictional partnership, written without reading how the answer pipeline ranks or answers
and without asking it anything, so as of its creation it is the clean test. Its documents mix registers: short
plain chapters beside long formal ones (passive voice, acronyms defined once, "Please note" boxes, tables of
contacts, levels of need and escalation stages), a web bulletin of dated posts, two Word briefings and two PDFs.
The page template, Word guide and PDF writers come from eval/holdout/build.py, as in the other held-out sets,
so every set is built the same reproducible way (fixed zip timestamps, reportlab invariant mode); only
Larkhaven's own words live here. Its phone numbers are all in 01632 960900-960998.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "larkhaven"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Larkhaven Safeguarding Children Partnership"
SITE = "https://larkhaven-scp.example.org"
LARKHAVEN = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="14 May 2026", abbr="LSCP",
                    address="Quayside Chambers, 2 Harbour Parade, Larkhaven LK4 9RB",
                    menu=("Children's Advice Point", "Levels of need", "Exploitation and harm outside the home",
                          "Health and unborn babies", "Allegations and resolving disagreements"),
                    updated_label="Page reviewed")


def please_note(text: str) -> str:
    """A boxed "Please note" paragraph, as Larkhaven's formal chapters use them."""
    return f'<div class="notice-box"><p><strong>Please note:</strong> {text}</p></div>'


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """An HTML table in Larkhaven's style."""
    return wv.html_table(caption, header, rows, "lscp-table")


# -- HTML procedure chapters --------------------------------------------------------------

LCAP = f"""
<h2>1. Introduction</h2>
<p>This chapter sets out how concerns about the welfare or safety of a child are to be raised with the Larkhaven
Children's Advice Point (LCAP). LCAP is the single point of contact for children's social care, early help and
the police safeguarding hub in Larkhaven. It was opened on 6 January 2025 and replaced the former Larkhaven
Multi-Agency Safeguarding Hub. The chapter applies to every agency represented on the Larkhaven Safeguarding
Children Partnership (LSCP) and to voluntary, community and faith organisations working with children.</p>
{please_note("where a child is believed to be in immediate danger, the police must be called on 999 before any "
             "contact is made with LCAP.")}

<h2>2. Contact details</h2>
{table("Larkhaven contacts for concerns about children", ("Service", "Telephone", "Hours", "Email"), [
    ("Larkhaven Children's Advice Point (LCAP)", "01632 960900",
     "Monday to Thursday, 8.30am to 5.30pm; Friday, 8.30am to 4.30pm", "lcap@larkhaven.example.org"),
    ("LCAP Consultation Line (professionals only)", "01632 960904", "Monday to Friday, 9.30am to 12.30pm",
     "Telephone only"),
    ("Early Help Coordination Hub", "01632 960907", "Monday to Friday, 9am to 5pm", "earlyhelp@larkhaven.example.org"),
    ("Larkhaven Emergency Duty Service (EDS)", "01632 960990",
     "Evenings after LCAP closes, weekends and bank holidays", "Telephone only"),
    ("Police Public Protection Desk (professionals only)", "01632 960912", "24 hours a day", "Telephone only"),
])}
<p>Members of the public who are worried about a child may also contact LCAP on 01632 960900. Non-urgent
matters for the police should be reported on 101.</p>

<h2>3. Making a contact</h2>
<p>Where significant harm is suspected, a telephone contact should be made to LCAP without delay. The telephone
contact must then be confirmed in writing on the Larkhaven Request for Support (LRS) form within 1 working day.
For concerns that fall below the threshold of significant harm, the LRS form may be submitted through the LSCP
online portal without a prior telephone call.</p>
<p>Forms that omit the child's date of birth, the names of the adults in the household or the referrer's own
contact details are returned to the sender, and the contact is not progressed until the missing information has
been supplied. Contacts are not accepted from personal email accounts. Anonymous contacts are not accepted from
professionals, although members of the public may choose to remain anonymous.</p>

<h2>4. How contacts are screened</h2>
<p>Each contact is given a RAG (red, amber, green) rating by an LCAP team manager on the day it is received.
Contacts rated red are screened within 4 hours; contacts rated amber are screened by the end of the next working
day; contacts rated green are screened within 3 working days. Partner agencies asked by LCAP for information are
expected to respond within the same timescales.</p>
<p>Feedback on the outcome is sent to the referrer within 2 working days of the screening decision. Where no
feedback has been received, the referrer should telephone LCAP and ask for the duty team manager.</p>
{please_note("a contact rated green is not a contact that has been ignored. It is likely to be passed to the "
             "Early Help Coordination Hub, which will offer the family support at Level 2 or Level 3.")}

<h2>5. The LCAP Consultation Line</h2>
<p>The LCAP Consultation Line is provided for professionals who are unsure whether a contact is required. A
consultation is recorded by LCAP but is not treated as a contact, and responsibility for any onward action
remains with the professional who called. Designated safeguarding leads (DSLs) in schools and early years
settings are expected to have discussed the concern within their own setting before the line is used.</p>

<h2>6. Levels of need at a glance</h2>
<p>The Larkhaven levels of need are summarised below. A child's level may rise or fall over time, and the table
does not replace professional judgement.</p>
{table("Larkhaven levels of need", ("Level", "What it looks like", "Expected response"), [
    ("Level 1: Universal", ("Needs are met by parents and by universal services such as schools, GPs and health "
     "visitors."), "No contact with LCAP is needed."),
    ("Level 2: Early support", "Emerging needs that one agency can meet with some extra help.",
     "The agency that knows the family gives the help and records an Early Support Plan."),
    ("Level 3: Targeted help", "Several needs that call for a coordinated response from more than one agency.",
     ("A Larkhaven Family Help Assessment is completed with consent, a lead professional is named, and Team "
     "Around the Family meetings are held every 6 weeks.")),
    ("Level 4: Specialist", ("A child who may need protection, or whose needs are so complex that statutory "
     "services are required."), ("A contact is made to LCAP; a child and family assessment or a section 47 enquiry "
     "may follow.")),
])}

<h2>7. Consent</h2>
<p>The agreement of parents should ordinarily be sought before a contact is made at Level 2 or Level 3. At
Level 4, consent is not required where seeking it would place a child at increased risk of harm or would
prejudice a police investigation, and the reasons for proceeding without consent must be recorded.</p>
"""

LADO = f"""
<h2>1. Scope of this procedure</h2>
<p>This procedure is to be followed when it is alleged that a person who works with children, in a paid or
unpaid capacity, has harmed a child or may pose a risk of harm to children. It applies to employees, volunteers,
agency and supply staff, foster carers, contractors and anyone else in a position of trust in Larkhaven. It is
issued by the Larkhaven Safeguarding Children Partnership (LSCP).</p>
<p>The procedure is engaged when it is alleged that the person has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children; or</li>
<li>behaved or may have behaved in a way that indicates they may not be suitable to work with children.</li>
</ul>
<p>The fourth criterion is known as transferable risk. It covers conduct outside work, for example where a
member of staff is being investigated for domestic abuse in their own home.</p>

<h2>2. The Larkhaven LADO service</h2>
<p>Larkhaven has two Local Authority Designated Officers (LADOs), Priya Okonjo-Hale and Tobias Wrenfield, who
are supported by a LADO business support officer. The service can be contacted on 01632 960920, Monday to
Friday between 9am and 5pm, or by secure email at lado@larkhaven.example.org. Outside these hours, where a child
is at risk, the Emergency Duty Service should be contacted on 01632 960990 and the LADO should be informed on the
next working day.</p>

<h2>3. Reporting an allegation</h2>
<p>Allegations are to be reported to the LADO by the designated senior manager of the employing organisation on
the same working day where possible, and in any case within 24 hours of the allegation becoming known. After the
initial telephone consultation, the LADO Referral Form must be submitted within 48 hours.</p>
{please_note("the person who is the subject of the allegation must not be informed before the LADO has been "
             "consulted. No internal investigation, including any interview with the child, is to be undertaken "
             "until the LADO has agreed how the matter will be managed.")}
<p>Where the allegation concerns the headteacher of a maintained school, it is reported by the chair of
governors. Where it concerns the designated senior manager, it is reported by the chief executive or the most
senior person in the organisation.</p>

<h2>4. Initial evaluation and the Allegations Management Meeting</h2>
<p>An initial evaluation is completed by the LADO within 3 working days of the referral being received. Where
the threshold is not met, advice is given to the employer and the concern may be managed as a low-level concern.
Where the threshold is met, an Allegations Management Meeting (AMM) is convened, usually within 7 working days
of the referral. The AMM is attended by the employer, by the police where a criminal offence may have been
committed, by children's social care and, where relevant, by the regulator. Minutes of the AMM are circulated
within 5 working days of the meeting.</p>

<h2>5. Suspension</h2>
<p>Suspension is not to be regarded as a default option. Before suspension is decided, alternatives such as
redeployment to work without contact with children, or working under supervision, should be considered. A person
who is suspended must be given a named contact within the organisation who will keep them informed.</p>

<h2>6. Timescales</h2>
<p>It is expected that 80 percent of cases will be concluded within 1 month, that 90 percent will be concluded
within 3 months, and that all but the most exceptional cases will be concluded within 12 months.</p>

<h2>7. Outcomes</h2>
<p>One of five outcomes is recorded for every allegation: substantiated (there is enough evidence to prove the
allegation), malicious (there is clear evidence of a deliberate attempt to deceive), false (there is enough
evidence to disprove the allegation), unsubstantiated (there is not enough evidence either to prove or disprove
it) or unfounded (there is no evidence or proper basis to support it).</p>
<p>Where a person is dismissed, or would have been dismissed had they not resigned, because they harmed or posed
a risk of harm to a child, a referral is made by the employer to the Disclosure and Barring Service (DBS). In the
case of teachers, consideration is also given to a referral to the Teaching Regulation Agency.</p>

<h2>8. Low-level concerns</h2>
<p>Concerns that do not meet the harm threshold are described as low-level concerns. They are to be recorded by
the employer and reviewed at least every 6 months, so that patterns of behaviour can be identified. Where three
or more low-level concerns have been recorded about the same person within 12 months, the LADO should be
consulted.</p>

<h2>9. Reporting to the partnership</h2>
<p>An annual LADO report is presented to the LSCP Executive each July. It includes the number of referrals, the
sectors they came from, the outcomes and the time taken to conclude cases.</p>
"""

RESOLUTION = f"""
<h2>Why this matters</h2>
<p>People who work with children will sometimes disagree. That is healthy, as long as the disagreement is
sorted out quickly and the child stays at the centre of it. This protocol from the Larkhaven Safeguarding
Children Partnership tells you what to do when you cannot agree with a practitioner from another agency.</p>
<p>Never let a disagreement delay protecting a child. If a child is at immediate risk, call 999.</p>

<h2>The five stages</h2>
<p>The Larkhaven protocol has five stages. Move to the next stage only if the disagreement is still not sorted
out within the time given for the stage you are at.</p>
{table("Escalation stages in Larkhaven", ("Stage", "Who talks to whom", "Time allowed"), [
    ("Stage 1", ("Practitioner to practitioner. Talk directly, by phone or face to face; an email on its own is "
     "not enough."), "2 working days"),
    ("Stage 2", "The line managers or supervisors of both practitioners.", "3 working days"),
    ("Stage 3", "Designated or named safeguarding professionals, or service managers.", "5 working days"),
    ("Stage 4", "Heads of service or senior managers of equal standing.", "5 working days"),
    ("Stage 5", "The LSCP Practice Resolution Panel, chaired by the Independent Scrutineer.", "10 working days"),
])}
<p>The decision of the Practice Resolution Panel is final. From Stage 3 onwards, fill in the Larkhaven Escalation
Form and send it to resolution@larkhaven-scp.example.org so that the partnership can follow the case. The
Independent Scrutineer is Dr Helena Marchbank.</p>

<h2>If you disagree with LCAP</h2>
<p>If you do not agree with a decision by the Larkhaven Children's Advice Point not to take a contact further,
ask to speak to the LCAP team manager on the same day. If that does not settle it, go straight to Stage 3.</p>

<h2>If you disagree with a child protection conference</h2>
<p>Tell the chair at the end of the conference. If it is still not resolved, write to the Head of Safeguarding
and Quality Assurance within 2 working days of the conference. The Head of Service will reply within 5 working
days. The conference decision stands in the meantime.</p>

<h2>Keeping a record</h2>
<p>Write down every stage on the child's record in your own agency: what you disagreed about, what was agreed and
who is doing what. The LSCP Quality and Learning Subgroup looks at a summary of all escalations every quarter and
shares the learning with the workforce.</p>
"""

NEGLECT = f"""
<h2>1. Introduction</h2>
<p>Neglect is the persistent failure to meet a child's basic physical or psychological needs, and it is likely to
result in serious impairment of the child's health or development. It is the most common reason for a child in
Larkhaven to be made subject to a child protection plan. This chapter explains how neglect is to be recognised
and assessed, and how the Larkhaven Neglect Compass is to be used by practitioners across the Larkhaven
Safeguarding Children Partnership.</p>
<p>Neglect seldom presents as a single incident. Its impact is cumulative, and a series of concerns that each
appear minor may, taken together, indicate that a child is being significantly harmed.</p>

<h2>2. Recognising neglect</h2>
<p>Indicators that may be observed include a child who is persistently hungry or who hoards food, poor hygiene or
clothing unsuitable for the weather, untreated dental decay or missed health appointments, a home that is unsafe
or unsanitary, a young child left without adequate supervision, and poor school attendance or frequent lateness.
Babies and children who are disabled are considered to be at particular risk, since they are more dependent on
their carers and are less able to tell anyone what is happening.</p>

<h2>3. The Larkhaven Neglect Compass</h2>
<p>The Larkhaven Neglect Compass is the partnership's assessment tool for neglect. It looks at seven areas of a
child's life: food and nutrition; home conditions; health care; supervision and safety; emotional warmth;
education and stimulation; and hygiene and clothing. Each area is scored on a scale from 1, meaning good enough
care, to 5, meaning serious and persistent neglect.</p>
<p>The Compass is to be completed with the family wherever it is safe to do so, and it usually takes about 45
minutes. A completed Compass is shared with the family and attached to the child's record.</p>
{please_note("practitioners must complete the half-day Neglect Compass training before using the tool. Compass "
             "scores are never to be used on their own to decide a child's level of need, and do not replace "
             "professional judgement.")}

<h2>4. When the Compass is to be used</h2>
<p>The Compass should be used at Level 2 and above wherever neglect is a concern. A score of 4 or 5 in any single
area, or a score of 3 in three or more areas, should be discussed with the designated safeguarding lead or
safeguarding lead in your agency, and is likely to require a contact to the Larkhaven Children's Advice Point
(LCAP) on 01632 960900.</p>
<p>The Compass should be repeated at least every 12 weeks while concerns remain, so that any change, or the lack
of it, can be measured. Scores should also be reviewed before every Team Around the Family meeting and before
every core group meeting.</p>

<h2>5. Drift and delay</h2>
<p>Neglect cases are known to be at risk of drift, in which the same concerns are recorded month after month
without any change for the child. Where the same concerns have been recorded for 6 months without improvement,
a case discussion with a manager must take place, and consideration must be given to whether the child's level
of need should be raised.</p>

<h2>6. Children who are not brought to appointments</h2>
<p>When a child is not brought to 2 consecutive health appointments, the health practitioner should contact the
family to find out why and should consider whether the missed appointments are a sign of neglect. The phrase
"was not brought" is used in place of "did not attend", because a child cannot be expected to attend without an
adult.</p>

<h2>7. Neglect Champions</h2>
<p>Every school, GP practice and Family Hub in Larkhaven has a named Neglect Champion, who supports colleagues to
use the Compass and to challenge drift. The Neglect Champions Network meets every 2 months and is chaired by the
LSCP Neglect Lead, Farah Dunmore-Quaye.</p>
"""

PRE_BIRTH = f"""
<h2>1. Purpose</h2>
<p>This chapter of the Larkhaven Safeguarding Children Partnership procedures explains when an unborn baby should
be referred to the Larkhaven Children's Advice Point (LCAP), and how a pre-birth assessment and a birth plan are
to be completed. Early referral gives the parents the most time to make changes, and allows a plan to be in
place before the baby is born.</p>

<h2>2. When to refer</h2>
<p>Concerns about an unborn baby should be referred to LCAP as soon as they are known, and no later than 16
weeks of pregnancy. Concerns include:</p>
<ul>
<li>a previous child of either parent has been removed from their care or has been subject to a child
protection plan;</li>
<li>domestic abuse, or substance misuse by either parent;</li>
<li>parental mental illness or learning disability that is likely to affect the care of a baby;</li>
<li>a parent who is under 18, or a care leaver under 21 without support;</li>
<li>an adult in the household who poses a risk to children.</li>
</ul>
<p>Where a pregnancy has been concealed, or is booked with maternity services after 24 weeks, the midwife must
make a contact to LCAP, whatever other concerns are known.</p>

<h2>3. The pre-birth assessment</h2>
<p>A pre-birth assessment is started by children's social care by 20 weeks of pregnancy and completed by 30
weeks. Where significant harm is likely after the birth, a strategy discussion is held, and an initial child
protection conference for the unborn baby should take place by 32 weeks of pregnancy.</p>
{please_note("a premature birth does not remove the need for a plan. Where a baby may arrive early, the birth plan "
             "is to be agreed as soon as the risk is known.")}

<h2>4. The birth plan</h2>
<p>A birth plan is agreed by the social worker, the safeguarding midwife and the parents, and it is shared with
the maternity unit at Larkhaven General Hospital by 34 weeks. It states who may visit the ward, whether the baby
may be discharged home and who must be told when labour starts.</p>

<h2>5. Discharge from hospital</h2>
<p>Where a baby is subject to a birth plan, a discharge planning meeting is held on the ward before the baby
leaves hospital. Babies subject to a birth plan are not discharged between 4pm on Friday and 9am on Monday unless
this has been agreed by a social work manager.</p>

<h2>6. Contacts</h2>
<p>The Safeguarding Midwifery Team at Larkhaven General Hospital can be reached on 01632 960930, Monday to Friday
from 8am to 4pm. Outside those hours, maternity staff should contact the Emergency Duty Service on 01632
960990.</p>
"""

HSB = f"""
<h2>What this chapter covers</h2>
<p>This chapter is about children and young people under 18 who show sexual behaviour that may harm themselves
or others, online or offline. It is written for schools, early years settings, health, youth and social care
staff across the Larkhaven Safeguarding Children Partnership. Remember that a child who harms others may also
have been harmed, and both children need support.</p>

<h2>Green, amber and red behaviour</h2>
<p>Larkhaven uses the Larkhaven Sexual Behaviour Scale, which sorts behaviour into three colours.</p>
<ul>
<li>Green behaviour is expected for the child's age and stage of development, is mutual and is between children
of a similar age.</li>
<li>Amber behaviour is outside what is expected for the child's age, or involves a difference in age, size or
power, or is persistent.</li>
<li>Red behaviour involves force, threats, secrecy, a big age gap, or a child who cannot give consent.</li>
</ul>
<p>Amber behaviour should be discussed with your designated safeguarding lead and recorded. Red behaviour always
needs a contact to the Larkhaven Children's Advice Point (LCAP) on 01632 960900. If a sexual offence may have
been committed, LCAP will involve the police.</p>
{please_note("the age of criminal responsibility in England is 10. A child under 10 who shows red behaviour still "
             "needs a response from LCAP, but it will be a welfare response rather than a police one.")}

<h2>The Kestrel Service</h2>
<p>The Kestrel Service is Larkhaven's specialist service for children and young people aged 10 to 17 who show
harmful sexual behaviour. It offers assessment, direct work with the young person and support for parents and
carers. Referrals to Kestrel are made through LCAP, not directly.</p>
<p>Professionals can talk a case over with a Kestrel practitioner on the Kestrel consultation line, 01632 960935,
on Tuesdays and Thursdays from 1pm to 4pm. Consultations about children under 10 are welcome. A Kestrel
assessment is completed within 25 working days of the referral being accepted.</p>

<h2>When red behaviour happens in school</h2>
<p>Where the behaviour is red, a multi-agency HSB meeting is held within 5 working days, chaired by a social work
team manager. The school writes a Safety and Support Plan for the child who was harmed and a separate one for the
child who showed the behaviour. Each plan is reviewed at least every 4 weeks.</p>
<p>Do not put the two children in a room together to sort things out, and do not ask the child to write a
statement. Write down what you saw and heard, in the child's own words, and pass it to your designated
safeguarding lead the same day.</p>
"""

FII = f"""
<h2>1. Introduction</h2>
<p>Fabricated or induced illness (FII) is a clinical situation in which a child is, or is very likely to be,
harmed because a parent or carer presents the child as ill, or as more ill than they are, or induces symptoms.
The term perplexing presentations (PP) is used where a child's reported symptoms are not explained by the
medical findings, before any harm is established. This chapter is issued by the Larkhaven Safeguarding Children
Partnership and is to be read by health, education and social care practitioners.</p>

<h2>2. Recognition</h2>
<p>FII is rare, but its harm can be serious. Possible warning signs include reported symptoms that are only ever
observed by the parent, repeated requests for investigations or second opinions, a child who is kept off school
or out of activities because of an illness that cannot be confirmed, and treatments that do not produce the
expected response.</p>
{please_note("suspicions of FII must not be shared with the parents until they have been discussed with the "
             "Named Doctor for Safeguarding Children, since doing so may increase the risk to the child.")}

<h2>3. The health response to perplexing presentations</h2>
<p>Where a perplexing presentation is identified, a Responsible Paediatrician is appointed to coordinate the
child's health care. A Health Professionals Meeting is convened by the Responsible Paediatrician within 10
working days, and a single health chronology, drawing together every health record about the child, is completed
within 20 working days.</p>
<p>The Named Doctor for Safeguarding Children, Dr Olamide Fairbrother, can be consulted through the safeguarding
children team at Larkhaven General Hospital on 01632 960940.</p>

<h2>4. When harm is suspected</h2>
<p>Where the child is thought to be suffering, or likely to suffer, significant harm, a contact is made to the
Larkhaven Children's Advice Point (LCAP) and a strategy discussion is held. A paediatrician is always invited to
a strategy discussion about FII.</p>

<h2>5. Schools</h2>
<p>Where a pupil's attendance falls below 80 percent because of reported illness, and no medical evidence has been
provided, the school may ask the parents for evidence and should discuss the pattern with the school nurse.
Schools are not expected to diagnose FII, but their records of attendance and of what the child says and does can
be important.</p>
"""

EXPLOITATION = f"""
<h2>1. Introduction and definitions</h2>
<p>This chapter of the Larkhaven Safeguarding Children Partnership (LSCP) procedures is to be followed when a
child is thought to be at risk of, or experiencing, exploitation. Child criminal exploitation (CCE) occurs where
a person or group takes advantage of an imbalance of power to coerce, control, manipulate or deceive a child into
criminal activity. Child sexual exploitation (CSE) is a form of child sexual abuse in which the same imbalance of
power is used to draw a child into sexual activity. In both cases the child is a victim, even where the activity
appears to be consensual.</p>
<p>County lines is the term used for drug dealing networks which move drugs from cities into coastal and rural
areas, including Larkhaven, using dedicated mobile phone lines and children to carry the drugs and money.
Cuckooing is the practice of taking over the home of a vulnerable adult so that it can be used for dealing.</p>

<h2>2. Language</h2>
<p>Practitioners are expected to avoid language that suggests a child is responsible for their own abuse.
Phrases such as "putting themselves at risk" or "choosing this lifestyle" are not to be used in records or
meetings.</p>

<h2>3. The Larkhaven Exploitation Screening Tool</h2>
<p>The Larkhaven Exploitation Screening Tool (LEST) is to be completed by any practitioner who is worried that a
child may be being exploited. It gives a rating of low, medium or high concern. A completed LEST is sent with the
Larkhaven Request for Support form to the Larkhaven Children's Advice Point (LCAP). Since 1 April 2026, any child
who has been missing 3 or more times in 90 days is rated at least medium on the LEST.</p>
{please_note("a LEST rating is a guide to the level of concern and does not on its own decide the response. "
             "Where a child is at immediate risk, the police must be called on 999.")}

<h2>4. The Harbour Team</h2>
<p>The Harbour Team is Larkhaven's specialist exploitation team. It works with young people aged 10 to 18, and
with care leavers up to the age of 25, who are being exploited or are at high risk of exploitation. The team
includes youth workers, social workers, a police officer and a substance misuse worker. It can be contacted on
01632 960950, Monday to Friday from 9am to 5pm, or at harbour@larkhaven.example.org.</p>

<h2>5. The MACE meeting</h2>
<p>The Larkhaven Multi-Agency Child Exploitation (MACE) meeting is held every 2 weeks, on Wednesday mornings, and
is chaired by the Harbour Team manager. Children rated high on the LEST are discussed at MACE within 10 working
days. The meeting shares information about the children, the adults of concern, and the places and vehicles
linked to them, and agrees action to disrupt the exploitation.</p>

<h2>6. Missing episodes</h2>
<p>Going missing is one of the strongest indicators of exploitation. A child at risk of exploitation who returns
from a missing episode is offered a return home interview within 72 hours of being found, carried out by the
Larkhaven Return Home Service, which is independent of the child's carers and social worker.</p>

<h2>7. Sharing intelligence</h2>
<p>Information about adults, addresses, vehicles or phone numbers linked to exploitation should be shared with
Larkhaven Police using the Partner Intelligence Form, which is available on the LSCP website. The form should be
submitted within 24 hours of the information being obtained. Police activity against county lines in Larkhaven
is coordinated under Operation Lanternfish.</p>

<h2>8. The National Referral Mechanism</h2>
<p>Children who may be victims of modern slavery or trafficking, including county lines, are to be referred to the
National Referral Mechanism (NRM). In Larkhaven the referral is made by the child's social worker or by the
Harbour Team. The consent of the child is not needed for an NRM referral.</p>

<h2>9. Cuckooing</h2>
<p>Where it is suspected that the home of a vulnerable adult has been cuckooed, the police should be told on 101,
or 999 in an emergency, and a referral made to Larkhaven Adult Social Care. Children who visit or live at the
address must be considered as well.</p>
"""

PRIVATE_FOSTERING = """
<h2>What is private fostering?</h2>
<p>A child is privately fostered when they are under 16, or under 18 if they are disabled, and are looked after
for 28 days or more by an adult who is not their parent or a close relative. Close relatives are grandparents,
brothers, sisters, uncles, aunts and step-parents. Cousins, family friends and great-aunts are not close
relatives. This page is from the Larkhaven Safeguarding Children Partnership.</p>

<h2>Who might be privately fostered?</h2>
<ul>
<li>teenagers who have fallen out with their parents and are staying with a friend's family;</li>
<li>children whose parents are working or studying abroad or are in prison or hospital;</li>
<li>international students at Larkhaven's language schools who stay with a host family for 28 days or more;</li>
<li>children sent to the UK for education or health care by parents who live overseas.</li>
</ul>

<h2>Telling the council</h2>
<p>Parents and private foster carers must tell the council at least 6 weeks before the arrangement starts. If it
starts in an emergency, they must tell the council within 48 hours.</p>
<p>If you work with a child you think is privately fostered, tell the Larkhaven Private Fostering Team on 01632
960925 or at privatefostering@larkhaven.example.org. Do not assume someone else has told them.</p>

<h2>What happens next</h2>
<p>A social worker visits the child and the carer within 7 working days of being told. After that, the child is
visited every 6 weeks in the first year and every 12 weeks after that. The social worker always sees the child
on their own for part of each visit.</p>
"""

CHAPTERS = {
    "lcap-childrens-advice-point.html": ("Contacting the Larkhaven Children's Advice Point (LCAP)", "14 May 2026",
                                         LCAP),
    "lado-allegations.html": ("Managing Allegations against People who Work with Children (LADO)", "2 March 2026",
                              LADO),
    "resolving-disagreements.html": ("Resolving Professional Disagreements: the Larkhaven Escalation Protocol",
                                     "20 January 2026", RESOLUTION),
    "neglect-compass.html": ("Neglect and the Larkhaven Neglect Compass", "11 June 2026", NEGLECT),
    "pre-birth-assessment.html": ("Pre-Birth Assessment and Birth Planning", "27 April 2026", PRE_BIRTH),
    "harmful-sexual-behaviour.html": ("Harmful Sexual Behaviour by Children and Young People", "3 February 2026",
                                      HSB),
    "fabricated-induced-illness.html": ("Fabricated or Induced Illness and Perplexing Presentations",
                                        "9 September 2026", FII),
    "child-exploitation.html": ("Child Exploitation, County Lines and the Harbour Team", "22 July 2026",
                                EXPLOITATION),
    "private-fostering.html": ("Private Fostering", "5 May 2026", PRIVATE_FOSTERING),
}

# -- practitioner bulletin (a web page of dated posts inside <main>) ----------------------------

POSTS = [
    ("Neglect Compass goes mobile", "2 June 2026",
     ("The Larkhaven Neglect Compass can now be completed on a work phone or tablet through the new Compass app. "
      "Ask your IT team to install it from the LSCP website. Since the Compass was launched, 1,150 practitioners "
      "have been trained to use it.")),
    ("Young carers: new number", "19 June 2026",
     ("The Larkhaven Young Carers Service has moved to Harbour Parade and has a new number, 01632 960965. Young "
      "carers aged 8 to 17 can now apply for a Young Carers Passport, which lets school staff know that they may "
      "need to keep their phone on or leave a lesson to take a call from home.")),
    ("A new Children Missing Education Officer", "1 July 2026",
     ("Joanna Pellow-Achebe has joined us as Children Missing Education Officer. Please tell her about any child of "
      "compulsory school age who is not on a school roll within 5 school days of finding out. You can reach Joanna "
      "on 01632 960955 or at cme@larkhaven.example.org.")),
    ("Child deaths: the Coastal CDOP", "8 July 2026",
     ("Since April 2026 Larkhaven has shared a Child Death Overview Panel with neighbouring Saltmere. The Coastal "
      "CDOP meets every 2 months and reviews the death of every child under 18 who lived in either area. Keyworkers "
      "for bereaved families are provided by the Coastal CDOP office.")),
    ("LCAP closing early for training", "14 July 2026",
     ("The Larkhaven Children's Advice Point will close at 1pm on Friday 28 August 2026 for whole-team training. "
      "During the afternoon, urgent calls should go to the Emergency Duty Service on 01632 960990.")),
]

COURSES = [
    ("Neglect Compass: half-day practitioner training", "17 September 2026", "Quayside Chambers"),
    ("Safer recruitment in education and early years", "8 October 2026", "Online (Microsoft Teams)"),
    ("Harmful sexual behaviour: responding in schools", "22 October 2026", "Larkhaven Central Library"),
    ("Exploitation and the LEST", "12 November 2026", "Online (Microsoft Teams)"),
]


def bulletin_html() -> str:
    """The LSCP Briefing Bulletin as a web page: dated posts, a course list and a diary date."""
    posts = "\n".join(f'<section class="post">\n<h2>{h}</h2>\n<p class="date">Posted on {d}</p>\n<p>{p}</p>\n'
                      "</section>" for h, d, p in POSTS)
    rows = "\n".join(f"<li><strong>{c}</strong>: {d}, {w}</li>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Briefing Bulletin, Issue 14, Summer 2026 | LSCP</title>
<style>body{{font-family:Georgia,serif;margin:0;}} main{{max-width:720px;margin:0 auto;}} .date{{color:#666;}}</style>
</head>
<body>
<div class="top-bar"><a href="{SITE}/">LSCP home</a> | <a href="{SITE}/bulletin">All bulletins</a></div>
<main>
<h1>Briefing Bulletin: Issue 14, Summer 2026</h1>
<p class="issue">From the {PARTNERSHIP}. Published 16 July 2026.</p>
<p>The Briefing Bulletin goes to everyone on the LSCP mailing list: practitioners, managers, designated
safeguarding leads and volunteers who work with children and families in Larkhaven.</p>
{posts}
<section class="courses">
<h2>Book your place: multi-agency courses</h2>
<ul>
{rows}
</ul>
<p>LSCP courses are free to anyone who works or volunteers with children in Larkhaven. A charge of 75 pounds is
made for places that are not used and not cancelled at least 3 working days before the course.</p>
</section>
<section class="diary">
<h2>Save the date</h2>
<p>The LSCP annual conference, Seen and Heard, will be held on 4 March 2027 at Larkhaven Pavilion.</p>
</section>
</main>
<div class="footer"><p>{PARTNERSHIP}, Quayside Chambers, 2 Harbour Parade, Larkhaven LK4 9RB.
<a href="{SITE}/bulletin/unsubscribe">Unsubscribe</a></p></div>
</body>
</html>
"""


# -- DOCX tea-break guide and 7-minute briefing ---------------------------------------------

NUDES = [
    ("1. What we are talking about",
     [("Young people often call it sending nudes; adults tend to say sexting. It means a child under 18 sharing a "
       "naked or semi-naked picture or video of themselves or another child, by phone, app, social media or "
       "game chat."),
      ("Making, holding or sharing a sexual image of anyone under 18 is against the law, even when two 16 year "
       "olds share pictures of themselves with each other. The police in England can record an incident like this "
       "without taking action that would harm the young person's future.")]),
    ("2. How common is it in Larkhaven?",
     [("In the autumn 2025 Larkhaven Pupil Voice survey, 2,300 pupils in Years 9 to 11 took part. Of them, 31 "
       "percent said they had been asked for a nude image, and 1 in 8 said an image of them had been shared "
       "without their agreement.")]),
    ("3. What to do straight away",
     ["Do not look at the image, and never ask the young person to show it to you or send it to you.",
      "Do not copy, print, forward or save the image, even to pass it on to your DSL.",
      "If a device needs to be kept, switch it off and lock it away, and tell your DSL.",
      "Tell your designated safeguarding lead (DSL) on the same day.",
      "Reassure the young person that they have done the right thing by telling someone."]),
    ("4. When the DSL must refer",
     ["an adult is involved in making, asking for or sharing the image;",
      "the young person has been pressured, threatened or blackmailed;",
      "the young person is under 13;",
      "the image shows acts that are unusual for the child's age or that are violent;",
      "the young person is at immediate risk of harm, for example because they are talking about self-harm."]),
    ("5. Sextortion",
     [("Sextortion is when someone threatens to share a sexual image unless the young person pays money or sends "
       "more images. Boys aged 14 to 17 are the group most often targeted. Tell the young person not to pay and "
       "not to delete the messages, and to stop replying. Always report sextortion to the police.")]),
    ("6. Getting images taken down",
     [("Young people can use Childline's Report Remove tool to ask for a nude image of themselves to be removed "
       "from the internet. They do not need to give their name to the police to use it.")]),
    ("7. Recording and local support",
     [("Schools in Larkhaven record every incident on the Larkhaven Image Sharing Record within 24 hours. The "
       "LSCP Online Safety Lead, Maddie Trevane, gives advice to DSLs at onlinesafety@larkhaven-scp.example.org. "
       "When the DSL must refer, contact the Larkhaven Children's Advice Point (LCAP) on 01632 960900.")]),
    ("8. Questions for your team",
     ["Do our pupils know who they can tell, and that they will not be blamed?",
      "Where would we keep a device safely if we needed to?"]),
]


def nudes_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Sharing Nudes and Semi-Nudes",
                  f"A ten-minute read from the {PARTNERSHIP}. Issued: 24 February 2026.",
                  NUDES, bullets=("3.", "4.", "8."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 2, 24, 9, 0, 0))


TRANSITIONS = [
    ("1. Background",
     [("Turning 18 does not make a young person safe. Many young people who were supported by children's services "
       "lose that help on their 18th birthday, just when exploitation, homelessness and mental ill health can "
       "peak. This briefing is about planning the move from children's to adult services.")]),
    ("2. Why it matters in Larkhaven",
     [("In 2025-26, 64 young people in Larkhaven were referred to the Transitions Team. Of these, 19 were referred "
       "after their 17th birthday, which left too little time to plan.")]),
    ("3. Who needs a transition plan",
     [("Any young person with care and support needs that are likely to continue into adulthood, including "
       "disabled young people, young people with serious mental health needs, care leavers and young people at "
       "risk of exploitation.")]),
    ("4. Timescales",
     [("Young people with care and support needs should be discussed at the Preparing for Adulthood Panel from "
       "the age of 14. The panel meets monthly. A referral to the Transitions Team should be made by the young "
       "person's 16th birthday, and no later than the age of 17 years and 6 months. A Transition Plan should be "
       "agreed at least 6 months before the 18th birthday.")]),
    ("5. Exploitation does not stop at 18",
     [("Young adults aged 18 to 25 who are at risk of exploitation can be discussed at the Harbour Team's Young "
       "Adults Forum, which meets monthly. Adult safeguarding concerns should be raised with Larkhaven Adult "
       "Social Care.")]),
    ("6. What you can do",
     [("Start talking about adulthood early, and ask the young person what they want. From the age of 16, a young "
       "person is presumed to have mental capacity to make their own decisions. Contact the Transitions Team on "
       "01632 960970 or at transitions@larkhaven.example.org.")]),
    ("7. Questions to reflect on",
     ["Which young people on my caseload turn 18 in the next year?",
      "Who will be their worker the day after their 18th birthday?"]),
]


def transitions_docx(path: Path) -> None:
    wv.guide_docx(path, "7-Minute Briefing: Moving On to Adult Services",
                  f"A 7-minute briefing from the {PARTNERSHIP}. Issued: 8 October 2026.",
                  TRANSITIONS, bullets=("7.",), author=PARTNERSHIP,
                  when=dt.datetime(2026, 10, 8, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing sets out the learning from a local child safeguarding practice review about Child D, a "
           "15-year-old boy who was seriously injured in March 2025 while he was being criminally exploited. The "
           "review was led by an independent reviewer, Sian Ellery-Voss, with the practitioners who knew Child D "
           "and his family. Child D has recovered and agreed to the review being shared.")),
    ("h", "Background"),
    ("p", ("Child D lived with his mother and two younger sisters. In Year 10 he was moved to a reduced timetable of "
           "2 hours a day after a series of exclusions. The reduced timetable lasted 14 weeks. Over 4 months he "
           "was reported missing 11 times, and he accepted a return home interview only once.")),
    ("p", ("In January 2025 Child D was arrested in a town in a neighbouring county with 2 mobile phones and 600 "
           "pounds in cash. He was charged with possession with intent to supply. An NRM referral was not made "
           "until 9 weeks after the arrest. In March 2025 he was stabbed in a flat used for dealing, and spent 3 "
           "weeks in hospital.")),
    ("h", "What the review found"),
    ("p", ("Finding 1: The reduced timetable was meant to last 6 weeks but was never reviewed, and on the days he "
           "was not in school nobody knew where Child D was.")),
    ("p", ("Finding 2: The exploitation screening tool was completed twice and both times gave a low rating, because "
           "the missing episodes were recorded on a different system and were not counted.")),
    ("p", ("Finding 3: After the arrest, Child D was seen as an offender rather than as a child being exploited, "
           "and the Harbour Team was not told for 3 weeks.")),
    ("h", "Learning for practitioners"),
    ("n", "A reduced timetable is a safeguarding risk: ask where the child is for the rest of the day."),
    ("n", "Count every missing episode when you complete the LEST, wherever it is recorded."),
    ("n", "A child found with drugs, cash or several phones may be a victim of exploitation first."),
    ("n", "Tell the Harbour Team the same day when a child you work with is arrested away from home."),
    ("h", "What has changed since the review"),
    ("p", ("Schools must now tell the Larkhaven Inclusion Team about every reduced timetable within 5 school days, "
           "and review it every 2 weeks. The LEST has been revised so that a child missing 3 or more times in 90 "
           "days is rated at least medium. The Harbour Team now receives a daily list of children arrested in "
           "Larkhaven, and an NRM referral is considered within 48 hours of an arrest like Child D's.")),
    ("h", "Questions for your team"),
    ("b", "How many children in our setting are on a reduced timetable today, and for how long?"),
    ("b", "Who in our team would tell the Harbour Team if one of our children were arrested?"),
]

ANNUAL = [
    ("h", "Foreword from the Independent Scrutineer"),
    ("p", ("This was the first full year of the Larkhaven Children's Advice Point, and I have been impressed by how "
           "quickly partners have adopted it. The Neglect Compass is now used in every sector, and the review of "
           "Child D has changed how we respond to children on reduced timetables and children who are arrested. "
           "My main concern for the year ahead is the number of young people who reach 18 without a plan. "
           "Dr Helena Marchbank, Independent Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Larkhaven Council, Coast and Vale Integrated Care Board and "
           "Larkhaven and Downland Police. For 2025-26 the Director of Children's Services acted as Lead "
           "Safeguarding Partner. The partnership budget was 548,000 pounds: the council contributed 50 percent, "
           "the Integrated Care Board 30 percent and the police 20 percent.")),
    ("h", "Activity in numbers"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts received by LCAP", "9,846", "10,372"],
           ["Contacts rated red", "1,204", "1,318"],
           ["Referrals to children's social care", "2,107", "2,236"],
           ["Re-referrals within 12 months", "21%", "18%"],
           ["Family Help Assessments completed", "1,390", "1,512"],
           ["Section 47 enquiries", "784", "812"],
           ["Initial child protection conferences", "276", "301"],
           ["Children on a child protection plan at 31 March", "219", "244"],
           ["Allegations referred to the LADO", "132", "167"],
           ["Private fostering notifications", "14", "21"],
           ["Children discussed at MACE", "88", "103"],
           ["NRM referrals for children", "22", "35"],
           ["Neglect Compass assessments completed", "640", "1,420"],
           ["Rapid reviews", "2", "3"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 48 percent of child protection plans, emotional abuse "
           "for 36 percent, physical abuse for 10 percent and sexual abuse for 6 percent. The rise in plans is "
           "mostly explained by neglect, and the partnership believes that better use of the Neglect Compass has "
           "brought neglect to light earlier.")),
    ("h", "Allegations against staff"),
    ("p", ("Of the 167 allegations referred to the LADO, 38 percent came from education, 19 percent from early "
           "years and childcare, and 12 percent from sport, faith and leisure groups. 71 percent of cases were "
           "concluded within 1 month, below the local target of 80 percent.")),
    ("h", "Reviews and child deaths"),
    ("p", ("Three rapid reviews were completed. One led to the local child safeguarding practice review about Child "
           "D. The Coastal CDOP completed reviews of 18 deaths of Larkhaven children, and found modifiable factors in "
           "6 of them. Unsafe sleeping arrangements were the most common modifiable factor for babies.")),
    ("h", "Training"),
    ("p", ("3,412 people attended LSCP training in 2025-26, and 91 percent of those who completed an evaluation "
           "rated their course good or excellent. The most booked course was Neglect Compass practitioner training.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The partners have agreed three priorities for 2026-27: neglect, exploitation outside the home, and the "
           "transition to adulthood. Progress will be reported to the LSCP Executive every quarter.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child D",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 30 June 2026.", BRIEFING,
                 "Larkhaven SCP | Learning Briefing: Child D | June 2026",
                 f"{PARTNERSHIP} - larkhaven-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "LSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. Covering April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Larkhaven SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - larkhaven-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Larkhaven document into `out`; returns the paths written."""
    return wv.write_area(out, LARKHAVEN, CHAPTERS, ("briefing-bulletin-summer-2026.html", bulletin_html()),
                         {"tea-break-guide-sharing-nudes.docx": nudes_docx,
                          "7-minute-briefing-transitions.docx": transitions_docx,
                          "learning-briefing-child-d.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Larkhaven in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
