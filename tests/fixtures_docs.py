"""Build small test documents of every supported format, written fresh for the tests.

All wording is invented for the fictional "Exampleshire Safeguarding Children
Partnership" so tests never depend on (or copy) real partnership documents.
"""

from __future__ import annotations

from pathlib import Path

PARTNERSHIP = "Exampleshire Safeguarding Children Partnership"

WEB_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Responding to Neglect | Exampleshire Safeguarding Children Partnership</title>
<script>var tracking = "do not index me";</script><style>.x{color:red}</style></head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<div id="cookie-notice">We use cookies to improve this website. <button>Accept cookies</button></div>
<header><div class="brand">Exampleshire Safeguarding Children Partnership</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About the partnership</a></li>
<li><a href="/training">Training courses</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/procedures">Procedures</a> &gt; Neglect</div>
<main id="content">
<h1>Responding to Neglect</h1>
<p>Last updated: 14 July 2026</p>
<h2>1. Recognising neglect</h2>
<p>Neglect is the persistent failure to meet a child's basic needs and it often
builds up slowly, so practitioners should look at the pattern over time.</p>
<ul><li>Missed health appointments</li><li>Poor school attendance
<ul><li>including repeated lateness</li></ul></li></ul>
<h3>Indicators in babies</h3>
<p>Weight loss and nappy rash that does not clear can point to neglect in babies.</p>
<h2>2. Who to contact</h2>
<table><thead><tr><th>Service</th><th>Telephone</th><th>Hours</th></tr></thead>
<tbody><tr><td>Children's Advice Hub</td><td>01234 567890</td><td>9am to 5pm</td></tr>
<tr><td>Emergency Duty Team</td><td>01234 000111</td><td>Out of hours</td></tr></tbody></table>
<p><a href="https://twitter.com/exampleshire">Twitter</a></p>
</main>
<aside><h2>Related pages</h2><p>Sidebar text that must not be indexed.</p></aside>
<footer><p>Copyright 2026 Exampleshire Safeguarding Children Partnership</p>
<p><a href="/privacy">Privacy notice</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""

EMAIL = """<html><head><title>Partnership Bulletin - June 2026</title></head>
<body style="margin:0">
<table role="presentation" width="100%"><tr><td align="center">
<table width="600" cellpadding="0"><tr><td class="preheader" style="display:none">Sneak peek text</td></tr>
<tr><td><p><a href="#">View this email in your browser</a></p></td></tr>
<tr><td><img src="logo.png" alt="Exampleshire Safeguarding Children Partnership logo"></td></tr>
<tr><td><p>Home – Training – Procedures – Contact Us</p></td></tr>
<tr><td>
<p>Partnership Bulletin, June 2026</p>
<p><strong>Safer sleep reminder</strong></p>
<p>Every contact with a family of a new baby is a chance to talk about safer sleep,
including after a change of address.</p>
<p><strong>New escalation guidance</strong></p>
<p>If you disagree with a decision about a referral, talk to the worker first and
then to their manager within two working days.</p>
</td></tr>
<tr><td><table width="100%"><tr><td width="50%"><p>Training dates for autumn are now open for booking.</p></td>
<td width="50%"><p>Book early because places on the neglect course fill quickly.</p></td></tr></table></td></tr>
<tr><td><p><a href="https://facebook.com/exampleshire">Facebook</a> <a href="https://twitter.com/ex">Twitter</a></p>
<p>You are receiving this email because you signed up to partnership updates.</p>
<p><a href="*|UNSUB|*">Unsubscribe</a> | <a href="*|UPDATE|*">Update your preferences</a></p>
<p>Forward to a friend</p></td></tr>
</table></td></tr></table></body></html>
"""

