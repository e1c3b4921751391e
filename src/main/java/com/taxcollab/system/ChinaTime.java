package com.taxcollab.system;

import java.time.ZoneId;

/** Chinese administration counts days in Beijing time, whatever zone the server runs in. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }
}
