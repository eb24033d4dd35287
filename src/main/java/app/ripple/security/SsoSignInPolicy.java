package app.ripple.security;

/**
 * What the sign-in pages need from the school about OpenID Connect sign-in; the school module implements
 * it (it owns the setting and the audit log).
 */
public interface SsoSignInPolicy {

    /** Whether staff sign in only through the school's provider (the password form is hidden). */
    boolean staffSsoOnly();

    /**
     * Records a sign-in through a provider that failed before Ripple could match an account (a forged or
     * replayed callback, an error from the provider, the provider being unreachable).
     */
    void recordFailure(String providerName, String reason);
}
