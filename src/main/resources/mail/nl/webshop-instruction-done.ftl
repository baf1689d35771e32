Subject: Uw instructie over ${consumerEmail}: <#if !confirmed>niet uitgevoerd<#elseif !dataFound>geen gegevens<#else>wat wij hebben gedaan</#if> (${request.reference})

<#import "common.ftl" as c>
<#assign erasedItems = erased![]>
<#assign fields = correctedFields![]>
<@c.greeting/>

Op ${request.receivedOn} gaf u, ${webshop.name}, ons een instructie over de persoonsgegevens van ${consumerEmail} die wij voor u verwerken (het verzoek dat wij u doorstuurden onder ${aboutReference}). Als uw verwerker handelen wij alleen op uw schriftelijke instructie (art. 28 lid 3 onder a AVG). Dit is wat we hebben gedaan.

<#if !confirmed>
We hebben de instructie niet uitgevoerd en niets gewijzigd. Niet kon worden vastgesteld dat de e-mail van uw domein kwam, en we konden de instructie niet langs een andere weg bij u bevestigen. Is de instructie van u? Bevestig haar dan door op deze e-mail te antwoorden, of bel ons.
<#elseif !dataFound>
Wij verwerken voor ${webshop.name} geen persoonsgegevens van ${consumerEmail}. Er viel dus niets te wijzigen.
<#else>
<#if erasedItems?has_content>
Verwijderd

We hebben de gegevens die wij voor u over deze persoon bewaarden verwijderd:
<#list erasedItems as i>
- ${i.system}: ${c.categoryLabel(i.category)}, ${c.records(i.count)}
</#list>

</#if>
<#if erasureRefused!false>
Niet verwijderd

We hebben de gegevens niet verwijderd.<#if refusalReason??> Waarom: ${refusalReason}</#if>

</#if>
<#if fields?has_content>
Gecorrigeerd

We hebben in de gegevens die wij voor u over deze persoon bewaren gecorrigeerd:
<#list fields as f>
- ${c.fieldLabel(f)}
</#list>

</#if>
<#if correctionRefused!false>
Niet gecorrigeerd

We hebben de correctie niet doorgevoerd.<#if refusalReason??> Waarom: ${refusalReason}</#if>

</#if>
</#if>
U beantwoordt het verzoek van deze persoon zelf, als verwerkingsverantwoordelijke. Wij hebben hem of haar niet over uw instructie geschreven.

<@c.signature reference=request.reference/>
