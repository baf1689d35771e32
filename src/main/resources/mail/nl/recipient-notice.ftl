Subject: <#if change == "erasure">Verwijdering<#else>Correctie</#if> van persoonsgegevens die wij u verstrekten (${request.reference})

<#import "common.ftl" as c>
<#assign erasure = change == "erasure">
<#assign fromSystems = systems![]>
<@c.greeting name=recipientName!""/>

Wij hebben u in het verleden persoonsgegevens verstrekt van iemand die ons heeft gevraagd die gegevens <#if erasure>te verwijderen<#else>te corrigeren of aan te vullen</#if>. Dat hebben we gedaan. Volgens artikel 19 AVG laten we dit weten aan iedereen aan wie we deze gegevens hebben verstrekt.

Het gaat om:

  Kenmerk: ${request.reference}
<#if requesterName?has_content>
  Naam: ${requesterName}
</#if>
<#if requesterEmail?has_content>
  E-mailadres: ${requesterEmail}
</#if>
<#if fromSystems?has_content>
  Gegevens uit: ${c.andList(fromSystems)}
</#if>

<#if erasure>
Wilt u deze gegevens ook bij u verwijderen, voor zover u ze niet om een andere reden moet bewaren, bijvoorbeeld vanwege een wettelijke bewaarplicht?
<#else>
Wilt u deze gegevens ook bij u corrigeren? Heeft u daarvoor de juiste gegevens van ons nodig, antwoord dan op deze e-mail.
</#if>

Heeft u vragen? Antwoord dan op deze e-mail en laat het kenmerk ${request.reference} in de onderwerpregel staan.

<@c.signature reference=request.reference/>
