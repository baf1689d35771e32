package org.privacyrequests.company;

import java.util.List;

/**
 * The languages the product speaks to requesters and staff: Dutch, the default, and English. Every mail
 * template, page text and form exists in each (mail/&lt;language&gt;/, web/texts_&lt;language&gt;.properties);
 * a language outside this list gets Dutch.
 */
public final class Languages {

    public static final String DUTCH = "nl";
    public static final String ENGLISH = "en";
    public static final String DEFAULT = DUTCH;
    public static final List<String> ALL = List.of(DUTCH, ENGLISH);
    /** For validating a language given through the API: a constant, so an annotation can name it. */
    public static final String PATTERN = DUTCH + "|" + ENGLISH;
    public static final String PATTERN_MESSAGE = "must be '" + DUTCH + "' or '" + ENGLISH + "'";

    private Languages() {
    }

    public static boolean supported(String language) {
        return language != null && ALL.contains(language);
    }

    /** The language itself when the product speaks it, else the default (Dutch). */
    public static String supportedOrDefault(String language) {
        return supported(language) ? language : DEFAULT;
    }
}
