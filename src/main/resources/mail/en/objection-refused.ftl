Subject: Our decision on your objection (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. You object, on grounds relating to your particular situation, to the use of your personal data (Art. 21(1) GDPR). We have weighed your interests against ours and decided to refuse your objection. We may continue only where we have compelling legitimate grounds that override your interests, rights and freedoms, or where we need the data for legal claims. Our reasons:

${reasons}

Does your request have other parts as well? You will receive a separate message about those, if you have not received one already.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
