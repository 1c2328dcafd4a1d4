package uk.ehcworkflow.query.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeModelProcessor;
import org.thymeleaf.processor.element.AbstractElementModelProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;
import uk.ehcworkflow.query.common.HtmlPages;

/**
 * What every page draws the same way, so that no template repeats the markup:
 * <ul>
 *   <li>the GOV.UK error message beside the field it is about: a form group marked
 *       {@code ehc:field="occurredOn"} gets the error class and, above its input, the message of the
 *       page's error ({@code errors}) for that field;</li>
 *   <li>a table that scrolls sideways within the page, not the page with it, on a narrow screen.</li>
 * </ul>
 */
@Configuration
class PageDialect {

    @Bean
    AbstractProcessorDialect ehcDialect() {
        return new AbstractProcessorDialect("Pages", "ehc", StandardDialect.PROCESSOR_PRECEDENCE) {
            @Override
            public Set<IProcessor> getProcessors(String prefix) {
                return Set.of(new FieldErrorProcessor(prefix), new ScrollingTableProcessor());
            }
        };
    }

    /** Puts each of the pages' tables in a region of its own that scrolls sideways and can be reached by keyboard. */
    static final class ScrollingTableProcessor extends AbstractElementModelProcessor {

        private static final String WRAPPED = "data-scrolls";

        ScrollingTableProcessor() {
            super(TemplateMode.HTML, null, "table", false, null, false, StandardDialect.PROCESSOR_PRECEDENCE + 20);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, IElementModelStructureHandler structureHandler) {
            if (context.containsVariable(HtmlPages.PRINTABLE) || model.size() == 0
                    || !(model.get(0) instanceof IProcessableElementTag table) || table.hasAttribute(WRAPPED)) {
                return;
            }
            String id = table.getAttributeValue("id");
            String name = id == null || id.isBlank() || id.contains("$") ? "Table"
                    : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
            IModelFactory factory = context.getModelFactory();
            // marked, since the engine offers the table again once it stands inside its region
            model.replace(0, factory.setAttribute(table, WRAPPED, "sideways"));
            model.insert(0, factory.createOpenElementTag("div", Map.of("class", "ehc-scroll", "tabindex", "0",
                    "role", "region", "aria-label", name), AttributeValueQuotes.DOUBLE, false));
            model.add(factory.createCloseElementTag("div"));
        }
    }

    /** Marks one form group with its field's error, if the page has one. */
    static final class FieldErrorProcessor extends AbstractAttributeModelProcessor {

        private static final Set<String> CONTROLS = Set.of("input", "select", "textarea");
        private static final Set<String> CONTROL_GROUPS = Set.of("govuk-date-input", "govuk-radios", "govuk-checkboxes");

        FieldErrorProcessor(String prefix) {
            // after th:if and th:with (so that a group not drawn is not marked), before th:replace's children run
            super(TemplateMode.HTML, prefix, null, false, "field", true, StandardDialect.PROCESSOR_PRECEDENCE + 10, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName, String attributeValue,
                                 IElementModelStructureHandler structureHandler) {
            String field = attributeValue.contains("${") || attributeValue.contains("*{")
                    ? String.valueOf(StandardExpressions.getExpressionParser(context.getConfiguration())
                            .parseExpression(context, attributeValue).execute(context))
                    : attributeValue;
            // on a page of several forms, only the one that was sent (its "f" holds what was typed) shows the error
            if (context.getVariable("f") instanceof PageForm scoped && !scoped.wasSent()) {
                return;
            }
            PageForm.FormError error = errorFor(context.getVariable("errors"), field);
            if (error == null || model.size() == 0 || !(model.get(0) instanceof IProcessableElementTag group)) {
                return;
            }
            IModelFactory factory = context.getModelFactory();
            String classes = group.getAttributeValue("class");
            model.replace(0, factory.setAttribute(group, "class",
                    (classes == null ? "" : classes + " ") + "govuk-form-group--error"));
            int control = firstControl(model);
            IModel message = factory.parse(context.getTemplateData(), "<p class=\"govuk-error-message\" id=\""
                    + HtmlEscape.escapeHtml5(field) + "-error\"><span class=\"govuk-visually-hidden\">Error:</span> "
                    + HtmlEscape.escapeHtml5(error.message()) + "</p>");
            model.insertModel(control, message);
        }

        private static PageForm.FormError errorFor(Object errors, String field) {
            if (!(errors instanceof List<?> list)) {
                return null;
            }
            return list.stream().filter(PageForm.FormError.class::isInstance).map(PageForm.FormError.class::cast)
                    .filter(error -> field.equals(error.field())).findFirst().orElse(null);
        }

        /** Where GOV.UK puts the message: after the label, legend and hint, before the input or the group of inputs. */
        private static int firstControl(IModel model) {
            for (int i = 1; i < model.size(); i++) {
                ITemplateEvent event = model.get(i);
                if (event instanceof IOpenElementTag || event instanceof IStandaloneElementTag) {
                    IProcessableElementTag tag = (IProcessableElementTag) event;
                    String name = tag.getElementCompleteName();
                    String classes = tag.getAttributeValue("class");
                    if (CONTROLS.contains(name) || (classes != null
                            && Set.of(classes.split("\\s+")).stream().anyMatch(CONTROL_GROUPS::contains))) {
                        return i;
                    }
                }
            }
            return model.size() - 1;
        }
    }
}
