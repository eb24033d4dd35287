package app.ripple.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) on a free loopback port, one per test JVM, that the email tests
 * stop and start again to play an SMTP outage. {@link Initializer} points the app at it.
 */
public final class TestSmtp {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestSmtp() {
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail start() {
        GreenMail g = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    public static int port() {
        return PORT;
    }

    public static synchronized boolean running() {
        return server != null;
    }

    /** The SMTP server goes away (connections are refused). */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Back on the same port, with an empty mailbox. */
    public static synchronized void startAgain() {
        if (server == null) {
            server = start();
        }
    }

    /** Forgets every message received so far (and starts the server if a test left it stopped). */
    public static synchronized void reset() {
        startAgain();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    /** Waits up to {@code millis} for at least {@code count} messages. */
    public static List<MimeMessage> await(int count, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            List<MimeMessage> got = received();
            if (got.size() >= count) {
                return got;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return received();
    }

    /** Sets {@code spring.mail.host/port} to this server before the context starts. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-smtp", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(port()),
                    "spring.mail.properties.mail.smtp.starttls.enable", "false",
                    "ripple.email.from", "ripple@school.test",
                    "ripple.public-url", "http://ripple.test")));
        }
    }
}
