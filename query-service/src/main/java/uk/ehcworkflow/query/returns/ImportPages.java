package uk.ehcworkflow.query.returns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;
import uk.ehcworkflow.query.pages.PageMessages;

/**
 * An administrator starts the area from the SEN2 return it last sent: upload the file, check it
 * first (nothing is recorded), then import it, and read what was made, what the file gave that no
 * record keeps, and whom a rule refused, person by person. The command service does the import
 * (ADR 34); this page sends it the file as it was uploaded.
 */
@PageController
class ImportPages {

    /** The report's outcomes in words. */
    private static final Map<String, String> OUTCOMES = Map.of("MADE", "Made", "WOULD_MAKE", "Would be made",
            "ALREADY_IMPORTED", "Already imported", "NOTHING_TO_CARRY_ON", "Nothing to carry on",
            "NOT_READ", "Not imported");

    private final CommandApi commands;
    private final ObjectMapper json;

    ImportPages(CommandApi commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    @GetMapping("/admin/import")
    ModelAndView form() {
        return page(HttpStatus.OK).addObject("check", "yes");
    }

    @PostMapping("/admin/import")
    ModelAndView importReturn(@RequestParam(required = false) MultipartFile file,
                              @RequestParam(required = false) String check) throws IOException {
        // checking first is the default: only a deliberate "import it" records anything
        boolean dryRun = !"no".equals(check);
        if (file == null || file.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, PageMessages.invalid("file", "blank"), check);
        }
        try (InputStream xml = file.getInputStream()) {
            JsonNode report = commands.postXml("/api/imports/sen2" + (dryRun ? "?dryRun=true" : ""), xml);
            return page(HttpStatus.OK).addObject("check", dryRun ? "yes" : "no")
                    .addObject("report", json.convertValue(report, Map.class))
                    .addObject("censusDay", PageMessages.spoken(report.path("censusDay").asText("")))
                    .addObject("problems", problems(report));
        } catch (CommandRefused refusal) {
            return refused(HttpStatus.valueOf(refusal.status()), PageMessages.refusal(refusal, "file"), check);
        }
    }

    /** Each person's problems in the pages' words (a rule the bundle words, else the service's sentence), by position. */
    private static Map<Integer, List<String>> problems(JsonNode report) {
        Map<Integer, List<String>> problems = new HashMap<>();
        for (JsonNode person : report.path("people")) {
            List<String> words = new ArrayList<>();
            for (JsonNode problem : person.path("problems")) {
                String item = problem.path("item").asText(null);
                String rule = problem.path("rule").asText(null);
                String detail = problem.path("problem").asText("");
                words.add(rule != null && PageMessages.hasWordsFor(rule)
                        ? PageMessages.refusal(new CommandRefused(400, item, rule, detail), item)
                        : (item == null ? "" : item + ": ") + detail);
            }
            problems.put(person.path("position").asInt(), words);
        }
        return problems;
    }

    private ModelAndView refused(HttpStatus status, String message, String check) {
        return page(status).addObject("check", "no".equals(check) ? "no" : "yes")
                .addObject("errors", List.of(PageForm.FormError.on("file", message)));
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("returns/import");
        page.setStatus(status);
        page.addObject("outcomes", OUTCOMES);
        return page;
    }
}
