Subject: We hebben uw verzoek uitgevoerd (${request.reference})

<#import "common.ftl" as c>
<#assign granted = rights![]>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. We hebben uw verzoek toegewezen.<#if granted?has_content> Het ging om:</#if>
<@c.rightsList types=granted/>

Dit hebben we gedaan:

${details}

<#if granted?seq_contains("restriction")>
Beperking betekent dat we de betreffende gegevens wel bewaren, maar er verder niets mee doen. Alleen met uw toestemming, of in de gevallen die de wet noemt (bijvoorbeeld voor een rechtszaak), gebruiken we ze nog. Voordat we de beperking opheffen, laten we u dat weten.

</#if>
<#if granted?seq_contains("objection")>
Omdat we uw bezwaar hebben toegewezen, gebruiken we de betreffende gegevens niet meer voor het doel waartegen u bezwaar maakte.

</#if>
Heeft u nog vragen? Antwoord dan op deze e-mail.

<@c.signature reference=request.reference/>
