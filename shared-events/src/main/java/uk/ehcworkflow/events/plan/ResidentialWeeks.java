package uk.ehcworkflow.events.plan;

/**
 * How many weeks a year a residential placement runs. Stored by meaning, not by the return's
 * letter, because the letters changed meaning in 2026 (A had been 38 to 51 weeks).
 */
public enum ResidentialWeeks {
    UP_TO_38,
    FROM_39_TO_52
}
