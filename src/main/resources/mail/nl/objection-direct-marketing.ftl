Subject: We gebruiken uw gegevens niet meer voor direct marketing (${request.reference})

<#import "common.ftl" as c>
<#assign ended = systems![]>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. U maakt bezwaar tegen het gebruik van uw persoonsgegevens voor direct marketing. Dat recht heeft u altijd (art. 21 lid 2 en 3 AVG), dus we hebben uw bezwaar toegewezen.

<#if ended?has_content>
We hebben de direct marketing aan u beëindigd in: ${c.andList(ended)}.
<#else>
We gebruikten uw gegevens in geen van onze systemen voor direct marketing.
</#if>

Ook hebben we uw e-mailadres op onze lijst gezet van adressen die geen direct marketing ontvangen, zodat het niet opnieuw wordt toegevoegd. We bewaren daarvoor alleen een gecodeerde vorm van het adres, niet het adres zelf.

Heeft u nog vragen? Antwoord dan op deze e-mail.

<@c.signature reference=request.reference/>
