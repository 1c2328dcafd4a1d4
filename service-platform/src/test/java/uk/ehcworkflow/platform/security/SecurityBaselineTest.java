package uk.ehcworkflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import uk.ehcworkflow.platform.problem.ProblemWriter;

class SecurityBaselineTest {

    private static SecurityBaseline baseline(SecurityProperties properties, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new SecurityBaseline(properties, new ProblemWriter(new ObjectMapper()), null, environment);
    }

    @Test
    void the_production_profile_refuses_to_start_with_local_users_that_have_default_passwords() {
        assertThatThrownBy(() -> baseline(new SecurityProperties(SecurityProperties.Mode.LOCAL, null), "production"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("default passwords");
    }

    @Test
    void the_production_profile_starts_with_bearer_tokens_or_real_passwords() {
        assertThatNoException().isThrownBy(() -> baseline(new SecurityProperties(SecurityProperties.Mode.JWT, null), "production"));

        PasswordEncoder encoder = SecurityBaseline.passwordEncoder();
        UserDetails officer = baseline(new SecurityProperties(SecurityProperties.Mode.LOCAL, List.of(
                new SecurityProperties.LocalUser("officer", "a-long-real-secret", Role.CASE_OFFICER, null, null))), "production")
                .localUsers(encoder).loadUserByUsername("officer");

        assertThat(encoder.matches("a-long-real-secret", officer.getPassword())).isTrue();
        assertThat(officer.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CASE_OFFICER");
    }

    @Test
    void with_no_users_configured_the_trial_users_have_one_role_each_and_agency_staff_their_agency() {
        UserDetails health = baseline(new SecurityProperties(null, null)).localUsers(SecurityBaseline.passwordEncoder()).loadUserByUsername("health");

        Actor actor = Actor.of(new UsernamePasswordAuthenticationToken("health", null, health.getAuthorities()));
        assertThat(actor).isEqualTo(new Actor("health", Role.AGENCY, "HEALTH"));
        assertThat(baseline(new SecurityProperties(null, null)).localUsers(SecurityBaseline.passwordEncoder()).loadUserByUsername("dashboard").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_DASHBOARD");
    }

    private static Jwt token(String role, String agency) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "none").subject("user-7");
        if (role != null) {
            jwt.claim("role", role);
        }
        if (agency != null) {
            jwt.claim("agency", agency);
        }
        return jwt.build();
    }

    @Test
    void a_bearer_token_gives_its_subject_its_role_and_its_agency() {
        assertThat(Actor.of(SecurityBaseline.fromJwt(token("AGENCY", "SOCIAL_CARE"))))
                .isEqualTo(new Actor("user-7", Role.AGENCY, "SOCIAL_CARE"));
    }

    @Test
    void a_bearer_token_without_a_known_role_is_rejected_as_invalid() {
        assertThatThrownBy(() -> SecurityBaseline.fromJwt(token(null, null))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> SecurityBaseline.fromJwt(token("SUPERUSER", null))).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void configured_passwords_are_stored_salted_and_bcrypt_or_pbkdf2_hashes_from_configuration_work_too() {
        var encoder = SecurityBaseline.passwordEncoder();
        String stored = encoder.encode("a-real-secret");

        assertThat(stored).startsWith("{" + SecurityBaseline.CONFIGURED_PLAIN_TEXT + "}").doesNotContain("a-real-secret")
                .isNotEqualTo(encoder.encode("a-real-secret"));
        assertThat(encoder.matches("a-real-secret", stored)).isTrue();
        assertThat(encoder.matches("a-real-secreT", stored)).isFalse();
        String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("old-secret");
        assertThat(encoder.matches("old-secret", bcrypt)).isTrue();
        String pbkdf2 = "{pbkdf2}" + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("other-secret");
        assertThat(encoder.matches("other-secret", pbkdf2)).isTrue();
    }

    @Test
    void a_person_signed_in_through_the_identity_provider_gets_the_role_and_agency_its_id_token_names() {
        OidcIdToken token = OidcIdToken.withTokenValue("id").subject("ep-1").claim("role", "AGENCY")
                .claim("agency", "EDUCATIONAL_PSYCHOLOGY").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();

        var mapped = SecurityBaseline.fromIdentityProviderClaims().mapAuthorities(List.of(new OidcUserAuthority(token)));

        assertThat(mapped).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_AGENCY", "AGENCY_EDUCATIONAL_PSYCHOLOGY");
        OidcIdToken noRole = OidcIdToken.withTokenValue("id").subject("x").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
        assertThatThrownBy(() -> SecurityBaseline.fromIdentityProviderClaims().mapAuthorities(List.of(new OidcUserAuthority(noRole))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
