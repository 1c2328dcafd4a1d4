package uk.ehcworkflow.query.returns;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.platform.problem.InvalidRequestException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.audit.AccessLog;
import uk.ehcworkflow.query.common.TimeParameter;

/**
 * The SEN2 return as the API and the pages answer it: the XML with its SHA-256 in a header, one
 * module as CSV, and the problems to fix before sending. Each production is recorded, who and
 * when, as a read of a case is.
 */
@Component
class Sen2Answers {

    /** The answer's header carrying the return's SHA-256, so a copy sent to the DfE can be checked against a regenerated one. */
    static final String DIGEST_HEADER = "X-Content-SHA256";
    /** The instant the return was produced as known at: give it as {@code asOf} to produce the same bytes again. */
    static final String KNOWN_AT_HEADER = "X-As-Of";

    private final Sen2Return returns;
    private final AccessLog accessLog;
    private final Clock clock;

    Sen2Answers(Sen2Return returns, AccessLog accessLog, Clock clock) {
        this.returns = returns;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** What the validation answer says: the census day, the problems, the schema's findings and the counts. */
    record Validation(int year, LocalDate censusDay, boolean censusDayPublished, Instant knownAt, String sha256,
                      List<Sen2Checks.Problem> problems, List<String> schemaProblems, Sen2Summary summary) {
    }

    /** The return as XML (the default) or one module as CSV, written to the answer. */
    void sen2(Integer year, String asOf, String format, String module, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        CollectionYear collection = CollectionYear.of(year, LocalDate.now(clock));
        Instant knownAt = returns.knownAt(TimeParameter.endOf("asOf", asOf, clock.getZone()));
        boolean csv = "csv".equalsIgnoreCase(format);
        if (format != null && !csv && !"xml".equalsIgnoreCase(format)) {
            throw new InvalidRequestException("format", "The return comes as xml (the default) or csv.");
        }
        Sen2Csv.Module chosen = csv ? Sen2Csv.Module.named(module == null ? "" : module) : null;
        if (csv && chosen == null) {
            throw new InvalidRequestException("module", "A CSV is one module: module= one of "
                    + Arrays.stream(Sen2Csv.Module.values()).map(Sen2Csv.Module::lowerName).toList() + ".");
        }
        accessLog.returnProduced("SEN2 return " + collection.year() + (csv ? " module " + chosen.lowerName() : "")
                + " as known at " + knownAt, request);
        response.setHeader(KNOWN_AT_HEADER, knownAt.toString());
        if (csv) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"sen2-" + collection.year() + "-"
                    + chosen.lowerName() + ".csv\"");
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            returns.csv(collection, knownAt, actor(), chosen, out);
            return;
        }
        Sen2Return.Produced produced = returns.produce(collection, knownAt, actor());
        try {
            response.setContentType("application/xml;charset=UTF-8");
            response.setHeader(DIGEST_HEADER, produced.sha256());
            response.setHeader("Content-Disposition", "attachment; filename=\"sen2-" + collection.year() + ".xml\"");
            response.setContentLengthLong(Files.size(produced.file()));
            Files.copy(produced.file(), response.getOutputStream());
        } finally {
            Files.deleteIfExists(produced.file());
        }
    }

    /** Every problem to fix before the return is sent: the rules' findings, the schema's, and the counts to check. */
    Validation validation(Integer year, String asOf, HttpServletRequest request) throws IOException {
        CollectionYear collection = CollectionYear.of(year, LocalDate.now(clock));
        Instant knownAt = returns.knownAt(TimeParameter.endOf("asOf", asOf, clock.getZone()));
        accessLog.returnProduced("SEN2 return " + collection.year() + " validation as known at " + knownAt, request);
        Sen2Return.Produced produced = returns.produce(collection, knownAt, actor());
        try {
            return new Validation(collection.year(), collection.censusDay(), collection.censusDayPublished(), knownAt,
                    produced.sha256(), produced.problems(), returns.schemaProblems(produced.file()), produced.summary());
        } finally {
            Files.deleteIfExists(produced.file());
        }
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
