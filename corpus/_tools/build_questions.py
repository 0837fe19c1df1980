"""Generate eval/questions.jsonl from the lists below.

Run:  python corpus/_tools/build_questions.py && python eval/check_questions.py
Answerable rows: (question, partnership or None, doc, grounding, key_fact)
doc prefixes: a/ = corpus/anyshire, b/ = corpus/brackenford, e/ = corpus/eastmarsh,
n/ = corpus/national.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PFX = {"a": "corpus/anyshire", "b": "corpus/brackenford", "e": "corpus/eastmarsh", "n": "corpus/national"}
A, B, E, N = "Anyshire", "Brackenford", "Eastmarsh", "National"


def doc(short):
    p, rest = short.split("/", 1)
    return f"{PFX[p]}/{rest}"


ANSWERABLE = [
    # ---- Anyshire referral
    ("mash phone number anyshire", None, "a/referral.html", "Anyshire MASH: 01632 960100 (Monday to Friday, 8.30am to 5pm)", "01632 960100"),
    ("what time does the MASH shut", A, "a/referral.html", "Anyshire MASH: 01632 960100 (Monday to Friday, 8.30am to 5pm)", "5pm"),
    ("if i phone a referral thru do i still need to send the form? how long have i got", A, "a/referral.html", "you must follow it up with a completed MARF within 48 hours", "48 hours"),
    ("how long till MASH tells me the outcome of my referral", A, "a/referral.html", "The MASH will tell the referrer the outcome within 3 working days", "3 working days"),
    ("Anyshire - how quickly does the mash make a decision on a referral?", None, "a/referral.html", "decide what should happen next within one working day", "one working day"),
    ("anyshire out of hours social work number", None, "a/referral.html", "Outside office hours: Anyshire Emergency Duty Team on 01632 960199", "01632 960199"),
    ("unborn baby concerns, when shld i refer to MASH by?", A, "a/referral.html", "make a referral to the Anyshire MASH by 20 weeks of pregnancy", "20 weeks"),
    ("parents have said no to the referral, can i still refer", A, "a/referral.html", "parents refuse consent and you still believe the child is at risk", "significant harm"),
    ("16 yr old sofa surfing / homeless - who do I refer to in Anyshire?", None, "a/referral.html", "joint assessment with the Anyshire Housing Options team", "Housing Options"),
    ("is there a consultation line at the MASH and when is it open", A, "a/referral.html", "a consultation line within the MASH from 9.30am to 4pm each weekday", "9.30am to 4pm"),
    ("what does the anyshire EDT cover - what hours?", None, "a/referral.html", "The Anyshire Emergency Duty Team covers 5pm to 8.30am on weekdays", "8.30am"),
    # ---- Brackenford referral
    ("brackenford front door number", None, "b/referral.html", "Brackenford Children's Front Door: 01632 960300", "01632 960300"),
    ("what time does the front door close on a friday", B, "b/referral.html", "Friday, 8.45am to 4.45pm", "4.45pm"),
    ("i rang the front door, how long have i got to send the written form", B, "b/referral.html", "you must send the completed Request for Support Form within 24 hours", "24 hours"),
    ("brackenford - how long for front door to feed back to the referrer", None, "b/referral.html", "Front Door will tell the referrer the outcome within 2 working days", "2 working days"),
    ("prebirth referral brackenford by how many weeks", None, "b/referral.html", "make a referral to the Front Door by 16 weeks of pregnancy", "16 weeks"),
    ("schools safeguarding adviser number", B, "b/referral.html", "ring the Schools Safeguarding Adviser on 01632 960310 for advice", "01632 960310"),
    ("out of hours brackenford childrens social care", None, "b/referral.html", "Outside office hours: Brackenford Out of Hours Service on 01632 960399", "01632 960399"),
    ("whats the referral form called now", B, "b/referral.html", "All other referrals are made through the online Request for Support Form", "Request for Support Form"),
    ("how fast does the Brackenford front door decide what to do with a referal", None, "b/referral.html", "decide what should happen next within 24 hours of receiving the referral", "24 hours"),
    ("front door email", B, "b/child-exploitation.html", "Brackenford Children's Front Door on 01632 960300 or frontdoor@brackenford.example.org", "frontdoor@brackenford.example.org"),
    # ---- Eastmarsh referral
    ("eastmarsh IFD phone", None, "e/referral.html", "Eastmarsh Integrated Front Door: 01632 960500 (Monday to Friday, 9am to 5pm)", "01632 960500"),
    ("how long does the IFD take to tell me the outcome", E, "e/referral.html", "The IFD will tell the referrer the outcome within 5 working days", "5 working days"),
    ("phoned IFD, when do i need to send contact form", E, "e/referral.html", "it up with a completed IFD Contact Form within 2 working days", "2 working days"),
    ("eastmarsh unborn baby referral - latest point in pregnancy?", None, "e/referral.html", "no later than 18 weeks of pregnancy", "18 weeks"),
    ("eastmarsh out of hrs number", None, "e/referral.html", "Outside office hours: Eastmarsh Out of Hours Team on 01632 960599", "01632 960599"),
    ("when does the IFD decide on a referral", E, "e/referral.html", "what should happen next by the end of the next working day", "end of the next working day"),
    ("what is in the eastmarsh integrated front door - which teams", None, "e/referral.html", "combines the children's social care contact team, the Early Help Hub", "Public Protection Desk"),
    ("what should i put in a referral", E, "e/referral.html", "anything the child has said, written down as closely as possible", "own words"),
    # ---- LADO
    ("lado number anyshire", None, "a/lado.html", "ring the LADO on 01632 960150 for a consultation", "01632 960150"),
    ("how quickly do I have to tell the LADO about an allegation", A, "a/lado.html", "must report the allegation to the LADO within one working day", "one working day"),
    ("Brackenford LADO timescale for employers to refer", None, "b/lado.html", "must report the allegation to the LADO within 24 hours", "24 hours"),
    ("eastmarsh when should a school refer a staff allegation to the lado", None, "e/lado.html", "must report the allegation to the LADO on the same working day", "same working day"),
    ("brackenford lado phone", None, "b/lado.html", "ring the LADO on 01632 960350 for a consultation", "01632 960350"),
    ("lado contact eastmarsh", None, "e/lado.html", "ring the LADO on 01632 960550 for a consultation", "01632 960550"),
    ("lado email address", B, "b/lado.html", "LADO Referral Form on the partnership website and email it to lado@brackenford.example.org", "lado@brackenford.example.org"),
    ("should i tell the teacher about the allegation before speaking to lado?", A, "a/lado.html", "person the allegation is about until you have agreed with the LADO", "agreed with the LADO"),
    ("can we investigate a staff allegation ourselves first", E, "e/lado.html", "Do not investigate the allegation yourself or interview the child", "Do not investigate"),
    ("what's the meeting the LADO calls in anyshire", None, "a/lado.html", "a meeting, known locally as the Allegation Management Meeting", "Allegation Management Meeting"),
    ("brackenford lado meeting name", None, "b/lado.html", "a meeting, known locally as the Position of Trust Meeting", "Position of Trust Meeting"),
    ("Anyshire LADO drop in for DSLs - when is it", None, "a/lado.html", "first Wednesday of each month, from 2pm to 4pm", "first Wednesday"),
    ("who are the LADOs in eastmarsh", None, "e/lado.html", "The designated officers in Eastmarsh are Grace Whitlow", "Grace Whitlow"),
    ("teacher arrested for DA at home - is that a LADO matter even tho no child involved?", B, "b/lado.html", "where a teacher is arrested for domestic abuse at home", "transferable risk"),
    ("possible outcomes of a lado case", E, "e/lado.html", "substantiated, false, malicious, unfounded or unsubstantiated", "unsubstantiated"),
    ("how long does brackenford lado take to acknowledge a referal", None, "b/lado.html", "will acknowledge every referral within 1 working day", "1 working day"),
    ("LADO office hours eastmarsh", None, "e/lado.html", "Monday to Friday, 8.30am to 4.30pm", "8.30am to 4.30pm"),
    ("can I accept a resignation from staff member before speaking to LADO", A, "a/lado.html", "Do not dismiss or suspend the person, or accept a resignation", "before speaking to the LADO"),
    ("staff member over-friendly with pupils - lado or not?", B, "b/lado.html", "should be managed under the employer's low-level concerns policy", "low-level concerns"),
    ("false allegation - does it go in references?", E, "e/lado.html", "include details of allegations found to be false or malicious in references", "false or malicious"),
    ("allegation about a foster carer eastmarsh", None, "e/lado.html", "Allegations about foster carers are also reported to the Eastmarsh Fostering Service", "Eastmarsh Fostering Service"),
    # ---- Escalation
    ("how many stages escalation policy anyshire", None, "a/escalation.html", "has a three-stage escalation process", "three"),
    ("brackenford escalation how many stages", None, "b/escalation.html", "has a four-stage escalation process", "four"),
    ("stages in eastmarsh disagreement policy", None, "e/escalation.html", "has a five-stage escalation process", "five"),
    ("stage 1 escalation timescale", A, "a/escalation.html", "This stage should be completed within 2 working days", "2 working days"),
    ("brackenford stage 1 escalation how long", None, "b/escalation.html", "This stage should be completed within 3 working days", "3 working days"),
    ("final stage of escalation in brackenford - who decides", None, "b/escalation.html", "chaired by the BSCP Independent Scrutineer, whose decision is final", "Independent Scrutineer"),
    ("eastmarsh escalation stage 5 timescale", None, "e/escalation.html", "This stage should be completed within 15 working days", "15 working days"),
    ("who does an unresolved escalation go to after heads of service", A, "a/escalation.html", "it is referred to the ASCP Business Manager", "ASCP Business Manager"),
    ("disagree with a CP conference decision what do i do", B, "b/escalation.html", "write to the manager of the Brackenford Child Protection Conference Service", "5 working days"),
    ("escalation mailbox eastmarsh", None, "e/escalation.html", "send a copy of any stage 5 escalation to escalation@eastmarsh.example.org", "escalation@eastmarsh.example.org"),
    ("stage 2 escalation timescale", A, "a/escalation.html", "raises it with their own line manager or designated safeguarding lead", "5 working days"),
    ("eastmarsh stage 4 escalation who is involved", None, "e/escalation.html", "Directors, or equivalent senior leaders, in the agencies concerned", "Directors"),
    ("child at immediate risk - should I use the escalation policy?", E, "e/escalation.html", "If they are, do not use this policy", "999"),
    ("brackenford escalation stage 3 who", None, "b/escalation.html", "Service managers, or the named safeguarding professionals for health", "within 5 working days"),
    # ---- Strategy / s47
    ("how soon strategy discussion anyshire", None, "a/strategy-discussions-s47.html", "strategy discussion must take place within one working day of the decision", "one working day"),
    ("brackenford strat discussion timescale", None, "b/strategy-discussions-s47.html", "a strategy discussion must take place within 24 hours of the decision", "24 hours"),
    ("eastmarsh strategy meeting how quickly", None, "e/strategy-discussions-s47.html", "strategy discussion must take place within 2 working days of the decision", "2 working days"),
    ("ICPC timescale", A, "a/strategy-discussions-s47.html", "must be held within 15 working days of the strategy discussion", "15 working days"),
    ("initial cp conference within how many days eastmarsh", None, "e/strategy-discussions-s47.html", "must be held within 15 working days of the strategy discussion", "15 working days"),
    ("who arranges cp conferences in brackenford", None, "b/strategy-discussions-s47.html", "Conferences in Brackenford are arranged by the Brackenford Child Protection Conference Service", "01632 960370"),
    ("when do conference reports need to go to parents", A, "a/strategy-discussions-s47.html", "shared with the parents at least 3 working days before the conference", "3 working days"),
    ("eastmarsh conf report deadline for sharing with parents", None, "e/strategy-discussions-s47.html", "shared with the parents at least 1 working day before the conference", "1 working day"),
    ("cp medicals anyshire who does them", None, "a/strategy-discussions-s47.html", "carried out by the Child Protection Medical Service at Anyshire General Hospital", "01632 960180"),
    ("brackenford child protection medical where", None, "b/strategy-discussions-s47.html", "the Paediatric Safeguarding Clinic at Brackenford Royal Infirmary", "01632 960380"),
    ("core group first meeting when", E, "e/strategy-discussions-s47.html", "core group must meet within 10 working days of the initial conference", "10 working days"),
    ("who should be at a strategy discussion", B, "b/strategy-discussions-s47.html", "the police, usually a detective from the child protection investigation team", "police"),
    ("first review conference timing", B, "b/strategy-discussions-s47.html", "the first review conference must be held within 3 months", "3 months"),
    ("strategy discussion if immediate risk brackenford", None, "b/strategy-discussions-s47.html", "immediately, and in any case within 2 hours", "2 hours"),
    ("who chairs a strat disc", E, "e/strategy-discussions-s47.html", "The discussion is convened and chaired by a children's social care manager", "children's social care manager"),
    ("can a strategy discussion be done over the phone", A, "a/strategy-discussions-s47.html", "discussion can be held in person, by video call or by telephone", "telephone"),
    ("how soon should the strategy discussion record be sent out", B, "b/strategy-discussions-s47.html", "should be sent to everyone who took part within 1 working day", "1 working day"),
    ("eastmarsh conference team phone number", None, "e/strategy-discussions-s47.html", "in Eastmarsh are arranged by the Eastmarsh Quality Assurance and Conference Team", "01632 960570"),
    # ---- Missing
    ("RHI timescale anyshire", None, "a/missing-children.html", "the interview must be offered within 72 hours of the child's return", "72 hours"),
    ("who does return home interviews in brackenford", None, "b/missing-children.html", "these are carried out by the Harbour Youth Trust", "Harbour Youth Trust"),
    ("rhi eastmarsh who does them", None, "e/missing-children.html", "these are carried out by the Eastmarsh Youth Support Service", "Eastmarsh Youth Support Service"),
    ("foster carer - child missing - how quickly must I tell the social worker", A, "a/missing-children.html", "within 1 hour of becoming aware that the child is missing", "1 hour"),
    ("brackenford missing from care notify timescale", None, "b/missing-children.html", "within 2 hours of becoming aware that the child is missing", "2 hours"),
    ("eastmarsh carers child missing inform sw how long", None, "e/missing-children.html", "within 4 hours of becoming aware that the child is missing", "4 hours"),
    ("when is a missing strategy meeting needed", A, "a/missing-children.html", "three or more missing episodes in any 90-day period", "three or more"),
    ("brackenford repeat missing trigger for strategy meeting", None, "b/missing-children.html", "two or more missing episodes in any 30-day period", "30-day"),
    ("CME referral after how many days absence", A, "a/missing-children.html", "after 10 school days of continuous unexplained absence", "10 school days"),
    ("brackenford children missing education when to refer", None, "b/missing-children.html", "after 5 school days of continuous unexplained absence", "5 school days"),
    ("eastmarsh cme email", None, "e/missing-children.html", "Children Missing Education Co-ordinator after 15 school days", "cme@eastmarsh.example.org"),
    ("anyshire missing and return service number", None, "a/missing-children.html", "The Anyshire Missing and Return Service can be contacted on 01632 960160", "01632 960160"),
    ("is the police safe and well check the same as an RHI", E, "e/missing-children.html", "is separate from the return home interview and does not replace it", "does not replace"),
    ("rhi request email brackenford", None, "b/missing-children.html", "Requests can be sent to rhi@brackenford.example.org", "rhi@brackenford.example.org"),
    ("RHI 72 hrs eastmarsh?", None, "e/missing-children.html", "the interview must be offered within 72 hours of the child's return", "72 hours"),
    ("definition of missing", B, "b/missing-children.html", "anyone whose whereabouts cannot be established will be considered as missing", "until located"),
    ("looked after child placed here by another LA goes missing who do i tell", E, "e/missing-children.html", "must also be reported to their home authority", "home authority"),
    # ---- Exploitation
    ("what is cuckooing", A, "a/child-exploitation.html", "take over the home of a vulnerable person", "vulnerable person"),
    ("exploitation screening tool name anyshire", None, "a/child-exploitation.html", "complete the Anyshire Child Exploitation Screening Tool", "Anyshire Child Exploitation Screening Tool"),
    ("how often does MACE meet in brackenford", None, "b/child-exploitation.html", "are discussed at the MACE meeting (Multi-Agency Child Exploitation), which meets fortnightly", "fortnightly"),
    ("anyshire MACE panel frequency", None, "a/child-exploitation.html", "Multi-Agency Child Exploitation (MACE) Panel, which meets monthly", "monthly"),
    ("eastmarsh exploitation panel how often", None, "e/child-exploitation.html", "Contextual Safeguarding and Exploitation Panel, which meets every three weeks", "every three weeks"),
    ("do I need the young persons consent for an NRM", B, "b/child-exploitation.html", "A child does not need to consent to an NRM referral", "does not need to consent"),
    ("who can make an NRM referral", E, "e/child-exploitation.html", "which includes the local authority and the police", "first responder"),
    ("CCE definition", B, "b/child-exploitation.html", "a child is used to commit crime for someone else's benefit", "commit crime"),
    ("brackenford exploitation hub email", None, "b/child-exploitation.html", "The Brackenford Exploitation Hub can give advice to practitioners", "exploitation@brackenford.example.org"),
    ("county lines what is it", A, "a/child-exploitation.html", "using a dedicated mobile phone line to take orders", "mobile phone line"),
    ("what tool do i fill in for exploitation concerns", B, "b/child-exploitation.html", "complete the Exploitation Risk Assessment (ERA)", "Exploitation Risk Assessment"),
    ("mash email for sending the exploitation screening tool", A, "a/child-exploitation.html", "referral to the Anyshire MASH on 01632 960100 or mash@anyshire.example.org", "mash@anyshire.example.org"),
    ("Eastmarsh front door email", None, "e/child-exploitation.html", "Eastmarsh Integrated Front Door on 01632 960500 or ifd@eastmarsh.example.org", "ifd@eastmarsh.example.org"),
    ("is it ok to say the child is putting themselves at risk", E, "e/child-exploitation.html", "which can suggest that the child is responsible for their own exploitation", "victim"),
    ("signs of CCE", A, "a/child-exploitation.html", "unexplained money, clothes, phones or more than one phone", "more than one phone"),
    # ---- Anyshire FGM
    ("fgm mandatory reporting who do i ring", A, "a/fgm.html", "Report by calling 101 and saying that you are making a report", "101"),
    ("fgm report deadline", A, "a/fgm.html", "normally make the report by the close of the next working day", "next working day"),
    ("can the DSL make the FGM report for me", A, "a/fgm.html", "The duty cannot be passed to someone else", "cannot be passed"),
    ("anyshire fgm clinic number", None, "a/fgm.html", "Referrals can be made by any professional on 01632 960185", "01632 960185"),
    ("fgm clinic days", A, "a/fgm.html", "The clinic runs on Tuesday and Thursday mornings", "Tuesday and Thursday"),
    ("girl at risk of fgm but it hasnt happened - does mandatory reporting apply?", A, "a/fgm.html", "does not apply where a girl is thought to be at risk", "does not apply"),
    ("fgm champion schools anyshire", None, "a/fgm.html", "Each secondary school in Anyshire is asked to name an FGM Champion", "FGM Champion"),
    # ---- Anyshire bruising
    ("bruise on a 4 month old baby what do i do", A, "a/bruising-non-mobile-babies.html", "Contact the Anyshire MASH on 01632 960100 on the same day", "01632 960100"),
    ("bruising protocol age anyshire", None, "a/bruising-non-mobile-babies.html", "The protocol applies to all babies under 6 months of age", "6 months"),
    ("baby with bruise - how quickly seen by paediatrician", A, "a/bruising-non-mobile-babies.html", "seen by a consultant paediatrician at the Child Protection Medical Service", "same day"),
    ("birthmark already assessed by doctor - still need to refer?", A, "a/bruising-non-mobile-babies.html", "the protocol does not need to be followed", "does not need to be followed"),
    ("what counts as independently mobile", A, "a/bruising-non-mobile-babies.html", "able to crawl, bottom shuffle, pull to stand or walk", "crawl"),
    ("bruising leaflet for parents languages", A, "a/bruising-non-mobile-babies.html", "A leaflet for parents is available in English, Polish, Urdu and Romanian", "Urdu"),
    ("disabled 3 year old not walking with a bruise - does the protocol apply", A, "a/bruising-non-mobile-babies.html", "any older child who is not independently mobile", "disability"),
    # ---- Anyshire amendments
    ("is 01632 960140 still the anyshire lado number?", None, "a/amendments-july-2026.html", "the new LADO number is 01632 960150", "01632 960150"),
    ("who took over RHIs in anyshire in the july update", None, "a/amendments-july-2026.html", "which replaces the Youth Service interview team", "Anyshire Missing and Return Service"),
    ("when is the next anyshire procedures update", None, "a/amendments-july-2026.html", "The next scheduled update of the manual is January 2027", "January 2027"),
    ("how often did MACE meet before july 2026", A, "a/amendments-july-2026.html", "the MACE Panel now meets monthly instead of every six weeks", "every six weeks"),
    ("is the childrens contact centre still open", A, "a/amendments-july-2026.html", "because the contact centre closed in 2025", "2025"),
    ("what was the old time limit for carers reporting a missing child", A, "a/amendments-july-2026.html", "must now inform the social worker or Emergency Duty Team", "previously 4 hours"),
    ("what version of the exploitation screening tool is current", A, "a/amendments-july-2026.html", "now refers to version 3 of the Anyshire Child Exploitation Screening Tool", "version 3"),
    # ---- Anyshire newsletter
    ("when is the anyshire working together course", None, "a/newsletter-summer-2026.html", "Working Together: multi-agency child protection", "17 September 2026"),
    ("neglect toolkit training date", A, "a/newsletter-summer-2026.html", "Using the Anyshire Neglect Toolkit", "8 October 2026"),
    ("anyshire safeguarding week 2026 dates", None, "a/newsletter-summer-2026.html", "Safeguarding Week will run from 12 to 16 October 2026", "12 to 16 October"),
    ("who is the ASCP independent chair", None, "a/newsletter-summer-2026.html", "Helen Brackley, Independent Chair, ASCP", "Helen Brackley"),
    ("how many practitioners took part in the neglect audit", A, "a/newsletter-summer-2026.html", "Over 40 practitioners from 11 agencies reviewed cases together", "40"),
    ("DSL refresher anyshire when", None, "a/newsletter-summer-2026.html", "Designated safeguarding lead refresher", "19 November 2026"),
    ("theme of safeguarding week this year", A, "a/newsletter-summer-2026.html", "This year's theme is listening to children", "listening to children"),
    # ---- Anyshire thresholds
    ("level 2 anyshire who to contact", None, "a/thresholds-continuum-of-need.docx", "Anyshire Early Help Team, 01632 960120, earlyhelp@anyshire.example.org", "01632 960120"),
    ("what level is a bruise on a baby under 6 months", A, "a/thresholds-continuum-of-need.docx", "any bruise on a baby under 6 months", "Level 4"),
    ("attendance below 90% what level of need", A, "a/thresholds-continuum-of-need.docx", "Attendance falling below 90 percent", "Level 2"),
    ("step down handover meeting timescale", A, "a/thresholds-continuum-of-need.docx", "Step-down handover meetings should be held within 10 working days", "10 working days"),
    ("what's level 3 called in the anyshire threshold doc", None, "a/thresholds-continuum-of-need.docx", "Level 3: Targeted Support / Child in Need", "Targeted Support"),
    ("anyshire thresholds how many levels", None, "a/thresholds-continuum-of-need.docx", "It describes four levels of need", "four"),
    ("how fast does MASH look at step up requests", A, "a/thresholds-continuum-of-need.docx", "Step-up requests are reviewed by the MASH within one working day", "one working day"),
    # ---- Anyshire tea-break neglect
    ("percentage of CP plans for neglect anyshire", None, "a/tea-break-guide-neglect.docx", "52 percent of plans in Anyshire were for neglect", "52 percent"),
    ("how often should the neglect toolkit be repeated", A, "a/tea-break-guide-neglect.docx", "repeated every 3 months while concerns continue", "3 months"),
    ("ASCP business unit email", None, "a/tea-break-guide-neglect.docx", "contact the ASCP business unit at ascp@anyshire.example.org", "ascp@anyshire.example.org"),
    ("7 min briefing neglect reflective qs", A, "a/tea-break-guide-neglect.docx", "Have I seen the child's bedroom and where they sleep?", "bedroom"),
    # ---- Child M
    ("child m review how old was he", None, "a/learning-briefing-child-m.pdf", "a 14-year-old boy who was criminally exploited through county lines", "14"),
    ("child m how many times missing", A, "a/learning-briefing-child-m.pdf", "he was reported missing six times", "six times"),
    ("how long was the NRM delay for child M", A, "a/learning-briefing-child-m.pdf", "was not made until eleven weeks after his arrest", "eleven weeks"),
    ("reduced timetable - when do schools have to tell the MASH", A, "a/learning-briefing-child-m.pdf", "placed on a reduced timetable for longer than 6 weeks", "6 weeks"),
    ("child m rhis - how many offered", A, "a/learning-briefing-child-m.pdf", "home interviews were offered after only two of the six missing episodes", "two"),
    ("what did child m's mum notice", A, "a/learning-briefing-child-m.pdf", "he had new expensive clothes and a second phone", "second phone"),
    # ---- Brackenford nudes
    ("nude pic and the kid in it is 12 - do I have to go to police", B, "b/sharing-nudes-semi-nudes.html", "any child in the imagery is under 13", "under 13"),
    ("initial review meeting sexting when", B, "b/sharing-nudes-semi-nudes.html", "on the same school day the incident is reported", "same school day"),
    ("can i look at the nude image to check what it is", B, "b/sharing-nudes-semi-nudes.html", "Never view, copy, print, share, store or save the imagery yourself", "Never view"),
    ("online safety adviser brackenford number", None, "b/sharing-nudes-semi-nudes.html", "Online Safety Adviser can give advice to DSLs on 01632 960345", "01632 960345"),
    ("sextortion year 10 boy being asked for money what do we do", B, "b/sharing-nudes-semi-nudes.html", "must always be reported to the police", "police"),
    ("getting a nude image removed from the internet", B, "b/sharing-nudes-semi-nudes.html", "Young people can use the Report Remove service", "Report Remove"),
    ("DSL decided to manage sharing nudes in school - what do i need to do", B, "b/sharing-nudes-semi-nudes.html", "This decision must be recorded with the reasons for it", "recorded"),
    # ---- Brackenford DA
    ("MARAC threshold DASH score", B, "b/domestic-abuse.html", "if the victim scores 14 or more on the DASH checklist", "14"),
    ("how often does marac meet brackenford", None, "b/domestic-abuse.html", "The Brackenford MARAC meets every two weeks", "every two weeks"),
    ("marac referral email", B, "b/domestic-abuse.html", "Referrals should be emailed to marac@brackenford.example.org", "marac@brackenford.example.org"),
    ("op encompass when do schools get told", B, "b/domestic-abuse.html", "tell the child's school before the start of the next school day", "next school day"),
    ("toxic trio what is it", B, "b/domestic-abuse.html", "domestic abuse, parental mental ill health and parental drug or alcohol misuse", "parental mental ill health"),
    ("brackenford DA service number", None, "b/domestic-abuse.html", "Professionals can contact the service on 01632 960360", "01632 960360"),
    ("two 15 year olds in an abusive relationship - DA procedure or child abuse?", B, "b/domestic-abuse.html", "the behaviour should be treated as child abuse", "child abuse"),
    ("is a child who witnesses DA a victim", B, "b/domestic-abuse.html", "is recognised as a victim of domestic abuse in their own right", "Domestic Abuse Act 2021"),
    # ---- Brackenford amendments
    ("what changed in brackenford escalation july 2026", None, "b/amendments-july-2026.html", "The escalation process now has four stages instead of three", "four stages"),
    ("any new docs in the brackenford july update", None, "b/amendments-july-2026.html", "A new 7-minute briefing on cuckooing has been published", "cuckooing"),
    ("brackenford procedures feedback email", None, "b/amendments-july-2026.html", "If you have comments about these procedures, email procedures@brackenford.example.org", "procedures@brackenford.example.org"),
    ("what changed in the exploitation chapter", B, "b/amendments-july-2026.html", "Reviewed with no changes to content", "email"),
    # ---- Brackenford bulletin
    ("DSL network meeting brackenford date", None, "b/bulletin-july-2026.html", "DSL network meeting: 1 October 2026", "1 October 2026"),
    ("bscp annual conference when", None, "b/bulletin-july-2026.html", "BSCP annual conference: 26 November 2026", "26 November 2026"),
    ("recurring theme from rapid reviews brackenford", None, "b/bulletin-july-2026.html", "fathers and other male carers being invisible to services", "fathers"),
    ("toxic trio course date", B, "b/bulletin-july-2026.html", "Toxic trio in practice (half-day course): 23 September 2026, online", "23 September 2026"),
    ("continuum of need training date", B, "b/bulletin-july-2026.html", "Understanding the Brackenford Continuum of Need: 14 October 2026, online", "14 October 2026"),
    # ---- Brackenford cuckooing
    ("how many cuckooing addresses were there in brackenford", None, "b/tea-break-guide-cuckooing.docx", "police recorded 23 suspected cuckooing addresses in 2025-26", "23"),
    ("should I confront the people at a cuckooed flat", B, "b/tea-break-guide-cuckooing.docx", "Do not challenge the people you think have taken over the property", "Do not challenge"),
    ("cuckooing non urgent who do i report to", B, "b/tea-break-guide-cuckooing.docx", "report your concern to the police on 101", "101"),
    ("can children themselves be cuckooed", B, "b/tea-break-guide-cuckooing.docx", "Children can also be the ones who are cuckooed", "supported accommodation"),
    # ---- Brackenford continuum PDF
    ("tier 2 brackenford what do I do", None, "b/continuum-of-need.pdf", "complete a Family Support Plan with the family", "Family Support Plan"),
    ("brackenford family hub number", None, "b/continuum-of-need.pdf", "ask the Brackenford Family Hub for advice on 01632 960320", "01632 960320"),
    ("brackenford which tier is chronic neglect", None, "b/continuum-of-need.pdf", "Examples include chronic neglect, domestic abuse in the home", "Tier 3"),
    ("what is tier 4 called", B, "b/continuum-of-need.pdf", "Tier 4: Acute Needs", "Acute Needs"),
    ("tier 4 assessment type", B, "b/continuum-of-need.pdf", "Children's social care and police", "Section 47 enquiry"),
    # ---- Brackenford annual report
    ("how many referrals brackenford 2025-26", None, "b/annual-report-2025-26.pdf", "Referrals to children's social care", "3,412"),
    ("number of rapid reviews brackenford last year", None, "b/annual-report-2025-26.pdf", "The partnership carried out 7 rapid reviews during the year", "7"),
    ("brackenford children on CP plans at 31 march", None, "b/annual-report-2025-26.pdf", "Children on a child protection plan at 31 March", "318"),
    ("training attendance brackenford 2025/26", None, "b/annual-report-2025-26.pdf", "delivered 64 multi-agency courses during the year", "2,137"),
    ("lado referrals brackenford annual report", None, "b/annual-report-2025-26.pdf", "The LADO received 214 referrals", "214"),
    ("who is brackenford independent scrutineer", None, "b/annual-report-2025-26.pdf", "Dr Ruth Calloway, Independent Scrutineer", "Ruth Calloway"),
    ("cp plan rate per 10,000", B, "b/annual-report-2025-26.pdf", "41.2 per 10,000 children", "41.2"),
    ("re-referral rate brackenford", None, "b/annual-report-2025-26.pdf", "Re-referrals within 12 months", "19%"),
    ("what % of lado referrals responded to within 24hrs", B, "b/annual-report-2025-26.pdf", "96 percent of referrals were responded to within 24 hours", "96 percent"),
    ("how many ICPCs in brackenford last year", None, "b/annual-report-2025-26.pdf", "Initial child protection conferences", "402"),
    ("who are the three safeguarding partners in brackenford", None, "b/annual-report-2025-26.pdf", "The three statutory safeguarding partners in Brackenford are Brackenford Borough Council", "Brackenford Police"),
    ("how much does the ICB put into the BSCP budget", B, "b/annual-report-2025-26.pdf", "Brackenford and Vale Integrated Care Board", "\u00a3105,000"),
    # ---- Eastmarsh prevent
    ("prevent coordinator eastmarsh contact", None, "e/prevent-radicalisation.html", "contact the Eastmarsh Prevent Co-ordinator on 01632 960560", "01632 960560"),
    ("channel panel meets how often", E, "e/prevent-radicalisation.html", "is chaired by the local authority and meets monthly", "monthly"),
    ("does channel need consent", E, "e/prevent-radicalisation.html", "A child or parent must give consent before Channel support begins", "consent"),
    ("is channel a criminal sanction", E, "e/prevent-radicalisation.html", "It is not a criminal sanction", "not a criminal sanction"),
    ("where do i send a prevent referal", E, "e/prevent-radicalisation.html", "national Prevent referral form and send it to the police Prevent team", "police Prevent team"),
    # ---- Eastmarsh EHA
    ("what replaced the family CAF in eastmarsh", None, "e/early-help-assessment.html", "replaced the Eastmarsh Family CAF as the single assessment", "Early Help Assessment"),
    ("first TAF meeting when", E, "e/early-help-assessment.html", "The first TAF meeting should take place within 20 working days", "20 working days"),
    ("how often review TAF plan", E, "e/early-help-assessment.html", "the TAF plan should be reviewed at least every 6 weeks", "6 weeks"),
    ("early help hub eastmarsh number", None, "e/early-help-assessment.html", "Contact the Early Help Hub on 01632 960520", "01632 960520"),
    ("does family have to agree to early help", E, "e/early-help-assessment.html", "It is voluntary, so families must agree to take part", "voluntary"),
    ("who can be the lead practitioner for an EHA", E, "e/early-help-assessment.html", "usually the practitioner who knows the family best", "knows the family best"),
    # ---- Eastmarsh private fostering
    ("private fostering age limit", E, "e/private-fostering.html", "a child under 16 (or under 18 if the child is disabled)", "under 16"),
    ("how long before a PF arrangement must the LA be told", E, "e/private-fostering.html", "at least 6 weeks before it starts", "6 weeks"),
    ("eastmarsh emergency private fostering notify within", None, "e/private-fostering.html", "within 48 hours of the child moving in", "48 hours"),
    ("PF first visit timescale", E, "e/private-fostering.html", "within 7 working days of the notification", "7 working days"),
    ("private fostering team email eastmarsh", None, "e/private-fostering.html", "Eastmarsh Private Fostering Team: telephone 01632 960530", "pf.team@eastmarsh.example.org"),
    ("is a child living with their aunt privately fostered", E, "e/private-fostering.html", "Close relatives are grandparents, brothers, sisters, uncles, aunts and step-parents", "aunts"),
    ("how long does an arrangement need to last to be PF", E, "e/private-fostering.html", "or a close relative, for 28 days or more", "28 days"),
    ("pf visits after the first year", E, "e/private-fostering.html", "at least every 12 weeks after that", "12 weeks"),
    # ---- Eastmarsh amendments
    ("eastmarsh july 2026 changes to strategy discussion", None, "e/amendments-july-2026.html", "The timescale for holding a strategy discussion has been clarified", "2 working days"),
    ("which chapters were reviewed with no change in eastmarsh july update", None, "e/amendments-july-2026.html", "Chapters reviewed with no change", "Allegations Against People Who Work with Children"),
    ("when did EHA replace CAF", E, "e/amendments-july-2026.html", "has replaced the Eastmarsh Family CAF from 1 June 2026", "1 June 2026"),
    # ---- Eastmarsh levels of need
    ("eastmarsh amber zone meaning", None, "e/levels-of-need-windscreen.docx", "Child in need: complex needs requiring social care assessment", "Amber"),
    ("yellow zone what to do", E, "e/levels-of-need-windscreen.docx", "Start an Early Help Assessment (EHA) with the family's consent", "Early Help Assessment"),
    ("attendance below 92% which zone", E, "e/levels-of-need-windscreen.docx", "School attendance below 92 percent", "Yellow"),
    ("when consider IFD referral if early help not working", E, "e/levels-of-need-windscreen.docx", "When early help is not working after two TAF reviews", "two TAF reviews"),
    ("eastmarsh windscreen how many zones", None, "e/levels-of-need-windscreen.docx", "using four colour-coded zones, known as the windscreen model", "four"),
    # ---- Baby R
    ("baby r how old", None, "e/learning-briefing-baby-r.pdf", "Baby R was 9 weeks old when he was admitted to hospital", "9 weeks"),
    ("eastmarsh bruising protocol when", None, "e/learning-briefing-baby-r.pdf", "will publish a bruising protocol for non-mobile babies in autumn 2026", "autumn 2026"),
    ("bruise on non mobile baby eastmarsh what to do", None, "e/learning-briefing-baby-r.pdf", "be referred to the Eastmarsh Integrated Front Door on the same day", "same day"),
    ("baby r parents age", E, "e/learning-briefing-baby-r.pdf", "Baby R's parents were both 19", "19"),
    ("baby r learning about dads", E, "e/learning-briefing-baby-r.pdf", "Find out who all the adults caring for a baby are", "full names and dates of birth"),
    # ---- Eastmarsh annual report
    ("ifd contacts 2025-26 eastmarsh", None, "e/annual-report-2025-26.pdf", "Contacts to the Integrated Front Door", "9,640"),
    ("when did the eastmarsh IFD open", None, "e/annual-report-2025-26.pdf", "The Integrated Front Door opened on 1 September 2025", "1 September 2025"),
    ("eastmarsh rapid reviews 2025-26", None, "e/annual-report-2025-26.pdf", "The partnership completed 4 rapid reviews in the year", "4"),
    ("RHI within 72hrs percentage eastmarsh", None, "e/annual-report-2025-26.pdf", "Return home interviews offered within 72 hours", "88%"),
    ("eastmarsh rhi target next year", None, "e/annual-report-2025-26.pdf", "Increase the proportion of return home interviews offered within 72 hours", "95 percent"),
    ("how many came to the eastmarsh safeguarding conference", None, "e/annual-report-2025-26.pdf", "ran its first Eastmarsh Safeguarding Conference, attended by 180 practitioners", "180"),
    ("eastmarsh cp plans at end of march", None, "e/annual-report-2025-26.pdf", "Children on a child protection plan at 31 March 2026", "231"),
    ("eastmarsh early help assessments started last yr", None, "e/annual-report-2025-26.pdf", "Early help assessments started", "1,120"),
    ("did schools use the escalation policy", E, "e/annual-report-2025-26.pdf", "but that schools rarely used the policy", "schools rarely used"),
    # ---- Eastmarsh quick card
    ("eastmarsh out of hours when does it start", None, "e/contacts-quick-card.txt", "Weekday evenings from 5pm, overnight, weekends and bank holidays", "5pm"),
    ("eastmarsh quick contacts card prevent", None, "e/contacts-quick-card.txt", "Eastmarsh Prevent Co-ordinator: 01632 960560, prevent@eastmarsh.example.org", "01632 960560"),
    # ---- National
    ("notify national panel serious incident how long", None, "n/working-together-summary.md", "notify the national Child Safeguarding Practice Review Panel within 5 working days", "5 working days"),
    ("rapid review timescale", None, "n/working-together-summary.md", "should be completed within 15 working days of the notification", "15 working days"),
    ("how long does social care have to finish a C&F assessment", None, "n/working-together-summary.md", "An assessment should be completed within 45 working days of the referral", "45 working days"),
    ("who are the 3 statutory safeguarding partners", None, "n/working-together-summary.md", "The three partners share equal responsibility for the local arrangements", "chief officer of police"),
    ("how often are review cp conferences after the first one", None, "n/working-together-summary.md", "held at intervals of no more than 6 months", "6 months"),
    ("what does RHI stand for", None, "n/glossary.md", "A conversation offered to a child after they have been missing", "Return home interview"),
    ("what is a MARAC", None, "n/glossary.md", "meeting about adult victims of domestic abuse who are at high risk", "Multi-agency risk assessment conference"),
    ("whats an IRO", None, "n/glossary.md", "A social worker who chairs reviews for children looked after", "Independent reviewing officer"),
    ("UASC meaning", None, "n/glossary.md", "A child who has come to the UK to claim asylum", "Unaccompanied asylum-seeking child"),
    ("what does professional curiosity mean", None, "n/glossary.md", "looking beyond what you are told, asking questions", "asking questions"),
    ("TAF stands for?", None, "n/glossary.md", "The group of practitioners who support a family through early help", "Team around the family"),
    ("does the fgm duty apply to women over 18", None, "n/fgm-mandatory-reporting.md", "or to women aged 18 or over", "18 or over"),
    ("what happens if a teacher doesnt report fgm", None, "n/fgm-mandatory-reporting.md", "dealt with through the professional's employer and professional regulator", "professional regulator"),
    ("fgm legal max time to report", None, "n/fgm-mandatory-reporting.md", "The law allows up to one month", "one month"),
    ("do i need consent to share info with social care", None, "n/information-sharing.md", "You do not need consent to share information", "significant harm"),
    ("lawful basis for safeguarding info sharing gdpr", None, "n/information-sharing.md", "the lawful basis is public task or legal obligation", "public task"),
    ("should I record it if i decide not to share", None, "n/information-sharing.md", "If you decide not to share, record that decision", "reasons"),
]

OUT_OF_SCOPE = [
    ("what's the capital of France", None),
    ("how do I reset my Teams password", None),
    ("What is the LADO number for Cornwall?", None),
    ("Cumbria MASH phone number", None),
    ("best pizza place near the office?", None),
    ("write me a poem about autumn leaves", None),
    ("how do i claim mileage for home visits", None),
    ("what's the weather going to be like tomorrow", None),
    ("Kent out of hours social care number", None),
    ("Leeds safeguarding partnership escalation stages", None),
    ("who won the world cup in 2022", None),
    ("how do i book annual leave on the HR system", None),
    ("convert 5 miles to km", None),
    ("Manchester front door email address", None),
    ("what's the Birmingham LADO email", None),
    ("how long does a DBS check usually take to come back", None),
    ("what is the guidance on restraint in residential childrens homes", None),
    ("AIM assessment for harmful sexual behaviour how to do one", None),
    ("what's the procedure for honour based abuse", E),
    ("safer sleep advice for babies - what do we tell parents", None),
    ("How many social workers work in the MASH?", A),
    ("what is the name of the brackenford front door manager", None),
    ("car parking at brackenford civic centre - how much", None),
    ("how much does eastmarsh police contribute to the ESCP budget", None),
    ("how many children were looked after in eastmarsh at 31 march 2026", None),
    ("how many rapid reviews did anyshire do in 2025-26", None),
    ("brackenford prevent co-ordinator phone number", None),
    ("private fostering team email", A),
    ("how often does MARAC meet in eastmarsh", None),
    ("anyshire DASH score threshold for MARAC", None),
    ("what is the eastmarsh young carers service number", None),
    ("can you recommend a good book on attachment theory", None),
]

URGENT = [
    ("a girl in year 8 just told me her stepdad hits her and she's scared to go home tonight", A, "a/referral.html"),
    ("child in my class has a big bruise on his face and says mum's boyfriend did it, school finishes in an hour", B, "b/referral.html"),
    ("teenager just disclosed she was raped at a party last weekend, what do i do right now", E, "e/referral.html"),
    ("there's a baby alone in the flat next to the one i'm visiting and it's been crying for hours", None, None),
    ("a 15 year old told me he's going to kill himself tonight", A, "a/referral.html"),
    ("dad turned up drunk to collect a 4 year old and is shouting, he's insisting on driving", B, "b/referral.html"),
    ("boy in year 10 says older lads are making him carry drugs and threatened to stab him if he doesn't go tonight", E, "e/referral.html"),
    ("just found a 3 month old with bruising on her cheek at a home visit, parents say the toddler did it", A, "a/bruising-non-mobile-babies.html"),
    ("its 11pm, I'm a foster carer and the 13 yo I look after hasn't come home and isn't answering", B, "b/missing-children.html"),
    ("a pupil told me her family are taking her abroad next week to be cut", A, "a/fgm.html"),
    ("mum has just phoned me saying her partner is outside with a knife and the kids are in the house", None, None),
    ("a child has told me a teacher touched her inappropriately today", E, "e/lado.html"),
    ("year 9 girl said a man she met online is picking her up from school today and she's meeting him at the station", B, "b/referral.html"),
    ("6 year old came in with burns on his hands and won't say how, parent is waiting in reception to take him home", None, None),
    ("student is being blackmailed with nudes and says they will be posted tonight unless he pays, he's really distressed", B, "b/sharing-nudes-semi-nudes.html"),
    ("a toddler has been left in a car in the car park outside the surgery, it's really hot", E, "e/referral.html"),
    ("pupil says her brother has a gun in the house and has threatened the family", A, "a/referral.html"),
]


def main():
    rows = []
    n = 0
    for q, p, d, g, k in ANSWERABLE:
        n += 1
        rows.append({"id": f"q{n:03d}", "question": q, "partnership": p, "kind": "answerable",
                     "expected_doc": doc(d), "grounding": g, "key_fact": k})
    for q, p in OUT_OF_SCOPE:
        n += 1
        rows.append({"id": f"q{n:03d}", "question": q, "partnership": p, "kind": "out_of_scope",
                     "expected_doc": None, "grounding": None, "key_fact": None})
    for q, p, d in URGENT:
        n += 1
        rows.append({"id": f"q{n:03d}", "question": q, "partnership": p, "kind": "urgent",
                     "expected_doc": doc(d) if d else None, "grounding": None, "key_fact": None})
    out = os.path.join(ROOT, "eval", "questions.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to eval/questions.jsonl")


if __name__ == "__main__":
    main()
