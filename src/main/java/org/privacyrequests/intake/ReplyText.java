package org.privacyrequests.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the sender of a reply wrote themselves (without the quoted mail below it), and whether that is only a
 * short thank-you that asks nothing (Dutch, English, German). Anything else in a reply is for support to read.
 */
final class ReplyText {

    /** Where the quoted earlier mail starts: "On ... wrote:", "Op ... schreef", "Am ... schrieb", a forwarded header. */
    private static final Pattern QUOTE_STARTS = Pattern.compile(
            "(?im)^(\\s*(on|op|am)\\b.{0,200}\\b(wrote|schreef|schrieb)\\b.*:\\s*$|\\s*-{2,}\\s*(original message|oorspronkelijk bericht|urspr(ü|ue)ngliche nachricht)"
                    + "|\\s*(from|van|von)\\s*:.*$)");
    private static final Pattern THANKS = Pattern.compile(
            "\\b(bedankt|dank je( wel)?|dank u( wel)?|dankjewel|hartelijk dank|thanks|thank you|many thanks|danke( sch(ö|oe)n| sehr)?|vielen dank)\\b");
    /** Words that ask something, or turn a thank-you into more than one. */
    private static final Pattern ASKS_MORE = Pattern.compile(
            "\\?|\\b(maar|but|aber|ook|too|also|auch|nog|still|noch|verwijder\\w*|wis\\w*|inzage|kopie|wijzig\\w*|corrig\\w*|bezwaar|klacht\\w*"
                    + "|erase|delete|remove|access|copy|correct\\w*|object\\w*|complain\\w*|l(ö|oe)sch\\w*|auskunft|berichtig\\w*|widerspr\\w*|beschwerde"
                    + "|niet|not|nicht|geen|kein\\w*|please|graag|bitte|wil|want|m(ö|oe)chte)\\b");
    /** A thank-you is short: a line or two with a greeting and a name. */
    private static final int THANKS_AT_MOST = 200;

    private ReplyText() {
    }

    /** The sender's own words: the text above the quoted mail, without lines quoted with "&gt;". */
    static String ownWords(String text) {
        if (text == null) {
            return "";
        }
        var quote = QUOTE_STARTS.matcher(text);
        String above = quote.find() ? text.substring(0, quote.start()) : text;
        StringBuilder own = new StringBuilder();
        for (String line : above.split("\\R")) {
            if (line.trim().equals("--")) {
                break;
            }
            if (!line.trim().startsWith(">")) {
                own.append(line).append('\n');
            }
        }
        return own.toString().trim();
    }

    /** Only thanks, with nothing else asked: such a reply is kept with the case and raises no task. */
    static boolean onlyThanks(String ownWords) {
        String words = ownWords == null ? "" : ownWords.toLowerCase(Locale.ROOT).trim();
        return words.length() <= THANKS_AT_MOST && THANKS.matcher(words).find() && !ASKS_MORE.matcher(words).find();
    }
}
