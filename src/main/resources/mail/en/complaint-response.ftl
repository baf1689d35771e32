Subject: Our answer to your complaint (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting name=complainantName!""/>

We received your complaint on ${complaint.receivedOn}. We have looked into it. This is our answer:

${responseText}

<@c.complaintRights lead="Are you not satisfied with this answer? Then please reply to this e-mail within ${c.days(replyWithinDays)}, keeping the reference ${complaint.reference} in the subject line, and tell us what you think is still not right. Our management will then review your complaint again and send you a final answer. If we do not hear from you within ${c.days(replyWithinDays)}, we will consider your complaint resolved."/>

<@c.complaintSignature reference=complaint.reference/>
