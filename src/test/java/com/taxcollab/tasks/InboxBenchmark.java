package com.taxcollab.tasks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Bench command (not a test): the 待办 query of the workbench as open work grows from 1,000 to
 * 100,000 tasks across the seven jurisdictions, for an officer of one department and jurisdiction,
 * against a {@code SELECT 1} round trip in the same run. Run on PostgreSQL ({@code TAXCOLLAB_TEST_DB_URL},
 * as the tests) in a scratch schema it drops afterwards:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=com.taxcollab.tasks.InboxBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class InboxBenchmark {

    private static final List<String> JURISDICTIONS = List.of("lyg", "lianyun", "haizhou", "ganyu", "donghai",
            "guanyun", "guannan");
    private static final List<String> DEPARTMENTS = List.of("tax", "court", "realestate", "govoffice", "police",
            "market", "bank", "immigration", "eco", "science", "land", "price", "hrss", "medins", "procur",
            "supervision", "leadership", "traffic", "finance", "housing");
    private static final int ROUNDS = 300;

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv().getOrDefault("TAXCOLLAB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("TAXCOLLAB_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TAXCOLLAB_TEST_DB_PASSWORD", "");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        SingleConnectionDataSource data = new SingleConnectionDataSource(url, user, password, true);
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
            Flyway.configure().dataSource(data).schemas(schema).defaultSchema(schema).load().migrate();
            statement.execute("SET search_path TO " + schema);
            OpenWork openWork = new OpenWork(JdbcClient.create(data));
            OpenWorkQuery inbox = OpenWorkQuery.of("tax1", List.of("tax"), List.of("lyg"), List.of());
            Random random = new Random(42);

            fill(connection, 0, 1_000, random);
            statement.execute("VACUUM ANALYZE open_work_parties");
            Figures small = measure(connection, openWork, inbox);
            fill(connection, 1_000, 100_000, random);
            statement.execute("VACUUM ANALYZE open_work_parties");
            Figures large = measure(connection, openWork, inbox);
            if (System.getenv("BENCH_EXPLAIN") != null) {
                explain(connection, "SELECT DISTINCT p.task_id, p.due_at, p.created_at FROM open_work_parties p WHERE "
                        + inbox.where() + " ORDER BY p.due_at ASC NULLS LAST, p.created_at ASC, p.task_id LIMIT 20", inbox);
            }

            System.out.printf("待办 first page + light counts, p95 over %d rounds (tax1: tax, lyg)%n", ROUNDS);
            System.out.printf("  SELECT 1 round trip     %8.2f ms%n", large.select1);
            System.out.printf("    1,000 open tasks      %8.2f ms  (%4.1f x SELECT 1)%n", small.inbox,
                    small.inbox / small.select1);
            System.out.printf("  100,000 open tasks      %8.2f ms  (%4.1f x SELECT 1)%n", large.inbox,
                    large.inbox / large.select1);
            System.out.printf("  ratio 100,000 / 1,000   %8.2f%n", large.inbox / small.inbox);
        } finally {
            try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            data.destroy();
        }
    }

    record Figures(double inbox, double select1) {
    }

    private static Figures measure(Connection connection, OpenWork openWork, OpenWorkQuery inbox)
            throws SQLException {
        for (int i = 0; i < 30; i++) {
            inbox(openWork, inbox);
        }
        double[] inboxTimes = new double[ROUNDS];
        double[] selectTimes = new double[ROUNDS];
        try (PreparedStatement select1 = connection.prepareStatement("SELECT 1")) {
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                inbox(openWork, inbox);
                inboxTimes[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                select1.executeQuery().close();
                selectTimes[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return new Figures(p95(inboxTimes), p95(selectTimes));
    }

    /** What the workbench reads: the first page and the count of each light (their sum is the total). */
    private static void inbox(OpenWork openWork, OpenWorkQuery inbox) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        openWork.page(inbox, 0, 20);
        openWork.lightCounts(inbox, now, now.plusDays(4));
    }

    /** Tasks from..to: one department each, a tenth of them claimed, due dates over two months. */
    private static void fill(Connection connection, int from, int to, Random random) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement task = connection.prepareStatement("INSERT INTO open_work (task_id, case_number,"
                + " process_key, task_name, jurisdiction, assignee, created_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement candidate = connection.prepareStatement(
                        "INSERT INTO open_work_candidates (task_id, group_id) VALUES (?, ?)");
                PreparedStatement party = connection.prepareStatement(
                        "INSERT INTO open_work_parties (task_id, party, jurisdiction, case_number, process_key,"
                                + " task_name, created_at, due_at) SELECT task_id, ?, jurisdiction, case_number,"
                                + " process_key, task_name, created_at, due_at FROM open_work WHERE task_id = ?")) {
            for (int i = from; i < to; i++) {
                String id = "task-" + i;
                String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
                String jurisdiction = JURISDICTIONS.get(random.nextInt(JURISDICTIONS.size()));
                String assignee = random.nextInt(10) == 0 ? department + (1 + random.nextInt(5)) : null;
                task.setString(1, id);
                task.setString(2, "ZY-2026-" + String.format("%06d", i));
                task.setString(3, "disputeEscalation");
                task.setString(4, "办理任务 " + i);
                task.setString(5, jurisdiction);
                task.setString(6, assignee);
                task.setObject(7, now.minusDays(random.nextInt(60)));
                task.setObject(8, random.nextInt(20) == 0 ? null : now.plusHours(random.nextInt(24 * 60) - 24 * 20));
                task.addBatch();
                candidate.setString(1, id);
                candidate.setString(2, department);
                candidate.addBatch();
                party.setString(1, assignee == null ? OpenWork.department(department) : OpenWork.user(assignee));
                party.setString(2, id);
                party.addBatch();
                if (i % 1000 == 999) {
                    task.executeBatch();
                    candidate.executeBatch();
                    party.executeBatch();
                }
            }
            task.executeBatch();
            candidate.executeBatch();
            party.executeBatch();
        }
    }

    private static void explain(Connection connection, String sql, OpenWorkQuery query) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + sql)) {
            for (int i = 0; i < query.args().size(); i++) {
                explain.setObject(i + 1, query.args().get(i));
            }
            try (var rows = explain.executeQuery()) {
                while (rows.next()) {
                    System.out.println(rows.getString(1));
                }
            }
        }
    }

    private static double p95(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }
}
