Subject: We hebben meer tijd nodig voor uw privacyverzoek (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. Het lukt ons helaas niet om het binnen de gebruikelijke termijn te beantwoorden. De reden daarvoor is:

${reason}

De privacywet (AVG) staat toe dat we de termijn in zo'n geval met ten hoogste twee maanden verlengen. We beantwoorden uw verzoek nu uiterlijk op ${newDeadline}. Lukt het eerder, dan hoort u eerder van ons.

<@c.complaintRights lead="Bent u het niet eens met deze verlenging? Laat het ons dan weten door op deze e-mail te antwoorden."/>

<@c.signature reference=request.reference/>
