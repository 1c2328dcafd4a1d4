package uk.ehcworkflow.query.pages;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every form that sends a command behaves, in one place: the command goes to the command
 * service as the person, the page waits until the read model it shows has the change (so the
 * next page never shows the record without it), then goes to the page that says what was done.
 * A refusal shows the form again as typed, with the command service's reason beside the field it
 * names.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /**
     * @param sendAndWait sends the command, waits for the read model, and gives the address to go to
     * @param refusedPage the page to show instead if the command is refused
     */
    public static ModelAndView send(Supplier<String> sendAndWait, Function<CommandRefused, ModelAndView> refusedPage) {
        try {
            return new ModelAndView("redirect:" + sendAndWait.get());
        } catch (CommandRefused refused) {
            return refusedPage.apply(refused);
        }
    }

    /** The form's page again with the refusal's status, the form as typed and the error beside its field ({@code firstField} if none is named). */
    public static ModelAndView again(String view, CommandRefused refused, PageForm form, String firstField) {
        ModelAndView page = new ModelAndView(view, HttpStatus.valueOf(refused.status()));
        page.addObject("form", form);
        page.addObject("errors", List.of(form.errorFor(refused, firstField)));
        return page;
    }
}
