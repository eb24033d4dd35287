package app.ripple.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security keeps it in the session. Not final only for
 * {@link SsoRippleUser}, the same staff member signed in through an OpenID Connect provider.
 */
public class RippleUser implements UserDetails, CredentialsContainer, app.ripple.base.SchoolScope.Member {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long staffId;
    /** The staff member's school; {@code null} for a district administrator, who belongs to the district. */
    private final @Nullable Long schoolId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean active;
    private @Nullable String passwordHash;

    public RippleUser(long staffId, @Nullable Long schoolId, String email, String displayName, Role role, boolean active,
            @Nullable String passwordHash) {
        this.staffId = staffId;
        this.schoolId = schoolId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public long staffId() {
        return staffId;
    }

    @Override
    public @Nullable Long schoolId() {
        return schoolId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof RippleUser other && other.staffId == staffId;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(staffId);
    }

    @Override
    public String toString() {
        return "RippleUser[" + staffId + ", " + role + "]";
    }
}
