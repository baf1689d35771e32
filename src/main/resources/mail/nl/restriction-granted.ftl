Subject: We hebben het gebruik van uw gegevens beperkt (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. We hebben uw verzoek toegewezen om het gebruik van uw persoonsgegevens te beperken (art. 18 AVG).

Dit hebben we gedaan:

${details}

Vanaf vandaag bewaren we de betreffende gegevens alleen nog, en doen we er verder niets mee: ze vallen buiten onze automatische opschoning, we verwijderen ze niet en we sturen u geen marketing. Alleen met uw toestemming, of in de gevallen die de wet noemt (bijvoorbeeld voor een rechtszaak), gebruiken we ze nog. Ook hebben we het laten weten aan wie wij uw gegevens hebben verstrekt.

Voordat we de beperking opheffen, laten we u dat weten, met de reden en de datum waarop dat gebeurt.

Heeft u nog vragen? Antwoord dan op deze e-mail.

<@c.signature reference=request.reference/>
