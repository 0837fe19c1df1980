"""Build the seventeenth held-out corpus (Ottersley), and assemble demo corpus + Ottersley for evaluation.

Run from the repository root:  python eval/holdout17/build.py

Ottersley is a twentieth fictional partnership: a former mill town in the valley of the River Wendle and the moorland
district around it. It holds Hobthorne Reservoir and the Hobthorne Water Country Park, where teenagers gather in
summer; Stannerby Garrison, an army garrison whose service families live on the Stannerby estate and move every few
years; HMP Brantholme, a men's prison whose visitors' centre (Weirside) sees many Ottersley children; two council
sites for Gypsy, Roma and Traveller families (Tarnside and Osier Bank); the Sheltering Oak refuge network; two English
language schools whose homestay hosts can become private foster carers; and the Wendle Valley Line, a branch railway
up the valley from Hollinsby that is used for county lines. Its neighbour is Hollinsby, which has no documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Ottersley's web pages have their own house style (a "Leave this site quickly"
button, a top bar with the front door's number, a mega-menu, a "You are here" trail, an "In brief" box, sections as
collapsible accordions, contacts as a table, "Remember" and "Ottersley note" callouts, defined terms as a definition
list, a "Document history" list, a related-chapters sidebar with a feedback widget and a cookie notice in the
footer), beside a newsletter (The Millwheel) laid out as a magazine of articles, a practice notice of dated changes
that overrides some older pages (a new number for the Riverlight return talk service, new Millrace Advice Line hours,
an earlier point in pregnancy for referring unborn babies, a new private fostering email address, and the MARAC
meeting every week instead of every two weeks), two Word guides (safer sleep, and the Tapestry neglect toolkit) and
two PDFs (a practice review's learning briefing and an annual report extract with a funding table and two years of
figures). The writers are the shared ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant mode),
so the build is byte-reproducible; only Ottersley's words and page template live here. Its phone numbers
(01632 960151-960159 and 960161-960169) have one purpose each, and every person, place and service named is
invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "ottersley"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Ottersley Safeguarding Children Partnership"
SITE = "https://ottersley-scp.example.org"
ADDRESS = "Riverside Mill, Dyehouse Lane, Ottersley OY7 3QN"

# -- Ottersley's page template and its pieces ------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{title}: online safeguarding procedures for practitioners in Ottersley.">
<title>{title} :: Ottersley SCP online procedures</title>
<link rel="canonical" href="{site}/procedures/{slug}">
<link rel="stylesheet" href="{site}/static/osp/theme.css?b=417">
<script defer src="{site}/static/osp/accordion.js?b=417"></script>
</head>
<body class="osp osp-procedure" data-chapter="{code}">
<a class="osp-exit" href="https://weather.example.org/" title="Leave this site quickly">Leave this site quickly</a>
<div class="osp-topbar" role="region" aria-label="Urgent help">
  <span>Is a child in danger right now? Dial 999.</span>
  <span>Worried about a child in Ottersley? Call Millrace on 01632 960151.</span>
  <span class="osp-lang"><label for="lang">Language</label> <select id="lang"><option>English</option>
  <option>Polski</option><option>Romana</option><option>Nepali</option></select></span>
</div>
<header class="osp-header">
  <p class="osp-logo"><a href="{site}/"><img src="{site}/static/osp/oscp-mark.svg" alt="" width="64" height="64">
  Ottersley SCP</a></p>
  <nav class="osp-mega" aria-label="Site">
    <ul>
      <li><a href="{site}/about">About us</a>
        <ul><li><a href="{site}/about/partners">Our partners</a></li>
        <li><a href="{site}/about/scrutiny">Scrutiny</a></li>
        <li><a href="{site}/about/annual-report">Annual report</a></li></ul></li>
      <li><a href="{site}/procedures">Online procedures</a>
        <ul><li><a href="{site}/procedures/a-z">Procedures A to Z</a></li><li><a href="{site}/procedures/new">New
        and changed</a></li></ul></li>
      <li><a href="{site}/levels">Levels of need</a></li>
      <li><a href="{site}/learning">Learning and reviews</a></li>
      <li><a href="{site}/millwheel">The Millwheel</a></li>
      <li><a href="{site}/courses">Courses</a></li>
    </ul>
  </nav>
  <form class="osp-find" action="{site}/find" role="search"><input name="q" aria-label="Find a procedure"
  placeholder="Find a procedure"><button>Go</button></form>
</header>
<nav class="osp-crumbs" aria-label="You are here">
  <p>You are here: <a href="{site}/">Home</a> / <a href="{site}/procedures">Online procedures</a> /
  <a href="{site}/procedures/{section_slug}">{section}</a> / {short}</p>
</nav>
<div class="osp-layout">
<main class="osp-content" id="content">
<p class="osp-kicker">{partnership} - Online Procedures - Chapter {code}</p>
<h1>{title}</h1>
<p class="osp-stamp">Page last updated: {updated} &middot; Version {version}</p>
{body}
<section class="osp-history">
<h2>Document history</h2>
<dl>
{history}
</dl>
</section>
</main>
<aside class="osp-sidebar" aria-label="Related">
  <h2>Related chapters</h2>
  <ul>
{related}
  </ul>
  <h2>Downloads</h2>
  <ul><li><a href="{site}/forms/ottersley-concern-form.docx">Ottersley Concern Form (Word, 64KB)</a></li>
  <li><a href="{site}/forms/levels-of-need.pdf">Levels of Need summary (PDF, 210KB)</a></li></ul>
  <div class="osp-feedback"><p>Was this page helpful?</p><button>Yes</button> <button>No</button>
  <p><a href="{site}/feedback?page={slug}">Report a problem with this page</a></p></div>
</aside>
</div>
<footer class="osp-footer">
  <p>{partnership}, {address}</p>
  <p><a href="{site}/accessibility">Accessibility</a> | <a href="{site}/privacy">Privacy and cookies</a> |
  <a href="{site}/terms">Terms of use</a> | <a href="{site}/sitemap">Site map</a></p>
  <p class="osp-print">If you print this page, check the online version before you rely on it.</p>
  <div class="osp-cookies" role="dialog" aria-label="Cookie notice">
    <p>We use necessary cookies to make this site work, and we would like to use analytics cookies to improve it.</p>
    <button>Accept all cookies</button> <button>Necessary cookies only</button>
  </div>
</footer>
</body>
</html>
"""


def inbrief(*points: str) -> str:
    """The "In brief" box at the top of a chapter."""
    items = "\n".join(f"  <li>{p}</li>" for p in points)
    return f'<aside class="osp-inbrief">\n<h2>In brief</h2>\n<ul>\n{items}\n</ul>\n</aside>'


def sections(*parts: tuple[str, ...]) -> str:
    """Sections as collapsible accordions: each part is a heading, then its blocks; numbered from 1."""
    out = []
    for n, (heading, *blocks) in enumerate(parts, 1):
        inner = "\n".join(blocks)
        out.append(f'<details class="osp-acc" id="section-{n}">\n<summary><h2>{n}. {heading}</h2></summary>\n'
                   f'<div class="osp-acc-body">\n{inner}\n</div>\n</details>')
    return "\n".join(out)


p = wv.paragraphs


def ul(*texts: str) -> str:
    return wv.html_list("ul", texts, "osp-list")


def ol(*texts: str) -> str:
    return wv.html_list("ol", texts, "osp-steps")


def remember(text: str) -> str:
    return (f'<div class="osp-callout osp-callout--remember" role="note">\n<p class="osp-callout-title">Remember</p>\n'
            f"<p>{text}</p>\n</div>")


def local(text: str) -> str:
    return (f'<div class="osp-callout osp-callout--local" role="note">\n'
            f'<p class="osp-callout-title">Ottersley note</p>\n<p>{text}</p>\n</div>')


def contacts(*rows: tuple[str, str, str, str]) -> str:
    """Contacts as a table: service, telephone, email, when (an empty cell shows a dash)."""
    body = "\n".join("<tr>" + "".join(f"<td>{c or '-'}</td>" for c in row) + "</tr>" for row in rows)
    return ('<table class="osp-contacts">\n<caption>Contacts</caption>\n'
            "<thead><tr><th>Service</th><th>Telephone</th><th>Email</th><th>When</th></tr></thead>\n"
            f"<tbody>\n{body}\n</tbody>\n</table>")


def terms(pairs: list[tuple[str, str]]) -> str:
    items = "\n".join(f"<dt>{t}</dt>\n<dd>{d}</dd>" for t, d in pairs)
    return f'<dl class="osp-terms">\n{items}\n</dl>'


