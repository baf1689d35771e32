Subject: A further copy of your data: the fee, before we make it (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your request for a copy of your personal data on ${request.receivedOn}. You have had a copy from us before. The first copy is free; for a further copy the GDPR allows us to ask a reasonable fee for the administrative costs (Art. 15(3) GDPR). The fee is ${fee}.

We tell you this before we charge anything. If you want the copy for this fee, please say so by replying to this e-mail within ${answerWithinDays} days. We will then make the copy and send it to you, and tell you how to pay the fee. If we do not hear from you within that period, we will not make the copy and will charge nothing.

<@c.complaintRights lead="If you disagree with this fee, please let us know by replying to this e-mail."/>

<@c.signature reference=request.reference/>
