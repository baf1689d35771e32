Subject: Your instruction about ${consumerEmail}: <#if !confirmed>not carried out<#elseif !dataFound>no data held<#else>what we have done</#if> (${request.reference})

<#import "common.ftl" as c>
<#assign erasedItems = erased![]>
<#assign fields = correctedFields![]>
<@c.greeting/>

On ${request.receivedOn} you, ${webshop.name}, instructed us about the personal data we process on your behalf of ${consumerEmail} (the request we forwarded to you under ${aboutReference}). As your processor we act on your documented instructions only (Art. 28(3)(a) GDPR). This is what we did.

<#if !confirmed>
We have not carried out the instruction and have changed nothing. The mail could not be shown to come from your domain, and we could not confirm the instruction with you by another channel. If the instruction is yours, please confirm it to us by replying to this e-mail, or call us.
<#elseif !dataFound>
We hold no personal data of ${consumerEmail} on behalf of ${webshop.name}, so there was nothing to change.
<#else>
<#if erasedItems?has_content>
Erased

We have erased the data we held for you about this person:
<#list erasedItems as i>
- ${i.system}: ${c.categoryLabel(i.category)}, ${c.records(i.count)}
</#list>

</#if>
<#if erasureRefused!false>
Not erased

We did not erase the data you asked us to erase.<#if refusalReason??> Why: ${refusalReason}</#if>

</#if>
<#if fields?has_content>
Corrected

We have corrected, in the data we hold for you about this person:
<#list fields as f>
- ${c.fieldLabel(f)}
</#list>

</#if>
<#if correctionRefused!false>
Not corrected

We did not make the correction you asked for.<#if refusalReason??> Why: ${refusalReason}</#if>

</#if>
</#if>
You answer the person yourself, as the controller. We have not written to them about your instruction.

<@c.signature reference=request.reference/>
