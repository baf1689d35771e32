Subject: [Privacyklacht] <#if (reason!"") == "dissatisfied">Klager niet tevreden<#elseif (reason!"") == "deadline">Termijn verstreken<#else>Geëscaleerd</#if>: ${complaint.reference}

<#import "common.ftl" as c>
<#assign why = reason!"">
Hallo,

<#if why == "dissatisfied">
De klager is niet tevreden met ons antwoord op privacyklacht ${complaint.reference}. De klager vraagt daarom om een nieuwe beoordeling door het management.
<#elseif why == "deadline">
De termijn van privacyklacht ${complaint.reference} is verstreken<#if (complaint.deadline)?has_content> (de uiterste datum was ${complaint.deadline})</#if>, en de klacht is nog niet afgehandeld.
<#else>
Privacyklacht ${complaint.reference} is naar het management geëscaleerd.
</#if>
<#if (complaint.category)?has_content || (complaint.relatedRequest)?has_content>

</#if>
<#if (complaint.category)?has_content>
De klacht gaat over: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
Bijbehorend privacyverzoek: ${complaint.relatedRequest}
</#if>

In Camunda Tasklist staat de taak 'Review escalated complaint' voor deze klacht klaar. Beoordeel de klacht en schrijf <#if why == "deadline">zo snel mogelijk </#if>het definitieve antwoord aan de klager. Dat antwoord noemt automatisch het recht om een klacht in te dienen bij de ${company.authority.name} en om naar de rechter te stappen.
<#if tasklistUrl?has_content>
Tasklist: ${tasklistUrl}
</#if>
<#if why == "deadline">

De klager kan over een te laat antwoord een klacht indienen bij de ${company.authority.name}.
</#if>

<@c.internalSignature reference=complaint.reference/>
