Subject: Result of your erasure request (${request.reference})

<#import "common.ftl" as c>
<#assign erasedItems = erased![]>
<#assign anonymisedItems = anonymised![]>
<#assign keptItems = kept![]>
<#assign informed = recipients![]>
<@c.greeting name=requesterName!""/>

On ${request.receivedOn} you asked us to erase your personal data. Below you can read what we have done.

<#if erasedItems?has_content>
Erased

We have erased this data:
<#list erasedItems as i>
- ${i.system}: ${c.categoryLabel(i.category)}<#if i.count??>, ${c.records(i.count)}</#if>
</#list>

</#if>
<#if anonymisedItems?has_content>
Anonymised

We have anonymised this data. It can no longer be traced back to you, so it is no longer personal data:
<#list anonymisedItems as i>
- ${i.system}: ${c.categoryLabel(i.category)}<#if i.count??>, ${c.records(i.count)}</#if>
</#list>

</#if>
<#if keptItems?has_content>
Kept

We are keeping this data for now, because the law requires or allows us to. As soon as the reason for keeping it no longer applies, we will erase this data too.
<#list keptItems as k>
- ${k.system}: ${c.categoryLabel(k.category)}<#if k.count??>, ${c.records(k.count)}</#if>
<#if (k.legalGround)?has_content>
  Why: ${c.legalGroundLabel(k.legalGround)}
</#if>
  How long: <#if (k.until)?has_content>until ${k.until}<#if (k.keepCondition)?has_content> (${c.keepConditionLabel(k.keepCondition, k.keepPeriodYears!"")})</#if><#elseif (k.keepCondition)?has_content>${c.keepConditionLabel(k.keepCondition, k.keepPeriodYears!"")}<#else>as long as the reason above applies</#if>
</#list>

</#if>
<#if !erasedItems?has_content && !anonymisedItems?has_content && !keptItems?has_content>
We found no personal data about you that we could erase.

</#if>
<#if informed?has_content>
We have also passed on your erasure request to ${c.andList(informed)}, because we had disclosed your data to them.
<#else>
There are no other recipients of your data to whom we had to pass on your erasure request.
</#if>

We keep your request and the way we handled it, so that we can show how we dealt with your request.

<#if keptItems?has_content>
<@c.complaintRights lead="If you disagree with our decision to keep this data, please let us know by replying to this e-mail, and we will look at it again."/>

</#if>
<@c.signature reference=request.reference/>
