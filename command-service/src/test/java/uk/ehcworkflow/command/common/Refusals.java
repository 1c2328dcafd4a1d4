package uk.ehcworkflow.command.common;

import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Expects a command to be refused with a given kind of failure naming a given rule, storing nothing. */
public final class Refusals {

    private Refusals() {
    }

    public static <T> ResultValidator<T> refusedFor(ResultValidator<T> result, Class<? extends DomainFailure> type,
                                                    String rule) {
        return result.expectNoEvents().expectException(new TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return type.isInstance(thrown) && rule.equals(((DomainFailure) thrown).rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " breaking rule " + rule);
            }
        });
    }
}
