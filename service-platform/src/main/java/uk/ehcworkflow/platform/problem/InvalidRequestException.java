package uk.ehcworkflow.platform.problem;

/** A request that is well-formed JSON but whose field makes no sense; answered with 400 naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
