package uk.ehcworkflow.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.ehcworkflow.events.assessment.AdviceRequested;
import uk.ehcworkflow.events.assessment.AdviceSubmitted;
import uk.ehcworkflow.events.assessment.AssessmentOpened;
import uk.ehcworkflow.events.assessment.CaseAssigned;
import uk.ehcworkflow.events.assessment.Deadline;
import uk.ehcworkflow.events.assessment.ExceptionRecorded;
import uk.ehcworkflow.events.assessment.Milestone;
import uk.ehcworkflow.events.assessment.MilestoneRecorded;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.assessment.StatutoryException;
import uk.ehcworkflow.events.calendar.StatutoryCalendar;
import uk.ehcworkflow.events.caseload.Holder;
import uk.ehcworkflow.events.common.Agency;
import uk.ehcworkflow.events.common.ChainMetadata;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.improvement.ActionRegistered;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.improvement.RagChanged;
import uk.ehcworkflow.events.improvement.SuccessCriterion;
import uk.ehcworkflow.events.panel.PanelAgency;
import uk.ehcworkflow.events.panel.PanelAttendanceRecorded;
import uk.ehcworkflow.events.panel.PanelDecision;
import uk.ehcworkflow.events.panel.PanelDecisionRecorded;
import uk.ehcworkflow.events.panel.PanelKind;
import uk.ehcworkflow.events.panel.PanelScheduled;
import uk.ehcworkflow.events.plan.AmendedPlanIssued;
import uk.ehcworkflow.events.plan.CessationReason;
import uk.ehcworkflow.events.plan.PhaseTransfer;
import uk.ehcworkflow.events.plan.PhaseTransferPlanIssued;
import uk.ehcworkflow.events.plan.PhaseTransferSet;
import uk.ehcworkflow.events.plan.PlanAssigned;
import uk.ehcworkflow.events.plan.PlanCeased;
import uk.ehcworkflow.events.plan.PlanIssued;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.events.privacy.PersonalDataSeal;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.events.plan.ReviewDecision;
import uk.ehcworkflow.events.plan.ReviewDecisionNotified;
import uk.ehcworkflow.events.plan.ReviewMeetingHeld;
import uk.ehcworkflow.platform.audit.EventChain;

/**
 * Writes a made-up history of a large local area straight into the embedded event store,
 * through Axon's own storage engine and serializer, with the same metadata and hash chains the
 * command service writes. Cases follow the statutory mix: most decided within 6 weeks, about
 * half the plans within 20 weeks, some refused, advice from three or four agencies, a few
 * exceptions, steps often logged days after they happened; each plan issued has its annual
 * reviews, amendments, some phase transfers and a few cessations. Nothing here is a real person.
 */
final class HistoryGenerator {

    /** What was written, for the measurements that follow. */
    record History(long events, List<String> caseIds, List<String> planIds, String longCaseId, Instant longCaseMiddle) {
    }

    private static final LocalDate FIRST_REQUEST = LocalDate.of(2015, 1, 5);
    /** Made-up names: common first names and surnames put together from invented halves. */
    private static final String[] FORENAMES = {"Alex", "Sam", "Jo", "Noor", "Priya", "Kai", "Ola", "Finn", "Ruby", "Zara",
        "Ezra", "Maya", "Theo", "Ivy", "Omar", "Lena"};
    static final String[] SURNAME_STARTS = {"Ash", "Brook", "Carr", "Dun", "Ell", "Fen", "Gar", "Hol", "Ing", "Kett"};
    private static final String[] SURNAME_ENDS = {"ford", "ley", "ton", "well", "by", "more", "ridge", "wood"};
    /** A large county's caseload: each case held by one of 40 officers, eight to each of 5 teams. */
    static final int OFFICERS = 40;
    static final int TEAMS = 5;
    /** Plans are reviewed up to here, so a plan issued early has several reviews and a late one none yet. */
    private static final LocalDate LAST_REVIEW = LocalDate.of(2026, 6, 30);
    private static final Agency[] ADVISERS = {Agency.EDUCATIONAL_PSYCHOLOGY, Agency.HEALTH, Agency.SOCIAL_CARE, Agency.EDUCATION};

