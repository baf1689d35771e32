Subject: Ons besluit over uw privacyverzoek (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. Dit bericht gaat over dit deel van uw verzoek:

- ${c.rightLabel(right)}

We hebben besloten dit deel van uw verzoek af te wijzen. De reden daarvoor is:

${reason}

Heeft uw verzoek ook andere onderdelen? Daarover krijgt u een apart bericht, als u dat nog niet heeft gehad.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
