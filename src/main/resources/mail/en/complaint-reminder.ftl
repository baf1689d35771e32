Subject: [Privacy complaint] ${complaint.reference}: deadline <#if daysLeft lt 0>passed<#if (complaint.deadline)?has_content> on ${complaint.deadline}</#if><#elseif daysLeft == 0>today<#elseif daysLeft == 1>tomorrow<#else>in ${daysLeft} days</#if>

<#import "common.ftl" as c>
Hello,

<#if daysLeft lt 0>
The deadline for privacy complaint ${complaint.reference} passed<#if (complaint.deadline)?has_content> on ${complaint.deadline}</#if>, ${c.days(-daysLeft)} ago. The complaint is late and has not been completed yet.
<#else>
The deadline for privacy complaint ${complaint.reference} is <#if daysLeft == 0>today<#elseif daysLeft == 1>tomorrow<#else>in ${c.days(daysLeft)}</#if><#if (complaint.deadline)?has_content> (on ${complaint.deadline})</#if>. The complaint has not been completed yet.
</#if>
<#if (complaint.category)?has_content || (complaint.relatedRequest)?has_content>

</#if>
<#if (complaint.category)?has_content>
The complaint concerns: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
Related privacy request: ${complaint.relatedRequest}
</#if>

Open Camunda Tasklist, type the reference ${complaint.reference} into the search box ("Filter Tasks") and complete the open task.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

If the deadline passes without an answer, the complaint goes to management. The complainant can also complain to the ${company.authority.name} at any time.

<@c.internalSignature reference=complaint.reference/>
