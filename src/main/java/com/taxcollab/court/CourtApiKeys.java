package com.taxcollab.court;

import com.taxcollab.organisation.Departments;
import com.taxcollab.system.EngineAsSystem;
import com.taxcollab.system.InvalidInputException;
import com.taxcollab.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * API keys for court case systems: {@code tck_<keyId>_<secret>}, sent as {@code Authorization: ApiKey
 * <key>}. The secret is 32 random bytes, so its SHA-256 is enough to keep (no password stretching
 * needed); it is compared in constant time.
 */
@Service
class CourtApiKeys {

    static final String PREFIX = "tck_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final JdbcTemplate jdbc;
    private final IdentityService identityService;
    private final Clock clock;
    private final EngineAsSystem engine;

    CourtApiKeys(JdbcTemplate jdbc, IdentityService identityService, Clock clock, EngineAsSystem engine) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** Makes a key for a court account; the answer is the only place the whole key is ever shown. */
    Map<String, Object> create(String userId, String label, String createdBy) {
        // the security administrator issuing the key belongs to no department that reads users
        if (userId == null || engine.call(() -> identityService.createUserQuery().userId(userId).memberOfGroup(
                Departments.COURT).count()) == 0) {
            throw new InvalidInputException("userId", "须为法院用户组（court）中已有的账号");
        }
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new InvalidInputException("label", "请填写密钥用途（不超过 200 个字），如“海州法院执行案件系统”");
        }
        StringBuilder keyId = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            keyId.append(KEY_ID_ALPHABET.charAt(RANDOM.nextInt(KEY_ID_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("INSERT INTO court_api_keys (key_id, secret_hash, user_id, label, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", keyId.toString(), sha256(secretText), userId, label.strip(), createdBy,
                OffsetDateTime.now(clock));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("keyId", keyId.toString());
        answer.put("userId", userId);
        answer.put("label", label.strip());
        answer.put("apiKey", PREFIX + keyId + "_" + secretText);
        return answer;
    }

    List<Map<String, Object>> list() {
        return jdbc.queryForList("SELECT key_id AS \"keyId\", user_id AS \"userId\", label, created_by AS \"createdBy\","
                + " created_at AS \"createdAt\", revoked_at AS \"revokedAt\" FROM court_api_keys ORDER BY created_at");
    }

    void revoke(String keyId) {
        if (jdbc.update("UPDATE court_api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                OffsetDateTime.now(clock), keyId) == 0) {
            throw new NotFoundException("密钥不存在或已停用：" + keyId);
        }
    }

    /** The court account a presented key acts as, if the key is known and not revoked. */
    Optional<String> userOf(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = apiKey.substring(PREFIX.length());
        int separator = rest.indexOf('_');
        if (separator <= 0) {
            return Optional.empty();
        }
        String keyId = rest.substring(0, separator);
        byte[] presented = sha256(rest.substring(separator + 1)).getBytes(StandardCharsets.US_ASCII);
        return jdbc.query("SELECT secret_hash, user_id FROM court_api_keys WHERE key_id = ? AND revoked_at IS NULL",
                (rs, row) -> MessageDigest.isEqual(presented, rs.getString("secret_hash").getBytes(
                        StandardCharsets.US_ASCII)) ? rs.getString("user_id") : null, keyId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
