package app.ripple.lesson.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the pseudonym HMAC keys live: outside the database, so a database dump alone cannot re-link
 * attitude answers to students. Either {@code RIPPLE_PSEUDONYM_KEY} (base64, at least 32 bytes, the
 * same for every school; use it when several app nodes must agree) or a key file
 * ({@code RIPPLE_PSEUDONYM_KEY_FILE}, default {@code ~/.ripple/pseudonym.key}) holding one key per
 * school as {@code school.<id>=<base64>}, created on first use with owner-only permissions. The keys
 * are never logged; only the file's path is.
 */
@Component
class PseudonymKeyStore {

    private static final Logger log = LoggerFactory.getLogger(PseudonymKeyStore.class);

    private final byte @org.jspecify.annotations.Nullable [] environmentKey;
    private final Path file;

    PseudonymKeyStore(@Value("${ripple.pseudonym.key:}") String environmentKey, @Value("${ripple.pseudonym.key-file}") String file) {
        this.file = Path.of(file).toAbsolutePath();
        if (environmentKey.isBlank()) {
            this.environmentKey = null;
        } else {
            byte[] key = Base64.getDecoder().decode(environmentKey.strip());
            if (key.length < PseudonymKeys.SECRET_BYTES) {
                throw new IllegalStateException("RIPPLE_PSEUDONYM_KEY must be base64 of at least " + PseudonymKeys.SECRET_BYTES + " bytes");
            }
            this.environmentKey = key;
        }
    }

    /** Where the keys come from, for messages and logs (never the key itself). */
    String location() {
        return environmentKey != null ? "the environment variable RIPPLE_PSEUDONYM_KEY" : file.toString();
    }

    boolean fromEnvironment() {
        return environmentKey != null;
    }

    synchronized Optional<byte[]> get(long schoolId) {
        if (environmentKey != null) {
            return Optional.of(environmentKey.clone());
        }
        String value = load().getProperty("school." + schoolId);
        return Optional.ofNullable(value).map(v -> Base64.getDecoder().decode(v.strip()));
    }

    /** Stores {@code key} for the school unless it has one; returns the key the school has now. */
    synchronized byte[] putIfAbsent(long schoolId, byte[] key) {
        if (environmentKey != null) {
            return environmentKey.clone();
        }
        Properties keys = load();
        String existing = keys.getProperty("school." + schoolId);
        if (existing != null) {
            return Base64.getDecoder().decode(existing.strip());
        }
        keys.setProperty("school." + schoolId, Base64.getEncoder().encodeToString(key));
        save(keys);
        log.info("Attitude pseudonym key of school {} written to {}; back this file up apart from the database", schoolId, file);
        return key.clone();
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    private Properties load() {
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                keys.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the pseudonym key file " + file, e);
            }
        }
        return keys;
    }

    private void save(Properties keys) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".pseudonym", ".tmp");
            try {
                ownerOnly(temp);
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.SYNC)) {
                    keys.store(out, "Ripple attitude pseudonym keys: keep with your backups, apart from the database dump");
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pseudonym key file " + file, e);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the directory's permissions
        }
    }
}
