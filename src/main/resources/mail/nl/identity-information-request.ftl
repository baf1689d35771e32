Subject: Graag meer informatie voor uw privacyverzoek (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. Voordat we het kunnen behandelen, moeten we zeker weten dat het verzoek echt van u komt. Zo voorkomen we dat uw persoonsgegevens bij iemand anders terechtkomen.

Daarvoor hebben we het volgende van u nodig:

${informationNeeded}

Wilt u dit sturen door op deze e-mail te antwoorden? Laat het kenmerk ${request.reference} in de onderwerpregel staan, dan kunnen we uw antwoord aan uw verzoek koppelen. Stuur alstublieft alleen wat we hierboven vragen. Stuur geen kopie van uw paspoort, identiteitskaart of rijbewijs: daar vragen we nooit om.

Zodra we uw antwoord hebben, gaan we verder met uw verzoek. Horen we binnen ${c.days(answerWithinDays)} niets van u, dan sluiten we uw verzoek. U kunt daarna altijd een nieuw verzoek indienen.

<@c.signature reference=request.reference/>
