package org.privacyrequests.lookup;

/** What kind of personal data a record holds; the retention rules decide per category. */
public enum DataCategory {
    CONTACT, ACCOUNT, FINANCIAL, ORDER, SHIPMENT, USAGE, CORRESPONDENCE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
