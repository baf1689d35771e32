Subject: <#if change == "erasure">Erasure<#elseif change == "restriction">Restriction of the processing<#elseif change == "restriction-lifted">End of the restriction of the processing<#else>Correction</#if> of personal data we disclosed to you (${request.reference})

<#import "common.ftl" as c>
<#assign erasure = change == "erasure">
<#assign restriction = change == "restriction">
<#assign lifted = change == "restriction-lifted">
<#assign fromSystems = systems![]>
<@c.greeting name=recipientName!""/>

<#if restriction>
We have disclosed to you personal data of a person who has asked us to restrict its processing (Art. 18 GDPR). We have done so: we now only store that data. Under Article 19 GDPR, we inform everyone to whom we have disclosed this data.
<#elseif lifted>
We told you earlier that we had restricted the processing of a person's data (Art. 18 GDPR). We have now lifted that restriction, after telling the person first.
<#else>
We have disclosed to you personal data of a person who has asked us to <#if erasure>erase<#else>correct or complete</#if> that data. We have done so. Under Article 19 GDPR, we inform everyone to whom we have disclosed this data.
</#if>

It concerns:

  Reference: ${request.reference}
<#if requesterName?has_content>
  Name: ${requesterName}
</#if>
<#if requesterEmail?has_content>
  E-mail address: ${requesterEmail}
</#if>
<#if fromSystems?has_content>
  Data from: ${c.andList(fromSystems)}
</#if>

<#if erasure>
Please erase this data on your side as well, unless you must keep it for another reason, for example a legal retention duty.
<#elseif restriction>
Please restrict the processing of this data on your side as well: store it, but use it only with the person's consent or where the law allows (for example for legal claims), until we tell you the restriction has ended.
<#elseif lifted>
The restriction we asked you to observe for this data has ended.
<#else>
Please correct this data on your side as well. If you need the correct data from us, please reply to this e-mail.
</#if>

If you have any questions, please reply to this e-mail and keep the reference ${request.reference} in the subject line.

<@c.signature reference=request.reference/>
