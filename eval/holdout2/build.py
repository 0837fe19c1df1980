"""Build the second held-out corpus (Northfold), and assemble demo corpus + Northfold for evaluation.

Run from the repository root:  python eval/holdout2/build.py

Northfold is a fifth fictional partnership, written after the answer pipeline was tuned and without
reading how it ranks or answers. The page template, Word guide and PDF writers come from
eval/holdout/build.py so both held-out sets are built the same reproducible way (fixed zip
timestamps, reportlab invariant mode); only Northfold's own words live here.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "northfold"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Northfold Safeguarding Children Partnership"
SITE = "https://northfold-scp.example.org"
NORTHFOLD = wv.Area(partnership=PARTNERSHIP, site=SITE, updated="14 September 2026", abbr="NSCP",
                    address="Wharfside House, 12 Tanner Row, Northfold NF1 3JD",
                    menu=("The Safeguarding Hub", "Out of hours", "Exploitation and missing", "Domestic abuse",
                           "Staff, allegations and escalation"),
                    updated_label="Last updated")

# -- HTML procedure chapters --------------------------------------------------------------

REFERRAL = """
<h2>1. Who this chapter is for</h2>
<p>Anyone who works or volunteers with children in Northfold and is worried that a child may be in need or may be
suffering harm. Every referral to children's social care in Northfold goes through a single front door: the
Northfold Safeguarding Hub. The Hub brings social workers, police officers, health visitors, education
officers and early help staff together in one team at Wharfside House.</p>

<h2>2. How to reach the Hub</h2>
<ul>
<li>Professionals' line: 01632 960700. The Hub takes calls Monday to Friday, 8am to 7pm.</li>
<li>Line for parents and members of the public: 01632 960701.</li>
<li>Secure email: hub@northfold-scp.example.org</li>
<li>Online Multi-Agency Referral Form (MARF), on the partnership website.</li>
</ul>
<p>Between 7pm and 8am on weekdays, at weekends and on bank holidays, phone the Northfold Night and Weekend Social
Work Team on 01632 960799. If a child is in immediate danger, dial 999 first.</p>

<h2>3. Urgent and non-urgent referrals</h2>
<p>If you think a child is suffering or is likely to suffer significant harm, ring the Hub. Do not rely on an
email or an online form for an urgent worry. Once you have spoken to a Hub social worker, complete the online
MARF within 48 hours so the Hub has your concerns in writing.</p>
<p>For worries that are not urgent, complete the online MARF without phoning. The Hub sends an email to confirm
it has your form within one working day. The Word version of the MARF will be withdrawn on 2 November 2026;
after that date the Hub will only accept the online form.</p>
<p>A good referral says what you have seen or heard, what it means for the child, what the child has said and
what help has already been tried. Give the names, dates of birth and addresses of the child, the parents and
anyone else in the household.</p>

<h2>4. Ask the Hub: advice before you refer</h2>
<p>If you are unsure whether to refer, phone the Ask the Hub advice line on 01632 960711. An advanced
practitioner answers the line on Tuesdays and Thursdays from 10am to 12 noon. Designated safeguarding leads in
schools and early years settings can also book a 20-minute case discussion with a Hub social worker on
Wednesday afternoons. Advice from Ask the Hub is not a referral: you still decide, with your own safeguarding
lead, what to do next.</p>

<h2>5. What happens to your referral</h2>
<p>Within 2 hours of arriving, every contact is given a priority rating by a Hub practice manager:</p>
<ul>
<li>Red: a child may be at risk of significant harm. A decision is made on the same day.</li>
<li>Amber: there are serious concerns but no immediate risk. A decision is made within 1 working day.</li>
<li>Green: the child may need help but is not at risk of harm. A decision is made within 3 working days.</li>
</ul>
<p>The decision may be information and advice, a referral to early help, a child and family assessment, or a
strategy discussion. The Hub will tell you the outcome within 3 working days of the decision. If you have not
heard, ring the professionals' line and ask for the Hub practice manager on duty.</p>

<h2>6. Talking to parents and consent</h2>
<p>Explain to parents that you are worried and that you are contacting the Hub, and ask for their agreement,
unless telling them could put the child at greater risk or harm a police investigation. Consent is needed for
early help, but you do not need consent to refer a child you believe is at risk of significant harm. Write down
what you told the parents and what they said.</p>

<h2>7. Unborn babies</h2>
<p>Refer concerns about an unborn baby to the Hub as soon as they arise and by 16 weeks of pregnancy at the
latest. The pre-birth assessment should be finished by 28 weeks of pregnancy, so that any child protection
conference can be held well before the birth.</p>

