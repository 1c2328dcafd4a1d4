package uk.ehcworkflow.query.quality;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.platform.problem.NotFoundException;

/** The plan-quality checklist as it stands, or any version of it: no one's personal data, for all staff. */
@RestController
class ChecklistController {

    private final ChecklistReader checklists;

    ChecklistController(ChecklistReader checklists) {
        this.checklists = checklists;
    }

    @GetMapping("/api/quality/checklist")
    ChecklistPublished checklist(@RequestParam(required = false) Integer version) {
        if (version == null) {
            return checklists.current();
        }
        return checklists.version(version).orElseThrow(() -> new NotFoundException("No version " + version
                + " of the checklist was published; the latest is " + checklists.current().version() + "."));
    }
}
