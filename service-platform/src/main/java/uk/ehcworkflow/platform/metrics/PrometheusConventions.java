package uk.ehcworkflow.platform.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps what {@code /actuator/prometheus} publishes within Prometheus's own naming rules (those
 * {@code promtool check metrics} applies), so that several instances' metrics can be scraped,
 * summed and alerted on: every name and label in snake_case, every metric with help text, units
 * spelled out. Framework meters that break a rule and carry nothing a manager acts on are left out.
 */
public final class PrometheusConventions implements MeterFilter {

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    /** Help for the framework's meters that come without it. */
    private static final Map<String, String> HELP = Map.of(
            "http.server.requests", "HTTP requests answered, by method, route, status and outcome",
            "http.server.requests.active", "HTTP requests being answered now",
            "tomcat.sessions.active.current", "Sessions of people signed in to the pages, held now",
            "tomcat.sessions.active.max", "Most sessions held at once",
            "tomcat.sessions.alive.max", "Longest time a session stayed alive",
            "tomcat.sessions.created", "Sessions created",
            "tomcat.sessions.expired", "Sessions that expired",
            "tomcat.sessions.rejected", "Sessions refused for being over the limit",
            "tasks.scheduled.execution", "Runs of scheduled work (checks, reconciliation, compaction), by task and outcome",
            "tasks.scheduled.execution.active", "Scheduled work running now");

    /**
     * Left out: Spring Security's observation of each of its filters on every request (dozens of
     * series, camelCase names, no help); and two counters in abbreviated units (milliseconds and
     * nanoseconds) whose figures process_cpu_usage and the JVM's own meters carry in base units.
     */
    private static final List<String> LEFT_OUT = List.of("spring.security.", "jvm.compilation.time", "process.cpu.time");

    /** "_count" is the suffix of a histogram's count; a gauge of processors must not end in it. */
    private static final Map<String, String> RENAMED = Map.of("system.cpu.count", "system.cpu.cores");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return LEFT_OUT.stream().anyMatch(id.getName()::startsWith) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = snake(RENAMED.getOrDefault(id.getName(), id.getName()));
        String help = id.getDescription() != null && !id.getDescription().isBlank() ? id.getDescription()
                : HELP.get(id.getName());
        List<Tag> tags = id.getTags().stream().map(tag -> Tag.of(snake(tag.getKey()), tag.getValue())).toList();
        return new Meter.Id(name, Tags.of(tags), id.getBaseUnit(), help, id.getType());
    }

    /**
     * Micrometer maps a meter's id on every use, not once (every request's timer, every command's),
     * so the few names and label keys there are are converted once each.
     */
    private static final Map<String, String> SNAKE = new ConcurrentHashMap<>();

    static String snake(String name) {
        return SNAKE.computeIfAbsent(name, camel -> CAMEL.matcher(camel).replaceAll("$1_$2").toLowerCase(Locale.ROOT));
    }
}
