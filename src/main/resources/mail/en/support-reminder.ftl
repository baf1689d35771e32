Subject: [Privacy request] ${reference}: deadline <#if daysLeft lt 0>passed<#if (request.deadline)?has_content> on ${request.deadline}</#if><#elseif daysLeft == 0>today<#elseif daysLeft == 1>tomorrow<#else>in ${daysLeft} days</#if>

<#import "common.ftl" as c>
Hello,

<#if daysLeft lt 0>
The deadline for privacy request ${reference} passed<#if (request.deadline)?has_content> on ${request.deadline}</#if>, ${c.days(-daysLeft)} ago. The request is late and has not been completed yet.
<#else>
The deadline for privacy request ${reference} is <#if daysLeft == 0>today<#elseif daysLeft == 1>tomorrow<#else>in ${c.days(daysLeft)}</#if><#if (request.deadline)?has_content> (on ${request.deadline})</#if>. The request has not been completed yet.
</#if>

Open Camunda Tasklist, type the reference ${reference} into the search box ("Filter Tasks") and complete the open task.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

<#if daysLeft lt 0>
It can no longer be extended: that must happen before the deadline passes. The requester may complain to the ${company.authority.name}.
<#else>
Is more time really needed? The deadline may be extended by at most two months, but the requester must then be told so, with the reason, within one month of receiving the request.
</#if>

<@c.internalSignature reference=reference/>
