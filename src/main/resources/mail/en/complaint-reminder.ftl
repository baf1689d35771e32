Subject: [Privacy complaint] ${complaint.reference}: deadline <#if daysLeft lte 0>today<#elseif daysLeft == 1>in 1 day<#else>in ${daysLeft} days</#if>

<#import "common.ftl" as c>
Hello,

The deadline for privacy complaint ${complaint.reference} is <#if daysLeft lte 0>today<#else>in ${c.days(daysLeft)}</#if><#if (complaint.deadline)?has_content> (on ${complaint.deadline})</#if>. The complaint has not been completed yet.
<#if (complaint.category)?has_content || (complaint.relatedRequest)?has_content>

</#if>
<#if (complaint.category)?has_content>
The complaint concerns: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
Related privacy request: ${complaint.relatedRequest}
</#if>

Please open the complaint in Camunda Tasklist (search for reference ${complaint.reference}) and complete the open task.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

If the deadline passes without an answer, the complaint goes to management. The complainant can also complain to the ${company.authority.name} at any time.

<@c.internalSignature reference=complaint.reference/>
