Subject: Uw privacyverzoek is te laat: we hebben niet op tijd geantwoord (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Wij ontvingen uw privacyverzoek op ${request.receivedOn} en hadden het uiterlijk ${request.deadline} moeten beantwoorden. Dat is ons niet gelukt. Onze excuses daarvoor.

Uw verzoek ligt nu bij onze privacymanagers. Zij zorgen ervoor dat het zo snel mogelijk wordt beantwoord. U hoeft niets te doen: we schrijven u zodra we het hebben beantwoord.

<@c.complaintRights lead="Wilt u niet langer wachten, of bent u het niet eens met hoe we met uw verzoek omgaan? Laat het ons dan weten door op deze e-mail te antwoorden."/>

<@c.signature reference=request.reference/>
