package com.taxcollab.assessment;

import com.taxcollab.calendar.WorkingDayCalendar;
import com.taxcollab.cases.CaseOpener;
import com.taxcollab.cases.CaseOpener.NewCase;
import com.taxcollab.cases.CaseType;
import com.taxcollab.organisation.Organisation;
import com.taxcollab.system.ChinaTime;
import com.taxcollab.system.EngineActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 常态化督查通报: on the first working day of each month, at 09:00 Beijing time, each configured
 * jurisdiction's supervision gets the circular of the month before as a case of its own (督查通报), with
 * every department involved so that each reads what is issued to it. Run by the job {@link CircularJob} declares.
 */
@Component
class MonthlyCirculars {

    static final String MONTH = "circularMonth";
    static final String MONTH_LABEL = "circularMonthLabel";
    private static final LocalTime AT = LocalTime.of(9, 0);

    private final CaseOpener opener;
    private final CircularProperties properties;
    private final Organisation organisation;
    private final WorkingDayCalendar calendar;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MonthlyCirculars(CaseOpener opener, CircularProperties properties, Organisation organisation,
            WorkingDayCalendar calendar, JdbcTemplate jdbc, Clock clock) {
        this.opener = opener;
        this.properties = properties;
        this.organisation = organisation;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The first working day of the month after this one, at 09:00; this month's when it is still to come. */
    Date nextRun() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate thisMonths = firstWorkingDay(YearMonth.from(today));
        boolean stillToCome = today.isBefore(thisMonths) || today.equals(thisMonths)
                && LocalTime.now(clock.withZone(ChinaTime.ZONE)).isBefore(AT);
        LocalDate day = stillToCome ? thisMonths : firstWorkingDay(YearMonth.from(today).plusMonths(1));
        return Date.from(day.atTime(AT).atZone(ChinaTime.ZONE).toInstant());
    }

    private LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
    }

    /** Opens last month's circular in each jurisdiction that has none yet (a second run opens nothing). */
    void openForLastMonth() {
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(ChinaTime.ZONE))).minusMonths(1);
        for (String jurisdiction : properties.jurisdictions()) {
            String title = title(month, jurisdiction);
            if (jdbc.queryForObject("SELECT COUNT(*) FROM cases WHERE case_type = ? AND title = ?", Integer.class,
                    CaseType.TB.name(), title) > 0) {
                continue;
            }
            opener.open(new NewCase(CaseType.TB, jurisdiction, title, EngineActor.SYSTEM, Map.of(
                    MONTH, month.toString(), MONTH_LABEL, label(month)))
                    .involving(organisation.departmentIds().toArray(String[]::new)));
        }
    }

    private String title(YearMonth month, String jurisdiction) {
        return label(month) + "督查通报（" + organisation.jurisdictionName(jurisdiction).orElse(jurisdiction) + "）";
    }

    static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
