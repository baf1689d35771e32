Subject: Our final answer to your complaint (${complaint.reference})

<#import "common.ftl" as c>
<#assign why = reason!"">
<@c.greeting name=complainantName!""/>

We received your complaint on ${complaint.receivedOn}. <#if why == "dissatisfied">You were not satisfied with our first answer, so our management has reviewed your complaint again.<#else>Our management has reviewed your complaint.</#if>

<#if why == "deadline">
We are sorry that our answer reaches you later than we promised<#if (complaint.deadline)?has_content> (no later than ${complaint.deadline})</#if>.

</#if>
<#if outcome?has_content>
Our conclusion: your complaint is ${c.complaintOutcomeLabel(outcome)}.

</#if>
${finalAnswer}

<@c.complaintRights lead="This concludes our handling of your complaint. Do you disagree with our answer?"/>

<@c.complaintSignature reference=complaint.reference/>
