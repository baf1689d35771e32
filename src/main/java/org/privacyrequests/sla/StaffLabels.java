package org.privacyrequests.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.privacyrequests.web.WebPages;
import org.springframework.stereotype.Component;

/**
 * The words managers read on the SLA overview and in Cockpit, in the staff language
 * ({@code privacy.company.staff-language}), from {@code web/texts_<language>.properties}: rights, complaint
 * categories and outcomes, request outcomes and days left. Codes stay in the JSON for programs; people get these.
 */
@Component
class StaffLabels {

    private final Map<String, String> texts;
    private final String language;

    StaffLabels(WebPages pages, CompanyProperties company) {
        this.language = Languages.supportedOrDefault(company.staffLanguage());
        this.texts = pages.texts(language);
    }

    String language() {
        return language;
    }

    /** The texts whose key starts with {@code prefix}, for the Cockpit plugin. */
    Map<String, String> textsStartingWith(String... prefixes) {
        return texts.entrySet().stream().filter(e -> Arrays.stream(prefixes).anyMatch(p -> e.getKey().startsWith(p)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** "request" or "complaint" in words. */
    String kind(String kind) {
        return text("label.kind." + kind, kind);
    }

    /** A right by its code ("access"), in words. */
    String right(String code) {
        return text("label.right." + code, code);
    }

    /** The rights of a request as stored ("access,erasure"), in words ("inzage, verwijdering"). */
    String rights(String codes) {
        return Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).map(this::right)
                .collect(Collectors.joining(", "));
    }

    String complaintCategory(String code) {
        return code == null ? text("label.complaintCategory.none", "") : text("label.complaintCategory." + code, code);
    }

    String complaintOutcome(String code) {
        return text("label.complaintOutcome." + code, code);
    }

    /** A request outcome by its code ({@link org.privacyrequests.requests.RequestOutcome} name, or "open"/"closed"). */
    String requestOutcome(String code) {
        return text("label.requestOutcome." + code, code);
    }

    /** Days left until a deadline, or overdue by, counted in calendar days of the company's zone. */
    String daysLeft(LocalDate today, LocalDate deadline, boolean overdue) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (overdue) {
            long late = Math.max(0, -days);
            return late == 0 ? text("sla.days.overdue.today", "") : late == 1 ? text("sla.days.overdue.one", "")
                    : text("sla.days.overdue.many", "").replace("{n}", String.valueOf(late));
        }
        return days <= 0 ? text("sla.days.today", "") : days == 1 ? text("sla.days.left.one", "")
                : text("sla.days.left.many", "").replace("{n}", String.valueOf(days));
    }

    private String text(String key, String otherwise) {
        return texts.getOrDefault(key, otherwise);
    }
}
