package uk.ehcworkflow.command.improvement;

/** The plan's register of action references, each held by one action. */
public interface ActionReferences {

    /** Claims a reference for an action; false if another action holds it already. */
    boolean claim(String reference, String actionId);
}
