Subject: Uw klacht is doorgestuurd naar ${webshop.name} (${complaint.reference})

<#import "common.ftl" as c>
<@c.greeting name=complainantName!""/>

Op ${complaint.receivedOn} hebben we uw klacht ontvangen. We hebben die bekeken: uw klacht gaat over persoonsgegevens die we alleen verwerken in opdracht van de webshop ${webshop.name}.

Voor deze gegevens zijn wij alleen 'verwerker'. Dat betekent dat we ze opslaan en gebruiken in opdracht van de webshop. De webshop is 'verwerkingsverantwoordelijke': die bepaalt wat er met de gegevens gebeurt en is dus ook degene die uw klacht behandelt. Wij mogen daar niet zelf over beslissen.

We hebben uw klacht daarom doorgestuurd naar ${webshop.name}. De webshop behandelt uw klacht en laat u weten wat ermee gebeurt. Vraagt de webshop ons om iets met uw gegevens te doen, bijvoorbeeld ze te corrigeren of te verwijderen, dan doen we dat.

U kunt ook zelf contact opnemen met de webshop<#if (webshop.privacyContactEmail)?has_content>, via ${webshop.privacyContactEmail}</#if>.

<@c.complaintRights lead="Heeft u vragen over het doorsturen van uw klacht? Antwoord dan op deze e-mail."/>

<@c.complaintSignature reference=complaint.reference/>
