Subject: Ons definitieve antwoord op uw klacht (${complaint.reference})

<#import "common.ftl" as c>
<#assign why = reason!"">
<@c.greeting name=complainantName!""/>

Op ${complaint.receivedOn} hebben we uw klacht ontvangen. <#if why == "dissatisfied">U was niet tevreden met ons eerste antwoord. Ons management heeft uw klacht daarom opnieuw beoordeeld.<#else>Ons management heeft uw klacht beoordeeld.</#if>

<#if why == "deadline">
Het spijt ons dat u ons antwoord later krijgt dan we u hadden beloofd<#if (complaint.deadline)?has_content> (uiterlijk op ${complaint.deadline})</#if>.

</#if>
<#if outcome?has_content>
Ons oordeel: uw klacht is ${c.complaintOutcomeLabel(outcome)}.

</#if>
${finalAnswer}

<@c.complaintRights lead="Hiermee is de behandeling van uw klacht bij ons afgerond. Bent u het niet eens met ons antwoord?"/>

<@c.complaintSignature reference=complaint.reference/>
