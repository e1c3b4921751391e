package com.taxcollab.security;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, which also records each password a person sets, whichever surface they
 * use (Admin, engine-rest, 个人中心, the security administrator's reset): into the history, and as a
 * password to be replaced at the next login when someone other than its holder set it (a new account's
 * first password, a reset). A password the holder chose themselves clears that.
 */
class PasswordRecordingIdentityProvider extends DbIdentityServiceProvider {

    private final PasswordHistory history;

    PasswordRecordingIdentityProvider(PasswordHistory history) {
        this.history = history;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        boolean newPassword = user instanceof UserEntity entity && entity.hasNewPassword();
        String by = PasswordHistory.actor(Context.getCommandContext().getAuthenticatedUserId());
        IdentityOperationResult result = super.saveUser(user);
        // the system setting one (the demo users at start) is no person's choice: neither recorded nor aged
        if (newPassword && by != null) {
            UserEntity saved = (UserEntity) user;
            history.record(user.getId(), new PasswordHistory.Hash(saved.getPassword(), saved.getSalt()), by);
            if (by.equals(user.getId())) {
                history.chosenByHolder(user.getId());
            } else {
                history.setByOther(user.getId(), by);
            }
        }
        return result;
    }

    /** Opens this provider for each engine command in place of the plain one. */
    record Factory(PasswordHistory history) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return PasswordRecordingIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new PasswordRecordingIdentityProvider(history);
        }
    }
}
