"""Build the PDF and DOCX documents of the demo corpus.

Run:  python corpus/_tools/build_binary_docs.py
Requires reportlab and python-docx.  All content is fictional.
PDFs have real text layers, larger bold headings, a running footer and page
numbers on every page.
"""
import datetime
import os

from docx import Document
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Reproducible output: no creation timestamps or random ids in the files.
rl_config.invariant = 1
FIXED_DT = datetime.datetime(2026, 7, 14, 12, 0, 0)


# ------------------------------------------------------------------ PDF helpers
def _styles():
    ss = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("T", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=22,
                                leading=27, alignment=TA_LEFT, spaceAfter=10),
        "h1": ParagraphStyle("H1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16,
                             leading=20, spaceBefore=12, spaceAfter=6),
        "h2": ParagraphStyle("H2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                             leading=16, spaceBefore=8, spaceAfter=4),
        "body": ParagraphStyle("B", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5,
                               leading=14, spaceAfter=6),
        "cell": ParagraphStyle("C", parent=ss["BodyText"], fontName="Helvetica", fontSize=9,
                               leading=11),
        "cellb": ParagraphStyle("CB", parent=ss["BodyText"], fontName="Helvetica-Bold", fontSize=9,
                                leading=11),
    }


S = _styles()


def build_pdf(path, footer, title, author, story):
    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.2 * cm, title=title, author=author,
                            creator="ESCP/BSCP/ASCP demo corpus builder")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    print("wrote", os.path.relpath(path, os.path.dirname(CORPUS)))


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items):
    return ListFlowable([ListItem(P(i), leftIndent=12) for i in items], bulletType="bullet",
                        start="\u2013", leftIndent=14)


def numbered(items):
    return ListFlowable([ListItem(P(i), leftIndent=12) for i in items], bulletType="1",
                        leftIndent=14)


