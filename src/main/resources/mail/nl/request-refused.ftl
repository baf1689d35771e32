Subject: Ons besluit over uw privacyverzoek (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. We hebben besloten uw verzoek niet uit te voeren. De reden daarvoor is:

${reason}

<@c.complaintRights/>

<@c.signature reference=request.reference/>
