package org.fazhi.platform.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page tells each role what to do next. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        List<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList();
        model.addAttribute("roles", roles);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
