Subject: [Privacyverzoek] ${reference}: termijn <#if daysLeft lt 0>verlopen<#if (request.deadline)?has_content> op ${request.deadline}</#if><#elseif daysLeft == 0>verloopt vandaag<#elseif daysLeft == 1>verloopt morgen<#else>verloopt over ${daysLeft} dagen</#if>

<#import "common.ftl" as c>
Hallo,

<#if daysLeft lt 0>
De termijn van privacyverzoek ${reference} is verlopen<#if (request.deadline)?has_content> op ${request.deadline}</#if>, ${c.days(-daysLeft)} geleden. Het verzoek is te laat en nog niet afgehandeld.
<#else>
De termijn van privacyverzoek ${reference} verloopt <#if daysLeft == 0>vandaag<#elseif daysLeft == 1>morgen<#else>over ${c.days(daysLeft)}</#if><#if (request.deadline)?has_content> (op ${request.deadline})</#if>. Het verzoek is nog niet afgehandeld.
</#if>

Open Camunda Tasklist, typ het kenmerk ${reference} in het zoekvak ("Filter Tasks") en rond de openstaande taak af.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

<#if daysLeft lt 0>
Verlengen kan niet meer: dat moet voordat de termijn verloopt. De aanvrager kan een klacht indienen bij de ${company.authority.name}.
<#else>
Is echt meer tijd nodig? De termijn mag met ten hoogste twee maanden worden verlengd, maar de aanvrager moet dat dan binnen een maand na ontvangst van het verzoek horen, met de reden.
</#if>

<@c.internalSignature reference=reference/>
