"""Build the held-out Westvale corpus, and assemble demo corpus + Westvale for evaluation.

Run from the repository root:  python eval/holdout/build.py

Westvale is a fourth fictional partnership that the answer pipeline was never tuned on. Its
documents are written here as data so the binary ones (DOCX, PDF) are reproducible byte for
byte: zip entries get a fixed timestamp and reportlab runs in invariant mode.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "westvale"
SITE = "https://westvale-scp.example.org"
PARTNERSHIP = "Westvale Safeguarding Children Partnership"
UPDATED = "3 August 2026"


@dataclass(frozen=True)
class Area:
    """What the shared page template needs to know about a partnership, so a later held-out
    area (eval/holdout2/) can reuse the template; the defaults give Westvale's pages."""

    partnership: str = PARTNERSHIP
    site: str = SITE
    updated: str = UPDATED
    abbr: str = "WSCP"
    address: str = "Civic Centre, Westvale WV3 1AA"
    menu: tuple[str, ...] = ("Contacting the Gateway", "Child protection enquiries",
                             "Children at risk outside the home", "Health and wellbeing", "Allegations and escalation")
    updated_label: str = "Updated"

    def menu_html(self) -> str:
        """The side menu as a two-line list (three items, then the rest), as Westvale's pages have it."""
        first, rest = ("".join(f"<li>{item}</li>" for item in part) for part in (self.menu[:3], self.menu[3:]))
        return f"  <ul>{first}\n  {rest}</ul>"


WESTVALE = Area()

# -- HTML procedure chapters --------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {partnership} | Practice Procedures</title>
<link rel="stylesheet" href="{site}/assets/css/{abbr_lower}.min.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="chapter-page">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website">
  <h2>Cookies on the {abbr} website</h2>
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies
  so we can see how people use the site. We will not set these unless you agree.</p>
  <button class="accept">Accept analytics cookies</button> <button class="reject">Reject analytics cookies</button>
  <a href="{site}/cookies">View cookie settings</a>
</div>
<header class="site-header">
  <a class="skip" href="#main-content">Skip to main content</a>
  <div class="logo"><img src="{site}/assets/img/{abbr_lower}-logo.svg" alt="{abbr}"> {partnership}</div>
  <form class="site-search" action="{site}/search"><label for="q">Search procedures</label><input id="q" name="q"><button>Search</button></form>
  <nav class="primary-nav" aria-label="Main menu">
    <ul>
      <li><a href="{site}/">Home</a></li>
      <li><a href="{site}/procedures">Practice procedures</a></li>
      <li><a href="{site}/thresholds">Thresholds</a></li>
      <li><a href="{site}/training">Training</a></li>
      <li><a href="{site}/reviews">Reviews and learning</a></li>
      <li><a href="{site}/news">News</a></li>
      <li><a href="{site}/contact">Contact the partnership</a></li>
    </ul>
  </nav>
</header>
<ol class="breadcrumb" aria-label="Breadcrumb">
  <li><a href="{site}/">Home</a></li>
  <li><a href="{site}/procedures">Practice procedures</a></li>
  <li>{title}</li>
</ol>
<div class="page-wrap">
<aside class="chapter-menu" aria-label="In this section">
  <h2>Procedures menu</h2>
{menu}
  <p class="print"><a href="javascript:window.print()">Print this chapter</a> | <a href="{site}/alerts">Sign up for update alerts</a></p>
</aside>
<main id="main-content">
<p class="series">{partnership} - Practice Procedures</p>
<h1>{title}</h1>
<p class="meta">{updated_label}: {updated}</p>
{body}
</main>
</div>
<footer class="site-footer">
  <ul><li><a href="{site}/accessibility">Accessibility statement</a></li><li><a href="{site}/privacy">Privacy notice</a></li>
  <li><a href="{site}/cookies">Cookies</a></li><li><a href="{site}/sitemap">Site map</a></li></ul>
  <p>&copy; 2026 {partnership}, {address}.
  Procedures are reviewed twice a year. Printed copies may be out of date: always check online.</p>
  <p>Website by Example Digital Ltd.</p>
</footer>
<script src="{site}/assets/js/{abbr_lower}.min.js"></script>
</body>
</html>
"""

REFERRAL = """
<h2>1. About this chapter</h2>
<p>This chapter explains how practitioners and volunteers in Westvale make a referral to children's social care
when they are worried that a child may be in need or at risk of harm. In Westvale, all referrals go through one
front door, the Westvale Children's Gateway.</p>

<h2>2. Contacting the Westvale Children's Gateway</h2>
<ul>
<li>Westvale Children's Gateway: 01632 960600, open Monday to Friday, 8am to 6pm.</li>
<li>Secure email for written referrals: gateway@westvale.example.org</li>
<li>Outside Gateway hours, call the Westvale Emergency Social Work Service on 01632 960699.</li>
</ul>
<p>If a child is in immediate danger, call the police on 999 before you do anything else.</p>

