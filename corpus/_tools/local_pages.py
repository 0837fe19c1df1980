"""Area-specific HTML pages: extra procedure chapters and amendments pages."""


# ---------------------------------------------------------------- Anyshire

ANY_FGM = """
<h2>1. What female genital mutilation is</h2>
<p>Female genital mutilation (FGM) covers all procedures that involve partial or total removal of the external female genitalia, or other injury to the female genital organs, for non-medical reasons. It has no health benefits and causes serious harm, both at the time and throughout a woman's life. FGM is a crime in England, and it is also an offence to arrange for a girl to be taken abroad for FGM or to fail to protect a girl from it.</p>
<p>FGM is a form of child abuse. It is most often carried out on girls between infancy and the age of 15, and the risk is sometimes higher during long school holidays, when there is time for the girl to recover before returning to school.</p>

<h2>2. Signs that a girl may be at risk</h2>
<ul>
<li>her mother, older sisters or other female relatives have had FGM;</li>
<li>the family comes from a community where FGM is known to be practised;</li>
<li>she talks about a long trip abroad, a special celebration or "becoming a woman";</li>
<li>a parent asks for permission for an extended absence from school;</li>
<li>a relative or community elder who is thought to carry out the procedure is visiting.</li>
</ul>
<p>Signs that FGM may already have happened include difficulty walking or sitting, frequent toilet visits, long absences from lessons, reluctance to take part in PE, or a change in behaviour after a trip abroad.</p>

<h2>3. The mandatory reporting duty</h2>
<p>Teachers, and regulated health and social care professionals, have a personal legal duty to report to the police when, in the course of their work, they discover that FGM appears to have been carried out on a girl aged under 18. A discovery means either that the girl tells you it has happened, or that you observe physical signs that appear to show it has happened.</p>
<p>Report by calling 101 and saying that you are making a report under the FGM mandatory reporting duty. You should normally make the report by the close of the next working day. Keep a note of the police reference number in your records.</p>
<p>The duty cannot be passed to someone else. You should tell your designated safeguarding lead, but a teacher who has discovered FGM must make the police report personally.</p>

<h2>4. Girls at risk and women who have had FGM</h2>
<p>The mandatory duty does not apply where a girl is thought to be at risk of FGM but it has not happened, or where the woman is 18 or over. In these cases, follow the usual procedure and refer any girl at risk to the Anyshire MASH on 01632 960100. Where an adult woman who has had FGM has daughters, think about whether they may be at risk.</p>
<p>A court can make an FGM Protection Order to protect a girl at risk, for example by ordering that her passport is surrendered. Applications can be made by the local authority, the girl herself or, with permission, any other person.</p>

<h2>5. Local specialist support</h2>
<p>The Anyshire FGM Clinic at Anyshire General Hospital offers specialist health care and counselling for women and girls affected by FGM. Referrals can be made by any professional on 01632 960185. The clinic runs on Tuesday and Thursday mornings.</p>
<p>The partnership also supports a network of FGM Champions in schools and health services. Each secondary school in Anyshire is asked to name an FGM Champion, who receives additional training and acts as a point of advice for colleagues.</p>
"""

ANY_BRUISING = """
<h2>1. Why this protocol matters</h2>
<p>Bruising is very unusual in babies who are not yet moving around independently. Reviews of serious cases in England have repeatedly found that a small bruise seen on a young baby was the first sign of abuse that later caused serious injury or death. This protocol makes sure that every such bruise is properly checked by a specialist.</p>

<h2>2. Who the protocol applies to</h2>
<p>The protocol applies to all babies under 6 months of age, whether or not they have started to move around, and to any older child who is not independently mobile, for example because of a disability. In this protocol, independently mobile means able to crawl, bottom shuffle, pull to stand or walk.</p>
<p>It applies to any bruise, mark or injury that might be a bruise, however small, and whatever explanation is given.</p>

<h2>3. What to do if you see a bruise</h2>
<ol>
<li>Note the size, colour, shape and position of the mark. Do not undress the baby further than is needed to see it.</li>
<li>Ask the parent or carer in an open way how the mark happened, and record their answer word for word. Do not question them in detail or suggest an explanation.</li>
<li>Explain that the partnership's protocol requires every bruise in a baby of this age to be checked by a specialist, and that this applies to all families.</li>
<li>Contact the Anyshire MASH on 01632 960100 on the same day to make a referral. Out of hours, contact the Anyshire Emergency Duty Team on 01632 960199.</li>
<li>Tell your safeguarding lead and record what you saw, what was said and what you did.</li>
</ol>

<h2>4. What happens next</h2>
<p>The MASH will hold a strategy discussion with police and health. The baby will be seen by a consultant paediatrician at the Child Protection Medical Service on the same day the referral is made, unless the strategy discussion agrees a different plan. The paediatrician may ask for further tests such as a skeletal survey and eye examination.</p>
<p>If a practitioner is certain that the mark is a birthmark that has already been assessed and recorded by a doctor, the protocol does not need to be followed. If there is any doubt, follow it.</p>

<h2>5. Working with parents</h2>
<p>Most parents will understand why the protocol exists when it is explained calmly. A leaflet for parents is available in English, Polish, Urdu and Romanian on the partnership website. Practitioners should never delay a referral because they are worried about upsetting a family.</p>
"""

