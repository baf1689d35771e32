Subject: We hebben uw privacyverzoek ontvangen (${request.reference})

<#import "common.ftl" as c>
<#assign types = (request.types)![]>
<@c.greeting name=requesterName!""/>

Bedankt voor uw bericht. Op ${request.receivedOn} hebben we uw privacyverzoek ontvangen. Het kenmerk van uw verzoek is ${request.reference}.

<#if types?has_content>
Uw verzoek gaat over:
<@c.rightsList types=types/>

</#if>
<#if types?seq_contains("unclear")>
Het is ons nog niet helemaal duidelijk wat u precies van ons vraagt. Als dat nodig is, nemen we contact met u op.

</#if>
We beantwoorden uw verzoek zo snel mogelijk, en uiterlijk op ${request.deadline}.

Mogelijk vragen we u eerst om te bevestigen dat het verzoek echt van u komt. Zo voorkomen we dat persoonsgegevens bij de verkeerde persoon terechtkomen. We vragen daarbij nooit meer dan nodig is.

Heeft u dit verzoek niet zelf ingediend? Laat het ons dan weten door op deze e-mail te antwoorden.

<@c.signature reference=request.reference/>