MARKDOWN = """---
title: Exampleshire Thresholds Guide
partnership: Exampleshire
doc_type: thresholds
published: 2026-03
---

# Exampleshire Thresholds Guide

Intro paragraph that explains how to use the levels of need
when deciding what help a family requires.

## Level 2: Early help

- Family needs some extra support
- Needs can be met by universal services with **coordination**

## Level 4: Specialist

| Level | Response | Lead |
|-------|----------|------|
| 4 | Referral to children's social care | Social worker |
| 3 | Targeted early help | Family worker |
"""

TEXT = """Exampleshire Tea Break Guide: Bruising in Babies

Updated March 2026

Why it matters

Any bruise on a baby who is not yet mobile needs to be taken seriously and
should be discussed with a safeguarding lead on the same day.

What to do

- Record what you saw and what the parent said
- Refer to children's social care
"""


def write_html_page(folder: Path) -> Path:
    path = folder / "neglect.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    return path


def write_email(folder: Path) -> Path:
    path = folder / "bulletin-june-2026.html"
    path.write_text(EMAIL, encoding="utf-8")
    return path


def write_markdown(folder: Path) -> Path:
    path = folder / "thresholds.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return path


def write_text(folder: Path) -> Path:
    path = folder / "tea-break-bruising.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def write_docx(folder: Path) -> Path:
    """A procedure with a Title, two heading levels, bullets, a data table and a callout box."""
    import docx

    document = docx.Document()
    document.core_properties.title = "Private Fostering Procedure"
    document.core_properties.author = PARTNERSHIP
    document.add_heading("Private Fostering Procedure", level=0)
    document.add_paragraph("Last amended: 2 February 2026")
    document.add_heading("Definition", level=1)
    document.add_paragraph(
        "A private fostering arrangement is one where a child under 16 is cared for "
        "by someone who is not a close relative for 28 days or more."
    )
    document.add_heading("What professionals must do", level=2)
    document.add_paragraph("Tell the local authority about the arrangement", style="List Bullet")
    document.add_paragraph("Check the carer understands their duties", style="List Bullet")
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "Remember: parents keep parental responsibility throughout."
    document.add_heading("Timescales", level=1)
    table = document.add_table(rows=3, cols=2)
    header = table.rows[0].cells
    for cell, text in zip(header, ["Action", "Deadline"]):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    table.rows[1].cells[0].text = "Visit the child"
    table.rows[1].cells[1].text = "Within 7 working days"
    table.rows[2].cells[0].text = "Review the arrangement"
    table.rows[2].cells[1].text = "Every 6 weeks"
    document.add_paragraph("Contact the fostering team if you are unsure.")
    path = folder / "private-fostering-procedure.docx"
    document.save(str(path))
    return path


_PDF_SECTIONS = [
    ("Introduction", "This procedure sets out how agencies in Exampleshire work together when a child goes missing from home or care."),
    ("Risk assessment", "The first officer to take the report must grade the risk as low, medium or high and record the reasons for the grading."),
    ("Return interviews", "An independent return interview should be offered within 72 hours of the child coming back, and the findings shared with the social worker."),
]


def _filler(section: int, para: int) -> str:
    """Varied body text so no two lines repeat (repeats would look like running headers)."""
    return (
        f"Paragraph {para} of part {section} reminds practitioners to share information promptly "
        f"and to record decision number {section * 10 + para} together with its reason. "
        f"Agencies should agree who will speak to the family about item {para}, and when, so that "
        f"the child in case {section}-{para} is not asked the same questions again and again by "
        f"different people, which the partnership reviewed during audit cycle {para + section}."
    )