<h2>3. Phone first, then write</h2>
<p>Where you think a child is at risk of significant harm, phone the Gateway straight away rather than sending a
form. After a phone referral you must send a completed Westvale Request for Help form within 24 hours, so that
the Gateway has a written record of your concerns in your own words.</p>
<p>For concerns that are not urgent, you can send the Request for Help form by secure email without phoning
first. Incomplete forms slow everything down, so include the names and dates of birth of everyone in the
household, the child's school or nursery and what you have already done to help.</p>

<h2>4. The Talk it Through line</h2>
<p>If you are unsure whether a referral is needed, you can ring the Talk it Through consultation line on
01632 960611 and speak to an experienced social worker. The line is open Monday to Friday, 1pm to 4pm. A
consultation is advice only: it is not a referral, and you remain responsible for deciding what to do next.</p>

<h2>5. What the Gateway does with your referral</h2>
<p>A Gateway manager reviews every referral and decides what should happen within 24 hours of receiving it.
Possible decisions are: no further action, advice to the referrer, a Family Help Assessment, a child and family
assessment by a social worker, or a strategy discussion where significant harm is suspected.</p>
<p>The Gateway will let the referrer know the outcome within 5 working days. If you have not heard by then, ring
the Gateway and ask for the duty manager. If you disagree with the decision, use the Westvale escalation policy.</p>

<h2>6. Consent and talking to parents</h2>
<p>Tell parents that you are making a referral and seek their agreement, unless doing so would put the child or
anyone else at greater risk or get in the way of a police investigation. If you believe a child is at risk of
significant harm, you should refer even when parents do not agree, and record why you went ahead.</p>
<p>Never ask a family to refer themselves when you believe a child is at risk of significant harm.</p>

<h2>7. Unborn babies</h2>
<p>Where there are concerns about an unborn baby, refer to the Gateway by 18 weeks of pregnancy so that a
pre-birth assessment and any plan can be in place well before the birth.</p>

<h2>8. Young people aged 16 and 17 who are homeless</h2>
<p>A 16 or 17 year old who is homeless or about to become homeless should be referred to the Gateway. Under the
Westvale Youth Housing Pathway, children's social care and the housing team complete a joint assessment within
10 working days, and emergency accommodation is found on the same day if the young person has nowhere safe
to stay.</p>
"""

LADO = """
<h2>1. Introduction</h2>
<p>This chapter tells employers, managers and volunteers in Westvale what to do when someone who works with
children may have harmed a child or may pose a risk to children. These concerns are overseen by the Local
Authority Designated Officer, known as the LADO.</p>

<h2>2. Contacting the Westvale LADO</h2>
<p>The Westvale LADO service is staffed by two designated officers, Marisol Fenwick-Adu and Callum Ashdown.
You can reach the service on 01632 960650 or at lado@westvale.example.org, Monday to Friday, 9am to 5pm. Out of
hours, if a child may be at immediate risk, call the Westvale Emergency Social Work Service on 01632 960699 and
tell the LADO on the next working day.</p>

<h2>3. When to contact the LADO</h2>
<p>Contact the LADO when there is information that a person who works with children has harmed a child, may have
committed a criminal offence against a child, has behaved towards children in a way that suggests a risk of
harm, or has behaved in a way that suggests they may not be suitable to work with children. The last of these
includes concerns from the person's private life, such as domestic abuse at home.</p>
<p>The employer's designated senior manager must contact the LADO within one working day of becoming aware of
the allegation. After speaking to the LADO, send a completed Westvale Allegation Notification Form within 2
working days.</p>

<h2>4. What not to do</h2>
<p>Do not start your own investigation, interview the child or the person concerned, or tell the person about
the allegation before you have spoken to the LADO. Doing so can contaminate evidence and may put the child at
risk. Do make a written record of what was said and seen, with the date and time, and keep it secure.</p>

<h2>5. What the LADO does</h2>
<p>The LADO will make an initial evaluation of the information within 2 working days and decide whether the
allegation meets the threshold for the procedure. Where it does, the LADO arranges a Position of Trust Meeting
with the employer, police and children's social care, normally within 5 working days. The meeting agrees who
will investigate, whether the person should be suspended and how the child and family will be supported.</p>

<h2>6. Outcomes</h2>
<p>Every allegation is given one of five outcomes: substantiated, malicious, false, unsubstantiated or
unfounded. The LADO confirms the outcome in writing to the employer. Where the employer dismisses the person, or
would have done so had they not resigned, the employer must make a referral to the Disclosure and Barring
Service.</p>
<p>Records of allegations that are not found to be malicious or false are kept on the person's confidential
personnel file until they reach normal pension age or for 10 years, whichever is longer.</p>

