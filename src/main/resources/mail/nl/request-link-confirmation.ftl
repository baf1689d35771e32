Subject: <#if reminder>Herinnering: </#if>bevestig uw privacyverzoek (${request.reference})

<#import "common.ftl" as c>
<#-- No name: it came from a From header that may be forged. -->
<@c.greeting/>

<#if reminder>
Wij hebben nog geen bevestiging van u ontvangen voor dit verzoek.
<#else>
Wij hebben per e-mail een privacyverzoek ontvangen vanaf dit adres. Het gaat over:
</#if>
<@c.rightsList types=request.types/>

Omdat dit verzoek uw gegevens wijzigt of verwijdert, voeren wij het pas uit als u bevestigt dat het van u komt. Een afzender van een e-mail is namelijk na te maken. Open daarvoor deze link:

${confirmationLink}

De link werkt tot ${expiresAt}. Bevestigt u niet op tijd, dan sluiten wij het verzoek; u kunt het daarna altijd opnieuw indienen.

Heeft u dit verzoek niet gestuurd? Dan kunt u deze e-mail negeren: zonder uw bevestiging wijzigen of verwijderen wij niets.

<@c.signature reference=request.reference/>
