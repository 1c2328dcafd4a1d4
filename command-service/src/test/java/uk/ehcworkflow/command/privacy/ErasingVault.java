package uk.ehcworkflow.command.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final List<Object> sealedMore = new ArrayList<>();

    public ErasingVault() {
        super(null, null, null);
    }

    @Override
    public SealedPersonalData seal(String subjectId, PersonalDetails details) {
        return new SealedPersonalData(subjectId, SEALED);
    }

    /** The same made-up seal, under a subject's key until it is erased; what was sealed is kept in order. */
    @Override
    public Optional<SealedPersonalData> sealMore(String subjectId, Object details) {
        if (erased.contains(subjectId)) {
            return Optional.empty();
        }
        sealedMore.add(details);
        return Optional.of(new SealedPersonalData(subjectId, SEALED));
    }

    /** The same made-up seal for bytes, under a subject's key until it is erased. */
    @Override
    public Optional<SealedPersonalData> sealBytes(String subjectId, byte[] content) {
        return erased.contains(subjectId) ? Optional.empty() : Optional.of(new SealedPersonalData(subjectId, SEALED));
    }

    /** What {@link #sealMore} was given, in order. */
    public List<Object> sealedMore() {
        return sealedMore;
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
