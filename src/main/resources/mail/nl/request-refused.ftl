Subject: Ons besluit over uw privacyverzoek (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. We hebben besloten uw verzoek niet uit te voeren.<#if (refusalGround!"") == "unfounded"> We vinden het kennelijk ongegrond (art. 12 lid 5 AVG).<#elseif (refusalGround!"") == "excessive"> We vinden het buitensporig, met name omdat het een eerder verzoek herhaalt (art. 12 lid 5 AVG).</#if> De reden daarvoor is:

${reason}

<@c.complaintRights/>

<@c.signature reference=request.reference/>
