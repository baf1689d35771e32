package org.privacyrequests.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks an API login (HTTP basic) against Camunda's users, the same ones who log in to Tasklist and Cockpit,
 * so the engine's password rules and its lockout after repeated failures apply here too.
 */
@Component
class CamundaLogin implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaLogin(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String userId = login.getName();
        Object password = login.getCredentials();
        if (userId == null || userId.isEmpty() || password == null || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Wrong user name or password.");
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return new StaffLogin(userId, groups);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
