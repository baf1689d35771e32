Subject: We have received your complaint (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting name=complainantName!""/>

Thank you for your message. On ${complaint.receivedOn} we received your complaint about how we handle personal data. Its reference is ${complaint.reference}.

<#if (complaint.relatedRequest)?has_content>
Your complaint concerns your privacy request with reference ${complaint.relatedRequest}.

</#if>
We take your complaint seriously. We will look into what happened and answer your complaint as soon as possible, and no later than ${complaint.deadline}. If we need more information from you to do so, we will contact you.

<@c.complaintRights lead="We would much prefer to resolve your complaint together with you."/>

<@c.complaintSignature reference=complaint.reference/>
