package org.privacyrequests.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.privacyrequests.support.ProcessScenario;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A scenario that staff work in a real browser: a fresh browser on the running product, and the Camunda webapps in it. */
abstract class StaffInTheBrowser extends ProcessScenario {

    @LocalServerPort int port;
    protected Browser browser;
    protected CamundaWebapps camunda;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
        camunda = new CamundaWebapps(browser);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.camunda.bpm.engine.FilterService filterService;
    @org.springframework.beans.factory.annotation.Autowired
    java.util.List<org.privacyrequests.minimisation.KeepsCaseData> features;
    /** Requests a scenario filed: forgotten afterwards, so that other scenarios for the same address do not count them as earlier ones. */
    protected final java.util.List<String> filed = new java.util.ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The id of a Tasklist filter, by the name staff see. */
    protected String filter(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult().getId();
    }

    @AfterEach
    void forgetTheFiledRequests() {
        features.forEach(feature -> feature.forgetGathered(filed, java.time.Instant.EPOCH));
        features.forEach(feature -> feature.forgetRecords(filed, java.time.Instant.EPOCH));
    }
}