<h2>7. Low-level concerns</h2>
<p>Concerns that do not meet the threshold, sometimes called low-level concerns, should be recorded and managed
by the employer under its own code of conduct. Where several low-level concerns about the same person build a
pattern, the employer should discuss them with the LADO.</p>
"""

ESCALATION = """
<h2>1. Purpose</h2>
<p>Practitioners from different agencies will sometimes disagree about a child's needs, about whether a threshold
is met or about whether a plan is keeping a child safe. This policy explains how to resolve those disagreements
quickly and at the lowest possible level, so that the focus stays on the child.</p>

<h2>2. If a child is in immediate danger</h2>
<p>Do not use this policy when a child is at immediate risk. Call 999 or phone the Westvale Children's Gateway
on 01632 960600 straight away.</p>

<h2>3. The six stages</h2>
<p>The Westvale Safeguarding Children Partnership uses a six-stage escalation process. Move to the next stage
only when the disagreement has not been resolved within the time allowed for the current stage.</p>
<table class="stages">
<caption>Escalation stages in Westvale</caption>
<thead><tr><th>Stage</th><th>Who is involved</th><th>Time allowed</th></tr></thead>
<tbody>
<tr><td>Stage 1</td><td>The two practitioners talk directly, by phone or in person.</td><td>1 working day</td></tr>
<tr><td>Stage 2</td><td>The practitioners' supervisors or team managers.</td><td>3 working days</td></tr>
<tr><td>Stage 3</td><td>Service managers or named safeguarding professionals.</td><td>5 working days</td></tr>
<tr><td>Stage 4</td><td>Heads of service in each agency.</td><td>5 working days</td></tr>
<tr><td>Stage 5</td><td>Senior leads of the three safeguarding partners.</td><td>10 working days</td></tr>
<tr><td>Stage 6</td><td>The Westvale Escalation Review Group, chaired by the Independent Scrutineer.</td><td>15 working days</td></tr>
</tbody>
</table>
<p>The decision of the Westvale Escalation Review Group is final. At Stage 4 and above, send a copy of the
Westvale Escalation Record to escalation@westvale.example.org so that the partnership can track the case.</p>

<h2>4. Disagreeing with a child protection conference</h2>
<p>If your agency disagrees with a decision made at a child protection conference, tell the chair at the meeting
and then write to the manager of the Westvale Quality Assurance Service within 3 working days of the conference.
The conference decision stands while the disagreement is looked at.</p>

<h2>5. Recording</h2>
<p>Record each stage on the child's file in your own agency, including what was discussed, what was agreed and
who will do what. The partnership's Practice Group looks at every Stage 5 and Stage 6 escalation twice a year to
find lessons for the whole workforce.</p>
"""

MISSING = """
<h2>1. Why missing matters</h2>
<p>Children who go missing can come to serious harm. Going missing is often a sign that something is wrong at
home, in placement or in the child's life outside the home, including exploitation. Every missing episode must be
taken seriously, however often a child goes missing.</p>

<h2>2. Reporting a child missing</h2>
<p>Parents and carers should report a missing child to the police by calling 999 if they believe the child is at
risk, or 101 otherwise. Foster carers and staff in children's homes must follow the child's missing plan, report
the child missing to the police and inform the child's social worker, or the Westvale Emergency Social Work
Service out of hours, within 1 hour of knowing that the child is missing.</p>
<p>Carers of every looked after child should keep a Missing Profile with a recent photograph, a description,
phone numbers and places the child is known to go. The profile should be checked and updated every 3
months.</p>

<h2>3. Return conversations</h2>
<p>In Westvale, return home interviews are called return conversations. They are carried out by the Westvale
Return Conversations Service, which is independent of the child's carers and social worker. A return
conversation must be offered within 48 hours of the child coming back, and should be completed within 5
working days.</p>
<p>The conversation explores why the child left, where they were and who with, whether anyone hurt them and what
would help them stay safe. If the child does not want to talk, the offer is recorded and repeated, and the
service tries another approach such as a trusted adult the child already knows.</p>
<p>The Westvale Return Conversations Service can be contacted on 01632 960640 or at
returnconversations@westvale.example.org.</p>

<h2>4. When a missing strategy meeting is needed</h2>
<p>A missing strategy meeting must be held when a child has gone missing four or more times in any 30-day period,
or has been missing for longer than 48 hours on a single occasion. It should be held sooner if there are concerns
about exploitation. The meeting is chaired by a social work team manager and decides whether the child should be
discussed at the Westvale Exploitation and Missing Panel.</p>

<h2>5. Children missing education</h2>
<p>A school must tell the local authority when it is about to remove a pupil from its roll. Where a pupil has been
absent without explanation for 10 school days in a row and the school cannot make contact, refer the child to the
Westvale Children Missing Education Officer at cme@westvale.example.org. Do not wait if there are safeguarding
concerns: contact the Gateway.</p>
"""

STRATEGY = """
<h2>1. What a strategy discussion is for</h2>
<p>A strategy discussion is needed whenever there is reasonable cause to suspect that a child is suffering, or is
likely to suffer, significant harm. The agencies involved share what they know, decide whether to start an
enquiry under section 47 of the Children Act 1989, and agree how to keep the child safe while it takes place.</p>

