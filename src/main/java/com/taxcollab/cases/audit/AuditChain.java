package com.taxcollab.cases.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The link of one audit row in the chain: SM3 (GB/T 32905, BouncyCastle) over the previous row's
 * hash and every field of this row, each field length-prefixed so that no two rows read alike.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String link(String previousHash, Instant occurredAt, String userId, String caseNumber, String action,
            String detail, boolean granted, String clientAddress) {
        SM3Digest sm3 = new SM3Digest();
        for (String field : new String[] {previousHash, occurredAt.toString(), userId, caseNumber, action, detail,
                Boolean.toString(granted), clientAddress}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            byte[] length = Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.UTF_8);
            sm3.update(length, 0, length.length);
            sm3.update((byte) ':');
            sm3.update(bytes, 0, bytes.length);
        }
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }
}
