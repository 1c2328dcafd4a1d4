package uk.ehcworkflow.command.family;

import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.common.SealedPersonalData;

/** The family's advice files as an aggregate keeps them, listed in order instead of written to the store. */
public final class KeptFiles extends FamilyAdviceFiles {

    private final List<String> kept = new ArrayList<>();

    public KeptFiles() {
        super(null, null);
    }

    @Override
    public void keep(String adviceId, String assessmentId, SealedPersonalData sealed) {
        kept.add(adviceId);
    }

    /** The advice ids whose files were kept, in order. */
    public List<String> kept() {
        return kept;
    }
}
