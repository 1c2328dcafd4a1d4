package uk.ehcworkflow.query.family;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.privacy.ContactDigest;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.assessment.FamilyContacts;

/**
 * In the {@code production} profile families sign in at the area's identity provider (its own
 * OIDC provider, the client registration {@value #REGISTRATION}), not by emailed links (ADR 47).
 * The provider proves the address; the service knows the person only by its keyed hash, as when
 * they sign in by email, so the same invitations admit them. Staff signing in through the staff
 * registration pass through unchanged.
 */
@Component
public class FamilyIdentityProvider implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The client registration families sign in with. */
    public static final String REGISTRATION = "family";
    /** The claim the signed-in family member's user id is kept in: {@code family:<digest>}. */
    static final String USER_CLAIM = "ehc_user";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UnaryOperator<String> digest;

    @Autowired
    FamilyIdentityProvider(FamilyContacts contacts) {
        this(new OidcUserService(), contacts::digest);
    }

    /** @param digest the keyed hash a family member's address is known by */
    FamilyIdentityProvider(OAuth2UserService<OidcUserRequest, OidcUser> provider, UnaryOperator<String> digest) {
        this.provider = provider;
        this.digest = digest;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        if (!REGISTRATION.equals(request.getClientRegistration().getRegistrationId())) {
            return signedIn;
        }
        String email = signedIn.getEmail();
        if (email == null || !Boolean.TRUE.equals(signedIn.getEmailVerified()) || !ContactDigest.isAddress(email.strip())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("email_not_verified"),
                    "The identity provider gave no verified email address");
        }
        Actor member = Actor.familyMember(digest.apply(email.strip()));
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(Role.FAMILY.authority())), signedIn.getIdToken(),
                new OidcUserInfo(Map.of("sub", signedIn.getSubject(), USER_CLAIM, member.user())), USER_CLAIM);
    }
}
