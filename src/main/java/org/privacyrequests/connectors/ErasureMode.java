package org.privacyrequests.connectors;

/** What erasing a row of a table does, as the connector configuration's {@code erase} names it. */
enum ErasureMode {
    /** The row goes. */
    DELETE,
    /** The row stays (other rows point to it); its {@code nullify-columns} are set to null. */
    NULLIFY;

    static ErasureMode parse(String value) {
        return ConfigurationWords.parse(ErasureMode.class, value);
    }
}
