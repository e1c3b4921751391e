package com.taxcollab.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taxcollab.support.IntegrationTest;
import com.taxcollab.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two database roles of production: with the grants our migrations give the application role
 * (db/vendor/postgresql/afterMigrate.sql), it reads and writes its tables and appends to the audit
 * trail, and every way around the append-only trail is refused to it.
 */
class AuditDatabaseRolesTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseAudit audit;

    private final String role = "taxcollab_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @BeforeEach
    void anApplicationRole() throws IOException {
        jdbc.execute("CREATE ROLE " + role + " LOGIN");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("db/vendor/postgresql/afterMigrate.sql")) {
            jdbc.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${appRole}", role));
        }
    }

    @AfterEach
    void dropIt() throws SQLException {
        jdbc.execute("DROP OWNED BY " + role);
        jdbc.execute("DROP ROLE " + role);
        // the test's own forged row goes, as only a superuser can make it go (other tests verify the chain)
        TestDatabase db = TestDatabase.get();
        try (Connection owner = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement sql = owner.createStatement()) {
            sql.execute("SET search_path TO " + db.schema());
            sql.execute("SET session_replication_role = replica");
            sql.execute("DELETE FROM case_audit WHERE user_id = 'roletest'");
        }
    }

    @Test
    void theApplicationRoleAppendsToTheAuditTrailAndCannotChangeIt() throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection app = DriverManager.getConnection(db.url(), role, "");
                Statement sql = app.createStatement()) {
            sql.execute("SET search_path TO " + db.schema());
            assertThat(sql.executeUpdate("INSERT INTO case_audit (occurred_at, user_id, action, granted)"
                    + " VALUES (now(), 'roletest', 'CASE_VIEW', true)")).as("appends").isEqualTo(1);
            assertThat(sql.executeQuery("SELECT count(*) FROM case_audit").next()).as("reads").isTrue();
            assertThat(sql.executeUpdate("UPDATE cases SET title = title WHERE case_number = 'none'"))
                    .as("writes its other tables").isZero();

            for (String bypass : List.of(
                    "UPDATE case_audit SET detail = 'changed'",
                    "DELETE FROM case_audit",
                    "TRUNCATE case_audit",
                    "ALTER TABLE case_audit DISABLE TRIGGER case_audit_no_update_or_delete",
                    "ALTER TABLE case_audit ADD COLUMN note TEXT",
                    "SET session_replication_role = replica",
                    "DROP TABLE case_audit")) {
                assertThatThrownBy(() -> sql.execute(bypass)).as(bypass).isInstanceOfSatisfying(SQLException.class,
                        refused -> assertThat(refused.getSQLState()).as(bypass).isEqualTo("42501"));
            }
        }
        Long forged = jdbc.queryForObject("SELECT id FROM case_audit WHERE user_id = 'roletest'", Long.class);
        assertThat(audit.firstBrokenLink()).as("a row slipped in around the product breaks the chain there")
                .contains(forged);
    }
}
