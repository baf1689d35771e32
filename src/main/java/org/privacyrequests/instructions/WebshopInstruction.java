package org.privacyrequests.instructions;

import java.time.Instant;

/**
 * A webshop's instruction to us, its processor, about one of its consumers, as the records keep it.
 *
 * @param reference             the request record that carries it out
 * @param webshopId             the webshop that instructed (the controller); only its data is touched
 * @param aboutReference        the consumer's request we had forwarded to the webshop, which the mail answered
 * @param messageId             the webshop's mail, which our answer threads on
 * @param from                  the address it came from: the webshop's privacy contact on file
 * @param senderAuthenticatedBy the trusted mail server that recorded a DMARC pass for the sender's domain, or null
 */
public record WebshopInstruction(String reference, long webshopId, String aboutReference, String messageId, String from,
                                 String senderAuthenticatedBy, Instant receivedAt) {

    /** Whether our own mail server proved the mail came from the webshop's domain. */
    public boolean senderAuthenticated() {
        return senderAuthenticatedBy != null;
    }
}
