package org.privacyrequests;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Handles GDPR data subject requests as BPMN processes on the Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PrivacyRequestsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrivacyRequestsApplication.class, args);
    }
}
