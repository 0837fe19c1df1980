"""Core procedure chapters shared (near word for word) by the three partnerships.

Each function takes the facts dict F from areas.py plus the chapter date and an
optional local note, and returns the HTML that goes inside <main>.
"""


def _head(F, title, date):
    return (f'<p class="manual-name">{F["full"]} - Online Child Protection Procedures</p>\n'
            f'<h1>{title}</h1>\n'
            f'<p class="updated">Updated: {date}</p>\n')


def _note(note):
    if not note:
        return ""
    return f'<div class="local-note"><h3>Local information</h3>\n{note}\n</div>\n'


def referral(F, date, note=""):
    return _head(F, "Making a Referral to Children's Social Care", date) + f"""
<h2>1. Scope of this chapter</h2>
<p>This chapter explains how any practitioner, volunteer or manager working in {F['area']} should make a referral to children's social care when they are worried that a child may be in need of help or at risk of significant harm. It applies to every agency that is a member of the {F['full']}, including schools, colleges, health services, the police, housing providers, early years settings and voluntary and faith organisations.</p>
<p>All referrals about children who live in {F['area']} go to the {F['fd_long']}, which is the single point of contact for children's social care in the area. {F['fd_desc']}</p>

<h2>2. If a child is in immediate danger</h2>
<p>If you believe a child is in immediate danger, call the police on 999 straight away. Do not wait to speak to a manager or to gather more information first. Once the child is safe, tell the {F['fd_name']} what has happened on the same day.</p>

<h2>3. When to make a referral</h2>
<p>Make a referral when you have reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm, or when a child's needs are so complex that they are unlikely to be met without the involvement of children's social care. The partnership's guidance on levels of need describes the thresholds used in {F['area']} and gives examples of the concerns that belong at each level.</p>
<p>If you are unsure whether your worry meets the threshold, talk to your agency's safeguarding lead (in a school this will be the designated safeguarding lead). You can also ask the {F['fd_name']} for advice: {F['consult']}. A consultation is not a referral, and you remain responsible for deciding what to do next and for recording that decision.</p>

<h2>4. How to make a referral</h2>
<h3>4.1 Contact details</h3>
<ul>
<li>{F['fd_name']}: {F['fd_phone']} ({F['fd_hours']})</li>
<li>Secure email: {F['fd_email']}</li>
<li>Outside office hours: {F['ooh_name']} on {F['ooh_phone']}</li>
<li>Police: 999 in an emergency, 101 for non-emergencies</li>
</ul>
<p>{F['route']}</p>
<p>The {F['ooh_name']} covers {F['ooh_hours']}. It deals only with matters that cannot safely wait until the next working day.</p>

<h3>4.2 What to include in your referral</h3>
<ul>
<li>the child's full name, date of birth, address and school or early years setting;</li>
<li>the names of parents, carers and other adults and children in the household, and anyone with parental responsibility who lives elsewhere;</li>
<li>exactly what you are worried about, when it happened and how you found out;</li>
<li>anything the child has said, written down as closely as possible in the child's own words;</li>
<li>what you have already done, including any immediate action to keep the child safe;</li>
<li>whether the parents know about the referral and whether they agree to it;</li>
<li>any language, communication or disability needs of the child or the family;</li>
<li>your name, role, agency and how you can be contacted over the next few days.</li>
</ul>
<p>Keep to the facts. Make clear which information you have seen yourself, which you have been told and by whom, and which is your professional opinion. Avoid acronyms and jargon that may not be understood outside your own agency.</p>

<h2>5. Consent and talking to parents</h2>
<p>In most situations you should tell parents or carers that you are worried and that you intend to make a referral, and seek their agreement. You should not do this if it would place the child or anyone else at increased risk of harm, or if it might compromise a police investigation. Examples include suspected sexual abuse within the family, fabricated or induced illness, female genital mutilation, and situations where a parent may become violent or may flee with the child.</p>
<p>If parents refuse consent and you still believe the child is at risk of significant harm, you must make the referral anyway. Record what the parents said and your reasons for going ahead. Consent is not required to share information when this is necessary to protect a child from significant harm.</p>

<h2>6. What happens after you refer</h2>
<p>A qualified social worker will review the referral, check the records held by children's social care and may contact other agencies who know the family. {F['decision']} {F['feedback']} If you have not heard back within this time, contact the {F['fd_name']} and ask for an update.</p>
<p>The possible outcomes are:</p>
<ul>
<li>no further action, with advice to the referrer;</li>
<li>signposting to universal or community services;</li>
<li>a referral to early help services with the family's agreement;</li>
<li>a child and family assessment under section 17 of the Children Act 1989;</li>
<li>a strategy discussion, where there is reasonable cause to suspect significant harm, which may lead to a section 47 enquiry.</li>
</ul>

<h2>7. If you disagree with the decision</h2>
<p>If you are concerned that the outcome does not keep the child safe, first discuss it with the manager on duty at the {F['fd_name']}. If the disagreement cannot be resolved, follow the Resolving Professional Disagreements (Escalation) chapter of these procedures. Keep the child's safety at the centre of any discussion.</p>

<h2>8. Recording</h2>
<p>Keep a written record of your concern, the referral, any conversation with parents, the advice you received and the outcome. Your record should be signed and dated and stored securely in line with your agency's policy.</p>
""" + _note(note)


