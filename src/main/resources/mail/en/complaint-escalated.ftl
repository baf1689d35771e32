Subject: [Privacy complaint] <#if (reason!"") == "dissatisfied">Complainant not satisfied<#elseif (reason!"") == "deadline">Deadline passed<#else>Escalated</#if>: ${complaint.reference}

<#import "common.ftl" as c>
<#assign why = reason!"">
Hello,

<#if why == "dissatisfied">
The complainant is not satisfied with our answer to privacy complaint ${complaint.reference} and therefore asks for a review by management.
<#elseif why == "deadline">
The deadline for privacy complaint ${complaint.reference} has passed<#if (complaint.deadline)?has_content> (it was ${complaint.deadline})</#if>, and the complaint has not been completed yet.
<#else>
Privacy complaint ${complaint.reference} has been escalated to management.
</#if>
<#if (complaint.category)?has_content || (complaint.relatedRequest)?has_content>

</#if>
<#if (complaint.category)?has_content>
The complaint concerns: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
Related privacy request: ${complaint.relatedRequest}
</#if>

A 'Review escalated complaint' task for this complaint is waiting in Camunda Tasklist. Please review the complaint and write the final answer to the complainant<#if why == "deadline"> as soon as possible</#if>. That answer automatically names the right to complain to the ${company.authority.name} and to go to court.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>
<#if why == "deadline">

The complainant can complain to the ${company.authority.name} about a late answer.
</#if>

<@c.internalSignature reference=complaint.reference/>
