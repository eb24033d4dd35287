package app.ripple.classroom;

import java.util.Arrays;
import java.util.Optional;

/** The age bands Ripple writes its suggestions and lessons for. */
public enum AgeBand {
    AGES_6_8("6-8"),
    AGES_9_11("9-11"),
    AGES_12_14("12-14");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "ageBand." + code;
    }

    public static Optional<AgeBand> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
