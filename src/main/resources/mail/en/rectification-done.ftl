Subject: We have corrected your data (${request.reference})

<#import "common.ftl" as c>
<#assign fields = corrections![]>
<#assign informed = recipients![]>
<#assign refused = notCorrected![]>
<@c.greeting name=requesterName!""/>

On ${request.receivedOn} you asked us to correct or complete your personal data. <#if refused?has_content>Below you can read, for each item, what we have done.<#else>We have done so.</#if>
<#if fields?has_content>

We have changed the following data:
<#list fields as f>
- ${c.fieldLabel(f)}
</#list>
</#if>
<#if refused?has_content>

We have not changed:
<#list refused as f>
- ${c.fieldLabel(f)}
</#list>

Why: ${notCorrectedReason}
</#if>

<#if informed?has_content>
We have also passed on the correction to ${c.andList(informed)}, because we had disclosed this data to them.
<#else>
There are no other recipients of this data to whom we had to pass on the correction.
</#if>

<#if refused?has_content>
<@c.complaintRights/>
<#else>
Is anything still not right? Then please reply to this e-mail.
</#if>

<@c.signature reference=request.reference/>
