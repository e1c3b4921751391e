package com.taxcollab.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session without the browser: logged in through our login page, holding the
 * session cookie, the Camunda webapps' XSRF cookie and our pages' CSRF token, as a page would.
 * For tests that act as a hostile insider with a real session.
 */
public final class WebSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession loggedIn(int port, String user) {
        WebSession session = new WebSession(port);
        String location = session.login(user, "demo");
        if (location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException(user + " could not log in: " + location);
        }
        return session;
    }

    /** A browser that has not logged in. */
    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Submits the login page's form as a person would; where it sends them next. */
    public String login(String user, String password) {
        Matcher csrf = CSRF_INPUT.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF field");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 302) {
            throw new IllegalStateException(user + ": the login answered " + login.statusCode());
        }
        return login.headers().firstValue("Location").orElse("");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A form posted as a page's form is, from our own origin. */
    public HttpResponse<String> form(String path, String urlEncoded) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base).POST(HttpRequest.BodyPublishers.ofString(urlEncoded)));
    }

    /** A page as a browser asks for it. */
    public HttpResponse<String> html(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    /** The token Camunda's webapps send back as X-XSRF-TOKEN, issued with a first webapp page. */
    public String webappToken() {
        get("/camunda/app/tasklist/default/");
        get("/camunda/api/admin/auth/user/default");
        return cookies.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie from the webapps"));
    }

    /** The CSRF token our own pages carry in their meta tag. */
    public String pageToken() {
        Matcher meta = CSRF_META.matcher(get("/").body());
        if (!meta.find()) {
            throw new IllegalStateException("The home page has no CSRF token");
        }
        return meta.group(1);
    }

    /** A JSON request with the given extra headers (name, value, name, value …). */
    public HttpResponse<String> json(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> postMultipart(String path, String boundary, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public String origin() {
        return base;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
