package uk.ehcworkflow.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import uk.ehcworkflow.platform.problem.ProblemWriter;

/**
 * What every service's security filter chain starts from: stateless requests, HTTP Basic (with
 * the pages' own tokens) or JWT sign-in, and problem+json answers for 401 and 403. Each service adds its own URL rules.
 */
public class SecurityBaseline {

    private static final Logger log = LoggerFactory.getLogger(SecurityBaseline.class);
    /** How the service keeps a password configured in plain text. */
    static final String CONFIGURED_PLAIN_TEXT = "pbkdf2-1000";

    private final SecurityProperties properties;
    private final ProblemWriter problems;
    private final PageTokens pageTokens;

    public SecurityBaseline(SecurityProperties properties, ProblemWriter problems, PageTokens pageTokens,
                            Environment environment) {
        this.properties = properties;
        this.problems = problems;
        this.pageTokens = pageTokens;
        refuseDefaultPasswordsInProduction(environment);
    }

    public HttpSecurity apply(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in required",
                                        "This request needs credentials."))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "Not allowed",
                                        "Your role may not do this.")));
        if (properties.mode() == SecurityProperties.Mode.JWT) {
            // the identity provider's decoder, made by Spring Boot from spring.security.oauth2.resourceserver.jwt
            JwtDecoder identityProvider = http.getSharedObject(ApplicationContext.class).getBean(JwtDecoder.class);
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(pageTokens.besides(identityProvider))
                            .jwtAuthenticationConverter(SecurityBaseline::fromJwt))
                    .authenticationEntryPoint((request, response, e) ->
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in required",
                                    "A valid bearer token is needed.")));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in required",
                            "Unknown user or wrong password.")));
            // what the pages send on a signed-in person's behalf (ADR 20)
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(pageTokens.decoder()).jwtAuthenticationConverter(SecurityBaseline::fromJwt))
                    .authenticationEntryPoint((request, response, e) ->
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Sign in required",
                                    "The page token is missing, expired or not signed by this installation.")));
        }
        return http;
    }

    /**
     * What "signed in" means wherever a rule says only that: one of the area's staff. A family member
     * (ADR 43) is signed in too, but reaches only the pages and commands named for families.
     */
    public static AuthorizationManager<RequestAuthorizationContext> staff() {
        return (authentication, request) -> {
            Authentication who = authentication.get();
            return new AuthorizationDecision(who != null && who.isAuthenticated()
                    && !(who instanceof AnonymousAuthenticationToken)
                    && who.getAuthorities().stream().noneMatch(granted -> granted.getAuthority().equals(Role.FAMILY.authority())));
        };
    }

    public UserDetailsService localUsers(PasswordEncoder encoder) {
        List<String> defaults = properties.localUsers().stream()
                .filter(SecurityProperties.LocalUser::hasDefaultPassword).map(SecurityProperties.LocalUser::name).toList();
        if (!defaults.isEmpty()) {
            log.warn("Local users {} have their names as passwords: fine for a trial, not for real data. "
                    + "Set ehc.security.local-users before real use.", defaults);
        }
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.LocalUser user : properties.localUsers()) {
            String password = user.password().startsWith("{") ? user.password() : encoder.encode(user.password());
            users.add(User.withUsername(user.name()).password(password)
                    .authorities(authorities(user.role(), user.agency())).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Plain-text passwords from configuration are kept as salted PBKDF2 of few rounds. HTTP Basic
     * checks the password on every request, and a deliberately slow hash (bcrypt: tens of
     * milliseconds of CPU each time) would protect nothing here, the plain text being in the
     * configuration already; this keeps it out of memory dumps at well under a millisecond (the
     * benchmark prints the cost). Hashes configured as {@code {bcrypt}} or {@code {pbkdf2}}
     * (Spring Security's defaults) are accepted too, at their own cost.
     */
    public static PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(CONFIGURED_PLAIN_TEXT, Map.of(
                CONFIGURED_PLAIN_TEXT, new Pbkdf2PasswordEncoder("", 16, 1_000, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Production tokens carry the role in a {@code role} claim and agency staff's agency in {@code agency}. */
    static JwtAuthenticationToken fromJwt(Jwt jwt) {
        Role role;
        try {
            role = Role.valueOf(String.valueOf(jwt.getClaimAsString("role")));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("The token carries no known role");
        }
        return new JwtAuthenticationToken(jwt, authorities(role, jwt.getClaimAsString("agency")), jwt.getSubject());
    }

    /**
     * A person signed in to the pages through the identity provider (production): their role and
     * agency come from the same {@code role} and {@code agency} claims as the API's bearer tokens.
     */
    public static GrantedAuthoritiesMapper fromIdentityProviderClaims() {
        return granted -> {
            // a family member signed in through the families' registration was given their role already (ADR 47)
            if (granted.stream().anyMatch(authority -> authority.getAuthority().equals(Role.FAMILY.authority()))) {
                return List.copyOf(granted);
            }
            for (GrantedAuthority authority : granted) {
                if (authority instanceof OidcUserAuthority oidc) {
                    try {
                        Role role = Role.valueOf(String.valueOf(oidc.getIdToken().getClaimAsString("role")));
                        return authorities(role, oidc.getIdToken().getClaimAsString("agency"));
                    } catch (IllegalArgumentException unknownRole) {
                        throw new OAuth2AuthenticationException(new OAuth2Error("invalid_role"),
                                "The identity provider gave no known role");
                    }
                }
            }
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_role"), "The identity provider gave no role");
        };
    }

    private static Collection<GrantedAuthority> authorities(Role role, String agency) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (agency != null) {
            authorities.add(new SimpleGrantedAuthority(Actor.AGENCY_AUTHORITY_PREFIX + agency));
        }
        return authorities;
    }

    private void refuseDefaultPasswordsInProduction(Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        boolean defaults = properties.localUsers().stream().anyMatch(SecurityProperties.LocalUser::hasDefaultPassword);
        if (production && properties.mode() == SecurityProperties.Mode.LOCAL && defaults) {
            throw new IllegalStateException(
                    "Refusing to start: the production profile with local users that have default passwords. "
                            + "Use ehc.security.mode=JWT or set real passwords.");
        }
    }
}
