package uk.ehcworkflow.query.family;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyViewController {

    private final FamilyViews views;

    FamilyViewController(FamilyViews views) {
        this.views = views;
    }

    /** Where the case is, as its family is told it: no name in it, and only for those who may read the case. */
    @GetMapping("/api/assessments/{assessmentId}/family-view")
    FamilyView familyView(@PathVariable String assessmentId, HttpServletRequest request) {
        return views.of(views.timeline(assessmentId), request);
    }
}