<h2>8. Children who live outside Northfold</h2>
<p>The local authority where the child is living at the time is responsible for the referral. If a child who
lives elsewhere is at risk while in Northfold, for example on a visit or at a Northfold school, phone the Hub,
which will pass the referral to the home authority and agree who acts first.</p>
"""

OUT_OF_HOURS = """
<h2>1. About the service</h2>
<p>The Northfold Night and Weekend Social Work Team answers emergencies about children when the Northfold
Safeguarding Hub is closed. The team works from 7pm to 8am on weekdays, from 7pm on Friday until 8am on Monday,
and all day on bank holidays. It also covers emergency adult social care, so calls are dealt with in order of
risk rather than the order they arrive.</p>

<h2>2. Contact details</h2>
<ul>
<li>Night and Weekend Social Work Team: 01632 960799</li>
<li>Line for police, hospitals and other professionals only: 01632 960798</li>
</ul>
<p>Please do not email the team. Emails sent at night or at the weekend are not read until the Hub opens.</p>

<h2>3. When to call</h2>
<p>Call the team only when a child's safety cannot wait until the Hub opens. Examples are:</p>
<ul>
<li>a child has been left alone or abandoned, or their carer has been arrested or taken to hospital;</li>
<li>a child has told you about abuse and is going back tonight to the person they have named;</li>
<li>a child needs somewhere safe to stay tonight, including a 16 or 17 year old who is homeless;</li>
<li>a child has been taken into police protection.</li>
</ul>
<p>Anything that can safely wait should go to the Hub in the morning.</p>

<h2>4. Who is on shift</h2>
<p>Each night there are two social workers and a senior practitioner on shift, and a team manager is on call
from home. At weekends a third social worker works from 10am to 10pm on Saturdays and Sundays.</p>

<h2>5. Somewhere safe to stay</h2>
<p>Northfold keeps four emergency foster placements free every night for children who need to be looked after
at short notice. The team decides who uses them. Where a young person aged 16 or 17 is homeless, the team can
arrange a room at Tannery Lodge supported lodgings for up to 3 nights, until the Hub and the housing service
complete a joint assessment.</p>

<h2>6. Strategy discussions and medicals out of hours</h2>
<p>Out of hours, strategy discussions are held by phone between the senior practitioner, the police and, where
needed, the on-call paediatrician. Child protection medicals at night or at weekends take place at the Rowan
Children's Unit at Kellbrook General Hospital.</p>

<h2>7. What happens the next day</h2>
<p>The team records every call and sends a handover to the Hub by 9.30am on the next working day. If you
contacted the team, you do not have to make a second phone call, but you must still complete the online MARF
within 48 hours.</p>
"""

LADO = """
<h2>1. Introduction</h2>
<p>This chapter is for employers, managers, designated safeguarding leads and volunteers in Northfold. It
explains what to do when an adult who works with children, paid or unpaid, may have harmed a child or may not
be safe to work with children. In Northfold these concerns are managed by the Local Authority Designated
Officer (LADO) service.</p>

<h2>2. The Northfold LADO service</h2>
<p>The service has two designated officers: Priyanka Holloway-Mensah, who is the Lead LADO, and Gareth
Quennell. Contact the service on 01632 960750 or lado@northfold-scp.example.org. The service is open Monday to
Thursday, 9am to 5pm, and Friday, 9am to 4.30pm. Out of hours, if a child may be at immediate risk, phone the
Night and Weekend Social Work Team on 01632 960799, then email the LADO so the concern is picked up the next
working day.</p>

<h2>3. When to contact the LADO</h2>
<p>Contact the LADO if an adult who works with children has:</p>
<ul>
<li>behaved in a way that has harmed, or may have harmed, a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that shows they may pose a risk of harm; or</li>
<li>behaved in a way that shows they may not be suitable to work with children, including outside work.</li>
</ul>

<h2>4. Timescales for employers</h2>
<p>The employer's named senior manager must speak to the LADO on the same working day that they learn of the
allegation. In a school this is the headteacher; if the allegation is about the headteacher, the chair of
governors contacts the LADO. After the call, send the Northfold LADO Referral Form by the end of the next
working day.</p>
<p>Do not investigate, question the child again or warn the adult before you have spoken to the LADO. Write down
what you were told and what you saw, sign and date your notes, and keep them secure.</p>

<h2>5. What the LADO does</h2>
<p>Within 3 working days the LADO decides whether the concern meets the threshold for the allegations process.
If it does, the LADO holds an Allegation Management Meeting within 7 working days of the referral. The meeting
agrees who will investigate, whether the police are involved, how the child will be supported and how the adult
will be kept informed. Review meetings are held at least every 6 weeks until the case is concluded.</p>

