Subject: Data subject request about data we process for you: your instruction needed (${request.reference})

<#import "common.ftl" as c>
<#assign types = (request.types)![]>
<@c.greeting/>

We, ${company.name}, are the processor of ${webshop.name}: we process personal data on your behalf. On ${request.receivedOn} we received a data subject request from a person whose data we process for you. You are the controller of this data, so you decide on the request. That is why we are forwarding it to you.

The request

  Reference: ${request.reference}
  Received by us on: ${request.receivedOn}
<#if requesterName?has_content>
  Name: ${requesterName}
</#if>
  E-mail address: ${requesterEmail}
<#if types?has_content>
  The request concerns:
<#list types as t>
  - ${c.rightName(t)}
</#list>
</#if>
<#if requestText?has_content>

The text of the request:

----------
${requestText}
----------
</#if>
<#if restrictedSince?has_content>

Restriction of processing

This person asked us, for the data we hold as controller, to restrict its processing (Art. 18 GDPR): since ${restrictedSince} we only store that data. This is not a decision about the data we process on your behalf, which is yours to make, but you may want to take it into account.
</#if>

What we ask of you

Please tell us what to do with the data by replying to this e-mail and keeping the reference ${request.reference} in the subject line. For example: provide an overview of the data for access, correct certain data, or erase data.

We act only on your documented instructions (Art. 28(3)(a) GDPR) and will gladly assist you in answering the request (Art. 28(3)(e) GDPR). Until we have your instruction, we will not change or erase anything.

We have told the requester that we forwarded the request to you and that you decide on it. You answer the request yourself.

The deadline

The legal deadline for answering (one month, Art. 12(3) GDPR) applies to you as the controller and runs from the moment you receive the request. For your records: we received it on ${request.receivedOn} and are forwarding it to you with this e-mail.

<@c.signature reference=request.reference/>
