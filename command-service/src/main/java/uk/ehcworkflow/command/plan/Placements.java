package uk.ehcworkflow.command.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.command.common.RuleBroken;
import uk.ehcworkflow.events.plan.Placement;
import uk.ehcworkflow.events.plan.SenSetting;

/**
 * The rules a placement meets: it names one place (a URN, a UKPRN or a setting the return codes),
 * ranks as the main or a subsidiary placement, and a child has one main placement at a time.
 * A placement may be entered up to a year ahead: a phase transfer's plan names, by 15 February,
 * the school the child starts in September.
 */
public final class Placements {

    static final String MAIN_PLACEMENT_OPEN = "main-placement-open";
    static final String PLACEMENT_ENDED = "placement-ended";

    private static final Pattern URN = Pattern.compile("[1-9][0-9]{5}");
    private static final Pattern UKPRN = Pattern.compile("1[0-9]{7}");
    private static final int DESCRIPTION_LENGTH = 200;

    /** One of the plan's placements as the plan knows it: where, and the day the child left, once they have. */
    record Held(Placement placement, LocalDate leftOn) {

        /** Whether this main placement still holds on or after {@code day}. */
        boolean mainFrom(LocalDate day) {
            return placement.main() && (leftOn == null || !leftOn.isBefore(day));
        }
    }

    private Placements() {
    }

    /** The placement, or a refusal naming the first field that breaks a rule. */
    public static Placement checked(Placement given, Clock clock) {
        int named = (given.urn() != null ? 1 : 0) + (given.ukprn() != null ? 1 : 0) + (given.setting() != null ? 1 : 0);
        if (named != 1) {
            throw new InvalidField("urn", "one-place", "A placement names one place: an establishment's urn, a provider's ukprn, or "
                    + "a setting (one of " + Arrays.toString(SenSetting.values()) + ") when it has neither.");
        }
        if (given.urn() != null && !URN.matcher(given.urn()).matches()) {
            throw new InvalidField("urn", "urn-format", "An establishment's URN is 6 digits.");
        }
        if (given.ukprn() != null && !UKPRN.matcher(given.ukprn()).matches()) {
            throw new InvalidField("ukprn", "ukprn-format", "A UKPRN is 8 digits beginning with 1.");
        }
        if (given.settingOther() != null && given.setting() != SenSetting.OTH) {
            throw new InvalidField("settingOther", "setting-described-only-if-other", "A description of the setting goes only with the setting OTH.");
        }
        if (given.settingOther() != null && given.settingOther().length() > DESCRIPTION_LENGTH) {
            throw new InvalidField("settingOther", "setting-description-length", "The description is at most " + DESCRIPTION_LENGTH + " characters.");
        }
        if (given.rank() != Placement.MAIN && given.rank() != 2) {
            throw new InvalidField("rank", "main-or-subsidiary", "A placement's rank is 1 (the main placement) or 2 (a subsidiary one).");
        }
        if (given.entryOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new InvalidField("entryOn", "entry-within-a-year", "A placement is recorded at most a year before the child enters it.");
        }
        return given;
    }

    /**
     * The main placements still held when a plan naming a new one takes over from its entry: each
     * ends the day before; one entered on or after that day cannot, and is a refusal.
     */
    static Map<String, LocalDate> endedBy(Placement starting, Map<String, Held> held) {
        Map<String, LocalDate> ending = new LinkedHashMap<>();
        LocalDate lastDay = starting.entryOn().minusDays(1);
        held.forEach((placementId, each) -> {
            if (each.mainFrom(starting.entryOn())) {
                if (each.leftOn() != null || each.placement().entryOn().isAfter(lastDay)) {
                    oneMainAtATime(starting, List.of(each));
                }
                ending.put(placementId, lastDay);
            }
        });
        return ending;
    }

    /** A second main placement may start only after the first has ended. */
    static void oneMainAtATime(Placement starting, Collection<Held> held) {
        if (starting.main()) {
            held.stream().filter(each -> each.mainFrom(starting.entryOn())).findFirst().ifPresent(open -> {
                throw new RuleBroken(MAIN_PLACEMENT_OPEN, "entryOn", "The child's main placement entered on "
                        + open.placement().entryOn() + (open.leftOn() == null ? " has not ended" : " ends on " + open.leftOn())
                        + ": record the day they leave it (before " + starting.entryOn() + ") first, or rank this one 2.");
            });
        }
    }
}
