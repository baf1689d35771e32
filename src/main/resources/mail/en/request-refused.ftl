Subject: Our decision on your privacy request (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. We have decided not to act on your request. The reason is:

${reason}

<@c.complaintRights/>

<@c.signature reference=request.reference/>
