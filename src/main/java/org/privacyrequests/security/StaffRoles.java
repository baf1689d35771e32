package org.privacyrequests.security;

import java.util.Collection;

/** The Camunda groups the product knows: support staff, managers (and the privacy officer), administrators. */
public final class StaffRoles {

    public static final String SUPPORT = "support";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    private StaffRoles() {
    }

    /** Managers (and administrators) oversee all work: the SLA overview, approvals, escalations. */
    public static boolean isManager(Collection<String> groups) {
        return groups.contains(MANAGERS) || groups.contains(ADMINS);
    }

    public static boolean isStaff(Collection<String> groups) {
        return groups.contains(SUPPORT) || groups.contains(MANAGERS) || groups.contains(ADMINS);
    }
}
