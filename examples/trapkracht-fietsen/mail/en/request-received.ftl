Subject: Your privacy request has arrived (${request.reference})

<#import "common.ftl" as c>
<#assign types = (request.types)![]>
<@c.greeting name=requesterName!""/>

Thanks for writing to Trapkracht Fietsen. Your request reached us on ${request.receivedOn}; we call it ${request.reference}. Please mention it when you write to us about it or visit one of our shops.

<#if types?has_content>
You ask for:
<@c.rightsList types=types/>

</#if>
<#if types?seq_contains("unclear")>
We do not yet know exactly what you are asking us. If we need to, we will call or e-mail you.

</#if>
You will hear from us by ${request.deadline} at the latest, usually much sooner.

Sometimes we first check that the request really comes from you, so that your data does not reach someone else. We never ask for a copy of your passport or driving licence.

Did this request not come from you? Reply to this e-mail and we will look into it.

<@c.signature reference=request.reference/>
