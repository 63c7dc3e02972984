package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation bar that the signed-in user's roles allow (null when nobody is signed in). */
@ControllerAdvice
class LayoutModel {

    private final NavigationHtml html;

    LayoutModel(NavigationHtml html) {
        this.html = html;
    }

    @ModelAttribute("nav")
    NavigationHtml.Bar nav(HttpServletRequest request, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        return html.bar(auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList(), locale,
                request.getContextPath());
    }
}
