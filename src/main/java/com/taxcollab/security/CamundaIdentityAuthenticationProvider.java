package com.taxcollab.security;

import com.taxcollab.system.ChinaTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
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

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final IdentityService identityService;
    private final AccountLockout lockout;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, AccountLockout lockout) {
        this.identityService = identityService;
        this.lockout = lockout;
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
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities(userId));
    }

    private List<GrantedAuthority> authorities(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> (GrantedAuthority) new SimpleGrantedAuthority(
                        Groups.CAMUNDA_ADMIN.equals(group.getId()) ? ROLE_ADMIN : "GROUP_" + group.getId()))
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
