package org.privacyrequests.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.privacyrequests.identity.IdentityProperties;
import org.springframework.stereotype.Component;

/**
 * Whether one of the company's own mail servers vouched for a mail's sender: a DMARC pass for the domain of the
 * From address, in an {@code Authentication-Results} header (RFC 8601) that names a configured, trusted
 * {@code authserv-id}. Anyone can write such a header into a mail; only the topmost one of a trusted server
 * counts, since that server adds its own on top when the mail arrives (and should remove older ones claiming its
 * name). With no trusted server configured, no mail counts as authenticated.
 */
@Component
class SenderAuthentication {

    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    private final List<String> trustedAuthservIds;

    public SenderAuthentication(IdentityProperties properties) {
        this.trustedAuthservIds = properties.trustedAuthservIds().stream().map(id -> id.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** @return the trusted server that recorded a DMARC pass for the sender's domain, if one did */
    public Optional<String> dmarcPassBy(List<String> authenticationResults, String fromAddress) {
        if (trustedAuthservIds.isEmpty() || fromAddress == null || fromAddress.indexOf('@') < 0) {
            return Optional.empty();
        }
        String fromDomain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        for (String header : authenticationResults) {
            String[] parts = withoutComments(header).split(";");
            String authservId = parts[0].trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!trustedAuthservIds.contains(authservId)) {
                continue;
            }
            // The topmost header of a trusted server decides; one further down may have come with the mail.
            for (int i = 1; i < parts.length; i++) {
                if (isDmarcPassFor(parts[i], fromDomain)) {
                    return Optional.of(authservId);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isDmarcPassFor(String resultInfo, String fromDomain) {
        String[] tokens = resultInfo.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (tokens.length == 0 || !tokens[0].equals("dmarc=pass")) {
            return false;
        }
        for (String token : tokens) {
            if (token.startsWith("header.from=")) {
                return token.substring("header.from=".length()).replace("\"", "").equals(fromDomain);
            }
        }
        return false;
    }

    private static String withoutComments(String header) {
        String text = header.replaceAll("\\s+", " ");
        String previous;
        do {
            previous = text;
            text = COMMENT.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        return text;
    }
}
