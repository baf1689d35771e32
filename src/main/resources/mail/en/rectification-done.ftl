Subject: We have corrected your data (${request.reference})

<#import "common.ftl" as c>
<#assign fields = corrections![]>
<#assign informed = recipients![]>
<@c.greeting name=requesterName!""/>

On ${request.receivedOn} you asked us to correct or complete your personal data. We have done so.
<#if fields?has_content>

We have changed the following data:
<#list fields as f>
- ${c.fieldLabel(f)}
</#list>
</#if>

<#if informed?has_content>
We have also passed on the correction to ${c.andList(informed)}, because we had disclosed this data to them.
<#else>
There are no other recipients of this data to whom we had to pass on the correction.
</#if>

Is anything still not right? Then please reply to this e-mail.

<@c.signature reference=request.reference/>
