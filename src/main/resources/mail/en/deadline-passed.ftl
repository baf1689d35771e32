Subject: Your privacy request is late: we have not answered in time (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn} and should have answered it by ${request.deadline}. We have not managed to, and we apologise.

Your request has been passed to our privacy managers, who see to it that it is answered as soon as possible. You do not need to do anything: we will write to you as soon as we have answered it.

<@c.complaintRights lead="If you do not want to wait, or you disagree with how we have handled your request, please let us know by replying to this e-mail."/>

<@c.signature reference=request.reference/>
