Subject: Access to your personal data (${request.reference})

<#import "common.ftl" as c>
<#assign found = sources![]>
<@c.greeting name=requesterName!""/>

On ${request.receivedOn} you asked us which personal data we process about you. You will find our answer in the attachments to this e-mail.

<#if found?has_content>
We found data about you in these systems:
<#list found as s>
- ${s.name}<#if s.recordCount??>: ${c.records(s.recordCount)}</#if>
</#list>

</#if>
What is in the attachments?

1. An overview to read (an HTML file that you open in your web browser). For each system and each kind of data, it shows:
   - which data we hold about you;
   - what we use it for, and on what legal basis;
   - who we share it with, by name and country, for example service providers we use (sub-processors);
   - how long we keep it;
   - where we got it from.
   After that, it shows what we keep about your earlier requests, complaints and e-mails to us, and whether we take automated decisions about you.

2. A machine-readable copy of your data (a zip file with a JSON file, and a CSV file per table that spreadsheet programs open).<#if (request.types![])?seq_contains("portability")> The folder "portability" holds the data you gave us yourself, to give to another organisation (data portability).</#if>

The attachments contain your personal data, so please keep them somewhere safe.

What can you do next?

- Is something wrong or incomplete? Then you can ask us to correct or complete it.
- You can ask us to erase data. Data that the law requires us to keep, such as our financial records, will only be erased once the legal retention period has ended.
- You can ask us to restrict the use of your data, or object to its use.

To do so, reply to this e-mail or write to ${company.supportEmail}.

<@c.complaintRights lead="Do you have a complaint about the way we handle your personal data? Then please let us know. We take every complaint seriously."/>

<@c.signature reference=request.reference/>
