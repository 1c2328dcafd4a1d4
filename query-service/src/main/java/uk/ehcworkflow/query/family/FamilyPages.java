package uk.ehcworkflow.query.family;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.query.assessment.AssessmentTimeline;
import uk.ehcworkflow.query.assessment.ChildDetails;
import uk.ehcworkflow.query.letter.AreaDetails;
import uk.ehcworkflow.query.pages.PageController;

/**
 * The page a family will see of their case, shown to the officer first: to read it to a parent on
 * the phone, or to print it for them, in the words they would use.
 */
@PageController
class FamilyPages {

    private final FamilyViews views;
    private final ChildDetails children;
    private final AreaDetails area;

    FamilyPages(FamilyViews views, ChildDetails children, AreaDetails area) {
        this.views = views;
        this.children = children;
        this.area = area;
    }

    @GetMapping("/cases/{assessmentId}/family-view")
    String familyView(@PathVariable String assessmentId, HttpServletRequest request, Model model) {
        AssessmentTimeline timeline = views.timeline(assessmentId);
        model.addAttribute("view", views.of(timeline, request));
        model.addAttribute("caseId", assessmentId);
        model.addAttribute("child", children.of(timeline, Actor.of(SecurityContextHolder.getContext().getAuthentication())));
        model.addAttribute("area", area);
        model.addAttribute("own", false);
        return "family/case";
    }
}
