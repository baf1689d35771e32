package org.privacyrequests.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The part of a mail its writer wrote now: without the quoted reply under it (lines starting with '>', and
 * everything after "On ... wrote:", "Op ... schreef", "Am ... schrieb" or an Outlook header block), and
 * without the header lines of a forwarded mail. A forward keeps the forwarded text itself, because someone
 * who forwards a request of theirs means it again.
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

    private OwnWords() {
    }

    static String of(String subject, String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        boolean forward = subject != null && FORWARD_SUBJECT.matcher(subject).find();
        String[] lines = body.replace("\r\n", "\n").split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String twoLines = i + 1 < lines.length ? line + " " + lines[i + 1] : line;
            if (FORWARD.matcher(line).matches()) {
                forward = true;
                continue;
            }
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            if (ORIGINAL.matcher(line).matches() || ATTRIBUTION.matcher(line).matches()
                    || (line.length() < 200 && !ATTRIBUTION.matcher(line).matches() && ATTRIBUTION.matcher(twoLines).matches()
                    && line.toLowerCase(Locale.ROOT).matches("^\\s*(on|op|am)\\b.*"))) {
                if (forward) {
                    continue;
                }
                break;
            }
            if (HEADER.matcher(line).matches() && headerBlockAt(lines, i)) {
                if (forward) {
                    while (i + 1 < lines.length && HEADER.matcher(lines[i + 1]).matches()) {
                        i++;
                    }
                    continue;
                }
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
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
