"""Build the HTML documents of the demo corpus.

Run:  python corpus/_tools/build_html_docs.py
All content is fictional and written for this project.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CORPUS = os.path.dirname(HERE)

import core_chapters as cc  # noqa: E402
import local_pages as lp  # noqa: E402
import newsletters as nl  # noqa: E402
from areas import ANYSHIRE, BRACKENFORD, EASTMARSH  # noqa: E402
from site_layout import PAGE  # noqa: E402

CORE = [
    ("referral.html", cc.referral, "Making a Referral to Children's Social Care"),
    ("lado.html", cc.lado, "Allegations Against People Who Work with Children"),
    ("escalation.html", cc.escalation, "Resolving Professional Disagreements"),
    ("strategy-discussions-s47.html", cc.strategy, "Strategy Discussions and Section 47 Enquiries"),
    ("missing-children.html", cc.missing, "Children Missing from Home, Care or Education"),
    ("child-exploitation.html", cc.exploitation, "Child Exploitation"),
]

DATES = {
    "anyshire": {"referral.html": "3 February 2026", "lado.html": "14 July 2026",
                 "escalation.html": "10 November 2025", "strategy-discussions-s47.html": "3 February 2026",
                 "missing-children.html": "14 July 2026", "child-exploitation.html": "14 July 2026"},
    "brackenford": {"referral.html": "21 July 2026", "lado.html": "9 March 2026",
                    "escalation.html": "21 July 2026", "strategy-discussions-s47.html": "9 March 2026",
                    "missing-children.html": "12 January 2026", "child-exploitation.html": "21 July 2026"},
    "eastmarsh": {"referral.html": "5 May 2026", "lado.html": "5 May 2026",
                  "escalation.html": "2 December 2025", "strategy-discussions-s47.html": "7 July 2026",
                  "missing-children.html": "5 May 2026", "child-exploitation.html": "5 May 2026"},
}

NOTES = {
    "anyshire": {
        "referral.html": (
            "<p>Pre-birth referrals: where there are concerns about an unborn baby, make a referral to the "
            "Anyshire MASH by 20 weeks of pregnancy so that a pre-birth assessment can be completed in good time.</p>\n"
            "<p>Young people aged 16 or 17 who are homeless or at risk of homelessness should be referred to the "
            "MASH, which will arrange a joint assessment with the Anyshire Housing Options team.</p>"),
        "lado.html": (
            "<p>The Anyshire LADO holds a drop-in advice session for designated safeguarding leads on the first "
            "Wednesday of each month, from 2pm to 4pm, on Microsoft Teams.</p>"),
        "missing-children.html": (
            "<p>The Anyshire Missing and Return Service can be contacted on 01632 960160 or "
            "returns@anyshire.example.org.</p>"),
    },
    "brackenford": {
        "referral.html": (
            "<p>Pre-birth referrals: where there are concerns about an unborn baby, make a referral to the "
            "Front Door by 16 weeks of pregnancy.</p>\n"
            "<p>Education settings can ring the Schools Safeguarding Adviser on 01632 960310 for advice before "
            "making a referral.</p>"),
        "lado.html": (
            "<p>The Brackenford LADO will acknowledge every referral within 1 working day and will tell the "
            "referrer the name of the officer managing it.</p>"),
        "missing-children.html": (
            "<p>Harbour Youth Trust is commissioned by Brackenford Borough Council to carry out return home "
            "interviews. Requests can be sent to rhi@brackenford.example.org.</p>"),
    },
    "eastmarsh": {
        "referral.html": (
            "<p>Pre-birth referrals: where there are concerns about an unborn baby, make a referral to the IFD as "
            "soon as concerns are identified, and no later than 18 weeks of pregnancy.</p>"),
        "lado.html": (
            "<p>Allegations about foster carers are also reported to the Eastmarsh Fostering Service, and the "
            "outcome is considered at the carer's next fostering review.</p>"),
        "missing-children.html": (
            "<p>The Eastmarsh Youth Support Service can be contacted on 01632 960540.</p>"),
    },
}

EXTRA = {
    "anyshire": [
        ("fgm.html", "Female Genital Mutilation", "22 April 2026", lp.ANY_FGM),
        ("bruising-non-mobile-babies.html", "Bruising in Non-Mobile Babies and Children", "14 July 2026",
         lp.ANY_BRUISING),
    ],
    "brackenford": [
        ("sharing-nudes-semi-nudes.html", "Sharing Nudes and Semi-Nudes in Education Settings", "21 July 2026",
         lp.BRK_NUDES),
        ("domestic-abuse.html", "Domestic Abuse and the Toxic Trio", "9 March 2026", lp.BRK_DA),
    ],
    "eastmarsh": [
        ("prevent-radicalisation.html", "Prevent and Radicalisation", "7 July 2026", lp.EST_PREVENT),
        ("early-help-assessment.html", "Early Help Assessment", "7 July 2026", lp.EST_EHA),
        ("private-fostering.html", "Private Fostering", "7 July 2026", lp.EST_PF),
    ],
}

AMEND = {
    "anyshire": ("amendments-july-2026.html", "Amendments: July 2026 Update", lp.ANY_AMEND),
    "brackenford": ("amendments-july-2026.html", "Amendments to the Procedures: July 2026 Update", lp.BRK_AMEND),
    "eastmarsh": ("amendments-july-2026.html", "What's Changed: July 2026 Update", lp.EST_AMEND),
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.relpath(path, os.path.dirname(CORPUS)))


def main():
    for F in (ANYSHIRE, BRACKENFORD, EASTMARSH):
        slug = F["slug"]
        page = PAGE[slug]
        for fname, fn, crumb in CORE:
            main_html = fn(F, DATES[slug][fname], NOTES[slug].get(fname, ""))
            write(os.path.join(CORPUS, slug, fname), page(F, crumb, crumb, main_html))
        for fname, title, date, body in EXTRA[slug]:
            main_html = cc._head(F, title, date) + body
            write(os.path.join(CORPUS, slug, fname), page(F, title, title, main_html))
        fname, title, body = AMEND[slug]
        write(os.path.join(CORPUS, slug, fname), page(F, title, "Amendments", body))
    write(os.path.join(CORPUS, "anyshire", "newsletter-summer-2026.html"), nl.ANYSHIRE_NEWS)
    write(os.path.join(CORPUS, "brackenford", "bulletin-july-2026.html"), nl.BRACKENFORD_NEWS)


if __name__ == "__main__":
    main()
