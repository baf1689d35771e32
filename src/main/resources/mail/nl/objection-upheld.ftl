Subject: We hebben uw bezwaar toegewezen (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. U maakt, vanwege uw specifieke situatie, bezwaar tegen het gebruik van uw persoonsgegevens (art. 21 lid 1 AVG). We hebben uw bezwaar gewogen en toegewezen. Onze redenen, en wat we niet meer doen:

${reasons}

Heeft u nog vragen? Antwoord dan op deze e-mail.

<@c.signature reference=request.reference/>
