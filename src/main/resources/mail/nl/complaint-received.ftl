Subject: We hebben uw klacht ontvangen (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting name=complainantName!""/>

Bedankt voor uw bericht. Op ${complaint.receivedOn} hebben we uw klacht ontvangen over hoe wij met persoonsgegevens omgaan. Het kenmerk van uw klacht is ${complaint.reference}.

<#if (complaint.relatedRequest)?has_content>
Uw klacht gaat over uw privacyverzoek met kenmerk ${complaint.relatedRequest}.

</#if>
We nemen uw klacht serieus. We zoeken uit wat er is gebeurd en beantwoorden uw klacht zo snel mogelijk, en uiterlijk op ${complaint.deadline}. Hebben we daarvoor meer informatie van u nodig, dan nemen we contact met u op.

<@c.complaintRights lead="We lossen uw klacht het liefst samen met u op."/>

<@c.complaintSignature reference=complaint.reference/>
