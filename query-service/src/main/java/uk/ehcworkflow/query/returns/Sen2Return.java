package uk.ehcworkflow.query.returns;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import uk.ehcworkflow.platform.files.OwnerOnlyFiles;
import uk.ehcworkflow.platform.security.Actor;

/**
 * Produces a year's SEN2 return as known at an instant: the XML, written to a file of its own in
 * the data folder (readable by the service's user alone, deleted once sent) while its SHA-256 is
 * worked out, so the digest can head the answer; the problems a person must fix; the counts that
 * must agree with the dashboard; and one module as CSV. The same year and instant always give the
 * same bytes: the people come in a fixed order and the header's time is the instant's.
 */
@Component
public class Sen2Return {

    static final String DEFAULT_LA_CODE = "000";
    private static final int MOST_SCHEMA_PROBLEMS = 200;
    private static final DateTimeFormatter HEADER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ChildRecords records;
    private final Sen2Codes codes;
    private final Clock clock;
    private final Path workFolder;
    private final Settings settings;
    private final Schema schema;

    /** The header's items that are the authority's and the software's, from configuration (docs/configuration.md). */
    record Settings(String laCode, String softwareCode, String release, String serialNo, boolean dmo, boolean dco,
                    boolean dsco) {
    }

    Sen2Return(ChildRecords records, Sen2Codes codes, Clock clock, @Value("${ehc.data-dir}") Path dataDir,
               @Value("${ehc.returns.la-code:" + DEFAULT_LA_CODE + "}") String laCode,
               @Value("${ehc.returns.software-code:EHC-WORKFLOW}") String softwareCode,
               @Value("${ehc.returns.release:1}") String release, @Value("${ehc.returns.serial-no:1}") String serialNo,
               @Value("${ehc.returns.designated-medical-officer:true}") boolean dmo,
               @Value("${ehc.returns.designated-clinical-officer:true}") boolean dco,
               @Value("${ehc.returns.designated-social-care-officer:true}") boolean dsco) throws SAXException {
        this.records = records;
        this.codes = codes;
        this.clock = clock;
        this.workFolder = dataDir.resolve("returns-work");
        this.settings = new Settings(laCode.strip(), softwareCode.strip(), release.strip(), serialNo.strip(), dmo, dco, dsco);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        this.schema = factory.newSchema(Sen2Return.class.getResource("/returns/sen2.xsd"));
        removeLeftovers(workFolder);
    }

    /**
     * A return or workbook being written when the service last stopped is never sent: its files go
     * at start. Best effort: a file that cannot be deleted now is left for the next start.
     */
    private static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).toList()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException busy) {
                    // left for the next start
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // the folder is read again at the next start
        }
    }

    /** The return as written: its file (the caller deletes it), digest, problems found and counts. */
    public record Produced(Path file, String sha256, Instant knownAt, List<Sen2Checks.Problem> problems, Sen2Summary summary) {
    }

    /**
     * The instant a return is produced as known at: the one asked for, or else the end of the
     * second under way, once it has passed. The header gives the time to the second, and the same
     * instant asked for again gives the same file; ending the second rather than starting it keeps
     * in the return what was recorded a moment before it was asked for.
     */
    public Instant knownAt(Instant asked) {
        if (asked != null) {
            return asked;
        }
        Instant endOfSecond = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        long wait = Duration.between(clock.instant(), endOfSecond).toMillis() + 1;
        try {
            Thread.sleep(Math.max(0, wait));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the second to end", e);
        }
        return endOfSecond;
    }

    public Produced produce(CollectionYear year, Instant knownAt, Actor actor) {
        OwnerOnlyFiles.restrictFolder(workFolder);
        Sen2Checks checks = new Sen2Checks(codes);
        Sen2Summary.Tally tally = new Sen2Summary.Tally(year, codes);
        Sen2Xml.Header header = header(year, knownAt);
        if (DEFAULT_LA_CODE.equals(settings.laCode())) {
            checks.header("LEA", "the authority's code is not set: set ehc.returns.la-code to its 3-digit code");
        }
        try {
            Path file = Files.createTempFile(workFolder, "sen2-" + year.year() + "-", ".xml");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha256);
                 Sen2Xml xml = new Sen2Xml(out, header)) {
                Sen2Builder builder = new Sen2Builder(codes, year);
                records.each(builder.scope(), knownAt, actor, record -> {
                    Sen2Person person = builder.person(record);
                    checks.check(person);
                    tally.count(person);
                    try {
                        xml.write(person);
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException("The SEN2 XML could not be written", e);
                    }
                }, checks::erased);
            }
            return new Produced(file, HexFormat.of().formatHex(sha256.digest()), knownAt, checks.problems(), tally.summary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The SEN2 XML could not be written", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** What the schema finds wrong in a written return, each with its line, at most a couple of hundred. */
    public List<String> schemaProblems(Path file) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // a warning is not a problem of the return
            }

            @Override
            public void error(SAXParseException e) {
                if (problems.size() < MOST_SCHEMA_PROBLEMS) {
                    problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        try (InputStream in = Files.newInputStream(file)) {
            validator.validate(new StreamSource(in));
        } catch (SAXException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** One module as CSV, written straight to the answer. */
    public void csv(CollectionYear year, Instant knownAt, Actor actor, Sen2Csv.Module module, Writer out) throws IOException {
        Sen2Csv csv = new Sen2Csv(out, module, header(year, knownAt));
        Sen2Builder builder = new Sen2Builder(codes, year);
        records.each(builder.scope(), knownAt, actor, record -> {
            try {
                csv.write(builder.person(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (erased, link) -> { });
        out.flush();
    }

    private Sen2Xml.Header header(CollectionYear year, Instant knownAt) {
        return new Sen2Xml.Header(codes.line("collection"), year.year(), year.censusDay(), codes.line("sourceLevel"),
                settings.laCode(), settings.softwareCode(), settings.release(), settings.serialNo(),
                HEADER_TIME.format(knownAt.atZone(clock.getZone())), codes.flag(settings.dmo()), codes.flag(settings.dco()),
                codes.flag(settings.dsco()));
    }
}
