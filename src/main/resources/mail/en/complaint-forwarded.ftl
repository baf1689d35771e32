Subject: Your complaint has been forwarded to ${webshop.name} (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting name=complainantName!""/>

We received your complaint on ${complaint.receivedOn}. We have looked at it: your complaint concerns personal data that we process only on behalf of the webshop ${webshop.name}.

For this data we are only a 'processor'. This means that we store and use it on the webshop's behalf. The webshop is the 'controller': it decides what happens to the data, and so it is also the one that handles your complaint. We are not allowed to decide on it ourselves.

We have therefore forwarded your complaint to ${webshop.name}. The webshop will handle your complaint and let you know what happens. If the webshop instructs us to do something with your data, for example to correct or erase it, we will do so.

You can also contact the webshop directly<#if (webshop.privacyContactEmail)?has_content>, at ${webshop.privacyContactEmail}</#if>.

<@c.complaintRights lead="If you have any questions about the forwarding of your complaint, please reply to this e-mail."/>

<@c.complaintSignature reference=complaint.reference/>
