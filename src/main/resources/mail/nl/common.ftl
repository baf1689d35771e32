<#--
  Shared pieces of the Dutch mails: greeting, signature, the right to complain and to go to court,
  and the Dutch labels of the codes the process uses (rights, corrected fields). The data categories are the
  company's own: their words come from its connector configuration (privacy.connectors.categories), as the shared
  variable categories (per code: label, description, recordDate).
  Imported by every mail with <#import "common.ftl" as c>. Reads company.* from the data model.
-->
<#assign rightLabels = {
  "access": "inzage in uw persoonsgegevens",
  "rectification": "correctie of aanvulling van uw persoonsgegevens",
  "erasure": "verwijdering van uw persoonsgegevens",
  "restriction": "beperking van het gebruik van uw persoonsgegevens",
  "portability": "een machineleesbare kopie van uw gegevens (dataportabiliteit)",
  "objection": "bezwaar tegen het gebruik van uw persoonsgegevens",
  "unclear": "een vraag of verzoek dat we nog met u moeten verduidelijken"
}>
<#-- The same rights, named for a controller (a webshop) rather than for the person who asked. -->
<#assign rightNames = {
  "access": "recht op inzage (art. 15 AVG)",
  "rectification": "recht op rectificatie (art. 16 AVG)",
  "erasure": "recht op gegevenswissing (art. 17 AVG)",
  "restriction": "recht op beperking van de verwerking (art. 18 AVG)",
  "portability": "recht op overdraagbaarheid van gegevens (art. 20 AVG)",
  "objection": "recht van bezwaar (art. 21 AVG)",
  "unclear": "nog niet duidelijk welk recht (zie de tekst van het verzoek)"
}>
<#assign fieldLabels = {
  "contactName": "naam contactpersoon",
  "email": "e-mailadres",
  "phone": "telefoonnummer",
  "billingAddress": "factuuradres",
  "postalCode": "postcode",
  "city": "plaats",
  "other": "iets anders dat u wilde laten wijzigen"
}>

<#-- Grounds for keeping data (codes of processes/retention-policy.dmn); any other text is shown as it is. -->
<#assign legalGroundLabels = {
  "fiscal-retention": "de wettelijke bewaarplicht voor onze financiële administratie (fiscale bewaarplicht)",
  "contract": "we hebben deze gegevens nodig om de overeenkomst met u uit te voeren",
  "legal-claims": "we hebben deze gegevens nodig om bij een eventueel geschil te kunnen aantonen wat er is afgesproken",
  "returning-customer": "bewaard zodat we u beter kunnen helpen als u later opnieuw klant wordt",
  "processor-contract": "we bewaren deze gegevens voor de webshop, onder haar overeenkomst met ons"
}>

<#--
  The retention policy's periods in words (processes/retention-policy.dmn): what happens when the period is over,
  and the period itself. What a category's own date is called ("your visit") comes with the category.
-->
<#assign thenLabels = { "ERASE": "verwijderd", "ANONYMISE": "geanonimiseerd", "KEEP": "bewaard" }>

<#function thenLabel code>
  <#return thenLabels[code]!code>
</#function>

<#-- "1 dag", "30 dagen", "14 maanden", "7 jaar". -->
<#function periodLabel amount unit>
  <#if unit == "years"><#return amount + " jaar"></#if>
  <#if unit == "months"><#return (amount == 1)?then("1 maand", amount + " maanden")></#if>
  <#return (amount == 1)?then("1 dag", amount + " dagen")>
</#function>

<#function recordDateLabel category>
  <#return (categories[category].recordDate)!"de datum van de registratie">
</#function>

<#-- Label of a right, addressed to the person who asked: "inzage in uw persoonsgegevens". -->
<#function rightLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return rightLabels[code]!code>
</#function>

<#-- Name of a right with its article, for a controller: "recht op inzage (art. 15 AVG)". -->
<#function rightName code>
  <#if !code?has_content><#return ""></#if>
  <#return rightNames[code]!code>
</#function>

<#function categoryLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return (categories[code].label)!code>
</#function>

<#-- The company's description of a category, where its configuration gives one. -->
<#function categoryDescription code>
  <#if !code?has_content><#return ""></#if>
  <#return (categories[code].description)!"">
</#function>

