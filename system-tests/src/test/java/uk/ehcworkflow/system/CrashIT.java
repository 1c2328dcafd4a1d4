package uk.ehcworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ehcworkflow.support.Api;
import uk.ehcworkflow.support.EventStoreDatabase;
import uk.ehcworkflow.support.ServicePair;
import uk.ehcworkflow.support.ServiceProcess;

/**
 * The first promise, tried the way production breaks it: clients log cases and steps, through the
 * final plan to the plan's first review, its amendment, a decision to cease it and the family's
 * dispute of that decision to appeal, while the
 * command service, the query service or both are killed with {@code kill -9} at random moments
 * and restarted in varied orders on the same data folder. Afterwards every answered command is in
 * the store once, and in every read model once; no read model holds what the store lacks; the
 * reconciliation finds no difference and the hash chain verifies. The moments come from a seed
 * that is printed ({@code -Dehc.crash.seed=N} replays a run; {@code -Dehc.crash.rounds=N} sets
 * the rounds). A final plan and the plan it begins are stored together or not at all, as are a
 * dispute's opening and the plan's note of it, and a family's invitation and the email it queues.
 */
class CrashIT {

    private static final int CLIENTS = 4;
    private static final int YEAR = 2023;
    private static final LocalDate FIRST_REQUEST = LocalDate.of(YEAR, 1, 2);

