package com.taxcollab.system;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016), the digest the product's integrity checks use, as 64 lower-case hex digits. */
public final class Sm3 {

    private Sm3() {
    }

    public static String hex(byte[] content) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(content, 0, content.length);
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
