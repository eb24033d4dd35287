package app.ripple.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * OpenID Connect sign-in for staff next to the password form (docs/sso.md). Only active when the
 * installation configures a provider ({@link SsoProperties}); Spring Security runs the authorization code
 * flow with {@code state}, {@code nonce} and (added here) PKCE, and the school module matches the verified
 * e-mail to a staff account ({@code OAuth2UserService} bean).
 */
@Configuration
@EnableConfigurationProperties(SsoProperties.class)
public class SsoLogin {

    /** Where the provider sends the browser back; the registration id is the last path segment. */
    static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    static final String AUTHORIZATION_PREFIX = "/oauth2/authorization";
    /** Refusals Ripple itself decides (the school module throws these error codes); the rest are "failed". */
    public static final String REFUSAL_PREFIX = "ripple_";

    private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);

    private final SsoProperties properties;

    SsoLogin(SsoProperties properties) {
        this.properties = properties;
    }

    /** Whether any provider is configured. */
    public boolean enabled() {
        return !properties.configured().isEmpty();
    }

    /** The provider's display name for a registration id (the id itself when unknown). */
    public String providerName(String registrationId) {
        SsoProperties.Provider p = properties.configured().get(registrationId);
        return p == null ? registrationId : SsoProperties.displayName(registrationId, p);
    }

    /** The configured provider of this registration id. */
    public Optional<SsoProperties.Provider> provider(String registrationId) {
        return Optional.ofNullable(properties.configured().get(registrationId));
    }

    /**
     * Client registrations read from each provider's discovery document on first use, not at start-up,
     * so Ripple starts (and password sign-in works) while a provider is unreachable; a failed look-up is
     * retried on the next attempt.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();
        return registrationId -> {
            ClientRegistration known = resolved.get(registrationId);
            if (known != null) {
                return known;
            }
            SsoProperties.Provider p = properties.configured().get(registrationId);
            if (p == null) {
                return null;
            }
            try {
                ClientRegistration r = ClientRegistrations.fromIssuerLocation(p.issuerUri())
                        .registrationId(registrationId)
                        .clientName(SsoProperties.displayName(registrationId, p))
                        .clientId(p.clientId())
                        .clientSecret(p.clientSecret() == null ? "" : p.clientSecret())
                        .scope("openid", "email", "profile")
                        .redirectUri("{baseUrl}" + CALLBACK_PREFIX + "{registrationId}")
                        .build();
                resolved.put(registrationId, r);
                return r;
            } catch (RuntimeException e) {
                log.warn("OpenID provider {} ({}) unreachable or misconfigured: {}", registrationId, p.issuerUri(), e.toString());
                return null;
            }
        };
    }

    /** Adds {@code oauth2Login} to Ripple's filter chain when a provider is configured (call before Vaadin's configurer). */
    public void configure(HttpSecurity http, ClientRegistrationRepository registrations,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> userService, ObjectProvider<SsoSignInPolicy> policy)
            throws Exception {
        if (!enabled()) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_PREFIX);
        // PKCE (S256) for every provider, also for confidential clients; state and nonce are Spring's defaults.
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(o -> {
            // Ripple's own sign-in page, so one provider does not make every page redirect to it.
            o.loginPage("/login");
            o.clientRegistrationRepository(registrations);
            o.authorizationEndpoint(a -> a.authorizationRequestResolver(resolver));
            o.userInfoEndpoint(u -> u.oidcUserService(userService.getObject()));
            o.defaultSuccessUrl("/", true);
            o.failureHandler((request, response, exception) -> {
                String reason = refusalReason(exception);
                if (reason.equals("failed")) {
                    String registrationId = registrationId(request);
                    log.warn("Sign-in through {} failed: {}", registrationId, describe(exception));
                    policy.ifAvailable(pol -> pol.recordFailure(providerName(registrationId), describe(exception)));
                }
                response.sendRedirect(request.getContextPath() + "/sign-in-refused?reason="
                        + URLEncoder.encode(reason, StandardCharsets.UTF_8));
            });
        });
    }

    /**
     * Sign-out through the provider's end-session endpoint when it publishes one (with the ID token as a hint
     * and back to Ripple's sign-in page), else straight to the sign-in page.
     */
    public Optional<LogoutSuccessHandler> logoutSuccessHandler(ClientRegistrationRepository registrations) {
        if (!enabled()) {
            return Optional.empty();
        }
        OidcClientInitiatedLogoutSuccessHandler h = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        h.setPostLogoutRedirectUri("{baseUrl}/login");
        h.setDefaultTargetUrl("/login");
        return Optional.of(h);
    }

    /** Ripple's own refusals by their reason ("unknown", "deactivated", …); everything else is "failed". */
    static String refusalReason(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException o && o.getError().getErrorCode().startsWith(REFUSAL_PREFIX)) {
            return o.getError().getErrorCode().substring(REFUSAL_PREFIX.length());
        }
        return "failed";
    }

    private static String describe(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException o) {
            return o.getError().getErrorCode() + (o.getError().getDescription() == null ? "" : ": " + o.getError().getDescription());
        }
        return e.getClass().getSimpleName();
    }

    private static String registrationId(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int i = uri.indexOf(CALLBACK_PREFIX);
        @Nullable String id = i < 0 ? null : uri.substring(i + CALLBACK_PREFIX.length());
        return id == null || id.isBlank() ? "unknown" : id.replaceAll("[^A-Za-z0-9_.-]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
