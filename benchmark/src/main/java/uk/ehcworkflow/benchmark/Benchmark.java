package uk.ehcworkflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * Measures ehc-workflow on its embedded default, against the service jars as users run them:
 * full rebuild of every read model (ours, and Axon's untuned one-event-at-a-time processing in
 * the same run), command throughput with 1 and 8 clients, projection lag, KPI and case reads,
 * reads of a long case as known half way through, and audit-trail searches. Prints the machine
 * with the figures.
 *
 * <pre>java -jar benchmark/target/benchmark-0.1.0-SNAPSHOT.jar [--assessments 10000] [--load-seconds 20]</pre>
 */
public final class Benchmark {

    private static final List<String> PROCESSORS = List.of("assessment-timeline", "timeliness", "panels",
            "improvement-actions", "audit-log");

    private final Api api = new Api();
    private final List<String> report = new ArrayList<>();
    private final Random random = new Random(7);

    public static void main(String[] args) throws Exception {
        int assessments = intArg(args, "--assessments", 10_000);
        int loadSeconds = intArg(args, "--load-seconds", 20);
        new Benchmark().run(assessments, loadSeconds);
    }

    private void run(int assessments, int loadSeconds) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        line("Machine: %d cores, %.1f GiB memory, Java %s; services run with a 512 MB heap each",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1024.0 / 1024 / 1024,
                System.getProperty("java.version"));
        Path dataDir = Files.createTempDirectory("ehc-benchmark");
        ServiceProcess schema = new ServiceProcess("command-service", dataDir);
        schema.start();
        schema.stop();

        System.out.printf("Generating a history of %,d assessments...%n", assessments);
        Instant generating = Instant.now();
        HistoryGenerator.History history = new HistoryGenerator(dataDir).generate(assessments);
        line("History: %,d assessments, %,d events, written in %s", assessments, history.events(),
                Duration.between(generating, Instant.now()));

        ServiceProcess commands = new ServiceProcess("command-service", dataDir);
        commands.start();
        double ours = rebuild("tuned (this project's configuration)", "tuned", dataDir, history.events(), List.of(), 0);
        double baseline = rebuild("untuned (Axon default: one event per batch)", "untuned", dataDir, history.events(),
                PROCESSORS.stream().map(p -> "--axon.eventhandling.processors." + p + ".batch-size=1").toList(), 90);
        line("Rebuild speed-up over the untuned baseline: %.1fx", ours / baseline);

        // The read models the tuned rebuild left behind: the service resumes from their tokens.
        ServiceProcess queries = new ServiceProcess("query-service", dataDir, List.of("--ehc.read-store.embedded.file="
                + dataDir.resolve("read-models-tuned.mv").toAbsolutePath()));
        queries.start();
        waitForCatchUp(queries, history.events(), Duration.ofHours(2));
        reads(queries, history);
        load(commands, queries, 1, loadSeconds);
        load(commands, queries, 8, loadSeconds);
        queries.stop();
        commands.stop();

        System.out.println();
        System.out.println("=== Results ===");
        report.forEach(System.out::println);
        // A million-event run leaves gigabytes behind.
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Starts a query service on an empty read store and times it building every read model from the whole store. */
    private double rebuild(String label, String store, Path dataDir, long events, List<String> options, int limitSeconds)
            throws Exception {
        List<String> arguments = new ArrayList<>(options);
        arguments.add("--ehc.read-store.embedded.file=" + dataDir.resolve("read-models-" + store + ".mv").toAbsolutePath());
        ServiceProcess queries = new ServiceProcess("query-service", dataDir, arguments);
        Instant start = Instant.now();
        queries.start();
        // Processors start with the application context, a little before it reports ready: timing from
        // ready leaves out the JVM's start-up and slightly flatters the rate; both times are printed.
        Instant ready = Instant.now();
        long done = waitForCatchUp(queries, events, limitSeconds == 0 ? Duration.ofHours(2) : Duration.ofSeconds(limitSeconds));
        double total = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        double seconds = Duration.between(ready, Instant.now()).toMillis() / 1000.0;
        double rate = done / seconds;
        line("Full rebuild of every read model, %s: %,d of %,d events in %.1f s after ready (%.1f s with start-up) = %,.0f events/s%s",
                label, done, events, seconds, total, rate, done < events
                        ? String.format(" (stopped after %d s; all would take about %.0f s)", limitSeconds, events / rate) : "");
        queries.stop();
        return rate;
    }