def grid(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return wv.html_table(caption, header, rows, "osp-grid", th_attrs=' scope="col"')


def page(code: str, title: str, short: str, section: str, updated: str, version: str, body: str,
         history: list[tuple[str, str]], related: tuple[str, ...], slug: str) -> str:
    """One chapter in Ottersley's house style (exit button, top bar, mega-menu, trail, sidebar and footer are outside
    <main>)."""
    hist = "\n".join(f"<dt>{v}</dt>\n<dd>{d}</dd>" for v, d in history)
    links = "\n".join(f'    <li><a href="{SITE}/procedures/{wv.slugify(r)}">{r}</a></li>' for r in related)
    return PAGE.format(code=code, title=title, short=short, section=section, section_slug=wv.slugify(section),
                       updated=updated, version=version, body=body.strip(), history=hist,
                       related=links, slug=slug, site=SITE, partnership=PARTNERSHIP, address=ADDRESS)


# -- procedure chapters ------------------------------------------------------------------------

MILLRACE = f"""
{inbrief("Millrace is the multi-agency safeguarding hub and single front door to children's social care in "
         "Ottersley.",
         "Phone Millrace when you think a child is at risk of significant harm, then send an Ottersley Concern Form "
         "within 48 hours.",
         "Millrace is not an emergency service: if a child is in immediate danger, dial 999.")}
{contacts(("Millrace (front door)", "01632 960151", "millrace@ottersley.example.org",
           "Monday to Thursday 8.30am to 5pm; Friday 8.30am to 4.30pm"),
          ("Millrace Advice Line (consultation for professionals; not a referral)", "01632 960152", "",
           "Tuesday and Thursday, 1pm to 4pm"),
          ("Emergency Duty Team (out of hours)", "01632 960153", "",
           "Weekday evenings and nights, weekends and bank holidays"))}
{sections(
    ("What Millrace is",
     p("Millrace brings social workers, Wendlemoor Police officers, a safeguarding nurse from Wendle Valley "
       "Hospital, an education safeguarding adviser and an independent domestic violence adviser from Sheltering Oak "
       "together in one team at Riverside Mill, Dyehouse Lane. The service manager for Millrace is Oriel "
       "Pennycooke.",
       "A link worker from the Travelling Families Team joins Millrace every Tuesday, and the Families Officer from "
       "Stannerby Garrison joins every Thursday, so that advice about Gypsy, Roma and Traveller families and service "
       "families is on hand.")),
    ("Making a referral",
     p("Referrals are made on the Ottersley Concern Form, known as the OCF, which you can download from this website "
       "and send to millrace@ottersley.example.org. If you have phoned Millrace about a child at risk of significant "
       "harm, send the OCF within 48 hours of your call so that your concerns are recorded in your own words.",
       "For worries that are not urgent, send the OCF without phoning first. Say what you have seen and heard, "
       "what the child has said in their own words, what has already been tried and what you think needs to happen.",
       "Give the names and dates of birth of everyone in the household, the languages they speak and whether an "
       "interpreter is needed. For a service family, give the parent's unit if you know it. For a family on a "
       "Traveller site, give the site and pitch number."),
     remember("Professionals must give their name, role and agency. Members of the public can make a referral "
              "without giving their name.")),
    ("How Millrace decides",
     ol("A Millrace team manager screens every contact and gives it a rating of red, amber or green.",
        "Red contacts, where a child may be at risk of significant harm now, are decided within 2 hours.",
        "Amber contacts are decided within 1 working day.",
        "Green contacts are decided within 3 working days.",
        "The referrer is told the outcome within 3 working days of the decision."),
     p("When a child has been the subject of 4 or more contacts in 6 months, the team manager holds a Millrace "
       "huddle with the agencies involved before deciding what should happen.",
       "Where a child and family assessment is needed, Ottersley aims to complete it within 40 working days, inside "
       "the national limit of 45 working days.")),
    ("Consent and telling the family",
     p("Tell the family that you are worried and that you are contacting Millrace, and seek their agreement, unless "
       "that would put the child or anyone else at greater risk or could get in the way of a police investigation.",
       "For a red concern you do not need consent. Record why you went ahead without it. For a green concern, "
       "Millrace will usually ask you to get the family's consent before it can act.")),
    ("Unborn babies",
     p("Send an OCF about an unborn baby as soon as you are worried and no later than 16 weeks of pregnancy. A "
       "pre-birth assessment should be completed by 26 weeks of pregnancy, and where an initial child protection "
       "conference is needed it should be held by 32 weeks.")),
    ("Young people aged 16 and 17 who are homeless",
     p("A 16 or 17 year old who is homeless, or about to become homeless, should be referred to Millrace. Under the "
       "Ottersley Youth Housing Protocol, children's social care and the housing team complete a joint assessment "
       "within 7 working days. A young person with nowhere safe to stay that night is offered a room at Kilnhouse "
       "Foyer on the same day.")),
    ("Interpreters",
     p("Millrace can book a telephone interpreter for a call in more than 60 languages. The languages most often "
       "needed in Ottersley are Polish, Romanian, Nepali and Romani. Never ask a child to interpret for their own "
       "family when you are raising a concern.")),
    ("Children who live in Hollinsby",
     p("If a child lives in Hollinsby but goes to school or nursery in Ottersley, contact Hollinsby's children's "
       "services, not Millrace. If the child is in danger while in Ottersley, Millrace acts first and then passes "
       "the referral to Hollinsby.")),
)}
{local("Millrace is named after the channel that carried water to the wheels of the old Dyehouse Lane mill, where "
       "the team now works.")}
"""

LEVELS = f"""
{inbrief("Ottersley uses four levels of need, each with a colour: Level 1 green, Level 2 yellow, Level 3 amber and "
         "Level 4 red.",
         "Footbridge is Ottersley's early help offer at Levels 2 and 3.",
         "A level describes a child's needs now; it can go up or down and never replaces talking to your "
         "safeguarding lead.")}
{grid("The Ottersley Levels of Need", ("Level", "What it means", "Examples", "What to do"), [
    ("Level 1 (green): Universal", "The child's needs are met by the family and by services open to everyone.",
     "Healthy, settled at school, registered with a GP.", "Carry on; no referral needed."),
    ("Level 2 (yellow): Additional", "One agency can meet an extra need, with advice from others if needed.",
     ("Attendance between 90 and 95 percent; a service child anxious while a parent is deployed; a child upset "
      "after a parent is sent to prison."), "Support within your own agency and record a short plan."),
    ("Level 3 (amber): Targeted", "Several needs that call for a plan shared by more than one agency.",
     ("Attendance below 85 percent; a family on a Traveller site facing eviction; a parent's drinking affecting "
      "the children; a child repeatedly going to Hobthorne Water late at night."),
     "Start a Footbridge Assessment with the family's agreement."),
    ("Level 4 (red): Specialist", "Complex needs or significant harm, calling for a social work assessment.",
     ("Any bruise on a baby who is not yet mobile; a child who says an adult has hurt them; a child carrying "
      "drugs on the Wendle Valley Line."),
     "Phone Millrace on 01632 960151, or dial 999 if the child is in immediate danger."),
])}
{contacts(("Footbridge advice line", "01632 960155", "footbridge@ottersley.example.org",
           "Monday to Friday, 9am to 5pm"))}
{sections(
    ("Footbridge early help",
     p("Footbridge is Ottersley's early help offer. Any practitioner can start a Footbridge Assessment with the "
       "family's agreement, and it should be completed within 6 weeks. The practitioner who knows the family best "
       "usually becomes the lead practitioner, whatever agency they work for.",
       "A Footbridge Family Plan is reviewed with the family at a Team Around the Family meeting at least every 8 "
       "weeks.")),
    ("The Footbridge Allocation Panel",
     p("The Footbridge Allocation Panel meets every Tuesday afternoon. It finds a lead practitioner for families "
       "who need a plan but have nobody to lead it, and it hears requests from the family hubs.",
       "If you cannot decide which level fits, book a 30-minute Footbridge clinic. Clinics run every Wednesday from "
       "2pm to 4pm on Microsoft Teams with a senior early help practitioner.")),
    ("Family hubs",
     p("Ottersley has three family hubs: Mill Street Family Hub in the town centre, Cragfoot Family Hub and "
       "Stannerby Family Hub beside the garrison. Each hub offers health visitor clinics, parenting groups, debt "
       "and housing advice and a Footbridge duty worker. Cragfoot Family Hub stays open until 7pm on Wednesdays.")),
    ("Stepping up and stepping down",
     p("If a Footbridge Family Plan has made little difference after 3 reviews, the lead practitioner talks to "
       "their safeguarding lead about whether the child's needs have reached Level 4.",
       "When children's social care closes a case and the family still needs help, the social worker and the new "
       "lead practitioner hold a handover meeting with the family within 15 working days.")),
    ("Consent",
     p("Help at Levels 2 and 3 is voluntary and depends on the family's agreement. At Level 4, seek the family's "
       "consent before a referral unless doing so would put a child at greater risk. A parent's refusal must never "
       "stop you acting to protect a child.")),
)}
{local("Being a service family, living on a Traveller site or having a parent in prison does not place a child at "
       "any level by itself. Ask what those circumstances mean for this child.")}
"""

STRATEGY = f"""
{inbrief("A strategy discussion is held whenever there is reasonable cause to suspect that a child is suffering, or "
         "is likely to suffer, significant harm.",
         "Where a child may be at immediate risk, the discussion is held within 3 hours; otherwise within 1 working "
         "day.",
         "A section 47 enquiry is completed within 15 working days of the strategy discussion.")}
{sections(
    ("Who convenes it and who takes part",
     p("A Millrace team manager, or the team manager of the allocated social worker if the case is already open, "
       "convenes and chairs the strategy discussion. It must include children's social care, Wendlemoor Police and "
       "health, usually the named nurse for safeguarding at Wendle Valley Hospital or the child's GP, together with "
       "the agency that referred and the child's school or nursery.",
       "For a child from a service family, the Families Officer at Stannerby Garrison is invited. For a child living "
       "on the Tarnside or Osier Bank site, a worker from the Travelling Families Team is invited.")),
    ("How quickly",
     p("Where a child may be at immediate risk, the strategy discussion is held within 3 hours of the decision that "
       "one is needed, and action to protect the child must not wait for it. In all other cases it is held within 1 "
       "working day. It can be held in person, on Microsoft Teams or by telephone.")),
    ("What the discussion decides",
     ul("whether to begin an enquiry under section 47 of the Children Act 1989, and who will lead it;",
        "whether there will be a police investigation, and whether it will be a joint investigation;",
        "what must happen now to keep this child and any other children safe;",
        "whether a child protection medical is needed at the Alder Suite;",
        "when and how the parents will be told, and what support the child needs."),
     p("The chair records the discussion on the Ottersley Strategy Record and sends it to everyone who took part "
       "within 24 hours.")),
    ("The section 47 enquiry",
     p("A registered social worker leads the enquiry. The child must be seen within 24 hours of the strategy "
       "discussion unless it agreed otherwise, and seen alone where that is right for the child.",
       "The social worker completes the enquiry within 15 working days of the strategy discussion.",
       "Achieving Best Evidence interviews are held in the Bramble Room, the child interview suite at Cragfoot "
       "police station. Wendlemoor Police's Child Abuse Investigation Team leads any criminal investigation.")),
    ("Outcomes",
     p("The enquiry can end in one of three ways: the concerns are not substantiated; the concerns are "
       "substantiated but the child is not judged to be at continuing risk, so a child in need plan is made; or the "
       "concerns are substantiated and the child is judged to be at continuing risk of significant harm, when an "
       "initial child protection conference is arranged.",
       "If new information comes to light during the enquiry, the chair must reconvene the strategy discussion.")),
)}
{remember("Always use a professional interpreter. Never use a family member, a neighbour or the child to interpret "
          "in a section 47 enquiry.")}
"""

CONFERENCES = f"""
{inbrief("An initial child protection conference is held within 15 working days of the strategy discussion at which "
         "the section 47 enquiry began.",
         "Agency reports go to the chair and the parents at least 3 working days before the conference.",
         "The first review conference is held within 3 months, and later reviews every 6 months.")}
{contacts(("Child Protection Conference Service", "01632 960156", "cpconferences@ottersley.example.org",
           "Monday to Friday, 9am to 5pm"))}
{sections(
    ("Arranging the conference",
     p("Conferences are arranged by the Child Protection Conference Service and chaired by an Independent Child "
       "Protection Chair, who has no line management responsibility for the case. Most conferences are held at "
       "Riverside Mill, and people can also join on Microsoft Teams.",
       "A conference is quorate when children's social care and at least 2 other agencies that know the child are "
       "present, one of which should be the police or health.")),
    ("Reports and the child's voice",
     p("Every invited agency must send a written report to the chair and share it with the parents at least 3 "
       "working days before the conference.",
       "Children aged 12 and over are invited to attend the part of the conference that suits them. Younger "
       "children can share their views through drawings or the My Voice form, and any child can have an advocate "
       "from the Ottersley Voice advocacy service.")),
    ("Parents in prison",
     p("Where a parent is in prison, the Child Protection Conference Service asks the prison for a video link so "
       "that the parent can take part. HMP Brantholme can usually arrange a link with 5 working days' notice.")),
    ("The child protection plan",
     p("The conference decides whether the child needs a child protection plan, and under which category: neglect, "
       "physical abuse, emotional abuse or sexual abuse.",
       "The core group, made up of the social worker, the parents and the professionals most involved, meets for "
       "the first time within 10 working days of the conference, and then at least every 6 weeks.",
       "The social worker visits the child at least every 2 weeks while the plan is in place and sees the child "
       "alone on most visits.")),
    ("Review conferences",
     p("The first review conference is held within 3 months of the initial conference, and later reviews at least "
       "every 6 months while the child needs a plan. A plan can end at any review when the child is no longer at "
       "risk of significant harm.")),
    ("Children who move into or out of Ottersley",
     p("When a child with a child protection plan moves into Ottersley, including a service family posted to "
       "Stannerby Garrison, a transfer-in conference is held within 15 working days of Ottersley being told. The "
       "plan from the old area stays in force until then.",
       "When a child with a plan moves out of Ottersley, the social worker tells the new area straight away and "
       "stays responsible until the new area holds its transfer-in conference.")),
    ("If a parent disagrees",
     p("A parent who wants to complain about how a conference was run, or about its decision, writes to the Head of "
       "Safeguarding and Quality Assurance within 15 working days of the conference. The plan stays in place while "
       "the complaint is considered.")),
)}
{local("Interpreters for conferences are booked by the Child Protection Conference Service. Tell the service the "
       "family's language when the conference is first arranged.")}
"""

LADO = f"""
{inbrief("Contact the LADO within 1 working day when someone who works or volunteers with children may have harmed "
         "a child or may pose a risk to children.",
         "Do not investigate, question the child or the adult, or warn the adult before you have spoken to the "
         "LADO.",
         "The procedure covers homestay hosts, outdoor instructors, cadet leaders and prison staff as well as "
         "schools, nurseries and foster carers.")}
{contacts(("Ottersley LADO Service", "01632 960154", "lado@ottersley.example.org", "Monday to Friday, 9am to 5pm"))}
{sections(
    ("Who the procedure covers",
     p("The procedure applies to anyone who works or volunteers with children in Ottersley, paid or unpaid. That "
       "includes teachers and support staff, childminders, foster carers, sports coaches, faith leaders, homestay "
       "hosts for the language schools, instructors at the Hobthorne Water Activity Centre, adult volunteers with "
       "the Stannerby Garrison cadet detachments and staff at the Weirside Visitors' Centre.",
       "Where a worker is supplied by an agency, both the agency and the setting where they work must take part, and "
       "the setting must not simply stop using the worker without telling the LADO.")),
    ("When to contact the LADO",
     p("Contact the LADO when an adult who works with children has behaved in a way that has harmed, or may have "
       "harmed, a child; may have committed a criminal offence against or related to a child; has behaved towards a "
       "child in a way that shows they may pose a risk of harm; or has behaved in a way that shows they may not be "
       "suitable to work with children.",
       "The last of these includes concerns from the adult's private life, such as an arrest for domestic abuse, "
       "even when no child was involved.")),
    ("What to do and when",
     ol("Make sure the child is safe. If the child is in immediate danger, dial 999.",
        "The setting's designated senior manager contacts the LADO within 1 working day of hearing of the concern.",
        "Send the LADO Referral Form within 2 working days of that first contact.",
        "The LADO decides within 3 working days whether the concern meets the threshold for the procedure.",
        "Where it does, the LADO calls an Allegations Strategy Meeting, normally within 7 working days."),
     p("Out of hours, if a child may be at immediate risk, call the Emergency Duty Team on 01632 960153 and tell the "
       "LADO on the next working day.",
       "The LADO Service is staffed by two designated officers, Imogen Varley-Osei and Tobias Renwick-Mbatha.")),
    ("The Allegations Strategy Meeting",
     p("The meeting brings together the LADO, the employer, Wendlemoor Police and children's social care. It "
       "agrees who will investigate, whether the adult should be suspended or moved to other duties, how the child "
       "and family will be supported and what the adult will be told. Review meetings are held every 6 weeks until "
       "the case is concluded.",
       "Ottersley aims to conclude 75 percent of cases within 1 month and 90 percent within 3 months.")),
    ("Outcomes and records",
     p("Every allegation is given one of five outcomes: substantiated, false, malicious, unsubstantiated or "
       "unfounded. Where the employer dismisses the adult, or would have done had they not resigned, the employer "
       "must refer them to the Disclosure and Barring Service.",
       "Records of allegations that are not found to be false or malicious are kept on the adult's confidential "
       "personnel file until they reach normal pension age, or for 10 years, whichever is longer.")),
    ("Low-level concerns",
     p("Concerns that do not meet the threshold are recorded and managed by the employer under its code of conduct. "
       "Where an employer records 2 or more low-level concerns about the same adult within 6 months, it should "
       "discuss the pattern with the LADO."),
     remember("A homestay host who gives a language school student alcohol, or an instructor who messages a young "
              "person privately on social media, should be discussed with the LADO even if nobody has "
              "complained.")),
)}
{local("You can ring the LADO Service for advice without making a referral. About half of the calls the service "
       "receives are consultations.")}
"""

MISSING = f"""
{inbrief("Every missing episode matters, however often a child goes missing.",
         "Every child who returns is offered a Riverlight return talk within 72 hours.",
         "Report a child missing to Wendlemoor Police straight away: do not wait 24 hours.")}
{contacts(("Riverlight Service (return talks)", "01632 960157", "riverlight@ottersley.example.org",
           "Monday to Saturday, 9am to 7pm"))}
{sections(
    ("Reporting a child missing",
     p("Parents and carers should dial 999 if they believe a missing child is at risk, or 101 otherwise. There is no "
       "need to wait 24 hours before reporting a child missing.",
       "Foster carers and children's home staff follow the child's missing plan, report the child to Wendlemoor "
       "Police straight away and tell the child's social worker within 2 hours, or the Emergency Duty Team out of "
       "hours.",
       "Carers of every child in care keep a Missing Profile with a recent photograph, a description, phone numbers, "
       "friends and places the child is known to go. The profile is checked at every looked after review and after "
       "every missing episode.")),
    ("Riverlight return talks",
     p("In Ottersley, return home interviews are called Riverlight return talks. They are carried out by the "
       "Riverlight Service, which is run by the Wendle Youth Trust and is independent of the child's carers and "
       "social worker.",
       "A return talk is offered within 72 hours of the child coming back. The Riverlight worker sends a summary "
       "to the child's social worker, or to Millrace if the child has no social worker, within 2 working days of "
       "the talk.",
       "The talk explores why the child went missing, where they were and who with, whether anyone hurt or "
       "exploited them and what would help. If the child does not want to talk, the offer is made again, and the "
       "child can choose a trusted adult to be there.")),
    ("Missing strategy meetings",
     p("A missing strategy meeting is held when a child goes missing 3 times in 90 days, when a child has been "
       "missing for more than 48 hours, or when a child under 11 is missing overnight. It is held sooner if there "
       "are signs of exploitation, and it decides whether the child should be referred to the Spindle Panel.")),
    ("Where children are found",
     p("Wendlemoor Police find many missing Ottersley teenagers at Hobthorne Water Country Park, at stations on the "
       "Wendle Valley Line and in Hollinsby town centre. When a child is found in Hollinsby, Ottersley still "
       "offers the return talk.")),
    ("Children missing from education",
     p("When a pupil has been absent without explanation for 10 school days in a row and the school cannot find "
       "them, the school refers the child to the Education Access Team. A child who is missing from education may "
       "also be missing from home: check with the family and, if you cannot find the child, report them missing.")),
)}
{remember("Wendlemoor Police may record a child as absent, rather than missing, when nobody knows where they are "
          "but there is no apparent risk. In Ottersley, any child in care who is away overnight without agreement "
          "is treated as missing.")}
"""

EXPLOITATION = f"""
{inbrief("Child sexual exploitation (CSE) and child criminal exploitation (CCE), including county lines, are child "
         "abuse: refer to Millrace and complete the Exploitation Screening Tool.",
         "The Spindle Team works with children at risk of exploitation, and the Spindle Panel plans for those at "
         "highest risk.",
         "Much county lines activity in Ottersley uses the Wendle Valley Line between Hollinsby and Nethercragg.")}
{contacts(("Spindle Team (child exploitation)", "01632 960158", "spindle@ottersley.example.org",
           "Monday to Friday, 9am to 6pm"))}
{sections(
    ("Signs to look out for",
     ul("going missing, or coming home late with no explanation;",
        "new phones, clothes, trainers or money that the family cannot account for;",
        "travelling on the Wendle Valley Line during school hours or late at night;",
        "older friends, or friends from Hollinsby the family does not know;",
        "injuries the child will not explain, or carrying a knife;",
        "a vulnerable adult's flat being taken over by dealers, known as cuckooing."),
     p("A child cannot consent to their own exploitation, even if they seem to go along with it or receive "
       "something in return.")),
    ("Making a referral",
     p("Complete the Ottersley Exploitation Screening Tool and send it to Millrace with an Ottersley Concern Form. "
       "If the child is already open to a social worker, send it to the social worker and copy in the Spindle "
       "Team.",
       "Where a child may be a victim of trafficking or modern slavery, the social worker also makes a National "
       "Referral Mechanism referral.")),
    ("The Spindle Team",
     p("The Spindle Team is a multi-agency team of social workers, youth workers, a Wendlemoor Police detective and "
       "a sexual health nurse, based at Riverside Mill. It works with young people aged 10 to 18, and the team "
       "leader is Saoirse Quayle-Adebayo.",
       "Each young person has one trusted Spindle worker who visits at least once a week.")),
    ("The Spindle Panel",
     p("The Spindle Panel is Ottersley's multi-agency child exploitation panel. It meets on the second Wednesday of "
       "every month and plans for children at highest risk. Referrals must reach the panel coordinator at least 5 "
       "working days before the meeting.")),
    ("County lines and the Wendle Valley Line",
     p("The Wendle Valley Line runs up the valley from Hollinsby through Ottersley, Cragfoot, Scarside and "
       "Hobthorne Halt to Nethercragg. Groups from Hollinsby use it to move drugs and to bring children into the "
       "valley.",
       "Under Operation Weft, Wendlemoor Police and rail staff patrol the line on Friday and Saturday evenings. "
       "Rail staff at Ottersley station have been trained to spot children travelling alone at odd times.")),
    ("Lamplight Points",
     p("Lamplight Points are shops, cafes and takeaways near the stations that have agreed to let a child wait safely "
       "inside and to call for help. A green Lamplight Point sticker is shown in the window. There are 38 "
       "Lamplight Points along the line.")),
)}
{remember("Exploitation happens in places as well as families. See the chapter on contextual safeguarding and "
          "Hobthorne Water for how Ottersley assesses unsafe places.")}
"""

DOMESTIC = f"""
{inbrief("Children who see, hear or live with domestic abuse are victims of domestic abuse in their own right.",
         "High-risk cases are discussed at the Ottersley MARAC, which meets every 2 weeks on a Thursday.",
         "Sheltering Oak runs Ottersley's refuges and its 24-hour helpline.")}
{contacts(("Sheltering Oak helpline", "01632 960159", "help@shelteringoak.example.org", "24 hours a day"),
          ("Ottersley MARAC coordinator", "", "marac@ottersley.example.org", "Monday to Friday"))}
{sections(
    ("Sheltering Oak",
     p("Sheltering Oak is the network of refuges and outreach services for people affected by domestic abuse in "
       "Ottersley. It runs three refuges with 24 family rooms in all, whose addresses are kept confidential, and "
       "outreach workers who see people in their own homes, at the family hubs and at Stannerby Garrison.",
       "Sheltering Oak refuges take children of all ages, including teenage boys. Each refuge has a children's "
       "worker.")),
    ("The MARAC",
     p("The Ottersley MARAC, or multi-agency risk assessment conference, meets every 2 weeks on a Thursday morning "
       "to share information and plan for victims at high risk of serious harm.",
       "Refer to the MARAC when the risk assessment checklist scores 14 or more, when professional judgement says "
       "the risk is high, or when there have been 3 or more police call-outs in 12 months. Send the referral to "
       "the MARAC coordinator at marac@ottersley.example.org.")),
    ("Telling schools after an incident",
     p("Under the Ottersley Overnight Notice, Wendlemoor Police tell a child's school before 9am on the next school "
       "day when officers have attended a domestic abuse incident at the child's home. The designated safeguarding "
       "lead then makes sure that someone the child trusts is available that day.")),
    ("Children in refuges",
     p("Children arriving at a Sheltering Oak refuge should be offered a school place within 10 school days. The "
       "refuge's children's worker helps the family apply, and schools must not ask for the refuge address to be "
       "written on any letter.",
       "Never share a refuge address, even with another professional, unless the family has agreed.")),
    ("Service families",
     p("Domestic abuse in a service family is handled in the same way as in any other family. The Families Officer "
       "at Stannerby Garrison can help a victim to find accommodation away from the garrison, and Sheltering Oak "
       "outreach workers run a drop-in at the Stannerby Family Hub every Monday.")),
    ("Teenage relationship abuse",
     p("Abuse in young people's own relationships is common. Every secondary school in Ottersley teaches the Respect "
       "Matters programme in Year 9. Where a young person is being abused by a partner, refer to Millrace and "
       "consider a MARAC referral if the young person is 16 or over.")),
)}
{remember("Never ask about domestic abuse in front of a partner or older children, and never use a family member to "
          "interpret.")}
"""

BRUISING = f"""
{inbrief("Any bruise, mark or injury on a baby who is not yet mobile must be referred to Millrace on the same day.",
         "The baby has a child protection medical at the Alder Suite, Wendle Valley Hospital, on the same day.",
         "Do not accept an explanation at face value, however reasonable it sounds.")}
{contacts(("Alder Suite (child protection medicals)", "01632 960169", "aldersuite@wendlevalley.example.org",
           "Monday to Friday, 9am to 5pm"),
          ("On-call paediatrician, Dipper Ward, Wendle Valley Hospital", "Via the hospital switchboard", "",
           "Evenings, nights, weekends and bank holidays"))}
{sections(
    ("Which babies this covers",
     p("This protocol covers any baby who is not yet mobile: a baby who cannot roll over, crawl, bottom-shuffle or "
       "pull to stand. It usually means a baby under 6 months, but it also covers older children who are not mobile "
       "because of a disability.",
       "A bruise includes any red, blue, purple or yellow mark, petechiae (small red or purple spots) and any mark "
       "that might be a bruise. Bruising in a baby who is not mobile is rare, and it can be the first sign of "
       "serious abuse.")),
    ("What to do",
     ol("Look at the mark and record its size, colour, shape and where it is on the body.",
        "Ask the parent how it happened and write down exactly what they say.",
        "Phone Millrace on 01632 960151 the same day, and the Emergency Duty Team out of hours.",
        "Tell the parent that you are following a protocol that applies to every baby, unless doing so would put "
        "the baby at risk.",
        "Do not ask another professional to make the referral for you."),
     p("Millrace holds a strategy discussion and arranges a child protection medical at the Alder Suite on the same "
       "day. Out of hours the medical is done by the on-call paediatrician on Dipper Ward.")),
    ("The child protection medical",
     p("Children under 2 usually have a skeletal survey and blood tests as part of the medical. Any other child "
       "under 2 in the same household is also examined within 24 hours.",
       "Birthmarks such as Mongolian blue spots should still be seen by a doctor if there is any doubt, and "
       "recorded in the red book once confirmed.")),
    ("Calm Arms",
     p("Crying is the commonest trigger for shaking a baby. Every new parent in Ottersley is shown the Calm Arms "
       "film and given the Calm Arms card by the midwife before discharge and again by the health visitor at the "
       "new birth visit, which takes place 10 to 14 days after the birth.")),
)}
{remember("A baby who cannot move cannot bruise themselves. Refer first and let the doctors decide.")}
"""

PRIVATE_FOSTERING = f"""
{inbrief("A child under 16 (under 18 if disabled) who lives for 28 days or more with someone who is not a parent or "
         "close relative is privately fostered.",
         "Parents, carers and anyone involved in the arrangement must tell the Private Fostering Team.",
         "Homestay arrangements for language school students under 16 can be private fostering.")}
{contacts(("Private Fostering Team", "01632 960164", "privatefostering@ottersley.example.org",
           "Monday to Friday, 9am to 5pm"))}
{sections(
    ("What private fostering is",
     p("A child is privately fostered when they are under 16, or under 18 if they are disabled, and are cared for "
       "by someone who is not their parent, a person with parental responsibility or a close relative, for 28 days "
       "or more. Close relatives are grandparents, brothers and sisters, uncles and aunts, and step-parents.",
       "Cousins, family friends and a parent's new partner who does not live with the parent are not close "
       "relatives, so a child staying with them for 28 days or more is privately fostered.")),
    ("Telling the council",
     p("Parents and private foster carers must tell the council at least 6 weeks before a planned arrangement "
       "starts, and within 48 hours of an arrangement that starts in an emergency.",
       "Professionals who learn of a possible private fostering arrangement, such as teachers, GPs and health "
       "visitors, should tell the Private Fostering Team straight away, whether or not the family has done so.")),
    ("What the council does",
     p("A social worker visits the child and the carers within 7 working days of being told, sees the child alone "
       "and checks the carers and their home. After that the social worker visits at least every 6 weeks in the "
       "first year and at least every 12 weeks after that.")),
    ("Language schools and homestays",
     p("Quillfield English School and Cresswick Language College bring about 400 international students aged 14 to "
       "17 to Ottersley each year. Most stay with homestay hosts.",
       "When a student under 16 stays with a homestay host for 28 days or more, the arrangement is private "
       "fostering, and the school must tell the Private Fostering Team before the student arrives. Hosts must have "
       "an enhanced DBS check with a barred list check before the first student stays.")),
    ("Service families",
     p("When both parents in a service family are deployed or posted abroad, children sometimes stay with friends so "
       "that they can finish the school year. If the friend is not a close relative and the stay is 28 days or "
       "more, it is private fostering.")),
)}
{terms([("Private foster carer", "The adult who looks after a privately fostered child."),
        ("Homestay host", "An adult who gives a language school student a room in their home."),
        ("Close relative", "A grandparent, brother, sister, uncle, aunt or step-parent of the child.")])}
"""

EDUCATION = f"""
{inbrief("Children missing education (CME) are children of compulsory school age who are not on a school roll and "
         "are not receiving a suitable education otherwise.",
         "Schools refer a pupil to the Education Access Team after 10 school days of unexplained absence.",
         "Parents can choose elective home education (EHE), but the council must check that the education is "
         "suitable.")}
{contacts(("Education Access Team (CME and EHE)", "01632 960165", "educationaccess@ottersley.example.org",
           "Monday to Friday, 8.30am to 4.30pm"))}
{sections(
    ("Children missing education",
     p("When a pupil has been absent without explanation for 5 school days, the school makes reasonable enquiries, "
       "including a home visit. If the school still cannot find the child after 10 school days in a row, it "
       "refers the child to the Education Access Team.",
       "A school must tell the Education Access Team within 5 school days of removing any pupil from its roll, "
       "giving the reason and the pupil's next school if known.",
       "The Education Access Team aims to find a school place for a child who is missing education within 20 "
       "school days.")),
    ("Elective home education",
     p("When a parent tells a school in writing that they will educate their child at home, the school tells the "
       "Education Access Team within 1 working day.",
       "An elective home education adviser contacts the family within 10 working days and offers a visit. After "
       "that the team makes contact with the family at least once a year.",
       "The Education Access Team Manager is Priya Hinchcliffe-Dunn.")),
    ("Children with a social worker",
     p("If a child who has a child protection plan or a child in need plan is withdrawn for home education, the "
       "Education Access Team tells the social worker on the same day, and a multi-agency meeting is held within 5 "
       "working days.")),
    ("Gypsy, Roma and Traveller children",
     p("Children from travelling families can stay on the roll of their base school while they travel, and attend "
       "another school for a short time. The Travelling Families Team helps schools to keep in touch with families "
       "who are away.")),
    ("Service children",
     p("Service children can move school several times. Schools should pass on a service child's records to the "
       "new school within 5 working days of the child leaving.")),
)}
{remember("A child who is missing from education may also be missing from home, or at risk of exploitation, forced "
          "marriage or neglect.")}
"""

ESCALATION = f"""
{inbrief("Resolve disagreements between professionals quickly and at the lowest level you can.",
         "Ottersley's Resolution Ladder has four steps, each with a time limit.",
         "Never use this procedure when a child is in immediate danger: dial 999 or ring Millrace.")}
{sections(
    ("The Resolution Ladder",
     grid("The four steps of the Ottersley Resolution Ladder", ("Step", "Who", "Time allowed"), [
         ("Step 1", "The two practitioners talk directly, by phone or face to face.", "3 working days"),
         ("Step 2", "The practitioners' line managers or supervisors.", "5 working days"),
         ("Step 3", "Heads of service, or the named or designated safeguarding professionals.", "7 working days"),
         ("Step 4", "A Partnership Resolution Meeting chaired by the Independent Scrutineer.", "10 working days"),
     ]),
     p("Move to the next step only if the disagreement has not been resolved in the time allowed. The decision of "
       "the Partnership Resolution Meeting is final.")),
    ("Recording and notifying",
     p("Record each step on the child's file in your own agency: what was discussed, what was agreed and who will do "
       "what.",
       "At Step 3 and Step 4, send an Escalation Record to escalation@ottersley-scp.example.org so that the "
       "partnership can keep track of the case.")),
    ("Disagreeing with a conference decision",
     p("If your agency disagrees with a decision made at a child protection conference, tell the chair at the "
       "conference and then write to the Head of Safeguarding and Quality Assurance within 5 working days. The "
       "conference decision stands while the disagreement is looked at.")),
    ("Learning from escalations",
     p("The OSCP Business Unit reviews the escalation log every quarter and reports themes to the Learning and "
       "Improvement Group.")),
)}
{remember("Escalating is part of good practice, not a complaint about a colleague. Most disagreements in Ottersley "
          "are settled at Step 1.")}
"""

INFO_SHARING = f"""
{inbrief("Sharing information early is essential to keep children safe. Data protection law is not a barrier to "
         "sharing information to protect a child.",
         "You do not always need consent to share information to safeguard a child.",
         "Record every decision to share, or not to share, and the reason.")}
{sections(
    ("The basics",
     p("The Data Protection Act 2018 and UK GDPR allow practitioners to share information to keep a child safe. "
       "Where you can, be open with the family about what you will share and why.",
       "You may share without consent where seeking consent would put a child at risk, would get in the way of a "
       "police investigation or would cause an unjustified delay.")),
    ("The Ottersley Information Sharing Agreement",
     p("The Ottersley Information Sharing Agreement has been signed by 46 agencies, including all schools, the "
       "health services, Wendlemoor Police, Stannerby Garrison, HMP Brantholme and the two language schools. It sets "
       "out what each agency will share and how.",
       "Under the agreement, an agency that receives a request for information from Millrace replies within 4 hours "
       "for a red contact and within 2 working days for any other contact.")),
    ("Recording decisions",
     p("Record every decision to share or not to share on the Sharing Decision Log in your agency's record system: "
       "what you shared, with whom, when and why. If you decide not to share, record the reason.")),
    ("Who can advise",
     p("Ask your designated safeguarding lead first. The Caldicott Guardian at Wendle Valley Hospital, Dr Anouk "
       "Pemberley-Shaw, advises health staff on difficult decisions about sharing patient information.")),
    ("Service families",
     p("Stannerby Garrison does not tell children's services about incidents automatically. With consent, or where "
       "a child is at risk of significant harm, the Families Officer will share relevant information with "
       "Millrace.")),
)}
{remember("Never let a worry about data protection stop you sharing information that is needed to protect a "
          "child.")}
"""

GARRISON = f"""
{inbrief("Stannerby Garrison is home to about 2,400 service personnel, and about 1,100 children live in service "
         "family accommodation on the Stannerby estate.",
         "Safeguarding concerns about service children go to Millrace, as for any other child.",
         "The Stannerby Garrison Families Office can help, but it is not a children's social care service.")}
{contacts(("Stannerby Garrison Families Office", "01632 960162", "families@stannerby-garrison.example.org",
           "Monday to Friday, 9am to 5pm"))}
{sections(
    ("Service families in Ottersley",
     p("Most service families in Ottersley live on the Stannerby estate next to the garrison. Families usually move "
       "every 2 to 3 years, and many children have lived in several places before they arrive. Some families are "
       "from Nepal and speak Nepali at home.",
       "Stannerby Primary School, on the edge of the estate, has about 420 pupils, and 68 percent of them are service "
       "children.")),
    ("Deployment and separation",
     p("When a parent is deployed or away on exercise for long periods, children can become anxious or withdrawn, "
       "and the parent at home can become isolated, especially with a new baby. Ask families about deployments and "
       "when the parent is due home.",
       "The Stannerby Family Hub runs the Home Front group for parents whose partners are deployed every Friday "
       "morning.")),
    ("The Families Officer",
     p("The Stannerby Garrison Families Office is led by the Families Officer, Major Rhiannon Fairleigh. The office "
       "supports service families with housing, welfare and deployment, and the Families Officer joins Millrace "
       "every Thursday.",
       "Tell the Families Office about a safeguarding concern only with the family's consent, unless a child is at "
       "risk of significant harm.")),
    ("When a service family moves",
     p("Under the Stannerby Moving Children Protocol, when a family with an open social work case is posted away "
       "from Ottersley, the social worker sends the case records to the new area within 5 working days of the move "
       "being confirmed.")),
    ("Young people on the garrison",
     p("The Stannerby Youth Club is open to young people aged 11 to 18 from the garrison and the town on Tuesday and "
       "Thursday evenings.")),
)}
{local("Offences committed on the garrison may be investigated by the service police, but a child at risk is always "
       "referred to Millrace and Wendlemoor Police are always told.")}
"""

TRAVELLERS = f"""
{inbrief("Ottersley Council runs two sites for Gypsy, Roma and Traveller families: Tarnside, with 22 pitches, and "
         "Osier Bank, with 16 pitches.",
         "The Travelling Families Team is the first point of contact for advice about working with these families.",
         "Safeguarding concerns go to Millrace, as for any other child.")}
{contacts(("Travelling Families Team", "01632 960161", "travellingfamilies@ottersley.example.org",
           "Monday to Friday, 9am to 5pm"))}
{sections(
    ("The two sites",
     p("Tarnside is on the edge of Cragfoot and Osier Bank is beside the River Wendle near Scarside. Both sites have "
       "a site manager who is on site every weekday morning.",
       "Each June, families come to the valley for the Hobthorne Horse Fair, and a temporary site is opened near "
       "Hobthorne Halt for 2 weeks.")),
    ("The Travelling Families Team",
     p("The Travelling Families Team gives advice to schools and other services, helps families with school "
       "applications and attendance, and runs a weekly drop-in on each site. A Traveller health visitor visits both "
       "sites every Wednesday.",
       "A link worker from the team joins Millrace every Tuesday.")),
    ("Roadside encampments",
     p("When a roadside encampment arrives, the council carries out a welfare check within 1 working day, including "
       "checks on the children's health and schooling.")),
    ("Working with families",
     p("Many families have had poor experiences of services, and trust is built slowly. Wherever possible, use a "
       "worker the family already knows.",
       "Some parents do not read or write. Do not rely on letters: phone, text or visit instead, and check that "
       "the family has understood.",
       "Romani and Traveller Cant are spoken on both sites. Ask the family whether they would like an "
       "interpreter.")),
    ("Early marriage",
     p("Forced marriage, and any marriage or ceremony involving a child under 18, is a safeguarding concern. Refer "
       "to Millrace on the same day.")),
)}
{remember("A child living on a site or travelling for part of the year is not, on that account, a child in need. "
          "Assess each child's needs in the same way as any other child's.")}
"""

PRISON = f"""
{inbrief("HMP Brantholme is a men's prison on the edge of Ottersley that holds about 900 men.",
         "The Weirside Visitors' Centre, run by the Pinfold Families Trust, supports families and children who "
         "visit.",
         "Children with a parent in prison are often hidden: ask about them.")}
{contacts(("Weirside Visitors' Centre", "01632 960163", "weirside@pinfoldtrust.example.org",
           "Open from 1 hour before each visiting session"))}
{sections(
    ("Visiting",
     p("Social visits at HMP Brantholme take place on Tuesday, Thursday, Saturday and Sunday afternoons. Visits must "
       "be booked at least 2 days in advance.",
       "Children under 18 must be accompanied by an adult aged 18 or over, and every visitor aged 16 or over must "
       "bring photographic identification.")),
    ("The Weirside Visitors' Centre",
     p("The centre opens 1 hour before each visiting session. Its staff and volunteers help families get ready for "
       "a visit, explain the security checks to children and offer a quiet room for families who are upset.",
       "Family days, when fathers can spend a longer visit with their children and play with them, are held on "
       "the last Saturday of each month.")),
    ("Safeguarding at the prison",
     p("If a Weirside worker is worried about a child, they talk to the centre manager and refer to Millrace, as "
       "any other practitioner would.",
       "The prison's public protection unit checks whether a man is allowed contact with children before any child "
       "visit is agreed. A man who has been convicted of offences against children may only have contact if it is "
       "assessed as safe.")),
    ("Children with a parent in prison",
     p("Children of prisoners are at greater risk of poor mental health, poor school attendance and later offending. "
       "Schools should know when a parent goes to prison so that they can support the child.",
       "The Pinfold Families Trust runs the Keeping Connected group for children aged 8 to 16 who have a parent "
       "in prison.")),
    ("Release",
     p("When a man is released to live in Ottersley with children, the probation service tells Millrace before the "
       "release date if there are any concerns about risk to children.")),
)}
{local("Many children who visit HMP Brantholme live in Hollinsby or further away. If you are worried about a child "
       "who lives outside Ottersley, refer to the children's services where the child lives.")}
"""

PLACES = f"""
{inbrief("Contextual safeguarding means looking at the places and groups where young people are harmed outside the "
         "home, as well as at their families.",
         "In Ottersley, places of concern include Hobthorne Water Country Park, the stations on the Wendle Valley "
         "Line and the Dyeworks skatepark.",
         "The Spindle Team leads Place Reviews of unsafe places.")}
{contacts(("Hobthorne Water ranger base", "01632 960167", "rangers@hobthornewater.example.org",
           "8am to 8pm, April to September; 8am to 4pm, October to March"))}
{sections(
    ("Hobthorne Water Country Park",
     p("Hobthorne Reservoir is 3 miles long and is surrounded by the Hobthorne Water Country Park, which is run by "
       "Ottersley Council. On summer evenings, large groups of young people gather at the dam wall and in the car "
       "parks.",
       "Swimming in the reservoir is not allowed at any time. The water is deep and very cold, even in summer, and "
       "there are strong currents near the outflow.",
       "There are 14 throwline stations around the reservoir.")),
    ("Rangers and youth workers",
     p("The country park rangers have all completed safeguarding training. If a ranger is worried about a young "
       "person, they call 999 where there is immediate danger and otherwise refer to Millrace.",
       "From June to August, detached youth workers from the Wendle Youth Trust work at Hobthorne Water on Friday and "
       "Saturday evenings.")),
    ("Place Reviews",
     p("When a place keeps coming up in concerns about young people, the Spindle Team leads a Place Review. It "
       "brings together the police, the council, youth workers, transport staff and local businesses to understand "
       "what is happening there and to make it safer.",
       "A Place Review is completed within 20 working days, and its plan is reviewed after 3 months.")),
    ("Places and spaces in Ottersley",
     ul("Hobthorne Water Country Park, especially the dam wall and the north car park;",
        "Ottersley, Cragfoot and Scarside stations on the Wendle Valley Line;",
        "the Dyeworks skatepark behind Mill Street;",
        "Ottersley bus station in the evenings."),
     p("Report concerns about a place, rather than a particular child, to the Spindle Team using the Place Concern "
       "Form.")),
    ("Peer groups",
     p("When several young people are harmed together, or harm each other, the Spindle Team can hold a peer group "
       "meeting to plan for the group as a whole, alongside each child's own plan.")),
)}
{remember("Harm outside the home is not the parents' fault alone. Work with parents as partners in keeping their "
          "child safe.")}
"""

CHAPTERS = {
    "millrace-front-door.html": (
        "1.1", "Millrace: Contacting Children's Social Care in Ottersley", "Millrace", "Getting help for a child",
        "12 February 2026", "4.0", MILLRACE,
        [("Version 4.0, February 2026", "Sections added on interpreters and on children who live in Hollinsby."),
         ("Version 3.2, September 2025", "Millrace opening hours on Friday changed.")],
        ("Levels of need and Footbridge", "Strategy discussions", "Information sharing")),
    "levels-of-need-footbridge.html": (
        "1.2", "Levels of Need and Footbridge Early Help", "Levels of need", "Getting help for a child",
        "26 January 2026", "3.1", LEVELS,
        [("Version 3.1, January 2026", "Examples added for service families and children with a parent in prison."),
         ("Version 3.0, July 2025", "Footbridge replaced the Early Help Assessment.")],
        ("Millrace", "The Tapestry neglect toolkit")),
    "strategy-discussions-section-47.html": (
        "2.1", "Strategy Discussions and Section 47 Enquiries", "Strategy discussions", "Child protection",
        "9 March 2026", "2.4", STRATEGY,
        [("Version 2.4, March 2026", "Travelling Families Team and garrison Families Officer added to invitees."),
         ("Version 2.3, October 2025", "Strategy Record to be sent within 24 hours.")],
        ("Child protection conferences", "Bruising in babies who are not mobile")),
    "child-protection-conferences.html": (
        "2.2", "Child Protection Conferences, Plans and Core Groups", "Conferences", "Child protection",
        "20 April 2026", "3.0", CONFERENCES,
        [("Version 3.0, April 2026", "Section added on parents in prison taking part by video link."),
         ("Version 2.6, November 2025", "Core group frequency changed.")],
        ("Strategy discussions", "Resolving professional disagreements")),
    "bruising-non-mobile-babies.html": (
        "2.3", "Bruising and Injuries in Babies Who Are Not Mobile", "Bruising in babies", "Child protection",
        "5 May 2026", "2.0", BRUISING,
        [("Version 2.0, May 2026", "Revised after the review of Baby T; siblings under 2 to be examined."),
         ("Version 1.3, January 2025", "Calm Arms added.")],
        ("Strategy discussions", "Safer sleep")),
    "allegations-lado.html": (
        "3.1", "Allegations Against Adults Who Work With Children (LADO)", "Allegations (LADO)", "Working together",
        "17 March 2026", "5.1", LADO,
        [("Version 5.1, March 2026", "Homestay hosts and cadet volunteers added to who is covered."),
         ("Version 5.0, June 2025", "Allegations Strategy Meeting timescale changed.")],
        ("Private fostering and homestays", "Children visiting HMP Brantholme")),
    "resolving-professional-disagreements.html": (
        "3.2", "Resolving Professional Disagreements: the Resolution Ladder", "Resolving disagreements",
        "Working together", "2 June 2026", "2.0", ESCALATION,
        [("Version 2.0, June 2026", "The Resolution Ladder replaced the earlier five-stage process."),
         ("Version 1.4, May 2025", "Email address for Escalation Records added.")],
        ("Millrace", "Child protection conferences")),
    "information-sharing.html": (
        "3.3", "Information Sharing and Consent", "Information sharing", "Working together",
        "15 June 2026", "1.5", INFO_SHARING,
        [("Version 1.5, June 2026", "Stannerby Garrison and HMP Brantholme signed the agreement."),
         ("Version 1.4, February 2025", "Sharing Decision Log introduced.")],
        ("Millrace", "Service families and Stannerby Garrison")),
    "missing-children-riverlight.html": (
        "4.1", "Children Missing from Home, Care and Education", "Missing children", "Harm outside the home",
        "7 July 2026", "3.2", MISSING,
        [("Version 3.2, July 2026", "Riverlight summaries to go to Millrace where a child has no social worker."),
         ("Version 3.1, December 2025", "Missing strategy meeting triggers changed.")],
        ("Child exploitation and county lines", "Contextual safeguarding and Hobthorne Water")),
    "child-exploitation-county-lines.html": (
        "4.2", "Child Exploitation, County Lines and the Wendle Valley Line", "Child exploitation",
        "Harm outside the home", "14 April 2026", "2.2", EXPLOITATION,
        [("Version 2.2, April 2026", "Lamplight Points and Operation Weft added."),
         ("Version 2.1, September 2025", "The Spindle Team's age range extended to 10 to 18.")],
        ("Missing children", "Contextual safeguarding and Hobthorne Water")),
    "contextual-safeguarding-hobthorne-water.html": (
        "4.3", "Contextual Safeguarding: Hobthorne Water and Other Places", "Contextual safeguarding",
        "Harm outside the home", "28 May 2026", "1.2", PLACES,
        [("Version 1.2, May 2026", "Summer youth work at Hobthorne Water added."),
         ("Version 1.1, March 2025", "Place Concern Form introduced.")],
        ("Child exploitation and county lines", "Missing children")),
    "domestic-abuse-refuges-marac.html": (
        "5.1", "Domestic Abuse, Refuges and the MARAC", "Domestic abuse", "Specific circumstances",
        "3 August 2026", "4.3", DOMESTIC,
        [("Version 4.3, August 2026", "Sheltering Oak drop-in at the Stannerby Family Hub added."),
         ("Version 4.2, January 2026", "Ottersley Overnight Notice extended to nurseries.")],
        ("Millrace", "Service families and Stannerby Garrison")),
    "private-fostering-homestays.html": (
        "5.2", "Private Fostering, Language Schools and Homestays", "Private fostering", "Specific circumstances",
        "10 June 2026", "2.1", PRIVATE_FOSTERING,
        [("Version 2.1, June 2026", "Section added on service families."),
         ("Version 2.0, April 2025", "Homestay hosts to have an enhanced DBS check with a barred list check.")],
        ("Allegations (LADO)", "Children missing education")),
    "children-missing-education-ehe.html": (
        "5.3", "Children Missing Education and Elective Home Education", "Children missing education",
        "Specific circumstances", "1 September 2026", "2.3", EDUCATION,
        [("Version 2.3, September 2026", "New Education Access Team Manager."),
         ("Version 2.2, March 2026", "Section added on service children.")],
        ("Missing children", "Gypsy, Roma and Traveller families")),
    "service-families-stannerby-garrison.html": (
        "6.1", "Service Families and Stannerby Garrison", "Service families", "Families in Ottersley",
        "22 July 2026", "1.4", GARRISON,
        [("Version 1.4, July 2026", "Stannerby Moving Children Protocol added."),
         ("Version 1.3, November 2025", "New Families Officer.")],
        ("Domestic abuse", "Information sharing")),
    "gypsy-roma-traveller-families.html": (
        "6.2", "Working with Gypsy, Roma and Traveller Families", "Gypsy, Roma and Traveller families",
        "Families in Ottersley", "11 August 2026", "1.6", TRAVELLERS,
        [("Version 1.6, August 2026", "Temporary site for the Hobthorne Horse Fair added."),
         ("Version 1.5, October 2025", "Traveller health visitor sessions moved to Wednesdays.")],
        ("Children missing education", "Millrace")),
    "children-visiting-prison.html": (
        "6.3", "Children Visiting HMP Brantholme and Children of Prisoners", "Children of prisoners",
        "Families in Ottersley", "6 October 2026", "1.1", PRISON,
        [("Version 1.1, October 2026", "Family days moved to the last Saturday of each month."),
         ("Version 1.0, February 2026", "First version.")],
        ("Child protection conferences", "Allegations (LADO)")),
}

# -- The Millwheel newsletter (a magazine of articles, no <main>) ----------------------------------

ARTICLES = [
    ("lado", "A new face in the LADO Service", "By Imogen Varley-Osei, LADO",
     ("Tobias Renwick-Mbatha joined the Ottersley LADO Service in June 2026, after twelve years as a deputy head "
      "teacher. Between April and August 2026 the service received 231 contacts, of which 64 became formal "
      "referrals. If you are not sure whether a worry about a colleague meets the threshold, ring us and ask.")),
    ("lamplight", "Lamplight Points: the first summer", "By the Spindle Team",
     ("Since the Lamplight Points scheme began in March 2026, 38 shops, cafes and takeaways near the Wendle Valley "
      "Line have signed up. Over the summer holidays, 11 children waited in a Lamplight Point until a parent or the "
      "police arrived. Look for the green sticker in the window.")),
    ("hobthorne", "Summer at Hobthorne Water", "By the country park rangers",
     ("Between June and August 2026, rangers and youth workers spoke to 640 young people at Hobthorne Water. They "
      "made 27 referrals to Millrace and rescued 3 young people from the water. Please remind young people that "
      "swimming in the reservoir is never allowed.")),
    ("keeping-connected", "An award for Keeping Connected", "By the Pinfold Families Trust",
     ("The Keeping Connected group for children with a parent in prison has won the Wendlemoor Community Award "
      "2026. This year 52 children have come to the group, which meets at the Weirside Visitors' Centre in school "
      "holidays.")),
    ("horse-fair", "A health tent at the Horse Fair", "By the Travelling Families Team",
     ("At the Hobthorne Horse Fair in June, the Travelling Families Team and health visitors ran a health tent. They "
      "saw 140 children, and 23 children caught up on their vaccinations.")),
    ("tapestry", "Tapestry: a shorter refresher", "By the OSCP Business Unit",
     ("Since April 2026, 1,180 practitioners have been trained to use the Tapestry neglect toolkit. A new 90-minute "
      "online Tapestry refresher is now available for anyone who trained more than two years ago.")),
]

COURSES = [
    ("Bruising in babies who are not mobile: the protocol in practice", "8 October 2026", "Online (Microsoft Teams)"),
    ("Children of prisoners: the hidden sentence", "22 October 2026", "Weirside Visitors' Centre"),
    ("County lines and the Wendle Valley Line", "12 November 2026", "Riverside Mill"),
    ("OSCP annual conference: Growing Up in the Valley", "3 December 2026", "Stannerby Garrison Community Centre"),
]


def newsletter_html() -> str:
    """The Millwheel, the OSCP newsletter, as a magazine: an issue index, then one article per item (no <main>)."""
    index = "\n".join(f'  <li><a href="#{slug}">{head}</a></li>' for slug, head, _, _ in ARTICLES)
    articles = "\n".join(f'<article class="mw-article" id="{slug}">\n<h2>{head}</h2>\n<p class="mw-byline">{by}</p>\n'
                         f"<p>{text}</p>\n</article>" for slug, head, by, text in ARTICLES)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>The Millwheel, issue 11 (Autumn 2026) | OSCP</title>
<style>
.mw-mast{{background:#23415f;color:#fff;padding:20px;}}
.mw-article{{border-top:3px solid #c8a24a;padding:12px 0;}}
.mw-byline{{font-style:italic;color:#555;}}
</style>
</head>
<body class="millwheel">
<div class="mw-mast">
<p class="mw-name">The Millwheel</p>
<p class="mw-sub">The newsletter of the {PARTNERSHIP}. Issue 11, Autumn 2026. Published 21 September 2026.</p>
</div>
<nav class="mw-index" aria-label="In this issue">
<h2>In this issue</h2>
<ol>
{index}
</ol>
</nav>
<div class="mw-articles">
{articles}
</div>
<section class="mw-courses">
<h2>Courses this autumn</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Where</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>OSCP courses are free for anyone who works or volunteers with children in Ottersley. Book through the OSCP Business
Unit on 01632 960166 or at oscp@ottersley-scp.example.org. A charge of 50 pounds is made for a place that is not
used and not cancelled at least 3 working days before the course.</p>
</section>
<div class="mw-foot">
<p>The Millwheel is published four times a year. Next issue: December 2026.</p>
<p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/millwheel/unsubscribe">Stop receiving The Millwheel</a></p>
</div>
</body>
</html>
"""


# -- practice notice: dated changes that override older pages ---------------------------------------

CHANGES = [
    ("New telephone number for the Riverlight Service", "1 December 2026",
     ("The Riverlight Service, which offers return talks to children who have been missing, has a new telephone "
      "number: 01632 960168. The old number, 01632 960157, will be redirected until 31 January 2027 and then "
      "switched off. The Riverlight email address, riverlight@ottersley.example.org, has not changed."),
     "Update contact lists, missing plans and leaflets."),
    ("New hours for the Millrace Advice Line", "4 January 2027",
     ("The Millrace Advice Line will be open Monday to Friday, 9.30am to 12.30pm, instead of on Tuesday and Thursday "
      "afternoons. Its number, 01632 960152, has not changed. A consultation on the Advice Line is still advice "
      "only and is not a referral."),
     "Tell colleagues who use the Advice Line."),
    ("Unborn babies: refer by 12 weeks of pregnancy", "1 December 2026",
     ("Send an Ottersley Concern Form about an unborn baby no later than 12 weeks of pregnancy, instead of 16 weeks, "
      "so that the pre-birth assessment can begin earlier. The pre-birth assessment should still be completed by 26 "
      "weeks of pregnancy."),
     "Midwives and GPs: refer at or before the booking appointment where you can."),
    ("New email address for private fostering notifications", "23 November 2026",
     ("Notifications of private fostering arrangements, including homestays arranged by the language schools, "
      "should now be emailed to privatefostering.notices@ottersley-scp.example.org. The old address will be checked "
      "until 31 December 2026 and then closed. The Private Fostering Team's telephone number, 01632 960164, has "
      "not changed."),
     "Language schools: update your notification templates."),
    ("The MARAC meets every week", "7 January 2027",
     ("The Ottersley MARAC will meet every week, on Thursday mornings, instead of every 2 weeks, because of the rise "
      "in high-risk referrals. Referrals must reach the MARAC coordinator by 12 noon on the Monday before the "
      "meeting."),
     "Plan MARAC referrals for the new weekly cycle."),
]


def notice_html() -> str:
    """OSCP Practice Notice 3/2026: a page of dated changes, each as a definition list."""
    items = "\n".join(
        f'<section class="pn-change" id="change-{i}">\n<h2>Change {i}: {head}</h2>\n<dl class="pn-facts">\n'
        f"<dt>Applies from</dt><dd>{when}</dd>\n<dt>What is changing</dt><dd>{what}</dd>\n"
        f"<dt>What you need to do</dt><dd>{todo}</dd>\n</dl>\n</section>"
        for i, (head, when, what, todo) in enumerate(CHANGES, 1))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Practice Notice 3/2026: changes from November 2026 to January 2027 :: Ottersley SCP</title>
<link rel="stylesheet" href="{SITE}/static/osp/theme.css?b=417">
</head>
<body class="osp osp-notice">
<a class="osp-exit" href="https://weather.example.org/">Leave this site quickly</a>
<nav class="osp-crumbs" aria-label="You are here"><p>You are here: <a href="{SITE}/">Home</a> /
<a href="{SITE}/procedures/new">New and changed</a> / Practice Notice 3/2026</p></nav>
<main class="osp-content" id="content">
<p class="osp-kicker">{PARTNERSHIP} - Practice Notice 3/2026</p>
<h1>Practice Notice 3/2026: changes from November 2026 to January 2027</h1>
<p class="osp-stamp">Issued: 16 November 2026</p>
<p>This notice changes a telephone number, the hours of an advice line, a timescale for referring unborn babies, an
email address and how often the MARAC meets. Each change applies from the date shown. The Millrace, missing
children, private fostering and domestic abuse chapters that give the old details will be revised by the end of
March 2027. Until then, where a chapter and this notice differ, follow this notice.</p>
{items}
<p class="pn-foot">Questions about this notice: OSCP Business Unit, 01632 960166 or oscp@ottersley-scp.example.org.</p>
</main>
<footer class="osp-footer"><p>{PARTNERSHIP}, {ADDRESS}</p></footer>
</body>
</html>
"""


# -- Word guides --------------------------------------------------------------------------------

SAFER_SLEEP = [
    ("1. Why this matters in Ottersley",
     [("Between April 2023 and March 2026, the Wendlemoor Child Death Overview Panel, which Ottersley shares with "
       "Hollinsby, reviewed 7 sudden and unexpected deaths of Ottersley babies. In 5 of them the baby was sharing a "
       "sofa or bed with an adult at the time."),
      "Most of these babies were under 4 months old, and in 4 of the 7 deaths an adult in the home smoked."]),
    ("2. The basics",
     ["every sleep, day and night, on the baby's back;",
      "in the baby's own clear cot or Moses basket, in the same room as a parent for the first 6 months;",
      "a firm, flat, waterproof mattress with no pillows, bumpers, quilts or soft toys;",
      "a room temperature between 16 and 20 degrees;",
      "a smoke-free home, car and caravan."]),
    ("3. Risks we see in Ottersley",
     ["caravans and mobile homes on the Traveller sites, where space is tight and gas heaters make rooms hot;",
      "a single room in a refuge, where a parent and several children share a bed;",
      "a parent alone with a new baby while their partner is deployed, who falls asleep on the sofa while feeding;",
      "late nights after a long journey home from a prison visit, when the usual routine is broken;",
      "cold, damp homes on the moor where a family brings the baby into their bed to keep warm."]),
    ("4. The Snug and Safe check",
     [("Health visitors complete the Snug and Safe check at the new birth visit and again at the 6 to 8 "
       "week review. Any practitioner who visits a family home should repeat it when the family's circumstances "
       "change, such as a move, a new partner or a partner going away."),
      "The check is recorded on the baby's health record so that the next practitioner can see it."]),
    ("5. The Ottersley Cradle Scheme",
     [("Families who cannot afford a cot can be given a free cot and a new mattress by the Ottersley Cradle Scheme. A "
       "health visitor, midwife, social worker, refuge worker or worker from the Travelling Families Team can refer "
       "by emailing cradle@ottersley.example.org."),
      "A cot is delivered within 3 working days, and on the same day if a baby has nowhere safe to sleep."]),
    ("6. When to refer",
     [("If a parent cannot keep the baby safe because of alcohol, drugs or neglect, or refuses a cot when the baby "
       "has nowhere safe to sleep, talk to your safeguarding lead and consider a referral to Millrace on 01632 "
       "960151.")]),
    ("7. Questions for your team",
     ["Have we seen where the baby sleeps, or only been told?",
      "Do we know which of our families have a partner who is away, and when?"]),
]


def safer_sleep_docx(path: Path) -> None:
    closing = ("8. Find out more", [("Book the OSCP course Safer Sleep Essentials through the OSCP Business Unit at "
                                     "oscp@ottersley-scp.example.org.")])
    wv.guide_docx(path, "Practice Pocket Guide: Safer Sleep for Babies",
                  f"A pocket guide for practitioners from the {PARTNERSHIP}. Issued: 2 March 2026.",
                  [*SAFER_SLEEP, closing], bullets=("2.", "3.", "7."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 2, 9, 0, 0))


TAPESTRY = [
    ("1. What Tapestry is",
     [("Tapestry is Ottersley's toolkit for assessing neglect. It helps a practitioner and a family look together at "
       "how well a child's needs are being met and see whether things are getting better or worse. It replaced "
       "the Ottersley Neglect Checklist in April 2026."),
      "A Tapestry assessment is done with the family, not about them, and usually takes about 45 minutes."]),
    ("2. The five threads",
     ["Physical care: food, clothing, hygiene and a warm, safe home;",
      "Safety and supervision: the right level of care for the child's age, day and night;",
      "Health: appointments kept, illness treated and teeth cared for;",
      "Love and care: warmth, praise, attention and time together;",
      "Learning and play: the child goes to school or nursery and has things to do and people to play with."]),
    ("3. Scoring",
     [("Each thread is scored from 1, where the child's needs are fully met, to 4, where the child is at serious "
       "risk."),
      ("Where any thread scores 4, send an Ottersley Concern Form to Millrace. Where 2 or more threads score 3, talk "
       "to your safeguarding lead and start a Footbridge Assessment."),
      ("Repeat the Tapestry assessment every 12 weeks, or at each Team Around the Family meeting, so that change "
       "can be seen.")]),
    ("4. Neglect in isolated homes",
     [("Families in farmhouses and cottages on the moor can be many miles from a shop, a bus stop or a school. Cold "
       "and damp homes, no transport and no one nearby to help can all add up to neglect."),
      ("Families struggling to heat their homes can be referred to the Ottersley Hearth Fund for a grant of up "
       "to 300 pounds towards heating costs.")]),
    ("5. Drift and long-term neglect",
     [("Neglect often goes on for years. Where a child has had a Footbridge Family Plan for 9 months without "
       "lasting improvement, the lead practitioner should ask for a Tapestry review meeting with a senior manager "
       "from children's social care.")]),
    ("6. Training",
     [("Practitioners must complete the 3-hour Tapestry course before using the toolkit. The course runs every month "
       "and is free; book through the OSCP Business Unit.")]),
]


def tapestry_docx(path: Path) -> None:
    wv.guide_docx(path, "Practice Guide: Neglect and the Tapestry Toolkit",
                  f"A practice guide from the {PARTNERSHIP}. Issued: 27 April 2026.",
                  TAPESTRY, bullets=("2.",), author=PARTNERSHIP, when=dt.datetime(2026, 4, 27, 9, 0, 0))


# -- PDF learning briefing and annual report extract -------------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Baby T, a boy who "
           "was 4 months old when he was admitted to Wendle Valley Hospital in October 2025 with a skull fracture. "
           "Healing rib fractures were also found. The OSCP held a rapid review within 15 working days and then "
           "commissioned a local review. The independent reviewer was Dr Colm Thornber-Hayes.")),
    ("h", "Background"),
    ("p", ("Baby T lived with his mother and his 3-year-old sister in service family accommodation on the Stannerby "
           "estate. His father was deployed overseas for 6 months, from when T was 3 weeks old. His mother had "
           "moved from Nepal two years earlier, spoke limited English and had no family nearby.")),
    ("p", ("When T was 14 weeks old, a health visitor saw a small bruise on his ear at a clinic at the Stannerby "
           "Family Hub. His mother said his sister had hit him with a toy. The health visitor accepted the "
           "explanation and did not make a referral. A neighbour interpreted at the clinic.")),
    ("p", ("Three weeks later T's mother took him to the emergency department at Wendle Valley Hospital because his "
           "head was swollen.")),
    ("h", "Findings"),
    ("p", ("Finding 1: The bruising protocol was not followed. A bruise on a baby who was not mobile was explained "
           "away, and no child protection medical took place.")),
    ("p", ("Finding 2: Isolation during deployment was not recognised. Nobody asked how T's mother was coping alone "
           "with two young children while her husband was away.")),
    ("p", ("Finding 3: No professional interpreter was used. A neighbour interpreted at the clinic, so T's mother "
           "could not speak freely.")),
    ("p", ("Finding 4: Information was not shared. The Stannerby Medical Centre knew that T's mother had been "
           "treated for postnatal depression, but the health visiting team did not.")),
    ("h", "Recommendations"),
    ("n", "Every practitioner who sees babies knows and follows the bruising protocol, whatever the explanation."),
    ("n", "Practitioners ask every family with a baby whether a parent is deployed or away, and for how long."),
    ("n", "A professional interpreter is used at every health contact where a parent's first language is not English."),
    ("n", "The Stannerby Medical Centre and the health visiting team share information about new parents."),
    ("h", "What has changed"),
    ("p", ("The bruising protocol was revised in May 2026, and 1,320 staff have completed the bruising protocol "
           "e-learning. The Stannerby Medical Centre and the health visiting team now hold a liaison meeting every "
           "month. Calm Arms sessions are now offered to fathers before they are deployed.")),
    ("p", ("Baby T has recovered well. He and his sister now live with their grandparents under a special "
           "guardianship order.")),
    ("h", "Questions for your team"),
    ("b", "Would we recognise a bruise on a baby who is not mobile as a reason to refer, whatever we were told?"),
    ("b", "How do we find out whether a parent is coping alone?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This report covers April 2025 to March 2026. It was a year shaped by the review of Baby T, which showed "
           "how isolated a parent can be while a partner is deployed, and by growing concern about young people "
           "being exploited along the Wendle Valley Line. Professor Halima Brightwater-Oduya, Independent "
           "Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Ottersley Council, NHS Wendlemoor Integrated Care Board and "
           "Wendlemoor Police. In 2025-26 the Lead Safeguarding Partner was the Chief Executive of NHS Wendlemoor "
           "Integrated Care Board. The OSCP Executive meets every 8 weeks. The OSCP Business Unit is managed by "
           "Gethin Ashcroft-Lowe. Stannerby Garrison became a relevant agency in 2025 and contributes to the "
           "budget.")),
    ("h", "Funding 2025-26"),
    ("t", [["Contributor", "Amount", "Share"],
           ["Ottersley Council", "131,200 pounds", "50%"],
           ["NHS Wendlemoor ICB", "83,900 pounds", "32%"],
           ["Wendlemoor Police", "36,700 pounds", "14%"],
           ["Stannerby Garrison", "10,500 pounds", "4%"],
           ["Total", "262,300 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to Millrace", "7,940", "8,315"],
           ["Contacts that became referrals", "1,866", "1,972"],
           ["Re-referrals within 12 months", "22%", "19%"],
           ["Assessments completed within 40 working days", "71%", "79%"],
           ["Strategy discussions held", "902", "964"],
           ["Section 47 enquiries", "611", "648"],
           ["Initial conferences within 15 working days", "84%", "91%"],
           ["Children with a child protection plan at 31 March", "231", "248"],
           ["Children in care at 31 March", "309", "322"],
           ["Footbridge Assessments started", "1,204", "1,377"],
           ["Missing episodes reported", "846", "912"],
           ["Riverlight return talks accepted", "61%", "67%"],
           ["Children discussed at the Spindle Panel", "58", "73"],
           ["Allegations referred to the LADO", "129", "146"],
           ["Private fostering notifications", "21", "34"],
           ["Children electively home educated at 31 March", "402", "455"],
           ["Cases heard at the MARAC", "388", "431"],
           ["Practitioners trained on OSCP courses", "1,980", "2,340"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 49 percent of child protection plans, emotional abuse "
           "for 31 percent, physical abuse for 13 percent and sexual abuse for 7 percent. 9 of the children with a "
           "plan were unborn babies.")),
    ("h", "Allegations"),
    ("p", ("Of the 146 allegations referred to the LADO in 2025-26, 52 concerned school staff, 14 concerned homestay "
           "hosts or language school staff, 11 concerned foster carers and 8 concerned sports coaches or outdoor "
           "instructors.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The OSCP held 4 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Baby T. The Wendlemoor Child Death Overview Panel reviewed the deaths of 9 Ottersley children.")),
    ("h", "Multi-agency audit"),
    ("p", ("The OSCP audited 25 cases of babies under 6 months with a bruise or mark. In 6 of them the baby was not "
           "referred to Millrace on the same day, and in 4 no professional interpreter was used.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The OSCP's priorities for 2026-27 are: babies under 1; children harmed outside the home, especially on "
           "the Wendle Valley Line and at Hobthorne Water; and children in service families. Each priority is led by "
           "one of the three safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Baby T",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 18 June 2026.", BRIEFING,
                 "Ottersley SCP | Learning Briefing: Baby T | June 2026",
                 f"{PARTNERSHIP} - ottersley-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "OSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Ottersley SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - ottersley-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Ottersley document into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, (code, title, short, section, updated, version, body, history, related) in CHAPTERS.items():
        html = page(code, title, short, section, updated, version, body, history, related, name[:-5])
        (out / name).write_text(html, encoding="utf-8")
    pages = {"millwheel-autumn-2026.html": newsletter_html(),
             "practice-notice-3-2026.html": notice_html()}
    files = {"pocket-guide-safer-sleep.docx": safer_sleep_docx,
             "practice-guide-neglect-tapestry.docx": tapestry_docx,
             "learning-briefing-baby-t.pdf": briefing_pdf,
             "annual-report-2025-26-extract.pdf": annual_report_pdf}
    return [out / name for name in CHAPTERS] + wv.write_documents(out, pages, files)


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Ottersley in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
