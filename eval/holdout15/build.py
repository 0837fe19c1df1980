"""Build the fifteenth held-out corpus (Harrowmere), and assemble demo corpus + Harrowmere for evaluation.

Run from the repository root:  python eval/holdout15/build.py

Harrowmere is an eighteenth fictional partnership: a rural district in the valley of the River Ambry, with the small
cathedral and market town of Sallowbridge at its centre and the livestock-market town of Copperthwaite upstream. It
holds Catterlow Camp, an army garrison whose service families are posted in and out every two or three years; HMYOI
Ravensholt, a young offender institution for boys aged 15 to 17; two council Gypsy and Traveller sites (Tallow
Meadow and Birchen Lane) and the Copperthwaite Midsummer Horse Fair; large farms where children help with stock and
machinery, and the Copperthwaite Auction Mart; Carrowdene School, an independent boarding school with many pupils
from overseas; St Aldric's Cathedral Choir School; and remote hamlets (Nether Sollom, Wyndle End, Gorsey Knoll,
Quarnby Top, Hawkmoss, Skelderby) with poor mobile signal and one bus a week. Its neighbour is Quillby, which has no
documents here.
The set was written blind: without reading how the product ranks or answers, without asking it anything and without
reading any other set's questions. Harrowmere's web pages have their own house style (a quick-exit top bar, a
breadcrumb, an "In brief" box, numbered sections as details/summary accordions, contact tables, "Remember" and
"Practice example" callouts, a questions-and-answers list and a "Page updated" stamp), beside a newsletter laid out as
article cards, a practice update of dated changes that overrides some older pages (a new out-of-hours number, later
front-door closing, a shorter wait for initial child protection conferences, a quicker offer of return
conversations, a new exploitation team email address), two Word guides and two PDFs (a practice review's learning
briefing and an annual report extract with a funding table and two years of figures). The writers are the shared
ones in eval/holdout/build.py (fixed zip timestamps, reportlab invariant mode), so the build is byte-reproducible;
only Harrowmere's words and page template live here. Its phone numbers (01632 960101-960119, 960121, 960122, 960124
and 960126) have one purpose each, and every person, place and service named is invented.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
OUT = HERE / "corpus" / "harrowmere"

sys.path.insert(0, str(REPO))  # run as a script: the repository's eval package is importable
from eval.holdout import build as wv

PARTNERSHIP = "Harrowmere Safeguarding Children Partnership"
SITE = "https://harrowmere-scp.example.org"
ADDRESS = "Drovers Hall, 9 Shambles Lane, Sallowbridge, Harrowmere HM7 3RT"

# -- Harrowmere's page template and its pieces -----------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | HSCP Online Procedures</title>
<link rel="canonical" href="{site}/procedures/{slug}">
<link rel="stylesheet" href="{site}/wp-content/themes/hscp-2026/style.css?ver=4.2.1">
<script>document.documentElement.className = document.documentElement.className.replace("no-js", "js");</script>
</head>
<body class="page-template-procedure hscp">
<div class="hscp-topbar" role="region" aria-label="Safety">
  <p>If a child is in immediate danger, call 999.</p>
  <a class="hscp-quick-exit" href="https://www.example.org/weather">Leave this site quickly</a>
</div>
<header class="hscp-header">
  <a class="hscp-logo" href="{site}/">
    <img src="{site}/wp-content/uploads/hscp-logo.png" alt="HSCP home" width="180" height="60"></a>
  <nav class="hscp-nav" aria-label="Main">
    <ul>
      <li><a href="{site}/procedures">Procedures A to Z</a></li>
      <li><a href="{site}/levels-of-need">Levels of need</a></li>
      <li><a href="{site}/learning">Reviews and learning</a></li>
      <li><a href="{site}/drove-road">The Drove Road newsletter</a></li>
      <li><a href="{site}/training">Training and events</a></li>
      <li><a href="{site}/about">About the HSCP</a></li>
    </ul>
  </nav>
  <form class="hscp-search" role="search" action="{site}/">
    <label for="s" class="screen-reader-text">Search</label>
    <input type="search" id="s" name="s" placeholder="Search procedures"><button type="submit">Go</button>
  </form>
</header>
<nav class="hscp-breadcrumb" aria-label="Breadcrumb">
  <a href="{site}/">Home</a> <span class="sep">/</span>
  <a href="{site}/procedures">Procedures A to Z</a> <span class="sep">/</span>
  <a href="{site}/procedures/{group_slug}">{group}</a> <span class="sep">/</span>
  <span aria-current="page">{crumb}</span>
</nav>
<div class="hscp-layout">
<main id="content" class="hscp-main">
<p class="hscp-kicker">{partnership} | Online Procedures | {group}</p>
<h1>{title}</h1>
<p class="hscp-stamp">Page updated: {updated} | Next review due: {review}</p>
{body}
<div class="hscp-rating"><p>Was this page helpful? <a href="{site}/feedback?page={slug}">Tell us</a></p></div>
</main>
<aside class="hscp-sidebar" aria-label="Related">
  <h2>Related pages</h2>
  <ul>
{related}
  </ul>
  <p class="hscp-print"><a href="javascript:window.print()">Print this page</a></p>
  <p class="hscp-subscribe"><a href="{site}/subscribe">Get an email when procedures change</a></p>
</aside>
</div>
<footer class="hscp-footer">
  <p class="hscp-footer-stamp">Page updated {updated}</p>
  <p>{partnership}, {address}</p>
  <ul><li><a href="{site}/accessibility">Accessibility</a></li><li><a href="{site}/privacy">Privacy notice</a></li>
  <li><a href="{site}/cookies">Cookies</a></li><li><a href="{site}/contact">Contact the HSCP</a></li></ul>
  <p class="hscp-small">Procedures are checked at least once a year. If you have printed this page, check online
  before you rely on it.</p>
</footer>
<script src="{site}/wp-content/themes/hscp-2026/js/accordion.js?ver=4.2.1"></script>
</body>
</html>
"""


def page(slug: str, title: str, crumb: str, group: str, updated: str, review: str, body: str,
         related: tuple[str, ...]) -> str:
    """One procedure page in Harrowmere's house style (top bar, header, breadcrumb, sidebar and footer are outside
    <main>)."""
    links = "\n".join(f'    <li><a href="{SITE}/procedures/{wv.slugify(r)}">{r}</a></li>' for r in related)
    return PAGE.format(slug=slug.removesuffix(".html"), title=title, crumb=crumb, group=group,
                       group_slug=wv.slugify(group), updated=updated, review=review,
                       body=body.strip(), related=links, site=SITE, partnership=PARTNERSHIP, address=ADDRESS)


def brief(*points: str) -> str:
    """The "In brief" box at the top of a page."""
    items = "\n".join(f"<li>{p}</li>" for p in points)
    return f'<div class="hscp-inbrief">\n<h2>In brief</h2>\n<ul>\n{items}\n</ul>\n</div>'


def section(number: int, heading: str, *blocks: str, open_: bool = False) -> str:
    """A numbered section as an accordion (details/summary)."""
    inner = "\n".join(blocks)
    flag = " open" if open_ else ""
    return (f'<details class="hscp-acc" id="s{number}"{flag}>\n<summary><h2>{number}. {heading}</h2></summary>\n'
            f'<div class="hscp-acc-body">\n{inner}\n</div>\n</details>')


para = wv.paragraphs


def bullets(*texts: str) -> str:
    return wv.html_list("ul", texts, "hscp-list")


def steps(*texts: str) -> str:
    return wv.html_list("ol", texts, "hscp-steps")


def remember(text: str) -> str:
    """A "Remember" callout."""
    return f'<div class="hscp-callout hscp-callout--remember"><p><strong>Remember:</strong> {text}</p></div>'


def example(text: str) -> str:
    """A "Practice example" callout."""
    return (f'<figure class="hscp-callout hscp-callout--example"><figcaption>Practice example</figcaption>'
            f"<p>{text}</p></figure>")


def contact_table(caption: str, rows: list[tuple[str, str, str]]) -> str:
    """Contacts as a table: service, telephone or email, when."""
    return wv.html_table(caption, ("Who", "How to contact", "When"), rows, "hscp-contacts", th_attrs=' scope="col"')


