package uk.ehcworkflow.query.pages;

import java.util.LinkedHashMap;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityBaseline;
import uk.ehcworkflow.platform.security.SecurityProperties;
import uk.ehcworkflow.query.family.FamilyArrivals;
import uk.ehcworkflow.query.family.FamilyProviderClient;

/**
 * Sign-in for people: a session per person, kept on the server, after a sign-in form (the
 * embedded default's local users) or the identity provider's OAuth2 login (production); the
 * browser holds only the session cookie, which expires. Forms carry a CSRF token. The JSON API
 * keeps its own stateless chain. Page rules mirror the API's: a page never shows what the API
 * would refuse that role.
 */
@Configuration
class PageSecurity {

    /** What the JSON API's chain answers; everything else is a page. */
    static final RequestMatcher API = new OrRequestMatcher(
            AntPathRequestMatcher.antMatcher("/api/**"), AntPathRequestMatcher.antMatcher("/actuator/**"),
            AntPathRequestMatcher.antMatcher("/v3/**"), AntPathRequestMatcher.antMatcher("/swagger-ui/**"),
            AntPathRequestMatcher.antMatcher("/swagger-ui.html"), AntPathRequestMatcher.antMatcher("/error"));

    /**
     * Where signing in leads: back to the page that asked for it. A page opened is remembered as
     * Spring Security does; a form sent after the session ended is remembered by the page it was
     * sent from (its Referer, on this service only), since sending it again after signing in would
     * send it with a stale token.
     */
    static final class ReturnToThePage extends HttpSessionRequestCache {

        ReturnToThePage() {
            setRequestMatcher(request -> !request.getRequestURI().startsWith("/session")
                    && !request.getRequestURI().startsWith("/webjars") && !request.getRequestURI().startsWith("/assets")
                    && !request.getRequestURI().endsWith(".js") && !request.getRequestURI().endsWith(".css")
                    && !request.getRequestURI().equals("/favicon.ico"));
        }