<h2>2. How quickly</h2>
<p>In Westvale, a strategy discussion must take place on the same working day as the decision that one is
needed. Where a child may be at immediate risk, it must be held within 1 hour, and protective action must not wait
for it. A discussion may be held face to face, online or by phone.</p>

<h2>3. Who takes part</h2>
<p>The discussion is chaired by a Westvale Children's Gateway team manager. It must include the police, normally
an officer from the Westvale Police Child Abuse Investigation Team, a health representative such as a named nurse
or paediatrician, and the agency that made the referral. The child's school, nursery or health visitor should
be included wherever they know the child.</p>

<h2>4. Decisions</h2>
<p>The discussion decides whether to begin a section 47 enquiry and who will lead it, whether there will be a
police investigation, what immediate safety action is needed for this child and any other children, whether a
child protection medical is needed and when the parents will be told.</p>
<p>Child protection medicals in Westvale are carried out by the Children's Assessment Unit at St Aldwyn's
Hospital, which can be reached on 01632 960680.</p>

<h2>5. The section 47 enquiry</h2>
<p>The enquiry is led by a registered social worker, who must see the child, and speak to them alone where that
is right for the child. Other agencies must share what they know when asked. The social worker should complete
and record the enquiry within 10 working days of the strategy discussion.</p>

<h2>6. Child protection conferences</h2>
<p>If concerns are substantiated and the child is judged to be at continuing risk of significant harm, an initial
child protection conference is held within 15 working days of the strategy discussion. Conferences are arranged by
the Westvale Child Protection Conference Team on 01632 960670.</p>
<p>Agencies must share their conference reports with parents at least 3 working days before the conference. Where
a child protection plan is made, the core group meets within 10 working days, the first review conference is held
within 3 months and later reviews take place every 6 months.</p>

<h2>7. Record of the discussion</h2>
<p>The chair records the discussion on the Westvale strategy template and circulates it to everyone who took part
within 24 hours.</p>
"""

SELF_HARM = """
<h2>1. About self-harm</h2>
<p>Self-harm is any act of deliberately hurting or poisoning oneself, such as cutting, burning, hitting, taking an
overdose or swallowing objects. It is usually a way of coping with overwhelming feelings rather than an attempt to
end life, but people who self-harm are at higher risk of suicide, so every incident must be taken seriously.</p>
<p>Self-harm can be linked to bullying, abuse, exploitation, caring responsibilities, exam stress and harmful
online content. Ask about what is happening in the young person's life, not only about the injury.</p>

<h2>2. Responding to a young person</h2>
<p>Stay calm, listen and do not show shock or disgust. Do not promise to keep what they tell you secret: explain
who you need to tell and why. Check whether the young person needs first aid or medical care.</p>
<p>Any overdose, however small the amount, needs urgent medical assessment at an emergency department, even if
the young person seems well. If an injury is serious or the young person is in immediate danger, call 999.</p>

<h2>3. Telling parents</h2>
<p>Parents or carers should usually be told about self-harm so that they can support their child. Do not tell
them if this would put the young person at risk of harm, for example where abuse at home is suspected; in that
case, contact the Westvale Children's Gateway on 01632 960600.</p>

<h2>4. Keeping Safe Plans in schools</h2>
<p>When a school learns that a pupil has self-harmed, the designated safeguarding lead should agree a Westvale
Keeping Safe Plan with the pupil within 2 school days. The plan records warning signs, what helps, who the pupil
can go to in school and how to get help out of hours. It is reviewed every half term, or sooner if things
change.</p>

<h2>5. Mental health services</h2>
<p>Referrals to child and adolescent mental health services in Westvale go through the Westvale CAMHS Single
Point of Access on 01632 960630 or spa@westvale.example.org. The CAMHS Crisis Team can be reached 24 hours a day
on 01632 960631 when a young person is at high risk and cannot wait for a routine appointment.</p>
<p>A young person under 16 who attends hospital after self-harm should be seen by the CAMHS liaison team before
they go home.</p>

<h2>6. When self-harm is a safeguarding concern</h2>
<p>Self-harm is not in itself a reason to refer to children's social care. Refer to the Gateway when self-harm is
linked to abuse, neglect or exploitation, or when parents are unable or unwilling to keep the young person safe.
Young people who self-harm and are also caring for a family member should be offered a young carer's needs
assessment.</p>
"""

THRESHOLDS = """
<h2>Introduction</h2>
<p>This guidance describes the five levels of need used by every agency in the Westvale Safeguarding Children
Partnership. It helps practitioners agree how much help a child and family need and who should provide it. A
child's level can go up or down, and the guidance never replaces a conversation with your designated
safeguarding lead.</p>