def table(caption: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return wv.html_table(caption, header, rows, "hscp-table", th_attrs=' scope="col"')


def faq(pairs: list[tuple[str, str]]) -> str:
    """A questions-and-answers list."""
    items = "\n".join(f"<dt>{q}</dt>\n<dd>{a}</dd>" for q, a in pairs)
    return f'<section class="hscp-faq">\n<h2>Questions and answers</h2>\n<dl>\n{items}\n</dl>\n</section>'


# -- procedure pages -----------------------------------------------------------------------------

BELLWETHER = f"""
{brief("Bellwether is the single front door to children's social care for every child in Harrowmere, from "
       "Sallowbridge and Copperthwaite to the smallest hamlet.",
       "Phone Bellwether first if you think a child is at risk of significant harm; write if the worry is not urgent.",
       "Bellwether is not an emergency service. If a child is in immediate danger, call 999.")}
<p>Bellwether works from Drovers Hall in Sallowbridge. Social workers share the office with officers from Marchmoor
Constabulary, a nurse from the Harrowmere 0-19 Service, an education safeguarding adviser, an adviser from Stillwater
Domestic Abuse Service and a Traveller education link worker. The Forces Families Link Worker joins the team on
Tuesdays and Thursdays.</p>
{section(1, "Contacts",
         contact_table("Bellwether and related contacts", [
             ("Bellwether (professionals and the public)",
              "01632 960101; secure email bellwether@harrowmere.example.org",
              "Monday to Friday, 8.30am to 5pm"),
             ("The Crook Line (a consultation line for professionals; not a referral)", "01632 960102",
              "Monday, Wednesday and Friday, 1pm to 4pm"),
             ("Emergency Duty Service (out of hours)", "01632 960103",
              "From 5pm on weekdays, all weekend and on bank holidays"),
             ("Marchmoor Constabulary Public Protection Hub (professionals only)", "01632 960106", "24 hours a day"),
             ("Hedgerow early help advice line", "01632 960119", "Monday to Friday, 9am to 4pm"),
         ]), open_=True)}
{section(2, "Making a Request for Involvement",
         para("Written referrals are made on the Harrowmere Request for Involvement form, known as the RFI. When you "
              "believe a child is at risk of significant harm, ring Bellwether and then send the RFI within 24 hours "
              "of your call.",
              "If the worry is not urgent, email the RFI without ringing first. Tell us what you have seen and heard "
              "yourself, what the child has said in their own words and what has already been tried.",
              "List everyone in the household, including adults who stay there regularly. For a service family, say "
              "which unit the serving parent belongs to and whether they are deployed. For a family living on a "
              "Traveller site or an encampment, say which site and pitch.",
              "Professionals must give their name and role. Members of the public may stay anonymous."))}
{section(3, "How Bellwether decides",
         steps("A Bellwether team manager reads every contact and gives it a rating: Red, Amber or Green.",
               "A Red contact, where a child may be at risk of significant harm now, is decided within 1 hour.",
               "An Amber contact is decided on the same working day.",
               "A Green contact is decided within 2 working days.",
               "The person who made the request is told the outcome within 3 working days of the decision."),
         para("Where a child and family assessment is needed, Harrowmere aims to finish it within 40 working days, "
              "inside the national limit of 45 working days.",
              "Where a child has been the subject of 3 contacts in 6 months, the team manager completes a Pattern "
              "Check of the whole history before deciding what happens next."))}
{section(4, "Consent",
         para("Tell the parents that you are worried and that you are contacting Bellwether, and ask them to agree, "
              "unless doing so would put the child or someone else at greater risk or could get in the way of a "
              "police investigation. You do not need consent when a child may be at risk of significant harm; "
              "record why you went ahead without it."))}
{section(5, "Unborn babies",
         para("Send an RFI about an unborn baby as soon as you are worried, and no later than 16 weeks of "
              "pregnancy. Bellwether arranges a pre-birth assessment, which should be finished by 28 weeks of "
              "pregnancy so that a plan is in place well before the birth."))}
{section(6, "Hamlets with no mobile signal",
         para("Some hamlets in the upper Ambry valley have no reliable mobile signal and no daily bus. If Bellwether "
              "cannot reach a family and a child may be at risk, the duty manager asks the Marchmoor Constabulary "
              "rural beat officer for the area to make a welfare visit the same day.",
              "Social workers visiting hamlets with no signal tell the duty desk their route and check in at least "
              "every 2 hours, using a landline or a satellite messenger borrowed from the duty desk."),
         remember("a practitioner who cannot get a signal at a farm or hamlet and is worried a child is in danger "
                  "should use the nearest landline to call 999. Every Safe Spot in the district has one."))}
{section(7, "Children who live outside Harrowmere",
         para("Boarders at Carrowdene School and St Aldric's Cathedral Choir School, boys held at HMYOI Ravensholt and "
              "children visiting for the Midsummer Horse Fair are referred to Bellwether like any other child. "
              "Bellwether tells the child's home local authority within 1 working day.",
              "If a child lives in another area and only comes to Harrowmere for school, contact the children's "
              "services of the area where the child lives. If the child is in danger while in Harrowmere, Bellwether "
              "acts first."))}
{faq([
    ("It is 5.20pm on a Friday and I am still worried. Who do I ring?",
     ("Bellwether has closed. Ring the Emergency Duty Service on 01632 960103, or 999 if the child is in immediate "
     "danger.")),
    ("I only want to talk it through. Is there someone I can ask?",
     ("Yes. Ring the Crook Line and speak to a Bellwether practice lead. A consultation is not a referral, and the "
     "decision about what to do next stays with you and your safeguarding lead.")),
    ("Nobody has told me what happened. What should I do?",
     ("You should hear within 3 working days of the decision. If you have not, ring Bellwether and ask for the duty "
     "team manager.")),
    ("The family lives at Catterlow Camp. Do I tell the army instead?",
     ("No. Concerns about children on the camp come to Bellwether in the same way as any other. See the page on "
     "armed forces families.")),
])}
"""

LEVELS = f"""
{brief("Harrowmere uses four levels of need; Level 4 has two parts, 4A and 4B.",
       "A level describes a child's needs at one moment. It can go up or down.",
       "The levels support your judgement and never replace a conversation with your safeguarding lead.")}
{table("The Harrowmere levels of need", ("Level", "What it means", "Examples in Harrowmere", "Who responds"), [
    ("Level 1: Universal", "The family and services open to every child meet the child's needs.",
     "Attends school regularly; registered with a GP and a dentist; development on track.",
     "Schools, GPs, health visitors, youth clubs and the Hedgerow Bus."),
    ("Level 2: Additional needs", "One agency can meet an extra need, perhaps with advice from another.",
     ("A service child unsettled after a posting; school attendance between 90 and 94 percent; a young carer who is "
     "coping."), "The agency that knows the child best, using its own plan."),
    ("Level 3: Hedgerow early help", "Several needs that call for a plan shared between agencies.",
     ("Attendance below 90 percent; a 13-year-old kept off school to help with lambing; a family on a Traveller site "
     "not registered with a GP; a parent whose drinking is affecting routines."),
     "A Hedgerow Assessment and Hedgerow Plan with a lead practitioner."),
    ("Level 4A: Child in need", "Complex needs that call for a social work assessment under section 17.",
     ("A disabled child whose parents can no longer manage without specialist help; a 16 or 17 year old who is "
     "homeless."), "A Request for Involvement to Bellwether."),
    ("Level 4B: Child protection", "The child is suffering, or is likely to suffer, significant harm.",
     ("Any bruise or mark on a baby who is not yet mobile; a child who says they have been hurt; a child working "
     "machinery alone after the family has been warned."),
     "Ring Bellwether on 01632 960101 at once, or the Emergency Duty Service on 01632 960103 out of hours."),
])}
{section(1, "Hedgerow early help",
         para("Hedgerow is Harrowmere's early help offer. Any practitioner can start a Hedgerow Assessment with the "
              "family's agreement. The practitioner who knows the family best usually becomes the lead "
              "practitioner, whatever their agency.",
              "A Hedgerow Plan is reviewed with the family and the other practitioners at a Hedgerow Review at least "
              "every 6 weeks.",
              "The Hedgerow advice line, 01632 960119, is open Monday to Friday, 9am to 4pm, and the team can be "
              "emailed at hedgerow@harrowmere.example.org."), open_=True)}
{section(2, "Hedgerow Surgeries",
         para("If you are not sure which level fits, book a Hedgerow Surgery. Surgeries run every Tuesday from 10am "
              "to 12 noon at Sallowbridge Family Hub or on Microsoft Teams. Each slot lasts 30 minutes, with a "
              "senior early help practitioner and a Bellwether social worker. Book by emailing the Hedgerow team."))}
{section(3, "Family hubs and the Hedgerow Bus",
         para("There are two family hubs, in Sallowbridge and Copperthwaite. The Hedgerow Bus is a family hub on "
              "wheels. It visits Nether Sollom, Wyndle End, Gorsey Knoll and Quarnby Top once a fortnight, with a "
              "family worker, a health visitor and a children's library. The timetable is on the HSCP website."))}
{section(4, "Stepping up and stepping down",
         para("If a Hedgerow Plan has made little difference after 3 Hedgerow Reviews, the lead practitioner talks "
              "to their safeguarding lead about whether the child's needs have reached Level 4A or 4B.",
              "When children's social care closes a case and the family still needs help, the social worker and "
              "the new lead practitioner hold a handover meeting with the family within 15 working days."))}
{section(5, "Consent",
         para("Help at Levels 2 and 3 is voluntary and depends on the family agreeing to it. At Level 4A, seek the "
              "family's consent before you send a Request for Involvement. At Level 4B, a refusal does not stop you "
              "acting to protect the child."))}
{section(6, "Rural life and levels",
         para("Living in a remote hamlet, moving often with the army or travelling for part of the year does not, on "
              "its own, put a child at any level. Ask what those circumstances mean for this child: whether they get "
              "to school, see a doctor and have a safe, warm place to sleep."))}
"""

LADO = f"""
{brief("Contact the LADO within 1 working day when an adult who works or volunteers with children may have harmed a "
       "child or may pose a risk to children.",
       "Do not investigate, question the child or the adult, or tell the adult, before you have spoken to the LADO.",
       "This page covers boarding and choir schools, HMYOI Ravensholt and Catterlow Camp as well as schools and "
       "early years settings.")}
{section(1, "Who the procedure covers",
         para("The procedure applies to anyone who works or volunteers with children in Harrowmere, paid or unpaid. "
              "Here that includes teachers, boarding house staff and houseparents at Carrowdene School, lay clerks, "
              "chaperones and choir staff at St Aldric's Cathedral Choir School, prison officers and other staff at "
              "HMYOI Ravensholt, army cadet instructors and youth workers at Catterlow Camp, riding and outdoor "
              "instructors, school transport drivers and escorts, foster carers, host families and volunteers."),
         open_=True)}
{section(2, "Contacting the LADO",
         contact_table("The Harrowmere LADO service", [
             ("Local Authority Designated Officers: Wilhelmina Drabble-Ashe and Kofi Pennyfeather",
              "01632 960104; lado@harrowmere.example.org", "Monday to Friday, 9am to 4.30pm"),
             ("Out of hours, where a child may be at immediate risk", "The Emergency Duty Service",
              "Tell the LADO on the next working day"),
         ]))}
{section(3, "Timescales",
         steps("The employer's designated senior manager contacts the LADO within 1 working day of hearing about "
               "the allegation.",
               "The employer sends the LADO Referral Form within 2 working days of that first conversation.",
               "The LADO decides within 2 working days whether the threshold for the procedure is met.",
               "Where it is met, the LADO holds an Allegation Management Meeting within 5 working days of that "
               "decision. The meeting is reconvened at least every 4 weeks until the matter is concluded.",
               "Harrowmere aims to conclude 70 percent of allegations within 12 weeks of the referral."))}
{section(4, "What not to do",
         remember("do not start your own investigation, do not interview the child or the adult, and do not tell the "
                  "adult about the allegation until the LADO has agreed what can be said. Write down what you were "
                  "told and saw, with the date and time, and sign it."))}
{section(5, "HMYOI Ravensholt",
         para("Allegations that a member of staff at HMYOI Ravensholt has harmed a boy held there are referred to the "
              "Harrowmere LADO by Ravensholt's Head of Safeguarding within 1 working day, wherever the boy's home is. "
              "This includes any restraint that leaves an injury. The LADO also attends Ravensholt's monthly "
              "safeguarding meeting."))}
{section(6, "Catterlow Camp",
         para("Where the adult is a serving soldier who volunteers with children, for example as a cadet instructor, "
              "the LADO tells the Service Police and the Catterlow Camp Community Support Office. The LADO process "
              "runs alongside any military process and does not wait for it."))}
{section(7, "Outcomes",
         para("Every allegation ends with one of five outcomes: substantiated, unsubstantiated, unfounded, false or "
              "malicious. An employer who dismisses someone, or would have done so if they had not resigned, because "
              "they harmed a child or posed a risk of harm, must refer them to the Disclosure and Barring Service."))}
{section(8, "Low-level concerns",
         para("Behaviour that does not meet the threshold, such as sharing a personal phone number with a pupil or "
              "being alone with a chorister in the song school without a reason, is a low-level concern. The "
              "safeguarding lead records it. Where 3 low-level concerns about the same adult are recorded within 12 "
              "months, the safeguarding lead consults the LADO."))}
{faq([
    ("The adult has resigned. Does the process stop?",
     "No. The allegation is taken to an outcome whether or not the adult resigns or takes part."),
    ("The allegation is about something years ago. Should I still refer?",
     "Yes, if the adult still works or volunteers with children. Historical allegations are referred in the same way."),
    ("The houseparent is employed by an agency. Who refers?",
     "The school where the houseparent works refers and tells the agency the same day."),
])}
"""

STRATEGY = f"""
{brief("A strategy discussion is held when there is reasonable cause to suspect that a child is suffering, or is "
       "likely to suffer, significant harm.",
       "It decides whether a section 47 enquiry begins and what must happen now to keep the child safe.")}
{section(1, "Timescales",
         steps("The strategy discussion is held within 1 working day of Bellwether deciding that one is needed.",
               "Where a child may be in immediate danger, it is held within 2 hours, and protective action never "
               "waits for it.",
               "The chair sends the record of the discussion to everyone who took part within 1 working day."),
         open_=True)}
{section(2, "Who takes part",
         para("A Bellwether team manager chairs. Every discussion includes Marchmoor Constabulary, usually an officer "
              "from the Child Abuse Investigation Team, a health professional such as a named nurse or paediatrician, "
              "and the agency that made the referral. The child's school or nursery is invited wherever it knows the "
              "child.",
              "For a boy held at HMYOI Ravensholt, the Ravensholt Head of Safeguarding takes part. For a child from "
              "Catterlow Camp, the Forces Families Link Worker advises on the family's circumstances."))}
{section(3, "What is decided",
         bullets("whether a section 47 enquiry is needed, and whether it is single-agency or joint with the police;",
                 "what immediate action will keep this child and any brothers or sisters safe;",
                 "whether a child protection medical is needed, where and when;",
                 "what the parents will be told, by whom and when;",
                 "how the child will be seen, and who goes, if the family lives somewhere remote."))}
{section(4, "Child protection medicals",
         para("Medicals are carried out at the Children's Assessment Unit at St Cuthwin's Hospital in Sallowbridge, "
              "on 01632 960107. A child referred before 2pm on a weekday is seen the same day; a child referred later "
              "is seen the next morning, unless the paediatrician decides the child must be seen that evening. Out "
              "of hours, ask the St Cuthwin's switchboard for the on-call paediatrician."))}
{section(5, "The section 47 enquiry",
         steps("A qualified social worker leads the enquiry and sees the child within 24 hours of the strategy "
               "discussion, alone where that is right for the child.",
               "Use a professional interpreter, never a relative or another pupil. Many Carrowdene boarders speak "
               "Mandarin, Cantonese, Russian or Spanish at home.",
               "For families in hamlets with no mobile signal, two workers visit together, or a social worker and a "
               "police officer.",
               "The enquiry is completed within 15 working days of the strategy discussion. If it cannot be, the team "
               "manager reconvenes the strategy discussion and records why."))}
{remember("if the enquiry finds that the child is likely to suffer significant harm, the social worker asks the "
          "Conference and Review Service for an initial child protection conference.")}
"""

CONFERENCES = f"""
{brief("An initial child protection conference decides whether a child is likely to suffer significant harm and, if "
       "so, agrees a child protection plan.",
       "Conferences are arranged by the Conference and Review Service on 01632 960105 or "
       "conferences@harrowmere.example.org.")}
{section(1, "The initial conference",
         steps("The initial child protection conference is held within 15 working days of the strategy discussion "
               "at which the section 47 enquiry began.",
               "An independent chair who has no line management responsibility for the case chairs it.",
               "The conference is quorate when children's social care and at least 2 other agencies are present.",
               "Agencies send their reports to the chair 3 working days before the conference, and share them with "
               "the parents at least 2 working days before.",
               "The chair meets the parents before the conference so that they know what will happen. Parents may "
               "bring a friend or supporter."),
         open_=True)}
{section(2, "Children's views",
         para("Every child aged 10 or over is offered an independent advocate from Voices First Advocacy, who can "
              "help them come to the conference, write down their views or speak for them. Younger children's "
              "wishes are gathered by the social worker."))}
{section(3, "Getting there",
         para("Conferences are held at Drovers Hall in Sallowbridge or at Copperthwaite Family Hub, and family members "
              "can join by video. Where a family lives in a hamlet with no suitable bus, the Conference and Review "
              "Service pays for a taxi."))}
{section(4, "After the conference",
         steps("The core group meets within 10 working days of the initial conference, and then at least every 4 "
               "weeks.",
               "The first review conference is held within 3 months of the initial conference.",
               "Later review conferences are held at intervals of no more than 6 months."))}
{section(5, "Categories of plan",
         para("A plan is made under one category: neglect, physical abuse, emotional abuse or sexual abuse. The chair "
              "chooses the category that best describes the main concern."))}
{section(6, "Service families who are posted away",
         para("When a child with a plan moves because the serving parent is posted elsewhere, the new area holds a "
              "transfer-in conference within 15 working days. The Harrowmere chair sends the conference papers to "
              "the new area within 5 working days of hearing about the move."))}
{section(7, "Complaints by parents",
         para("A parent who is unhappy with how a conference was run can complain to the Conference and Review "
              "Service Manager, Barnaby Eckersall, within 10 working days. The decision of the conference stands "
              "while the complaint is considered."))}
"""

ESCALATION = f"""
{brief("Use this page when you disagree with another agency about a child and cannot settle it informally.",
       "Resolve disagreements at the lowest stage you can, and keep the child at the centre.")}
{remember("if a child is in immediate danger, do not work through the stages. Call 999 or ring Bellwether at once.")}
{section(1, "The four stages",
         table("Stages for resolving a disagreement", ("Stage", "Who", "Time allowed"), [
             ("Stage 1", "The practitioners who disagree talk directly.", "2 working days"),
             ("Stage 2", "Their supervisors or team managers.", "3 working days"),
             ("Stage 3", "Service managers, or the named or designated safeguarding professionals.", "5 working days"),
             ("Stage 4", "The HSCP Escalation Panel, chaired by the Independent Scrutineer.", "10 working days"),
         ]),
         para("The decision of the HSCP Escalation Panel is final."), open_=True)}
{section(2, "Keeping a record",
         para("Record each stage on your agency's file for the child. From Stage 3 onwards, complete the HSCP "
              "Escalation Record and send a copy to escalation@harrowmere-scp.example.org so that the partnership "
              "can track the case."))}
{section(3, "Disagreeing with a Bellwether decision",
         para("If you disagree with a decision Bellwether has made, ask for a reconsideration by a Bellwether team "
              "manager. The team manager rings you back within 1 working day. If you still disagree, go to Stage 3."))}
{section(4, "Disagreeing with a conference decision",
         para("Tell the chair at the conference and ask for your agency's dissent to be recorded. Then write to the "
              "Conference and Review Service Manager within 5 working days of the conference. The conference "
              "decision stands while the disagreement is looked at."))}
{section(5, "Learning from disagreements",
         para("The HSCP Practice Group reviews every Stage 3 and Stage 4 escalation each quarter. In 2025-26 the "
              "Business Unit received 37 Escalation Records; 5 reached Stage 4."))}
"""

MISSING = f"""
{brief("Report a missing child to the police straight away; there is no waiting time.",
       "Every child who returns is offered a Homecoming Conversation.",
       "A missing strategy meeting is held after 3 missing episodes in 90 days or one episode longer than 24 hours.")}
{section(1, "Reporting a child missing",
         steps("If you believe a missing child is in danger, call 999. Otherwise report the child to Marchmoor "
               "Constabulary on 101.",
               "Foster carers and children's home staff make the checks in the child's plan and must tell the "
               "child's social worker, or the Emergency Duty Service out of hours, within 1 hour of knowing the "
               "child is missing.",
               "Every child in care has a Keep Safe Profile with a recent photograph, a description, phone numbers "
               "and places they go. It is updated every 6 months and after every missing episode."),
         open_=True)}
{section(2, "Missing in the countryside",
         para("Children missing in the upper valley may be hiding in barns, holiday cottages or woodland, and the "
              "River Ambry floods quickly after heavy rain. Tell the police straight away if a missing child may be "
              "near the river, a reservoir or a quarry, or is not dressed for the weather."))}
{section(3, "Homecoming Conversations",
         para("Return home interviews in Harrowmere are called Homecoming Conversations. They are carried out by the "
              "Homecoming Service, which is independent of the child's carers and social worker. A Homecoming "
              "Conversation is offered within 72 hours of the child's return and completed within 5 working days.",
              "The Homecoming Service can be reached on 01632 960109 or at homecoming@harrowmere.example.org. If a "
              "child will not talk, the offer is repeated and another trusted adult may be asked to try."))}
{section(4, "Missing strategy meetings",
         para("A missing strategy meeting is held when a child has been missing 3 times in 90 days, or has been "
              "missing for more than 24 hours on one occasion, and sooner if exploitation is suspected. It is "
              "chaired by a social work team manager. The Missing and Exploitation Coordinator, Esme Kirkbride, "
              "keeps a record of every child discussed."))}
{section(5, "Boarders who go missing",
         para("If a boarder at Carrowdene School or St Aldric's Cathedral Choir School is missing, the boarding house "
              "searches the grounds and then reports the child to the police. It tells the parents and, for a pupil "
              "from overseas, the pupil's UK guardian within 1 hour of the report."))}
{section(6, "Children missing education",
         para("Where a pupil has been absent for 10 school days in a row without explanation and the school cannot "
              "make contact, refer the child to the Children Missing Education Officer on 01632 960111 or "
              "cme@harrowmere.example.org.",
              "When a service family is posted away, the school confirms that the child has started at the new "
              "school within 10 school days of leaving. Children from Traveller families who travel for part of "
              "the year can be dual registered, so that their Harrowmere school keeps their place open."))}
"""

EXPLOITATION = f"""
{brief("Child exploitation includes criminal exploitation, sexual exploitation and county lines drug dealing.",
       "Send the Merlin Screening Tool with your Request for Involvement.",
       "Children who are exploited are victims, whatever they have been made to do.")}
{section(1, "The Merlin Team",
         para("The Merlin Team is Harrowmere's specialist team for children at risk of exploitation. It works with "
              "children up to their 18th birthday and their families, and advises practitioners.",
              "Telephone 01632 960108, Monday to Friday, 9am to 5pm, or email merlin@harrowmere.example.org. The "
              "team manager is Cormac Shandley."), open_=True)}
{section(2, "What exploitation looks like here",
         bullets("county lines dealers who use the A-road and the Thursday market in Copperthwaite to move drugs "
                 "between cities and the valley;",
                 "young people recruited in the Auction Mart car park or at the bus station;",
                 "cuckooing, where an isolated cottage or a vulnerable adult's home is taken over to deal from;",
                 "children used to steal quad bikes, tools and farm machinery to order;",
                 "older men in four-by-fours giving young people lifts, alcohol and money;",
                 "boys released from HMYOI Ravensholt being met at the gate by people they do not know."))}
{section(3, "What to do",
         steps("Complete the Merlin Screening Tool with what you know. It takes about 15 minutes.",
               "If the child is at risk of significant harm, ring Bellwether and send the RFI and the screening tool "
               "within 24 hours.",
               "Share any intelligence, such as car registrations, nicknames and places, with Marchmoor Constabulary "
               "through the Partner Intelligence Form, even if the child is already known."))}
{section(4, "The Harrowmere Exploitation Panel",
         para("The Harrowmere Exploitation Panel meets every 2 weeks, on Wednesdays, and is chaired by the Merlin Team "
              "manager. It looks at children at high risk of exploitation, the places where they are exploited and "
              "the adults who exploit them."))}
{section(5, "The National Referral Mechanism",
         para("Where a child may be a victim of modern slavery, including criminal exploitation, a referral to the "
              "National Referral Mechanism is made by the Merlin Team within 5 working days of the concern being "
              "identified. Consent is not needed for a child."))}
{example("A 15-year-old from Skelderby started missing the Thursday bus home and arriving at school with new "
         "trainers and two phones. The Merlin Screening Tool showed links to an older man who gave lifts from the "
         "market. A strategy discussion was held, and the Merlin Team started weekly sessions with him at school.")}
"""

FORCES = f"""
{brief("Catterlow Camp is home to two infantry battalions and about 1,100 children living in service family "
       "accommodation on and around the camp.",
       "Concerns about a service child go to Bellwether, exactly as for any other child.",
       "Moves, deployments and separations are part of service life; ask what they mean for this child.")}
{section(1, "About Catterlow Camp",
         para("About 1,900 soldiers are based at Catterlow Camp. Most families stay for two to three years before the "
              "next posting, and six Harrowmere schools have service children making up more than a quarter of "
              "their pupils.",
              "The camp's Garrison Hub holds a drop-in for families every Wednesday from 10am to 12 noon, and the "
              "Catterlow Youth Hut is open to 11 to 17 year olds on Monday, Wednesday and Friday evenings."),
         open_=True)}
{section(2, "Contacts",
         contact_table("Contacts for service families", [
             ("Catterlow Camp Community Support Office", "01632 960112", "Monday to Friday, 8am to 4.30pm"),
             ("Forces Families Link Worker, Joelle Fanshawe, based in Bellwether", "Through Bellwether, 01632 960101",
              "Tuesdays and Thursdays"),
             ("Bellwether", "01632 960101", "For any concern that a child may be at risk of harm"),
         ]))}
{section(3, "The army and children's social care",
         para("The unit welfare officer and the Community Support Office support soldiers and their families, but "
              "they do not replace children's social care and do not investigate safeguarding concerns. Anyone on "
              "the camp who is worried about a child, including army staff, refers to Bellwether.",
              "Bellwether tells the unit welfare officer about a concern only with the parents' consent, or without "
              "it where that is needed to keep the child safe."))}
{section(4, "Deployment",
         para("When a parent is deployed for 3 months or more, schools offer the child a Deployment Support Plan: a "
              "named adult in school, a quiet space and help to keep in touch with the deployed parent.",
              "Watch for changes in the parent at home as well as the child. Loneliness, drinking and money worries "
              "can build up during a long deployment, and tension and domestic abuse can increase when a soldier "
              "comes home."))}
{section(5, "Postings and moving on",
         para("When a family with a social worker is posted away, the social worker tells the receiving local "
              "authority within 5 working days of hearing about the move, and sends the records. A child with a "
              "child protection plan will have a transfer-in conference in the new area.",
              "When a family arrives at Catterlow Camp, the school asks the previous school for the child's "
              "safeguarding file on the day the child starts."))}
{example("A Year 9 girl whose father had just deployed began arriving late and falling asleep in lessons. Her "
         "school's Deployment Support Plan meetings found she was looking after her two younger brothers most "
         "nights. The school started a Hedgerow Assessment and her mother was referred to the young carers' "
         "service.")}
"""

GRT = f"""
{brief("Gypsy, Roma and Traveller children have the same right to protection as every other child; concerns go to "
       "Bellwether in the usual way.",
       "Build trust, talk face to face and do not rely on letters.")}
{section(1, "Sites in Harrowmere",
         para("The council runs two sites: Tallow Meadow, with 18 pitches, near Copperthwaite, and Birchen Lane, with "
              "12 pitches, on the edge of Sallowbridge. Roadside encampments are most common in spring and summer "
              "and during the Copperthwaite Midsummer Horse Fair, held in the second week of June, when up to 300 "
              "caravans arrive."),
         open_=True)}
{section(2, "The GRT Liaison Team",
         para("The Gypsy, Roma and Traveller Liaison Team supports families on the sites and on encampments, and can "
              "go with you on a first visit. Ring 01632 960113. The liaison officer is Tamsyn Brockhurst.",
              "The site offices at Tallow Meadow and Birchen Lane are open on Monday and Thursday mornings, from 9am "
              "to 12 noon."))}
{section(3, "Encampments",
         para("When an unauthorised encampment arrives, the GRT Liaison Team carries out a welfare assessment "
              "within 24 hours, before any decision is made about moving the families on. The assessment asks about "
              "each child's health, schooling and safety, and about anyone who is pregnant or unwell."))}
{section(4, "Working well with families",
         bullets("Many adults on the sites read little or not at all. Explain things in person or by phone, and read "
                 "letters and forms aloud if that is wanted.",
                 "Families may have good reason to distrust services. Be clear about why you are there and what "
                 "will happen next.",
                 "Do not treat a family's culture as the cause of a concern, or as a reason not to act.",
                 "Ask who the child lives with and who else is travelling with the family."))}
{section(5, "Health and school",
         para("GP practices must not refuse to register a child because the family has no fixed address. The "
              "Traveller Education Support Service helps children join schools, keep up while travelling and move "
              "on to secondary school, where many Traveller children stop attending."))}
{section(6, "Early and forced marriage",
         para("The legal age of marriage in England is 18, and any marriage ceremony for a child, religious or not, "
              "is against the law. If you believe a child is being prepared for marriage, contact Bellwether the "
              "same day and do not talk to the family about your concern first."))}
"""

FARMS = f"""
{brief("Children who help on farms face real risks from machinery, livestock, slurry and falls.",
       "Children of compulsory school age who are paid to work need a child employment permit.",
       "Any injury to a child from machinery or livestock needs medical attention.")}
{section(1, "Child employment permits",
         para("A child aged 13 or over who is still of compulsory school age may do light paid work, but the employer "
              "must apply to the council for a child employment permit within 7 days of the child starting. This "
              "applies on farms, at the Auction Mart and at agricultural shows.",
              "In term time a child may work no more than 12 hours a week and no more than 2 hours on a school day. "
              "No child may work before 7am or after 7pm.",
              "Contact the Child Employment Officer, Gideon Partridge-Lowe, on 01632 960114 or at "
              "childemployment@harrowmere.example.org."),
         open_=True)}
{section(2, "Machinery and vehicles",
         bullets("Children under 13 must not drive or ride on tractors or other self-propelled farm machinery.",
                 "No child under 16 should ride an adult-sized quad bike, even as a passenger.",
                 "Children must never be near a power take-off shaft, a bale handler or a slurry pit.",
                 "Keep children out of yards and fields while machinery is working or livestock are being moved."))}
{section(3, "When a child is hurt",
         para("Every injury to a child caused by machinery, livestock or a fall from height needs to be seen by a "
              "doctor or at the minor injuries unit. If the injury suggests the child was left unsupervised with "
              "dangerous work, or the family has been warned before, ring Bellwether.",
              "The Harrowmere Farm Safety Adviser, Bryn Tregarthen, visits farms after an accident to a child and "
              "gives free advice to farming families."))}
{section(4, "Copperthwaite Auction Mart",
         para("The Auction Mart holds livestock sales every Tuesday. Children under 14 must be with a parent or a "
              "named adult at all times. Young people aged 14 to 17 who help to drove stock must have a named "
              "supervisor for the day. Lost children are taken to the mart office, which is the lost child point."))}
{section(5, "Lambing, harvest and school",
         para("Schools should not authorise absence for lambing, harvest or shows. A child who regularly misses "
              "school to work on the farm should be discussed with the school's safeguarding lead and may need a "
              "Hedgerow Assessment."))}
{section(6, "Farming families under pressure",
         para("Long hours, isolation, debt and animal disease can put great strain on farming families. The Ambry "
              "Farming Network runs a confidential helpline for farmers and their families on 01632 960122."))}
{faq([
    ("Does helping on the family farm need a permit?",
     "Unpaid help on the family's own farm is not employment, but the rules on machinery and quad bikes still apply."),
    ("A 14-year-old is driving the tractor on the lane. Is that allowed?",
     "No child may drive a tractor on a public road. Talk to the parents and, if the risk continues, ring Bellwether."),
])}
"""

CUSTODY = f"""
{brief("HMYOI Ravensholt holds up to 180 boys aged 15 to 17 from across the region.",
       "Boys in custody are children, and the usual safeguarding procedures apply to them.",
       "The boy's home local authority stays responsible for his care plan; Harrowmere responds to concerns that "
       "arise inside Ravensholt.")}
{section(1, "Who does what",
         para("Most boys at Ravensholt do not live in Harrowmere. Their home local authority keeps responsibility for "
              "care planning and for resettlement. Where a boy may be at risk of significant harm inside Ravensholt, "
              "for example from another boy, from a member of staff or from himself, Ravensholt refers to "
              "Bellwether.",
              "Harrowmere's Ravensholt Safeguarding Social Worker is based in the establishment on Mondays, Tuesdays "
              "and Thursdays. The Head of Safeguarding at Ravensholt is Priscilla Adjei-Thorne."),
         open_=True)}
{section(2, "The Ravensholt Safeguarding Hotline",
         para("Families and professionals who are worried about a boy inside Ravensholt can ring the Ravensholt "
              "Safeguarding Hotline on 01632 960115, from 8am to 8pm every day. Out of those hours, leave a message "
              "or, if the boy may be in immediate danger, call 999."))}
{section(3, "Self-harm",
         para("When any member of staff is worried that a boy may harm himself, a Care and Safety Plan is opened "
              "within 1 hour. The plan sets out how often the boy is checked and who he can talk to, and is reviewed "
              "at least every 7 days while it is open."))}
{section(4, "Restraint",
         para("Any restraint that causes an injury is referred to the Harrowmere LADO within 1 working day. The "
              "Ravensholt Safeguarding Social Worker looks at every use of restraint each week, and the monthly "
              "safeguarding meeting reviews the figures."))}
{section(5, "Looked after boys",
         para("A boy remanded to youth detention becomes looked after by his home local authority. His social worker "
              "should visit him within 10 working days of his arrival at Ravensholt."))}
{section(6, "Release and resettlement",
         para("A resettlement planning meeting is held at least 10 working days before a boy's release, so that his "
              "accommodation, education or training and health care are arranged before the day. For boys from "
              "Harrowmere, the Harrowmere Youth Justice Service on 01632 960126 leads the planning.",
              "Nobody should be released without knowing where he will sleep that night. Staff should tell the "
              "police if unknown adults are waiting for a boy at the gate."))}
"""

BOARDING = f"""
{brief("Carrowdene School and St Aldric's Cathedral Choir School care for children who live away from their "
       "families.",
       "An overseas pupil under 16 who lives with a host family that is not a close relative for 28 days or more is "
       "privately fostered, and the council must be told.")}
{section(1, "Carrowdene School",
         para("Carrowdene is an independent school for pupils aged 11 to 18, near Skelderby, with about 640 pupils. "
              "About 230 of them board, and about 140 of the boarders come from overseas.",
              "The Designated Safeguarding Lead is Hamish Veitch-Ollerton. The boarding houses share a 24-hour "
              "safeguarding line, 01632 960124, staffed in term time."),
         open_=True)}
{section(2, "St Aldric's Cathedral Choir School",
         para("St Aldric's educates pupils aged 7 to 13 in the cathedral close in Sallowbridge. Its 38 choristers "
              "board during term and sing services most days of the week. The Designated Safeguarding Lead is "
              "Serafina Quist.",
              "No chorister is ever alone with one adult in the song school, the vestries or the practice rooms. "
              "Two adults chaperone every rehearsal and service. A risk assessment for a choir tour abroad is "
              "completed at least 8 weeks before the tour."))}
{section(3, "Guardians and host families",
         para("Every overseas pupil under 18 must have an educational guardian living in the UK, whose details the "
              "school keeps on file. Some pupils stay with the guardian or with a host family at weekends and in the "
              "holidays.",
              "Where a pupil under 16, or under 18 if disabled, stays with someone who is not a close relative for 28 "
              "days or more, this is private fostering. The school, the guardian and the host must tell the Private "
              "Fostering Team at least 6 weeks before the arrangement starts, or within 48 hours if it has already "
              "begun."))}
{section(4, "The Private Fostering Team",
         para("Ring 01632 960116 or email privatefostering@harrowmere.example.org. A social worker visits the child "
              "within 7 working days of being told, then at least every 6 weeks in the first year and every 12 weeks "
              "after that."))}
{section(5, "Exeats and half-term",
         para("During exeats and half-terms, pupils who cannot go home stay in the Carrowdene Stay-over House with "
              "named staff. No pupil should be left without a named adult responsible for them."))}
{section(6, "Child-on-child abuse in boarding houses",
         para("Initiation rituals, hazing and dares are banned in every boarding house. Treat reports of them as "
              "child-on-child abuse and follow the school's safeguarding policy. Homesickness, eating disorders and "
              "self-harm can be hidden in a boarding house; house staff should know each boarder well."))}
"""

DOMESTIC = f"""
{brief("Children who see, hear or live with domestic abuse are victims in their own right.",
       "A DASH score of 14 or more means a referral to MARAC.",
       "In rural homes, ask about guns as well as about the abuse.")}
{section(1, "Stillwater Domestic Abuse Service",
         para("Stillwater supports adults and children affected by domestic abuse across Harrowmere, including in "
              "hamlets, where its outreach workers visit at home or meet in a Safe Spot. Ring 01632 960117, Monday "
              "to Friday 9am to 9pm and Saturday 10am to 2pm.",
              "Stillwater's refuge in Sallowbridge has 7 family rooms."),
         open_=True)}
{section(2, "Risk assessment and MARAC",
         para("Use the DASH risk checklist with every adult victim. Refer to the Multi-Agency Risk Assessment "
              "Conference (MARAC) when 14 or more questions are answered yes, when your professional judgement says "
              "the risk is high, or when the police have been called to the household 3 times in 12 months.",
              "The MARAC meets every 2 weeks, on Thursdays, at Sallowbridge Police Station. Referrals must reach the "
              "MARAC Coordinator, Nerys Abernethy, at least 5 working days before the meeting: 01632 960110 or "
              "marac@harrowmere.example.org."))}
{section(3, "Operation Daybreak",
         para("Under Operation Daybreak, when police attend a domestic abuse incident where a child lives, they tell "
              "the designated safeguarding lead at the child's school or nursery before 9am on the next school day. "
              "The school can then make sure a trusted adult is ready to support the child."))}
{section(4, "Firearms and shotguns",
         para("Many farms and rural homes have shotguns or rifles. Where there is domestic abuse in a household that "
              "holds firearms, tell Marchmoor Constabulary so that the firearms licensing team can review the "
              "certificates. Ask about guns on every home visit where abuse is disclosed."))}
{section(5, "Catterlow Camp",
         para("Domestic abuse on the camp is reported to Marchmoor Constabulary and may also be dealt with by the "
              "Service Police. The Community Support Office can arrange temporary accommodation away from the camp "
              "for a victim and the children."))}
{section(6, "Children's experience",
         para("Talk to children on their own about what happens at home, and record what they say in their own "
              "words. Refer to Bellwether when a child is at risk of significant harm, when a baby is involved or "
              "when the abusive parent still has contact and the child is frightened."))}
"""

CHAPTERS = {
    "bellwether-front-door.html": ("Bellwether: Contacting Children's Social Care in Harrowmere", "Bellwether",
                                   "Getting help for a child", "9 February 2026", "February 2027", BELLWETHER,
                                   ("Levels of need", "Strategy discussions", "Escalation")),
    "levels-of-need.html": ("Harrowmere Levels of Need and Hedgerow Early Help", "Levels of need",
                            "Getting help for a child", "14 January 2026", "January 2027", LEVELS,
                            ("Bellwether", "Neglect", "Escalation")),
    "allegations-lado.html": ("Allegations Against Adults Who Work With Children (LADO)", "Allegations (LADO)",
                              "Allegations and concerns about staff", "3 March 2026", "March 2027", LADO,
                              ("Boarding and choir schools", "Young people in custody")),
    "strategy-discussions-section-47.html": ("Strategy Discussions and Section 47 Enquiries", "Strategy discussions",
                                             "Child protection", "22 April 2026", "April 2027", STRATEGY,
                                             ("Child protection conferences", "Bellwether")),
    "child-protection-conferences.html": ("Child Protection Conferences and Plans", "Conferences",
                                          "Child protection", "18 May 2026", "May 2027", CONFERENCES,
                                          ("Strategy discussions", "Escalation")),
    "resolving-professional-disagreements.html": ("Resolving Professional Disagreements", "Escalation",
                                                  "Working together", "2 June 2026", "June 2027", ESCALATION,
                                                  ("Bellwether", "Child protection conferences")),
    "missing-children.html": ("Children Missing from Home, Care and Education", "Missing children",
                              "Children at risk outside the home", "7 July 2026", "July 2027", MISSING,
                              ("Child exploitation", "Boarding and choir schools")),
    "child-exploitation.html": ("Child Exploitation and County Lines", "Child exploitation",
                                "Children at risk outside the home", "11 March 2026", "March 2027", EXPLOITATION,
                                ("Missing children", "Young people in custody")),
    "armed-forces-families.html": ("Children from Armed Forces Families and Catterlow Camp", "Armed forces families",
                                   "Children and families in Harrowmere", "30 April 2026", "April 2027", FORCES,
                                   ("Bellwether", "Domestic abuse")),
    "gypsy-roma-traveller-children.html": ("Working with Gypsy, Roma and Traveller Children and Families",
                                           "Gypsy, Roma and Traveller children", "Children and families in Harrowmere",
                                           "25 June 2026", "June 2027", GRT, ("Missing children", "Levels of need")),
    "children-on-farms.html": ("Children on Farms: Work, Machinery and the Auction Mart", "Children on farms",
                               "Children and families in Harrowmere", "12 August 2026", "August 2027", FARMS,
                               ("Levels of need", "Neglect")),
    "young-people-in-custody.html": ("Boys in Custody at HMYOI Ravensholt", "Young people in custody",
                                     "Children in institutions", "16 September 2026", "September 2027", CUSTODY,
                                     ("Allegations (LADO)", "Child exploitation")),
    "boarding-and-choir-schools.html": ("Boarders, Choristers, Guardians and Private Fostering",
                                        "Boarding and choir schools", "Children in institutions", "20 February 2026",
                                        "February 2027", BOARDING, ("Allegations (LADO)", "Missing children")),
    "domestic-abuse-and-marac.html": ("Domestic Abuse, Children and MARAC", "Domestic abuse", "Working together",
                                      "14 October 2026", "October 2027", DOMESTIC,
                                      ("Armed forces families", "Bellwether")),
}

# -- The Drove Road newsletter (article cards, no <main>) ----------------------------------------

NEWS = [
    ("A new Independent Scrutineer",
     ("Dr Leontyne Harcastle became the HSCP's Independent Scrutineer on 1 April 2026. She follows Professor Godwin "
      "Pryor-Askew, who held the role for six years. Dr Harcastle chairs the HSCP Escalation Panel and will present "
      "this year's annual report.")),
    ("Farm safety this autumn",
     ("Between April 2025 and March 2026, 6 Harrowmere children were taken to hospital after accidents with farm "
      "machinery or livestock, and 2 of them were under 10. Farm Safety Week runs from 19 to 23 October 2026. "
      "Please share the children on farms page with the farming families you visit.")),
    ("Homecoming for the 2nd Battalion",
     ("The 2nd Battalion at Catterlow Camp returns from a nine-month deployment at the end of November 2026, and "
      "about 450 soldiers will come home within two weeks. Reunions are happy but can be hard. Schools and health "
      "visitors should look out for children and partners who are struggling, and use the Garrison Hub drop-in.")),
    ("The Horse Fair",
     ("During the Copperthwaite Midsummer Horse Fair in June 2026, the GRT Liaison Team made welfare visits to 37 "
      "families with 92 children on encampments. Two children were referred to Bellwether and 11 were helped to "
      "register with a GP.")),
    ("Safe Spots in the hamlets",
     ("There are now 23 Safe Spots in Harrowmere: village halls, pubs and shops with a landline and a trained "
      "person, where a child or adult can ask for help when there is no mobile signal. Look for the green Safe Spot "
      "sticker in the window.")),
    ("A new stop for the Hedgerow Bus",
     ("From October 2026 the Hedgerow Bus also stops at Hawkmoss village hall every other Friday, from 10am to "
      "1pm.")),
]

COURSES = [
    ("Fieldcheck: using the neglect tool", "22 October 2026", "Copperthwaite Family Hub"),
    ("Children on farms: risk and responsibility", "5 November 2026", "Copperthwaite Auction Mart meeting room"),
    ("Service families: moves, deployment and homecoming", "19 November 2026", "Online (Microsoft Teams)"),
    ("HSCP annual conference: Children Out of Sight", "3 December 2026", "The Buttercross Rooms, Sallowbridge"),
]


def newsletter_html() -> str:
    """The Drove Road, the HSCP newsletter, as a web page of article cards (no <main>)."""
    cards = "\n".join(f'<article class="dr-card">\n<h2 class="dr-card-title">{h}</h2>\n<p>{p}</p>\n</article>'
                      for h, p in NEWS)
    rows = "\n".join(f"<tr><td>{c}</td><td>{d}</td><td>{w}</td></tr>" for c, d, w in COURSES)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Drove Road - Autumn 2026 - HSCP newsletter</title>
<style>
.dr-grid{{display:grid;grid-template-columns:1fr 1fr;gap:18px;}}
.dr-card{{background:#f4f1e8;padding:14px;border-top:4px solid #6b7f3a;}}
.dr-diary td{{padding:4px 8px;}}
</style>
</head>
<body class="drove-road">
<div class="dr-masthead">
<p class="dr-name">The Drove Road</p>
<p class="dr-sub">{PARTNERSHIP} newsletter, Autumn 2026. Published 5 October 2026.</p>
</div>
<div class="dr-intro"><p>News, learning and dates for everyone who works or volunteers with children in Harrowmere.
Please forward it to colleagues.</p></div>
<div class="dr-grid">
{cards}
</div>
<section class="dr-diary">
<h2>Dates for your diary</h2>
<table>
<thead><tr><th>Course</th><th>Date</th><th>Where</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>HSCP courses are free for anyone who works or volunteers with children in Harrowmere. Book through the HSCP
Business Unit on 01632 960118 or at hscp@harrowmere-scp.example.org. A charge of 35 pounds is made for a place that
is not used and not cancelled at least 3 working days before the course.</p>
</section>
<div class="dr-foot">
<p>{PARTNERSHIP}, {ADDRESS}. <a href="{SITE}/drove-road/unsubscribe">Stop receiving The Drove Road</a></p>
</div>
</body>
</html>
"""


# -- practice update: dated changes that override older pages -------------------------------------

CHANGES = [
    ("New number for the Emergency Duty Service", "From 23 November 2026",
     ("The Emergency Duty Service, which covers evenings, nights, weekends and bank holidays, has a new telephone "
      "number: 01632 960121. The old number, 01632 960103, will be redirected until 31 January 2027 and then "
      "switched off. Please update posters, contact lists and email signatures.")),
    ("Bellwether stays open later", "From 1 December 2026",
     ("Bellwether will stay open until 6pm, instead of 5pm, from Monday to Friday. It still opens at 8.30am. The "
      "Emergency Duty Service takes over at 6pm.")),
    ("Initial child protection conferences sooner", "For strategy discussions held from 1 December 2026",
     ("Initial child protection conferences will be held within 12 working days of the strategy discussion, instead "
      "of 15 working days. Agencies must still send their reports to the chair 3 working days before the "
      "conference.")),
    ("Homecoming Conversations offered sooner", "From 16 November 2026",
     ("The Homecoming Service now offers every child a Homecoming Conversation within 48 hours of their return, "
      "instead of 72 hours. The conversation should still be completed within 5 working days.")),
    ("New email address for the Merlin Team", "From 9 November 2026",
     ("Referrals and screening tools for the Merlin Team should now be emailed to "
      "merlin.team@harrowmere-scp.example.org. The old address, merlin@harrowmere.example.org, will be checked until "
      "31 December 2026 and then closed. The Merlin Team telephone number, 01632 960108, has not changed.")),
]


def update_html() -> str:
    """HSCP Practice Update 4/2026: a page of dated changes."""
    items = "\n".join(f'<section class="pu-change">\n<h2>{i}. {h}</h2>\n<p class="pu-when">{d}</p>\n<p>{p}</p>\n'
                      f"</section>" for i, (h, d, p) in enumerate(CHANGES, 1))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Practice Update 4/2026: changes from November and December 2026 | HSCP</title>
<style>
.pu-change{{border:1px solid #b9a76a;padding:10px 16px;margin:14px 0;}}
.pu-when{{color:#7a2e12;font-weight:bold;}}
</style>
</head>
<body class="hscp-update">
<div class="hscp-topbar"><p>If a child is in immediate danger, call 999.</p></div>
<nav class="hscp-breadcrumb" aria-label="Breadcrumb"><a href="{SITE}/">Home</a> /
<a href="{SITE}/updates">Practice updates</a> / Practice Update 4/2026</nav>
<main id="content">
<p class="hscp-kicker">{PARTNERSHIP} | Practice updates</p>
<h1>Practice Update 4/2026: changes from November and December 2026</h1>
<p class="hscp-stamp">Issued: 17 November 2026</p>
<p>This update changes some telephone numbers, hours, addresses and timescales given in the online procedures. Each
change applies from the date shown. Until the Bellwether, levels of need, conferences, missing children and child
exploitation pages are revised, which will be done by the end of February 2027, follow this update where the two
differ.</p>
{items}
<p class="pu-foot">Questions about this update: HSCP Business Unit, 01632 960118 or hscp@harrowmere-scp.example.org.</p>
</main>
<footer class="hscp-footer"><p>{PARTNERSHIP}, {ADDRESS}</p></footer>
</body>
</html>
"""


# -- Word guides --------------------------------------------------------------------------------

HAMLETS = [
    ("1. Why this matters in Harrowmere",
     [("About 2,600 children live outside Sallowbridge and Copperthwaite, in 41 hamlets and farmsteads spread along "
       "the Ambry valley and the fells above it. In 12 of those hamlets there is no reliable mobile signal, and the "
       "412 bus runs to Sallowbridge on Thursdays only, once each way."),
      ("Children in these places can be invisible. Neighbours may be a mile away, the nearest school may be a long "
       "drive, and a family without a car may struggle to reach any appointment.")]),
    ("2. What can go wrong",
     ["children left in charge of younger brothers and sisters for long hours while parents work the farm;",
      "missed health appointments because there is no way to get there;",
      "cold, damp homes heated only by a wood stove;",
      "guns, working dogs, deep water and machinery close to the house;",
      "a young person with nobody to tell, and no signal to tell anyone;",
      "domestic abuse that nobody hears."]),
    ("3. What to ask",
     ["How do you get to school, the doctor and the shops?",
      "What happens when the road floods or snow closes it?",
      "Who would you call if something went wrong, and how?",
      "Who looks after the children when you are out on the land?"]),
    ("4. Visiting safely",
     [("Before you set off, tell the Bellwether duty desk your route and when you expect to finish, and check in at "
       "least every 2 hours. Satellite messengers can be borrowed from the duty desk for visits to hamlets with no "
       "signal."),
      ("If you have not checked in within 30 minutes of the time you gave, the duty manager tries to reach you and "
       "then calls the police.")]),
    ("5. Who can help",
     [("Harrowmere's Rural Outreach Officer, Dilys Cantrell, knows the hamlets well and can help you find a family "
       "or a way in. Email rural.outreach@harrowmere.example.org."),
      ("The Hedgerow Bus brings a family worker and a health visitor to the hamlets. The 23 Safe Spots have a "
       "landline and a trained person, and a child can ask there for help."),
      ("The Ambry Farming Network helpline, 01632 960122, supports farming families under strain.")]),
    ("6. Questions for your team",
     ["Do we know which of our families live where there is no signal?",
      "Have we agreed how a child in a remote hamlet could reach us if they needed to?"]),
]


def hamlets_docx(path: Path) -> None:
    closing = ("7. Find out more", [("Book the HSCP course on rural safeguarding through the HSCP Business Unit at "
                                     "hscp@harrowmere-scp.example.org.")])
    wv.guide_docx(path, "Tea-Break Guide: Children in Remote Hamlets",
                  f"A ten-minute read from the {PARTNERSHIP}. Issued: 3 March 2026.",
                  [*HAMLETS, closing], bullets=("2.", "3.", "6."), author=PARTNERSHIP,
                  when=dt.datetime(2026, 3, 3, 9, 0, 0))


FIELDCHECK = [
    ("1. What Fieldcheck is",
     [("Fieldcheck is the Harrowmere neglect tool. It helps a practitioner and a family look together at how well a "
       "child's needs are being met, and to see whether things are getting better or worse over time. It replaced "
       "the older Harrowmere Neglect Checklist in September 2026."),
      ("A Fieldcheck is completed with the family, not about them, and usually takes about 45 minutes.")]),
    ("2. The five strands",
     ["Food and warmth: regular meals, warm clothes and a heated home;",
      "Home and safety: a safe house and yard, with dangers such as guns, chemicals and machinery out of reach;",
      "Health and development: appointments kept, illness treated, teeth cared for;",
      "Supervision and guidance: a child of the right age looking after younger children, and boundaries kept;",
      "Love and attention: warmth, praise and time together."]),
    ("3. Scoring",
     [("Each strand is scored from 1, where needs are fully met, to 5, where the child is at serious risk. Where any "
       "strand scores 4, talk to your safeguarding lead and consider a Hedgerow Assessment."),
      ("Where any strand scores 5, or three or more strands score 4, send a Request for Involvement to Bellwether."),
      ("Score the Fieldcheck again every 12 weeks, or at each Hedgerow Review, so that change can be seen.")]),
    ("4. Neglect in the countryside",
     [("Rural neglect can look different. A child may be fed but left alone for long hours on an isolated farm, or "
       "a family may be unable to reach health appointments because there is no bus. Ask what a situation means "
       "for the child, not only whether the family is poor.")]),
    ("5. Was Not Brought",
     [("A child does not miss an appointment; a child is not brought. After 2 missed health appointments in a row, "
       "the health practitioner contacts the family and the GP. After a third, the practitioner discusses the child "
       "with their safeguarding lead.")]),
    ("6. Training",
     [("Practitioners must complete the half-day Fieldcheck training before using the tool. Dates are in The Drove "
       "Road and on the HSCP website.")]),
]


def fieldcheck_docx(path: Path) -> None:
    wv.guide_docx(path, "Practice Guide: Neglect and the Fieldcheck Tool",
                  f"A practice guide from the {PARTNERSHIP}. Issued: 21 September 2026.",
                  FIELDCHECK, bullets=("2.",), author=PARTNERSHIP, when=dt.datetime(2026, 9, 21, 9, 0, 0))


# -- PDF learning briefing and annual report extract -------------------------------------------------

BRIEFING = [
    ("h", "About this review"),
    ("p", ("This briefing shares the learning from a local child safeguarding practice review about Child T, a girl "
           "who was 9 years old when she was admitted to St Cuthwin's Hospital in January 2025 with hypothermia. The "
           "HSCP held a rapid review within 15 working days and then commissioned a local review. The independent "
           "reviewer was Marisa Trelawny-Hoyle.")),
    ("h", "Background"),
    ("p", ("Child T lived with her mother and her brothers, aged 3 and 5, in service family accommodation at "
           "Catterlow Camp. Her father was deployed overseas for 7 months. The family had moved 3 times in 4 years, "
           "and T's records from her previous school arrived 11 weeks after she started at her new one.")),
    ("p", ("While her father was away, T's mother began drinking heavily. T got her brothers up, made their meals "
           "and was often late for school. Her attendance fell to 84 percent. In November 2024 a neighbour told the "
           "Community Support Office that the children were being left alone. The office spoke to T's mother and "
           "did not refer to Bellwether.")),
    ("p", ("On a January night in 2025, a farmer found T walking along an unlit road in snow at 9.40pm, 2 miles from "
           "home. She said there was no food in the house and she was going to the garage shop.")),
    ("h", "Findings"),
    ("p", ("Finding 1: Deployment was used to explain everything. School staff put T's lateness and tiredness down to "
           "missing her father, and nobody asked what was happening at home.")),
    ("p", ("Finding 2: The concern was kept inside the camp. The Community Support Office believed the unit would "
           "deal with it and did not know it should refer to Bellwether.")),
    ("p", ("Finding 3: Records did not follow the child. The delay in T's school records meant her new school did "
           "not know she had been a young carer at her last school.")),
    ("p", "Finding 4: Nobody saw T as a young carer, although she was caring for two small children."),
    ("h", "Recommendations"),
    ("n", "Concerns about service children always go to Bellwether, whoever hears them first."),
    ("n", "Schools ask about home life whenever a service child's attendance or behaviour changes."),
    ("n", "A new school asks for a service child's safeguarding file on the day the child starts."),
    ("n", "Practitioners ask every child who looks after whom at home."),
    ("h", "What has changed"),
    ("p", ("Since April 2026 a Forces Families Link Worker has worked in Bellwether on Tuesdays and Thursdays. By "
           "June 2026 all 14 staff of the Catterlow Camp Community Support Office had completed HSCP safeguarding "
           "training. Schools with service children now ask for safeguarding files on the day a child starts.")),
    ("p", ("T recovered quickly. She and her brothers now live with their father, who has moved to a role that "
           "does not deploy, and her mother is getting help with her drinking.")),
    ("h", "Questions for your team"),
    ("b", "When a child's behaviour changes during a deployment, how do we find out what is happening at home?"),
    ("b", "Who do we tell if a family on the camp worries us?"),
]

ANNUAL = [
    ("h", "Foreword"),
    ("p", ("This is my first annual report as Independent Scrutineer. The year it covers was overseen by my "
           "predecessor, Professor Godwin Pryor-Askew. It was a year shaped by the review of Child T, which showed "
           "how a child in a service family can be missed when concerns stay inside the camp, and by the challenge "
           "of reaching children in the most remote parts of the valley. Dr Leontyne Harcastle, Independent "
           "Scrutineer.")),
    ("h", "The partnership"),
    ("p", ("The three safeguarding partners are Harrowmere Council, NHS Marchmoor and Ambry Integrated Care Board "
           "and Marchmoor Constabulary. In 2025-26 the Lead Safeguarding Partner was the ICB's Chief Nursing "
           "Officer. The HSCP Executive meets every 8 weeks. The HSCP Business Unit is managed by Rosamund "
           "Belcourt-Rees. Catterlow Garrison joined the partnership as a relevant agency in 2025 and contributes "
           "to its budget.")),
    ("h", "Funding 2025-26"),
    ("t", [["Contributor", "Amount", "Share"],
           ["Harrowmere Council", "118,400 pounds", "55%"],
           ["NHS Marchmoor and Ambry ICB", "60,300 pounds", "28%"],
           ["Marchmoor Constabulary", "30,100 pounds", "14%"],
           ["Catterlow Garrison", "6,450 pounds", "3%"],
           ["Total", "215,250 pounds", "100%"]]),
    ("h", "Key figures"),
    ("t", [["Measure", "2024-25", "2025-26"],
           ["Contacts to Bellwether", "4,318", "4,702"],
           ["Contacts that became referrals", "1,044", "1,119"],
           ["Re-referrals within 12 months", "19%", "16%"],
           ["Assessments completed within 40 working days", "74%", "81%"],
           ["Strategy discussions held", "566", "611"],
           ["Section 47 enquiries", "389", "402"],
           ["Initial conferences within 15 working days", "79%", "86%"],
           ["Children with a child protection plan at 31 March", "118", "131"],
           ["Children in care at 31 March", "164", "171"],
           ["Hedgerow Plans started", "702", "819"],
           ["Missing episodes reported", "544", "590"],
           ["Homecoming Conversations accepted", "61%", "67%"],
           ["Allegations referred to the LADO", "74", "88"],
           ["Private fostering arrangements known at 31 March", "21", "26"],
           ["Child employment permits issued", "143", "167"],
           ["Practitioners trained on HSCP courses", "1,040", "1,295"]]),
    ("h", "Child protection plans"),
    ("p", ("At 31 March 2026, neglect was the main category for 52 percent of child protection plans, emotional "
           "abuse for 29 percent, physical abuse for 13 percent and sexual abuse for 6 percent. 7 of the children "
           "with a plan were unborn babies.")),
    ("h", "Allegations"),
    ("p", ("Of the 88 allegations referred to the LADO in 2025-26, 31 concerned staff at HMYOI Ravensholt, 22 "
           "concerned school staff, including boarding staff, and 9 concerned foster carers.")),
    ("h", "Reviews and child deaths"),
    ("p", ("The HSCP held 2 rapid reviews in 2025-26 and commissioned one local child safeguarding practice review, "
           "about Child T. The Child Death Overview Panel that Harrowmere shares with Quillby reviewed the deaths "
           "of 5 Harrowmere children, one of them after a farm accident.")),
    ("h", "Multi-agency audit"),
    ("p", ("The HSCP audited 24 cases of children from service families. In 10 of them, nobody had recorded whether "
           "a parent was deployed. In 6, the child's previous school had not sent a safeguarding file.")),
    ("h", "Priorities for 2026-27"),
    ("p", ("The HSCP's priorities for 2026-27 are: children who move often, including service and Traveller "
           "children; neglect in rural homes; and children living in institutions, from boarding and choir schools "
           "to HMYOI Ravensholt. Each priority is led by one of the three safeguarding partners.")),
]


def briefing_pdf(path: Path) -> None:
    wv.story_pdf(path, "Learning Briefing: Child T",
                 f"{PARTNERSHIP}. Local Child Safeguarding Practice Review. Published: 9 July 2026.", BRIEFING,
                 "Harrowmere SCP | Learning Briefing: Child T | July 2026",
                 f"{PARTNERSHIP} - harrowmere-scp.example.org", author=PARTNERSHIP)


def annual_report_pdf(path: Path) -> None:
    wv.story_pdf(path, "HSCP Annual Report 2025 to 2026: Extract",
                 f"{PARTNERSHIP}. April 2025 to March 2026. Published: 30 September 2026.",
                 ANNUAL, "Harrowmere SCP | Annual Report 2025-26 (extract)",
                 f"{PARTNERSHIP} - harrowmere-scp.example.org", author=PARTNERSHIP)


# -- build and assemble --------------------------------------------------------------------

def build(out: Path = OUT) -> list[Path]:
    """Write every Harrowmere document into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    for name, (title, crumb, group, updated, review, body, related) in CHAPTERS.items():
        (out / name).write_text(page(name, title, crumb, group, updated, review, body, related), encoding="utf-8")
    pages = {"drove-road-autumn-2026.html": newsletter_html(),
             "practice-update-november-2026.html": update_html()}
    files = {"tea-break-guide-remote-hamlets.docx": hamlets_docx,
             "practice-guide-neglect-fieldcheck.docx": fieldcheck_docx,
             "learning-briefing-child-t.pdf": briefing_pdf,
             "annual-report-2025-26-extract.pdf": annual_report_pdf}
    return [out / name for name in CHAPTERS] + wv.write_documents(out, pages, files)


def assemble_full_corpus(dest: Path) -> Path:
    """Demo corpus (without its build tools) plus Harrowmere in one folder, as the harness indexes one folder."""
    return wv.assemble_full_corpus(dest, held_out=OUT)


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(REPO))
