package uk.ehcworkflow.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehcworkflow.platform.problem.ProblemWriter;

/**
 * Refuses a body whose Content-Type is a pattern ({@code *}/{@code *}, {@code application/*}) or
 * not a media type at all, with 415 problem+json: Spring cannot read such a request and would
 * otherwise fail with an internal error while looking for a converter.
 */
public class ContentTypeGuard extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public ContentTypeGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !readable(contentType)) {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "The Content-Type must be a concrete media type; send the body as application/json.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean readable(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
