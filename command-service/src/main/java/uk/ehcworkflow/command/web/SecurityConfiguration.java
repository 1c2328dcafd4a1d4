package uk.ehcworkflow.command.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityBaseline;

/**
 * Who may send which command. Case officers log the steps; agency staff submit advice (their
 * own agency's, checked by the aggregate); panel clerks record panel business; improvement
 * leads keep the Written Statement of Action; auditors and dashboards change nothing.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain commandApi(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.apply(http).authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/assessments/*/advice-requests/*/submission")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.AGENCY.name())
                .requestMatchers(HttpMethod.POST, "/api/assessments", "/api/assessments/**")
                    .hasRole(Role.CASE_OFFICER.name())
                .requestMatchers(HttpMethod.POST, "/api/panels", "/api/panels/**").hasRole(Role.PANEL.name())
                .requestMatchers(HttpMethod.POST, "/api/actions", "/api/actions/**").hasRole(Role.IMPROVEMENT_LEAD.name())
                .requestMatchers("/error").permitAll()
                .anyRequest().authenticated())
                .build();
    }
}
