package org.privacyrequests.erasure;

import java.util.ArrayList;
import org.privacyrequests.requests.RequestOutcome;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyrequests.lookup.PersonalDataSource.ErasureAction;
import org.privacyrequests.notifications.MailModel;
import org.privacyrequests.requests.RequesterMail;
import org.privacyrequests.recipients.RecipientNotification;
import org.privacyrequests.requests.DataSubjectRequestRepository;
import org.springframework.stereotype.Service;

/**
 * The answer to an erasure request: what was erased, what anonymised, and what is kept, on which legal
 * ground and until when; the recipients of erased data are told too (Art. 19).
 */
@Service
class ErasureAnswer {

    private final ErasurePlans plans;
    private final RequesterMail mail;
    private final RecipientNotification recipients;
    private final DataSubjectRequestRepository requests;

    public ErasureAnswer(ErasurePlans plans, RequesterMail mail, RecipientNotification recipients,
                         DataSubjectRequestRepository requests) {
        this.plans = plans;
        this.mail = mail;
        this.recipients = recipients;
        this.requests = requests;
    }

    public void send(String reference) {
        var items = plans.of(reference);
        var request = requests.find(reference).orElseThrow();
        String language = request.language();
        Set<String> changedSources = new LinkedHashSet<>();
        items.stream().filter(i -> i.action() != ErasureAction.KEEP).forEach(i -> changedSources.add(i.source()));
        List<String> informed = recipients.inform(reference, request.requesterEmail(), "erasure", changedSources);

        Map<String, Object> extras = new HashMap<>();
        extras.put("erased", grouped(items, ErasureAction.ERASE, language));
        extras.put("anonymised", grouped(items, ErasureAction.ANONYMISE, language));
        extras.put("kept", grouped(items, ErasureAction.KEEP, language));
        extras.put("recipients", informed);
        mail.send(reference, "erasure-done", extras);
        boolean partial = items.stream().anyMatch(i -> i.action() == ErasureAction.KEEP);
        requests.addOutcome(reference, partial ? RequestOutcome.PARTIALLY_ERASED : RequestOutcome.ERASED);
    }

    private static List<Map<String, Object>> grouped(List<ErasurePlanItem> items, ErasureAction action, String language) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (ErasurePlanItem i : items) {
            if (i.action() == action) {
                List<Object> key = new ArrayList<>();
                key.add(i.source());
                key.add(i.category());
                key.add(i.legalGround());
                key.add(i.keepUntil());
                key.add(i.keepCondition());
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        counts.forEach((key, count) -> {
            Map<String, Object> g = new HashMap<>();
            g.put("system", key.get(0));
            g.put("category", key.get(1));
            g.put("count", count);
            if (key.get(2) != null) {
                g.put("legalGround", key.get(2));
            }
            if (key.get(3) != null) {
                g.put("until", MailModel.date((java.time.LocalDate) key.get(3), language));
            }
            if (key.get(4) != null) {
                String condition = (String) key.get(4);
                g.put("keepCondition", condition.contains(":") ? condition.substring(0, condition.indexOf(':')) : condition);
                if (condition.contains(":")) {
                    g.put("keepPeriodYears", java.time.Period.parse(condition.substring(condition.indexOf(':') + 1)).getYears());
                }
            }
            groups.add(g);
        });
        return groups;
    }
}
