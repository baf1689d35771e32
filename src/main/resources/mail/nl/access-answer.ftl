Subject: Inzage in uw persoonsgegevens (${request.reference})

<#import "common.ftl" as c>
<#assign found = sources![]>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} vroeg u ons welke persoonsgegevens we over u verwerken. In de bijlagen van deze e-mail vindt u het antwoord.

<#if found?has_content>
We hebben gegevens over u gevonden in deze systemen:
<#list found as s>
- ${s.name}<#if s.recordCount??>: ${c.records(s.recordCount)}</#if>
</#list>

</#if>
Wat zit er in de bijlagen?

1. Een overzicht om te lezen (een HTML-bestand dat u in uw webbrowser opent). Daarin ziet u per systeem en per soort gegevens:
   - welke gegevens we over u hebben;
   - waarvoor we ze gebruiken, en op welke grond;
   - aan wie we ze verstrekken, met naam en land, bijvoorbeeld dienstverleners die we inschakelen (subverwerkers);
   - hoe lang we ze bewaren;
   - waar we ze vandaan hebben.
   Daarna ziet u wat we bijhouden over uw eerdere verzoeken, klachten en e-mails aan ons, en of we geautomatiseerd over u beslissen.

2. Een machineleesbare kopie van uw gegevens (een zipbestand met een JSON-bestand, en per tabel een CSV-bestand dat u in een spreadsheet kunt openen).<#if (request.types![])?seq_contains("portability")> In de map "portability" staan de gegevens die u zelf aan ons gaf, om aan een andere organisatie te geven (dataportabiliteit).</#if>

De bijlagen bevatten uw persoonsgegevens. Bewaar ze daarom op een veilige plek.

Wat kunt u nu doen?

- Klopt er iets niet, of is iets onvolledig? Dan kunt u ons vragen het te corrigeren of aan te vullen.
- U kunt ons vragen gegevens te verwijderen. Gegevens die we volgens de wet moeten bewaren, zoals onze financiële administratie, verwijderen we pas als de wettelijke bewaartermijn voorbij is.
- U kunt ons vragen het gebruik van uw gegevens te beperken, of bezwaar maken tegen het gebruik ervan.

Antwoord hiervoor op deze e-mail, of mail naar ${company.supportEmail}.

<@c.complaintRights lead="Heeft u een klacht over de manier waarop wij met uw persoonsgegevens omgaan? Laat het ons dan weten. We nemen uw klacht serieus."/>

<@c.signature reference=request.reference/>
