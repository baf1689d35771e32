package org.privacyrequests.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines under a mail that its writer did not write for this mail: a business signature's confidentiality
 * disclaimer ("Dit bericht kan vertrouwelijke informatie bevatten ... verwijder het"), its privacy notice ("We
 * process personal data in accordance with the GDPR ... your rights to access, rectify or erase"), and a
 * newsletter's footer ("You are receiving this e-mail because ... Unsubscribe"). They carry privacy words and
 * even the names of rights, so a helpdesk question with such a footer would read as a privacy request, and a
 * request would gain rights nobody asked for.
 */
final class SmallPrint {

    /** A signature delimiter ("-- ") and what a phone adds under a mail: nothing below them is the message. */
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^\\s*--\\s*$");
    private static final Pattern DEVICE_LINE = Pattern.compile(
            "^\\s*(sent from (my|outlook|mail|yahoo)|verzonden (vanaf|met) mijn|verstuurd (vanaf|met) mijn|von meinem|gesendet von meinem|get outlook for|outlook voor|download outlook)\\b.*$");

    /** A labelled footer: "Disclaimer:", "CONFIDENTIALITY:", "Datenschutzhinweis:", "Privacy policy | Terms". */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(disclaimer|confidentiality( notice)?|confidential|vertrouwelijkheid|vertrouwelijk|vertraulichkeit(shinweis)?|vertraulich|haftungsausschluss"
                    + "|datenschutz(hinweis\\w*|erklarung|informationen?)?|gdpr|avg|dsgvo|privacy( notice| statement| policy)?|privacyverklaring|privacybeleid)\\s*[:|]");
    /** A confidentiality notice speaks of "this message" and of confidentiality or its addressee. */
    private static final Pattern ABOUT_THIS_MESSAGE = Pattern.compile(
            "\\b(this|the|dit|deze|de|diese|die|der)\\s+(e-?mail|message|bericht|e-?mailbericht|nachricht|mail|communication|transmission|information|informatie|informationen|inhalt)\\w*\\b");
    private static final Pattern CONFIDENTIAL = Pattern.compile(
            "\\b(confidential\\w*|vertrouwelijk\\w*|vertraulich\\w*|privileged|intended (solely )?(only )?for|intended recipient|beoogde ontvanger|geadresseerde|bestemd voor"
                    + "|richtige[nr]? (empfanger|adressat)|adressaten)\\b");
    /** A newsletter's or mass mail's footer, in the second person: why you get this, how to stop it. */
    private static final Pattern BULK_FOOTER = Pattern.compile(
            "\\b(you are receiving this|you received this (e-?mail|message|newsletter) because|je ontvangt deze|u ontvangt deze|sie erhalten diese (e-?mail|nachricht|newsletter)"
                    + "|click here to unsubscribe|unsubscribe (here|from this|or manage)|manage (your )?(e-?mail )?(preferences|subscription)"
                    + "|(wil je|wilt u|mochten sie|moechten sie|do you want|would you like)\\b.{0,40}\\b(niet meer|niet langer|geen\\b.{0,20}\\bmeer|no longer|keine\\b.{0,20}\\bmehr|nicht mehr|nicht langer|stop)\\b.{0,30}\\b(ontvangen|receive|receiving|erhalten)"
                    + "|hier (afmelden|abmelden|abbestellen)|meld je (hier )?af|klik (dan )?op (uitschrijven|afmelden)|click (on )?unsubscribe"
                    + "|(you can|je kunt|u kunt|kunt u|kun je|sie konnen|konnen sie|sie koennen|koennen sie)\\b.{0,40}\\b(unsubscribe|afmelden|uitschrijven|abmelden|abbestellen)"
                    + "|(unsubscribe|afmelden|uitschrijven|abmelden|abbestellen) (kan|is mogelijk|via|using|at any time|anytime|jederzeit|op elk moment)"
                    + "|(this|deze|diese|dieser) (newsletter|nieuwsbrief|e-?mail|mailing|bericht|nachricht) (is|was|wurde|werd) (verstuurd|verzonden|sent|gesendet|versandt|verschickt) (aan|naar|to|an))\\b");
    /** The sending company's own privacy notice in its signature. */
    private static final Pattern OWN_PRIVACY_NOTICE = Pattern.compile(
            "^\\s*(we|wij|wir)\\s+(process|verwerken|verarbeiten|handle|treat|behandelen)\\b.{0,80}\\b(in accordance with|conform|volgens|gemass|gemaess|according to|in line with|in overeenstemming met|im einklang mit)\\b.{0,20}\\b(the )?(gdpr|avg|dsgvo|privacy)");

    private SmallPrint() {
    }

    static boolean signatureDelimiter(String line) {
        return SIGNATURE_DELIMITER.matcher(line).matches();
    }

    static boolean deviceLine(String line) {
        return DEVICE_LINE.matcher(plain(line)).matches();
    }

    /** Whether the small print starts on this line: everything from here to the end of the mail is footer. */
    static boolean startsAt(String line) {
        String l = plain(line);
        return LABEL.matcher(l).find()
                || (CONFIDENTIAL.matcher(l).find() && ABOUT_THIS_MESSAGE.matcher(l).find())
                || BULK_FOOTER.matcher(l).find()
                || OWN_PRIVACY_NOTICE.matcher(l).find();
    }

    private static String plain(String line) {
        return Normalizer.normalize(line, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
