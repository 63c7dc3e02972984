package org.fazhi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response a writer that encodes whole strings with the JDK's string encoder instead of Tomcat's
 * character-by-character {@code CharsetEncoder} path. A JFR profile of the unit page at province scale (35 KB of
 * mostly Chinese HTML) showed Tomcat's UTF-8 encoding loop as 30 % of the request's CPU; a page is rendered into one
 * string first ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing: false}), so it is encoded
 * in one call. Binary responses (downloads, Excel, Word) use the output stream and are not touched. The charset is
 * the response's at the moment the writer is first asked for, as the servlet specification requires. HTML a page
 * keeps already encoded ({@link EncodedHtml}) is copied in as bytes.
 */
class StringEncodingFilter extends OncePerRequestFilter {

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<StringEncodingFilter> stringEncodingFilter() {
            FilterRegistrationBean<StringEncodingFilter> registration =
                    new FilterRegistrationBean<>(new StringEncodingFilter());
            // after the character-encoding filter (highest precedence), before Spring Security (-100)
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Response(response, EncodedHtml.register(request)));
    }

    /** The response with the string-encoding writer; the output stream is refused once the writer is in use. */
    static final class Response extends HttpServletResponseWrapper {

        private final EncodedHtml parts;
        private PrintWriter writer;

        Response(HttpServletResponse response) {
            this(response, null);
        }

        Response(HttpServletResponse response, EncodedHtml parts) {
            super(response);
            this.parts = parts;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                Charset charset = Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(new StringEncodingWriter(getResponse().getOutputStream(), charset, parts), false);
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called for this response");
            }
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