<h2>The Westvale levels of need</h2>
<table class="levels">
<caption>Westvale levels of need at a glance</caption>
<thead><tr><th>Level</th><th>Description</th><th>Examples</th><th>What to do</th></tr></thead>
<tbody>
<tr><td>Level 1: Universal</td><td>Needs are met by the family and universal services.</td>
<td>Child attends school regularly and is meeting milestones.</td><td>Carry on offering universal services; no referral.</td></tr>
<tr><td>Level 2: Additional needs</td><td>One agency can meet the child's extra needs.</td>
<td>Speech delay; school attendance between 90 and 95 percent.</td><td>Support within your own agency and review.</td></tr>
<tr><td>Level 3: Multiple needs</td><td>Several agencies are needed, working to a shared plan.</td>
<td>Parental conflict affecting the child; a young carer with unmet needs.</td><td>Start a Family Help Assessment with the family's consent.</td></tr>
<tr><td>Level 4: Complex needs</td><td>A social work assessment is needed as a child in need.</td>
<td>Persistent neglect; parental substance misuse affecting care.</td><td>Send a Request for Help form to the Westvale Children's Gateway.</td></tr>
<tr><td>Level 5: Significant harm</td><td>The child is suffering, or is likely to suffer, significant harm.</td>
<td>Disclosure of abuse; unexplained injury to a baby; serious exploitation.</td><td>Phone the Gateway on 01632 960600 at once; out of hours call 01632 960699; call 999 in an emergency.</td></tr>
</tbody>
</table>

<h2>Family Help Assessments</h2>
<p>In Westvale the early help assessment is called the Family Help Assessment. Any practitioner can start one with
the family's agreement, and the Westvale Family Help Team can give advice on 01632 960615. A Family Help plan
should be reviewed at least every 8 weeks.</p>

<h2>Stepping up and stepping down</h2>
<p>If a Family Help plan has not made a difference after two reviews, talk to your safeguarding lead about a
referral to the Gateway. When social care closes a case, the social worker arranges a handover meeting with the
new lead practitioner before the case steps down to Level 3.</p>

<h2>Consent</h2>
<p>Help at Levels 2 and 3 depends on the family agreeing to it. At Levels 4 and 5 you should still seek consent
where it is safe, but a refusal must not stop a referral when you believe a child is at risk of significant
harm.</p>
"""

CHAPTERS = {
    "referral.html": ("Making a Referral to the Westvale Children's Gateway", REFERRAL),
    "lado.html": ("Managing Allegations Against Adults Who Work with Children", LADO),
    "escalation.html": ("Resolving Professional Disagreements: Escalation Policy", ESCALATION),
    "missing-children.html": ("Children Who Go Missing from Home or Care", MISSING),
    "strategy-discussions-s47.html": ("Strategy Discussions and Section 47 Enquiries", STRATEGY),
    "self-harm.html": ("Children and Young People Who Self-Harm", SELF_HARM),
    "thresholds-levels-of-need.html": ("Westvale Thresholds: Levels of Need Guidance", THRESHOLDS),
}


def slugify(text: str) -> str:
    """A web address part: lower case words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def paragraphs(*texts: str) -> str:
    """Each text as an HTML paragraph, one to a line."""
    return "\n".join(f"<p>{t}</p>" for t in texts)


def html_list(tag: str, texts: Sequence[str], css_class: str = "") -> str:
    """An HTML list ("ul" or "ol"), one item to a line, styled by the area's class if it has one."""
    opening = f'<{tag} class="{css_class}">' if css_class else f"<{tag}>"
    items = "\n".join(f"<li>{t}</li>" for t in texts)
    return f"{opening}\n{items}\n</{tag}>"


def html_table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]], css_class: str,
               th_attrs: str = "") -> str:
    """An HTML table with a caption, a header row and body rows, styled by the area's class."""
    head = "".join(f"<th{th_attrs}>{h}</th>" for h in header)
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table class="{css_class}">\n<caption>{caption}</caption>\n<thead><tr>{head}</tr></thead>\n'
            f"<tbody>\n{body}\n</tbody>\n</table>")


def chapter_html(title: str, body: str, area: Area = WESTVALE) -> str:
    """One procedure chapter in the partnership's website layout (header, menus and footer are not <main>)."""
    return PAGE.format(title=title, body=body.strip(), site=area.site, partnership=area.partnership,
                       updated=area.updated, updated_label=area.updated_label, abbr=area.abbr,
                       abbr_lower=area.abbr.lower(), address=area.address, menu=area.menu_html())


# -- email newsletter ---------------------------------------------------------------------

