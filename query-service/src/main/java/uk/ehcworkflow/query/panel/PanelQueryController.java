package uk.ehcworkflow.query.panel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.query.common.Period;
import uk.ehcworkflow.query.readstore.JsonDocuments;

/** Panel sittings of a period, which agencies covered them, and what they decided. */
@RestController
@RequestMapping("/api/panels")
class PanelQueryController {

    private final MongoDatabase readStore;
    private final JsonDocuments documents;

    PanelQueryController(MongoDatabase readStore, JsonDocuments documents) {
        this.readStore = readStore;
        this.documents = documents;
    }

    @GetMapping
    List<PanelReports.Sitting> sittings(@RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return panels(Period.parse(year, from, to)).stream().map(PanelReports::sitting).toList();
    }

    @GetMapping("/coverage")
    PanelReports.CoverageReport coverage(@RequestParam(required = false) Integer year,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.parse(year, from, to);
        return PanelReports.coverage(period.from(), period.to(), panels(period));
    }

    @GetMapping("/decisions-by-month")
    PanelReports.DecisionReport decisions(@RequestParam(required = false) Integer year,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.parse(year, from, to);
        return PanelReports.decisions(period.from(), period.to(), panels(period));
    }

    /** The sittings held in the period, oldest first; dates are stored as ISO strings, which sort as dates. */
    private List<PanelRecord> panels(Period period) {
        List<PanelRecord> panels = new ArrayList<>();
        for (Document stored : readStore.getCollection(PanelProjection.COLLECTION)
                .find(and(gte("heldOn", period.from().toString()), lte("heldOn", period.to().toString())))
                .sort(Sorts.ascending("heldOn"))) {
            panels.add(documents.fromDocument(stored, PanelRecord.class));
        }
        return panels;
    }
}
