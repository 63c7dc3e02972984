package org.fazhi.organization.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the unit pages whether to show edit forms: only system administrators edit the registry. */
@ControllerAdvice(basePackageClasses = UnitPagesAdvice.class)
class UnitPagesAdvice {

    static final String EDITOR = "ROLE_SYSTEM_ADMIN";

    @ModelAttribute("canEdit")
    boolean canEdit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().contains(new SimpleGrantedAuthority(EDITOR));
    }
}
