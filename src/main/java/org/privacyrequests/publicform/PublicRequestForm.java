package org.privacyrequests.publicform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.privacyrequests.company.Languages;
import org.privacyrequests.requests.RequestType;

/**
 * What a requester typed into the public form. {@link #problems()} names each wrong field with the key of
 * the message the page shows next to it; nothing is filed while there is one.
 */
public record PublicRequestForm(String name, String email, List<String> rights, String text, String language) {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_TEXT = 5000;
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    public PublicRequestForm {
        name = trimmed(name);
        email = trimmed(email);
        text = trimmed(text);
        rights = rights == null ? List.of() : rights.stream().map(String::trim).filter(r -> !r.isEmpty()).distinct().toList();
        language = Languages.supportedOrDefault(language);
    }

    /** Field name to message key, in the order of the form; empty when the form can be filed. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isEmpty()) {
            problems.put("name", "error.name.required");
        } else if (name.length() > MAX_NAME) {
            problems.put("name", "error.name.tooLong");
        }
        if (email.isEmpty()) {
            problems.put("email", "error.email.required");
        } else if (email.length() > MAX_EMAIL || !ADDRESS.matcher(email).matches()) {
            problems.put("email", "error.email.invalid");
        }
        if (rights.isEmpty()) {
            problems.put("rights", "error.rights.required");
        } else if (rights.stream().anyMatch(r -> RequestType.fromCode(r).isEmpty())) {
            problems.put("rights", "error.rights.unknown");
        }
        if (text.length() > MAX_TEXT) {
            problems.put("text", "error.text.tooLong");
        } else if (text.isEmpty() && rights.equals(List.of(RequestType.UNCLEAR.code()))) {
            problems.put("text", "error.text.requiredForOther");
        }
        return problems;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
