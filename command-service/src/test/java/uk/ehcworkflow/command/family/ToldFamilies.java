package uk.ehcworkflow.command.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ehcworkflow.command.common.UnknownReference;

/**
 * The cases' families as a plan's or a dispute's command reaches them: the cases told of a letter, in
 * order, instead of emailed, and the family members each case admits.
 */
public final class ToldFamilies extends CaseFamilies {

    private final List<String> told = new ArrayList<>();
    /** The family members each case admits, by case id. */
    private final Map<String, Set<String>> members = new HashMap<>();

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

    /** The case admits this family member from now on. */
    public void admit(String caseId, String user) {
        members.computeIfAbsent(caseId, id -> new HashSet<>()).add(user);
    }

    @Override
    public void requireFamilyMember(String caseId, String role, String user) {
        if (!members.getOrDefault(caseId, Set.of()).contains(user)) {
            throw new UnknownReference("unknown-id", "Nothing with id " + caseId + " exists.");
        }
    }
}
