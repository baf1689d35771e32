Subject: Your privacy request has been closed (${request.reference})

<#import "common.ftl" as c>
<#-- An unconfirmed request's name came from a From header that may be forged. -->
<@c.greeting name=((closedBecause!"") == "notConfirmed")?then("", requesterName!"")/>

<#if (closedBecause!"") == "notConfirmed">
We received a privacy request from this address on ${request.receivedOn}. Because it asks us to change or erase data, we sent a link to this address to confirm that the request comes from you. The request was not confirmed in time.
<#else>
We received your privacy request on ${request.receivedOn}. To be sure that the request really came from you, we asked you for some additional information. We did not receive the information we needed within ${c.days(answerWithinDays)}.
</#if>

We have therefore closed your request. We have not done anything with your data: we have not disclosed it to you, changed it or erased it.

You can file a new request at any time by e-mailing ${company.supportEmail}.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
