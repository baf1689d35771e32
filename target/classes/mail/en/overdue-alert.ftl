Subject: [Privacy request] Deadline passed: ${request.reference}

<#import "common.ftl" as c>
Hello,

The deadline for privacy request ${request.reference} has passed<#if (request.deadline)?has_content> (it was ${request.deadline})</#if>, and the request has not been completed yet.

A 'Resolve overdue request' task for this request is waiting in Camunda Tasklist. Please pick it up as soon as possible and answer the request. The requester can complain to the ${company.authority.name} about a late answer.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

<@c.internalSignature reference=request.reference/>
