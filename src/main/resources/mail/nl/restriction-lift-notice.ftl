Subject: We heffen de beperking van het gebruik van uw gegevens op (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${restrictedOn} hebben we op uw verzoek het gebruik van uw persoonsgegevens beperkt (art. 18 AVG). Voordat we een beperking opheffen, laten we u dat weten (art. 18 lid 3 AVG). We heffen de beperking op per ${liftOn}.

De reden:

${reason}

Vanaf die datum gebruiken we uw gegevens weer zoals vóór de beperking, zoals beschreven in onze privacyverklaring.

<@c.complaintRights lead="Bent u het er niet mee eens? Laat het ons dan vóór " + liftOn + " weten door op deze e-mail te antwoorden."/>

<@c.signature reference=request.reference/>
