package org.privacyrequests.connectors;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words the connector configuration uses for an enum's constants: {@code case-insensitive} for CASE_INSENSITIVE. */
final class ConfigurationWords {

    private ConfigurationWords() {
    }

    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a configuration word names; an unknown word is refused with the words allowed ("must be a or b, not 'c'"). */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (word(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(constants).map(ConfigurationWords::word).collect(Collectors.joining(", "));
        int last = allowed.lastIndexOf(", ");
        if (last >= 0) {
            allowed = allowed.substring(0, last) + " or " + allowed.substring(last + 2);
        }
        throw new IllegalArgumentException("must be " + allowed + ", not '" + value + "'");
    }
}
