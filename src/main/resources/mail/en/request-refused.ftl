Subject: Our decision on your privacy request (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. We have decided not to act on your request.<#if (refusalGround!"") == "unfounded"> We consider it manifestly unfounded (Art. 12(5) GDPR).<#elseif (refusalGround!"") == "excessive"> We consider it excessive, in particular because it repeats an earlier request (Art. 12(5) GDPR).</#if> The reason is:

${reason}

<@c.complaintRights/>

<@c.signature reference=request.reference/>
