package uk.ehcworkflow.query.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.ehcworkflow.platform.problem.NotFoundException;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;
import uk.ehcworkflow.query.pages.CommandApi;
import uk.ehcworkflow.query.pages.FormPosts;
import uk.ehcworkflow.query.pages.PageController;
import uk.ehcworkflow.query.pages.PageForm;

/**
 * The manager's pages for plan quality (ADR 51): the months' samples, and each sample as a tray of
 * the plans drawn, how far each one's audit has got, and the day the audits are due.
 */
@PageController
class QualityPages {

    private final MonthlySampleReader samples;
    private final CommandApi commands;
    private final Clock clock;

    QualityPages(MonthlySampleReader samples, CommandApi commands, Clock clock) {
        this.samples = samples;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping("/quality")
    String samples(Model model) {
        model.addAllAttributes(listing(PageForm.empty()));
        return "quality/samples";
    }

    /** A month drawn by hand; the month as {@code 2026-11}. */
    @PostMapping("/quality/samples")
    ModelAndView draw(@RequestParam MultiValueMap<String, String> input) {
        PageForm form = PageForm.of(input);
        return FormPosts.send(() -> {
            commands.post("/api/quality/samples", form.body("month"));
            YearMonth month = YearMonth.parse(form.value("month"));
            samples.awaitDrawn(month);
            return "/quality/samples/" + month;
        }, refused -> {
            ModelAndView page = FormPosts.again("quality/samples", refused, form, "month");
            page.getModelMap().addAllAttributes(listing(form));
            return page;
        });
    }

    @GetMapping("/quality/samples/{month}")
    String sample(@PathVariable String month, Model model) {
        YearMonth asked;
        try {
            asked = YearMonth.parse(month);
        } catch (DateTimeParseException notAMonth) {
            throw new NotFoundException("No sample is called '" + month + "': a month is written like 2026-11.");
        }
        model.addAttribute("sample", samples.ofMonth(asked).orElseThrow(() -> new NotFoundException(
                "No sample of the plans finalised in " + asked + " has been drawn.")));
        model.addAttribute("today", LocalDate.now(clock));
        return "quality/sample";
    }

    /** The samples, and for those who may draw one, the months over but not yet drawn, the latest first. */
    private Map<String, Object> listing(PageForm form) {
        List<MonthlySampleReader.SampleView> all = samples.all();
        Set<YearMonth> drawn = all.stream().map(MonthlySampleReader.SampleView::month).collect(Collectors.toSet());
        List<YearMonth> undrawn = new ArrayList<>();
        for (YearMonth month = YearMonth.now(clock).minusMonths(1); undrawn.size() + drawn.size() < 24
                && month.isAfter(YearMonth.now(clock).minusMonths(25)); month = month.minusMonths(1)) {
            if (!drawn.contains(month)) {
                undrawn.add(month);
            }
        }
        Role role = Actor.of(SecurityContextHolder.getContext().getAuthentication()).role();
        boolean mayDraw = role == Role.MANAGER || role == Role.ADMIN;
        return Map.of("samples", all, "undrawn", mayDraw ? undrawn : List.of(), "form", form, "today",
                LocalDate.now(clock));
    }
}
