package uk.ehcworkflow.query.pages;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Plain English for the service's codes on pages ({@code DECISION_TO_ASSESS}: "Decision to assess"). */
@Component("labels")
public class Labels {

    public String of(Object code) {
        if (code == null) {
            return "";
        }
        String words = code.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