<h2>6. Suspension</h2>
<p>Suspension is not automatic. The employer decides whether to suspend, after considering alternatives such as
moving the adult to other duties or making sure they are not alone with children.</p>

<h2>7. Outcomes</h2>
<ul>
<li>Substantiated: there is enough evidence to show that the allegation happened.</li>
<li>False: there is enough evidence to show that it did not happen.</li>
<li>Malicious: the allegation was made up on purpose to deceive or to cause harm.</li>
<li>Unsubstantiated: there is not enough evidence either to prove or to disprove it.</li>
<li>Unfounded: there is no evidence or proper basis to support the allegation.</li>
</ul>

<h2>8. Low-level concerns</h2>
<p>A low-level concern is behaviour that does not meet the harm threshold but is not in line with the
organisation's code of conduct. Keep a record of every low-level concern. If a designated safeguarding lead
has three low-level concerns about the same adult within 12 months, they should ask the LADO for advice
because a pattern may be forming.</p>

<h2>9. Referral to the Disclosure and Barring Service</h2>
<p>Where an employer dismisses an adult, or would have done had they not resigned, because they harmed or posed
a risk to a child, the employer must refer them to the Disclosure and Barring Service. Northfold asks employers
to make this referral within one month of the outcome.</p>
"""

ESCALATION = """
<h2>1. Purpose</h2>
<p>Practitioners will sometimes disagree about a child: about whether a threshold is met, what a plan should
say, or whether it is working. Disagreement is healthy, but when it is left unresolved children can slip
through the gaps. This policy sets out how to resolve a professional disagreement in Northfold quickly and
with the child at the centre.</p>

<h2>2. If the child is at immediate risk</h2>
<p>Do not wait for this process. Phone 999 or the Northfold Safeguarding Hub on 01632 960700.</p>

<h2>3. The four stages</h2>
<p>Northfold has a four-stage escalation process. Move to the next stage only if the disagreement has not been
resolved within the timescale for the stage you are at.</p>
<table class="stages">
<caption>Northfold escalation stages</caption>
<thead><tr><th>Stage</th><th>Who is involved</th><th>Resolve within</th></tr></thead>
<tbody>
<tr><td>Stage 1</td><td>The two practitioners who disagree talk it through directly.</td><td>2 working days</td></tr>
<tr><td>Stage 2</td><td>Their line managers or designated safeguarding leads discuss it.</td>
<td>5 working days</td></tr>
<tr><td>Stage 3</td><td>Heads of service or designated health professionals meet.</td><td>5 working days</td></tr>
<tr><td>Stage 4</td><td>The Northfold Resolution Panel, chaired by the NSCP Partnership Manager, makes a final
decision.</td><td>10 working days</td></tr>
</tbody>
</table>

<h2>4. Fast-track escalation</h2>
<p>If the disagreement is about whether a child is at risk of significant harm, for example whether a
strategy discussion should be held, you may go straight to Stage 3 on the same day. Tell your own manager that
you have done so.</p>

<h2>5. Recording</h2>
<p>Record each stage on the Northfold Escalation Form and on the child's file, and send a copy of the form to
escalations@northfold-scp.example.org. The partnership business unit reports the number and themes of
escalations to the Practice Quality subgroup every quarter.</p>

<h2>6. The Northfold Resolution Panel</h2>
<p>The panel is chaired by the NSCP Partnership Manager, currently Hattie Vance-Ikeji, and includes a senior
manager from each of the three safeguarding partners who has not been involved with the child. The panel's
decision is final.</p>

<h2>7. Disagreeing with a child protection conference</h2>
<p>If you disagree with a decision made at a child protection conference, tell the independent chair at the
meeting. If it is not resolved, write to the Safeguarding and Reviewing Service manager within 2 working days of
the conference. The decision of the conference stands while your concern is looked at.</p>
"""

MISSING = """
<h2>Part A: Children who go missing from home or care</h2>

<h3>1. What we mean by missing</h3>
<p>A child is missing when their whereabouts cannot be established and the circumstances are out of character,
or suggest they may be at risk of harm. A child who is not where they are expected to be, but whose
whereabouts are known, is not missing: they are absent, and the plan for them should still be followed.</p>