def write_pdf(folder: Path) -> Path:
    """A four-page PDF with a running header and footer, page numbers, big headings and bullets."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=12, spaceAfter=8)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=18, leading=22, spaceBefore=12)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=8)

    def furniture(canvas, doc):  # noqa: ANN001 - reportlab callback signature
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(40, 815, "OFFICIAL - Exampleshire Safeguarding Children Partnership")
        canvas.drawString(40, 25, "Children Missing from Home or Care procedure - version 3")
        canvas.drawRightString(555, 25, f"Page {doc.page}")
        canvas.restoreState()

    story = [Paragraph("Children Missing from Home or Care", h1), Paragraph("Published: May 2026", body)]
    for n, (heading, first) in enumerate(_PDF_SECTIONS, start=1):
        story.append(Paragraph(heading, h2))
        story.append(Paragraph(first, body))
        for i in range(1, 10):
            story.append(Paragraph(_filler(n, i), body))
        story.append(
            ListFlowable(
                [ListItem(Paragraph(t, body)) for t in ("Check previous missing episodes", "Consider exploitation")],
                bulletType="bullet",
            )
        )
        story.append(Spacer(1, 6))
    path = folder / "missing-children.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, title="Children Missing from Home or Care",
                      author=PARTNERSHIP).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_figures_pdf(folder: Path) -> Path:
    """An annual-report page: a figures table (one name wrapping onto two lines) and a page of
    prose set in two columns, which must stay prose."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Frame, PageTemplate, Paragraph, Table, TableStyle
    from reportlab.platypus.doctemplate import BaseDocTemplate, FrameBreak, NextPageTemplate

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=12)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceBefore=8)
    rows = [["Measure", "2024-25", "2025-26"],
            ["Contacts to the Front Door", "11,204", "12,388"],
            [Paragraph("Children subject to a child protection plan on the last day of the reporting year",
                       cell), "187", "203"],
            ["Referrals to the LADO", "142", "161"],
            ["Private fostering arrangements made", "11", "14"]]  # runs close to the next column
    table = Table(rows, colWidths=[150, 80, 80])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    prose = ("The partnership asked schools, health visitors and youth workers how the new front door was "
             "working for them, and most said that advice was quicker to get than before the change was made. ")
    path = folder / "figures.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Exampleshire Annual Report")
    width, height = A4
    one = Frame(40, 40, width - 80, height - 80, id="one")
    left = Frame(40, 40, (width - 100) / 2, height - 80, id="left")
    right = Frame(60 + (width - 100) / 2, 40, (width - 100) / 2, height - 80, id="right")
    doc.addPageTemplates([PageTemplate("one", [one]), PageTemplate("two", [left, right])])
    story = [Paragraph("Key figures", h2), table, NextPageTemplate("two"), Paragraph("What practitioners told us", h2)]
    story += [Paragraph(prose * 2, body) for _ in range(6)] + [FrameBreak()]
    story += [Paragraph(prose * 2, body) for _ in range(6)]
    from reportlab.platypus import PageBreak

    doc.build([*story[:2], NextPageTemplate("two"), PageBreak(), *story[3:]])
    return path


def write_interleaved_columns_pdf(folder: Path) -> Path:
    """Two columns of prose drawn line by line across the page, as some generators do: every
    baseline holds two far-apart pieces, like a table row."""
    from reportlab.pdfgen import canvas

    left = ("When a practitioner is worried about a child they should talk to the designated lead first and "
            "write down what they saw and heard in the words that were used at the time").split()
    right = ("Health visitors told the partnership that joint visits with early help workers made it easier "
             "to build trust with families who had not asked for any help before this year").split()
    path = folder / "columns.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    for i in range(4):
        c.drawString(50, 780 - 12 * i, " ".join(left[i * 8:(i + 1) * 8]))
        c.drawString(310, 780 - 12 * i, " ".join(right[i * 8:(i + 1) * 8]))
    c.showPage()
    c.save()
    return path


def write_image_only_pdf(folder: Path) -> Path:
    """A PDF with drawing but no text: stands in for a scanned document."""
    from reportlab.pdfgen import canvas

    path = folder / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 200, 200, fill=1)
    c.showPage()
    c.save()
    return path


def write_encrypted_pdf(source: Path, folder: Path, user_password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    path = folder / ("locked.pdf" if user_password else "owner-only.pdf")
    with path.open("wb") as fh:
        writer.write(fh)
    return path
