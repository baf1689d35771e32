Subject: [Privacyverzoek] Termijn verstreken: ${request.reference}

<#import "common.ftl" as c>
Hallo,

De termijn van privacyverzoek ${request.reference} is verstreken<#if (request.deadline)?has_content> (de uiterste datum was ${request.deadline})</#if>, en het verzoek is nog niet afgehandeld.

In Camunda Tasklist staat de taak 'Resolve overdue request' voor dit verzoek klaar. Pak die zo snel mogelijk op en beantwoord het verzoek alsnog. De aanvrager kan over een te laat antwoord een klacht indienen bij de ${company.authority.name}.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>

<@c.internalSignature reference=request.reference/>
