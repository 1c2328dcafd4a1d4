package uk.ehcworkflow.events.plan;

import java.time.LocalDate;

/**
 * Where the plan places the child: an establishment by its URN, a provider by its UKPRN, or a
 * setting the return codes when there is neither (exactly one of the three).
 *
 * @param settingOther       a description of the setting, for {@link SenSetting#OTH}
 * @param rank               1 for the main placement, 2 for a subsidiary one (dual registration)
 * @param residential        null when the placement is not residential
 * @param senUnit            the child attends a special educational needs unit there
 * @param resourcedProvision the child attends resourced provision there
 */
public record Placement(String urn, String ukprn, SenSetting setting, String settingOther, int rank, LocalDate entryOn,
                        ResidentialWeeks residential, boolean workBased, boolean senUnit, boolean resourcedProvision) {

    public static final int MAIN = 1;

    public boolean main() {
        return rank == MAIN;
    }
}
