"""Email newsletters (table layout, email boilerplate)."""


def _email(title, preheader, brand, colour, items, footer_addr, unsub_domain):
    blocks = []
    for heading, body in items:
        blocks.append(f"""
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:15px;color:#222;">
<h2 style="font-size:20px;color:{colour};margin:0 0 8px 0;">{heading}</h2>
{body}
</td></tr>
<tr><td style="border-bottom:1px solid #ddd;height:1px;line-height:1px;">&nbsp;</td></tr>""")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">body{{margin:0;padding:0;}} table{{border-collapse:collapse;}} .mobile-hide{{display:block;}}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<span style="display:none;font-size:1px;color:#f2f2f2;max-height:0;overflow:hidden;">{preheader}</span>
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td align="right" style="padding:6px 24px;font-family:Arial,sans-serif;font-size:11px;color:#666;"><a href="https://{unsub_domain}/email/view" style="color:#666;">View this email in your browser</a></td></tr>
<tr><td style="background-color:{colour};padding:20px 24px;font-family:Arial,sans-serif;color:#fff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td><img src="https://{unsub_domain}/img/logo.png" alt="{brand} logo" width="120" height="40" /></td>
<td style="font-size:22px;font-weight:bold;color:#ffffff;">{title}</td></tr></table>
</td></tr>
{''.join(blocks)}
<tr><td style="padding:16px 24px;font-family:Arial,sans-serif;font-size:11px;color:#777;">
<p>Share this email: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">Forward to a colleague</a></p>
<p>You are receiving this email because you signed up for updates from the {brand}.</p>
<p>{footer_addr}</p>
<p><a href="https://{unsub_domain}/email/preferences">Update your preferences</a> | <a href="https://{unsub_domain}/email/unsubscribe">Unsubscribe from this list</a></p>
<p>Copyright &copy; 2026 {brand}, all rights reserved.</p>
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


ANYSHIRE_NEWS = _email(
    "ASCP Practitioner News - Summer 2026",
    "Procedures update, training dates and learning from Child M",
    "Anyshire Safeguarding Children Partnership", "#2b5d8c",
    [
        ("Anyshire Safeguarding Children Partnership newsletter, July 2026",
         "<p>Welcome to the summer edition of our practitioner newsletter, sent in July 2026 to everyone on the ASCP mailing list. In this issue you will find a summary of the July procedures update, dates for autumn training, and the learning from our latest child safeguarding practice review.</p>"),
        ("A message from our Independent Chair",
         "<p>Thank you to everyone who took part in our multi-agency audit of neglect this spring. Over 40 practitioners from 11 agencies reviewed cases together. The audit found that practitioners are good at noticing neglect but less confident about recording its impact over time. I would encourage every team to use the Anyshire Neglect Toolkit at supervision. - Helen Brackley, Independent Chair, ASCP</p>"),
        ("New in the procedures manual",
         "<p>The July 2026 update of the procedures went live on 14 July. The most important change is that the LADO now has a new telephone number, 01632 960150. Please update your posters and staff handbooks. The bruising protocol now applies to all babies under 6 months, and return home interviews have moved to the new Anyshire Missing and Return Service.</p>"),
        ("Training dates for autumn 2026",
         """<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px;">
<tr><th align="left">Course</th><th align="left">Date</th><th align="left">Where</th></tr>
<tr><td>Working Together: multi-agency child protection</td><td>17 September 2026</td><td>Anyshire County Hall</td></tr>
<tr><td>Using the Anyshire Neglect Toolkit</td><td>8 October 2026</td><td>Online (Microsoft Teams)</td></tr>
<tr><td>Child exploitation and county lines</td><td>5 November 2026</td><td>Online (Microsoft Teams)</td></tr>
<tr><td>Designated safeguarding lead refresher</td><td>19 November 2026</td><td>Riverside Centre, Anyshire</td></tr>
</table>
<p>All multi-agency courses are free to staff working in Anyshire. Book through the training portal on the partnership website.</p>"""),
        ("Learning from Child M",
         "<p>Our learning briefing from the Child M review has now been published. Child M was a 14-year-old who was criminally exploited after a managed move between schools. The key message for all practitioners is that a managed move or reduced timetable should always trigger a fresh look at risk outside the home.</p>"),
        ("Anyshire Safeguarding Week 2026",
         "<p>Safeguarding Week will run from 12 to 16 October 2026, with lunchtime webinars every day. This year's theme is listening to children. The programme will be emailed in September.</p>"),
    ],
    "Anyshire Safeguarding Children Partnership, County Hall, Anyshire AN1 2ZZ",
    "anyshire-scp.example.org",
)

BRACKENFORD_NEWS = _email(
    "BSCP Bulletin - July 2026",
    "Four-stage escalation, sharing nudes update and DSL network",
    "Brackenford Safeguarding Children Partnership", "#6a2c70",
    [
        ("Brackenford Safeguarding Children Partnership bulletin, July 2026",
         "<p>This bulletin was sent in July 2026 to practitioners, managers and designated safeguarding leads across Brackenford.</p>"),
        ("Escalation policy: now four stages",
         "<p>Our escalation policy has changed. There are now four stages, and the final stage is the new Partnership Escalation Panel, chaired by our Independent Scrutineer. Please make sure your team knows the new process; the full chapter is in the procedures manual.</p>"),
        ("Sharing nudes: updated guidance for schools",
         "<p>The chapter on sharing nudes and semi-nudes has been updated. It includes new advice on financially motivated sexual extortion, which is rising sharply among teenage boys. DSLs can get advice from our Online Safety Adviser on 01632 960345.</p>"),
        ("Dates for your diary",
         """<ul>
<li>DSL network meeting: 1 October 2026, 3.30pm to 5pm, Brackenford Civic Centre</li>
<li>Toxic trio in practice (half-day course): 23 September 2026, online</li>
<li>Understanding the Brackenford Continuum of Need: 14 October 2026, online</li>
<li>BSCP annual conference: 26 November 2026, The Corn Exchange, Brackenford</li>
</ul>"""),
        ("Learning from rapid reviews",
         "<p>Between April 2025 and March 2026 the partnership carried out 7 rapid reviews. A recurring theme was fathers and other male carers being invisible to services. When a baby is born, ask who else lives in the home or spends time caring for the baby, and record their details.</p>"),
        ("Annual report published",
         "<p>The BSCP Annual Report 2025 to 2026 is now available on our website. It sets out what the partnership achieved over the year and our priorities for next year.</p>"),
    ],
    "Brackenford Safeguarding Children Partnership, Civic Centre, Brackenford BK4 9ZZ",
    "brackenford-scp.example.org",
)
