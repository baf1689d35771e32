Subject: Privacyklacht over gegevens die wij voor u verwerken (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting/>

Wij, ${company.name}, zijn de verwerker van ${webshop.name}: we verwerken persoonsgegevens in uw opdracht. Op ${complaint.receivedOn} ontvingen wij een privacyklacht van iemand over wie wij gegevens voor u verwerken. De klacht gaat over die gegevens. U bent daarvoor de verwerkingsverantwoordelijke en behandelt de klacht dus zelf. Daarom sturen we de klacht aan u door.

De klacht

  Kenmerk: ${complaint.reference}
  Ontvangen door ons op: ${complaint.receivedOn}
<#if (complainantName!"")?trim?has_content>
  Naam: ${complainantName?trim}
</#if>
  E-mailadres: ${complainantEmail}
<#if (complaint.category)?has_content>
  De klacht gaat over: ${c.complaintCategoryLabel(complaint.category)}
</#if>
<#if (complaint.relatedRequest)?has_content>
  Over het privacyverzoek met kenmerk: ${complaint.relatedRequest}
</#if>
<#if complaintText?has_content>

De tekst van de klacht:

----------
${complaintText}
----------
</#if>

Wat we van u vragen

Behandel de klacht als verwerkingsverantwoordelijke en beantwoord de klager zelf. Heeft u daarbij onze hulp nodig, bijvoorbeeld informatie over wat wij met de gegevens hebben gedaan? Of moeten we iets met de gegevens doen? Laat het ons dan weten door op deze e-mail te antwoorden en het kenmerk ${complaint.reference} in de onderwerpregel te laten staan. We helpen u graag (art. 28 lid 3 onder e AVG) en handelen alleen op uw schriftelijke instructie (art. 28 lid 3 onder a AVG).

<#if (complaint.category!"") == "security">
De klacht gaat over de beveiliging van de gegevens. Beoordeel daarom ook of er sprake is van een datalek (art. 33 AVG). Ook daarbij helpen we u (art. 28 lid 3 onder f AVG): laat ons weten welke informatie u van ons nodig heeft.

</#if>
We hebben de klager laten weten dat we de klacht aan u hebben doorgestuurd en dat de klager ook rechtstreeks contact met u kan opnemen.

<@c.complaintSignature reference=complaint.reference/>
