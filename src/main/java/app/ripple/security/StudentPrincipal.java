package app.ripple.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * A student signed in on a class tablet. It names the tablet too: a student's session is only
 * valid through the tablet of their own class.
 */
public record StudentPrincipal(long studentId, long classId, long tabletId, String displayName, Long schoolId)
        implements Serializable, app.ripple.base.SchoolScope.Member {

    @Serial
    private static final long serialVersionUID = 1L;
}
