package com.taxcollab.security;

import com.taxcollab.organisation.AdministratorGroups;
import com.taxcollab.system.ChinaTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Checks passwords against the Camunda identity service: one user store for our pages and the engine. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String ROLE_ADMIN = "ROLE_ADMIN";
    static final Set<String> ADMINISTRATOR_ROLES = Set.of(Groups.CAMUNDA_ADMIN, AdministratorGroups.SECURITY_ADMIN,
            AdministratorGroups.AUDIT_ADMIN);

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final IdentityService identityService;
    private final AccountLockout lockout;
    private final PasswordHashUpgrade hashUpgrade;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, AccountLockout lockout,
            PasswordHashUpgrade hashUpgrade) {
        this.identityService = identityService;
        this.lockout = lockout;
        this.hashUpgrade = hashUpgrade;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null || userId.length() > 64 || userId.indexOf('\u0000') >= 0
                || credentials.toString().indexOf('\u0000') >= 0) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        lockout.lockedUntil(userId).ifPresent(until -> {
            throw new LockedException("账号因多次登录失败已被锁定，请于 "
                    + until.atZoneSameInstant(ChinaTime.ZONE).format(UNTIL) + " 后再试，或联系安全管理员解锁");
        });
        if (!identityService.checkPassword(userId, credentials.toString())) {
            lockout.failed(userId);
            throw new BadCredentialsException("用户名或密码错误");
        }
        lockout.succeeded(userId);
        hashUpgrade.afterLogin(userId, credentials.toString());
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(userId));
    }

    /** An account that holds two administrator roles, or one and a department, does not log in (三员分立). */
    private List<GrantedAuthority> authorities(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId()).toList();
        long roles = groups.stream().filter(ADMINISTRATOR_ROLES::contains).count();
        if (roles > 1 || roles == 1 && groups.size() > 1) {
            throw new DisabledException("账号同时具有多个管理员角色或兼任业务部门，违反三员分立，已拒绝登录，请联系安全管理员");
        }
        return groups.stream().map(group -> (GrantedAuthority) new SimpleGrantedAuthority(
                Groups.CAMUNDA_ADMIN.equals(group) ? ROLE_ADMIN : "GROUP_" + group)).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
