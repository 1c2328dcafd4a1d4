package uk.ehcworkflow.query.family;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;

/**
 * What a family member's signing in does, however they signed in (an emailed link or code, ADR 43;
 * the area's identity provider, ADR 47): each invitation to them not yet taken up is taken up, as
 * them, so it no longer lapses after 28 days; and each case they can see is recorded as read by them.
 */
@Component
public class FamilyArrivals {

    private final FamilyCases cases;
    private final CommandApi commands;
    private final AccessLog accessLog;

    FamilyArrivals(FamilyCases cases, CommandApi commands, AccessLog accessLog) {
        this.cases = cases;
        this.commands = commands;
        this.accessLog = accessLog;
    }

    /** For the family member now signed in (the security context holds them). */
    void arrived(String digest, HttpServletRequest request) {
        for (FamilyCases.Held held : cases.heldBy(digest)) {
            if (held.invitation().acceptedAt() == null) {
                try {
                    commands.post("/api/family/cases/" + UriUtils.encodePathSegment(held.timeline().assessmentId(),
                            StandardCharsets.UTF_8) + "/acceptance", Map.of());
                } catch (CommandRefused | NotFoundException refused) {
                    // lapsed since the page read it: the case simply does not show
                }
            }
            accessLog.caseViewed(held.timeline().assessmentId(), "family sign-in", request);
        }
    }

    /** After the identity provider's sign-in: a family member arrives and goes to their cases; anyone else as {@code staff} says. */
    public AuthenticationSuccessHandler afterProviderSignIn(AuthenticationSuccessHandler staff) {
        return (request, response, authentication) -> {
            if (isFamily(authentication)) {
                Actor.of(authentication).contactDigest().ifPresent(digest -> arrived(digest, request));
                response.sendRedirect("/family");
            } else {
                staff.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static boolean isFamily(Authentication authentication) {
        return authentication instanceof OAuth2AuthenticationToken token
                && FamilyIdentityProvider.REGISTRATION.equals(token.getAuthorizedClientRegistrationId());
    }
}
