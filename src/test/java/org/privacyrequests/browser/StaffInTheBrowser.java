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

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
