package com.taxcollab.security;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.server.ResponseStatusException;

/** Who is calling, with the departments and jurisdictions that decide what they may see. */
@Service
public class CurrentUserService {

    private static final String REQUEST_ATTRIBUTE = CurrentUserService.class.getName() + ".user";

    private final IdentityService identityService;

    CurrentUserService(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(loadOncePerRequest(authentication.getName()));
    }

    /** The engine-auth filter and the controller both ask within one request: three identity queries, once. */
    private CurrentUser loadOncePerRequest(String userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return load(userId);
        }
        if (request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser known
                && known.id().equals(userId)) {
            return known;
        }
        CurrentUser user = load(userId);
        request.setAttribute(REQUEST_ATTRIBUTE, user, RequestAttributes.SCOPE_REQUEST);
        return user;
    }

    /**
     * The caller of a request that Spring Security has already authenticated; a 401 should it
     * ever run without one.
     */
    public CurrentUser require() {
        return current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    public CurrentUser load(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        var groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        var tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        String name = user == null ? userId : displayName(user);
        String email = user == null ? null : user.getEmail();
        return new CurrentUser(userId, name, email, groups, tenants, groups.contains(Groups.CAMUNDA_ADMIN));
    }

    private static String displayName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        String name = (first + last).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