ANY_AMEND = """
<p class="manual-name">Anyshire Safeguarding Children Partnership - Online Child Protection Procedures</p>
<h1>Amendments: July 2026 Update</h1>
<p class="updated">Published: 14 July 2026</p>
<p>This page lists the chapters of the Anyshire procedures manual that were added, updated or removed in the July 2026 update. Practitioners should read the updated chapters and share the changes with their teams. Printed copies of earlier versions should be destroyed.</p>

<h2>Updated chapters</h2>
<h3>Allegations Against People Who Work with Children</h3>
<p>The LADO telephone number has changed. The old number, 01632 960140, is no longer in use; the new LADO number is 01632 960150. The LADO Notification Form has been shortened and now has to be submitted by email.</p>

<h3>Children Missing from Home, Care or Education</h3>
<p>Return home interviews are now carried out by the new Anyshire Missing and Return Service, which replaces the Youth Service interview team. Foster carers and residential staff must now inform the social worker or Emergency Duty Team within 1 hour of becoming aware that a child is missing (previously 4 hours).</p>

<h3>Child Exploitation, including County Lines and Cuckooing</h3>
<p>A new section on cuckooing has been added. The chapter now refers to version 3 of the Anyshire Child Exploitation Screening Tool, and the MACE Panel now meets monthly instead of every six weeks.</p>

<h3>Bruising in Non-Mobile Babies and Children</h3>
<p>The protocol has been extended so that it now covers all babies under 6 months of age, whether or not they are mobile, as well as older children who are not independently mobile. The baby must now be seen by a paediatrician on the same day.</p>

<h2>Removed</h2>
<p>The chapter on the Anyshire Children's Contact Centre has been removed, because the contact centre closed in 2025 and all contacts now go to the Anyshire MASH.</p>

<h2>Next review</h2>
<p>The next scheduled update of the manual is January 2027. To suggest a change, email procedures@anyshire.example.org.</p>
"""

# ---------------------------------------------------------------- Brackenford

