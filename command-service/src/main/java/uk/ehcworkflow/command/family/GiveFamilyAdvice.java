package uk.ehcworkflow.command.family;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A family member signed in to the case gives their views and advice (reg 6(1)(a); ADR 45).
 *
 * @param views    what they wrote; may be empty when they give a file
 * @param fileName the name of the file they gave, or null with none
 * @param file     its bytes, or null with none
 */
public record GiveFamilyAdvice(@TargetAggregateIdentifier String assessmentId, String adviceId, String views, String fileName,
                               byte[] file) {
}
