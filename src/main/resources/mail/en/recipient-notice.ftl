Subject: <#if change == "erasure">Erasure<#else>Correction</#if> of personal data we disclosed to you (${request.reference})

<#import "common.ftl" as c>
<#assign erasure = change == "erasure">
<#assign fromSystems = systems![]>
<@c.greeting name=recipientName!""/>

We have disclosed to you personal data of a person who has asked us to <#if erasure>erase<#else>correct or complete</#if> that data. We have done so. Under Article 19 GDPR, we inform everyone to whom we have disclosed this data.

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
<#else>
Please correct this data on your side as well. If you need the correct data from us, please reply to this e-mail.
</#if>

If you have any questions, please reply to this e-mail and keep the reference ${request.reference} in the subject line.

<@c.signature reference=request.reference/>
