package com.taxcollab.auction;

import com.taxcollab.system.ChinaTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code ${auctionDates}}: the court's own pace is counted in calendar days (an auction round takes
 * weeks), not in the bureau's working days.
 */
@Component("auctionDates")
public class AuctionDates {

    private final Clock clock;

    AuctionDates(Clock clock) {
        this.clock = clock;
    }

    /** 23:59:59 Beijing time, {@code days} calendar days after today. */
    public Date daysLater(int days) {
        LocalDate day = LocalDate.now(clock.withZone(ChinaTime.ZONE)).plusDays(days);
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ChinaTime.ZONE).toInstant());
    }
}