<h3>2. Reporting a child missing</h3>
<p>Parents should ring 999 if they believe the child is in immediate danger, and 101 otherwise. Foster carers
and children's homes must report a child to the police no later than 2 hours after the child was due back, and
straight away if the child is under 13 or is known to be at risk of exploitation. They must tell the child's
social worker, or the Night and Weekend Social Work Team out of hours.</p>
<p>Every child in care in Northfold has a Missing Profile with a recent photograph, the names of friends and the
places they go. The social worker updates it every 3 months, and after every missing episode.</p>

<h3>3. Return Home Conversations</h3>
<p>When a child comes back, they are offered a Return Home Conversation with an independent worker from Safe
Return Northfold, a local children's charity. The conversation should take place within 72 hours of the child's
return. Safe Return Northfold can be contacted on 01632 960740. The child can choose where the conversation
happens, and can ask for a worker they already know.</p>

<h3>4. Missing meetings</h3>
<p>A multi-agency missing meeting is held when a child has gone missing 3 or more times in 30 days, or has been
missing for more than 24 hours on any one occasion. The meeting is chaired by a team manager from children's
social care and looks at where the child goes, who they are with and whether they are being exploited.</p>

<h2>Part B: Children missing education</h2>

<h3>5. When to refer</h3>
<p>If a pupil has been absent for 5 consecutive school days without an explanation, and you cannot contact the
family, refer them to the Northfold Children Missing Education Team on 01632 960745 or at
cme@northfold-scp.example.org. Refer straight away if you also have a safeguarding worry about the child.</p>

<h3>6. Home education and part-time timetables</h3>
<p>When a parent decides to educate their child at home, the school must tell the Children Missing Education
Team. The Northfold Home Education Adviser offers the family a visit within 15 school days of being told.</p>
<p>A part-time timetable must be agreed with the parents, reported to the Children Missing Education Team and
reviewed at least every 6 weeks. It should never last longer than one school term.</p>
"""

EXPLOITATION = """
<h2>1. What child exploitation means</h2>
<p>Child exploitation happens when a person or a group uses a power imbalance to make a child take part in
sexual or criminal activity, in return for something the child needs or wants, or for the benefit of the
person exploiting them. Child sexual exploitation (CSE) and child criminal exploitation (CCE) are both child
abuse, even when the activity seems to the child to be consensual. County lines is a form of CCE in which
children are used to carry and sell drugs across areas, often using a dedicated phone line.</p>

<h2>2. Signs to notice</h2>
<ul>
<li>going missing, or coming home late with no explanation;</li>
<li>new phones, clothes or money that the family cannot account for;</li>
<li>older friends, or being picked up in cars by adults nobody knows;</li>
<li>injuries the child will not explain, or a sudden fall in school attendance;</li>
<li>being found in another town, or with drugs or cash on them.</li>
</ul>

<h2>3. The Northfold Exploitation Screening Tool</h2>
<p>If you are worried that a child is being exploited, complete the Northfold Exploitation Screening Tool
(NEST) with your safeguarding lead. If the NEST shows medium or high risk, send it with an online MARF to the
Northfold Safeguarding Hub. If it shows low risk, keep working with the child and repeat the NEST at least every
12 weeks while the concerns continue.</p>

<h2>4. The Horizon Team</h2>
<p>The Horizon Team is Northfold's specialist exploitation service. It works with young people aged 10 to 21,
and with care leavers up to the age of 25. Contact the team on 01632 960760 or at
horizon@northfold-scp.example.org. A Horizon youth worker is based in the emergency department at Kellbrook
General Hospital on Friday and Saturday evenings, to reach young people who arrive with injuries or after
using drugs.</p>

<h2>5. Exploitation and Missing Risk Meeting</h2>
<p>Children assessed as being at high risk of exploitation are discussed at the Exploitation and Missing Risk
Meeting (EMRM), which meets every Thursday morning. The EMRM shares intelligence about places, vehicles and
adults of concern, and agrees plans to disrupt them. The Northfold Exploitation Strategic Board meets every
quarter to look at patterns across the area.</p>

<h2>6. County lines and cuckooing</h2>
<p>Northfold Police's operation against county lines is called Operation Kestrel. If you think someone's home
has been taken over by people dealing drugs, known as cuckooing, report it to the police on 101 and to the
Northfold Community Safety Team on 01632 960765. If a child lives at or visits the address, also contact the
Hub.</p>

<h2>7. The National Referral Mechanism</h2>
<p>A child who has been trafficked or exploited should be referred to the National Referral Mechanism (NRM).
Only first responder organisations, such as children's social care and the police, can submit a referral.
The Horizon Team will help you with it. Children do not need to consent to an NRM referral.</p>

