package com.taxcollab.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plug between the application and its PostgreSQL, so that a test can pull it (a database outage:
 * open connections break, new ones are cut at once) and plug it back in. Every integration test's
 * connections pass through it; it only copies bytes.
 */
public final class DatabasePlug {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean pulled;

    private DatabasePlug(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-plug");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A plug in front of the database of this JDBC URL; returns the URL to connect through it. */
    static DatabasePlug inFrontOf(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        try {
            return new DatabasePlug(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the database plug", e);
        }
    }

    String through(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String hostPort = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote(hostPort), "127.0.0.1:" + server.getLocalPort());
    }

    /** The outage: every open connection breaks, every new one is cut as it arrives. */
    public void pull() {
        pulled = true;
        open.forEach(DatabasePlug::close);
        open.clear();
    }

    public void plugIn() {
        pulled = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (pulled) {
                    close(client);
                    continue;
                }
                Socket database = new Socket(targetHost, targetPort);
                // PostgreSQL's small request-answer messages must not wait for Nagle's algorithm
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                open.add(client);
                open.add(database);
                pipe(client, database);
                pipe(database, client);
            } catch (IOException e) {
                // a connection that could not be made: the client sees it fail, as with a real outage
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException broken) {
                // the other side went away
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-plug-copy");
        copier.setDaemon(true);
        copier.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }
}