BRK_NUDES = """
<h2>1. About this chapter</h2>
<p>This chapter is for designated safeguarding leads (DSLs) and staff in schools, colleges and other education settings in Brackenford. It explains how to respond when an incident involves children and young people sharing nude or semi-nude images or videos. It follows the national guidance for education settings produced by the UK Council for Internet Safety, and adds local contact details.</p>
<p>The term "sharing nudes and semi-nudes" covers images and videos that are sent, received or posted online by children under 18, including through messaging apps, social media and gaming platforms. It is sometimes called sexting, or youth-produced sexual imagery.</p>

<h2>2. First response by staff</h2>
<ul>
<li>Report the incident to the DSL immediately.</li>
<li>Never view, copy, print, share, store or save the imagery yourself, or ask a child to share or send it to you.</li>
<li>If a device is involved, it may be confiscated and locked away, but do not search it.</li>
<li>Do not delete the imagery or ask the child to delete it until the DSL has decided what to do.</li>
<li>Do not say or do anything to blame or shame the children involved.</li>
</ul>

<h2>3. The initial review meeting</h2>
<p>The DSL should hold an initial review meeting with appropriate staff on the same school day the incident is reported. The meeting considers whether there is an immediate risk to any child, whether the incident should be referred to the police or children's social care, and whether parents or carers should be told.</p>

<h2>4. When to refer immediately</h2>
<p>The DSL must refer to the police and to the Brackenford Children's Front Door on 01632 960300 straight away if any of the following apply:</p>
<ul>
<li>an adult is involved in making, sending or asking for the imagery;</li>
<li>there is reason to believe a child has been coerced, blackmailed or groomed, or there are concerns about their capacity to consent;</li>
<li>the imagery shows sexual acts that are unusual for the child's developmental stage, or that are violent;</li>
<li>any child in the imagery is under 13;</li>
<li>a child appears to be in immediate danger, for example because they are talking about suicide or are self-harming.</li>
</ul>
<p>If none of these apply, the DSL may decide to manage the incident within the school, with support for the children involved and their families. This decision must be recorded with the reasons for it.</p>

<h2>5. Financially motivated sexual extortion</h2>
<p>Children, particularly boys aged 14 to 18, are increasingly targeted by offenders who trick them into sharing images and then demand money. This is a form of child sexual abuse and must always be reported to the police. Reassure the child that they are not in trouble, and advise them not to pay or to continue communicating with the offender.</p>

<h2>6. Getting images removed</h2>
<p>Young people can use the Report Remove service, provided by Childline and the Internet Watch Foundation, to ask for nude images of themselves to be taken down from the internet. Staff should help pupils to use it where appropriate.</p>

<h2>7. Local advice</h2>
<p>The Brackenford Online Safety Adviser can give advice to DSLs on 01632 960345 or onlinesafety@brackenford.example.org. Schools should record every incident on their safeguarding recording system, including incidents that are managed in school.</p>
"""

BRK_DA = """
<h2>1. Introduction</h2>
<p>Domestic abuse has a serious and lasting effect on children. Under the Domestic Abuse Act 2021, a child who sees, hears or experiences the effects of domestic abuse between adults who are related to them, or to whom they are related, is recognised as a victim of domestic abuse in their own right. This chapter sets out how agencies in Brackenford should respond.</p>

<h2>2. What domestic abuse is</h2>
<p>Domestic abuse is abusive behaviour between people aged 16 or over who are personally connected, for example partners, ex-partners or family members. It includes physical or sexual abuse, violent or threatening behaviour, controlling or coercive behaviour, economic abuse, and psychological or emotional abuse. It can happen in any relationship and to anyone, whatever their gender, age, background or sexuality.</p>
<p>Abuse in the relationships of young people aged 16 and 17 is also domestic abuse. Where both people are under 16, the behaviour should be treated as child abuse and dealt with under these procedures.</p>

<h2>3. The "toxic trio"</h2>
<p>Reviews of serious cases have often found that children were living with a combination of domestic abuse, parental mental ill health and parental drug or alcohol misuse. This combination is commonly called the toxic trio. When the three are present together, the risk to children is much higher, and practitioners should be alert to how each one makes the others worse.</p>
<p>In Brackenford we encourage practitioners to think about the whole family's circumstances, including poverty, housing and the parents' own experiences of childhood, rather than using the phrase as a checklist. The presence of any one of these issues is a reason to ask about the others.</p>

<h2>4. Assessing risk and MARAC</h2>
<p>Practitioners working with adult victims should complete the DASH risk checklist. A case should be referred to the Brackenford MARAC (Multi-Agency Risk Assessment Conference) if the victim scores 14 or more on the DASH checklist, or if professional judgement indicates high risk. Where there are children in the household, a referral must also be made to the Brackenford Children's Front Door on 01632 960300.</p>
<p>The Brackenford MARAC meets every two weeks. Referrals should be emailed to marac@brackenford.example.org.</p>

<h2>5. Operation Encompass</h2>
<p>Brackenford schools take part in Operation Encompass. When police attend a domestic abuse incident where a child lives, they will tell the child's school before the start of the next school day, so that a key adult can offer support. Schools should record the notification and consider whether a referral is needed.</p>

<h2>6. Support services</h2>
<p>The Brackenford Domestic Abuse Service offers advice, outreach and refuge for adult victims, and specialist support for children and young people. Professionals can contact the service on 01632 960360. Perpetrator programmes are run by the same service and can be accessed by self-referral.</p>
<p>Never put yourself or the victim at risk by raising concerns in front of the alleged abuser. Think about safe ways and times to talk.</p>
"""

