package com.taxcollab.calendar;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working-day limits of every waiting step, from {@code taxcollab.deadlines.steps.<step-key>}:
 * {@code days} until it is due, a reminder {@code reminder-before} working days before, and an
 * escalation {@code escalate-after} working days after (0: the moment it is overdue).
 */
@ConfigurationProperties("taxcollab.deadlines")
public record DeadlineProperties(Map<String, Step> steps) {

    public DeadlineProperties {
        steps = steps == null ? Map.of() : Map.copyOf(steps);
        steps.forEach((key, step) -> step.check(key));
    }

    public Optional<Step> step(String key) {
        return Optional.ofNullable(key).map(steps::get);
    }

    /**
     * {@code days} may be absent for steps whose due date comes from a person, not from the calendar;
     * {@code unit} is WORKING_DAYS unless the step says CALENDAR_DAYS (日) or HOURS.
     */
    public record Step(Integer days, Term.Unit unit, int reminderBefore, int escalateAfter) {

        public Step {
            unit = unit == null ? Term.Unit.WORKING_DAYS : unit;
        }

        void check(String key) {
            if ((days != null && days < 0) || reminderBefore < 0 || escalateAfter < 0) {
                throw new IllegalArgumentException("taxcollab.deadlines.steps." + key
                        + ": days, reminder-before and escalate-after must not be negative");
            }
        }
    }
}
