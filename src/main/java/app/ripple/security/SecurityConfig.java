package app.ripple.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Form sign-in for staff through Vaadin's security configurer. Views carry their own access
 * annotations; services repeat the check with {@code @PreAuthorize} and ownership rules.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** One year, the usual value for HSTS; sent only over HTTPS. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    /**
     * The smallest policy under which Vaadin 25 works (checked in {@code SecurityHeadersBrowserIT}: no CSP
     * violation on sign-in, staff pages and the kiosk; its exploration test removes each source in turn).
     * Why each source is there:
     * <ul>
     * <li>{@code script-src 'unsafe-inline'}: Vaadin's bootstrap page carries inline scripts (the
     * initial UI state and the client's configuration) and has no nonce support.</li>
     * <li>{@code script-src 'unsafe-eval'}: Flow runs server-sent JavaScript ({@code executeJs}, which
     * Ripple's idle sign-out and Vaadin's own components use) through {@code new Function(...)}.</li>
     * <li>{@code style-src 'unsafe-inline'}: the bootstrap page has an inline {@code <style>} and Vaadin
     * sets {@code style} attributes from the server ({@code Style.set...}).</li>
     * <li>{@code img-src data:}: Vaadin's component styles draw their icons (combo-box chevron, date-picker
     * calendar, checkbox tick, +/-) as inline SVG data URLs.</li>
     * <li>{@code font-src data:}: Vaadin's icon fonts are embedded in its styles as data URLs.</li>
     * <li>{@code connect-src 'self'}: the UIDL requests and, when enabled, the push WebSocket on the same origin.</li>
     * </ul>
     * Everything else is closed: no plugins, no foreign origins, no framing, forms post only to Ripple.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Ripple uses none of these device features; a compromised page must not either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    /**
     * The management port's endpoints (health probes, Prometheus metrics; docs/deploy.md): open without a
     * session, because that port listens on loopback only (RIPPLE_MANAGEMENT_ADDRESS) and is never the
     * public one. Nothing there names a person.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        http.sessionManagement(s -> s.sessionCreationPolicy(
                org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        http.csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SsoLogin sso,
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository registrations,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.userinfo.OAuth2UserService<
                    org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest,
                    org.springframework.security.oauth2.core.oidc.user.OidcUser>> ssoUsers,
            org.springframework.beans.factory.ObjectProvider<SsoSignInPolicy> ssoPolicy) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**", "/pictures/**", "/favicon.ico", "/icons/**",
                "/manifest.webmanifest").permitAll());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.headers(h -> h
                // Spring Security's defaults stay on: X-Content-Type-Options nosniff, no-store caching of
                // pages, and HSTS, which it writes only on secure requests (behind a TLS proxy that forwards
                // X-Forwarded-Proto, see server.forward-headers-strategy), never on plain HTTP.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                .frameOptions(f -> f.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // Vaadin's Spring integration forwards requests to its servlet; Tomcat finishes a
                // forwarded response behind the back of Spring Security's response wrapper, so headers
                // written "on commit" (the default) never reached the browser. Write them up front.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // No remember-me: a shared tablet or a staff-room laptop must not stay signed in. Sessions end
        // after server.servlet.session.timeout; nothing here enables http.rememberMe().
        // OpenID Connect sign-in next to the form (docs/sso.md); nothing changes while no provider is configured.
        sso.configure(http, registrations, ssoUsers, ssoPolicy);
        http.with(VaadinSecurityConfigurer.vaadin(), c -> {
            c.loginView(LoginView.class, "/login");
            sso.logoutSuccessHandler(registrations).ifPresent(c::logoutSuccessHandler);
        });
        return http.build();
    }

    /** BCrypt by default, stored with an {id} prefix so the algorithm can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
