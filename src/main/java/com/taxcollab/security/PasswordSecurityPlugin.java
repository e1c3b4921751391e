package com.taxcollab.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords (等保 level 3, identification and authentication): the engine enforces the policy on
 * every creation and change, whichever surface asks (Admin, 个人中心, engine-rest, our code): at
 * least 8 characters with a letter, a digit and a special character, not containing the user's id,
 * name or e-mail. The rules are Camunda's own, so the webapps explain them in Chinese. New hashes
 * are bcrypt, a slow adaptive hash from Spring Security; the engine's old salted SHA-512 ones, which
 * it keeps checking by itself, still log in and are replaced at the next login ({@link PasswordHashUpgrade}).
 */
@Component
class PasswordSecurityPlugin extends AbstractProcessEnginePlugin {

    static final String BCRYPT = "BCRYPT";

    private final int bcryptStrength;
    private final PasswordHistory history;

    PasswordSecurityPlugin(@Value("${taxcollab.security.bcrypt-strength:10}") int bcryptStrength,
            PasswordHistory history) {
        this.bcryptStrength = bcryptStrength;
        this.history = history;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new Policy(new NotRecentlyUsed(history, configuration)));
        configuration.setPasswordEncryptor(new Bcrypt(new BCryptPasswordEncoder(bcryptStrength)));
        configuration.setIdentityProviderSessionFactory(new PasswordRecordingIdentityProvider.Factory(history));
    }

    private static final class Policy implements PasswordPolicy {

        private final List<PasswordPolicyRule> rules;

        Policy(PasswordPolicyRule notRecentlyUsed) {
            rules = List.of(new PasswordPolicyLengthRuleImpl(8), new PasswordPolicyLowerCaseRuleImpl(1),
                    new PasswordPolicyDigitRuleImpl(1), new PasswordPolicySpecialCharacterRuleImpl(1),
                    new PasswordPolicyUserDataRuleImpl(), notRecentlyUsed);
        }

        @Override
        public List<PasswordPolicyRule> getRules() {
            return rules;
        }
    }

    /** Not one of the holder's last {@value PasswordHistory#REMEMBERED} passwords, checked against their hashes. */
    private record NotRecentlyUsed(PasswordHistory history, ProcessEngineConfigurationImpl configuration)
            implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_HISTORY";

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("count", String.valueOf(PasswordHistory.REMEMBERED));
        }

        @Override
        public boolean execute(String candidate) {
            return true;
        }

        @Override
        public boolean execute(String candidate, User user) {
            if (user == null || candidate == null) {
                return true;
            }
            return history.recent(user.getId()).stream().noneMatch(used -> configuration.getPasswordManager()
                    .check(EncryptionUtil.saltPassword(candidate, used.salt()), used.hash()));
        }
    }

    private record Bcrypt(BCryptPasswordEncoder encoder) implements PasswordEncryptor {

        @Override
        public String encrypt(String password) {
            return encoder.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return encoder.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return BCRYPT;
        }
    }
}