<h2>8. The words we use</h2>
<p>Describe what is happening to the child, not what the child is choosing. Say a young person is being
exploited or groomed; do not say they are putting themselves at risk, that they are in a relationship with an
adult who exploits them, or that they are a drug runner.</p>
"""

DOMESTIC_ABUSE = """
<h2>1. Domestic abuse and children</h2>
<p>Domestic abuse is abusive behaviour between people aged 16 or over who are personally connected, such as
partners, former partners or relatives. It includes physical, sexual, emotional and economic abuse and
controlling or coercive behaviour. A child who sees, hears or experiences the effects of domestic abuse, and
is related to either person, is a victim of domestic abuse in their own right.</p>

<h2>2. Asking about domestic abuse</h2>
<p>Ask about domestic abuse only when you can speak to the adult on their own, never in front of a partner,
family member or child over the age of 2. Use a professional interpreter, not a relative or friend.</p>

<h2>3. Assessing risk</h2>
<p>Practitioners in Northfold use the DASH risk checklist. A victim is considered high risk if they answer yes
to 14 or more questions, if your professional judgement says so, or if the police have been called to 3 or
more incidents involving the same couple in 12 months.</p>

<h2>4. MARAC in Northfold</h2>
<p>The Northfold MARAC (multi-agency risk assessment conference) meets every Tuesday afternoon at Wharfside
House. Send the MARAC referral form to the MARAC coordinator by 12 noon on the Wednesday of the week before the
meeting. The coordinator can be reached on 01632 960770 or at marac@northfold-scp.example.org.</p>
<p>Where a family with children is discussed at MARAC, the Hub checks what is known about every child in the
household before the meeting, and a social care manager takes part in the discussion.</p>
<p>Teenagers under 16 who are being abused by a partner are not discussed at MARAC. Refer them to the Hub as a
child protection concern.</p>

<h2>5. Support for victims</h2>
<p>Every high-risk victim is offered an independent domestic violence adviser (IDVA) from the Northfold Harbour
IDVA Service, on 01632 960772. An IDVA will try to contact the victim within 24 hours of the referral.</p>

<h2>6. Operation Encompass</h2>
<p>When the police attend a domestic abuse incident in a household with a child, they tell the child's school
through Operation Encompass. In Northfold the school's key adult hears by 9am on the next school day, so that
staff can be ready to support the child.</p>

<h2>7. Working with people who harm</h2>
<p>Changing Course is Northfold's 24-week group programme for fathers and male carers who have been abusive.
Referrals are made through the Changing Course team on 01632 960775. Attending the programme does not replace a
child protection plan.</p>
"""

THRESHOLDS = """
<h2>Introduction</h2>
<p>The Northfold levels of need give practitioners across the Northfold Safeguarding Children Partnership a
shared language for how much help a child needs. There are four levels. They are a guide to professional
judgement, not a checklist, and a child may move between levels as things change.</p>

<h2>The four levels at a glance</h2>
<table class="levels">
<caption>Northfold levels of need</caption>
<thead><tr><th>Level</th><th>What it means</th><th>Examples</th><th>What you should do</th></tr></thead>
<tbody>
<tr><td>Level 1: Universal</td><td>The child's needs are met by their family and everyday services.</td>
<td>Healthy, settled at school, attendance above 95 percent.</td><td>Keep offering universal services.</td></tr>
<tr><td>Level 2: Early help</td><td>The child and family need extra help that is coordinated by a lead
practitioner.</td><td>Attendance between 85 and 95 percent; a parent struggling with low mood; early signs of
neglect.</td><td>Start a Northfold Early Help Assessment with the family's agreement.</td></tr>
<tr><td>Level 3: Child in need</td><td>The child's needs are complex and a social work assessment is
needed.</td><td>Neglect that has not improved with early help; a parent's drinking affecting the child's
care.</td><td>Complete the online MARF and send it to the Northfold Safeguarding Hub.</td></tr>
<tr><td>Level 4: Child protection</td><td>The child is suffering, or is likely to suffer, significant
harm.</td><td>A child discloses abuse; a bruise on a baby who is not mobile; a child being sexually
exploited.</td><td>Phone the Hub on 01632 960700 straight away, or 999 in an emergency.</td></tr>
</tbody>
</table>

<h2>Early help in Northfold</h2>
<p>Any practitioner can start a Northfold Early Help Assessment (EHA) if the family agrees. Young people aged 16
and over can agree to an EHA for themselves. The practitioner who starts it usually becomes the lead
practitioner and calls a Team Around the Family meeting. Team Around the Family meetings are held every 6
weeks while the plan is open.</p>
<p>The Early Help Coordination Team gives advice and keeps a record of every open EHA. Contact the team on
01632 960720 or at earlyhelp@northfold-scp.example.org.</p>

