Subject: Antwoord op uw privacyverzoek: geen gegevens gevonden (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. We hebben in al onze systemen gezocht naar persoonsgegevens bij het e-mailadres waarmee u uw verzoek stuurde. Behalve uw verzoek zelf hebben we geen persoonsgegevens over u gevonden.

Dat geldt voor de gegevens waarvoor wij zelf verantwoordelijk zijn, bijvoorbeeld van klanten, websitebezoekers en mensen die ons mailen. En het geldt ook voor de gegevens die wij in opdracht van webshops verwerken.

Gebruikt u ook een ander e-mailadres, bijvoorbeeld voor een account of bij een bestelling? Laat het ons dan weten door op deze e-mail te antwoorden. Dan zoeken we ook op dat adres.

Uw verzoek en onze afhandeling ervan bewaren we, zodat we kunnen laten zien hoe we met uw verzoek zijn omgegaan.

<@c.signature reference=request.reference/>
