package org.privacyrequests.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The part of a mail its writer wrote now: without the quoted reply under it (lines starting with '>', and
 * everything after "On ... wrote:", "Op ... schreef", "Am ... schrieb" or an Outlook header block), and
 * without the header lines of a forwarded mail. A forward keeps the forwarded text itself, because someone
 * who forwards a request of theirs means it again. Also without the {@link SmallPrint} under a mail (signature,
 * disclaimer, privacy notice, newsletter footer), and without a passage quoted inline ({@code You wrote: "You can
 * see your data in the portal."}): those are someone else's words, usually ours.
 */
final class OwnWords {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^\\s*(on|op|am|le|el)\\b.{0,250}\\b(wrote|schreef|schrieb|geschreven|a écrit|escribió)\\s*:?\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?i)^\\s*-{2,}\\s*(original message|oorspronkelijk bericht|originele bericht|ursprüngliche nachricht|urspr\\S* nachricht)\\s*-{2,}\\s*$");
    private static final Pattern FORWARD = Pattern.compile(
            "(?i)^\\s*(-{2,}\\s*(forwarded message|doorgestuurd bericht|weitergeleitete nachricht)\\s*-{2,}|begin forwarded message:|begin doorgestuurd bericht:|anfang der weitergeleiteten nachricht:)\\s*$");
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^\\s*\\*?(from|to|cc|bcc|sent|date|subject|van|aan|verzonden|datum|onderwerp|von|an|gesendet|betreff|reply-to)\\*?\\s*:.*$");
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?i)^\\s*((re|aw|antw)\\s*:\\s*)*(fw|fwd|wg|doorst|tr)\\s*:");
    /** Four words or more between double quotes: a quotation, not the writer's own ask. */
    private static final Pattern QUOTED_PASSAGE = Pattern.compile(
            "[\"\u201C\u201D\u201E\u00AB\u00BB]\\s*+[^\"\u201C\u201D\u201E\u00AB\u00BB\\s]++(\\s++[^\"\u201C\u201D\u201E\u00AB\u00BB\\s]++){3,}+\\s*+[\"\u201C\u201D\u00AB\u00BB]");

    private OwnWords() {
    }

    static String of(String subject, String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        boolean forward = subject != null && FORWARD_SUBJECT.matcher(subject).find();
        String[] lines = body.replace("\r\n", "\n").split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean smallPrint = false;
        boolean message = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String twoLines = i + 1 < lines.length ? line + " " + lines[i + 1] : line;
            if (FORWARD.matcher(line).matches()) {
                forward = true;
                smallPrint = false;
                message = false;
                continue;
            }
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            if (ORIGINAL.matcher(line).matches() || ATTRIBUTION.matcher(line).matches()
                    || (line.length() < 200 && !ATTRIBUTION.matcher(line).matches() && ATTRIBUTION.matcher(twoLines).matches()
                    && line.toLowerCase(Locale.ROOT).matches("^\\s*(on|op|am)\\b.*"))) {
                if (forward) {
                    // The forwarded mail starts here, below the forwarder's own signature and small print.
                    smallPrint = false;
                    message = false;
                    continue;
                }
                break;
            }
            if (HEADER.matcher(line).matches() && headerBlockAt(lines, i)) {
                if (forward) {
                    while (i + 1 < lines.length && HEADER.matcher(lines[i + 1]).matches()) {
                        i++;
                    }
                    smallPrint = false;
                    message = false;
                    continue;
                }
                break;
            }
            if (smallPrint || SmallPrint.deviceLine(line)) {
                continue;
            }
            // The small print starts below the message, never on its first line.
            if (SmallPrint.signatureDelimiter(line) || (message && SmallPrint.startsAt(line))) {
                smallPrint = true;
                continue;
            }
            message |= !line.isBlank();
            kept.add(line);
        }
        return QUOTED_PASSAGE.matcher(String.join("\n", kept)).replaceAll("\"…\"");
    }

    /** At least two header lines in a row: the head of a quoted or forwarded mail, not a sentence starting with "Van:". */
    private static boolean headerBlockAt(String[] lines, int i) {
        int n = 0;
        for (int j = i; j < lines.length && j < i + 6 && HEADER.matcher(lines[j]).matches(); j++) {
            n++;
        }
        return n >= 2;
    }
}
