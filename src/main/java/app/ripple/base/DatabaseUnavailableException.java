package app.ripple.base;

import org.jspecify.annotations.Nullable;

/** Ripple cannot reach its database, or it is missing and cannot be created. */
public class DatabaseUnavailableException extends RuntimeException {

    public enum Reason { UNREACHABLE, MISSING_CANNOT_CREATE, RUNTIME_ROLE_MISSING, RUNTIME_ROLE_UNSAFE }

    private final String url;
    private final String user;
    private final Reason reason;

    public DatabaseUnavailableException(String url, String user, Reason reason, @Nullable Throwable cause) {
        super(reason + " " + url + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.url = url;
        this.user = user;
        this.reason = reason;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public Reason reason() {
        return reason;
    }
}
