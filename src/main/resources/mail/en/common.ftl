<#--
  Shared pieces of the English mails: greeting, signature, the right to complain and to go to court,
  and the English labels of the codes the process uses (rights, corrected fields). The data categories are the
  company's own: their words come from its connector configuration (privacy.connectors.categories), as the shared
  variable categories (per code: label, description, recordDate).
  Imported by every mail with <#import "common.ftl" as c>. Reads company.* from the data model.
-->
<#assign rightLabels = {
  "access": "access to your personal data",
  "rectification": "correction or completion of your personal data",
  "erasure": "erasure of your personal data",
  "restriction": "restriction of the use of your personal data",
  "portability": "a machine-readable copy of your data (data portability)",
  "objection": "objection to the use of your personal data",
  "unclear": "a question or request that we still need to clarify with you"
}>
<#-- The same rights, named for a controller (a webshop) rather than for the person who asked. -->
<#assign rightNames = {
  "access": "right of access (Art. 15 GDPR)",
  "rectification": "right to rectification (Art. 16 GDPR)",
  "erasure": "right to erasure (Art. 17 GDPR)",
  "restriction": "right to restriction of processing (Art. 18 GDPR)",
  "portability": "right to data portability (Art. 20 GDPR)",
  "objection": "right to object (Art. 21 GDPR)",
  "unclear": "not yet clear which right (see the text of the request)"
}>
<#assign fieldLabels = {
  "contactName": "contact name",
  "email": "e-mail address",
  "phone": "phone number",
  "billingAddress": "billing address",
  "postalCode": "postal code",
  "city": "city",
  "other": "something else you asked to change"
}>

<#-- Grounds for keeping data (codes of processes/retention-policy.dmn); any other text is shown as it is. -->
<#assign legalGroundLabels = {
  "fiscal-retention": "the legal duty to keep our financial records (tax law)",
  "contract": "we need this data to perform our contract with you",
  "legal-claims": "we need this data to be able to show what was agreed, should a dispute arise",
  "returning-customer": "kept so that we can help you better if you become our customer again",
  "processor-contract": "we hold this data for the webshop, under its contract with us"
}>

<#--
  The retention policy's periods in words (processes/retention-policy.dmn): what happens when the period is over,
  and the period itself. What a category's own date is called ("your visit") comes with the category.
-->
<#assign thenLabels = { "ERASE": "erased", "ANONYMISE": "anonymised", "KEEP": "kept" }>

<#function thenLabel code>
  <#return thenLabels[code]!code>
</#function>

<#-- "1 day", "30 days", "14 months", "7 years". -->
<#function periodLabel amount unit>
  <#if unit == "years"><#return (amount == 1)?then("1 year", amount + " years")></#if>
  <#if unit == "months"><#return (amount == 1)?then("1 month", amount + " months")></#if>
  <#return (amount == 1)?then("1 day", amount + " days")>
</#function>

<#function recordDateLabel category>
  <#return (categories[category].recordDate)!"the date of the record">
</#function>

<#-- Label of a right, addressed to the person who asked: "access to your personal data". -->
<#function rightLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return rightLabels[code]!code>
</#function>

<#-- Name of a right with its article, for a controller: "right of access (Art. 15 GDPR)". -->
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
  <#if code == "while-customer"><#return "as long as you are our customer"></#if>
  <#if code == "after-relationship">
    <#if years?is_number && years == 1><#return "until 1 year after you stop being our customer"></#if>
    <#if years?is_number && years gt 1><#return "until " + years + " years after you stop being our customer"></#if>
    <#return "after you stop being our customer, for as long as the law requires">
  </#if>
  <#return code>
</#function>

<#-- "A", "A and B", "A, B and C". -->
<#function andList items>
  <#if !items?has_content><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..(items?size - 2)]?join(", ") + " and " + items?last>
</#function>

<#-- "1 day", "14 days". -->
<#function days n>
  <#if n?is_number && n == 1><#return "1 day"></#if>
  <#return n + " days">
</#function>

<#-- "1 record", "12 records": the number of records found in a system. -->
<#function records n>
  <#if n?is_number && n == 1><#return "1 record"></#if>
  <#return n + " records">
</#function>

<#macro greeting name="">
<#if name?trim?has_content>Dear ${name?trim},<#else>Hello,</#if>
</#macro>

<#-- One line per requested right, as a list. -->
<#macro rightsList types>
<#list types as t>
- ${rightLabel(t)}
</#list>
</#macro>

<#--
  The right to complain to the supervisory authority and to go to court (GDPR Art. 12(4), 15(1)(f), 77, 79).
  lead: the sentence before it; by default the one for a decision the person may disagree with.
-->
<#macro complaintRights lead="">
<#if lead?has_content>
${lead}
<#else>
If you disagree with this decision, please let us know by replying to this e-mail, and we will look at it again.
</#if>

You also have the right to lodge a complaint with the supervisory authority at any time:

  ${company.authority.name}
<#if (company.authority.website)?has_content>
  ${company.authority.website}
</#if>
<#if (company.authority.address)?has_content>
  ${company.authority.address}
</#if>

You can also take the matter to court.
</#macro>

<#macro signature reference>
Kind regards,

${company.name}
${company.supportEmail}

Reference: ${reference}
Please quote this reference whenever you e-mail us about this request.
</#macro>

<#-- Sign-off of the mails to our own staff. -->
<#macro internalSignature reference>
${company.name}, privacy requests (automatic message)
Reference: ${reference}
</#macro>

<#-- Privacy complaints -->

<#-- What a complaint is about (codes of the form assess-complaint), as in "The complaint concerns ...". -->
<#assign complaintCategoryLabels = {
  "lateAnswer": "a late or missing answer to a privacy request",
  "wrongProcessing": "personal data that was processed wrongly",
  "security": "the security of personal data or a data breach",
  "marketing": "marketing or unwanted messages",
  "other": "something else (see the text of the complaint)"
}>
<#-- The outcome of a complaint (codes of the forms respond-to-complainant and review-escalated-complaint). -->
<#assign complaintOutcomeLabels = {
  "upheld": "upheld",
  "partlyUpheld": "partly upheld",
  "notUpheld": "not upheld"
}>

<#function complaintCategoryLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return complaintCategoryLabels[code]!code>
</#function>

<#-- "upheld", "partly upheld", "not upheld", as in "Your complaint is ...". -->
<#function complaintOutcomeLabel code>
  <#if !code?has_content><#return ""></#if>
  <#return complaintOutcomeLabels[code]!code>
</#function>

<#-- Sign-off of the mails about a complaint (the signature macro speaks of a request). -->
<#macro complaintSignature reference>
Kind regards,

${company.name}
${company.supportEmail}

Reference: ${reference}
Please quote this reference whenever you e-mail us about this complaint.
</#macro>
