package uk.ehcworkflow.query.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the service's values are written in the SEN2 return, read from one mapping file
 * ({@code returns/sen2-codes.properties}, or the file {@code ehc.returns.codes-file} names): the
 * codes no source at hand confirmed can be corrected there, without a new release. A value the
 * file has no line for stops the return with a message naming the line, rather than writing a
 * guess.
 */
@Component
public class Sen2Codes {

    private final Properties codes = new Properties();

    Sen2Codes(@Value("${ehc.returns.codes-file:}") String file) {
        try (InputStream in = file.isBlank() ? Sen2Codes.class.getResourceAsStream("/returns/sen2-codes.properties")
                : Files.newInputStream(Path.of(file)); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            codes.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The SEN2 codes file " + (file.isBlank() ? "(built in)" : file)
                    + " cannot be read", e);
        }
    }

    /** The code for an enum value, under the item's prefix: {@code code("ceaseReason", DECEASED)}. */
    public String code(String item, Enum<?> value) {
        return value == null ? null : line(item + "." + value.name());
    }

    public String flag(boolean yes) {
        return line(yes ? "yes" : "no");
    }

    public String line(String key) {
        String code = codes.getProperty(key);
        if (code == null) {
            throw new IllegalStateException("The SEN2 codes file has no line " + key);
        }
        return code.strip();
    }
}
