Subject: We hebben geen nieuwe kopie van uw gegevens gemaakt (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} vroeg u ons om een nieuwe kopie van uw persoonsgegevens, en we lieten u weten wat die kost. We hebben niet gehoord dat u de kopie voor die vergoeding wilt. We hebben haar daarom niet gemaakt en brengen u niets in rekening.

U kunt het op elk moment opnieuw vragen.

<@c.complaintRights/>

<@c.signature reference=request.reference/>
