package uk.ehcworkflow.command.privacy;

import java.util.ArrayList;
import java.util.List;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.PersonalDetails;

/**
 * The key store as far as an aggregate uses it: sealing gives every subject the same made-up seal
 * (the cipher's random nonce would make events unpredictable), and erasing remembers which keys
 * were destroyed.
 */
public final class ErasingVault extends PersonalDataVault {

    /** What {@link #seal} gives for any subject's details. */
    public static final String SEALED = "c2VhbGVk";

    private final List<String> erased = new ArrayList<>();

    public ErasingVault() {
        super(null, null, null);
    }

    @Override
    public SealedPersonalData seal(String subjectId, PersonalDetails details) {
        return new SealedPersonalData(subjectId, SEALED);
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
