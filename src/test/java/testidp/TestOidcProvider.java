package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntSupplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own application context
 * (not component-scanned by Ripple, which scans {@code app.ripple} only) on a random port of 127.0.0.1, with
 * form sign-in, a consent page and test users whose ID tokens carry {@code email} and {@code email_verified}.
 * <p>
 * Ripple runs at {@code localhost}, the provider at {@code 127.0.0.1}: different hosts, so the browser keeps
 * their session cookies apart (cookies do not tell ports apart).
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "ripple";
    public static final String CLIENT_SECRET = "ripple-test-secret";
    public static final String PASSWORD = "provider-pass-2026";

    /** A test user: their sign-in name at the provider and what the ID token says about them. */
    public record TestUser(String username, String email, boolean emailVerified) {
    }

    public static final TestUser TEACHER = new TestUser("teacher", "Sso.Teacher@School.test", true);
    public static final TestUser COORDINATOR = new TestUser("coordinator", "coordinator@test.example", true); // the fixture school's coordinator
    public static final TestUser UNVERIFIED = new TestUser("unverified", "sso.unverified@school.test", false);
    public static final TestUser STRANGER = new TestUser("stranger", "sso.stranger@school.test", true);
    public static final TestUser FORMER = new TestUser("former", "sso.former@school.test", true);
    static final List<TestUser> USERS = List.of(TEACHER, COORDINATOR, UNVERIFIED, STRANGER, FORMER);

    /** Ripple's port, known only after Ripple has started; the client's redirect URIs use it. */
    static volatile IntSupplier ripplePort = () -> 0;
    /** Every authorization request the provider received (query strings), to check state, nonce and PKCE. */
    public static final ConcurrentLinkedQueue<String> AUTHORIZATION_REQUESTS = new ConcurrentLinkedQueue<>();

    private final ConfigurableApplicationContext context;

    private TestOidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the provider; {@code ripplePort} supplies Ripple's port when a redirect URI is checked. */
    public static TestOidcProvider start(IntSupplier ripplePort) {
        TestOidcProvider.ripplePort = ripplePort;
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ProviderConfig.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.main.banner-mode", "off", "spring.main.register-shutdown-hook", "false",
                        "spring.config.name", "test-oidc-provider-none"))
                .run();
        return new TestOidcProvider(ctx);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The issuer, as Ripple is configured with it. */
    public String issuer() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfig {

        @Bean
        TomcatServletWebServerFactory providerServer() {
            TomcatServletWebServerFactory f = new TomcatServletWebServerFactory(0);
            f.setAddress(java.net.InetAddress.getLoopbackAddress());
            return f;
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        @org.springframework.core.annotation.Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            // The protocol endpoints; the sign-in form is the next chain's.
            var as = new org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization
                    .OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(as.getEndpointsMatcher())
                    .with(as, a -> a.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .addFilterBefore((request, response, chain) -> {
                        var r = (jakarta.servlet.http.HttpServletRequest) request;
                        if (r.getRequestURI().endsWith("/oauth2/authorize") && r.getMethod().equals("GET")) {
                            AUTHORIZATION_REQUESTS.add(String.valueOf(r.getQueryString()));
                        }
                        chain.doFilter(request, response);
                    }, org.springframework.security.web.context.SecurityContextHolderFilter.class);
            return http.build();
        }

        @Bean
        @org.springframework.core.annotation.Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        /**
         * Ripple's context, started later in the same JVM, installs Vaadin's strategy into the static
         * {@code SecurityContextHolder}; the authorization server reads the signed-in user from there in places.
         * Its filters therefore use whatever strategy is current, never one captured at start-up.
         */
        @Bean
        org.springframework.security.core.context.SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new org.springframework.security.core.context.SecurityContextHolderStrategy() {
                private org.springframework.security.core.context.SecurityContextHolderStrategy current() {
                    return org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
                }

                @Override
                public void clearContext() {
                    current().clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return current().getContext();
                }

                @Override
                public java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> getDeferredContext() {
                    return current().getDeferredContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    current().setContext(context);
                }

                @Override
                public void setDeferredContext(
                        java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> deferredContext) {
                    current().setDeferredContext(deferredContext);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return current().createEmptyContext();
                }
            };
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(USERS.stream()
                    .map(u -> User.withUsername(u.username()).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        /** Ripple's registration; its redirect URIs follow Ripple's port, which is known only later. */
        @Bean
        RegisteredClientRepository clients() {
            String id = UUID.randomUUID().toString();
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // The server re-saves the client to upgrade the secret's encoding; the test client stays as it is.
                }

                @Override
                public RegisteredClient findById(String i) {
                    return id.equals(i) ? client(id) : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client(id) : null;
                }
            };
        }

        private static RegisteredClient client(String id) {
            String ripple = "http://localhost:" + ripplePort.getAsInt();
            return RegisteredClient.withId(id)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(ripple + "/login/oauth2/code/idp")
                    .postLogoutRedirectUri(ripple + "/login")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    // The provider insists on PKCE: a sign-in without it fails, so the browser test proves Ripple sends it.
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).requireProofKey(true).build())
                    .build();
        }

        /** Adds each test user's e-mail and whether it is verified to their ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String username = context.getPrincipal().getName();
                    USERS.stream().filter(u -> u.username().equals(username)).findFirst().ifPresent(u -> context.getClaims()
                            .claim("email", u.email()).claim("email_verified", u.emailVerified()).claim("name", "SSO " + u.username()));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** For the provider's user-info endpoint, which takes the access token it issued. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration
                    .jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
