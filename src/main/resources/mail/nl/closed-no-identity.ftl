Subject: Uw privacyverzoek is gesloten (${request.reference})

<#import "common.ftl" as c>
<#-- An unconfirmed request's name came from a From header that may be forged. -->
<@c.greeting name=((closedBecause!"") == "notConfirmed")?then("", requesterName!"")/>

<#if (closedBecause!"") == "notConfirmed">
Op ${request.receivedOn} hebben we vanaf dit adres een privacyverzoek ontvangen. Omdat het vraagt om gegevens te wijzigen of te verwijderen, hebben we een link naar dit adres gestuurd om te bevestigen dat het verzoek van u komt. Het verzoek is niet op tijd bevestigd.
<#else>
Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. Om zeker te weten dat het verzoek echt van u kwam, hebben we u om aanvullende informatie gevraagd. Binnen ${c.days(answerWithinDays)} hebben we niet de informatie ontvangen die we daarvoor nodig hadden.
</#if>

Daarom hebben we uw verzoek gesloten. We hebben niets met uw gegevens gedaan: we hebben ze niet aan u verstrekt, niet gewijzigd en niet verwijderd.

U kunt op elk moment een nieuw verzoek indienen door te mailen naar ${company.supportEmail}.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
