Subject: We need more time for your privacy request (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. Unfortunately, we cannot answer it within the usual period. The reason is:

${reason}

The GDPR allows us to extend the period in such a case, by at most two months. We will now answer your request no later than ${newDeadline}. If we can answer sooner, we will.

<@c.complaintRights lead="If you disagree with this extension, please let us know by replying to this e-mail."/>

<@c.signature reference=request.reference/>
