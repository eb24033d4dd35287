package app.ripple.classroom;

import app.ripple.base.InvalidInputException;

/**
 * The class belongs to a closed term, so its data can no longer change. Thrown by
 * {@link ClassService#requireWritable}; views show it like any other input problem (field
 * {@code "class"}, key {@code class.readOnly}).
 */
public class ClassReadOnlyException extends InvalidInputException {

    public ClassReadOnlyException() {
        super("class", "class.readOnly");
    }
}