        @Override
        public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
            if (HttpMethod.GET.matches(request.getMethod())) {
                super.saveRequest(request, response);
                return;
            }
            String referer = request.getHeader("Referer");
            String here = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
            if (referer != null && referer.startsWith(here) && !referer.startsWith(here + "sign-in")) {
                request.getSession().setAttribute("SPRING_SECURITY_SAVED_REQUEST",
                        new SimpleSavedRequest(referer.substring(here.length() - 1)));
            }
        }
    }

    /** The identity provider's client registrations (production): staff, and families (ADR 47). */
    private static final String STAFF_REGISTRATION = "ehc";
    private static final String FAMILY_REGISTRATION = "family";

    /** How sign-in checks each provider's ID tokens: the families' by their provider's algorithm (ADR 49). */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoders(FamilyProviderClient providers) {
        return providers.idTokenDecoders();
    }

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, SecurityProperties security,
                              OAuth2UserService<OidcUserRequest, OidcUser> familyAware, FamilyProviderClient providers,
                              FamilyArrivals arrivals)
            throws Exception {
        ReturnToThePage returnTo = new ReturnToThePage();
        if (security.mode() == SecurityProperties.Mode.JWT) {
            SavedRequestAwareAuthenticationSuccessHandler staffReturn = new SavedRequestAwareAuthenticationSuccessHandler();
            staffReturn.setRequestCache(returnTo);
            // staff by their role claims; families by their verified address, through their own registration (ADR 47),
            // whose provider may take a signed JWT rather than a secret (ADR 49)
            http.oauth2Login(login -> login.tokenEndpoint(token -> token.accessTokenResponseClient(providers.tokenResponses()))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(familyAware)
                            .userAuthoritiesMapper(SecurityBaseline.fromIdentityProviderClaims()))
                    // a family member arrives as after an emailed sign-in: invitations taken up, the sign-in recorded
                    .successHandler(arrivals.afterProviderSignIn(staffReturn))
                    .failureHandler((request, response, failed) -> response.sendRedirect(
                            request.getRequestURI().endsWith("/" + FAMILY_REGISTRATION) ? "/family/sign-in?failed" : "/login?error")));
            // with two registrations, each person is sent to their own: families to their sign-in page, staff to theirs
            LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> signInPages = new LinkedHashMap<>();
            signInPages.put(new AntPathRequestMatcher("/family/**"), new LoginUrlAuthenticationEntryPoint("/family/sign-in"));
            DelegatingAuthenticationEntryPoint signIn = new DelegatingAuthenticationEntryPoint(signInPages);
            signIn.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + STAFF_REGISTRATION));
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(signIn));
        } else {
            http.formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", false).failureUrl("/sign-in?failed"));
        }
        return http.securityMatcher(new NegatedRequestMatcher(API))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/pages.css", "/favicon.ico").permitAll()
                        .requestMatchers("/sign-in").permitAll()
                        // a family member signs in by an emailed link or code, and sees their own cases only (ADR 43)
                        .requestMatchers("/family/sign-in", "/family/sign-in/**").permitAll()
                        .requestMatchers("/family", "/family/**").hasRole(Role.FAMILY.name())
                        // what every signed-in page needs: keeping the session, and the page saying a page is not yours
                        .requestMatchers("/", "/session", "/no-access").authenticated()
                        .requestMatchers("/work-tray").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                        .requestMatchers("/caseloads").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(),
                                Role.DASHBOARD.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/cases/*/assignment", "/plans/*/assignment",
                                "/disputes/*/assignment").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                        .requestMatchers("/cases/new", "/plans/new", "/disputes/new", "/cases/*/letters/*/sent",
                                "/plans/*/letters/*/sent", "/disputes/*/letters/*/sent")
                            .hasRole(Role.CASE_OFFICER.name())
                        // the family's own words and files: for the officers who work the case (ADR 45)
                        .requestMatchers("/cases/*/family-advice", "/cases/*/family-advice/**").hasRole(Role.CASE_OFFICER.name())
                        .requestMatchers(HttpMethod.POST, "/cases/*/erasure", "/plans/*/erasure").hasRole(Role.ADMIN.name())
                        // a plan's quality audits (ADR 50): coordinators peer-review, managers audit
                        .requestMatchers(HttpMethod.POST, "/plans/*/audits", "/plans/*/audits/**")
                            .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                        .requestMatchers("/plans/*/audits/new").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                        .requestMatchers(HttpMethod.POST, "/cases/**", "/plans/**", "/disputes/**")
                            .hasRole(Role.CASE_OFFICER.name())
                        .requestMatchers("/advice", "/advice/**").hasRole(Role.AGENCY.name())
                        .requestMatchers(HttpMethod.POST, "/improvement-plan/**", "/plan/**")
                            .hasRole(Role.IMPROVEMENT_LEAD.name())
                        .requestMatchers(HttpMethod.POST, "/panels", "/panels/**").hasRole(Role.PANEL.name())
                        .requestMatchers("/panels", "/panels/**").hasAnyRole(Role.PANEL.name(), Role.CASE_OFFICER.name(),
                                Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/returns/sen2/download").hasAnyRole(Role.RETURNS.name(), Role.ADMIN.name())
                        .requestMatchers("/returns/inspection", "/returns/inspection/**").hasAnyRole(Role.RETURNS.name(),
                                Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/returns").hasAnyRole(Role.RETURNS.name(), Role.ADMIN.name(),
                                Role.CASE_OFFICER.name())
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        // the months' samples of plans (ADR 51): managers draw them; those who audit plans, or read audits, see them
                        .requestMatchers(HttpMethod.POST, "/quality/samples").hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        // the quarterly report is aggregate: for every member of staff, the SEND board's readers among them
                        .requestMatchers("/quality/report", "/quality/report/**").access(SecurityBaseline.staff())
                        .requestMatchers("/quality", "/quality/**").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(),
                                Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/cases", "/cases/**", "/plans", "/plans/**", "/disputes", "/disputes/**")
                            .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(), Role.AUDITOR.name(),
                                    Role.ADMIN.name())
                        .anyRequest().access(SecurityBaseline.staff()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessHandler((request, response, signedOut) ->
                        // a family member signs in again where they signed in, not at the staff's form
                        response.sendRedirect(signedOut != null && signedOut.getAuthorities().stream()
                                .anyMatch(granted -> granted.getAuthority().equals(Role.FAMILY.authority()))
                                ? "/family/sign-in?signed-out" : "/sign-in?signed-out")))
                .requestCache(cache -> cache.requestCache(returnTo))
                .exceptionHandling(handling -> handling.accessDeniedPage("/no-access"))
                .build();
    }
}
