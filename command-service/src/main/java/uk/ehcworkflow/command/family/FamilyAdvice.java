package uk.ehcworkflow.command.family;

/** What a family member wrote with their advice and the name of the file they gave: sealed under the child's key (ADR 45). */
public record FamilyAdvice(String views, String fileName) {
}
