Subject: We have received your privacy request (${request.reference})

<#import "common.ftl" as c>
<#assign types = (request.types)![]>
<@c.greeting name=requesterName!""/>

Thank you for your message. We received your privacy request on ${request.receivedOn}. Its reference is ${request.reference}.

<#if types?has_content>
Your request concerns:
<@c.rightsList types=types/>

</#if>
<#if types?seq_contains("unclear")>
It is not yet entirely clear to us what you are asking us to do. If we need more information, we will contact you.

</#if>
We will answer your request as soon as possible, and no later than ${request.deadline}.

We may first ask you to confirm that the request really comes from you. This is to make sure that personal data never ends up with the wrong person. We will never ask for more than we need.

Did you not send this request yourself? Then please let us know by replying to this e-mail.

<@c.signature reference=request.reference/>
