package uk.ehcworkflow.query.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign in, the start page showing what the role can do, and the page for what the role may not see. */
@PageController
class StartPages {

    @GetMapping("/")
    String start() {
        return "pages/start";
    }

    @GetMapping("/sign-in")
    String signIn() {
        return "pages/sign-in";
    }

    @GetMapping("/no-access")
    String noAccess(HttpServletResponse response) {
        response.setStatus(403);
        return "pages/no-access";
    }
}
