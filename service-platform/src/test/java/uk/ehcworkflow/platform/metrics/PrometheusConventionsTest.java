package uk.ehcworkflow.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class PrometheusConventionsTest {

    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    PrometheusConventionsTest() {
        meters.config().meterFilter(new PrometheusConventions());
    }

    @Test
    void names_and_labels_are_written_in_snake_case() {
        Counter.builder("spring.filterchains.AuthenticationFilter.after").description("d").tag("spanName", "x")
                .register(meters).increment();

        assertThat(meters.scrape()).contains("spring_filterchains_authentication_filter_after_total{span_name=\"x\"} 1.0");
    }

    @Test
    void the_frameworks_meters_that_come_without_help_are_given_it() {
        Timer.builder("http.server.requests").tag("uri", "/api/assessments").register(meters);

        assertThat(meters.scrape()).contains("# HELP http_server_requests_seconds HTTP requests answered");
    }

    @Test
    void meters_in_abbreviated_units_and_per_filter_observations_are_left_out() {
        Counter.builder("jvm.compilation.time").baseUnit("ms").description("d").register(meters).increment();
        Counter.builder("spring.security.filterchains.before").description("d").register(meters).increment();

        assertThat(meters.scrape()).doesNotContain("jvm_compilation_time").doesNotContain("spring_security");
    }
}
