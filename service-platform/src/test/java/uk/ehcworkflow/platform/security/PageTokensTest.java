package uk.ehcworkflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class PageTokensTest {

    @TempDir
    Path data;

    @Test
    void a_token_minted_by_the_pages_is_read_by_the_other_service_as_the_same_person() {
        PageTokens pages = PageTokens.fromKeyFile(data.resolve("keys/page-token.key"));
        PageTokens commands = PageTokens.fromKeyFile(data.resolve("keys/page-token.key"));

        Jwt jwt = commands.decoder().decode(pages.mint(new Actor("ep", Role.AGENCY, "EDUCATIONAL_PSYCHOLOGY"), Instant.now()));

        assertThat(Actor.of(SecurityBaseline.fromJwt(jwt))).isEqualTo(new Actor("ep", Role.AGENCY, "EDUCATIONAL_PSYCHOLOGY"));
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only() throws Exception {
        PageTokens.fromKeyFile(data.resolve("keys/page-token.key"));

        assertThat(Files.getPosixFilePermissions(data.resolve("keys/page-token.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void a_token_signed_with_another_installations_key_or_expired_is_refused() {
        PageTokens ours = PageTokens.fromKeyFile(data.resolve("ours.key"));
        PageTokens theirs = PageTokens.fromKeyFile(data.resolve("theirs.key"));
        Actor officer = new Actor("officer", Role.CASE_OFFICER, null);

        assertThatThrownBy(() -> ours.decoder().decode(theirs.mint(officer, Instant.now())))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> ours.decoder().decode(ours.mint(officer, Instant.now().minus(Duration.ofMinutes(10)))))
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThat(SecurityBaseline.fromJwt(ours.decoder().decode(ours.mint(officer, Instant.now()))).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CASE_OFFICER");
    }

    @Test
    void beside_an_identity_provider_the_pages_tokens_are_checked_with_the_pages_key_and_all_others_by_the_provider() {
        PageTokens pages = PageTokens.fromKeyFile(data.resolve("pages.key"));
        Jwt fromProvider = Jwt.withTokenValue("provider-token").header("alg", "RS256").claim("role", "AUDITOR").build();
        JwtDecoder decoder = pages.besides(token -> {
            if (token.equals("provider-token")) {
                return fromProvider;
            }
            throw new BadJwtException("not the provider's");
        });
        String pageToken = pages.mint(new Actor("officer", Role.CASE_OFFICER, null), Instant.now());

        assertThat(decoder.decode(pageToken).getSubject()).isEqualTo("officer");
        assertThat(decoder.decode("provider-token")).isSameAs(fromProvider);
        String forged = PageTokens.fromKeyFile(data.resolve("forger.key")).mint(new Actor("x", Role.ADMIN, null), Instant.now());
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(PageTokens.isPageToken("not a token")).isFalse();
    }
}
