Subject: We have not made a further copy of your data (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

On ${request.receivedOn} you asked us for a further copy of your personal data, and we told you the fee for it. We have not heard that you want the copy for that fee, so we have not made it and charge you nothing.

You can ask again at any time.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
