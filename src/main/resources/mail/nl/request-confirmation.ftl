Subject: Bevestig uw privacyverzoek

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Iemand, waarschijnlijk u, heeft met dit e-mailadres het formulier voor privacyverzoeken op onze website ingevuld. Uw verzoek gaat over:
<@c.rightsList types=types/>

Wij nemen het verzoek pas in behandeling als u bevestigt dat dit adres van u is. Open daarvoor deze link:

${confirmationLink}

De link werkt één keer en tot ${expiresAt}. Daarna kunt u het formulier opnieuw invullen.

Heeft u het formulier niet ingevuld? Dan kunt u deze e-mail negeren: zonder uw bevestiging gebeurt er niets, en wij verwijderen de gegevens binnen twee dagen.

Met vriendelijke groet,

${company.name}
${company.supportEmail}