<h2>Neglect: the Home Conditions and Care Tool</h2>
<p>Where neglect is a worry, use the Northfold Home Conditions and Care Tool. It scores each area of care from 1,
meaning good care, to 5, meaning severe neglect. A score of 4 or 5 in any area means you should refer to the
Hub. Repeat the tool every 3 months so that the family and the professionals can see whether care is getting
better.</p>

<h2>Stepping down</h2>
<p>When a social care case closes and the family still need help, the social worker holds a step-down meeting
with the new lead practitioner within 10 working days of the decision to close.</p>
"""

CHAPTERS = {
    "referral.html": ("Making a Referral to the Northfold Safeguarding Hub", "14 September 2026", REFERRAL),
    "out-of-hours.html": ("Out of Hours: the Night and Weekend Social Work Team", "2 July 2026", OUT_OF_HOURS),
    "lado.html": ("Allegations Against People Who Work with Children", "21 May 2026", LADO),
    "escalation.html": ("Resolving Professional Disagreements", "9 March 2026", ESCALATION),
    "missing-children.html": ("Children Missing from Home, Care or Education", "30 June 2026", MISSING),
    "child-exploitation.html": ("Child Exploitation, Including County Lines", "11 August 2026", EXPLOITATION),
    "domestic-abuse-marac.html": ("Domestic Abuse and MARAC", "19 January 2026", DOMESTIC_ABUSE),
    "levels-of-need.html": ("Northfold Levels of Need: Thresholds Guidance", "14 September 2026", THRESHOLDS),
}

# -- practice bulletin (an email newsletter, laid out differently from Westvale's) ---------------

BULLETIN_ITEMS = [
    ("New professionals' number for the Night and Weekend Team",
     ("Police, hospitals and other professionals should now use the new professionals' line to the Night and "
      "Weekend Social Work Team: 01632 960798. The old professionals' number, 01632 960797, will be switched off "
      "on 5 October 2026. "
      "Parents and the public should still ring 01632 960799.")),
    ("The online MARF replaces the Word form",
     ("From 2 November 2026 the Northfold Safeguarding Hub will only accept referrals made on the online MARF. "
      "Word forms sent by email after that date will be returned to the sender. Urgent worries must still be "
      "phoned through first.")),
    ("Welcome to our new Independent Scrutineer",
     ("Dr Imogen Tallis-Boateng joined the partnership as Independent Scrutineer on 1 September 2026. She "
      "will spend her first months visiting front-line teams and wants to hear from practitioners about what "
      "gets in the way of good practice.")),
    ("Northfold Safeguarding Week",
     ("Safeguarding Week 2026 runs from 9 to 13 November, with daily lunchtime webinars on neglect, "
      "exploitation and working with fathers. The programme is on the partnership website.")),
    ("A busy month at the Hub",
     ("The Hub received 1,126 contacts in August 2026, the highest monthly number since it opened. Please "
      "use Ask the Hub for advice first if you are unsure whether a referral is needed.")),
]

BULLETIN_TRAINING = [
    ("Using the Home Conditions and Care Tool", "15 October 2026", "Online (Teams)"),
    ("Exploitation: spotting the signs early", "4 November 2026", "Kellbrook Community Hub"),
    ("Allegations management: a LADO briefing for DSLs and employers", "19 November 2026", "Online (Teams)"),
    ("Domestic abuse and babies", "3 December 2026", "Wharfside House, Northfold"),
]


def bulletin_html() -> str:
    """A practice bulletin as a mail tool would send it: divs and inline styles, no <main>."""
    box = 'style="background:#ffffff;margin:0 auto 12px;max-width:640px;padding:16px 20px;border-radius:4px;"'
    items = "\n".join(f'<div class="item" {box}>\n<h3 style="color:#3b2a6d;margin:0 0 8px;">{h}</h3>\n'
                      f'<p style="margin:0;line-height:1.5;">{p}</p>\n</div>' for h, p in BULLETIN_ITEMS)
    rows = "\n".join(f"<li><strong>{c}</strong>: {d}, {w}</li>" for c, d, w in BULLETIN_TRAINING)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NSCP Practice Bulletin - Autumn 2026</title>
<style>body{{font-family:Verdana,Geneva,sans-serif;background:#ecebf3;margin:0;}} .hidden{{display:none;}}</style>
</head>
<body>
<div {box}>
<p style="font-size:20px;font-weight:bold;color:#3b2a6d;margin:0;">NSCP Practice Bulletin - Autumn 2026</p>
<p>{PARTNERSHIP}. Last updated: 1 October 2026.</p>
<p>Sent to practitioners, team managers and designated safeguarding leads in Northfold.</p>
</div>
{items}
<div class="item" {box}>
<h3 style="color:#3b2a6d;margin:0 0 8px;">Multi-agency training dates</h3>
<ul>
{rows}
</ul>
<p>All courses are free to people who work or volunteer with children in Northfold. Book through the NSCP
learning zone.</p>
</div>
<div style="text-align:center;font-size:11px;color:#666;padding:12px;">
<p>You are receiving this bulletin because you signed up on the {PARTNERSHIP} website.</p>
<p><a href="{SITE}/bulletin/unsubscribe">Unsubscribe</a> | <a href="{SITE}/bulletin/archive">Past bulletins</a></p>
</div>
</body>
</html>
"""


