Subject: [Privacy request] ${reference}: deadline <#if daysLeft lte 0>today<#elseif daysLeft == 1>in 1 day<#else>in ${daysLeft} days</#if>

<#import "common.ftl" as c>
Hello,

The deadline for privacy request ${reference} is <#if daysLeft lte 0>today<#else>in ${c.days(daysLeft)}</#if><#if (request.deadline)?has_content> (on ${request.deadline})</#if>. The request has not been completed yet.

Please open the request in Camunda Tasklist (search for reference ${reference}) and complete the open task.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

Is more time really needed? The deadline may be extended by at most two months, but the requester must then be told so, with the reason, within one month of receiving the request.

<@c.internalSignature reference=reference/>
