Subject: We no longer use your data for direct marketing (${request.reference})

<#import "common.ftl" as c>
<#assign ended = systems![]>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. You object to the use of your personal data for direct marketing. You always have that right (Art. 21(2) and (3) GDPR), so we have granted your objection.

<#if ended?has_content>
We have ended direct marketing to you in: ${c.andList(ended)}.
<#else>
We did not use your data for direct marketing in any of our systems.
</#if>

We have also put your e-mail address on our list of addresses that receive no direct marketing, so that it is not added again. We keep only a coded form of the address for this, not the address itself.

Do you have any questions? Then please reply to this e-mail.

<@c.signature reference=request.reference/>