BRK_AMEND = """
<p class="manual-name">Brackenford Safeguarding Children Partnership - Online Child Protection Procedures</p>
<h1>Amendments to the Procedures: July 2026 Update</h1>
<p class="updated">Published: 21 July 2026</p>
<p>The following chapters of the Brackenford procedures have been updated in the July 2026 update. Changes take effect from the date of publication.</p>

<table class="amendments">
<thead><tr><th scope="col">Chapter</th><th scope="col">What has changed</th></tr></thead>
<tbody>
<tr><td>Resolving Professional Disagreements (Escalation Policy)</td><td>The escalation process now has four stages instead of three. A new Stage 4 has been added, under which unresolved disagreements go to the Partnership Escalation Panel chaired by the Independent Scrutineer.</td></tr>
<tr><td>Making a Referral to Children's Social Care</td><td>The Front Door now closes at 4.45pm on Fridays. The Request for Support Form has replaced the old Multi-Agency Referral Form, and pre-birth referrals should now be made by 16 weeks of pregnancy.</td></tr>
<tr><td>Sharing Nudes and Semi-Nudes in Education Settings</td><td>Updated to reflect the latest national advice for education settings, including a new section on financially motivated sexual extortion.</td></tr>
<tr><td>Child Exploitation, including County Lines and Cuckooing</td><td>Reviewed with no changes to content; contact email for the Exploitation Hub corrected.</td></tr>
</tbody>
</table>

<h2>New documents</h2>
<p>A new 7-minute briefing on cuckooing has been published in the Resources section.</p>
<p>If you have comments about these procedures, email procedures@brackenford.example.org.</p>
"""

# ---------------------------------------------------------------- Eastmarsh

EST_PREVENT = """
<h2>1. What Prevent is</h2>
<p>Prevent is part of the national counter-terrorism strategy. Its aim is to stop people from becoming terrorists or supporting terrorism. Schools, colleges, health services, local authorities and the police have a legal duty, known as the Prevent duty, to have due regard to the need to prevent people from being drawn into terrorism.</p>
<p>In Eastmarsh, Prevent is treated as part of everyday safeguarding. Children can be groomed into extremist ideas in the same way they can be groomed for other kinds of abuse, and the response should be based on care and support.</p>

<h2>2. Signs of radicalisation</h2>
<ul>
<li>spending more time with, or talking about, people with extremist views;</li>
<li>accessing extremist material online, or being secretive about online activity;</li>
<li>expressing "us and them" views, or justifying violence against a group;</li>
<li>changes in behaviour, appearance or friendships that seem linked to a cause;</li>
<li>a fascination with mass violence or past attacks, without a settled ideology.</li>
</ul>
<p>None of these signs on its own proves that a child is being radicalised. Think about the child's wider circumstances and vulnerabilities.</p>

<h2>3. What to do</h2>
<p>If you think someone is in immediate danger or an attack may be planned, call 999. Otherwise, discuss your concern with your safeguarding lead. If you agree that there is a concern, complete the national Prevent referral form and send it to the police Prevent team. Tell the Eastmarsh Integrated Front Door as well if there are wider safeguarding concerns about the child.</p>
<p>For advice, contact the Eastmarsh Prevent Co-ordinator on 01632 960560 or prevent@eastmarsh.example.org.</p>

<h2>4. Channel</h2>
<p>If the police assess that a person is vulnerable to radicalisation, the case may be discussed at the Eastmarsh Channel Panel. Channel is a voluntary, confidential programme that offers support such as mentoring, help with education or mental health support. It is not a criminal sanction.</p>
<p>The Eastmarsh Channel Panel is chaired by the local authority and meets monthly. A child or parent must give consent before Channel support begins.</p>
"""

