package uk.ehcworkflow.command.quality;

/** An auditor's words about a plan (a comment, a summary, an action), as sealed under the child's key. */
public record AuditWords(String text) {
}
