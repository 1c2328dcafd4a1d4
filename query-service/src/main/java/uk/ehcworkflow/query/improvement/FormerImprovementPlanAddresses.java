package uk.ehcworkflow.query.improvement;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.ehcworkflow.query.pages.PageController;

/**
 * The improvement plan's pages were once under {@code /plan}, a word the child's EHC plan
 * ({@code /plans}) also uses. Bookmarks and links from before still arrive there: each is sent
 * on to the same page under {@code /improvement-plan}, a form's post with its method kept (308).
 */
@PageController
class FormerImprovementPlanAddresses {

    static final String FORMER = "/plan";

    @RequestMapping({FORMER, FORMER + "/**"})
    ResponseEntity<Void> moved(HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + FORMER.length());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String home = request.getContextPath() + WrittenStatementPages.HOME;
        URI target;
        try {
            target = URI.create(home + rest + query);
        } catch (IllegalArgumentException notAnAddress) {
            target = URI.create(home); // what came after /plan could not be an address of ours either
        }
        return ResponseEntity.status(read ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT)
                .location(target).build();
    }
}