    private final Random random = new Random(20_240_603L);
    private final JdbcEventStorageEngine engine;
    private final Connection connection;
    private final PreparedStatement keys;
    private final ObjectMapper json;
    private final List<DomainEventMessage<?>> pending = new ArrayList<>();
    private final Map<String, String> lastHash = new HashMap<>();
    private final Map<String, Instant> lastRecorded = new HashMap<>();
    private final List<String> planIds = new ArrayList<>();
    private long written;

    HistoryGenerator(Path dataDir) throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("event-store").toAbsolutePath(), "ehc", "");
        connection.setAutoCommit(false);
        Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) ->
                        method.getName().equals("close") ? null : method.invoke(connection, args));
        keys = connection.prepareStatement("INSERT INTO personal_data_key (key_id, secret, created_at) VALUES (?, ?, ?)");
        json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
        ConnectionProvider connections = () -> shared;
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    History generate(int assessments) throws SQLException {
        List<String> caseIds = new ArrayList<>();
        long days = 3_650;
        for (int i = 0; i < assessments; i++) {
            LocalDate received = FIRST_REQUEST.plusDays(days * i / Math.max(assessments, 1));
            caseIds.add(assessment(received));
            if (i % 100 == 0) {
                panel(received.plusDays(10), caseIds.get(caseIds.size() - 1));
            }
            if (i % 10_000 == 0) {
                System.out.printf("  generated %,d of %,d assessments (%,d events)%n", i, assessments, written + pending.size());
            }
        }
        for (int i = 1; i <= 12; i++) {
            action(i);
        }
        String longCase = assessment(LocalDate.of(2024, 1, 8));
        Instant middle = longCase(longCase, LocalDate.of(2024, 1, 8));
        flush();
        connection.close();
        return new History(written, caseIds, planIds, longCase, middle);
    }

    private String assessment(LocalDate received) throws SQLException {
        String id = UUID.randomUUID().toString();
        SealedPersonalData child = child(id, received);
        append("Assessment", id, new AssessmentOpened(id, received, RequestSource.values()[random.nextInt(4)],
                child, StatutoryCalendar.dueDates(received), null), received);
        int officer = random.nextInt(OFFICERS);
        Holder holder = new Holder(officer(officer), team(officer % TEAMS));
        append("Assessment", id, new CaseAssigned(id, holder), received);
        LocalDate decided = received.plusDays(20 + random.nextInt(35));
        if (random.nextInt(100) < 20) {
            append("Assessment", id, new MilestoneRecorded(id, Milestone.DECISION_NOT_TO_ASSESS, decided, null), decided);
            return id;
        }
        append("Assessment", id, new MilestoneRecorded(id, Milestone.DECISION_TO_ASSESS, decided, null), decided);
        int agencies = 3 + random.nextInt(2);
        for (int a = 0; a < agencies; a++) {
            String request = UUID.randomUUID().toString();
            LocalDate asked = decided.plusDays(1 + random.nextInt(5));
            append("Assessment", id, new AdviceRequested(id, request, ADVISERS[a], asked, StatutoryCalendar.adviceDue(asked)), asked);
            LocalDate given = asked.plusDays(25 + random.nextInt(30));
            append("Assessment", id, new AdviceSubmitted(id, request, ADVISERS[a], given, null), given);
        }
        if (random.nextInt(100) < 8) {
            append("Assessment", id, new ExceptionRecorded(id, Deadline.FINAL_PLAN, StatutoryException.ABSENT_FROM_AREA, null,
                    decided.plusDays(5), decided.plusDays(40), "made up for the benchmark"), decided.plusDays(5));
        }
        LocalDate draft = received.plusDays(90 + random.nextInt(70));
        append("Assessment", id, new MilestoneRecorded(id, Milestone.DRAFT_PLAN_ISSUED, draft, null), draft);
        if (random.nextInt(100) < 5) {
            append("Assessment", id, new MilestoneRecorded(id, Milestone.DECISION_NOT_TO_ISSUE, draft.plusDays(10), null), draft.plusDays(10));
        } else {
            LocalDate issued = draft.plusDays(15 + random.nextInt(random.nextInt(100) < 10 ? 300 : 60));
            append("Assessment", id, new MilestoneRecorded(id, Milestone.FINAL_PLAN_ISSUED, issued, null), issued);
            plan(id, child, issued, holder);
        }
        return id;
    }

    /**
     * The plan a final plan begins, in its own stream, and its annual reviews up to the end of the
     * generated history: most decided within 4 weeks, some late; some amended, a few ceased; a phase
     * transfer for one plan in five.
     */
    private void plan(String id, SealedPersonalData child, LocalDate issued, Holder holder) throws SQLException {
        String stream = PlanStream.of(id);
        planIds.add(id);
        LocalDate due = StatutoryCalendar.reviewDueBy(issued);
        append("Plan", stream, new PlanIssued(id, child, issued, due), issued);
        append("Plan", stream, new PlanAssigned(id, holder), issued);
        if (random.nextInt(100) < 20) {
            int year = issued.getYear() + 1 + random.nextInt(2);
            PhaseTransfer transfer = PhaseTransfer.values()[random.nextInt(PhaseTransfer.values().length)];
            LocalDate moveOn = transfer.datedByTheMove() ? LocalDate.of(year, 9, 1) : null;
            LocalDate dueBy = transfer.amendedPlanDueBy(year, moveOn);
            append("Plan", stream, new PhaseTransferSet(id, transfer, year, dueBy, moveOn), issued.plusDays(30));
            LocalDate amended = dueBy.minusDays(40 - random.nextInt(60));
            append("Plan", stream, new PhaseTransferPlanIssued(id, amended, "Made-up setting"), amended);
        }
        while (due.isBefore(LAST_REVIEW)) {
            LocalDate meeting = due.minusDays(random.nextInt(70) - 10);
            append("Plan", stream, new ReviewMeetingHeld(id, meeting, StatutoryCalendar.reviewDecisionDue(meeting)), meeting);
            LocalDate decided = meeting.plusDays(7 + random.nextInt(random.nextInt(100) < 40 ? 60 : 21));
            int roll = random.nextInt(100);
            ReviewDecision decision = roll < 4 ? ReviewDecision.CEASE : roll < 40 ? ReviewDecision.AMEND : ReviewDecision.MAINTAIN;
            append("Plan", stream, new ReviewDecisionNotified(id, decision, decided, meeting,
                    StatutoryCalendar.reviewDecisionDue(meeting), StatutoryCalendar.reviewDueBy(decided),
                    decision == ReviewDecision.AMEND ? StatutoryCalendar.amendedPlanDue(decided) : null, decided), decided);
            if (decision == ReviewDecision.AMEND) {
                LocalDate amended = decided.plusDays(20 + random.nextInt(60));
                append("Plan", stream, new AmendedPlanIssued(id, amended), amended);
            } else if (decision == ReviewDecision.CEASE) {
                LocalDate ceased = decided.plusDays(30);
                append("Plan", stream, new PlanCeased(id, ceased, CessationReason.NEEDS_MET), ceased);
                return;
            }
            due = StatutoryCalendar.reviewDueBy(decided);
        }
    }

    private void panel(LocalDate heldOn, String caseId) throws SQLException {
        String id = UUID.randomUUID().toString();
        append("Panel", id, new PanelScheduled(id, heldOn, PanelKind.SEND_PANEL), heldOn.minusDays(7));
        append("Panel", id, new PanelAttendanceRecorded(id, "Panel Member A", PanelAgency.LOCAL_AUTHORITY), heldOn);
        append("Panel", id, new PanelAttendanceRecorded(id, "Panel Member B", PanelAgency.HEALTH), heldOn);
        append("Panel", id, new PanelDecisionRecorded(id, heldOn, caseId, PanelDecision.ASSESS, "made up"), heldOn);
    }

    private void action(int number) throws SQLException {
        String id = UUID.randomUUID().toString();
        LocalDate registered = LocalDate.of(2018, 6, 1);
        append("ImprovementAction", id, new ActionRegistered(id, (1 + number / 5) + "." + number, "Area " + (1 + number / 5),
                "Action " + number, List.of("Lead " + number), registered.plusMonths(9),
                List.of(new SuccessCriterion("Measured", "measure " + number, BigDecimal.TEN, BigDecimal.valueOf(80), null))),
                registered);
        append("ImprovementAction", id, new RagChanged(id, Rag.RED, Rag.AMBER, "started", registered.plusMonths(2)),
                registered.plusMonths(2));
    }

    /** One case with 200 events, for reading a long history as it was known half way through. */
    private Instant longCase(String id, LocalDate received) throws SQLException {
        long events = 1 + 10;
        Instant middle = null;
        while (events < 200) {
            String request = UUID.randomUUID().toString();
            LocalDate asked = received.plusDays(events / 4);
            append("Assessment", id, new AdviceRequested(id, request, Agency.OTHER, asked, StatutoryCalendar.adviceDue(asked)), asked);
            append("Assessment", id, new AdviceSubmitted(id, request, Agency.OTHER, asked.plusDays(20), null), asked.plusDays(20));
            events += 2;
            if (events >= 100 && middle == null) {
                middle = recordedAt(asked.plusDays(20)).plusSeconds(60);
            }
        }
        return middle;
    }

    static String officer(int number) {
        return String.format("officer-%02d", number + 1);
    }

    static String team(int number) {
        return "Team-" + (char) ('A' + number);
    }

    private Instant recordedAt(LocalDate day) {
        return day.plusDays(random.nextInt(3)).atTime(9 + random.nextInt(8), random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private void append(String type, String aggregateId, Object payload, LocalDate happened) throws SQLException {
        long sequence = Long.parseLong(lastHash.getOrDefault(aggregateId + "#", "-1")) + 1;
        Instant at = happened.atTime(10, 0).toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400 * 2));
        // An aggregate's events are recorded in the order they were appended.
        Instant before = lastRecorded.get(aggregateId);
        if (before != null && !at.isAfter(before)) {
            at = before.plusSeconds(1);
        }
        lastRecorded.put(aggregateId, at);
        Map<String, Object> metadata = Map.of("user", "officer", "role", "CASE_OFFICER",
                "correlationId", UUID.randomUUID().toString());
        String previous = lastHash.getOrDefault(aggregateId, ChainMetadata.GENESIS);
        String hash = EventChain.hash(previous, aggregateId, sequence, payload.getClass().getName(), at, payload, metadata);
        lastHash.put(aggregateId, hash);
        lastHash.put(aggregateId + "#", Long.toString(sequence));
        pending.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload,
                MetaData.from(metadata).and(ChainMetadata.PREVIOUS_HASH, previous).and(ChainMetadata.HASH, hash),
                UUID.randomUUID().toString(), at));
    }

    /**
     * A made-up child's name and date of birth, sealed under a key of their own kept in the key store,
     * as the command service seals them: so that the read side opens, indexes and searches them as it
     * would a real area's.
     */
    private SealedPersonalData child(String id, LocalDate received) throws SQLException {
        byte[] key = new byte[32];
        random.nextBytes(key);
        keys.setString(1, id);
        keys.setBytes(2, key);
        keys.setTimestamp(3, Timestamp.from(received.atStartOfDay(ZoneOffset.UTC).toInstant()));
        keys.addBatch();
        String name = FORENAMES[random.nextInt(FORENAMES.length)] + " " + SURNAME_STARTS[random.nextInt(SURNAME_STARTS.length)]
                + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)];
        LocalDate born = received.minusYears(2 + random.nextInt(15)).minusDays(random.nextInt(365));
        try {
            return PersonalDataSeal.seal(key, id, json.writeValueAsBytes(new PersonalDetails(name, born)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes everything in recorded-time order, as a real store holds it: a store's position
     * order is the order things were recorded in, cases interleaved.
     */
    private void flush() throws SQLException {
        System.out.printf("  writing %,d events in the order they were recorded%n", pending.size());
        keys.executeBatch();
        pending.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        for (int from = 0; from < pending.size(); from += 2_000) {
            engine.appendEvents(pending.subList(from, Math.min(pending.size(), from + 2_000)));
            connection.commit();
        }
        written += pending.size();
        pending.clear();
    }
}
