package org.privacyrequests.rectification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.privacyrequests.lookup.PersonalDataSearch;
import org.privacyrequests.lookup.PersonalDataSource;
import org.privacyrequests.web.WebPages;
import org.springframework.stereotype.Component;

/**
 * Whether each corrected value fits every system it is written to. A company's columns may be shorter than the
 * correction form allows (its schema stays as it is; the start-up check remembers each column's length), so a longer
 * value is refused while "Apply correction" is still open, in the staff language, rather than failing in the UPDATE or
 * being cut short by the database.
 */
@Component
class CorrectionLengths {

    private final PersonalDataSearch search;
    private final Map<String, String> texts;

    CorrectionLengths(PersonalDataSearch search, WebPages pages, CompanyProperties company) {
        this.search = search;
        this.texts = pages.texts(Languages.supportedOrDefault(company.staffLanguage()));
    }

    /**
     * @param values           the corrected values by form key, as {@link Correction#enteredValues} gives them
     * @param skipUnreachable  whether a system that cannot be reached now is left out (while the task is open: the step
     *                         that writes asks again), or fails the check (just before writing)
     * @return a message for support naming each value that is too long, the system that holds the least and how much; empty when all fit
     */
    Optional<String> tooLong(Map<String, String> values, boolean skipUnreachable) {
        List<String> refused = new ArrayList<>();
        values.forEach((formKey, value) -> {
            String field = Correction.FIELDS.get(formKey);
            if (field == null || value == null) {
                return;
            }
            String trimmed = value.trim();
            int length = trimmed.codePointCount(0, trimmed.length());
            String system = null;
            int most = Integer.MAX_VALUE;
            for (PersonalDataSource source : search.sources()) {
                Integer limit = limits(source, skipUnreachable).get(field);
                if (limit != null && limit < most) {
                    most = limit;
                    system = source.name();
                }
            }
            if (system != null && length > most) {
                refused.add(text("staff.correction.tooLong").replace("{field}", text("staff.correction.field." + field, field))
                        .replace("{system}", system).replace("{max}", String.valueOf(most)));
            }
        });
        return refused.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", refused) + " " + text("staff.correction.tooLong.hint"));
    }

    private static Map<String, Integer> limits(PersonalDataSource source, boolean skipUnreachable) {
        try {
            return source.correctionLimits();
        } catch (RuntimeException unreachable) {
            if (skipUnreachable) {
                return Map.of();
            }
            throw unreachable;
        }
    }

    private String text(String key) {
        return text(key, key);
    }

    private String text(String key, String otherwise) {
        return texts.getOrDefault(key, otherwise);
    }
}
