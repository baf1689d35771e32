Subject: We have restricted the use of your data (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

We received your privacy request on ${request.receivedOn}, and we have granted your request to restrict the use of your personal data (Art. 18 GDPR).

This is what we have done:

${details}

From today we only store the data concerned and do nothing else with it: it is kept out of our automatic clean-ups, it is not erased, and we send you no marketing. We will only use it with your consent, or in the cases the law provides for (for example for legal proceedings). We have also told those to whom we disclosed your data.

Before we lift the restriction, we will let you know, and tell you why and from which date.

Do you have any questions? Then please reply to this e-mail.

<@c.signature reference=request.reference/>