def lado(F, date, note=""):
    return _head(F, "Allegations Against People Who Work with Children", date) + f"""
<h2>1. Introduction</h2>
<p>This chapter describes what to do when there is a concern or allegation that someone who works with children, in a paid or voluntary role, may have harmed a child or may pose a risk to children. In {F['area']} these concerns are managed by the Local Authority Designated Officer, usually called the LADO, on behalf of the {F['full']}.</p>

<h2>2. When this procedure applies</h2>
<p>The procedure applies where there is information that a person who works with children has:</p>
<ul>
<li>behaved in a way that has harmed a child, or may have harmed a child;</li>
<li>possibly committed a criminal offence against or related to a child;</li>
<li>behaved towards a child or children in a way that indicates they may pose a risk of harm to children;</li>
<li>behaved or may have behaved in a way that indicates they may not be suitable to work with children.</li>
</ul>
<p>The last point covers transferable risk: for example, where a teacher is arrested for domestic abuse at home, or a youth worker is found to have shared indecent images of adults. The concern does not have to involve a child the person works with.</p>

<h2>3. The LADO in {F['area']}</h2>
<p>The LADO service gives advice and guidance to employers and voluntary organisations, oversees the management of each allegation and makes sure it is dealt with quickly, fairly and consistently. The designated officers in {F['area']} are {F['lado_names']}.</p>
<table class="contact-table">
<caption>LADO contact details</caption>
<tr><th scope="row">Telephone</th><td>{F['lado_phone']}</td></tr>
<tr><th scope="row">Email</th><td>{F['lado_email']}</td></tr>
<tr><th scope="row">Office hours</th><td>{F['lado_hours']}</td></tr>
<tr><th scope="row">Out of hours</th><td>{F['ooh_name']}, {F['ooh_phone']}</td></tr>
</table>

<h2>4. Reporting an allegation</h2>
<p>Anyone who receives an allegation, or has a concern about the behaviour of a colleague, should tell the senior manager responsible for safeguarding in their organisation straight away. If the allegation is about that senior manager, tell the chair of governors, the trustees or the owner instead.</p>
<p>The employer or organisation must report the allegation to the LADO {F['lado_time']} of becoming aware of it. Use the {F['lado_form']} on the partnership website and email it to {F['lado_email']}. If you think a child is at immediate risk, or a crime may have been committed, contact the police first.</p>
<p>If you are not sure whether the concern meets the harm test, ring the LADO on {F['lado_phone']} for a consultation. The LADO will help you decide whether the concern is an allegation, a low-level concern or a conduct matter for your own procedures.</p>

<h2>5. What not to do</h2>
<ul>
<li>Do not investigate the allegation yourself or interview the child, the person concerned or any witnesses.</li>
<li>Do not tell the person the allegation is about until you have agreed with the LADO what they should be told and when.</li>
<li>Do not ask the child leading questions; listen, reassure them and write down what they said.</li>
<li>Do not promise confidentiality to the person who has raised the concern.</li>
<li>Do not dismiss or suspend the person, or accept a resignation, before speaking to the LADO.</li>
</ul>

<h2>6. What happens next</h2>
<p>The LADO will consider the information and decide, with the employer, whether the harm test is met. Where it is, the LADO will arrange a meeting, known locally as the {F['lado_meeting']} ({F['lado_meeting_abbr']}), with the employer, police and children's social care as needed. The meeting agrees who will do what, whether the person should be suspended or redeployed, and how the child and family will be supported and kept informed.</p>
<p>At the end of the process the LADO will agree one of the following outcomes: substantiated, false, malicious, unfounded or unsubstantiated. The employer must consider whether a referral to the Disclosure and Barring Service is required, and for teachers whether to refer to the Teaching Regulation Agency.</p>

<h2>7. Low-level concerns</h2>
<p>Concerns that do not meet the harm test, such as being over-friendly with a child or using a personal phone to contact a pupil, should be managed under the employer's low-level concerns policy. Organisations should record these concerns and review them so that patterns are noticed. If in doubt, ask the LADO.</p>

<h2>8. Records and support</h2>
<p>Keep a clear and comprehensive record of the allegation, the action taken and the outcome, and keep it on the person's confidential personnel file. Do not include details of allegations found to be false or malicious in references. Employers have a duty of care to the person the allegation is about and should name a contact who will keep them informed and offer support during the process.</p>
""" + _note(note)


