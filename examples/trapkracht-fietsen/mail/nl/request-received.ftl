Subject: Uw privacyverzoek is binnen (${request.reference})

<#import "common.ftl" as c>
<#assign types = (request.types)![]>
<@c.greeting name=requesterName!""/>

Dank voor uw bericht aan Trapkracht Fietsen. We kregen uw verzoek op ${request.receivedOn}; we noemen het ${request.reference}. Noemt u dat kenmerk als u ons erover schrijft of in de winkel komt.

<#if types?has_content>
U vraagt om:
<@c.rightsList types=types/>

</#if>
<#if types?seq_contains("unclear")>
We weten nog niet precies wat u van ons vraagt. Als dat nodig is, bellen of mailen we u.

</#if>
U hoort uiterlijk op ${request.deadline} van ons, meestal veel eerder.

Soms vragen we eerst of het verzoek echt van u komt, zodat uw gegevens niet bij een ander terechtkomen. Een kopie van uw paspoort of rijbewijs vragen we nooit.

Kwam dit verzoek niet van u? Antwoord dan op deze e-mail, dan kijken we ernaar.

<@c.signature reference=request.reference/>
