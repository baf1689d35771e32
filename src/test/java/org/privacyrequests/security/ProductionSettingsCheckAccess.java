package org.privacyrequests.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;

/** Lets tests in other packages read which settings production requires. */
public final class ProductionSettingsCheckAccess {

    private ProductionSettingsCheckAccess() {
    }

    public static Set<String> required() {
        return ProductionSettingsCheck.REQUIRED.keySet();
    }

    /** Runs the start-up check on the real profile files with these profiles and environment variables. */
    public static void check(List<String> profiles, Map<String, Object> variables) throws IOException {
        new ProductionSettingsCheck().postProcessEnvironment(ProductionSettingsCheckTest.environment(profiles, variables),
                new SpringApplication());
    }
}
