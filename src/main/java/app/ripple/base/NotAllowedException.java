package app.ripple.base;

/**
 * The caller may not do this, or may not see this object. Services throw it for foreign ids too,
 * so a guessed id reveals nothing about whether the object exists.
 */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
