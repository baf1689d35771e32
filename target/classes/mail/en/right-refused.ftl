Subject: Our decision on your privacy request (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. This message concerns the following part of your request:

- ${c.rightLabel(right)}

We have decided to refuse this part of your request. The reason is:

${reason}

Does your request have other parts as well? You will receive a separate message about those, if you have not received one already.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
