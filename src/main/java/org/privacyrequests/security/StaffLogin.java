package org.privacyrequests.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A Camunda user logged in to the product's API; their Camunda groups are their authorities. */
final class StaffLogin extends AbstractAuthenticationToken {

    private final String userId;
    private final List<String> groups;

    StaffLogin(String userId, List<String> groups) {
        super(groups.stream().map(SimpleGrantedAuthority::new).toList());
        this.userId = userId;
        this.groups = List.copyOf(groups);
        setAuthenticated(true);
    }

    String userId() {
        return userId;
    }

    List<String> groups() {
        return groups;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return userId;
    }
}
