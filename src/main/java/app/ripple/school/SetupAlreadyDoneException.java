package app.ripple.school;

/** The first-run setup was submitted after another submission (maybe on another node) had finished it. */
public class SetupAlreadyDoneException extends IllegalStateException {

    /** The translation key of the message shown to the person who submitted second. */
    public static final String MESSAGE_KEY = "nodes.setup.alreadyDone";

    public SetupAlreadyDoneException() {
        super("Ripple is already set up");
    }
}
