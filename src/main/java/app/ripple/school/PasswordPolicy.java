package app.ripple.school;

import app.ripple.base.Problems;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Staff passwords: at least 12 characters (length beats complexity rules) and not one of the
 * common passwords bundled in {@code security/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> words = new HashSet<>();
        ClassPathResource list = new ClassPathResource("security/common-passwords.txt");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled password list missing", e);
        }
        this.common = Set.copyOf(words);
    }

    /** Adds a problem for {@code field} when the password is not acceptable. */
    public void check(String password, String email, Problems problems, String field) {
        if (password.length() < MIN_LENGTH) {
            problems.add(field, "password.tooShort", MIN_LENGTH);
        } else if (password.length() > MAX_LENGTH) {
            problems.add(field, "password.tooLong", MAX_LENGTH);
        } else if (isCommon(password) || Objects.equals(password.toLowerCase(Locale.ROOT), email.toLowerCase(Locale.ROOT))
                || password.chars().distinct().count() < 4) {
            problems.add(field, "password.common");
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }
}
