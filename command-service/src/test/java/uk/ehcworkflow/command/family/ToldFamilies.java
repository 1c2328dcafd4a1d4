package uk.ehcworkflow.command.family;

import java.util.ArrayList;
import java.util.List;

/** The cases' families as a plan's command reaches them: the cases told of a letter, in order, instead of emailed. */
public final class ToldFamilies extends CaseFamilies {

    private final List<String> told = new ArrayList<>();

    public ToldFamilies() {
        super(null, null, null);
    }

    @Override
    public void tellOfLetter(String caseId) {
        told.add(caseId);
    }

    public List<String> told() {
        return told;
    }
}
