Subject: [Privacyverzoek] ${reference}: termijn verloopt <#if daysLeft lte 0>vandaag<#elseif daysLeft == 1>over 1 dag<#else>over ${daysLeft} dagen</#if>

<#import "common.ftl" as c>
Hallo,

De termijn van privacyverzoek ${reference} verloopt <#if daysLeft lte 0>vandaag<#else>over ${c.days(daysLeft)}</#if><#if (request.deadline)?has_content> (op ${request.deadline})</#if>. Het verzoek is nog niet afgehandeld.

Open het verzoek in Camunda Tasklist (zoek op kenmerk ${reference}) en rond de openstaande taak af.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

Is echt meer tijd nodig? De termijn mag met ten hoogste twee maanden worden verlengd, maar de aanvrager moet dat dan binnen een maand na ontvangst van het verzoek horen, met de reden.

<@c.internalSignature reference=reference/>
