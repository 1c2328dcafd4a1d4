package uk.ehcworkflow.command.imports;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.assessment.ImportAssessment;
import uk.ehcworkflow.command.assessment.OpenAssessment;
import uk.ehcworkflow.command.child.ChildProfiles;
import uk.ehcworkflow.command.common.CommandFailure;
import uk.ehcworkflow.command.common.DomainFailure;
import uk.ehcworkflow.command.imports.ImportReport.Outcome;
import uk.ehcworkflow.command.imports.ImportReport.Problem;
import uk.ehcworkflow.command.imports.Sen2File.Item;
import uk.ehcworkflow.command.plan.ImportPlan;
import uk.ehcworkflow.command.plan.Placements;
import uk.ehcworkflow.command.plan.PlanId;
import uk.ehcworkflow.command.plan.RecordNeeds;
import uk.ehcworkflow.command.plan.RecordPersonalBudget;
import uk.ehcworkflow.command.plan.RegisterPlan;
import uk.ehcworkflow.command.plan.StartPlacement;
import uk.ehcworkflow.events.assessment.RequestSource;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.ResidentialWeeks;
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.plan.SenSetting;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.events.privacy.Sex;
import uk.ehcworkflow.events.returns.Sen2CodeBook;
import uk.ehcworkflow.platform.input.SaneDates;

/**
 * Starts an area on the service from the SEN2 return it last sent (ADR 34): every active plan is
 * registered with its child's details, needs, placements, personal budget and last review, and
 * every request still open is opened as a case, each by one command that stores all of it or none.
 * The whole file is read, and every item judged, before anything is recorded, so a file that is
 * not a return records nothing. A record's id is worked out from the child (their UPN, else their
 * name and date of birth) and the record's own date, so the same file imported again finds what it
 * made and records nothing new.
 */
@Component
class Sen2Import {

    private static final Logger log = LoggerFactory.getLogger(Sen2Import.class);
    private static final int PROGRESS_EVERY = 500;
    /** As a case's or a plan's form takes it. */
    private static final int MOST_CHARACTERS_IN_A_NAME = 200;

    private final EventStore events;
    private final Sen2CodeBook codes;
    private final Clock clock;

    Sen2Import(EventStore events, @Value("${ehc.returns.codes-file:}") String codesFile, Clock clock) {
        this.events = events;
        this.codes = new Sen2CodeBook(codesFile);
        this.clock = clock;
    }

    /**
     * What one person of the file comes to: the command that makes their record, or why there is none.
     *
     * @param stream the event stream the record is stored as (a plan's is not its bare id, {@link PlanId})
     */
    private record Work(int position, String made, String id, String stream, Object command, List<Problem> problems,
                        List<String> notCarried) {

        static Work none(int position, List<Problem> problems, List<String> notCarried) {
            return new Work(position, null, null, null, null, problems, notCarried);
        }
    }

    /** @param send sends a command as the person importing, answering when it is stored */
    ImportReport run(InputStream xml, boolean dryRun, Consumer<Object> send) {
        List<Work> people = new ArrayList<>();
        String censusDay = Sen2File.read(xml, person -> people.add(read(people.size() + 1, person)));
        log.info("SEN2 import{}: {} people read", dryRun ? " (dry run)" : "", people.size());
        int plans = 0;
        int cases = 0;
        int already = 0;
        int nothing = 0;
        Map<String, Integer> notCarried = new TreeMap<>();
        List<ImportReport.Person> report = new ArrayList<>();
        for (Work work : people) {
            work.notCarried().forEach(item -> notCarried.merge(item, 1, Integer::sum));
            Outcome outcome = outcome(work, dryRun, send);
            switch (outcome) {
                case MADE, WOULD_MAKE -> {
                    if (work.made().equals("plan")) {
                        plans++;
                    } else {
                        cases++;
                    }
                }
                case ALREADY_IMPORTED -> already++;
                default -> nothing++;
            }
            report.add(new ImportReport.Person(work.position(), work.made(), work.id(), outcome, work.problems(),
                    work.notCarried()));
            if (work.position() % PROGRESS_EVERY == 0) {
                log.info("SEN2 import: {} of {} people done", work.position(), people.size());
            }
        }
        log.info("SEN2 import{} done: {} plans, {} cases, {} already imported, {} not imported", dryRun ? " (dry run)" : "",
                plans, cases, already, nothing);
        return new ImportReport(dryRun, censusDay, people.size(), plans, cases, already, nothing, notCarried, report);
    }

