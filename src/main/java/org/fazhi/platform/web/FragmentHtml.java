package org.fazhi.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a template to a string, so that a page part shared by many viewers (the dashboard's
 * figures) can be written once and kept while its data stands. The fragment sees only the given variables, messages
 * and links ({@code @{...}} under the request's context path) — no CSRF field is added to its forms, so a kept
 * fragment must not contain a form that posts.
 */
@Component
public class FragmentHtml {

    private final ITemplateEngine engine;
    private volatile JakartaServletWebApplication application;

    FragmentHtml(ITemplateEngine engine) {
        this.engine = engine;
    }

    /** The fragment {@code fragment} of template {@code template} with {@code variables}, in {@code locale}. */
    public String render(String template, String fragment, Map<String, Object> variables, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(application(request.getServletContext()).buildExchange(request, response),
                locale, variables);
        return engine.process(template, Set.of(fragment), context);
    }

    private JakartaServletWebApplication application(ServletContext servletContext) {
        JakartaServletWebApplication app = application;
        if (app == null) {
            app = JakartaServletWebApplication.buildApplication(servletContext);
            application = app;
        }
        return app;
    }
}
