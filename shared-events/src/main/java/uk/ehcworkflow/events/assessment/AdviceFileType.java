package uk.ehcworkflow.events.assessment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a family may give with their views and advice: documents and photographs of
 * documents, recognised from their first bytes, not from what the browser or the name says, so a
 * program renamed {@code report.pdf} is refused.
 */
public enum AdviceFileType {
    PDF("application/pdf", ".pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    /** A Word document: a zip whose name says {@code .docx}, as Word's own are. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            new byte[] {'P', 'K', 3, 4});

    /** The largest file accepted: 10 MB, room for a scanned report of many pages. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    AdviceFileType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The kind a file is, from its first bytes (and, for a zip, its name saying {@code .docx}); empty for any other. */
    public static Optional<AdviceFileType> of(byte[] content, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
                .filter(type -> type != DOCX || name.endsWith(".docx"))
                .findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
