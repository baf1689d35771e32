package org.privacyrequests.lookup;

/** Whether the company decides about a record (controller) or holds it for a webshop (processor, Art. 28). */
public enum ProcessingRole { CONTROLLER, PROCESSOR }
