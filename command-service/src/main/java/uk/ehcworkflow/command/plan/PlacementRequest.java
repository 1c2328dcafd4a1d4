package uk.ehcworkflow.command.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.ResidentialWeeks;
import uk.ehcworkflow.events.plan.SenSetting;

/**
 * Where a plan places the child, as a request's body gives it: exactly one of urn, ukprn and
 * setting. On its own ({@code POST .../placements}) or with the plan that names it: the final plan
 * and a phase transfer's amended plan.
 */
public record PlacementRequest(@Size(max = 10) String urn, @Size(max = 10) String ukprn, SenSetting setting,
                               @Size(max = 200) String settingOther, @NotNull @Min(1) @Max(2) Integer rank,
                               @NotNull LocalDate entryOn, ResidentialWeeks residential, Boolean workBased, Boolean senUnit,
                               Boolean resourcedProvision) {

    public Placement placement() {
        return new Placement(blankless(urn), blankless(ukprn), setting, blankless(settingOther), rank, entryOn, residential,
                Boolean.TRUE.equals(workBased), Boolean.TRUE.equals(senUnit), Boolean.TRUE.equals(resourcedProvision));
    }

    /** The placement a request gives, or null when it gives none. */
    public static Placement placementOf(PlacementRequest request) {
        return request == null ? null : request.placement();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String blankless(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }
}