EST_EHA = """
<h2>1. What early help is</h2>
<p>Early help means giving support to children and families as soon as a problem emerges, at any point in a child's life. It is voluntary, so families must agree to take part. Good early help can stop problems getting worse and reduce the need for children's social care to become involved.</p>

<h2>2. The Early Help Assessment</h2>
<p>From 1 June 2026, the Early Help Assessment (EHA) replaced the Eastmarsh Family CAF as the single assessment for early help in Eastmarsh. Any practitioner can start an EHA with a family. The assessment looks at the child's needs, the parents' ability to meet them and the family and environmental factors that affect them.</p>
<p>Before starting an EHA, the practitioner must explain what it involves and get the family's consent to share information. Young people who are old enough to understand can give their own consent.</p>

<h2>3. The lead practitioner and the Team Around the Family</h2>
<p>Once the EHA is complete, a lead practitioner is agreed. This is usually the practitioner who knows the family best, such as a teacher, health visitor or family support worker. The lead practitioner brings together a Team Around the Family (TAF) of the practitioners who are supporting the family.</p>
<p>The first TAF meeting should take place within 20 working days of the EHA being completed, and the TAF plan should be reviewed at least every 6 weeks.</p>

<h2>4. Stepping up and stepping down</h2>
<p>If concerns increase and a child may be at risk of significant harm, the lead practitioner must make a referral to the Eastmarsh Integrated Front Door without delay. Early help should not delay a referral when one is needed.</p>
<p>When children's social care closes a case and the family still needs support, the case can step down to early help. The social worker should hold a transfer meeting with the new lead practitioner and the family.</p>

<h2>5. Support and contacts</h2>
<p>The Eastmarsh Early Help Hub can advise on whether early help is appropriate, help practitioners complete an EHA and register assessments. Contact the Early Help Hub on 01632 960520 or earlyhelp@eastmarsh.example.org.</p>
"""

EST_PF = """
<h2>1. What private fostering is</h2>
<p>A private fostering arrangement is one where a child under 16 (or under 18 if the child is disabled) is cared for and provided with accommodation by someone who is not a parent, a person with parental responsibility or a close relative, for 28 days or more. It is an arrangement made privately between the parent and the carer, without the local authority's involvement.</p>
<p>Close relatives are grandparents, brothers, sisters, uncles, aunts and step-parents. A child living with a cousin, a family friend, a great-aunt or the parent of a boyfriend or girlfriend may therefore be privately fostered.</p>

<h2>2. Examples</h2>
<ul>
<li>a teenager living with a friend's family after falling out with their parents;</li>
<li>a child sent to the UK from abroad to live with a family friend and attend school;</li>
<li>a language student staying with a host family for more than 28 days;</li>
<li>a child whose parent is in hospital or prison, living with a neighbour.</li>
</ul>

<h2>3. The duty to notify</h2>
<p>Parents and private foster carers must tell the local authority about a planned arrangement at least 6 weeks before it starts. Where the arrangement is made in an emergency, they must tell the local authority within 48 hours of the child moving in.</p>
<p>Professionals who become aware of a possible private fostering arrangement should encourage the family to notify the local authority, and should notify the Eastmarsh Private Fostering Team themselves if they are not sure this has happened.</p>

<h2>4. What the local authority does</h2>
<p>A social worker will visit the child and the carer within 7 working days of the notification to assess whether the arrangement is suitable. The social worker will then visit at least every 6 weeks in the first year, and at least every 12 weeks after that. The child will be seen alone at visits unless they refuse.</p>

<h2>5. Contacts</h2>
<p>Eastmarsh Private Fostering Team: telephone 01632 960530, email pf.team@eastmarsh.example.org. The team can also provide leaflets for schools and GP surgeries.</p>
"""

EST_AMEND = """
<p class="manual-name">Eastmarsh Safeguarding Children Partnership - Online Child Protection Procedures</p>
<h1>What's Changed: July 2026 Update</h1>
<p class="updated">Published: 7 July 2026</p>
<p>This page summarises the changes made to the Eastmarsh procedures manual in the July 2026 update.</p>

<h2>Strategy Discussions and Section 47 Enquiries</h2>
<ul>
<li>The timescale for holding a strategy discussion has been clarified: it must take place within 2 working days of the decision that one is needed, or on the same day where a child may be at immediate risk.</li>
<li>Conference reports must now be shared with parents at least 1 working day before the conference.</li>
</ul>

<h2>Prevent and Radicalisation</h2>
<ul>
<li>Updated to use the new national Prevent referral form.</li>
<li>The Eastmarsh Channel Panel now meets monthly.</li>
</ul>

<h2>Early Help Assessment</h2>
<ul>
<li>New chapter. The Early Help Assessment (EHA) has replaced the Eastmarsh Family CAF from 1 June 2026.</li>
</ul>

<h2>Private Fostering</h2>
<ul>
<li>The Private Fostering Team has a new email address: pf.team@eastmarsh.example.org.</li>
<li>Visiting frequencies have been brought into line with national regulations.</li>
</ul>

<h2>Chapters reviewed with no change</h2>
<p>Allegations Against People Who Work with Children; Children Missing from Home, Care or Education.</p>
"""