NEWS_ITEMS = [
    ("Escalation policy: now six stages",
     ("From 3 August 2026 our escalation policy has six stages. The new final stage is the Westvale Escalation "
     "Review Group, chaired by our Independent Scrutineer, Professor Anwen Lathbury. Please share the updated "
     "chapter with your team.")),
    ("Longer Gateway opening hours",
     ("The Westvale Children's Gateway now stays open until 6pm on weekdays. Calls after 6pm go to the Westvale "
     "Emergency Social Work Service on 01632 960699.")),
    ("Safer Sleep Week",
     ("Westvale Safer Sleep Week runs from 14 to 18 September 2026. Health visitors, nursery staff and family "
     "workers are asked to talk to every family with a baby about where the baby sleeps. Our new tea-break guide "
     "on safer sleep is on the website.")),
    ("Hidden young carers",
     ("Schools in Westvale identified 1,240 young carers in 2025-26, but we think many more are still hidden. Ask "
     "pupils who is at home and who helps. The Westvale Young Carers Service takes referrals on 01632 960620.")),
]

TRAINING = [
    ("Self-harm: responding with confidence", "24 September 2026", "Online (Zoom)"),
    ("Identifying hidden young carers", "8 October 2026", "Westvale Civic Centre"),
    ("Managing allegations: a LADO briefing for employers", "5 November 2026", "Online (Zoom)"),
    ("Westvale Safeguarding Conference", "19 November 2026", "Harbourside Centre, Westvale"),
]


def newsletter_html() -> str:
    cell = 'style="padding:14px 22px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1d;"'
    rule = '<tr><td style="border-top:1px solid #d8d8d8;font-size:1px;line-height:1px;">&nbsp;</td></tr>'
    items = "\n".join(
        f'<tr><td {cell}><h2 style="font-size:19px;color:#0b5c4a;margin:0 0 6px;">{h}</h2><p style="margin:0;">{p}</p></td></tr>\n{rule}'
        for h, p in NEWS_ITEMS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in TRAINING)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>WSCP Practitioner Digest - August 2026</title>
<style type="text/css">body{{margin:0;}} .preheader{{display:none!important;}}</style>
</head>
<body style="margin:0;background:#eef2f1;">
<div class="preheader" style="display:none;max-height:0;overflow:hidden;">Six-stage escalation, safer sleep week and young carers</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef2f1"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td align="center" style="padding:8px;font-family:Arial,sans-serif;font-size:11px;color:#777;">Trouble reading this email? <a href="{SITE}/digest/2026-08" style="color:#777;">View it in your browser</a></td></tr>
<tr><td style="background:#0b5c4a;padding:18px 22px;color:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:22px;font-weight:bold;"><img src="{SITE}/assets/img/wscp-logo-white.png" alt="WSCP" width="90" height="36" /> WSCP Practitioner Digest - August 2026</td></tr>
<tr><td {cell}><h1 style="font-size:21px;margin:0 0 6px;">{PARTNERSHIP} practitioner digest</h1>
<p style="margin:0;">Updated: {UPDATED}. This digest goes to practitioners, managers and designated safeguarding leads across Westvale.</p></td></tr>
{rule}
{items}
<tr><td {cell}><h2 style="font-size:19px;color:#0b5c4a;margin:0 0 6px;">Training this autumn</h2>
<table width="100%" cellpadding="4" cellspacing="0" style="font-size:14px;">
<tr><th align="left">Course</th><th align="left">Date</th><th align="left">Venue</th></tr>
{rows}
</table>
<p>Multi-agency courses are free for anyone who works or volunteers with children in Westvale. Book through the WSCP learning portal.</p></td></tr>
{rule}
<tr><td align="center" style="padding:18px 22px;font-family:Arial,sans-serif;font-size:11px;color:#777;">
<p>Follow us: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">Forward to a colleague</a></p>
<p>You are receiving this email because you subscribed to updates from the Westvale Safeguarding Children Partnership.</p>
<p>Westvale Safeguarding Children Partnership, Civic Centre, Westvale WV3 1AA</p>
<p><a href="{SITE}/preferences">Manage your preferences</a> | <a href="{SITE}/unsubscribe">Unsubscribe</a></p>
</td></tr>
</table></td></tr></table>
</body>
</html>
"""


# -- DOCX tea-break guide --------------------------------------------------------------------

SAFER_SLEEP = [
    ("1. What safer sleep means",
     [("Safer sleep is the advice that reduces the risk of sudden infant death. The simplest way to remember it is "
      "ABC: babies sleep safest Alone, on their Back, in a clear Cot or Moses basket, in the same room as a parent "
      "for the first 6 months."),
      ("The room should be kept between 16 and 20 degrees, and the baby should not wear a hat indoors or sleep with "
      "pillows, bumpers or soft toys.")]),
    ("2. Why it matters in Westvale",
     [("Between April 2023 and March 2026 the Westvale Child Death Overview Panel reviewed 9 sudden and unexpected "
      "infant deaths. In 7 of them the baby was sharing a sofa or bed with an adult at the time of death.")]),
    ("3. The highest risks",
     ["a parent falling asleep with the baby on a sofa or armchair;",
      "sharing a bed after drinking alcohol, taking drugs or taking medicine that causes drowsiness;",
      "anyone in the household smoking;",
      "a baby who was born early or at a low birth weight;",
      "changes to the usual routine, such as a holiday, a house move or a night away."]),
    ("4. The Westvale Safer Sleep Assessment",
     [("Health visitors complete the Westvale Safer Sleep Assessment at the new birth visit and again at the 6 to 8 "
      "week review. Any practitioner who visits a family home should complete it again when the family's "
      "circumstances change, for example after a move or when a new partner joins the household.")]),
    ("5. When a family has nowhere safe for the baby to sleep",
     [("Families who cannot afford a cot or mattress can be referred to the Westvale Baby Essentials Scheme by a "
      "health visitor, midwife or social worker. Email babyessentials@westvale.example.org; a cot is usually "
      "delivered within 3 working days.")]),
    ("6. What you should do",
     ["Ask to see where the baby sleeps, during the day and at night.",
      "Talk about plans for nights away, visitors and celebrations, when routines change.",
      ("If parents cannot keep the baby safe because of alcohol, drugs or neglect, refer to the Westvale Children's "
      "Gateway on 01632 960600.")]),
    ("7. Questions for reflection",
     ["Have I seen the baby's sleeping place myself, or only been told about it?",
      "Do I know who else stays in the home overnight?"]),
]


def guide_docx(path: Path, title: str, intro: str, sections: Sequence[tuple[str, Sequence[str]]],
               bullets: tuple[str, ...], author: str = PARTNERSHIP,
               when: dt.datetime = dt.datetime(2026, 8, 3, 9, 0, 0)) -> None:
    """A short Word guide: title, intro line, numbered sections (bulleted where the heading starts with
    one of `bullets`). Fixed document properties and zip timestamps keep it byte-reproducible."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = props.modified = when
    props.last_printed = when
    props.revision = 1
    doc.add_heading(title, level=0)
    doc.add_paragraph(intro).runs[0].font.size = Pt(12)
    for heading, paras in sections:
        doc.add_heading(heading, level=1)
        bulleted = heading.startswith(bullets)
        for text in paras:
            doc.add_paragraph(text, style="List Bullet" if bulleted else None)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue(), when.timetuple()[:6]))


