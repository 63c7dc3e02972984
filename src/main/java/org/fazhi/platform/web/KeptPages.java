package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages kept whole as UTF-8 bytes per page, user and language, for the pages every unit opens most (the unit page
 * at province scale spent two thirds of its CPU in the template engine and in encoding text that changes only with
 * the reporting loop). A kept page is rendered by its template as usual, once, with markers where the per-request
 * parts go — the CSRF token and the unread badge — and every later view copies the bytes and puts the request's
 * own token and badge in. The page is rendered again when what it was written from changes: the controller's
 * {@code version} (e.g. the kept table and the user's permission to act), the language, context path, navigation
 * bar or signed-in account's details. A page with a flash message, or for nobody signed in, is never kept.
 */
@Component
public class KeptPages {

    private static final String CSRF = "\uE001" + EncodedHtml.NONCE + "csrf\uE001";
    private static final String BADGE = "\uE001" + EncodedHtml.NONCE + "badge\uE001";
    /** At most this much page text is kept (about 900 unit pages of a province's size); then it starts afresh. */
    private static final long MAX_BYTES = 32L << 20;

    private record Key(String view, Object page, String user) {
    }

    /** What a kept page was written from besides its key; it is written again when any of it differs. */
    private record Basis(Object version, Locale locale, String contextPath, NavigationHtml.Bar nav,
                         Object currentUser) {
    }

    /** The page as bytes between the places of the per-request parts ({@link #CSRF}, {@link #BADGE}). */
    private record Kept(Basis basis, String contentType, List<Object> parts, long size) {
    }

    private final ThymeleafViewResolver templates;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    KeptPages(ThymeleafViewResolver templates) {
        this.templates = templates;
    }

    /**
     * The view of template {@code name} for {@code page} (e.g. a unit id), valid while {@code version} stays equal
     * (compare by identity where possible: records of kept objects).
     */
    public View view(String name, Object page, Object version) {
        return (model, request, response) -> render(name, page, version, model, request, response);
    }

    private void render(String name, Object page, Object version, Map<String, ?> model, HttpServletRequest request,
                        HttpServletResponse response) throws Exception {
        Locale locale = RequestContextUtils.getLocale(request);
        View template = templates.resolveViewName(name, locale);
        if (template == null) {
            throw new IllegalStateException("no template " + name);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(model.get("nav") instanceof NavigationHtml.Bar bar)
                || model.get("flash") != null || model.get("flashError") != null) {
            template.render(model, request, response);
            return;
        }
        Key key = new Key(name, page, auth.getName());
        Basis basis = new Basis(version, locale, request.getContextPath(), bar, model.get("currentUser"));
        Kept page1 = kept.get(key);
        if (page1 == null || !page1.basis().equals(basis)) {
            page1 = capture(template, model, bar, basis, request, response);
            if (page1 == null) {
                return; // not UTF-8 HTML: written as rendered
            }
            if (keptBytes.addAndGet(page1.size()) > MAX_BYTES) {
                kept.clear();
                keptBytes.set(page1.size());
            }
            Kept replaced = kept.put(key, page1);
            if (replaced != null) {
                keptBytes.addAndGet(-replaced.size());
            }
        }
        write(page1, bar, model.get("unreadCount"), request, response);
    }

    /** Renders the template with markers for the per-request parts and cuts the page at them. */
    private Kept capture(View template, Map<String, ?> model, NavigationHtml.Bar bar, Basis basis,
                         HttpServletRequest request, HttpServletResponse response) throws Exception {
        Map<String, Object> marked = new HashMap<>(model);
        marked.put("nav", bar.marked(BADGE));
        marked.remove("unreadCount");
        CsrfToken real = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Object realAttribute = real == null ? null : request.getAttribute(real.getParameterName());
        Capture capture = new Capture(response);
        try {
            if (real != null) {
                CsrfToken mark = new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), CSRF);
                request.setAttribute(CsrfToken.class.getName(), mark);
                request.setAttribute(real.getParameterName(), mark);
            }
            template.render(marked, request, capture);
        } finally {
            if (real != null) {
                request.setAttribute(CsrfToken.class.getName(), real);
                request.setAttribute(real.getParameterName(), realAttribute);
            }
        }
        String html = capture.text.toString();
        String type = capture.getContentType();
        if (type == null || !StandardCharsets.UTF_8.equals(MimeType.valueOf(type).getCharset())) {
            response.getWriter().write(html);
            return null;
        }
        EncodedHtml encoded = (EncodedHtml) request.getAttribute(EncodedHtml.class.getName());
        List<Object> parts = new ArrayList<>();
        int done = 0;
        for (int at = html.indexOf('\uE001'); at >= 0; at = html.indexOf('\uE001', done)) {
            String marker = html.startsWith(CSRF, at) ? CSRF : html.startsWith(BADGE, at) ? BADGE : null;
            if (marker == null) {
                done = at + 1;
                continue;
            }
            parts.add(EncodedHtml.encode(html.substring(done, at), StandardCharsets.UTF_8, encoded));
            parts.add(marker);
            done = at + marker.length();
        }
        parts.add(EncodedHtml.encode(html.substring(done), StandardCharsets.UTF_8, encoded));
        long size = parts.stream().mapToLong(p -> p instanceof byte[] b ? b.length : 0).sum();
        return new Kept(basis, type, List.copyOf(parts), size);
    }

    private static void write(Kept page, NavigationHtml.Bar bar, Object unread, HttpServletRequest request,
                              HttpServletResponse response) throws IOException {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        byte[] token = csrf == null ? new byte[0] : csrf.getToken().getBytes(StandardCharsets.UTF_8);
        byte[] badge = bar.badge(unread instanceof Integer n ? n : null).getBytes(StandardCharsets.UTF_8);
        List<byte[]> bytes = new ArrayList<>(page.parts().size());
        long length = 0;
        for (Object part : page.parts()) {
            byte[] b = part == CSRF ? token : part == BADGE ? badge : (byte[]) part;
            bytes.add(b);
            length += b.length;
        }
        response.setContentType(page.contentType());
        response.setContentLengthLong(length);
        var out = response.getOutputStream();
        for (byte[] b : bytes) {
            out.write(b);
        }
    }

    /** The response as the template writes it: headers pass through, the text is kept here. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(40_000);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }
    }
}
