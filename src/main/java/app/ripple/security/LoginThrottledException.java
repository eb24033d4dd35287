package app.ripple.security;

import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/** Sign-in refused because of too many failed attempts for this account. */
public class LoginThrottledException extends AccountStatusException {

    private final Instant lockedUntil;

    public LoginThrottledException(Instant lockedUntil) {
        super("Too many failed sign-in attempts; locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
