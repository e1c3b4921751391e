package com.taxcollab.calendar;

/**
 * A statutory or policy term: N working days (工作日), N days (日, calendar days, see
 * {@link WorkingDayCalendar#addCalendarDays}) or N hours (小时, for urgent assistance).
 * docs/deadlines.md explains the three units.
 */
public record Term(int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS("个工作日"),
        CALENDAR_DAYS("日"),
        HOURS("小时");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Term {
        if (unit == null) {
            throw new IllegalArgumentException("A term needs its unit: WORKING_DAYS, CALENDAR_DAYS or HOURS");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("A term needs at least 1 " + unit + ", not " + amount);
        }
    }

    /** As officers read it: 15日, 10个工作日, 2小时. */
    public String text() {
        return amount + unit.label();
    }
}
