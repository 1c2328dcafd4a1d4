package uk.ehcworkflow.command.common;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/**
 * Expects a command to be refused, storing nothing: a rule broken by the rule's name, a field that
 * does not fit by the field's name.
 */
public final class Refusals {

    private Refusals() {
    }

    public static <T> ResultValidator<T> refusedFor(ResultValidator<T> result, Class<? extends DomainFailure> type,
                                                    String rule) {
        return result.expectNoEvents().expectException(new TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                if (!type.isInstance(thrown)) {
                    return false;
                }
                DomainFailure failure = (DomainFailure) thrown;
                return rule.equals(failure instanceof InvalidField ? failure.field() : failure.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " about " + rule);
            }
        });
    }
}
