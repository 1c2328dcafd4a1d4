package uk.ehcworkflow.query.returns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.ehcworkflow.events.returns.Sen2CodeBook;

/**
 * How the service's values are written in the SEN2 return ({@link Sen2CodeBook}), from the
 * built-in mapping file or the corrected copy {@code ehc.returns.codes-file} names.
 */
@Component
public class Sen2Codes {

    private final Sen2CodeBook book;

    Sen2Codes(@Value("${ehc.returns.codes-file:}") String file) {
        this.book = new Sen2CodeBook(file);
    }

    public String code(String item, Enum<?> value) {
        return book.code(item, value);
    }

    public String flag(boolean yes) {
        return book.flag(yes);
    }

    public String line(String key) {
        return book.line(key);
    }
}
