Subject: Een nieuwe kopie van uw gegevens: de kosten, voordat we haar maken (${request.reference})

<#import "common.ftl" as c>
<@c.greeting name=requesterName!""/>

Op ${request.receivedOn} vroeg u ons om een kopie van uw persoonsgegevens. U heeft eerder al een kopie van ons gekregen. De eerste kopie is gratis; voor een nieuwe kopie mogen we volgens de AVG een redelijke vergoeding vragen voor de administratieve kosten (art. 15 lid 3 AVG). Die vergoeding is ${fee}.

We laten u dit weten voordat we iets in rekening brengen. Wilt u de kopie voor deze vergoeding? Laat het ons dan binnen ${answerWithinDays} dagen weten door op deze e-mail te antwoorden. We maken de kopie dan, sturen haar u toe en laten u weten hoe u de vergoeding betaalt. Horen we binnen die termijn niets van u, dan maken we de kopie niet en brengen we niets in rekening.

<@c.complaintRights lead="Bent u het niet eens met deze vergoeding? Laat het ons dan weten door op deze e-mail te antwoorden."/>

<@c.signature reference=request.reference/>
