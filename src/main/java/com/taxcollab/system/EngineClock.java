package com.taxcollab.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A {@link Clock} that reads the engine's clock, so that our own deadlines and the engine's timers
 * always agree: moving {@code ClockUtil} in a test moves both.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new EngineClock(otherZone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }
}
