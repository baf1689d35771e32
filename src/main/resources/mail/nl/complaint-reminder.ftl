Subject: [Privacyklacht] ${complaint.reference}: termijn <#if daysLeft lt 0>verlopen<#if (complaint.deadline)?has_content> op ${complaint.deadline}</#if><#elseif daysLeft == 0>verloopt vandaag<#elseif daysLeft == 1>verloopt morgen<#else>verloopt over ${daysLeft} dagen</#if>

<#import "common.ftl" as c>
Hallo,

<#if daysLeft lt 0>
De termijn van privacyklacht ${complaint.reference} is verlopen<#if (complaint.deadline)?has_content> op ${complaint.deadline}</#if>, ${c.days(-daysLeft)} geleden. De klacht is te laat en nog niet afgehandeld.
<#else>
De termijn van privacyklacht ${complaint.reference} verloopt <#if daysLeft == 0>vandaag<#elseif daysLeft == 1>morgen<#else>over ${c.days(daysLeft)}</#if><#if (complaint.deadline)?has_content> (op ${complaint.deadline})</#if>. De klacht is nog niet afgehandeld.
</#if>
<#if (complaint.category)?has_content || (complaint.relatedRequest)?has_content>

</#if>
<#if (complaint.category)?has_content>
De klacht gaat over: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
Bijbehorend privacyverzoek: ${complaint.relatedRequest}
</#if>

Open Camunda Tasklist, typ het kenmerk ${complaint.reference} in het zoekvak ("Filter Tasks") en rond de openstaande taak af.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

Verloopt de termijn zonder antwoord, dan gaat de klacht naar het management. De klager kan ook altijd een klacht indienen bij de ${company.authority.name}.

<@c.internalSignature reference=complaint.reference/>
