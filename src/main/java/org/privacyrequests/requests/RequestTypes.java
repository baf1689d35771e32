package org.privacyrequests.requests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The set of rights one request invokes, read from whatever shape a form, the REST API or the e-mail
 * intake hands over (a list, a JSON array from Tasklist, or a comma-separated text). Anything unknown
 * makes the request unclear rather than failing it: a privacy request is never dropped.
 */
public final class RequestTypes {

    private final Set<RequestType> types;

    private RequestTypes(Set<RequestType> types) {
        this.types = types;
    }

    public static RequestTypes read(Object raw) {
        Set<RequestType> types = new LinkedHashSet<>();
        boolean unknown = false;
        for (String code : codesOf(raw)) {
            var type = RequestType.fromCode(code);
            if (type.isPresent()) {
                types.add(type.get());
            } else if (!code.isBlank()) {
                unknown = true;
            }
        }
        if (unknown || types.isEmpty()) {
            types.add(RequestType.UNCLEAR);
        }
        return new RequestTypes(types);
    }

    /** Clear when at least one right is named and nothing is left to clarify. */
    public boolean clear() {
        return !types.contains(RequestType.UNCLEAR);
    }

    public boolean contains(RequestType type) {
        return types.contains(type);
    }

    /** The codes for the process variable {@code requestTypes}, in a stable order. */
    public List<String> codes() {
        // A plain ArrayList: the engine stores it as JSON and must be able to read it back.
        return new ArrayList<>(types.stream().map(RequestType::code).toList());
    }

    /** The rights that are clear, without "unclear". */
    public RequestTypes withoutUnclear() {
        Set<RequestType> clearOnes = new LinkedHashSet<>(types);
        clearOnes.remove(RequestType.UNCLEAR);
        return new RequestTypes(clearOnes);
    }

    @Override
    public String toString() {
        return String.join(",", codes());
    }

    private static List<String> codesOf(Object raw) {
        List<String> codes = new ArrayList<>();
        if (raw instanceof SpinJsonNode json) {
            if (json.isArray()) {
                json.elements().forEach(e -> codes.add(e.isString() ? e.stringValue() : e.toString()));
            } else if (json.isString()) {
                codes.addAll(List.of(json.stringValue().split(",")));
            }
        } else if (raw instanceof Collection<?> collection) {
            collection.forEach(e -> codes.add(String.valueOf(e)));
        } else if (raw instanceof String text) {
            String trimmed = text.trim();
            if (trimmed.startsWith("[")) {
                trimmed = trimmed.substring(1, trimmed.length() - (trimmed.endsWith("]") ? 1 : 0));
            }
            for (String part : trimmed.split(",")) {
                codes.add(part.replace("\"", "").trim());
            }
        }
        return codes;
    }
}
