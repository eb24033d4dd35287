package app.ripple.security;

import java.io.Serial;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A staff member signed in through an OpenID Connect provider: the same {@link RippleUser} (so
 * {@link CurrentUser} and every service treat them alike), also an {@link OidcUser} so sign-out can send
 * the ID token to the provider's end-session endpoint. Holds no password.
 */
public final class SsoRippleUser extends RippleUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String providerName;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    public SsoRippleUser(RippleUser staff, String providerName, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(staff.staffId(), staff.schoolId(), staff.getUsername(), staff.displayName(), staff.role(), staff.isEnabled(), null);
        this.providerName = providerName;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    /** The provider's display name ("Google"). */
    public String providerName() {
        return providerName;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The staff e-mail, as for password sign-in (not the provider's subject). */
    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public String toString() {
        return "SsoRippleUser[" + staffId() + ", " + role() + ", " + providerName + "]";
    }
}
