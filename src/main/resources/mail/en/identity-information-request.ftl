Subject: We need more information for your privacy request (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. Before we can handle it, we need to be sure that the request really comes from you. This is to make sure that your personal data does not end up with someone else.

For this, we need the following from you:

${informationNeeded}

Please send this by replying to this e-mail, and keep the reference ${request.reference} in the subject line so that we can match your answer to your request. Please send only what we ask for above. Please do not send a copy of your passport, identity card or driving licence: we never ask for one.

As soon as we have your answer, we will continue with your request. If we do not hear from you within ${c.days(answerWithinDays)}, we will close your request. You can always file a new request after that.

<@c.signature reference=request.reference/>