def safer_sleep_docx(path: Path) -> None:
    closing = ("8. Find out more", ["Book the Safer Sleep for Practitioners course on the WSCP learning portal, or "
                                    "contact the WSCP business unit at wscp@westvale.example.org."])
    guide_docx(path, "Tea-Break Guide: Safer Sleep for Babies",
               f"A 7-minute briefing from the {PARTNERSHIP}. Updated: {UPDATED}.",
               [*SAFER_SLEEP, closing], bullets=("3.", "6.", "7."))


def _fixed_zip(data: bytes, when: tuple[int, ...] = (2026, 8, 3, 9, 0, 0)) -> bytes:
    """Rewrite a zip with a fixed timestamp on every entry, so the DOCX is byte-reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# -- PDF learning briefing -----------------------------------------------------------------

BRIEFING = [
    ("h", "About this briefing"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Child K, a "
          "13-year-old girl who was caring for her mother and her younger brother. It is for everyone who works "
          "with children or adults in Westvale. The full review is available from the WSCP business unit.")),
    ("h", "What happened"),
    ("p", ("Child K lived with her mother, who has multiple sclerosis, and her 7-year-old brother. Over 18 months "
          "she took on most of the cooking, her brother's school runs and her mother's medication. Her school "
          "attendance fell to 81 percent and she was often late, which the school treated as a behaviour issue.")),
    ("p", ("Child K told the school nurse that she had been cutting her arms. The nurse advised her to speak to her "
          "GP, but no Keeping Safe Plan was made and the information was not shared. Two months later Child K took "
          "an overdose and was admitted to hospital, where she said she felt she could not tell anyone how much she "
          "was doing at home.")),
    ("h", "Key findings"),
    ("p", ("Finding 1: Nobody asked who was caring for whom. Child K was never identified as a young carer, although "
          "her mother's adult social care and community nursing teams visited the home every week.")),
    ("p", ("Finding 2: Adult services did not think about the children. The adult social care assessment of Child K's "
          "mother recorded that 'family help with personal care' without asking who in the family that was.")),
    ("p", ("Finding 3: Information about self-harm was not shared. The school nurse, the school and the GP each held "
          "part of the picture, and none of them had it all.")),
    ("h", "Learning points for practitioners"),
    ("n", "Ask every child who lives at home with them and who helps with caring."),
    ("n", "Treat school attendance below 90 percent as a reason to ask what is happening at home."),
    ("n", "Adult services must ask whether any child is providing care whenever they assess an adult."),
    ("n", ("Any young person who discloses self-harm should have a Keeping Safe Plan and the information should be "
          "shared with the GP.")),
    ("n", ("Refer young carers to the Westvale Young Carers Service on 01632 960620 or "
          "youngcarers@westvale.example.org for a young carer's needs assessment.")),
    ("h", "What the partnership is doing"),
    ("p", ("Every school in Westvale has been asked to name a Young Carers Lead by January 2027. Adult social care "
          "has added a compulsory question about children in the household to all of its assessments.")),
    ("p", ("The Westvale Young Carers Card has been launched. It lets pharmacies and GP surgeries know that a young "
          "person collects medicines or makes appointments for a family member, so they are not turned away.")),
    ("h", "Questions for your team"),
    ("b", "How do we find out whether a child we work with is a young carer?"),
    ("b", "Who do we share information with when a young person tells us they self-harm?"),
]


def story_pdf(path: Path, title: str, subtitle: str, items: Sequence[tuple[str, object]], header: str,
              footer: str, author: str = PARTNERSHIP) -> None:
    """A short PDF: title, italic subtitle, then items of kind h (heading), p (paragraph), n (numbered
    point), b (bullet) or t (table: a list of rows, the first a header row; it follows a heading),
    with a running header and footer on every page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    story = [Paragraph(title, styles["Title"]), Paragraph(subtitle, styles["Italic"]), Spacer(1, 6 * mm)]
    number = 0
    for kind, content in items:
        if kind == "t":
            table = Table(content, hAlign="LEFT")
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("FONTSIZE", (0, 0), (-1, -1), 9)]))
            heading = story[-2:]  # the heading before it and its spacer: keep them on one page together
            del story[-2:]
            story.append(KeepTogether([*heading, table]))
        elif kind == "h":
            story.append(Paragraph(content, styles["Heading2"]))
        elif kind == "n":
            number += 1
            story.append(Paragraph(f"{number}. {content}", styles["BodyText"]))
        elif kind == "b":
            story.append(Paragraph(f"- {content}", styles["BodyText"]))
        else:
            story.append(Paragraph(content, styles["BodyText"]))
        story.append(Spacer(1, 2 * mm))

    def running(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 287 * mm, header)
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc_.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    # Invariant mode fixes the creation date and document id; a big top margin and a tall font
    # push the briefing onto two pages so the running header and footer repeat.
    template = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title=title,
                                 author=author, topMargin=40 * mm, bottomMargin=25 * mm)
    template.build(story, onFirstPage=running, onLaterPages=running)
    path.write_bytes(buf.getvalue())


