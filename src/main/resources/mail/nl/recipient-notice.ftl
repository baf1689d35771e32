Subject: <#if change == "erasure">Verwijdering<#elseif change == "restriction">Beperking van de verwerking<#elseif change == "restriction-lifted">Einde van de beperking van de verwerking<#else>Correctie</#if> van persoonsgegevens die wij u verstrekten (${request.reference})

<#import "common.ftl" as c>
<#assign erasure = change == "erasure">
<#assign restriction = change == "restriction">
<#assign lifted = change == "restriction-lifted">
<#assign fromSystems = systems![]>
<@c.greeting name=recipientName!""/>

<#if restriction>
Wij hebben u in het verleden persoonsgegevens verstrekt van iemand die ons heeft gevraagd de verwerking ervan te beperken (art. 18 AVG). Dat hebben we gedaan: we bewaren die gegevens nu alleen nog. Volgens artikel 19 AVG laten we dit weten aan iedereen aan wie we deze gegevens hebben verstrekt.
<#elseif lifted>
Eerder lieten we u weten dat we de verwerking van iemands gegevens hadden beperkt (art. 18 AVG). Die beperking hebben we nu opgeheven, nadat we het de betrokkene eerst hebben laten weten.
<#else>
Wij hebben u in het verleden persoonsgegevens verstrekt van iemand die ons heeft gevraagd die gegevens <#if erasure>te verwijderen<#else>te corrigeren of aan te vullen</#if>. Dat hebben we gedaan. Volgens artikel 19 AVG laten we dit weten aan iedereen aan wie we deze gegevens hebben verstrekt.
</#if>

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
<#elseif restriction>
Wilt u de verwerking van deze gegevens ook bij u beperken: bewaren, maar alleen gebruiken met toestemming van de betrokkene of waar de wet het toestaat (bijvoorbeeld voor een rechtsvordering), tot wij u laten weten dat de beperking is opgeheven?
<#elseif lifted>
De beperking die we u voor deze gegevens vroegen in acht te nemen, is afgelopen.
<#else>
Wilt u deze gegevens ook bij u corrigeren? Heeft u daarvoor de juiste gegevens van ons nodig, antwoord dan op deze e-mail.
</#if>

Heeft u vragen? Antwoord dan op deze e-mail en laat het kenmerk ${request.reference} in de onderwerpregel staan.

<@c.signature reference=request.reference/>
