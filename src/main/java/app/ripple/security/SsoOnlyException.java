package app.ripple.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** A correct password from a staff member whose school signs staff in only through its provider. */
public class SsoOnlyException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SsoOnlyException() {
        super("staff sign in only with the school's provider");
    }
}
