Subject: <#if reminder>Reminder: </#if>please confirm your privacy request (${request.reference})

<#import "common.ftl" as c>
<#-- No name: it came from a From header that may be forged. -->
<@c.greeting/>

<#if reminder>
We have not yet received your confirmation of this request.
<#else>
We received a privacy request by e-mail from this address. It concerns:
</#if>
<@c.rightsList types=request.types/>

Because this request changes or erases your data, we carry it out only once you confirm that it comes from you: the sender of an e-mail can be forged. Please open this link:

${confirmationLink}

The link works until ${expiresAt}. If you do not confirm in time, we close the request; you can always send it again.

Did you not send this request? Then you can ignore this e-mail: without your confirmation we change or erase nothing.

<@c.signature reference=request.reference/>
