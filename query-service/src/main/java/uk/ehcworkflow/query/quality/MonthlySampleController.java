package uk.ehcworkflow.query.quality;

import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.query.quality.MonthlySampleReader.SampleView;

/** The months' samples of finalised plans (ADR 51): plan ids and teams, no child's name. */
@RestController
class MonthlySampleController {

    private final MonthlySampleReader samples;

    MonthlySampleController(MonthlySampleReader samples) {
        this.samples = samples;
    }

    @GetMapping("/api/quality/samples")
    List<SampleView> samples() {
        return samples.all();
    }

    @GetMapping("/api/quality/samples/{month}")
    SampleView sample(@PathVariable YearMonth month) {
        return samples.ofMonth(month).orElseThrow(() -> new NotFoundException("No sample of the plans finalised in " + month
                + " has been drawn."));
    }
}
