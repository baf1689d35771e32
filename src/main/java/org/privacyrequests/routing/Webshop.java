package org.privacyrequests.routing;

/** A webshop that uses the product: the controller of its consumers' data, with its privacy contact. */
public record Webshop(long id, String name, String domain, String privacyContactEmail, String language) {
}
