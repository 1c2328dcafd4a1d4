package uk.ehcworkflow.command.family;

/** What an invitation seals under the child's key: the address its emails go to. */
public record FamilyContact(String email) {
}
