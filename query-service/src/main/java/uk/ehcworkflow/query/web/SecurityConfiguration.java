package uk.ehcworkflow.query.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.platform.security.SecurityBaseline;

/**
 * Who may read what. Dashboards see aggregate figures only, never a case; a case timeline is
 * for the officers who run cases, auditors and administrators. Panel sittings name members and
 * cases, so they are for panel clerks, officers and auditors; coverage and decision counts, and
 * the improvement plan (which names no child), are for anyone signed in. The audit trail and
 * evidence packs are for auditors and administrators; rebuilds and metrics for administrators.
 * The work tray lists open cases by reference, so it is for case officers only. A plan's timeline
 * and the overdue reviews list are for officers, auditors and administrators, as cases are; the
 * annual review figures, like the assessment figures, for anyone signed in.
 * Rules go by path, whatever the method, so HEAD and OPTIONS are allowed exactly where GET is.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain queryApi(HttpSecurity http, SecurityBaseline baseline) throws Exception {
        return baseline.apply(http).authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/timeliness").access(SecurityBaseline.staff())
                .requestMatchers("/api/work-tray").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name())
                .requestMatchers("/api/caseloads").hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(),
                        Role.DASHBOARD.name(), Role.ADMIN.name())
                .requestMatchers("/api/reviews/timeliness", "/api/disputes/figures").access(SecurityBaseline.staff())
                .requestMatchers("/api/disputes", "/api/disputes/**")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                // the months' samples name plans for a manager's audit (ADR 51): for those who audit them, or read audits
                .requestMatchers("/api/quality/samples", "/api/quality/samples/**")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/api/audits/**")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/api/plans/**", "/api/reviews/**")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/api/letters/*/sent").hasRole(Role.CASE_OFFICER.name())
                .requestMatchers("/api/assessments", "/api/assessments/**", "/api/letters/**")
                    .hasAnyRole(Role.CASE_OFFICER.name(), Role.MANAGER.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/api/panels/coverage", "/api/panels/decisions-by-month").access(SecurityBaseline.staff())
                .requestMatchers("/api/panels", "/api/panels/**").hasAnyRole(Role.PANEL.name(),
                        Role.CASE_OFFICER.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/api/actions", "/api/actions/**").access(SecurityBaseline.staff())
                .requestMatchers("/api/audit/**", "/api/evidence/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/returns/sen2/validation").hasAnyRole(Role.RETURNS.name(), Role.ADMIN.name(),
                        Role.CASE_OFFICER.name())
                .requestMatchers("/api/returns/sen2").hasAnyRole(Role.RETURNS.name(), Role.ADMIN.name())
                .requestMatchers("/api/returns/inspection", "/api/returns/inspection/**").hasAnyRole(Role.RETURNS.name(),
                        Role.AUDITOR.name(), Role.ADMIN.name())
                .requestMatchers("/error").permitAll()
                .anyRequest().access(SecurityBaseline.staff()))
                .build();
    }
}
