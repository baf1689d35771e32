Subject: Please confirm your privacy request

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Someone, probably you, filled in the privacy request form on our website with this e-mail address. Your request concerns:
<@c.rightsList types=types/>

We only start on the request once you confirm that this address is yours. Please open this link:

${confirmationLink}

The link works once and until ${expiresAt}. After that, please fill in the form again.

Did you not fill in the form? Then you can ignore this e-mail: without your confirmation nothing happens, and we delete the details within two days.

Kind regards,

${company.name}
${company.supportEmail}
