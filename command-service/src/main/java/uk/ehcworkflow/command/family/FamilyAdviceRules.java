package uk.ehcworkflow.command.family;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.ehcworkflow.command.common.InvalidField;
import uk.ehcworkflow.events.assessment.AdviceFileType;

/** What a family's views and advice may be (ADR 45): their length, and the file's kind, size and name. */
public final class FamilyAdviceRules {

    /** About four pages of writing; longer accounts come as a file. */
    public static final int MAX_VIEWS = 10_000;
    private static final int MAX_NAME = 120;

    private FamilyAdviceRules() {
    }

    /** The file's kind, from its bytes; refused when too large or of a kind not accepted. */
    public static AdviceFileType accepted(byte[] file, String fileName) {
        if (file.length > AdviceFileType.MAX_BYTES) {
            throw new InvalidField("file", "file-too-large", "The file must be 10 MB or smaller.");
        }
        return AdviceFileType.of(file, fileName).orElseThrow(() -> new InvalidField("file", "file-type-not-accepted",
                "The file must be a PDF, a Word document (.docx), or a photo (JPEG or PNG)."));
    }

    /**
     * The name kept with the file: the one given, without any folder and without characters that
     * could mislead a reader of it (controls, path separators), shortened, ending as its kind does.
     */
    public static String fileName(String given, AdviceFileType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        if (name.isEmpty()) {
            name = "advice";
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension()) ? name : name + type.extension();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