    /** Waits until every processor has reached the head of the store; returns the events the slowest one has done. */
    private long waitForCatchUp(ServiceProcess queries, long events, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        long slowest = 0;
        while (Instant.now().isBefore(deadline)) {
            JsonNode projections = api.get("admin", queries.port(), "/api/admin/projections").json();
            slowest = Long.MAX_VALUE;
            long head = 0;
            for (JsonNode projection : projections) {
                slowest = Math.min(slowest, projection.path("position").asLong(0));
                head = projection.get("head").asLong();
            }
            if (slowest >= head && head > 0) {
                return events;
            }
            Thread.sleep(250);
        }
        return Math.min(slowest, events);
    }

    private void reads(ServiceProcess queries, HistoryGenerator.History history) {
        Latencies kpi = new Latencies();
        Latencies caseReads = new Latencies();
        Latencies asOf = new Latencies();
        Latencies caseTrail = new Latencies();
        Latencies openTrail = new Latencies();
        Latencies typeTrail = new Latencies();
        Latencies lateRecording = new Latencies();
        Latencies kpiAsOf = new Latencies();
        for (int i = 0; i < 300; i++) {
            int year = 2015 + random.nextInt(10);
            time(kpi, () -> api.get("dashboard", queries.port(), "/api/timeliness?year=" + year));
            String id = history.caseIds().get(random.nextInt(history.caseIds().size()));
            time(caseReads, () -> api.get("officer", queries.port(), "/api/assessments/" + id));
            time(asOf, () -> api.get("officer", queries.port(), "/api/assessments/" + history.longCaseId()
                    + "?asOf=" + history.longCaseMiddle()));
            time(caseTrail, () -> api.get("auditor", queries.port(), "/api/audit?aggregateId=" + id));
            if (i % 10 == 0) {
                time(openTrail, () -> api.get("auditor", queries.port(), "/api/audit?page=" + (1 + random.nextInt(5))));
                time(typeTrail, () -> api.get("auditor", queries.port(), "/api/audit?type=ExceptionRecorded&page="
                        + (1 + random.nextInt(5))));
                time(lateRecording, () -> api.get("auditor", queries.port(), "/api/audit/late-recording?days=30"));
                time(kpiAsOf, () -> api.get("auditor", queries.port(), "/api/timeliness?year=" + year + "&asOf="
                        + (year + 1) + "-03-31"));
            }
        }
        line("KPI read (/api/timeliness?year=): p50 %.1f ms, p99 %.1f ms (target p99 < 20)", kpi.percentile(50), kpi.percentile(99));
        line("Case read (/api/assessments/{id}): p50 %.1f ms, p99 %.1f ms (target p99 < 20)", caseReads.percentile(50),
                caseReads.percentile(99));
        line("KPI read as known at a past date (/api/timeliness?year=&asOf=): p50 %.1f ms, p99 %.1f ms",
                kpiAsOf.percentile(50), kpiAsOf.percentile(99));
        line("As-of read of a 200-event case: p50 %.1f ms, p99 %.1f ms (target p99 < 50)", asOf.percentile(50), asOf.percentile(99));
        line("Audit trail of one case: p50 %.1f ms, p99 %.1f ms; open-ended, newest first (pages 1-5): p50 %.1f ms, p99 %.1f ms",
                caseTrail.percentile(50), caseTrail.percentile(99), openTrail.percentile(50), openTrail.percentile(99));
        line("Audit trail of one event type, newest first (pages 1-5): p50 %.1f ms, p99 %.1f ms; late-recording view "
                        + "over the whole history: p50 %.1f ms, p99 %.1f ms", typeTrail.percentile(50), typeTrail.percentile(99),
                lateRecording.percentile(50), lateRecording.percentile(99));
    }