def escalation(F, date, note=""):
    n = len(F["stages"])
    words = {3: "three", 4: "four", 5: "five"}[n]
    rows = "\n".join(
        f"<tr><td>{t}</td><td>{d}</td><td>{s}</td></tr>" for t, d, s in F["stages"])
    stage_sections = "\n".join(
        f"<h3>{t}</h3>\n<p>{d} This stage should be completed {s}.</p>" for t, d, s in F["stages"])
    return _head(F, "Resolving Professional Disagreements (Escalation Policy)", date) + f"""
<h2>1. Why this policy matters</h2>
<p>Professional disagreement is a normal and healthy part of multi-agency work. Practitioners from different agencies will sometimes see risk differently, or disagree about whether a threshold has been met, what a plan should contain or whether a plan is working. Learning from local and national reviews shows that children are put at risk when disagreements are not raised, or when they are raised but never resolved.</p>
<p>This policy sets out how practitioners in agencies that belong to the {F['full']} should resolve disagreements about the safety and wellbeing of a child. It applies to all staff and volunteers and to all stages of work with children and families.</p>

<h2>2. Principles</h2>
<ul>
<li>The safety and welfare of the child always come first.</li>
<li>Disagreements should be resolved at the lowest possible level and as quickly as possible.</li>
<li>Every practitioner has the right to escalate a concern, whatever their role or seniority.</li>
<li>Discussions should be respectful, based on evidence, and focused on the child's experience.</li>
<li>Each step and its outcome must be recorded on the child's file in each agency.</li>
</ul>

<h2>3. Before you escalate</h2>
<p>Think about whether the child is at immediate risk. If they are, do not use this policy: contact the police on 999 or make an urgent referral to the {F['fd_name']} on {F['fd_phone']}. Otherwise, be clear about what you disagree with and what outcome you want for the child, and gather the facts that support your view.</p>

<h2>4. The stages of escalation</h2>
<p>The {F['full']} has a {words}-stage escalation process. You can move to the next stage if the disagreement has not been resolved within the timescale for the current stage.</p>
<table class="stages">
<caption>Escalation stages and timescales</caption>
<thead><tr><th scope="col">Stage</th><th scope="col">What happens</th><th scope="col">Timescale</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
{stage_sections}

<h2>5. Escalation about child protection conferences</h2>
<p>If you disagree with a decision made at a child protection conference, raise it first with the conference chair at the end of the meeting. If that does not resolve it, write to the manager of {F['conf_unit']} within 5 working days of the conference. The conference decision stands while the disagreement is being considered.</p>

<h2>6. Recording and learning</h2>
<p>At each stage, record the disagreement, the discussion, the outcome and the agreed actions on the child's record. Use the escalation log template on the partnership website and send a copy of any stage {n} escalation to {F['esc_mailbox']}. The partnership reviews escalations every quarter to identify themes and learning for the workforce.</p>
""" + _note(note)


