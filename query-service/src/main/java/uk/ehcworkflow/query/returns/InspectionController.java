package uk.ehcworkflow.query.returns;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.events.plan.PlanStream;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentReader;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.dispute.DisputeReader;
import uk.ehcworkflow.query.dispute.DisputeState;
import uk.ehcworkflow.query.evidence.EvidencePacks;
import uk.ehcworkflow.query.letter.LettersAsSent;
import uk.ehcworkflow.query.plan.PlanReader;
import uk.ehcworkflow.query.plan.PlanTimeline;

/**
 * What an area SEND inspection asks for, for the returns role, auditors and administrators: the
 * person-level lists as on a day, and one child's bundle of evidence as known at the end of a
 * day. Every production is recorded, who and when.
 */
@RestController
class InspectionController {

    private final InspectionLists lists;
    private final EvidencePacks packs;
    private final AssessmentReader assessments;
    private final PlanReader plans;
    private final DisputeReader disputes;
    private final AccessLog accessLog;
    private final Clock clock;

    InspectionController(InspectionLists lists, EvidencePacks packs, AssessmentReader assessments, PlanReader plans,
                         DisputeReader disputes, AccessLog accessLog, Clock clock) {
        this.lists = lists;
        this.packs = packs;
        this.assessments = assessments;
        this.plans = plans;
        this.disputes = disputes;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Every list as one workbook (the default), or one list as CSV ({@code format=csv&list=plans}). */
    @GetMapping("/api/returns/inspection")
    void lists(@RequestParam(required = false) String on, @RequestParam(required = false) String format,
               @RequestParam(required = false) String list, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LocalDate day = day(on);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"xlsx".equalsIgnoreCase(format)) {
            throw new InvalidRequestException("format", "The lists come as xlsx (the default, every list) or csv (one list).");
        }
        InspectionList chosen = Arrays.stream(InspectionList.values()).filter(l -> l.lowerName().equalsIgnoreCase(list))
                .findFirst().orElse(null);
        if (csv && chosen == null) {
            throw new InvalidRequestException("list", "A CSV is one list: list= one of "
                    + Arrays.stream(InspectionList.values()).map(InspectionList::lowerName).toList() + ".");
        }
        accessLog.returnProduced("inspection " + (csv ? "list " + chosen.lowerName() : "lists") + " as on " + day, request);
        if (csv) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"inspection-" + chosen.lowerName() + "-" + day + ".csv\"");
            lists.csv(chosen, day, actor(), new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"inspection-lists-" + day + ".xlsx\"");
        lists.xlsx(day, actor(), response.getOutputStream());
    }

    /**
     * One child's bundle as known at the end of the day: the evidence pack of the case, of the plan
     * it began (or the registered plan) and of each dispute, and the chronology of all their events.
     * The case may be named by its reference.
     */
    @GetMapping("/api/returns/inspection/children/{caseOrPlanId}")
    void bundle(@PathVariable String caseOrPlanId, @RequestParam(required = false) String on, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        LocalDate day = day(on);
        Instant knownAt = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
        String id = assessments.idOf(caseOrPlanId).orElseThrow(() -> new NotFoundException("No case has the reference "
                + caseOrPlanId + "."));
        AssessmentTimeline assessment = assessments.rebuild(id, knownAt);
        PlanTimeline plan = plans.rebuild(id, knownAt);
        if (!assessment.isOpened() && !plan.exists()) {
            throw new NotFoundException("No case or plan " + caseOrPlanId + " had been recorded by the end of " + day + ".");
        }
        accessLog.caseViewed(id, "inspection bundle as on " + day, request);
        accessLog.returnProduced("inspection bundle of " + id + " as on " + day, request);
        List<String> streams = new ArrayList<>();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"inspection-" + id + "-" + day + ".zip\"");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            if (assessment.isOpened()) {
                addWithLetters(zip, packs.assessmentWithLetters(id, knownAt, day));
                streams.add(id);
            }
            if (plan.exists()) {
                addWithLetters(zip, packs.planWithLetters(id, knownAt, day));
                streams.add(PlanStream.of(id));
            }
            for (DisputeState dispute : disputes.ofCase(id, knownAt)) {
                addWithLetters(zip, packs.disputeWithLetters(dispute.disputeId(), knownAt, day));
                streams.add(dispute.disputeId());
            }
            add(zip, new EvidencePacks.Pack("chronology.csv", packs.chronology(streams, knownAt)));
        }
    }

    /** A pack and the letters as sent, where the letter written again is the one sent (its pack says of each). */
    private static void addWithLetters(ZipOutputStream zip, EvidencePacks.WithLetters pack) throws IOException {
        add(zip, pack.pack());
        for (LettersAsSent.Copy copy : pack.letters()) {
            if (Boolean.TRUE.equals(copy.matches())) {
                add(zip, "letters/" + copy.filename(), copy.pdf());
            }
        }
    }

    private static void add(ZipOutputStream zip, EvidencePacks.Pack pack) throws IOException {
        add(zip, pack.filename(), pack.html().getBytes(StandardCharsets.UTF_8));
    }

    private static void add(ZipOutputStream zip, String filename, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(filename));
        zip.write(content);
        zip.closeEntry();
    }

    /** The day the lists or the bundle are as on: today when none is typed; a 400 naming {@code on} when not a day. */
    LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            LocalDate day = LocalDate.parse(on.strip());
            if (day.isAfter(LocalDate.now(clock)) || day.getYear() < CollectionYear.FIRST) {
                throw new InvalidRequestException("on", "The day is from " + CollectionYear.FIRST + " to today.");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("on", "The day is a date like 2026-01-15.");
        }
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
