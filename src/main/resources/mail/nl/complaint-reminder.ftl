Subject: [Privacyklacht] ${complaint.reference}: termijn verloopt <#if daysLeft lte 0>vandaag<#elseif daysLeft == 1>over 1 dag<#else>over ${daysLeft} dagen</#if>

<#import "common.ftl" as c>
Hallo,

De termijn van privacyklacht ${complaint.reference} verloopt <#if daysLeft lte 0>vandaag<#else>over ${c.days(daysLeft)}</#if><#if (complaint.deadline)?has_content> (op ${complaint.deadline})</#if>. De klacht is nog niet afgehandeld.
<#if (complaint.category)?has_content || (complaint.relatedRequest)?has_content>

</#if>
<#if (complaint.category)?has_content>
De klacht gaat over: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
Bijbehorend privacyverzoek: ${complaint.relatedRequest}
</#if>

Open de klacht in Camunda Tasklist (zoek op kenmerk ${complaint.reference}) en rond de openstaande taak af.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

Verloopt de termijn zonder antwoord, dan gaat de klacht naar het management. De klager kan ook altijd een klacht indienen bij de ${company.authority.name}.

<@c.internalSignature reference=complaint.reference/>