def strategy(F, date, note=""):
    return _head(F, "Strategy Discussions and Section 47 Enquiries", date) + f"""
<h2>1. Purpose</h2>
<p>A strategy discussion is held whenever there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm. Its purpose is to share information between agencies, decide whether a section 47 enquiry under the Children Act 1989 should begin, and plan how any enquiry and any police investigation will be carried out so that the child is kept safe.</p>

<h2>2. Timescales</h2>
<p>In {F['area']}, a strategy discussion must take place {F['strat_time']}. Where a child may be at immediate risk, the discussion must happen {F['strat_immediate']}, and immediate protective action should not be delayed while it is arranged. A strategy discussion can be held in person, by video call or by telephone.</p>

<h2>3. Who should take part</h2>
<p>The discussion is convened and chaired by a children's social care manager. As a minimum it should involve:</p>
<ul>
<li>a children's social care manager and the allocated social worker;</li>
<li>the police, usually a detective from the child protection investigation team;</li>
<li>health, represented by the named or designated nurse or a paediatrician, and the GP or health visitor where relevant;</li>
<li>the referring agency;</li>
<li>the child's school or early years setting.</li>
</ul>
<p>Other practitioners who know the child or family, such as probation, adult mental health or substance misuse services, should be invited where they can contribute. If a practitioner cannot attend, they must provide their information in advance.</p>

<h2>4. What the discussion should decide</h2>
<ul>
<li>whether a section 47 enquiry should be started, and who will carry it out;</li>
<li>whether a criminal investigation is needed and how it will be co-ordinated with the enquiry;</li>
<li>what immediate action is needed to keep the child and any other children safe;</li>
<li>whether a child protection medical examination is needed;</li>
<li>what the parents will be told, when and by whom, unless this would put the child at risk;</li>
<li>how the child's wishes and feelings will be gathered, and any communication needs.</li>
</ul>
<p>Child protection medical examinations are carried out by {F['medical']}. The service can be contacted on {F['medical_phone']}.</p>

<h2>5. Section 47 enquiries</h2>
<p>A section 47 enquiry is led by a qualified social worker. It involves seeing and speaking to the child alone where appropriate, meeting the parents and other family members, and gathering information from all agencies involved. Every agency has a duty to help children's social care with the enquiry by providing information and advice.</p>
<p>The possible outcomes are:</p>
<ul>
<li>concerns are not substantiated, and no further action is needed beyond any support offered;</li>
<li>concerns are substantiated but the child is not judged to be at continuing risk of significant harm, and a child in need plan is put in place;</li>
<li>concerns are substantiated and the child is judged to be at continuing risk of significant harm, in which case an initial child protection conference is arranged.</li>
</ul>

<h2>6. Initial child protection conference</h2>
<p>An initial child protection conference must be held within 15 working days of the strategy discussion at which the section 47 enquiry was started. Conferences in {F['area']} are arranged by {F['conf_unit']}, telephone {F['conf_unit_phone']}.</p>
<p>Agencies invited to the conference must provide a written report, which should be shared with the parents {F['conf_reports']}. If the child is made subject to a child protection plan, the core group must meet {F['core_group']}, and the first review conference must be held within 3 months of the initial conference.</p>

<h2>7. Recording</h2>
<p>The chair must make sure the strategy discussion is recorded on the standard template, including the information shared, the decisions and the reasons for them, and the actions agreed with named people and timescales. The record should be sent to everyone who took part within 1 working day.</p>
""" + _note(note)


def missing(F, date, note=""):
    return _head(F, "Children Missing from Home, Care or Education", date) + f"""
<h2>1. Introduction</h2>
<p>Children who go missing are at increased risk of harm, including sexual and criminal exploitation, trafficking, substance misuse and going without food or shelter. This chapter sets out what agencies in {F['area']} should do when a child goes missing from home, from care or from education, and what should happen when the child returns.</p>

<h2>2. Definitions</h2>
<ul>
<li><strong>Missing:</strong> anyone whose whereabouts cannot be established will be considered as missing until located, and their wellbeing or otherwise confirmed.</li>
<li><strong>Away from placement without authorisation:</strong> a looked after child whose whereabouts are known but who is not at their placement or the place they are expected to be.</li>
<li><strong>Child missing education:</strong> a child of compulsory school age who is not on a school roll and is not receiving a suitable education otherwise than at school.</li>
</ul>

<h2>3. When a child goes missing from home</h2>
<p>Parents and carers should report a missing child to the police. Practitioners who become aware that a child has gone missing should make sure the police have been told and should share any information that might help to find the child or indicate the level of risk, such as known associates, places the child has gone before or concerns about exploitation.</p>

<h2>4. When a child goes missing from care</h2>
<p>Foster carers and residential staff must follow the child's individual missing plan and take reasonable steps to find the child. If the child cannot be found, they must report the child missing to the police and must inform the child's social worker or the {F['ooh_name']} {F['missing_notify']}. Children placed in {F['area']} by another local authority must also be reported to their home authority.</p>

<h2>5. Return home interviews</h2>
<p>Every child who has been missing must be offered a return home interview. In {F['area']} these are carried out by the {F['rhi_provider']}, and the interview must be offered {F['rhi_time']}. The interview should be carried out by someone independent of the child's placement and care, and it should explore why the child went missing, where they went and who they were with, whether they were harmed and what might stop it happening again.</p>
<p>The police will also carry out a prevention interview, sometimes called a safe and well check, when the child is found. This is separate from the return home interview and does not replace it.</p>

<h2>6. Repeat missing episodes</h2>
<p>A multi-agency missing strategy meeting must be held where a child has had {F['missing_trigger']}, or earlier if there are concerns about exploitation. The meeting should consider a referral to the {F['expl_panel']} and whether the child's plan needs to change.</p>

<h2>7. Children missing education</h2>
<p>Schools must inform the local authority when a pupil is going to be removed from the school roll, and must make reasonable enquiries when a pupil has been absent without explanation. In {F['area']}, a school should refer a child to the {F['cme_role']} after {F['cme_days']} of continuous unexplained absence, by emailing {F['cme_email']}. If there are safeguarding concerns, the school should also make a referral to the {F['fd_name']} without waiting.</p>
<p>Particular care is needed for children who are electively home educated, children who move between areas frequently, and children from families who may be at risk of forced marriage, female genital mutilation or radicalisation.</p>

<h2>8. Recording and information sharing</h2>
<p>Each missing episode, the return home interview and any actions agreed must be recorded on the child's file. Information from return home interviews should be shared with the police, the child's social worker and the {F['expl_team']} so that patterns of missing and possible exploitation can be identified.</p>
""" + _note(note)


