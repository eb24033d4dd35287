package app.ripple.base;

import java.util.List;

/**
 * Thrown by a service when input breaks a rule. It carries translation keys, not text, so the view
 * shows each message in the user's language next to the field it belongs to.
 * Nothing is saved when it is thrown: services validate before they write.
 */
public class InvalidInputException extends RuntimeException {

    /** One problem: the field it concerns (a stable name the view maps to a component), a key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
