package com.taxcollab.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code calendar/holidays-cn.txt}, the official arrangements that ship with the project. */
final class BundledHolidays {

    static final String RESOURCE = "calendar/holidays-cn.txt";

    private BundledHolidays() {
    }

    static List<CalendarDay> load() {
        try (InputStream in = BundledHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CalendarDay> parse(BufferedReader reader) throws IOException {
        List<CalendarDay> days = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            if (parts.length != 3 || !(parts[1].equals("off") || parts[1].equals("work"))) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected '<date> off|work <name>'");
            }
            days.add(new CalendarDay(LocalDate.parse(parts[0]), parts[2], parts[1].equals("off")));
        }
        return days;
    }
}
