Subject: We hebben uw gegevens gecorrigeerd (${request.reference})

<#import "common.ftl" as c>
<#assign fields = corrections![]>
<#assign informed = recipients![]>
<#assign refused = notCorrected![]>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} vroeg u ons om uw persoonsgegevens te corrigeren of aan te vullen. <#if refused?has_content>Hieronder leest u per onderdeel wat we hebben gedaan.<#else>Dat hebben we gedaan.</#if>
<#if fields?has_content>

We hebben de volgende gegevens aangepast:
<#list fields as f>
- ${c.fieldLabel(f)}
</#list>
</#if>
<#if refused?has_content>

We hebben niet aangepast:
<#list refused as f>
- ${c.fieldLabel(f)}
</#list>

Waarom: ${notCorrectedReason}
</#if>

<#if informed?has_content>
We hebben de correctie ook doorgegeven aan ${c.andList(informed)}, omdat we deze gegevens aan hen hadden verstrekt.
<#else>
Er zijn geen andere ontvangers van deze gegevens aan wie we de correctie moesten doorgeven.
</#if>

<#if refused?has_content>
<@c.complaintRights/>
<#else>
Klopt er nog iets niet? Antwoord dan op deze e-mail.
</#if>

<@c.signature reference=request.reference/>