def figures_table(rows, widths):
    data = [[P(str(c), "cellb" if r == 0 else "cell") for c in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# ------------------------------------------------------------------ DOCX helpers
def new_docx():
    d = Document()
    d.core_properties.author = "Demo corpus builder"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "Demo corpus builder"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def docx_bullets(d, items):
    for i in items:
        d.add_paragraph(i, style="List Bullet")


def docx_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def save_docx(d, path):
    d.save(path)
    # Rewrite the zip with fixed timestamps so rebuilding gives identical bytes.
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 7, 14, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    print("wrote", os.path.relpath(path, os.path.dirname(CORPUS)))


# ======================================================================= DOCX 1
def anyshire_thresholds():
    d = new_docx()
    d.add_heading("Anyshire Continuum of Need: Thresholds Guidance", level=0)
    d.add_paragraph("Anyshire Safeguarding Children Partnership")
    d.add_paragraph("Published March 2026. Review date: March 2028.")
    d.add_heading("Introduction", level=1)
    d.add_paragraph(
        "This guidance helps practitioners in Anyshire decide what kind of help a child and family need, "
        "and who should provide it. It describes four levels of need, from Level 1 (universal services) to "
        "Level 4 (specialist services and child protection). Children's needs change over time, so a child "
        "may move between levels, and different children in the same family may be at different levels.")
    d.add_paragraph(
        "The levels are a guide to professional judgement, not a checklist. Always think about the impact of "
        "the concerns on the child, how long they have lasted, and whether the parents are able and willing "
        "to make changes.")
    d.add_heading("The four levels of need", level=1)
    docx_table(d, [
        ["Level", "Description", "Examples", "What to do", "Who to contact"],
        ["Level 1: Universal",
         "Children whose needs are met by their family and by universal services such as schools, GPs and health visitors.",
         "Child is healthy, attends school regularly and is making expected progress; parents seek advice when needed.",
         "Continue to provide universal services. No referral is needed.",
         "Your own service; universal services."],
        ["Level 2: Early Help",
         "Children with additional needs that can be met by a single agency or a small group of agencies working together with the family's consent.",
         "Attendance falling below 90 percent; parenting difficulties; a young carer with some support needs; early signs of neglect such as poor hygiene.",
         "Talk to the family and complete an Early Help Assessment with their consent. Agree a lead practitioner.",
         "Anyshire Early Help Team, 01632 960120, earlyhelp@anyshire.example.org"],
        ["Level 3: Targeted Support / Child in Need",
         "Children with complex needs whose health or development is likely to be significantly impaired without services from children's social care.",
         "Persistent neglect not improving with early help; a parent's mental ill health or substance misuse seriously affecting care; a disabled child whose family needs specialist support.",
         "Discuss with your safeguarding lead and make a referral to the Anyshire MASH. Seek parental consent unless this would increase risk.",
         "Anyshire MASH, 01632 960100, mash@anyshire.example.org"],
        ["Level 4: Specialist / Child Protection",
         "Children who are suffering, or are likely to suffer, significant harm, or who need to be looked after.",
         "Disclosure of physical or sexual abuse; any bruise on a baby under 6 months; a child at risk of exploitation or FGM; a child left alone or abandoned.",
         "Refer immediately to the Anyshire MASH by telephone. If a child is in immediate danger, call 999.",
         "Anyshire MASH, 01632 960100; out of hours, Anyshire Emergency Duty Team, 01632 960199"],
    ])
    d.add_heading("Consent", level=1)
    d.add_paragraph(
        "Support at Levels 1 and 2 is voluntary and needs the family's agreement. At Levels 3 and 4 you should "
        "still seek consent, but you must make a referral without it if you believe a child is at risk of "
        "significant harm.")
    d.add_heading("Stepping up and stepping down", level=1)
    d.add_paragraph(
        "When early help is not making a difference, the lead practitioner should step the case up to the "
        "Anyshire MASH. When children's social care closes a case, it may step down to the Early Help Team, "
        "with a handover meeting involving the family.")
    docx_bullets(d, [
        "Step-up requests are reviewed by the MASH within one working day.",
        "Step-down handover meetings should be held within 10 working days of the decision to close.",
        "Disagreements about the level of need should be resolved using the escalation policy.",
    ])
    save_docx(d, os.path.join(CORPUS, "anyshire", "thresholds-continuum-of-need.docx"))


# ======================================================================= DOCX 2
def anyshire_tea_break():
    d = new_docx()
    d.add_heading("Tea-Break Guide: Neglect", level=0)
    d.add_paragraph("A 7-minute briefing from the Anyshire Safeguarding Children Partnership. Published June 2026.")
    d.add_heading("1. What is neglect?", level=1)
    d.add_paragraph(
        "Neglect is the persistent failure to meet a child's basic physical or psychological needs, which is "
        "likely to seriously harm the child's health or development. It can include not providing enough food, "
        "clothing or shelter, not keeping a child safe, not making sure a child gets medical care, and not "
        "responding to a child's emotional needs.")
    d.add_heading("2. Why it matters", level=1)
    d.add_paragraph(
        "Neglect is the most common reason for a child protection plan in Anyshire: at 31 March 2026, 52 percent "
        "of plans in Anyshire were for neglect. Its effects build up slowly, so it is easy to get used to a "
        "situation and stop noticing how it is affecting the child.")
    d.add_heading("3. What to look out for", level=1)
    docx_bullets(d, [
        "a child who is often hungry, tired or dressed unsuitably for the weather;",
        "missed health, dental or eye appointments;",
        "poor school attendance or frequent lateness;",
        "a home that is unsafe, very dirty or without heating;",
        "a young child left alone or with an unsuitable carer;",
        "a parent who seems unable to focus on the child because of their own difficulties.",
    ])
    d.add_heading("4. The Anyshire Neglect Toolkit", level=1)
    d.add_paragraph(
        "The Anyshire Neglect Toolkit helps practitioners to record what a child's daily life is like and to "
        "measure change over time. It should be completed with the family and repeated every 3 months while "
        "concerns continue, so that any drift is noticed.")
    d.add_heading("5. What you should do", level=1)
    docx_bullets(d, [
        "Talk to the child and find out what a typical day is like for them.",
        "Use the Neglect Toolkit and share it with other practitioners involved.",
        "If things are not improving within an agreed time, discuss stepping up with your safeguarding lead.",
        "If you think the child is suffering significant harm, refer to the Anyshire MASH on 01632 960100.",
    ])
    d.add_heading("6. Questions for reflection", level=1)
    docx_bullets(d, [
        "Have I seen the child's bedroom and where they sleep?",
        "Would I be satisfied with this if it were the first time I had seen it?",
        "What has actually changed for the child since the last review?",
    ])
    d.add_heading("7. Find out more", level=1)
    d.add_paragraph(
        "Book the course Using the Anyshire Neglect Toolkit through the training portal, or contact the ASCP "
        "business unit at ascp@anyshire.example.org.")
    save_docx(d, os.path.join(CORPUS, "anyshire", "tea-break-guide-neglect.docx"))


# ======================================================================= DOCX 3
def brackenford_tea_break():
    d = new_docx()
    d.add_heading("7-Minute Briefing: Cuckooing", level=0)
    d.add_paragraph("Brackenford Safeguarding Children Partnership tea-break guide. Published July 2026.")
    d.add_heading("1. Background", level=1)
    d.add_paragraph(
        "Cuckooing is when people involved in crime take over someone's home and use it for dealing drugs, "
        "storing weapons or exploiting others. The people targeted are often adults with learning disabilities, "
        "mental ill health or addictions, and families who are isolated. In Brackenford, police recorded 23 "
        "suspected cuckooing addresses in 2025-26, and children were living at 9 of them.")
    d.add_heading("2. Why it matters for children", level=1)
    d.add_paragraph(
        "Children living in a cuckooed home may be exposed to violence, drugs and weapons, and may be groomed "
        "to carry drugs or money. Children can also be the ones who are cuckooed: older teenagers living "
        "independently or in supported accommodation may have their flats taken over.")
    d.add_heading("3. Signs to look out for", level=1)
    docx_bullets(d, [
        "lots of different visitors at all hours, or new cars outside the property;",
        "the resident seeming frightened, or saying they have new friends staying;",
        "curtains always closed, or signs of drug use in the home;",
        "the resident not answering the door or changing their usual routines;",
        "children at the address missing school or going missing.",
    ])
    d.add_heading("4. What to do", level=1)
    d.add_paragraph(
        "If anyone is in immediate danger, call 999. Otherwise report your concern to the police on 101 and, "
        "where a child lives at or visits the address, make a referral to the Brackenford Children's Front Door "
        "on 01632 960300. Do not challenge the people you think have taken over the property.")
    d.add_heading("5. The Brackenford response", level=1)
    d.add_paragraph(
        "Suspected cuckooing addresses where children are involved are discussed at the fortnightly MACE "
        "meeting. Housing providers can use closure orders to protect residents, and the Brackenford "
        "Exploitation Hub can offer support to the young people involved.")
    d.add_heading("6. Reflective questions", level=1)
    docx_bullets(d, [
        "Do I know who else is living in or visiting the homes I go into?",
        "Would I recognise the signs that a vulnerable adult has lost control of their home?",
    ])
    d.add_heading("7. Further information", level=1)
    d.add_paragraph(
        "See the Child Exploitation chapter of the Brackenford procedures, or email "
        "exploitation@brackenford.example.org.")
    save_docx(d, os.path.join(CORPUS, "brackenford", "tea-break-guide-cuckooing.docx"))


# ======================================================================= DOCX 4
def eastmarsh_levels():
    d = new_docx()
    d.add_heading("Eastmarsh Levels of Need: The Windscreen Model", level=0)
    d.add_paragraph("Eastmarsh Safeguarding Children Partnership")
    d.add_paragraph("Updated: 5 May 2026")
    d.add_heading("How to use this guidance", level=1)
    d.add_paragraph(
        "Eastmarsh describes children's needs using four colour-coded zones, known as the windscreen model: "
        "Green, Yellow, Amber and Red. The zones help practitioners agree a shared language about need and risk. "
        "They are not a substitute for talking to the family and using professional judgement.")
    docx_table(d, [
        ["Zone", "Level of need", "Typical examples", "Response", "Contact"],
        ["Green", "Universal: needs met within universal services",
         "Child healthy and thriving; occasional advice needed by parents.",
         "Universal services continue; no referral needed.", "Your own service"],
        ["Yellow", "Early help: emerging or additional needs",
         "School attendance below 92 percent; low-level family conflict; parent struggling with routines.",
         "Start an Early Help Assessment (EHA) with the family's consent.",
         "Eastmarsh Early Help Hub, 01632 960520"],
        ["Amber", "Child in need: complex needs requiring social care assessment",
         "Persistent neglect; parental substance misuse affecting care; young person at risk of exploitation.",
         "Refer to the Eastmarsh Integrated Front Door for a child and family assessment.",
         "Eastmarsh Integrated Front Door, 01632 960500"],
        ["Red", "Child protection: actual or likely significant harm",
         "Disclosure of abuse; serious injury; child in immediate danger; sexual exploitation.",
         "Telephone the Integrated Front Door immediately; call 999 if the child is in immediate danger.",
         "Eastmarsh Integrated Front Door, 01632 960500; Out of Hours Team, 01632 960599"],
    ])
    d.add_heading("Moving between zones", level=1)
    d.add_paragraph(
        "Children can move between zones as their circumstances change. When early help is not working after "
        "two TAF reviews, the lead practitioner should consider a referral to the Integrated Front Door.")
    d.add_heading("Professional consultations", level=1)
    d.add_paragraph(
        "If you are not sure which zone a child's needs fall into, you can ask for a consultation with the IFD "
        "duty consultant before making a referral.")
    save_docx(d, os.path.join(CORPUS, "eastmarsh", "levels-of-need-windscreen.docx"))


# ======================================================================= PDF 1
def child_m():
    footer = "Anyshire SCP | Learning Briefing: Child M | May 2026"
    st = [
        P("Learning Briefing: Child M", "title"),
        P("Anyshire Safeguarding Children Partnership. Local child safeguarding practice review. Published May 2026."),
        P("About this briefing", "h1"),
        P("This briefing summarises the learning from a local child safeguarding practice review about Child M, "
          "a 14-year-old boy who was criminally exploited through county lines. It is intended for all "
          "practitioners and managers working with children and young people in Anyshire. The full report is "
          "available from the ASCP business unit."),
        P("What happened", "h1"),
        P("Child M lived with his mother and two younger sisters. After a series of fixed-term suspensions he "
          "moved to a new school under a managed move and was placed on a reduced timetable of two hours a day. "
          "Over the following four months he was reported missing six times. On the last occasion he was found "
          "in a flat in another county with a quantity of drugs and cash and was arrested. He later told a youth "
          "worker that he had owed money to older young people and had been told the debt would be cleared if "
          "he carried drugs for them."),
        P("Key findings", "h1"),
        P("Finding 1: Education changes were not seen as risk factors", "h2"),
        P("The managed move and reduced timetable left Child M unsupervised for most of the school day. Neither "
          "school shared this information with the Anyshire MASH or with his youth offending worker."),
        P("Finding 2: Missing episodes were treated as behaviour", "h2"),
        P("Records described Child M as absconding and staying out late. Return home interviews were offered "
          "after only two of the six missing episodes, and a missing strategy meeting was never held."),
        P("Finding 3: The National Referral Mechanism was used late", "h2"),
        P("A referral to the National Referral Mechanism was not made until eleven weeks after his arrest, "
          "which delayed a decision that would have supported his defence and his access to support."),
        P("Finding 4: His mother's worries were not followed up", "h2"),
        P("Child M's mother told his GP and the school that he had new expensive clothes and a second phone. "
          "These concerns were recorded but not passed on."),
        P("Learning points for practitioners", "h1"),
        numbered([
            "Treat a managed move, exclusion or reduced timetable as a trigger to review risk outside the home.",
            "Every missing episode must lead to an offer of a return home interview within 72 hours.",
            "Use language that shows the child is a victim, not a willing participant.",
            "Make an NRM referral as soon as exploitation is suspected; you do not need proof or consent.",
            "Listen to parents: they are often the first to notice the signs of exploitation.",
        ]),
        P("What the partnership is doing", "h1"),
        P("The ASCP has asked all secondary schools to notify the MASH of any pupil placed on a reduced "
          "timetable for longer than 6 weeks. The MACE Panel now reviews every child with three or more missing "
          "episodes in 90 days, and the Child Exploitation Screening Tool has been updated."),
        P("Questions for your team", "h2"),
        bullets([
            "How do we find out about changes to a child's education?",
            "Do our records describe children who are exploited as victims?",
            "Who in our agency can make an NRM referral, and how quickly?",
        ]),
    ]
    build_pdf(os.path.join(CORPUS, "anyshire", "learning-briefing-child-m.pdf"), footer,
              "Learning Briefing: Child M", "Anyshire Safeguarding Children Partnership", st)


# ======================================================================= PDF 2
def baby_r():
    footer = "Eastmarsh Safeguarding Children Partnership | Baby R learning briefing | April 2026"
    st = [
        P("Baby R: Learning from a Rapid Review and Local Practice Review", "title"),
        P("Eastmarsh Safeguarding Children Partnership. Published April 2026."),
        P("Summary", "h1"),
        P("Baby R was 9 weeks old when he was admitted to hospital with a skull fracture and bleeding on the "
          "brain. Three weeks earlier, a health visitor had noticed a small bruise on his ear during a home "
          "visit. His mother explained that his older sibling had caught him with a toy, and the explanation was "
          "accepted. Baby R has since recovered and lives with his grandparents."),
        P("Baby R's parents were both 19. His father had a history of violence in a previous relationship that "
          "was known to the police in another area, but he was not known to Eastmarsh services. Both parents "
          "reported low mood, and his father was using cannabis daily."),
        P("Findings", "h1"),
        P("1. A bruise on a non-mobile baby was not referred", "h2"),
        P("The bruise was recorded but not referred for a specialist medical assessment. Bruising in a baby who "
          "is not yet mobile is rare and should always be referred to children's social care, whatever "
          "explanation is given."),
        P("2. The father was not part of the picture", "h2"),
        P("Practitioners knew little about Baby R's father. Midwifery and health visiting records listed him "
          "by first name only, and nobody checked with the police about his history."),
        P("3. Combined risks were not recognised", "h2"),
        P("Parental low mood, cannabis use and a history of domestic abuse were each noted by different "
          "agencies, but no single agency saw them together."),
        P("Learning points", "h1"),
        numbered([
            "Any bruise on a non-mobile baby must be referred to the Eastmarsh Integrated Front Door on the same day.",
            "Find out who all the adults caring for a baby are, and record their full names and dates of birth.",
            "Ask about the other risks whenever one of the toxic trio factors is present.",
            "Share information with partners; you do not need consent to share when a child may be at risk of harm.",
        ]),
        P("Actions for the partnership", "h1"),
        P("The Eastmarsh Safeguarding Children Partnership will publish a bruising protocol for non-mobile "
          "babies in autumn 2026, and all health visitors and midwives will receive briefing on it. In the "
          "meantime, any bruise on a non-mobile baby must be referred to the Integrated Front Door on 01632 960500."),
        P("Eastmarsh is also adding a question about all adults in the household to the midwifery booking "
          "appointment, and the ICON programme on coping with crying is being relaunched."),
    ]
    build_pdf(os.path.join(CORPUS, "eastmarsh", "learning-briefing-baby-r.pdf"), footer,
              "Baby R Learning Briefing", "Eastmarsh Safeguarding Children Partnership", st)


# ======================================================================= PDF 3
def brackenford_thresholds():
    footer = "Brackenford Continuum of Need | BSCP | Published February 2026"
    tiers = [
        ("Tier 1: Universal",
         "Children at Tier 1 are doing well and their needs are met by their parents and by universal "
         "services such as schools, GPs, health visitors and youth clubs.",
         "No referral is needed. Practitioners continue to support the child and family in their usual role."),
        ("Tier 2: Additional Needs",
         "Children at Tier 2 have additional needs that a single agency, or two agencies working together, "
         "can meet with the family's agreement. Examples include a child whose school attendance has dropped, "
         "a parent who needs help with routines, or a child with emerging emotional health difficulties.",
         "The practitioner who knows the family best should complete a Family Support Plan with the family "
         "and ask the Brackenford Family Hub for advice on 01632 960320."),
        ("Tier 3: Complex Needs",
         "Children at Tier 3 have complex or multiple needs that need a co-ordinated response from several "
         "agencies, and may need an assessment by children's social care as a child in need. Examples include "
         "chronic neglect, domestic abuse in the home, or a parent whose substance misuse is affecting the "
         "care of the child.",
         "Discuss with your safeguarding lead and submit a Request for Support Form to the Brackenford "
         "Children's Front Door."),
        ("Tier 4: Acute Needs",
         "Children at Tier 4 are suffering, or are likely to suffer, significant harm, or need to be looked "
         "after. Examples include a disclosure of abuse, an unexplained injury, or a child at serious risk of "
         "exploitation.",
         "Telephone the Brackenford Children's Front Door on 01632 960300 immediately. Out of hours, call the "
         "Brackenford Out of Hours Service on 01632 960399. Call 999 if a child is in immediate danger."),
    ]
    st = [
        P("The Brackenford Continuum of Need", "title"),
        P("Brackenford Safeguarding Children Partnership. Published February 2026."),
        P("Purpose", "h1"),
        P("The Brackenford Continuum of Need describes four tiers of need and explains what practitioners "
          "should do at each tier. Needs can change quickly, and a child may move up or down the tiers. "
          "Use this guidance together with your professional judgement and the advice of your safeguarding lead."),
    ]
    for name, desc, action in tiers:
        st += [P(name, "h1"), P(desc), P("What to do: " + action)]
    st += [
        PageBreak(),
        P("Summary table", "h1"),
        figures_table([["Tier", "Who provides support", "Assessment"],
                       ["Tier 1", "Universal services", "None needed"],
                       ["Tier 2", "Single agency or two agencies", "Family Support Plan"],
                       ["Tier 3", "Several agencies, possibly social care", "Child and family assessment"],
                       ["Tier 4", "Children's social care and police", "Section 47 enquiry"]],
                      [3 * cm, 7 * cm, 7 * cm]),
        Spacer(1, 12),
        P("Consent", "h1"),
        P("Support at Tiers 1 and 2 depends on the family's agreement. At Tiers 3 and 4, seek consent where it is "
          "safe to do so, but do not let a refusal stop a referral if you believe a child is at risk of "
          "significant harm."),
    ]
    build_pdf(os.path.join(CORPUS, "brackenford", "continuum-of-need.pdf"), footer,
              "The Brackenford Continuum of Need", "Brackenford Safeguarding Children Partnership", st)


# ======================================================================= PDF 4
def brackenford_annual():
    footer = "Brackenford SCP Annual Report 2025\u201326"
    st = [
        P("Brackenford Safeguarding Children Partnership", "h2"),
        P("Annual Report 2025\u201326", "title"),
        P("Covering 1 April 2025 to 31 March 2026. Published September 2026."),
        P("Foreword from the Independent Scrutineer", "h1"),
        P("This report describes how the Brackenford Safeguarding Children Partnership has worked to keep "
          "children safe over the last year. I have seen real commitment from practitioners in every agency, "
          "often under great pressure. The partnership has made good progress on its exploitation priority, "
          "with the new fortnightly MACE meeting now well established. There is more to do on neglect, where "
          "audits show that plans too often drift. - Dr Ruth Calloway, Independent Scrutineer"),
        P("About the partnership", "h1"),
        P("The three statutory safeguarding partners in Brackenford are Brackenford Borough Council, the "
          "Brackenford and Vale Integrated Care Board, and Brackenford Police. The partners share equal "
          "responsibility for the arrangements, and each has nominated a lead safeguarding partner. Schools, "
          "colleges, early years settings, probation, housing and the voluntary sector are relevant agencies "
          "and take part in the partnership's subgroups."),
        P("Our priorities for 2025\u201326", "h1"),
        numbered([
            "Neglect: making sure that neglect is recognised early and that plans lead to change for children.",
            "Child exploitation: improving how we identify and disrupt exploitation, including county lines.",
            "The voice of the child: making sure that what children tell us shapes the help they get.",
        ]),
        P("Key figures", "h1"),
        P("The table below shows some of the main safeguarding activity in Brackenford during the year, "
          "compared with the previous year."),
        figures_table([
            ["Measure", "2024\u201325", "2025\u201326"],
            ["Contacts to the Children's Front Door", "13,975", "14,820"],
            ["Referrals to children's social care", "3,205", "3,412"],
            ["Re-referrals within 12 months", "21%", "19%"],
            ["Section 47 enquiries", "1,043", "1,106"],
            ["Initial child protection conferences", "388", "402"],
            ["Children on a child protection plan at 31 March", "301", "318"],
            ["Children looked after at 31 March", "284", "296"],
            ["Rapid reviews", "5", "7"],
            ["Local child safeguarding practice reviews started", "1", "2"],
            ["Referrals to the LADO", "196", "214"],
            ["Multi-agency training courses delivered", "58", "64"],
            ["Attendances at multi-agency training", "1,874", "2,137"],
        ], [9.5 * cm, 3.5 * cm, 3.5 * cm]),
        Spacer(1, 8),
        P("The rate of children on a child protection plan at 31 March 2026 was 41.2 per 10,000 children, "
          "slightly above the average for similar areas. Neglect was the main category for 48 percent of plans."),
        PageBreak(),
        P("Learning from reviews", "h1"),
        P("The partnership carried out 7 rapid reviews during the year, compared with 5 the year before. Two of "
          "these led to local child safeguarding practice reviews, one about an infant with non-accidental "
          "injuries and one about a 15-year-old exploited through county lines. A recurring theme across the "
          "reviews was that fathers and other male carers were not known to, or engaged with, services."),
        P("Learning has been shared through 7-minute briefings, the practitioner bulletin and two learning events "
          "attended by 230 practitioners."),
        P("Multi-agency training", "h1"),
        P("The partnership delivered 64 multi-agency courses during the year, with 2,137 attendances. The most "
          "popular courses were Introduction to Child Exploitation, the Designated Safeguarding Lead refresher "
          "and Toxic Trio in Practice. Of those who completed the follow-up survey, 91 percent said the training "
          "had changed their practice."),
        P("Allegations against people who work with children", "h1"),
        P("The LADO received 214 referrals in 2025\u201326. Education settings made 38 percent of referrals, "
          "followed by early years settings and the police. 96 percent of referrals were responded to within "
          "24 hours."),
        P("Independent scrutiny", "h1"),
        P("The Independent Scrutineer carried out a review of the partnership's escalation arrangements. As a "
          "result, the escalation policy was changed in July 2026 to add a fourth stage, the Partnership "
          "Escalation Panel."),
        P("Budget", "h1"),
        figures_table([
            ["Contributor", "Contribution 2025\u201326"],
            ["Brackenford Borough Council", "\u00a3210,000"],
            ["Brackenford and Vale Integrated Care Board", "\u00a3105,000"],
            ["Brackenford Police", "\u00a352,500"],
            ["Total", "\u00a3367,500"],
        ], [10 * cm, 5 * cm]),
        Spacer(1, 8),
        P("Priorities for 2026\u201327", "h1"),
        bullets([
            "Keep neglect as a priority, with a new multi-agency neglect audit in spring 2027.",
            "Embed the learning about fathers and male carers across all agencies.",
            "Launch a bruising protocol for non-mobile babies jointly with health partners.",
        ]),
    ]
    build_pdf(os.path.join(CORPUS, "brackenford", "annual-report-2025-26.pdf"), footer,
              "BSCP Annual Report 2025-26", "Brackenford Safeguarding Children Partnership", st)


# ======================================================================= PDF 5
def eastmarsh_annual():
    footer = "Eastmarsh Safeguarding Children Partnership | Annual Report 2025\u201326"
    st = [
        P("Eastmarsh Safeguarding Children Partnership Annual Report 2025\u201326", "title"),
        P("Covering April 2025 to March 2026. Published October 2026."),
        P("Introduction from the safeguarding partners", "h1"),
        P("This is the annual report of the Eastmarsh Safeguarding Children Partnership, made by the three "
          "safeguarding partners: Eastmarsh District Council, the Eastmarsh Integrated Care Board and Eastmarsh "
          "Police. It sets out what we have done, what difference it has made and what we will do next."),
        P("This year the partnership launched the Integrated Front Door, bringing together the contact team, the "
          "Early Help Hub and the police Public Protection Desk. The Integrated Front Door opened on 1 September "
          "2025."),
        P("Our priorities", "h1"),
        bullets([
            "Safer babies: reducing harm to children under one.",
            "Early help: helping families sooner, through the new Early Help Assessment.",
            "Exploitation and missing: a joined-up response to children at risk outside the home.",
        ]),
        P("Safeguarding activity in numbers", "h1"),
        figures_table([
            ["Measure", "2025\u201326"],
            ["Contacts to the Integrated Front Door", "9,640"],
            ["Referrals to children's social care", "2,288"],
            ["Section 47 enquiries", "812"],
            ["Initial child protection conferences", "276"],
            ["Children on a child protection plan at 31 March 2026", "231"],
            ["Early help assessments started", "1,120"],
            ["Missing episodes reported", "1,034"],
            ["Return home interviews offered within 72 hours", "88%"],
            ["Rapid reviews", "4"],
            ["Referrals to the LADO", "158"],
            ["Attendances at multi-agency training", "1,482"],
        ], [11 * cm, 4 * cm]),
        PageBreak(),
        P("Learning from reviews", "h1"),
        P("The partnership completed 4 rapid reviews in the year. One, about Baby R, led to a local child "
          "safeguarding practice review, and the learning briefing was published in April 2026. The main "
          "lesson was that any bruise in a non-mobile baby must be referred on the same day."),
        P("Training and development", "h1"),
        P("There were 1,482 attendances at multi-agency training. New courses were introduced on the Early Help "
          "Assessment and on working with fathers. The partnership also ran its first Eastmarsh Safeguarding "
          "Conference, attended by 180 practitioners."),
        P("Scrutiny and assurance", "h1"),
        P("The ESCP Independent Scrutineer reviewed how agencies use the five-stage escalation policy. She found "
          "that most disagreements were resolved at the first two stages, but that schools rarely used the "
          "policy. A new schools escalation briefing will be issued in 2026\u201327."),
        P("Looking ahead to 2026\u201327", "h1"),
        bullets([
            "Publish a bruising protocol for non-mobile babies in autumn 2026.",
            "Increase the proportion of return home interviews offered within 72 hours to at least 95 percent.",
            "Review the Eastmarsh Levels of Need guidance with schools.",
        ]),
    ]
    build_pdf(os.path.join(CORPUS, "eastmarsh", "annual-report-2025-26.pdf"), footer,
              "ESCP Annual Report 2025-26", "Eastmarsh Safeguarding Children Partnership", st)


def main():
    anyshire_thresholds()
    anyshire_tea_break()
    brackenford_tea_break()
    eastmarsh_levels()
    child_m()
    baby_r()
    brackenford_thresholds()
    brackenford_annual()
    eastmarsh_annual()


if __name__ == "__main__":
    main()