<#function fieldLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return fieldLabels[code]!code>
</#function>

<#function legalGroundLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return legalGroundLabels[code]!code>
</#function>

<#--
  How long data is kept when no date can be given yet: the codes while-customer and after-relationship
  (with the number of years); any other text is shown as it is.
-->
<#function keepConditionLabel code years="">
  <#if !code?has_content><#return ""></#if>
  <#if code == "while-customer"><#return "zolang u klant bij ons bent"></#if>
  <#if code == "after-relationship">
    <#if years?is_number && years gt 0><#return "tot " + years + " jaar nadat u geen klant meer bij ons bent"></#if>
    <#return "na het einde van uw klantrelatie, zolang de wet dat vereist">
  </#if>
  <#return code>
</#function>

<#-- "A", "A en B", "A, B en C". -->
<#function andList items>
  <#if !items?has_content><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..(items?size - 2)]?join(", ") + " en " + items?last>
</#function>

<#-- "1 dag", "14 dagen". -->
<#function days n>
  <#if n?is_number && n == 1><#return "1 dag"></#if>
  <#return n + " dagen">
</#function>

<#-- "1 registratie", "12 registraties": the number of records found in a system. -->
<#function records n>
  <#if n?is_number && n == 1><#return "1 registratie"></#if>
  <#return n + " registraties">
</#function>

<#macro greeting name="">
<#if name?trim?has_content>Beste ${name?trim},<#else>Goedendag,</#if>
</#macro>

<#-- One line per requested right, as a list. -->
<#macro rightsList types>
<#list types as t>
- ${rightLabel(t)}
</#list>
</#macro>

<#--
  The right to complain to the supervisory authority and to go to court (AVG art. 12(4), 15(1)(f), 77, 79).
  lead: the sentence before it; by default the one for a decision the person may disagree with.
-->
<#macro complaintRights lead="">
<#if lead?has_content>
${lead}
<#else>
Bent u het niet eens met dit besluit? Laat het ons dan weten door op deze e-mail te antwoorden. We kijken er dan opnieuw naar.
</#if>

U heeft ook altijd het recht om een klacht in te dienen bij de toezichthouder:

  ${company.authority.name}
<#if (company.authority.website)?has_content>
  ${company.authority.website}
</#if>
<#if (company.authority.address)?has_content>
  ${company.authority.address}
</#if>

Daarnaast kunt u naar de rechter stappen.
</#macro>

<#macro signature reference>
Met vriendelijke groet,

${company.name}
${company.supportEmail}

Kenmerk: ${reference}
Vermeld dit kenmerk als u ons over dit verzoek mailt.
</#macro>

<#-- Sign-off of the mails to our own staff. -->
<#macro internalSignature reference>
${company.name}, privacyverzoeken (automatisch bericht)
Kenmerk: ${reference}
</#macro>

<#-- Privacy complaints -->

<#-- What a complaint is about (codes of the form assess-complaint), as in "De klacht gaat over: ...". -->
<#assign complaintCategoryLabels = {
  "lateAnswer": "een laat of ontbrekend antwoord op een privacyverzoek",
  "wrongProcessing": "persoonsgegevens die verkeerd zijn verwerkt",
  "security": "de beveiliging van persoonsgegevens of een datalek",
  "marketing": "marketing of ongewenste berichten",
  "other": "iets anders (zie de tekst van de klacht)"
}>
<#-- The outcome of a complaint (codes of the forms respond-to-complainant and review-escalated-complaint). -->
<#assign complaintOutcomeLabels = {
  "upheld": "gegrond",
  "partlyUpheld": "gedeeltelijk gegrond",
  "notUpheld": "ongegrond"
}>

<#function complaintCategoryLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return complaintCategoryLabels[code]!code>
</#function>

<#-- "gegrond", "gedeeltelijk gegrond", "ongegrond", as in "Uw klacht is ...". -->
<#function complaintOutcomeLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return complaintOutcomeLabels[code]!code>
</#function>

<#-- Sign-off of the mails about a complaint (the signature macro speaks of a request). -->
<#macro complaintSignature reference>
Met vriendelijke groet,

${company.name}
${company.supportEmail}

Kenmerk: ${reference}
Vermeld dit kenmerk als u ons over deze klacht mailt.
</#macro>
