Subject: Privacy complaint about data we process for you (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting/>

We, ${company.name}, are the processor of ${webshop.name}: we process personal data on your behalf. On ${complaint.receivedOn} we received a privacy complaint from a person whose data we process for you. The complaint concerns that data. You are the controller of this data, so you handle the complaint yourself. That is why we are forwarding it to you.

The complaint

  Reference: ${complaint.reference}
  Received by us on: ${complaint.receivedOn}
<#if (complainantName!"")?trim?has_content>
  Name: ${complainantName?trim}
</#if>
  E-mail address: ${complainantEmail}
<#if (complaint.category)?has_content>
  The complaint concerns: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
  About the privacy request with reference: ${complaint.relatedRequest}
</#if>
<#if complaintText?has_content>

The text of the complaint:

----------
${complaintText}
----------
</#if>

What we ask of you

Please handle the complaint as the controller and answer the complainant yourself. Do you need our assistance, for example information about what we did with the data? Or do we need to do something with the data? Then please let us know by replying to this e-mail and keeping the reference ${complaint.reference} in the subject line. We will gladly assist you (Art. 28(3)(e) GDPR), and we act only on your documented instructions (Art. 28(3)(a) GDPR).

<#if (complaint.category!"") == "security">
The complaint concerns the security of the data. Please therefore also assess whether there has been a personal data breach (Art. 33 GDPR). We will assist you with that too (Art. 28(3)(f) GDPR): let us know what information you need from us.

</#if>
We have told the complainant that we forwarded the complaint to you and that they can also contact you directly.

<@c.complaintSignature reference=complaint.reference/>
