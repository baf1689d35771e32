Subject: Your privacy request has been closed (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. To be sure that the request really came from you, we asked you for some additional information. We did not receive the information we needed within ${c.days(answerWithinDays)}.

We have therefore closed your request. We have not done anything with your data: we have not disclosed it to you, changed it or erased it.

You can file a new request at any time by e-mailing ${company.supportEmail}.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
