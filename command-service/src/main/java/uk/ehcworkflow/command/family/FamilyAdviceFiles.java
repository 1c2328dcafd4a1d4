package uk.ehcworkflow.command.family;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.command.privacy.PersonalDataVault;
import uk.ehcworkflow.events.common.SealedPersonalData;

/**
 * The files families give with their views and advice (ADR 45): sealed under the child's key, kept
 * in the command store beside the events, written in the transaction of the command that records
 * them, so a file is stored with its event or not at all, and is in every backup.
 */
@Component
public class FamilyAdviceFiles {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    FamilyAdviceFiles(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** Keeps a sealed file, in the caller's transaction. */
    public void keep(String adviceId, String assessmentId, SealedPersonalData sealed) {
        jdbc.update("INSERT INTO family_advice_file (advice_id, assessment_id, key_id, sealed, kept_at) VALUES (?, ?, ?, ?, ?)",
                adviceId, assessmentId, sealed.keyId(), Base64.getDecoder().decode(sealed.sealed()), OffsetDateTime.now());
    }

    /** The file given with a case's advice, opened; empty when there is none, or once the child's data was erased. */
    public Optional<byte[]> opened(String assessmentId, String adviceId) {
        return jdbc.query("SELECT key_id, sealed FROM family_advice_file WHERE advice_id = ? AND assessment_id = ?",
                        (row, n) -> new SealedPersonalData(row.getString(1), Base64.getEncoder().encodeToString(row.getBytes(2))),
                        adviceId, assessmentId)
                .stream().findFirst().flatMap(vault::openBytes);
    }
}