# -- DOCX tea-break guide ------------------------------------------------------------------

BRUISING = [
    ("1. Why a bruise on a baby matters",
     [("A baby who cannot yet roll, crawl, pull to stand or cruise along furniture very rarely bruises by accident. "
       "A bruise, however small, on a baby who is not mobile may be the first sign of physical abuse, and a "
       "small injury missed now can come before a serious one later.")]),
    ("2. Who this guide covers",
     [("In Northfold the bruising protocol applies to every baby under 6 months old, and to any older child who "
       "is not yet moving around independently, including disabled children of any age.")]),
    ("3. What to do",
     ["Look at the mark and record its size, colour and position; do not try to explain it yourself.",
      "Tell the parent that you must share what you have seen, unless that would put the baby at risk.",
      ("Phone the Northfold Safeguarding Hub on 01632 960700, or the Night and Weekend Social Work Team on "
       "01632 960799 when the Hub is closed."),
      "Do not let the family leave a health setting before you have spoken to the Hub."]),
    ("4. What the Hub does",
     [("The Hub holds a strategy discussion and arranges an assessment by a paediatrician on the same day, at the "
       "Rowan Children's Unit at Kellbrook General Hospital. Any other children under 2 in the household should "
       "also be seen by a paediatrician within 24 hours.")]),
    ("5. Birthmarks",
     [("If you are not sure whether a mark is a bruise or a birthmark, treat it as a bruise and let the "
       "paediatrician decide. The only exception is a mark already recorded as a birthmark in the baby's red book "
       "by a health professional.")]),
    ("6. Northfold in numbers",
     [("In 2025 the Hub received 41 referrals under the bruising protocol. In 9 of them the paediatrician found "
       "other injuries that nobody had known about.")]),
    ("7. Questions for reflection",
     ["Would I feel confident telling a parent I have to share a bruise I have seen?",
      "Do I know who in my team to call if I am worried about a mark on a baby?"]),
    ("8. Find out more",
     [("Read the full bruising protocol on the partnership website, or contact the NSCP business unit at "
       "nscp@northfold-scp.example.org.")]),
]


def bruising_docx(path: Path) -> None:
    wv.guide_docx(path, "Tea-Break Guide: Bruising in Babies Who Are Not Mobile",
                  f"A tea-break guide from the {PARTNERSHIP}. Last updated: 7 April 2026.", BRUISING,
                  bullets=("3.", "7."), author=PARTNERSHIP, when=dt.datetime(2026, 4, 7, 9, 0, 0))


# -- PDF learning briefing and annual report extract ------------------------------------------

