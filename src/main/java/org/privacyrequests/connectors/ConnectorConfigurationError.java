package org.privacyrequests.connectors;

/** A connector configuration that cannot work; the message names the file, the source and the field. */
class ConnectorConfigurationError extends IllegalStateException {

    public ConnectorConfigurationError(String message) {
        super(message);
    }
}
