Subject: Ons besluit over uw bezwaar (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. U maakt, vanwege uw specifieke situatie, bezwaar tegen het gebruik van uw persoonsgegevens (art. 21 lid 1 AVG). We hebben uw belangen tegen de onze afgewogen en besloten uw bezwaar af te wijzen. We mogen alleen doorgaan als we dwingende gerechtvaardigde gronden hebben die zwaarder wegen dan uw belangen, rechten en vrijheden, of als we de gegevens nodig hebben voor een rechtsvordering. Onze redenen:

${reasons}

Heeft uw verzoek nog andere onderdelen? Daarover krijgt u een apart bericht, als u dat nog niet heeft gehad.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