def exploitation(F, date, note=""):
    return _head(F, "Child Exploitation, including County Lines and Cuckooing", date) + f"""
<h2>1. Introduction</h2>
<p>Child exploitation happens when an individual or group takes advantage of an imbalance of power to coerce, control, manipulate or deceive a child into sexual or criminal activity. The child may receive something they need or want in return, or the exploitation may be for the advantage of the person doing it. A child can be exploited even when the activity appears to be consensual, and exploitation can happen online as well as in person.</p>

<h2>2. Forms of exploitation</h2>
<h3>2.1 Child sexual exploitation (CSE)</h3>
<p>Child sexual exploitation is a form of sexual abuse in which a child is persuaded or forced into sexual activity, sometimes in exchange for gifts, money, drugs, alcohol, status or affection.</p>
<h3>2.2 Child criminal exploitation (CCE)</h3>
<p>Child criminal exploitation is where a child is used to commit crime for someone else's benefit, for example carrying drugs or money, shoplifting, or storing weapons.</p>
<h3>2.3 County lines</h3>
<p>County lines is a form of criminal exploitation where gangs use children to move and sell drugs from cities into towns and rural areas, using a dedicated mobile phone line to take orders. Children may be sent long distances, held in unfamiliar places and controlled through threats, violence or debt.</p>
<h3>2.4 Cuckooing</h3>
<p>Cuckooing is when people involved in crime take over the home of a vulnerable person, often an adult with care needs or a family known to services, and use it as a base for dealing drugs or storing weapons. Children living in a home that has been cuckooed are at high risk of harm.</p>

<h2>3. Signs to look out for</h2>
<ul>
<li>going missing regularly, or being found in areas they have no obvious links to;</li>
<li>unexplained money, clothes, phones or more than one phone;</li>
<li>new, older friends or relationships, or being picked up in cars by unknown adults;</li>
<li>injuries they will not explain, or carrying weapons;</li>
<li>sudden drop in school attendance or exclusion from school;</li>
<li>using drugs or alcohol, or being arrested in another area;</li>
<li>withdrawal, anxiety or self-harm.</li>
</ul>

<h2>4. What to do if you are worried</h2>
<p>If the child is in immediate danger, call 999. Otherwise, talk to your safeguarding lead and complete the {F['expl_tool']}, which helps you to describe the concerns and the level of risk. Send the completed tool with your referral to the {F['fd_name']} on {F['fd_phone']} or {F['fd_email']}. The {F['expl_team']} can give advice to practitioners and can be emailed at {F['expl_email']}.</p>
<p>Children at significant risk of exploitation are discussed at the {F['expl_panel']}, which meets {F['expl_panel_freq']}. The panel shares intelligence about places, perpetrators and peer groups, as well as individual children, and agrees disruption activity with the police and community safety partners.</p>

<h2>5. National Referral Mechanism</h2>
<p>Children who may have been trafficked or exploited, including those involved in county lines, should be referred to the National Referral Mechanism (NRM). The referral is made by a first responder organisation, which includes the local authority and the police. A child does not need to consent to an NRM referral.</p>

<h2>6. Language</h2>
<p>Use language that makes clear the child is a victim. Avoid phrases such as "putting themselves at risk", "lifestyle choice" or "drug running", which can suggest that the child is responsible for their own exploitation.</p>
""" + _note(note)
