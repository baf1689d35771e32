package org.privacyrequests.connectors;

/** Where in the connector configuration a problem is: the file and the source; each error adds the field. */
record ConfigurationProblems(String file, String source) {

    ConnectorConfigurationError error(String field, String problem) {
        return new ConnectorConfigurationError("Connector configuration " + file + ", source '" + source + "', " + field + ": " + problem);
    }

    void fail(String field, String problem) {
        throw error(field, problem);
    }
}
