package app.ripple.hardening;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster of its own, for tests that stop and start the database: made with
 * {@code initdb} in a temporary directory and run with {@code pg_ctl} as the {@code postgres} OS user
 * on a free port, so the shared server on 5432 is never touched. Needs root (to become
 * {@code postgres}) and the server binaries under {@code /usr/lib/postgresql/<version>/bin}.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** Why this machine cannot run a private cluster, or empty when it can. */
    public static Optional<String> unavailableBecause() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Optional.of("a private PostgreSQL cluster needs root (to run initdb/pg_ctl as the postgres user); running as "
                    + System.getProperty("user.name"));
        }
        if (binaries().isEmpty()) {
            return Optional.of("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin");
        }
        if (!Files.isExecutable(Paths.get("/usr/sbin/runuser")) && !Files.isExecutable(Paths.get("/sbin/runuser"))) {
            return Optional.of("runuser is missing");
        }
        return Optional.empty();
    }

    /** The newest installed server's bin directory. */
    public static Optional<Path> binaries() {
        Path root = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** initdb in a new temporary directory and start the server. */
    public static PrivatePostgres start() throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow();
        Path dir = Files.createTempDirectory("ripple-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of("chown", "postgres", dir.toString()));
        PrivatePostgres pg = new PrivatePostgres(bin, dir, port);
        pg.asPostgres(List.of(bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--no-locale", "--no-sync"));
        pg.startServer();
        return pg;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server again after {@link #stopServer()}; returns once it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "-t", "60", "start"));
    }

    /** Stops the server as an outage would (fast shutdown: open connections are cut). */
    public void stopServer() throws IOException, InterruptedException {
        asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        } catch (IOException e) {
            // already stopped
        }
        run(List.of("rm", "-rf", dir.toString()));
    }

    private void asPostgres(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + String.join(" ", command) + "\n" + out);
        }
    }
}
