Subject: Your privacy request has been forwarded to <#if webshops?size == 1>${webshops[0].name}<#else>the webshops</#if> (${request.reference})

<#import "common.ftl" as c>
<#assign shops = webshops>
<#assign one = shops?size == 1>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. We have searched our systems and found data about you that we process on behalf of <#if one>this webshop<#else>these webshops</#if>:

<#list shops as w>
- ${w.name}<#if (w.domain)?has_content> (${w.domain})</#if>
<#if (w.privacyContactEmail)?has_content>
  Contact for privacy questions: ${w.privacyContactEmail}
</#if>
</#list>

For this data we are only a 'processor'. This means that we store and use it on the webshop's behalf. The webshop is the 'controller': it decides what happens to the data, and so it also decides on your request. We are not allowed to decide on it ourselves.

<#if one>
We have therefore forwarded your request to the webshop. The webshop will decide on your request and let you know what happens. If the webshop instructs us to, for example, erase or correct your data, we will do so.
<#else>
We have therefore forwarded your request to each of these webshops. Each webshop will decide on your request and let you know what happens. If a webshop instructs us to, for example, erase or correct your data, we will do so.
</#if>

You can also contact <#if one>the webshop<#else>the webshops</#if> directly.

This message only concerns the data we process for webshops. If we also hold data about you that we are responsible for ourselves, for example because you are our customer, you will receive a separate message about it.

<@c.signature reference=request.reference/>
