package uk.ehcworkflow.query.pages;

import org.springframework.http.ResponseEntity;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Sign in, the start page showing what the role can do, and the page for what the role may not see. */
@PageController
class StartPages {

    /** A family member's start is their own cases (ADR 43); everyone else's, what their role can do. */
    @GetMapping("/")
    String start() {
        Actor actor = Navigation.signedIn();
        return actor != null && actor.role() == Role.FAMILY ? "redirect:/family" : "pages/start";
    }

    @GetMapping("/sign-in")
    String signIn() {
        return "pages/sign-in";
    }

    /** What "Stay signed in" asks for: nothing but that the session is used, so that it lasts. */
    @GetMapping("/session")
    ResponseEntity<Void> keepSignedIn() {
        return ResponseEntity.noContent().build();
    }

    /** Any method: a refused form (a POST, or one whose CSRF token is missing) is forwarded here as it came. */
    @RequestMapping("/no-access")
    ModelAndView noAccess() {
        return Sorry.NO_ACCESS.page();
    }
}
