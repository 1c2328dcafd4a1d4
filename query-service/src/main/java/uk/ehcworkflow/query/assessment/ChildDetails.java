package uk.ehcworkflow.query.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.common.SealedPersonalData;
import uk.ehcworkflow.events.privacy.ChildProfile;
import uk.ehcworkflow.events.privacy.PersonalDataSeal;
import uk.ehcworkflow.events.privacy.PersonalDetails;
import uk.ehcworkflow.platform.security.Actor;
import uk.ehcworkflow.platform.security.Role;

/**
 * Opens a child's name and date of birth at read time, for the people who work the case:
 * case officers, auditors and administrators on any case; an agency on the cases it was asked
 * to advise on; the panel on the cases a panel decided on. Dashboards and improvement leads never
 * see them. Openings by auditors and administrators are recorded by the page or answer that
 * shows the case, as every read of a case by them is.
 */
@Component
public class ChildDetails {

    private static final Set<Role> PLAN_READERS = EnumSet.of(Role.CASE_OFFICER, Role.MANAGER, Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> RETURN_READERS = EnumSet.of(Role.RETURNS, Role.AUDITOR, Role.ADMIN, Role.CASE_OFFICER);

    private final PersonalDataKeys keys;
    private final ObjectMapper json;

    ChildDetails(PersonalDataKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** Whether the person may see this child's name and date of birth. */
    public static boolean visibleTo(Actor actor, AssessmentTimeline timeline) {
        return switch (actor.role()) {
            case CASE_OFFICER, MANAGER, AUDITOR, ADMIN -> true;
            case AGENCY -> actor.agency() != null
                    && timeline.advice().stream().anyMatch(advice -> actor.agency().equals(advice.agency().name()));
            case PANEL -> !timeline.panelDecisions().isEmpty();
            case DASHBOARD, IMPROVEMENT_LEAD, RETURNS -> false;
            // their own child, on a case they hold a standing invitation to (ADR 43)
            case FAMILY -> actor.contactDigest().filter(digest -> timeline.familyInvitations().stream()
                    .anyMatch(invitation -> invitation.withdrawnAt() == null && invitation.contactDigest().equals(digest)))
                    .isPresent();
        };
    }

    public Child of(AssessmentTimeline timeline, Actor actor) {
        return ofAll(List.of(timeline), actor).get(timeline.assessmentId());
    }

    /** Each case's child, by assessment id, with one look-up of the keys. */
    public Map<String, Child> ofAll(List<AssessmentTimeline> timelines, Actor actor) {
        Map<String, byte[]> found = keys.keys(timelines.stream()
                .filter(timeline -> visibleTo(actor, timeline) && openable(timeline))
                .map(timeline -> timeline.child().keyId()).filter(Objects::nonNull).toList());
        Map<String, Child> children = new HashMap<>();
        for (AssessmentTimeline timeline : timelines) {
            children.put(timeline.assessmentId(), child(timeline, actor, found));
        }
        return children;
    }

    private Child child(AssessmentTimeline timeline, Actor actor, Map<String, byte[]> found) {
        if (!visibleTo(actor, timeline)) {
            return Child.WITHHELD;
        }
        return opened(openable(timeline) ? timeline.child() : null, found);
    }

    /**
     * Each plan's child, by plan id, for the people who work plans after issue: case officers,
     * auditors and administrators. A plan from an assessment is sealed with the assessment's key,
     * so erasing the child's data there erases it here too.
     */
    public Map<String, Child> ofPlans(Map<String, SealedPersonalData> sealedByPlan, Actor actor) {
        Map<String, Child> children = new HashMap<>();
        if (!PLAN_READERS.contains(actor.role())) {
            sealedByPlan.keySet().forEach(planId -> children.put(planId, Child.WITHHELD));
            return children;
        }
        Map<String, byte[]> found = keys.keys(sealedByPlan.values().stream().filter(Objects::nonNull)
                .map(SealedPersonalData::keyId).filter(Objects::nonNull).toList());
        sealedByPlan.forEach((planId, sealed) -> children.put(planId, opened(sealed, found)));
        return children;
    }

    /**
     * The child's details for the returns, folded from their recordings in order, for case
     * officers, auditors and administrators; null for anyone else, once erased, or when none was
     * recorded. They are more than a name, so agencies and panels never see them.
     */
    public ChildProfile profileOf(List<SealedPersonalData> recordings, Actor actor) {
        if (!PLAN_READERS.contains(actor.role()) || recordings.isEmpty()) {
            return null;
        }
        Map<String, byte[]> found = keys.keys(recordings.stream().map(SealedPersonalData::keyId).distinct().toList());
        ChildProfile profile = ChildProfile.NONE;
        for (SealedPersonalData sealed : recordings) {
            byte[] key = found.get(sealed.keyId());
            if (key == null) {
                return null;
            }
            profile = profile.updatedBy(read(key, sealed, ChildProfile.class));
        }
        return profile;
    }

    /**
     * The details each record holds, opened for the index that finds a child (ADR 38), never for
     * anyone to see: a record whose key is gone (erased) is left out.
     */
    Map<String, PersonalDetails> openedForIndex(Map<String, SealedPersonalData> sealedById) {
        Map<String, byte[]> found = keys.keys(sealedById.values().stream().map(SealedPersonalData::keyId).distinct().toList());
        Map<String, PersonalDetails> opened = new HashMap<>();
        sealedById.forEach((id, sealed) -> {
            byte[] key = found.get(sealed.keyId());
            if (key != null) {
                opened.put(id, read(key, sealed, PersonalDetails.class));
            }
        });
        return opened;
    }

    /** A child as a statutory return or an inspection's list carries them. */
    public record Returned(String name, LocalDate dateOfBirth, ChildProfile profile) {

        @Override
        public String toString() {
            return "Returned[redacted]";
        }
    }

    /** A record's sealed child and the recordings of their details, in order. */
    public record Sealed(SealedPersonalData child, List<SealedPersonalData> profiles) {
    }

    /**
     * The children of a batch of records, opened with one look-up of their keys, for the people who
     * produce the returns and an inspection's lists (and administrators; auditors for the lists; case
     * officers for the return's validation, whose problems they fix).
     * A child whose key was erased is left out: the return cannot carry them.
     */
    public Map<String, Returned> forReturns(Map<String, Sealed> sealedById, Actor actor) {
        if (!RETURN_READERS.contains(actor.role())) {
            throw new IllegalStateException(actor.role() + " does not produce returns");
        }
        Map<String, byte[]> found = keys.keys(sealedById.values().stream().filter(sealed -> sealed.child() != null)
                .map(sealed -> sealed.child().keyId()).distinct().toList());
        Map<String, Returned> children = new HashMap<>();
        sealedById.forEach((id, sealed) -> {
            byte[] key = sealed.child() == null ? null : found.get(sealed.child().keyId());
            if (key != null) {
                PersonalDetails details = read(key, sealed.child(), PersonalDetails.class);
                ChildProfile profile = ChildProfile.NONE;
                for (SealedPersonalData recording : sealed.profiles()) {
                    profile = profile.updatedBy(read(key, recording, ChildProfile.class));
                }
                children.put(id, new Returned(details.name(), details.dateOfBirth(), profile));
            }
        });
        return children;
    }

    private <T> T read(byte[] key, SealedPersonalData sealed, Class<T> type) {
        try {
            return json.readValue(PersonalDataSeal.open(key, sealed), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Sealed details under key " + sealed.keyId() + " are not readable", e);
        }
    }

    private Child opened(SealedPersonalData sealed, Map<String, byte[]> found) {
        byte[] key = sealed == null ? null : found.get(sealed.keyId());
        if (key == null) {
            return Child.ERASED;
        }
        PersonalDetails details = read(key, sealed, PersonalDetails.class);
        return new Child(Child.Visibility.SHOWN, details.name(), details.dateOfBirth());
    }

    private static boolean openable(AssessmentTimeline timeline) {
        return timeline.child() != null && timeline.personalDataErasedAt().isEmpty();
    }
}
