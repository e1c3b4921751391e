package com.taxcollab.rectification;

import com.taxcollab.security.CurrentUser;
import com.taxcollab.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: p50/p95 of the ledger query and the dashboard's aggregates at 100k and 1M items, against
 * a plain {@code SELECT count(*)} on the same table. Run it on its own (PostgreSQL):
 * {@code mvn -B -o test -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (sizes: {@code -Dbenchmark.sizes=100000,1000000}); figures go to stdout and target/ledger-benchmark.txt.
 */
class LedgerBenchmark extends IntegrationTest {

    static final String[] JURISDICTIONS = {"lyg", "lianyun", "haizhou", "ganyu", "donghai", "guanyun", "guannan"};
    static final int BATCHES = 1000;
    static final int RUNS = 40;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ItemLedger ledger;
    @Autowired
    RectificationFigures figures;

    @Test
    void measure() throws IOException {
        CurrentUser supervisor = new CurrentUser("super1", "刘督查", null, List.of("supervision"),
                List.of(JURISDICTIONS), false);
        CurrentUser unit = new CurrentUser("tax1", "王税务", null, List.of("tax"), List.of("lyg"), false);
        List<String> all = List.of(JURISDICTIONS);
        StringBuilder report = new StringBuilder(String.format("%-44s %10s %10s%n", "query", "p50 ms", "p95 ms"));
        int loaded = 0;
        for (String size : System.getProperty("benchmark.sizes", "100000,1000000").split(",")) {
            int target = Integer.parseInt(size.strip());
            load(loaded, target);
            loaded = target;
            report.append(String.format("-- %,d items%n", target));
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("baseline SELECT count(*)", () -> jdbc.queryForObject(
                    "SELECT count(*) FROM rectification_items", Long.class));
            queries.put("ledger page 1, supervisor, all", () -> ledger.search(supervisor,
                    LedgerFilter.of(null, null, null, null, null), 0, 50));
            queries.put("ledger page 1, supervisor, light=RED", () -> ledger.search(supervisor,
                    LedgerFilter.of("RED", null, null, null, null), 0, 50));
            queries.put("ledger page 1, supervisor, haizhou+tax+OPEN", () -> ledger.search(supervisor,
                    LedgerFilter.of(null, "OPEN", "tax", "haizhou", null), 0, 50));
            queries.put("ledger page 200, supervisor, all", () -> ledger.search(supervisor,
                    LedgerFilter.of(null, null, null, null, null), 199, 50));
            queries.put("ledger page 1, unit (lyg tax)", () -> ledger.search(unit,
                    LedgerFilter.of(null, null, null, null, null), 0, 50));
            queries.put("dashboard counts by light", () -> figures.lights(all));
            queries.put("dashboard overdue per department", () -> figures.overdueByDepartment(all));
            queries.put("dashboard on-time closure rate (1 year)", () -> figures.closureRates(all,
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            queries.put("dashboard red list (100)", () -> figures.redList(all, 100));
            queries.forEach((name, query) -> {
                double[] ms = time(query);
                report.append(String.format("%-44s %10.1f %10.1f%n", name, percentile(ms, 50), percentile(ms, 95)));
            });
        }
        System.out.println(report);
        Files.writeString(Path.of("target/ledger-benchmark.txt"), report);
    }

    private void load(int from, int to) {
        if (from == 0) {
            jdbc.update("INSERT INTO cases (case_number, case_type, jurisdiction, title, status, initiator, created_at)"
                    + " SELECT 'ZG-BENCH-' || g, 'ZG', (ARRAY['" + String.join("','", JURISDICTIONS) + "'])[1 + g % 7],"
                    + " '基准', 'OPEN', 'super1', now() FROM generate_series(0, ?) g", BATCHES - 1);
            jdbc.update("INSERT INTO rectification_batches (case_number, title, jurisdiction, initiator, created_at)"
                    + " SELECT case_number, title, jurisdiction, initiator, created_at FROM cases"
                    + " WHERE case_number LIKE 'ZG-BENCH-%'");
        }
        // as a ledger looks after some years: 70% closed (one in ten of those late); of the open ones
        // 60% green, 20% yellow, 20% red
        jdbc.update("INSERT INTO rectification_items (case_number, position, problem, requirement, department,"
                + " jurisdiction, person_name, person_id_number, due_date, light, status, extension_count, return_count,"
                + " closed_at, overdue_days_at_close)"
                + " SELECT 'ZG-BENCH-' || (g % " + BATCHES + "), g, '基准问题 ' || g, '整改要求',"
                + " (ARRAY['tax','court','realestate','market','police','housing'])[1 + g % 6],"
                + " (ARRAY['" + String.join("','", JURISDICTIONS) + "'])[1 + (g % " + BATCHES + ") % 7],"
                + " '张三', '11010519491231002X', DATE '2026-01-01' + (g % 365),"
                + " CASE WHEN g % 10 < 6 THEN 'GREEN' WHEN g % 10 < 8 THEN 'YELLOW' ELSE 'RED' END,"
                + " CASE WHEN g % 100 < 70 THEN 'CLOSED' ELSE 'OPEN' END, g % 3, g % 2,"
                + " CASE WHEN g % 100 < 70 THEN TIMESTAMP WITH TIME ZONE '2026-01-01 10:00+08' + (g % 365) * INTERVAL '1 day' END,"
                + " CASE WHEN g % 100 < 70 THEN CASE WHEN g % 100 < 7 THEN 3 ELSE 0 END END"
                + " FROM generate_series(?, ?) g", from, to - 1);
        jdbc.execute("VACUUM ANALYZE rectification_items");
    }

    private static double[] time(Supplier<Object> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