    private final Api api = new Api();
    /** Each case opened with an answer, and how many of its later steps were answered (decision to the cessation decision). */
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    /** The cases whose family invitation was answered 201: each invitation stored once, with its email queued beside it. */
    private final Set<String> invited = ConcurrentHashMap.newKeySet();
    /** Each dispute opened with an answer about a case's decision to cease, and how many of its later steps were answered. */
    private final Map<String, Integer> disputes = new ConcurrentHashMap<>();
    /** Each audit of a plan's quality started with an answer, and how many of its scores were answered. */
    private final Map<String, Integer> audits = new ConcurrentHashMap<>();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);

    @Test
    void every_answered_command_outlives_kill_9_of_either_service_or_both_in_the_store_and_every_read_model_exactly_once(
            @TempDir Path dataDir) throws Exception {
        long seed = Long.getLong("ehc.crash.seed", System.nanoTime());
        int rounds = Integer.getInteger("ehc.crash.rounds", 5);
        System.out.println("Crash test: seed " + seed + ", " + rounds + " rounds (replay with -Dehc.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        ServicePair services = ServicePair.start(dataDir);
        ServiceProcess commands = services.commands();
        ServiceProcess queries = services.queries();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int number = client;
            clients.submit(() -> write(commands.port(), number));
        }
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(1_500 + random.nextInt(2_500));
            int victims = random.nextInt(3);
            boolean commandFirst = random.nextBoolean();
            long pause = random.nextInt(1_500);
            System.out.printf("Round %d: kill -9 %s, %d ms later restart %s%n", round,
                    victims == 0 ? "the command service" : victims == 1 ? "the query service" : "both",
                    pause, victims == 2 ? (commandFirst ? "command then query" : "query then command") : "it");
            if (victims != 1) {
                commands.kill();
            }
            if (victims != 0) {
                queries.kill();
            }
            if (victims == 0) {
                assertThat(api.get("dashboard", queries.port(), "/api/timeliness?year=" + YEAR).status())
                        .as("the query service answering from its read models while the command service is down")
                        .isEqualTo(200);
            }
            Thread.sleep(pause);
            if (victims == 2 && !commandFirst) {
                queries.start();
            }
            if (!commands.isRunning()) {
                commands.start();
            }
            if (!queries.isRunning()) {
                queries.start();
            }
        }
        Thread.sleep(2_000);
        writing.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        try (services) {
            check(dataDir, queries, seed);
        }
    }

    /**
     * One client: a new case, its decision to assess, draft and final plan, then a review meeting on
     * the plan, again and again; a command counts once it is answered 2xx, and a case whose step
     * went unanswered is left there.
     */
    private void write(int port, int client) {
        Random dates = new Random(client);
        while (writing.get()) {
            LocalDate received = FIRST_REQUEST.plusDays(dates.nextInt(300));
            Api.Answer opened = send(port, "/api/assessments", """
                    {"childName":"Crash Test %d","dateOfBirth":"2015-05-05","requestReceivedOn":"%s","requestSource":"PARENT"}"""
                    .formatted(client, received));
            if (opened == null || opened.status() != 201) {
                continue;
            }
            String caseId = opened.json().get("assessmentId").asText();
            acknowledged.put(caseId, 0);
            if (dates.nextInt(3) == 0) {
                Api.Answer invitation = send(port, "/api/assessments/" + caseId + "/family-invitations",
                        "{\"email\":\"crash." + client + "@example.invalid\",\"relationship\":\"PARENT\"}");
                if (invitation != null && invitation.status() == 201) {
                    invited.add(caseId);
                }
            }
            // One case in five goes on past its first review, so that the run's volume stays that of a CI's few minutes.
            boolean onward = dates.nextInt(5) == 0;
            String[][] steps = {
                    {"/api/assessments/" + caseId + "/milestones", milestone("DECISION_TO_ASSESS", received.plusDays(20))},
                    {"/api/assessments/" + caseId + "/milestones", milestone("DRAFT_PLAN_ISSUED", received.plusDays(60))},
                    {"/api/assessments/" + caseId + "/milestones", milestone("FINAL_PLAN_ISSUED", received.plusDays(80))},
                    {"/api/plans/" + caseId + "/review-meetings", "{\"heldOn\":\"" + received.plusDays(300) + "\"}"},
                    {"/api/plans/" + caseId + "/review-decisions", "{\"decision\":\"AMEND\",\"decidedOn\":\""
                            + received.plusDays(310) + "\",\"noticeSentOn\":\"" + received.plusDays(312) + "\"}"},
                    {"/api/plans/" + caseId + "/amendment-response", "{\"receivedOn\":\"" + received.plusDays(320)
                            + "\",\"requests\":\"NONE\"}"},
                    {"/api/plans/" + caseId + "/cessation-decision", "{\"decidedOn\":\"" + received.plusDays(330)
                            + "\",\"reason\":\"NEEDS_MET\"}"}};
            int answered = 0;
            for (String[] step : onward ? steps : Arrays.copyOf(steps, 4)) {
                Api.Answer answer = send(port, step[0], step[1]);
                if (answer == null || answer.status() != 204) {
                    break;
                }
                acknowledged.merge(caseId, 1, Integer::sum);
                answered++;
            }
            if (onward && answered == steps.length) {
                dispute(port, caseId, received.plusDays(330));
            }
            if (answered >= 3 && dates.nextInt(3) == 0) {
                audit(port, caseId, received.plusDays(85));
            }
        }
    }

    /**
     * The family disputes the decision to cease: one command opens the dispute and tells the plan,
     * then the mediation request, the certificate, the appeal and the response's day follow.
     */
    private void dispute(int port, String planId, LocalDate letter) {
        Api.Answer opened = send(port, "/api/disputes", "{\"caseId\":\"" + planId + "\",\"decision\":\"DECISION_TO_CEASE\","
                + "\"decisionLetterOn\":\"" + letter + "\",\"adviserContactedOn\":\"" + letter.plusDays(2) + "\"}");
        if (opened == null || opened.status() != 201) {
            return;
        }
        String disputeId = opened.json().get("disputeId").asText();
        disputes.put(disputeId, 0);
        String d = "/api/disputes/" + disputeId;
        String[][] steps = {
                {d + "/mediation-requested", "{\"on\":\"" + letter.plusDays(3) + "\"}"},
                {d + "/certificate", "{\"issuedOn\":\"" + letter.plusDays(10) + "\",\"mediationHeld\":false,"
                        + "\"outcome\":\"DECLINED\"}"},
                {d + "/appeal", "{\"receivedOn\":\"" + letter.plusDays(15) + "\",\"grounds\":[\"CEASE\"]}"},
                {d + "/response-due", "{\"dueOn\":\"" + letter.plusDays(70) + "\"}"}};
        for (String[] step : steps) {
            Api.Answer answer = send(port, step[0], step[1]);
            if (answer == null || answer.status() != 204) {
                return;
            }
            disputes.merge(disputeId, 1, Integer::sum);
        }
    }

    /** A coordinator peer-reviews the issued plan: the audit begins against the checklist, and two criteria are scored. */
    private void audit(int port, String planId, LocalDate on) {
        Api.Answer started = send(port, "/api/plans/" + planId + "/audits", "{\"audited\":\"FIRST_ISSUE\",\"auditorKind\":\"PEER\","
                + "\"startedOn\":\"" + on + "\"}");
        if (started == null || started.status() != 201) {
            return;
        }
        String auditId = started.json().get("auditId").asText();
        audits.put(auditId, 0);
        for (String criterion : new String[] {"voice.views", "outcomes.smart"}) {
            Api.Answer answer = send(port, "/api/audits/" + auditId + "/scores", "{\"criterionId\":\"" + criterion
                    + "\",\"score\":\"NOT_MET\",\"comment\":\"Made-up words\"}");
            if (answer == null || answer.status() != 204) {
                return;
            }
            audits.merge(auditId, 1, Integer::sum);
        }
    }

    private static String milestone(String milestone, LocalDate on) {
        return "{\"milestone\":\"" + milestone + "\",\"occurredOn\":\"" + on + "\"}";
    }

    private Api.Answer send(int port, String path, String body) {
        try {
            Api.Answer answer = api.post("officer", port, path, body);
            answers.merge(String.valueOf(answer.status()), 1, Integer::sum);
            return answer;
        } catch (IllegalStateException noAnswer) {
            answers.merge("none", 1, Integer::sum);
            pause();
            return null;
        }
    }

    private void check(Path dataDir, ServiceProcess queries, long seed) throws Exception {
        Map<String, Map<String, Long>> stored = storedEvents(dataDir, "Assessment", "Plan");
        long acknowledgedSteps = acknowledged.values().stream().mapToLong(Integer::longValue).sum();
        long lost = 0;
        long torn = 0;
        for (Map.Entry<String, Integer> command : acknowledged.entrySet()) {
            Map<String, Long> events = stored.getOrDefault(command.getKey(), Map.of());
            long answered = command.getValue();
            lost += events.getOrDefault("AssessmentOpened", 0L) == 0 ? 1 + answered
                    : Math.max(0, Math.min(answered, 3) - events.getOrDefault("MilestoneRecorded", 0L))
                    + (answered >= 4 && events.getOrDefault("ReviewMeetingHeld", 0L) == 0 ? 1 : 0)
                    + (answered >= 5 && events.getOrDefault("ReviewDecisionNotified", 0L) == 0 ? 1 : 0)
                    + (answered >= 6 && events.getOrDefault("AmendmentResponseReceived", 0L) == 0 ? 1 : 0)
                    + (answered >= 7 && events.getOrDefault("CessationDecided", 0L) == 0 ? 1 : 0);
        }
        for (Map<String, Long> events : stored.values()) {
            // The final plan's milestone and the plan it begins are one command's events: never one without the other.
            torn += events.getOrDefault("MilestoneRecorded", 0L) == 3 ^ events.getOrDefault("PlanIssued", 0L) == 1 ? 1 : 0;
            // a plan begins in its case's officer's caseload, in the same unit of work
            torn += events.getOrDefault("PlanIssued", 0L) == 1 ^ events.getOrDefault("PlanAssigned", 0L) == 1 ? 1 : 0;
        }
        // an invitation answered is stored, and its email was queued in the same transaction: never one without the other
        Map<String, Long> queuedMail = queuedFamilyMail(dataDir);
        for (String caseId : invited) {
            lost += stored.getOrDefault(caseId, Map.of()).getOrDefault("FamilyMemberInvited", 0L) == 0 ? 1 : 0;
        }
        for (Map.Entry<String, Map<String, Long>> events : stored.entrySet()) {
            torn += events.getValue().getOrDefault("FamilyMemberInvited", 0L) != queuedMail.getOrDefault(events.getKey(), 0L) ? 1 : 0;
        }
        Map<String, Map<String, Long>> storedDisputes = storedEvents(dataDir, "Dispute");
        for (Map.Entry<String, Integer> dispute : disputes.entrySet()) {
            long events = storedDisputes.getOrDefault(dispute.getKey(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            lost += Math.max(0, 1 + dispute.getValue() - events);
        }
        Map<String, Map<String, Long>> storedAudits = storedEvents(dataDir, "PlanAudit");
        for (Map.Entry<String, Integer> audit : audits.entrySet()) {
            Map<String, Long> events = storedAudits.getOrDefault(audit.getKey(), Map.of());
            lost += events.getOrDefault("PlanAuditStarted", 0L) == 0 ? 1 + audit.getValue()
                    : Math.max(0, audit.getValue() - events.getOrDefault("CriterionScored", 0L));
        }
        // A dispute's opening and the plan's note of it are one command's events.
        long disputedPlans = stored.values().stream().mapToLong(events -> events.getOrDefault("DecisionDisputed", 0L)).sum();
        torn += Math.abs(disputedPlans - storedDisputes.values().stream()
                .filter(events -> events.getOrDefault("DisputeOpened", 0L) == 1).count());
        long doubled = stored.values().stream().filter(events -> events.getOrDefault("AssessmentOpened", 0L) != 1
                || events.getOrDefault("FamilyMemberInvited", 0L) > 1
                || events.getOrDefault("CaseReferenceAssigned", 0L) != 1 || events.getOrDefault("CaseAssigned", 0L) != 1
                || events.getOrDefault("MilestoneRecorded", 0L) > 3
                || events.getOrDefault("PlanIssued", 0L) > 1 || events.getOrDefault("ReviewMeetingHeld", 0L) > 1
                || events.getOrDefault("ReviewDecisionNotified", 0L) > 1 || events.getOrDefault("AmendmentResponseReceived", 0L) > 1
                || events.getOrDefault("CessationDecided", 0L) > 1 || events.getOrDefault("DecisionDisputed", 0L) > 1).count()
                + storedDisputes.values().stream().filter(events -> events.values().stream().anyMatch(count -> count > 1)).count()
                + storedAudits.values().stream().filter(events -> events.getOrDefault("PlanAuditStarted", 0L) != 1
                || events.getOrDefault("CriterionScored", 0L) > 2).count();

        try {
            // After four restarts in a minute on a busy 2-core machine catching up can take more than half
            // a minute: what is checked is that the read models get there, not how fast.
            api.awaitReadModelsCaughtUp(queries.port(), Duration.ofMinutes(3));
        } catch (AssertionError notCaughtUp) {
            System.out.println("The read models did not catch up; what the query service logged:");
            linesOfLogs(dataDir, "query-service", "ERROR", "Exception", "stuck", "Rebuild", "Fetched token", "Released claim")
                    .stream().limit(400).forEach(line -> System.out.println("  " + line));
            System.out.println("Its threads:");
            System.out.println(queries.threadDump());
            throw notCaughtUp;
        }
        long skipped = 0;
        long phantom = 0;
        List<String> reconciliation = new ArrayList<>();
        for (JsonNode projection : api.get("admin", queries.port(), "/api/admin/projections").json()) {
            String name = projection.get("name").asText();
            JsonNode result = api.get("admin", queries.port(), "/api/admin/projections/" + name + "/reconcile").json();
            reconciliation.add(name + (result.get("matches").asBoolean() ? " matches" : " differs: " + result));
            for (JsonNode difference : result.get("differences")) {
                long inStore = difference.get("inStore").asLong();
                long inModel = difference.get("inReadModel").asLong();
                skipped += Math.max(0, inStore - inModel);
                phantom += Math.max(0, inModel - inStore);
            }
            // a record whose open deadlines, as kept, are not those its events owe
            for (JsonNode difference : result.get("derived")) {
                long owed = difference.get("owed").asLong();
                long kept = difference.get("kept").asLong();
                skipped += owed == kept ? 1 : Math.max(0, owed - kept);
                phantom += Math.max(0, kept - owed);
            }
        }
        Deadlines deadlines = deadlines(queries, stored);
        lost += deadlines.lost();
        doubled += deadlines.doubled();
        phantom += deadlines.phantom();
        long decisions = stored.values().stream().filter(events -> events.getOrDefault("MilestoneRecorded", 0L) > 0).count();
        long plans = 0;
        for (Map.Entry<String, Map<String, Long>> events : stored.entrySet()) {
            JsonNode timeline = api.get("officer", queries.port(), "/api/assessments/" + events.getKey()).json();
            long shown = timeline.get("milestones") == null ? 0 : timeline.get("milestones").size();
            long milestones = events.getValue().getOrDefault("MilestoneRecorded", 0L);
            skipped += Math.max(0, milestones - shown);
            phantom += Math.max(0, shown - milestones);
            // whose caseload the case is in, stored with its opening
            long held = events.getValue().getOrDefault("CaseAssigned", 0L);
            long shownHeld = timeline.path("heldBy").isObject() ? 1 : 0;
            skipped += Math.max(0, held - shownHeld);
            phantom += Math.max(0, shownHeld - held);
            if (events.getValue().getOrDefault("PlanIssued", 0L) > 0) {
                plans++;
                JsonNode plan = api.get("officer", queries.port(), "/api/plans/" + events.getKey()).json();
                long meetings = events.getValue().getOrDefault("ReviewMeetingHeld", 0L);
                long shownMeetings = plan.get("reviews") == null ? 0 : plan.get("reviews").size();
                skipped += plan.get("planId") == null ? 1 + meetings : Math.max(0, meetings - shownMeetings);
                phantom += Math.max(0, shownMeetings - meetings);
                long answers = events.getValue().getOrDefault("AmendmentResponseReceived", 0L);
                long shownAnswers = plan.at("/reviews/0/amendmentResponse").isTextual() ? 1 : 0;
                skipped += Math.max(0, answers - shownAnswers);
                phantom += Math.max(0, shownAnswers - answers);
            }
        }
        // Every read model's counts are reconciled above; each tenth dispute is read as an officer reads it too.
        for (Map.Entry<String, Map<String, Long>> events : storedDisputes.entrySet().stream()
                .filter(each -> Math.floorMod(each.getKey().hashCode(), 10) == 0).toList()) {
            JsonNode dispute = api.get("officer", queries.port(), "/api/disputes/" + events.getKey()).json();
            long stepsStored = events.getValue().values().stream().mapToLong(Long::longValue).sum();
            long stepsShown = dispute.get("disputeId") == null ? 0 : 1
                    + (dispute.path("heldBy").isObject() ? 1 : 0)
                    + (dispute.path("mediationRequestedOn").isTextual() ? 1 : 0) + (dispute.path("certificate").isObject() ? 1 : 0)
                    + (dispute.path("appeal").isObject() ? 1 : 0)
                    + (events.getValue().containsKey("AppealResponseDueStated")
                            && dispute.at("/appeal/responseDueBy").asText().equals(responseDueStated(dispute)) ? 1 : 0);
            skipped += Math.max(0, stepsStored - stepsShown);
            phantom += Math.max(0, stepsShown - stepsStored);
        }
        JsonNode figures = api.get("dashboard", queries.port(), "/api/timeliness?year=" + YEAR).json();
        JsonNode verification = api.await("auditor", queries.port(), "/api/audit/verifications/"
                        + api.post("auditor", queries.port(), "/api/audit/verifications", "").json().get("verificationId").asText(),
                answer -> answer.json().get("state").asText().equals("FINISHED")).json();
        long repairs = linesOfLogs(dataDir, "query-service", "Rebuilding every read model", "differs from the event store")
                .stream().filter(line -> !line.startsWith("--- ")).count();

        long disputeSteps = disputes.values().stream().mapToLong(Integer::longValue).sum();
        long auditScores = audits.values().stream().mapToLong(Integer::longValue).sum();
        System.out.printf("Crash test (seed %d): acknowledged %d commands (%d cases, %d later steps, %d disputes with %d steps, "
                        + "%d audits with %d scores); stored %d cases, %d plans, %d disputes, %d audits; lost %d, doubled %d, "
                        + "torn %d, phantom %d, skipped %d; self-repairs %d; answers by status %s%n",
                seed, acknowledged.size() + acknowledgedSteps + disputes.size() + disputeSteps + audits.size() + auditScores,
                acknowledged.size(), acknowledgedSteps, disputes.size(), disputeSteps, audits.size(), auditScores, stored.size(),
                plans, storedDisputes.size(), storedAudits.size(),
                lost, doubled, torn, phantom, skipped, repairs, new TreeMap<>(answers));
        System.out.printf("  deadlines in the work tray: %d shown; lost %d, doubled %d, phantom %d%n", deadlines.shown(),
                deadlines.lost(), deadlines.doubled(), deadlines.phantom());
        reconciliation.forEach(line -> System.out.println("  reconcile: " + line));
        if (lost + doubled + torn + skipped + phantom > 0 || repairs > 0) {
            System.out.println("What the query service said about its read models:");
            linesOfLogs(dataDir, "query-service", "Rebuild", "rebuil", "differs", "history", "Fetched token", "Released claim")
                    .stream().limit(200).forEach(line -> System.out.println("  " + line));
        }

        assertThat(acknowledged).as("commands answered while the services were being killed").hasSizeGreaterThan(20);
        assertThat(lost).as("answered commands missing from the store").isZero();
        assertThat(doubled).as("cases stored with an event twice, or without their one reference").isZero();
        assertThat(torn).as("final plans stored without the plan they begin, or plans without their final plan; "
                + "disputes opened without the plan's note of them").isZero();
        assertThat(skipped).as("stored events missing from a read model").isZero();
        assertThat(phantom).as("read-model events the store lacks").isZero();
        // The read side repairs what it finds wrong; here there must be nothing for it to find.
        assertThat(repairs).as("read models the query service had to rebuild by itself").isZero();
        assertThat(reconciliation).allMatch(line -> line.endsWith(" matches"));
        assertThat(figures.get("requestsReceived").asLong()).isEqualTo(stored.size());
        assertThat(figures.get("agreedToAssess").asLong()).isEqualTo(decisions);
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(answers.keySet()).as("answers to commands; the command service logged:%n%s", unexpected(dataDir))
                .allMatch(status -> !status.startsWith("5") || status.equals("503"));
    }

    /** What the command service logged of failures it did not expect, across its restarts: why a 5xx was answered. */
    private static String unexpected(Path dataDir) throws Exception {
        StringBuilder found = new StringBuilder();
        try (Stream<Path> logs = Files.list(dataDir)) {
            for (Path log : logs.filter(file -> file.getFileName().toString().startsWith("command-service-")).toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("failed unexpectedly") || lines.get(i).contains("Unexpected failure")) {
                        lines.subList(i, Math.min(lines.size(), i + 12)).forEach(line -> found.append(line).append('\n'));
                    }
                }
            }
        }
        return found.toString();
    }

    /** What the work tray shows against what each record's stored events owe. */
    private record Deadlines(long shown, long lost, long doubled, long phantom) {
    }

    /**
     * Every open deadline in the work tray (everyone's; every date here is long past, so all are in it),
     * each counted once, against what the stored events owe where that is plain from them: a case's
     * decision until it is made, then its final plan, and the family's 15 days once a draft is out, with
     * the letter of each step, open or closed; a
     * plan's next review, and the decision on a review meeting until it is made. Later plans' and
     * disputes' deadlines are checked by the reconciliation against the records they come from.
     */
    private Deadlines deadlines(ServiceProcess queries, Map<String, Map<String, Long>> stored) {
        Set<String> seen = new HashSet<>();
        Map<String, Long> shownByRecord = new HashMap<>();
        long shown = 0;
        long doubled = 0;
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonNode tray = api.get("officer", queries.port(), "/api/work-tray?withinDays=366&size=500&page=" + page).json();
            pages = tray.get("pages").asInt();
            for (JsonNode deadline : tray.get("deadlines")) {
                shown++;
                String record = deadline.path("disputeId").isTextual() ? "dispute " + deadline.get("disputeId").asText()
                        : deadline.path("planId").isTextual() ? "plan " + deadline.get("planId").asText()
                        : "case " + deadline.get("assessmentId").asText();
                doubled += seen.add(record + " " + deadline.get("kind").asText() + " " + deadline.path("adviceRequestId").asText()
                        + " " + deadline.get("dueOn").asText()) ? 0 : 1;
                shownByRecord.merge(record, 1L, Long::sum);
            }
        }
        long lost = 0;
        long phantom = 0;
        for (Map.Entry<String, Map<String, Long>> events : stored.entrySet()) {
            long steps = events.getValue().getOrDefault("MilestoneRecorded", 0L);
            // each step here is a decision whose letter the crash test never sends
            long owedByCase = steps + (steps == 0 || steps == 1 ? 1 : steps == 2 ? 2 : 0);
            long onCase = shownByRecord.getOrDefault("case " + events.getKey(), 0L);
            lost += Math.max(0, owedByCase - onCase);
            phantom += Math.max(0, onCase - owedByCase);
            long meetings = events.getValue().getOrDefault("ReviewMeetingHeld", 0L);
            long decided = events.getValue().getOrDefault("ReviewDecisionNotified", 0L);
            if (events.getValue().getOrDefault("PlanIssued", 0L) == 1 && decided == 0) {
                long owedByPlan = 1 + meetings;
                long onPlan = shownByRecord.getOrDefault("plan " + events.getKey(), 0L);
                lost += Math.max(0, owedByPlan - onPlan);
                phantom += Math.max(0, onPlan - owedByPlan);
            }
        }
        return new Deadlines(shown, lost, doubled, phantom);
    }

    /** The day the crash test's response-due step states: 70 days after the dispute's letter. */
    private static String responseDueStated(JsonNode dispute) {
        return LocalDate.parse(dispute.get("decisionLetterOn").asText()).plusDays(70).toString();
    }

    /** Each aggregate's stored events, for aggregates of the given types, counted by event type; a plan's id without its prefix. */
    /** How many family emails the command store holds queued (or sent) for each case. */
    private static Map<String, Long> queuedFamilyMail(Path dataDir) throws Exception {
        Map<String, Long> queued = new HashMap<>();
        try (Connection db = EventStoreDatabase.connect(dataDir); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT assessment_id FROM family_mail WHERE kind = 'INVITATION'")) {
            while (rows.next()) {
                queued.merge(rows.getString(1), 1L, Long::sum);
            }
        }
        return queued;
    }

    private static Map<String, Map<String, Long>> storedEvents(Path dataDir, String... types) throws Exception {
        Map<String, Map<String, Long>> stored = new HashMap<>();
        try (Connection db = EventStoreDatabase.connect(dataDir); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT aggregateIdentifier, payloadType FROM DomainEventEntry "
                     + "WHERE type IN ('" + String.join("', '", types) + "')")) {
            while (rows.next()) {
                String caseId = rows.getString(1).replaceFirst("^plan:", "");
                String type = rows.getString(2);
                stored.computeIfAbsent(caseId, id -> new HashMap<>())
                        .merge(type.substring(type.lastIndexOf('.') + 1), 1L, Long::sum);
            }
        }
        return stored;
    }

    /** The lines of every log the service wrote in this run (one per start) that hold any of the markers, in start order. */
    private static List<String> linesOfLogs(Path dataDir, String service, String... markers) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> logs = Files.list(dataDir)) {
            for (Path log : logs.filter(file -> file.getFileName().toString().startsWith(service)).sorted().toList()) {
                lines.add("--- " + log.getFileName());
                Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(line -> Set.of(markers).stream().anyMatch(line::contains)).forEach(lines::add);
            }
        }
        return lines;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
