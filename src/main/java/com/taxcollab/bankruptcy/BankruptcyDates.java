package com.taxcollab.bankruptcy;

import com.taxcollab.system.ChinaTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * {@code ${bankruptcyDates}}: the court sets the claim deadline and the meeting date; a step due on
 * such a date is due at the end of that day, Beijing time.
 */
@Component("bankruptcyDates")
public class BankruptcyDates {

    /** 23:59:59 Beijing time on {@code isoDate} ({@code YYYY-MM-DD}). */
    public Date endOfDay(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atTime(LocalTime.of(23, 59, 59)).atZone(ChinaTime.ZONE).toInstant());
    }
}
