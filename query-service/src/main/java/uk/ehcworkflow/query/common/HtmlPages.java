package uk.ehcworkflow.query.common;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Printable pages from the Thymeleaf templates under {@code templates/}; every value is escaped by the template. */
@Component
public class HtmlPages {

    public static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** Set on every printable page, so that what is for the screen alone (tables that scroll sideways) leaves it be. */
    public static final String PRINTABLE = "printable";

    private final ITemplateEngine templates;

    public HtmlPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.UK, model);
        context.setVariable(PRINTABLE, true);
        return templates.process(template, context);
    }
}
