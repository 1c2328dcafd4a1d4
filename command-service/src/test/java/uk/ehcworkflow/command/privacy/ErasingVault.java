package uk.ehcworkflow.command.privacy;

import java.util.ArrayList;
import java.util.List;

/** The key store as far as an aggregate uses it when erasing: it remembers which keys were destroyed. */
public final class ErasingVault extends PersonalDataVault {

    private final List<String> erased = new ArrayList<>();

    public ErasingVault() {
        super(null, null, null);
    }

    @Override
    public void erase(String subjectId) {
        erased.add(subjectId);
    }

    /** The subjects whose keys were destroyed, in order. */
    public List<String> erased() {
        return erased;
    }
}
