package uk.ehcworkflow.events.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * How the service's values are written in the SEN2 return, from one mapping file: the built-in
 * {@code returns/sen2-codes.properties}, or a corrected copy. Kept beside the events, so that
 * whatever reads a return (an import of last year's) reads it by the same file that wrote it. A
 * value the file has no line for is an error naming the line, never a guess.
 */
public final class Sen2CodeBook {

    private final Properties codes = new Properties();

    /** @param file a corrected copy of the mapping file, or null or blank for the built-in one */
    public Sen2CodeBook(String file) {
        boolean builtIn = file == null || file.isBlank();
        try (InputStream in = builtIn ? Sen2CodeBook.class.getResourceAsStream("/returns/sen2-codes.properties")
                : Files.newInputStream(Path.of(file)); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            codes.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The SEN2 codes file " + (builtIn ? "(built in)" : file) + " cannot be read", e);
        }
    }

    /** The code for an enum value, under the item's prefix: {@code code("ceaseReason", DECEASED)}. */
    public String code(String item, Enum<?> value) {
        return value == null ? null : line(item + "." + value.name());
    }

    public String flag(boolean yes) {
        return line(yes ? "yes" : "no");
    }

    /**
     * The value a code stands for, reading a return back: the first of the enum's values (in their
     * order) whose line is that code, so that a code two values share (1 for a parent and for the
     * young person) reads as the first. Empty for no code or one the file does not give.
     */
    public <E extends Enum<E>> Optional<E> valueOf(String item, String code, Class<E> type) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> code.strip().equals(codes.getProperty(item + "." + value.name(), "").strip())).findFirst();
    }

    /** A yes/no item read back: empty when absent or neither the file's yes nor its no. */
    public Optional<Boolean> flagOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return code.strip().equals(line("yes")) ? Optional.of(true) : code.strip().equals(line("no")) ? Optional.of(false)
                : Optional.empty();
    }

    public String line(String key) {
        String code = codes.getProperty(key);
        if (code == null) {
            throw new IllegalStateException("The SEN2 codes file has no line " + key);
        }
        return code.strip();
    }
}
