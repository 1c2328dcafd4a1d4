package uk.ehcworkflow.query.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.ehcworkflow.events.quality.ChecklistPublished;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.CommandRefused;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * The plan-quality checklist for administrators (ADR 50): the version audits now use, and a form
 * that publishes the next version whole, written one line a section or criterion.
 */
@PageController
class ChecklistPages {

    private final ChecklistReader checklists;
    private final CommandApi commands;

    ChecklistPages(ChecklistReader checklists, CommandApi commands) {
        this.checklists = checklists;
        this.commands = commands;
    }

    @GetMapping("/admin/quality/checklist")
    String checklist(@RequestParam(required = false) String done, Model model) {
        ChecklistPublished current = checklists.current();
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        typed.add("title", current.title());
        typed.add("checklist", ChecklistText.write(current.sections()));
        model.addAttribute("current", current);
        model.addAttribute("form", PageForm.of(typed));
        model.addAttribute("done", done);
        return "quality/checklist";
    }

    @PostMapping("/admin/quality/checklist")
    ModelAndView publish(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input).sentAs("sections", "checklist");
        int published = checklists.current().version();
        return FormPosts.send(() -> {
            Map<String, Object> body = new LinkedHashMap<>(form.body("title"));
            try {
                body.put("sections", ChecklistText.read(form.value("checklist")));
            } catch (ChecklistText.Unreadable unreadable) {
                throw new CommandRefused(400, "checklist", null, unreadable.getMessage());
            }
            commands.post("/api/quality/checklist", body);
            return "/admin/quality/checklist?done=" + (published + 1);
        }, refused -> {
            ModelAndView page = FormPosts.again("quality/checklist", refused, form, "checklist");
            page.addObject("current", checklists.current());
            return page;
        });
    }
}