def briefing_pdf(path: Path) -> None:
    story_pdf(path, "Learning Briefing: Child K",
              f"{PARTNERSHIP}. Local child safeguarding practice review. Updated: {UPDATED}.", BRIEFING,
              "Westvale SCP | Learning Briefing: Child K | August 2026",
              "Westvale Safeguarding Children Partnership - www.westvale-scp.example.org")


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Westvale document into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (title, body) in CHAPTERS.items():
        (out / name).write_text(chapter_html(title, body), encoding="utf-8")
        written.append(out / name)
    (out / "digest-august-2026.html").write_text(newsletter_html(), encoding="utf-8")
    safer_sleep_docx(out / "tea-break-guide-safer-sleep.docx")
    briefing_pdf(out / "learning-briefing-child-k.pdf")
    written += [out / "digest-august-2026.html", out / "tea-break-guide-safer-sleep.docx",
                out / "learning-briefing-child-k.pdf"]
    return written


def write_area(out: Path, area: Area, chapters: dict[str, tuple[str, str, str]], page: tuple[str, str],
               files: dict[str, Callable[[Path], None]]) -> list[Path]:
    """Write a later held-out area into `out`: its chapters (title, review date, body), one more page
    (file name, HTML) and its Word and PDF documents (file name → writer); returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, (title, updated, body) in chapters.items():
        (out / name).write_text(chapter_html(title, body, dataclasses.replace(area, updated=updated)), encoding="utf-8")
    return [out / name for name in chapters] + write_documents(out, dict([page]), files)


def write_documents(out: Path, pages: dict[str, str], files: dict[str, Callable[[Path], None]]) -> list[Path]:
    """Write an area's other web pages (file name → HTML) and its Word and PDF documents (file name → writer)
    into `out`, after its chapters, whose page template is the area's own; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, html in pages.items():
        (out / name).write_text(html, encoding="utf-8")
    for name, write in files.items():
        write(out / name)
    return [out / name for name in [*pages, *files]]


def assemble_full_corpus(dest: Path, held_out: Path = OUT, name: str = "") -> Path:
    """Copy the demo corpus (without its build tools) plus one held-out folder (Westvale unless told
    otherwise) into `dest`, under `name` or its own name: one folder, because the harness indexes one."""
    shutil.copytree(REPO / "corpus", dest, ignore=shutil.ignore_patterns("_tools"), dirs_exist_ok=True)
    shutil.copytree(held_out, dest / (name or held_out.name), dirs_exist_ok=True)
    return dest


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
