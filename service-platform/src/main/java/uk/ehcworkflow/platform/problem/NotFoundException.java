package uk.ehcworkflow.platform.problem;

/** The request names something that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
