package com.taxcollab.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL every integration test runs on: {@code TAXCOLLAB_TEST_DB_URL} (default the local
 * {@code test} database as {@code postgres}), else Testcontainers when a Docker engine exists, else
 * a failure that says so. Each test JVM works in a fresh schema and drops it at exit.
 */
public final class TestDatabase {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static TestDatabase instance;

    private final String baseUrl;
    private final String user;
    private final String password;
    private final String schema = "taxcollab_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private DatabasePlug plug;

    private TestDatabase(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = connect();
            instance.createSchema();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::dropSchema));
        }
        return instance;
    }

    /** Where the application connects: through the plug, so that a test can simulate an outage. */
    public synchronized String url() {
        if (plug == null) {
            plug = DatabasePlug.inFrontOf(baseUrl);
        }
        return plug.through(baseUrl) + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public synchronized DatabasePlug plug() {
        url();
        return plug;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String schema() {
        return schema;
    }

    private static TestDatabase connect() {
        String url = env("TAXCOLLAB_TEST_DB_URL", DEFAULT_URL);
        String user = env("TAXCOLLAB_TEST_DB_USER", "postgres");
        String password = env("TAXCOLLAB_TEST_DB_PASSWORD", "");
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return new TestDatabase(url, user, password);
        } catch (SQLException unreachable) {
            if (dockerAvailable()) {
                return fromTestcontainers();
            }
            throw new IllegalStateException("Integration tests need PostgreSQL and found none: " + url + " as '" + user
                    + "' refused (" + unreachable.getMessage() + "), and there is no Docker engine for Testcontainers."
                    + " Start PostgreSQL (bash .ci/run does) or point TAXCOLLAB_TEST_DB_URL at one.", unreachable);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    private static TestDatabase fromTestcontainers() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
        container.start();
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private void createSchema() {
        execute("CREATE SCHEMA " + schema);
        try (Connection c = DriverManager.getConnection(baseUrl, user, password)) {
            System.out.printf("Integration tests run against %s %s at %s, schema %s%n",
                    c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductVersion(),
                    baseUrl, schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void dropSchema() {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + baseUrl, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
