package app.ripple.base;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a form before throwing, so the user sees all of them at once. */
public final class Problems {

    private final List<InvalidInputException.Problem> list = new ArrayList<>();

    public Problems add(String field, String messageKey, Object... args) {
        list.add(new InvalidInputException.Problem(field, messageKey, args));
        return this;
    }

    public Problems require(boolean condition, String field, String messageKey, Object... args) {
        if (!condition) {
            add(field, messageKey, args);
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
