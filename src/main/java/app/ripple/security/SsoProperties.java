package app.ripple.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenID Connect providers this installation offers for staff sign-in ({@code ripple.sso.providers.<id>.*},
 * e.g. {@code RIPPLE_SSO_PROVIDERS_GOOGLE_ISSUERURI}); see docs/sso.md. The key is the registration id, part of
 * the redirect URI {@code /login/oauth2/code/<id>}.
 */
@ConfigurationProperties("ripple.sso")
public record SsoProperties(@Nullable Map<String, Provider> providers) {

    /**
     * One provider. {@code allowedDomains} limits which e-mail domains may sign in through it (empty: any);
     * {@code createTeachers} creates a TEACHER account for an unknown e-mail of an allowed domain (off by
     * default, and never without allowed domains).
     */
    public record Provider(@Nullable String displayName, @Nullable String issuerUri, @Nullable String clientId,
            @Nullable String clientSecret, @Nullable List<String> allowedDomains, boolean createTeachers) {

        public List<String> domains() {
            return allowedDomains == null ? List.of()
                    : allowedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                            .map(d -> d.startsWith("@") ? d.substring(1) : d).toList();
        }
    }

    /** The configured providers by registration id, sorted; incomplete entries (no issuer or client id) are left out. */
    public Map<String, Provider> configured() {
        Map<String, Provider> out = new TreeMap<>();
        if (providers != null) {
            providers.forEach((id, p) -> {
                if (p != null && p.issuerUri() != null && !p.issuerUri().isBlank() && p.clientId() != null
                        && !p.clientId().isBlank()) {
                    out.put(id, p);
                }
            });
        }
        return out;
    }

    /** The name on the sign-in button: the display name, or the registration id. */
    public static String displayName(String registrationId, Provider p) {
        return p.displayName() == null || p.displayName().isBlank() ? registrationId : p.displayName().strip();
    }
}