    private Outcome outcome(Work work, boolean dryRun, Consumer<Object> send) {
        if (work.command() == null) {
            return work.problems().isEmpty() ? Outcome.NOTHING_TO_CARRY_ON : Outcome.NOT_READ;
        }
        if (events.readEvents(work.stream()).hasNext()) {
            return Outcome.ALREADY_IMPORTED;
        }
        if (dryRun) {
            return Outcome.WOULD_MAKE;
        }
        try {
            send.accept(work.command());
            return Outcome.MADE;
        } catch (CommandExecutionException refused) {
            Optional<CommandFailure> failure = refused.getDetails();
            if (failure.isEmpty()) {
                throw refused;
            }
            work.problems().add(new Problem(failure.get().field(), failure.get().rule(), failure.get().message()));
            return Outcome.NOT_READ;
        } catch (ConcurrencyException | DataIntegrityViolationException madeMeanwhile) {
            // another import of the same file made it (its events, or the child's key) between the look and the command
            return Outcome.ALREADY_IMPORTED;
        }
    }

    /** One person: their plan if one was active on census day, else their request if one was still open. */
    private Work read(int position, Item person) {
        List<Problem> problems = new ArrayList<>();
        List<String> notCarried = new ArrayList<>();
        String surname = required(person, "Surname", problems);
        String forename = person.value("Forename");
        LocalDate born = date(person, "PersonBirthDate", true, problems);
        if (born != null && born.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("PersonBirthDate", null, "in the future"));
        }
        String name = forename == null ? surname : forename + " " + surname;
        if (name != null && name.length() > MOST_CHARACTERS_IN_A_NAME) {
            problems.add(new Problem("Surname", null, "the name is more than " + MOST_CHARACTERS_IN_A_NAME + " characters"));
        }
        ChildProfile profile = profile(person, problems);
        String child = profile != null && profile.upn() != null ? "upn:" + profile.upn().toUpperCase()
                : "child:" + surname + "|" + forename + "|" + born;
        PersonalDetails details = surname == null || born == null ? null : new PersonalDetails(name, born);
        List<Item> requests = person.first("Requests") == null ? List.of() : person.first("Requests").all("Request");
        Item active = person.first("ActivePlans");
        if (active != null) {
            return plan(position, child, details, profile, requests, active, problems, notCarried);
        }
        Item open = requests.stream().filter(this::open).reduce((first, second) -> second).orElse(null);
        if (open == null) {
            return Work.none(position, problems, notCarried);
        }
        return request(position, child, details, profile, open, problems, notCarried);
    }

    private Work plan(int position, String child, PersonalDetails details, ChildProfile profile, List<Item> requests,
                      Item active, List<Problem> problems, List<String> notCarried) {
        // the plan in force is the named plan not ceased; a request before it (a plan ceased earlier) stays behind
        Item request = requests.stream().filter(r -> namedPlan(r) != null && namedPlan(r).value("CeaseDate") == null)
                .reduce((first, second) -> second).orElse(null);
        if (request == null) {
            problems.add(new Problem("NamedPlan", null, "an active plan needs its named plan, for the day it started"));
            return Work.none(position, problems, notCarried);
        }
        Item named = namedPlan(request);
        LocalDate issuedOn = date(named, "StartDate", true, problems);
        requests.stream().filter(r -> r != request).forEach(r -> notCarried.add("Request"));
        for (String item : List.of("TransferLA", "ReviewMeeting", "ReviewOutcome", "ReviewDraft", "PhaseTransferDueDate",
                "PhaseTransferFinalDate")) {
            if (active.value(item) != null) {
                notCarried.add(item);
            }
        }
        notCarriedBehindAPlan(request, notCarried);
        if (issuedOn == null || details == null || !problems.isEmpty()) {
            return Work.none(position, problems, notCarried);
        }
        PlanId plan = new PlanId(id("plan", child, issuedOn));
        RegisterPlan registration = new RegisterPlan(plan, details, issuedOn, date(active, "LastReview", false, problems),
                null, null, date(request, "ReceivedDate", false, problems),
                code("requestSource", request.value("RequestSource"), RequestSource.class, "RequestSource", problems));
        RecordNeeds needs = needs(plan, active, issuedOn, problems);
        List<ImportPlan.Placed> placements = placements(plan, active, problems);
        if (placements.isEmpty() && !named.all("PlanDetail").isEmpty()) {
            notCarried.add("PlanDetail");
        }
        RecordPersonalBudget budget = budget(plan, named, issuedOn);
        ImportPlan command = new ImportPlan(registration, profile, needs, placements, budget);
        return problems.isEmpty() ? new Work(position, "plan", plan.value(), plan.toString(), command, problems, notCarried)
                : Work.none(position, problems, notCarried);
    }

    private Work request(int position, String child, PersonalDetails details, ChildProfile profile, Item request,
                         List<Problem> problems, List<String> notCarried) {
        LocalDate received = date(request, "ReceivedDate", true, problems);
        RequestSource source = code("requestSource", required(request, "RequestSource", problems), RequestSource.class,
                "RequestSource", problems);
        LocalDate decided = codes.line("outcome.ASSESSED").equals(request.value("RequestOutcome"))
                ? date(request, "RequestOutcomeDate", true, problems) : null;
        raised(request, List.of("RequestMediation", "RequestTribunal", "Exported"), notCarried);
        if (received == null || details == null || !problems.isEmpty()) {
            return Work.none(position, problems, notCarried);
        }
        String id = id("request", child, received);
        Boolean youthAccommodation = codes.flagOf(request.value("RYA")).orElse(null);
        ImportAssessment command = new ImportAssessment(new OpenAssessment(id, received, source, details, youthAccommodation),
                decided, profile);
        return new Work(position, "case", id, id, command, problems, notCarried);
    }

    /** A request not yet decided (A), or decided to assess (Y) with its assessment not yet ended (A). */
    private boolean open(Item request) {
        String outcome = request.value("RequestOutcome");
        Item assessment = request.first("Assessment");
        return codes.line("outcome.PENDING").equals(outcome) || codes.line("outcome.ASSESSED").equals(outcome)
                && (assessment == null || codes.line("outcome.PENDING").equals(assessment.value("AssessmentOutcome")));
    }

    private static Item namedPlan(Item request) {
        Item assessment = request.first("Assessment");
        return assessment == null ? null : assessment.first("NamedPlan");
    }

    /**
     * A plan registered here keeps its request's day and who made it; what the return said of the
     * request's and assessment's outcomes is history the plan does not carry (its request reads H).
     */
    private void notCarriedBehindAPlan(Item request, List<String> notCarried) {
        String historical = codes.line("outcome.HISTORICAL");
        if (request.value("RequestOutcome") != null && !historical.equals(request.value("RequestOutcome"))) {
            notCarried.add("RequestOutcome");
        }
        Item assessment = request.first("Assessment");
        if (assessment.value("AssessmentOutcome") != null && !historical.equals(assessment.value("AssessmentOutcome"))) {
            notCarried.add("AssessmentOutcome");
        }
        raised(request, List.of("RYA", "RequestMediation", "RequestTribunal", "Exported"), notCarried);
        raised(assessment, List.of("AssessmentMediation", "AssessmentTribunal", "OtherMediation", "OtherTribunal", "Week20"),
                notCarried);
    }

    private RecordNeeds needs(PlanId plan, Item active, LocalDate issuedOn, List<Problem> problems) {
        SenNeed primary = null;
        SenNeed secondary = null;
        for (Item need : active.all("SENneed")) {
            SenNeed type = name(need.value("SENtype"), SenNeed.class, "SENtype", problems);
            if ("1".equals(need.value("SENtypeRank"))) {
                primary = type;
            } else if ("2".equals(need.value("SENtypeRank"))) {
                secondary = type;
            } else {
                problems.add(new Problem("SENtypeRank", null, "a need's rank is 1 (primary) or 2 (secondary)"));
            }
        }
        if (primary == null && secondary != null) {
            problems.add(new Problem("SENtypeRank", null, "a secondary need without a primary one"));
        }
        return primary == null ? null : new RecordNeeds(plan, primary, secondary, issuedOn);
    }

    private List<ImportPlan.Placed> placements(PlanId plan, Item active, List<Problem> problems) {
        List<ImportPlan.Placed> placed = new ArrayList<>();
        for (Item detail : active.all("PlacementDetail")) {
            LocalDate entry = date(detail, "EntryDate", true, problems);
            String rank = required(detail, "PlacementRank", problems);
            if (entry == null || rank == null || !rank.matches("[12]")) {
                if (rank != null && !rank.matches("[12]")) {
                    problems.add(new Problem("PlacementRank", null, "a placement's rank is 1 (main) or 2 (subsidiary)"));
                }
                continue;
            }
            Placement placement = new Placement(detail.value("URN"), detail.value("UKPRN"),
                    name(detail.value("SENsetting"), SenSetting.class, "SENsetting", problems), detail.value("SENsettingOther"),
                    Integer.parseInt(rank), entry, code("residential", detail.value("Res"), ResidentialWeeks.class, "Res", problems),
                    yes(detail.value("WBP")), yes(detail.value("SENUnitIndicator")),
                    yes(detail.value("ResourcedProvisionIndicator")));
            try {
                Placements.checked(placement, clock);
            } catch (DomainFailure refused) {
                problems.add(new Problem(refused.field(), refused.rule(), refused.getMessage()));
                continue;
            }
            placed.add(new ImportPlan.Placed(new StartPlacement(plan, null, placement), date(detail, "LeavingDate", false, problems)));
        }
        // in the order the child entered them, each with an id of its own that a second import gives again
        placed.sort(Comparator.comparing(p -> p.start().placement().entryOn()));
        List<ImportPlan.Placed> numbered = new ArrayList<>();
        for (ImportPlan.Placed p : placed) {
            numbered.add(new ImportPlan.Placed(new StartPlacement(plan, id("placement", plan.value(), numbered.size() + 1),
                    p.start().placement()), p.leftOn()));
        }
        return numbered;
    }

    private RecordPersonalBudget budget(PlanId plan, Item named, LocalDate issuedOn) {
        boolean agreed = yes(named.value("PB"));
        boolean organised = yes(named.value("OA"));
        boolean direct = yes(named.value("DP"));
        return agreed || organised || direct ? new RecordPersonalBudget(plan, agreed, organised, direct, issuedOn) : null;
    }

    /** The child's details the return carries, judged as a form's would be, or null when it gives none. */
    private ChildProfile profile(Item person, List<Problem> problems) {
        ChildProfile profile = new ChildProfile(code("sex", person.value("Sex"), Sex.class, "Sex", problems),
                name(person.value("Ethnicity"), Ethnicity.class, "Ethnicity", problems), person.value("PostCode"),
                person.value("UPN"), person.value("UniqueLearnerNumber"), person.value("UPNunknown"), null, null, null, null);
        if (profile.isEmpty()) {
            return null;
        }
        try {
            return ChildProfiles.checked(profile);
        } catch (DomainFailure refused) {
            problems.add(new Problem(refused.field(), refused.rule(), refused.getMessage()));
            return null;
        }
    }

    private <E extends Enum<E>> E code(String line, String code, Class<E> type, String item, List<Problem> problems) {
        Optional<E> value = codes.valueOf(line, code, type);
        if (code != null && value.isEmpty()) {
            problems.add(new Problem(item, null, "not one of the return's codes"));
        }
        return value.orElse(null);
    }

    private static <E extends Enum<E>> E name(String code, Class<E> type, String item, List<Problem> problems) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem(item, null, "not one of the return's codes"));
            return null;
        }
    }

    /** The yes/no items of these that the file answered yes: a fact no record will keep. */
    private void raised(Item item, List<String> flags, List<String> notCarried) {
        flags.stream().filter(flag -> yes(item.value(flag))).forEach(notCarried::add);
    }

    private boolean yes(String flag) {
        return codes.flagOf(flag).orElse(false);
    }

    private static String required(Item item, String name, List<Problem> problems) {
        String value = item.value(name);
        if (value == null) {
            problems.add(new Problem(name, null, "missing"));
        }
        return value;
    }

    private static LocalDate date(Item item, String name, boolean required, List<Problem> problems) {
        String value = required ? required(item, name, problems) : item.value(name);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!SaneDates.accepts(date)) {
                problems.add(new Problem(name, null, "not a date from " + SaneDates.EARLIEST + " to " + SaneDates.LATEST));
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            problems.add(new Problem(name, null, "not a date as yyyy-MM-dd"));
            return null;
        }
    }

    /** The same id for the same record of the same child whenever the file is imported. */
    private static String id(String kind, String child, Object on) {
        return UUID.nameUUIDFromBytes(("sen2-import/" + kind + "/" + child + "/" + on).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
