package org.privacyrequests.security;

import java.util.Set;

/** Lets tests in other packages read which settings production requires. */
public final class ProductionSettingsCheckAccess {

    private ProductionSettingsCheckAccess() {
    }

    public static Set<String> required() {
        return ProductionSettingsCheck.REQUIRED.keySet();
    }
}