BRIEFING = [
    ("h", "About this briefing"),
    ("p", ("This briefing shares learning from a local child safeguarding practice review about three brothers, "
           "known as the Q children, who lived in Saltmoor with their mother and her partner. It is for everyone "
           "who works with children and families in Northfold.")),
    ("h", "What happened"),
    ("p", ("Over four years the family was referred to the Northfold Safeguarding Hub 11 times, mostly by the "
           "school and the health visitor, about poor home conditions, missed health appointments and the "
           "children arriving at school hungry. Each referral was looked at on its own, and 5 early help plans "
           "were opened and closed in that time.")),
    ("p", ("In January 2026 the youngest child, aged 2, was taken to hospital with a severe chest infection. He "
           "weighed less than most children of 12 months. The middle child, aged 6, needed 9 teeth removed, and "
           "the eldest, aged 9, had school attendance of 68 percent in the year before the review.")),
    ("h", "Key findings"),
    ("p", ("Finding 1: Start again syndrome. Each new referral was treated as a fresh concern. No agency put "
           "together a chronology, so nobody saw that the same worries had been raised for four years.")),
    ("p", ("Finding 2: Too many changes of worker. The family had 7 different lead practitioners and social "
           "workers in 30 months, and each change meant starting the relationship again.")),
    ("p", ("Finding 3: The mother's partner was not known to services. He had lived in the home for two years "
           "but was never asked about his role in caring for the children.")),
    ("p", ("Finding 4: The Home Conditions and Care Tool was not used. When it was finally completed, three areas "
           "of care scored 5.")),
    ("h", "Learning points for practitioners"),
    ("n", "Before you refer, read the family's history: look for patterns, not single incidents."),
    ("n", "Use the Home Conditions and Care Tool whenever neglect is a worry, and repeat it to measure change."),
    ("n", "Find out who else lives in the home or cares for the children, and include them in assessments."),
    ("n", "Do not close an early help plan because the family stop engaging: talk to the Hub first."),
    ("h", "What the partnership is doing"),
    ("p", ("From 1 January 2027 every Northfold agency must keep a neglect chronology for any child on an early "
           "help or child in need plan because of neglect. The partnership will train 400 practitioners to use "
           "the Home Conditions and Care Tool by March 2027.")),
    ("h", "Questions for your team"),
    ("b", "How would we know if a family we work with had been referred many times before?"),
    ("b", "When did we last ask who the other adults in a child's home are?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This extract from the annual report of the Northfold Safeguarding Children Partnership covers 1 April "
           "2025 to 31 March 2026. It was the last year in post for our Independent Scrutineer, Professor Lionel "
           "Achterberg, who praised practitioners for their commitment while noting that too many families are "
           "referred again and again before they get the right help.")),
    ("h", "The safeguarding partners"),
    ("p", ("Northfold's three safeguarding partners are Northfold Metropolitan Borough Council, the NHS Northfold "
           "and Kellbrook Integrated Care Board, and Northfold Police. Schools, early years settings, housing and "
           "the voluntary sector take part as relevant agencies.")),
    ("h", "Our priorities for 2025-26"),
    ("n", "Neglect: spotting it sooner and measuring whether plans make a difference."),
    ("n", "Child exploitation: disrupting the adults who exploit children, including through Operation Kestrel."),
    ("n", "Babies and domestic abuse: protecting babies under one in homes where there is domestic abuse."),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to the Northfold Safeguarding Hub", "11,842", "12,519"],
           ["Referrals to children's social care", "2,614", "2,487"],
           ["Re-referrals within 12 months", "24%", "22%"],
           ["Early Help Assessments started", "1,903", "2,246"],
           ["Section 47 enquiries", "876", "931"],
           ["Children on a child protection plan at 31 March", "244", "231"],
           ["Children looked after at 31 March", "352", "368"],
           ["Missing episodes reported to the police", "1,417", "1,285"],
           ["Return Home Conversations accepted", "61%", "67%"],
           ["Referrals to the LADO", "167", "189"],
           ["Cases discussed at MARAC", "702", "744"],
           ["Rapid reviews", "4", "3"]]),
    ("p", ("At 31 March 2026 the rate of children on a child protection plan was 38.6 per 10,000 children. Emotional "
           "abuse was the main category for 44 percent of plans, and neglect for 39 percent.")),
    ("h", "Allegations against staff"),
    ("p", ("The LADO service received 189 referrals, the most in five years. Education staff were the subject of 31 "
           "percent of referrals, and 58 percent of cases were concluded within three months.")),
    ("h", "Training"),
    ("p", ("The partnership ran 71 multi-agency courses during the year, with 2,380 attendances. The most booked "
           "course was Exploitation: spotting the signs early.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: The Q Children",
                 f"{PARTNERSHIP}. Local child safeguarding practice review. Last updated: 8 July 2026.", BRIEFING,
                 "Northfold SCP | Learning Briefing: The Q Children | July 2026",
                 f"{PARTNERSHIP} - northfold-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "Annual Report 2025-26: Extract",
                 f"{PARTNERSHIP}. Covering 1 April 2025 to 31 March 2026. Last updated: 22 September 2026.", ANNUAL,
                 "Northfold SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - northfold-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Northfold document into `out`; returns the paths written."""
    return wv.write_area(out, NORTHFOLD, CHAPTERS, ("practice-bulletin-autumn-2026.html", bulletin_html()),
                         {"tea-break-guide-bruising.docx": bruising_docx,
                          "learning-briefing-q-children.pdf": briefing_pdf,
                          "annual-report-2025-26-extract.pdf": annual_report_pdf})


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Northfold in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
