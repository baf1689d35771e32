Subject: We have granted your request (${request.reference})

<#import "common.ftl" as c>
<#assign granted = rights![]>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}, and we have granted it.<#if granted?has_content> It concerned:</#if>
<@c.rightsList types=granted/>

This is what we have done:

${details}

<#if granted?seq_contains("restriction")>
Restriction means that we still store the data concerned, but do nothing else with it. We will only use it with your consent, or in the cases the law provides for (for example for legal proceedings). Before we lift the restriction, we will let you know.

</#if>
<#if granted?seq_contains("objection")>
Because we have granted your objection, we no longer use the data concerned for the purpose you objected to.

</#if>
Do you have any questions? Then please reply to this e-mail.

<@c.signature reference=request.reference/>
