Subject: We have granted your objection (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. You object, on grounds relating to your particular situation, to the use of your personal data (Art. 21(1) GDPR). We have weighed your objection and granted it. Our reasons, and what we no longer do:

${reasons}

Do you have any questions? Then please reply to this e-mail.

<@c.signature reference=request.reference/>
