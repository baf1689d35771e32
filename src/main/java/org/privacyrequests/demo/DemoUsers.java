package org.privacyrequests.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.privacyrequests.security.StaffRoles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo logins of the default profile: {@code support}/{@code support} and {@code manager}/{@code manager}
 * (the administrator {@code demo}/{@code demo} comes from {@code camunda.bpm.admin-user}). Never in production.
 */
@Component
@ConditionalOnProperty(name = "privacy.demo.enabled", havingValue = "true")
class DemoUsers {

    private final IdentityService identityService;

    public DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener
    @Order(2)
    public void onEnginePrepared(ApplicationReadyEvent event) {
        user("support", "Sam", "Support", "support@picqer.example", StaffRoles.SUPPORT);
        user("support2", "Sanne", "Support", "support2@picqer.example", StaffRoles.SUPPORT);
        user("manager", "Mila", "Manager", "manager@picqer.example", StaffRoles.MANAGERS);
        user("manager2", "Max", "Manager", "manager2@picqer.example", StaffRoles.MANAGERS);
    }

    private void user(String id, String firstName, String lastName, String email, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(id);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identityService.createMembership(id, group);
        }
    }
}
