package uk.ehcworkflow.command.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityBaseline;

/**
 * Who may send which command. Case officers log the steps; agency staff submit advice (their
 * own agency's, checked by the aggregate); panel clerks record panel business; improvement
 * leads keep the Written Statement of Action; administrators erase a child's personal data;
 * auditors and dashboards change nothing. Rules go
 * by path, whatever the method, so HEAD and OPTIONS are allowed exactly where GET is. Metrics are
 * for administrators; health and info for anyone (a load balancer).
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain commandApi(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.apply(http).authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**", "/api/admin/**", "/api/imports/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/assessments/*/advice-requests/*/submission")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.AGENCY.name())
                .requestMatchers("/api/assessments/*/erasure", "/api/plans/*/erasure").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/assessments/*/assignment", "/api/plans/*/assignment", "/api/disputes/*/assignment")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                // an administrator's page asks a plan whether its erasure is a step it would accept
                .requestMatchers("/api/plans/*/next-steps")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.ADMIN.name())
                // plan quality (ADR 50): coordinators peer-review, managers audit; the checklist is the administrators'
                .requestMatchers("/api/plans/*/audits", "/api/audits", "/api/audits/**")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                // the month's sample (ADR 51) is the managers' to draw, when the service did not
                .requestMatchers("/api/quality/samples").hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                .requestMatchers("/api/quality/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/assessments", "/api/assessments/**").hasRole(Role.CASE_OFFICER.name())
                .requestMatchers("/api/plans", "/api/plans/**").hasRole(Role.CASE_OFFICER.name())
                .requestMatchers("/api/disputes", "/api/disputes/**").hasRole(Role.CASE_OFFICER.name())
                .requestMatchers("/api/panels", "/api/panels/**").hasRole(Role.PANEL.name())
                .requestMatchers("/api/actions", "/api/actions/**").hasRole(Role.IMPROVEMENT_LEAD.name())
                // a family member's page token: what they may do on which case the case itself decides
                .requestMatchers("/api/family/**").hasRole(Role.FAMILY.name())
                .requestMatchers("/error").permitAll()
                .anyRequest().access(SecurityBaseline.staff()))
                .build();
    }
}
