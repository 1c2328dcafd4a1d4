package uk.ehcworkflow.query.pages;

import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.improvement.Rag;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.SenNeed;
import uk.ehcworkflow.events.plan.SenSetting;
import uk.ehcworkflow.events.privacy.Ethnicity;
import uk.ehcworkflow.query.assessment.Child;

/** Plain English for the service's codes on pages ({@code DECISION_TO_ASSESS}: "Decision to assess"). */
@Component("labels")
public class Labels {

    /** The GOV.UK tag colour of a RAG status: red, amber (orange), green, blue. */
    public String ragTag(Rag rag) {
        return switch (rag) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--orange";
            case GREEN -> "govuk-tag--green";
            case BLUE -> "govuk-tag--blue";
        };
    }

    /** A child's name where it may be shown, "Erased" once erased, nothing where it is withheld. */
    public String child(Child child) {
        if (child == null || child.visibility() == Child.Visibility.WITHHELD) {
            return "";
        }
        return child.shown() ? child.name() : "Erased";
    }

    /** What the case page's banner says after a form was recorded. */
    public String done(String form) {
        return switch (form) {
            case "opened" -> "The request has been logged";
            case "erasure" -> "The child's personal data has been erased";
            case "registered" -> "The plan has been registered";
            case "disputed" -> "The dispute has been recorded";
            case "assignment" -> "Moved to the caseload chosen";
            case "letter-sent" -> "The letter has been recorded as sent";
            default -> "Recorded";
        };
    }

    /** Where a placement is: its URN, its UKPRN or its setting, and since when. */
    public String place(Placement placement) {
        String where = placement.urn() != null ? "URN " + placement.urn()
                : placement.ukprn() != null ? "UKPRN " + placement.ukprn() : of(placement.setting());
        return where + (placement.settingOther() == null ? "" : ": " + placement.settingOther());
    }

    /** A code in words, a text (a postcode, a UPN) as it is, or "Not recorded". */
    public String recorded(Object value) {
        return value == null ? "Not recorded" : value instanceof String text ? text : of(value);
    }

    /** Yes, No, or "Not recorded". */
    public String yesNo(Boolean value) {
        return value == null ? "Not recorded" : value ? "Yes" : "No";
    }

    public String of(Object code) {
        if (code == null || code.toString().isBlank()) {
            return "";
        }
        if (code instanceof Ethnicity e) {
            return e.label() + " (" + e.name() + ")";
        }
        if (code instanceof SenNeed n) {
            return n.label() + " (" + n.name() + ")";
        }
        if (code instanceof SenSetting s) {
            return s.label() + " (" + s.name() + ")";
        }
        return words(code);
    }

    /** A code's name in words: {@code REQUIRES_IMPROVEMENT} is "Requires improvement". */
    public static String words(Object code) {
        String words = code.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
