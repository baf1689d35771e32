package org.privacyrequests.notifications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.privacyrequests.company.CompanyProperties;
import org.privacyrequests.company.Languages;
import org.springframework.stereotype.Component;

/** The data every mail template can use: the company and its supervisory authority, and dates as people read them. */
@Component
public class MailModel {


    private final CompanyProperties company;

    public MailModel(CompanyProperties company) {
        this.company = company;
    }


    /** A new model holding the company and its supervisory authority, for every mail and document. */
    public Map<String, Object> withCompany() {
        Map<String, Object> model = new HashMap<>();
        model.put("company", Map.of(
                "name", company.name(),
                "supportEmail", company.supportEmail(),
                "authority", Map.of(
                        "name", company.authority().name(),
                        "website", company.authority().website(),
                        "address", company.authority().address())));
        return model;
    }

    public String companyName() {
        return company.name();
    }

    /** The company's day of a moment, as {@link #date(java.time.LocalDate, String)} writes it. */
    public String date(Instant instant, String language) {
        return date(instant.atZone(company.zone()).toLocalDate(), language);
    }

    /** "24 december 2026, 14:05": the company's day and time of a moment, such as when a link expires. */
    public String dateAndTime(Instant instant, String language) {
        return date(instant, language) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(company.zone()));
    }

    /** "24 december 2026" or "24 December 2026": English as written in Europe, not "December 24". */
    public static String date(java.time.LocalDate date, String language) {
        Locale locale = Languages.ENGLISH.equals(language) ? Locale.UK : Locale.forLanguageTag(language);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
