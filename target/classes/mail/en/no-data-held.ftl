Subject: Answer to your privacy request: no personal data found (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}. We have searched all our systems for personal data linked to the e-mail address you sent your request from. Apart from your request itself, we found no personal data about you.

This applies to the data we are responsible for ourselves, such as data about customers, website visitors and people who e-mail us. It also applies to the data we process on behalf of webshops.

Do you also use another e-mail address, for example for an account or when placing an order? Then please let us know by replying to this e-mail, and we will search for that address as well.

We keep your request and the way we handled it, so that we can show how we dealt with your request.

<@c.signature reference=request.reference/>
