Subject: Resultaat van uw verzoek om verwijdering (${request.reference})

<#import "common.ftl" as c>
<#assign erasedItems = erased![]>
<#assign anonymisedItems = anonymised![]>
<#assign keptItems = kept![]>
<#assign informed = recipients![]>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} vroeg u ons om uw persoonsgegevens te verwijderen. Hieronder leest u wat we hebben gedaan.

<#if erasedItems?has_content>
Verwijderd

Deze gegevens hebben we verwijderd:
<#list erasedItems as i>
- ${i.system}: ${c.categoryLabel(i.category)}<#if i.count??>, ${c.records(i.count)}</#if>
</#list>

</#if>
<#if anonymisedItems?has_content>
Geanonimiseerd

Deze gegevens hebben we geanonimiseerd. Ze zijn niet meer tot u te herleiden en zijn daarmee geen persoonsgegevens meer:
<#list anonymisedItems as i>
- ${i.system}: ${c.categoryLabel(i.category)}<#if i.count??>, ${c.records(i.count)}</#if>
</#list>

</#if>
<#if keptItems?has_content>
Bewaard

Deze gegevens bewaren we nog, omdat we dat volgens de wet moeten of mogen. Zodra de reden voor het bewaren vervalt, verwijderen we ook deze gegevens.
<#list keptItems as k>
- ${k.system}: ${c.categoryLabel(k.category)}<#if k.count??>, ${c.records(k.count)}</#if>
<#if (k.legalGround)?has_content>
  Waarom: ${c.legalGroundLabel(k.legalGround)}
</#if>
  Hoe lang: <#if (k.until)?has_content>tot ${k.until}<#if (k.keepCondition)?has_content> (${c.keepConditionLabel(k.keepCondition, k.keepPeriodYears!"")})</#if><#elseif (k.keepCondition)?has_content>${c.keepConditionLabel(k.keepCondition, k.keepPeriodYears!"")}<#else>zolang de reden hierboven geldt</#if>
</#list>

</#if>
<#if !erasedItems?has_content && !anonymisedItems?has_content && !keptItems?has_content>
We hebben geen persoonsgegevens over u gevonden die we konden verwijderen.

</#if>
<#if informed?has_content>
We hebben uw verzoek om verwijdering ook doorgegeven aan ${c.andList(informed)}, omdat we uw gegevens aan hen hadden verstrekt.
<#else>
Er zijn geen andere ontvangers van uw gegevens aan wie we uw verzoek om verwijdering moesten doorgeven.
</#if>

Uw verzoek en onze afhandeling ervan bewaren we, zodat we kunnen laten zien hoe we met uw verzoek zijn omgegaan.

<#if keptItems?has_content>
<@c.complaintRights lead="Bent u het er niet mee eens dat we deze gegevens bewaren? Laat het ons dan weten door op deze e-mail te antwoorden. We kijken er dan opnieuw naar."/>

</#if>
<@c.signature reference=request.reference/>
