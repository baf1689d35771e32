Subject: Uw privacyverzoek is gesloten (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. Om zeker te weten dat het verzoek echt van u kwam, hebben we u om aanvullende informatie gevraagd. Binnen ${c.days(answerWithinDays)} hebben we niet de informatie ontvangen die we daarvoor nodig hadden.

Daarom hebben we uw verzoek gesloten. We hebben niets met uw gegevens gedaan: we hebben ze niet aan u verstrekt, niet gewijzigd en niet verwijderd.

U kunt op elk moment een nieuw verzoek indienen door te mailen naar ${company.supportEmail}.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
