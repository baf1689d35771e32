package org.privacyrequests.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.privacyrequests.company.Languages;
import org.privacyrequests.intake.MailClassification.Kind;
import org.springframework.stereotype.Component;

/**
 * Reads what an e-mail in Dutch, English or German asks for: which GDPR rights (by article or by the
 * everyday words people use), whether it is a privacy complaint, or whether it is no privacy matter.
 * When in doubt it leans to "request, unclear": support then clarifies, and a privacy e-mail is never dropped.
 */
@Component
class MailClassifier {

    /** Per right: article references (GDPR / AVG / DSGVO) and everyday phrases, lower-case, without accents. */
    private static final Map<String, List<Pattern>> RIGHTS = new LinkedHashMap<>();

    static {
        RIGHTS.put("access", patterns("art(ikel|icle|\\.)?\\s*15\\b", "\\binzage", "\\binzien\\b", "welke (persoons)?gegevens",
                "copy of (all )?(my|the) (personal )?data", "access to (my|the) (personal )?data", "what (personal )?data (do )?you (hold|have|store|keep)",
                "subject access", "\\bdsar\\b", "\\bauskunft", "kopie (van|meiner) ", "which (personal )?data"));
        RIGHTS.put("rectification", patterns("art(ikel|icle|\\.)?\\s*16\\b", "\\bcorrige(er|ren)", "\\bcorrectie", "\\bverbeter",
                "klopt niet", "onjuist", "\\bwijzig", "\\brectif", "\\bcorrect (my|the)", "\\bupdate my", "is (wrong|incorrect)",
                "\\bberichtig", "\\bkorrigier", "falsch"));
        RIGHTS.put("erasure", patterns("art(ikel|icle|\\.)?\\s*17\\b", "\\bverwijder", "\\bwis (al )?mijn", "\\bwissen\\b",
                "vergetelheid", "vergeten te worden", "\\bdelete (my|all)", "\\berase", "\\berasure", "right to be forgotten",
                "remove (my|all) (personal )?(data|details|information)", "close my account", "\\blosch", "\\bloeschen", "vergessen"));
        RIGHTS.put("restriction", patterns("art(ikel|icle|\\.)?\\s*18\\b", "\\bbeperk", "\\brestrict", "\\beinschrank",
                "\\beinschraenk"));
        RIGHTS.put("portability", patterns("art(ikel|icle|\\.)?\\s*20\\b", "overdraag", "\\bportab", "machine[- ]?(readable|leesbaar)",
                "\\bexport (my|mijn)", "datenubertrag", "datenuebertrag"));
        RIGHTS.put("objection", patterns("art(ikel|icle|\\.)?\\s*21\\b", "\\bbezwaar", "\\bobject (to|against)", "\\bobjection",
                "\\bwiderspruch", "\\bwidersprech", "stop (using|processing) my", "geen (reclame|marketing|nieuwsbrie)"));
    }

    private static final List<Pattern> COMPLAINT = patterns("\\bklacht", "\\bklagen\\b", "\\bbeklag", "\\bcomplain", "\\bcomplaint",
            "\\bbeschwer", "\\bontevreden", "not (happy|satisfied)", "\\bunzufrieden", "autoriteit persoonsgegevens",
            "supervisory authority", "datenschutzbehorde", "datenschutzbehoerde");

    /** Words that make a mail a privacy matter at all. */
    private static final List<Pattern> PRIVACY = patterns("\\bavg\\b", "\\bgdpr\\b", "\\bdsgvo\\b", "\\bprivacy", "persoonsgegevens",
            "personal (data|information|details)", "\\bdatenschutz", "personenbezogen", "\\bmijn gegevens", "\\bmy data\\b",
            "\\bmeine daten", "\\bdata protection");

    private static final List<Pattern> DUTCH = patterns("\\b(ik|mijn|graag|wilt|u|uw|gegevens|verzoek|bedankt|groet)\\b");
    private static final List<Pattern> GERMAN = patterns("\\b(ich|meine|bitte|sehr|geehrte|daten|mit|freundlichen)\\b");
    private static final List<Pattern> ENGLISH = patterns("\\b(i|my|please|the|you|data|request|regards|would)\\b");

    public MailClassification classify(String subject, String body) {
        String text = normalise((subject == null ? "" : subject) + "\n" + (body == null ? "" : body));
        List<String> rights = new ArrayList<>();
        RIGHTS.forEach((right, patterns) -> {
            if (matchesAny(text, patterns)) {
                rights.add(right);
            }
        });
        boolean complaint = matchesAny(text, COMPLAINT);
        boolean privacy = matchesAny(text, PRIVACY);
        String language = language(text);
        if (complaint && (privacy || rights.isEmpty())) {
            return new MailClassification(Kind.COMPLAINT, List.of(), language);
        }
        if (!rights.isEmpty()) {
            return new MailClassification(Kind.REQUEST, rights, language);
        }
        if (privacy) {
            return new MailClassification(Kind.REQUEST, List.of("unclear"), language);
        }
        return new MailClassification(Kind.NOT_PRIVACY, List.of(), language);
    }

    /** Dutch is answered in Dutch; English and German (which the product does not write) in English. */
    private static String language(String text) {
        long dutch = count(text, DUTCH);
        long german = count(text, GERMAN);
        long english = count(text, ENGLISH);
        return dutch >= english && dutch >= german ? Languages.DUTCH : Languages.ENGLISH;
    }

    private static long count(String text, List<Pattern> patterns) {
        return patterns.stream().mapToLong(p -> p.matcher(text).results().count()).sum();
    }

    private static boolean matchesAny(String text, List<Pattern> patterns) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static String normalise(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replace('ß', 's');
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
