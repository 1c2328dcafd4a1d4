package uk.ehcworkflow.query.pages;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The GOV.UK confirmation step before a child's name and date of birth are destroyed for good:
 * the erasure form leads to a question that repeats what will happen and the reason given, and
 * only the answer to that question is sent. A blank reason or a refusal is shown on the question.
 */
public final class ErasureQuestion {

    private ErasureQuestion() {
    }

    /** Whether the form is the answer to the question, not the first asking. */
    public static boolean answered(PageForm form) {
        return "yes".equals(form.value("confirmed"));
    }

    /** The question, or the first form again if no reason was given. */
    public static ModelAndView ask(String action, String back, String record, PageForm form) {
        if (form.value("reason").isEmpty()) {
            return page(action, back, record, form, List.of(PageForm.FormError.on("reason", PageMessages.invalid("reason", "blank"))),
                    HttpStatus.BAD_REQUEST);
        }
        return page(action, back, record, form, null, HttpStatus.OK);
    }

    /** The question again, with the refusal beside the reason. */
    public static ModelAndView refused(String action, String back, String record, PageForm form, CommandRefused refused) {
        return page(action, back, record, form, List.of(form.errorFor(refused, "reason")), HttpStatus.valueOf(refused.status()));
    }

    private static ModelAndView page(String action, String back, String record, PageForm form, List<PageForm.FormError> errors,
                                     HttpStatus status) {
        ModelAndView page = new ModelAndView("pages/erasure-question", status);
        page.addObject("action", action);
        page.addObject("back", back);
        page.addObject("record", record);
        page.addObject("form", form);
        page.addObject("errors", errors);
        return page;
    }
}
