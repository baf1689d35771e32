Subject: We will lift the restriction on the use of your data (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

On ${restrictedOn} we restricted the use of your personal data at your request (Art. 18 GDPR). Before we lift a restriction, we let you know (Art. 18(3) GDPR). We will lift it on ${liftOn}.

The reason:

${reason}

From that date we will use your data again as we did before the restriction, as described in our privacy statement.

<@c.complaintRights lead="Do you disagree? Then please tell us by replying to this e-mail before " + liftOn + "."/>

<@c.signature reference=request.reference/>
