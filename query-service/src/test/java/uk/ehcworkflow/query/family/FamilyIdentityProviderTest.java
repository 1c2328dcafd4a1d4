package uk.ehcworkflow.query.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import uk.ehcworkflow.platform.security.SecurityBaseline;

/**
 * A family member signing in at the area's identity provider (ADR 47): known by their verified
 * address's keyed hash, as when they sign in by email. The provider itself is the boundary: its
 * answer, an ID token with the person's claims, is made up here.
 */
class FamilyIdentityProviderTest {

    private static OidcUserRequest request(String registration, Map<String, Object> claims) {
        ClientRegistration client = ClientRegistration.withRegistrationId(registration).clientId("made-up")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("https://pages.example/callback")
                .authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token").build();
        OidcIdToken token = new OidcIdToken("made-up", Instant.parse("2026-12-07T10:00:00Z"),
                Instant.parse("2026-12-07T11:00:00Z"), claims);
        return new OidcUserRequest(client, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "made-up",
                token.getIssuedAt(), token.getExpiresAt()), token);
    }

    /** The provider's own answer: the person its token names, with no role of ours. */
    private final FamilyIdentityProvider families = new FamilyIdentityProvider(
            request -> new DefaultOidcUser(List.of(new OidcUserAuthority(request.getIdToken())), request.getIdToken()),
            email -> "digest-of-" + email.toLowerCase());

    @Test
    void a_verified_address_signs_the_family_member_in_by_its_keyed_hash_alone() {
        OidcUser member = families.loadUser(request("family", Map.of("sub", "resident-42",
                "email", "Sam.Parent@example.invalid", "email_verified", true)));

        assertThat(member.getName()).isEqualTo("family:digest-of-sam.parent@example.invalid");
        assertThat(member.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_FAMILY");
        assertThat(SecurityBaseline.fromIdentityProviderClaims().mapAuthorities(member.getAuthorities()))
                .as("the staff's role mapping lets them through as they are").extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_FAMILY");
    }

    @Test
    void an_address_the_provider_has_not_checked_signs_nobody_in() {
        assertThatThrownBy(() -> families.loadUser(request("family", Map.of("sub", "resident-42",
                "email", "sam.parent@example.invalid", "email_verified", false))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> families.loadUser(request("family", Map.of("sub", "resident-42"))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void staff_signing_in_through_their_own_registration_are_left_to_their_role_claims() {
        OidcUser officer = families.loadUser(request("ehc", Map.of("sub", "officer-7", "role", "CASE_OFFICER",
                "email", "officer@example.invalid", "email_verified", true)));

        assertThat(officer.getName()).isEqualTo("officer-7");
        assertThat(SecurityBaseline.fromIdentityProviderClaims().mapAuthorities(officer.getAuthorities()))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CASE_OFFICER");
    }
}
