package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each service's OpenAPI document, generated from the code, lists exactly the endpoints the
 * service implements: compared with the request mappings the running service reports itself.
 */
class ApiDocumentationIT extends RunningServices {

    @Test
    void the_command_service_documents_every_endpoint_it_implements_and_no_other() {
        assertThat(documented(commands.port())).isEqualTo(implemented(commands.port()))
                .contains("POST /api/assessments/{assessmentId}/milestones");
    }

    @Test
    void the_query_service_documents_every_endpoint_it_implements_and_no_other() {
        assertThat(documented(queries.port())).isEqualTo(implemented(queries.port()))
                .contains("GET /api/timeliness");
    }

    @Test
    void the_documents_and_their_page_are_for_signed_in_users() {
        assertThat(api.get(null, queries.port(), "/v3/api-docs").status()).isEqualTo(401);
        assertThat(api.get("dashboard", queries.port(), "/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.get("dashboard", commands.port(), "/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private Set<String> documented(int port) {
        Set<String> endpoints = new TreeSet<>();
        JsonNode paths = api.get("admin", port, "/v3/api-docs").json().get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames()
                .forEachRemaining(method -> endpoints.add(method.toUpperCase() + " " + path)));
        return endpoints;
    }

    /** The service's own API endpoints, as its request mappings say (admins may read them at /actuator/mappings). */
    private Set<String> implemented(int port) {
        Set<String> endpoints = new TreeSet<>();
        for (JsonNode context : api.get("admin", port, "/actuator/mappings").json().get("contexts")) {
            for (JsonNode servlet : context.at("/mappings/dispatcherServlets")) {
                for (JsonNode mapping : servlet) {
                    JsonNode details = mapping.path("details");
                    if (!details.path("handlerMethod").path("className").asText().startsWith("uk.ehcworkflow")) {
                        continue;
                    }
                    for (JsonNode pattern : details.at("/requestMappingConditions/patterns")) {
                        if (pattern.asText().startsWith("/api/")) {
                            details.at("/requestMappingConditions/methods")
                                    .forEach(method -> endpoints.add(method.asText() + " " + pattern.asText()));
                        }
                    }
                }
            }
        }
        return endpoints;
    }
}