    /** Clients log whole cases as fast as they can; one more records a step now and then and times its arrival. */
    private void load(ServiceProcess commands, ServiceProcess queries, int clients, int seconds) throws Exception {
        Latencies latencies = new Latencies();
        Latencies lag = new Latencies();
        AtomicLong sent = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (running.get()) {
                    logCase(commands, latencies, sent);
                }
            });
        }
        pool.submit(() -> {
            while (running.get()) {
                sampleLag(commands, queries, lag);
            }
        });
        Instant start = Instant.now();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        line("Commands through HTTP, %d client%s: %,.0f commands/s, p50 %.1f ms, p99 %.1f ms%s", clients,
                clients == 1 ? "" : "s", sent.get() / elapsed, latencies.percentile(50), latencies.percentile(99),
                clients == 8 ? " (target >= 1,000/s, p99 < 50)" : "");
        line("Projection lag at that load (command answered to visible in the case read model), %d samples: p50 %.0f ms, p99 %.0f ms%s",
                lag.count(), lag.percentile(50), lag.percentile(99), clients == 8 ? " (target p99 < 1,000)" : "");
    }

    private void logCase(ServiceProcess commands, Latencies latencies, AtomicLong sent) {
        String received = LocalDate.of(2024, 1, 8).plusDays(random.nextInt(200)).toString();
        Api.Answer opened = timed(latencies, sent, () -> api.post("officer", commands.port(), "/api/assessments",
                "{\"childName\":\"Bench Mark\",\"dateOfBirth\":\"2015-01-01\",\"requestReceivedOn\":\"" + received
                        + "\",\"requestSource\":\"PARENT\"}"));
        if (opened.status() != 201) {
            return;
        }
        String id = "/api/assessments/" + opened.json().get("assessmentId").asText();
        LocalDate day = LocalDate.parse(received);
        timed(latencies, sent, () -> api.post("officer", commands.port(), id + "/milestones",
                "{\"milestone\":\"DECISION_TO_ASSESS\",\"occurredOn\":\"" + day.plusDays(30) + "\"}"));
        Api.Answer asked = timed(latencies, sent, () -> api.post("officer", commands.port(), id + "/advice-requests",
                "{\"agency\":\"HEALTH\",\"requestedOn\":\"" + day.plusDays(31) + "\"}"));
        if (asked.status() == 201) {
            timed(latencies, sent, () -> api.post("health", commands.port(), id + "/advice-requests/"
                    + asked.json().get("adviceRequestId").asText() + "/submission", "{\"submittedOn\":\"" + day.plusDays(60) + "\"}"));
        }
        timed(latencies, sent, () -> api.post("officer", commands.port(), id + "/milestones",
                "{\"milestone\":\"DRAFT_PLAN_ISSUED\",\"occurredOn\":\"" + day.plusDays(100) + "\"}"));
        timed(latencies, sent, () -> api.post("officer", commands.port(), id + "/milestones",
                "{\"milestone\":\"FINAL_PLAN_ISSUED\",\"occurredOn\":\"" + day.plusDays(130) + "\"}"));
    }

    private void sampleLag(ServiceProcess commands, ServiceProcess queries, Latencies lag) {
        Api.Answer opened = api.post("officer", commands.port(), "/api/assessments", "{\"childName\":\"Lag Sample\","
                + "\"dateOfBirth\":\"2015-01-01\",\"requestReceivedOn\":\"2024-01-08\",\"requestSource\":\"PARENT\"}");
        if (opened.status() != 201) {
            return;
        }
        String id = opened.json().get("assessmentId").asText();
        long answered = System.nanoTime();
        Instant deadline = Instant.now().plusSeconds(30);
        // Every 5 ms: asking back to back would take a core from the two services being measured.
        while (Instant.now().isBefore(deadline) && api.get("officer", queries.port(), "/api/assessments/" + id).status() != 200) {
            pause(5);
        }
        lag.add(System.nanoTime() - answered);
        pause(200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Api.Answer timed(Latencies latencies, AtomicLong sent, Supplier<Api.Answer> call) {
        long start = System.nanoTime();
        Api.Answer answer = call.get();
        latencies.add(System.nanoTime() - start);
        sent.incrementAndGet();
        return answer;
    }

    private static void time(Latencies latencies, Runnable call) {
        long start = System.nanoTime();
        call.run();
        latencies.add(System.nanoTime() - start);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.UK, format, args);
        System.out.println(text);
        report.add(text);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
