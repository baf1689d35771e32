package org.privacyrequests.instructions;

/** The names by which Java code and {@code processes/carry-out-webshop-instruction.bpmn} meet. */
public final class WebshopInstructionProcess {

    public static final String KEY = "carry-out-webshop-instruction";
    public static final String MESSAGE = "WebshopInstructionReceived";
    /** The channel of the request record that carries out a webshop's instruction. */
    public static final String CHANNEL = "webshop-instruction";

    /** Process variables: references and small facts only; who instructed and about whom live in the records. */
    static final class Var {
        static final String REFERENCE = "reference";
        static final String WEBSHOP_NAME = "webshopName";
        static final String SENDER_AUTHENTICATED = "senderAuthenticated";
        static final String INSTRUCTION_CONFIRMED = "instructionConfirmed";
        static final String CONFIRMATION_NOTE = "confirmationNote";
        static final String WEBSHOP_DATA_FOUND = "webshopDataFound";

        private Var() {
        }
    }

    private WebshopInstructionProcess() {
    }
}
