Subject: Privacyverzoek over gegevens die wij voor u verwerken: graag uw instructie (${request.reference})

<#import "common.ftl" as c>
<#assign types = (request.types)![]>
<@c.greeting/>

Wij, ${company.name}, zijn de verwerker van ${webshop.name}: we verwerken persoonsgegevens in uw opdracht. Op ${request.receivedOn} ontvingen wij een privacyverzoek van iemand over wie wij gegevens voor u verwerken. U bent voor deze gegevens de verwerkingsverantwoordelijke en beslist dus over het verzoek. Daarom sturen we het aan u door.

Het verzoek

  Kenmerk: ${request.reference}
  Ontvangen door ons op: ${request.receivedOn}
<#if requesterName?has_content>
  Naam: ${requesterName}
</#if>
  E-mailadres: ${requesterEmail}
<#if types?has_content>
  Het verzoek gaat over:
<#list types as t>
  - ${c.rightName(t)}
</#list>
</#if>
<#if requestText?has_content>

De tekst van het verzoek:

----------
${requestText}
----------
</#if>
<#if restrictedSince?has_content>

Beperking van de verwerking

Deze persoon heeft ons, voor de gegevens waarvoor wij zelf verantwoordelijk zijn, gevraagd de verwerking te beperken (art. 18 AVG): sinds ${restrictedSince} bewaren we die gegevens alleen nog. Dat is geen besluit over de gegevens die wij voor u verwerken, daarover beslist u, maar u kunt er rekening mee houden.
</#if>

Wat we van u vragen

Laat ons weten wat we met de gegevens moeten doen, door op deze e-mail te antwoorden en het kenmerk ${request.reference} in de onderwerpregel te laten staan. Bijvoorbeeld: een overzicht van de gegevens aanleveren voor inzage, bepaalde gegevens corrigeren of gegevens verwijderen.

Wij handelen alleen op uw schriftelijke instructie (art. 28 lid 3 onder a AVG) en helpen u graag om het verzoek te beantwoorden (art. 28 lid 3 onder e AVG). Tot we uw instructie hebben, wijzigen of verwijderen we niets.

We hebben de aanvrager laten weten dat we het verzoek aan u hebben doorgestuurd en dat u erover beslist. U beantwoordt het verzoek zelf.

De termijn

De wettelijke termijn om te antwoorden (één maand, art. 12 lid 3 AVG) geldt voor u als verwerkingsverantwoordelijke en loopt vanaf het moment dat u het verzoek ontvangt. Voor uw administratie: wij ontvingen het op ${request.receivedOn} en sturen het u hierbij door.

<@c.signature reference=request.reference/>
