package org.privacyrequests.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The product's clock is the engine's clock: timers, due dates and the product's own records (received, sent,
 * decided, swept) all read the same time, also when a test moves the engine's clock ({@code ClockUtil}) to a
 * deadline instead of waiting for it. Everything outside this package asks the {@link Clock} bean.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }
}
