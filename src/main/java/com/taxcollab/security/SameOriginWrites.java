package com.taxcollab.security;

import com.taxcollab.system.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A write from another site's page is refused on every path, whatever it authenticates with: a
 * browser sends the session cookie, and cached HTTP Basic credentials, along with a cross-site form.
 * Browsers name the page's origin on every such request; machine clients send none.
 */
class SameOriginWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String publicOrigin;

    SameOriginWrites(String publicUrl) {
        this.publicOrigin = origin(URI.create(publicUrl));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        boolean crossSite = "cross-site".equals(request.getHeader("Sec-Fetch-Site"));
        if (!SAFE_METHODS.contains(request.getMethod())
                && (crossSite || (origin != null && !origin.equals(ownOrigin(request)) && !origin.equals(publicOrigin)))) {
            ProblemResponses.forbidden(response, "拒绝来自其他网站的请求：" + (origin == null ? "cross-site" : origin));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return request.getScheme() + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
