package uk.ehcworkflow.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person behind a request, as recorded on every command and event: user id, role and,
 * for agency staff, their agency. Names of children never pass through here.
 */
public record Actor(String user, Role role, String agency) {

    static final String AGENCY_AUTHORITY_PREFIX = "AGENCY_";
    /** A family member's user id is their address's keyed hash (ADR 43): the same on every case they were invited to. */
    private static final String FAMILY_PREFIX = "family:";

    public static Actor of(Authentication authentication) {
        Role role = null;
        String agency = null;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority.startsWith("ROLE_")) {
                role = Role.valueOf(authority.substring("ROLE_".length()));
            } else if (authority.startsWith(AGENCY_AUTHORITY_PREFIX)) {
                agency = authority.substring(AGENCY_AUTHORITY_PREFIX.length());
            }
        }
        if (role == null) {
            throw new IllegalStateException("an authenticated user without a role reached a handler");
        }
        return new Actor(authentication.getName(), role, agency);
    }

    /** A parent, carer or young person, known by the keyed hash of the address they signed in with. */
    public static Actor familyMember(String contactDigest) {
        return new Actor(FAMILY_PREFIX + contactDigest, Role.FAMILY, null);
    }

    /** The keyed hash of a family member's address; empty for anyone else. */
    public Optional<String> contactDigest() {
        return role == Role.FAMILY && user != null && user.startsWith(FAMILY_PREFIX)
                ? Optional.of(user.substring(FAMILY_PREFIX.length())) : Optional.empty();
    }

    public Optional<String> agencyIfAny() {
        return Optional.ofNullable(agency);
    }

    /** Whether pages offer this person the auditor's views: a record as known on a past date, its evidence. */
    public boolean mayAudit() {
        return role == Role.AUDITOR || role == Role.ADMIN;
    }

    /** Whether pages offer this person the erasure of a child's personal data. */
    public boolean mayErase() {
        return role == Role.ADMIN;
    }
}
