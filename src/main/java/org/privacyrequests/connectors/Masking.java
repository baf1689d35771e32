package org.privacyrequests.connectors;

import java.util.List;

/**
 * What anonymising does to one personal column, as the connector configuration names it: {@code null} empties
 * it, {@code hash} replaces it by a keyed hash, {@code placeholder:<text>} by a fixed text. Read once, where the
 * configuration is read; the statements only ask the masking what to write and whether a row still needs it.
 */
sealed interface Masking permits Masking.Nullify, Masking.Hash, Masking.Placeholder {

    String PLACEHOLDER = "placeholder:";

    /** The masking a configuration value names; an unknown one is refused with what is allowed. */
    static Masking parse(String how) {
        if ("null".equals(how)) {
            return new Nullify();
        }
        if ("hash".equals(how)) {
            return new Hash();
        }
        if (how != null && how.startsWith(PLACEHOLDER)) {
            return new Placeholder(how.substring(PLACEHOLDER.length()));
        }
        throw new IllegalArgumentException("must be null, hash or placeholder:<text>, not '" + how + "'");
    }

    /** The value the column gets in place of {@code current}. */
    Object replacement(Object current, Anonymiser anonymiser);

    /** The SQL condition under which the column still holds what this masking replaces; bound values go to {@code values}. */
    String stillPersonal(String column, List<Object> values);

    record Nullify() implements Masking {

        @Override
        public Object replacement(Object current, Anonymiser anonymiser) {
            return null;
        }

        @Override
        public String stillPersonal(String column, List<Object> values) {
            return column + " IS NOT NULL";
        }
    }

    /** A keyed hash: the same value always gives the same stand-in, and a stand-in is not hashed again. */
    record Hash() implements Masking {

        @Override
        public Object replacement(Object current, Anonymiser anonymiser) {
            return current == null ? null : anonymiser.hash(current.toString());
        }

        @Override
        public String stillPersonal(String column, List<Object> values) {
            return "(" + column + " IS NOT NULL AND " + column + " NOT LIKE '" + Anonymiser.PREFIX + "%')";
        }
    }

    record Placeholder(String text) implements Masking {

        @Override
        public Object replacement(Object current, Anonymiser anonymiser) {
            return text;
        }

        @Override
        public String stillPersonal(String column, List<Object> values) {
            values.add(text);
            return "(" + column + " IS NOT NULL AND " + column + " <> ?)";
        }
    }
}
