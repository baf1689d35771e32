package org.privacyrequests.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An out-of-office note, an auto-acknowledgement or a delivery report, told by its subject or its opening words.
 * It answers a mail (often ours, to a webshop about a privacy request) and echoes that mail's subject, so its
 * privacy words are never a new ask. The mail parser reads the same subjects next to the mail's headers.
 */
final class AutomaticReply {

    private static final Pattern SUBJECT = Pattern.compile(
            "^\\s*(out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|automatisch antwoord|afwezig|afwezigheid"
                    + "|automatische antwort|abwesenheit\\w*|undeliverable|onbestelbaar|unzustellbar|delivery status notification|mail delivery failed|returned mail)\\b");
    /** Said in the first lines, by the mail itself: away until, or written by a machine. */
    private static final Pattern OPENING = Pattern.compile(
            "\\bout of (the )?office\\b|\\bi am (currently )?(away|out|on (annual |parental |sick )?leave|on holiday|on vacation)\\b"
                    + "|\\bik ben\\b.{0,40}\\b(afwezig|met vakantie|op vakantie|niet aanwezig|niet op kantoor)\\b"
                    + "|\\b(ich bin|ich befinde mich)\\b.{0,60}\\b(nicht im buro|nicht im buero|abwesend|im urlaub|nicht erreichbar|ausser haus)\\b"
                    + "|\\bthis is an automatic(ally generated)? (reply|message|response|e-?mail)\\b|\\bdit is een automatisch\\w* (antwoord|bericht)\\b"
                    + "|\\bdies ist eine automatisch\\w* (antwort|nachricht|e-?mail)\\b|\\bautomatisch (generiert|gegenereerd|verzonden|erstellt)\\b");
    private static final int OPENING_LENGTH = 300;

    private AutomaticReply() {
    }

    static boolean bySubject(String subject) {
        return subject != null && SUBJECT.matcher(subject.toLowerCase(Locale.ROOT)).find();
    }

    /** The writer's own words, normalised; only their opening counts, so a human "I was away" further down does not. */
    static boolean byText(String ownWords) {
        String opening = ownWords.strip();
        return OPENING.matcher(opening.substring(0, Math.min(opening.length(), OPENING_LENGTH))).find();
    }
}
