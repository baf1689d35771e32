Subject: Uw privacyverzoek is doorgestuurd naar <#if webshops?size == 1>${webshops[0].name}<#else>de webshops</#if> (${request.reference})

<#import "common.ftl" as c>
<#assign shops = webshops>
<#assign one = shops?size == 1>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. We hebben in onze systemen gezocht en gegevens over u gevonden die we verwerken in opdracht van <#if one>deze webshop<#else>deze webshops</#if>:

<#list shops as w>
- ${w.name}<#if (w.domain)?has_content> (${w.domain})</#if>
<#if (w.privacyContactEmail)?has_content>
  Contact voor privacyvragen: ${w.privacyContactEmail}
</#if>
</#list>

Voor deze gegevens zijn wij alleen 'verwerker'. Dat betekent dat we ze opslaan en gebruiken in opdracht van de webshop. De webshop is 'verwerkingsverantwoordelijke': die bepaalt wat er met de gegevens gebeurt en beslist dus ook over uw verzoek. Wij mogen daar niet zelf over beslissen.

<#if one>
We hebben uw verzoek daarom doorgestuurd naar de webshop. De webshop beslist over uw verzoek en laat u weten wat er gebeurt. Vraagt de webshop ons om uw gegevens bijvoorbeeld te verwijderen of te corrigeren, dan doen we dat.
<#else>
We hebben uw verzoek daarom doorgestuurd naar elk van deze webshops. Elke webshop beslist zelf over uw verzoek en laat u weten wat er gebeurt. Vraagt een webshop ons om uw gegevens bijvoorbeeld te verwijderen of te corrigeren, dan doen we dat.
</#if>

U kunt ook zelf contact opnemen met <#if one>de webshop<#else>de webshops</#if>.

Dit bericht gaat alleen over de gegevens die we voor webshops verwerken. Verwerken we ook gegevens over u waarvoor we zelf verantwoordelijk zijn, bijvoorbeeld omdat u klant bij ons bent? Dan krijgt u daarover een apart bericht.

<@c.signature reference=request.reference/>
