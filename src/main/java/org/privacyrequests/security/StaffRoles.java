package org.privacyrequests.security;

import java.util.Collection;

/** The Camunda groups the product knows: support staff, managers (and the privacy officer), administrators. */
public final class StaffRoles {

    public static final String SUPPORT = "support";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    private StaffRoles() {
    }

    /** Whether this user is a member of the managers' group, as the engine's identity service knows it. */
    public static boolean inManagersGroup(org.camunda.bpm.engine.IdentityService identityService, String userId) {
        return userId != null && identityService.createGroupQuery().groupMember(userId).groupId(MANAGERS).count() > 0;
    }

    /** Managers (and administrators) oversee all work: the SLA overview, approvals, escalations. */
    public static boolean isManager(Collection<String> groups) {
        return groups.contains(MANAGERS) || groups.contains(ADMINS);
    }

    public static boolean isStaff(Collection<String> groups) {
        return groups.contains(SUPPORT) || groups.contains(MANAGERS) || groups.contains(ADMINS);
    }
}
