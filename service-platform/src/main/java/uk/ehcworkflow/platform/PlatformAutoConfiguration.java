package uk.ehcworkflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.ehcworkflow.platform.problem.BadInputHandler;
import uk.ehcworkflow.platform.problem.ProblemWriter;
import uk.ehcworkflow.platform.security.SecurityBaseline;
import uk.ehcworkflow.platform.security.SecurityProperties;
import uk.ehcworkflow.platform.startup.CorrelationIdFilter;
import uk.ehcworkflow.platform.startup.ReadyAnnouncement;

/** Wires the shared edge into any service that has this module on its class path. */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
@Import(BadInputHandler.class)
public class PlatformAutoConfiguration {

    @Bean
    ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    SecurityBaseline securityBaseline(SecurityProperties properties, ProblemWriter problems, Environment environment) {
        return new SecurityBaseline(properties, problems, environment);
    }

    /**
     * The one password encoder, so that sign-in checks with it too; otherwise Spring Security
     * would "upgrade" every stored password to bcrypt and pay bcrypt's cost on each request.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return SecurityBaseline.passwordEncoder();
    }

    @Bean
    @ConditionalOnProperty(name = "ehc.security.mode", havingValue = "LOCAL", matchIfMissing = true)
    UserDetailsService localUsers(SecurityBaseline baseline, PasswordEncoder passwordEncoder) {
        return baseline.localUsers(passwordEncoder);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ReadyAnnouncement readyAnnouncement() {
        return new ReadyAnnouncement();
    }
}
