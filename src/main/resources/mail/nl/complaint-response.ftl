Subject: Ons antwoord op uw klacht (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting name=complainantName!""/>

Op ${complaint.receivedOn} hebben we uw klacht ontvangen. We hebben uw klacht onderzocht. Dit is ons antwoord:

${responseText}

<@c.complaintRights lead="Bent u niet tevreden met dit antwoord? Antwoord dan binnen ${c.days(replyWithinDays)} op deze e-mail, met het kenmerk ${complaint.reference} in de onderwerpregel, en laat ons weten wat er volgens u nog niet goed is. Ons management beoordeelt uw klacht dan opnieuw en u krijgt een definitief antwoord. Horen we binnen ${c.days(replyWithinDays)} niets van u, dan beschouwen we uw klacht als afgehandeld."/>

<@c.complaintSignature reference=complaint.reference/>
