package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Provide
    Arbitrary<byte[]> secrets() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(32).ofMaxSize(64);
    }

    @Provide
    Arbitrary<String> instrumentIds() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
    }

    @Test
    void isHmacSha256OfTheDocumentedEncodingAsHex() throws Exception {
        String p = Pseudonyms.of(SECRET, 42, "school-kindness-scale", 7, 3);
        assertThat(p).matches("[0-9a-f]{64}");
        // independent computation of the documented message
        byte[] domain = "ripple.attitude.pseudonym.v1\0".getBytes(StandardCharsets.UTF_8);
        byte[] id = "school-kindness-scale".getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer m = java.nio.ByteBuffer.allocate(domain.length + 28 + id.length)
                .put(domain).putLong(42).putLong(7).putLong(3).putInt(id.length).put(id);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        assertThat(p).isEqualTo(HexFormat.of().formatHex(mac.doFinal(m.array())));
    }

    @Test
    void needsALongEnoughSecretAndAnInstrument() {
        assertThatThrownBy(() -> Pseudonyms.of(new byte[31], 1, "x", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pseudonyms.of(new byte[0], 1, "x", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pseudonyms.of(SECRET, 1, " ", 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pseudonyms.of(new byte[32], 1, "x", 1, 1)).hasSize(64);
    }

    @Test
    void fieldsCannotBeShuffledIntoEachOther() {
        // the same numbers in different roles must not collide
        assertThat(Pseudonyms.of(SECRET, 1, "a", 2, 3)).isNotEqualTo(Pseudonyms.of(SECRET, 2, "a", 1, 3))
                .isNotEqualTo(Pseudonyms.of(SECRET, 3, "a", 2, 1)).isNotEqualTo(Pseudonyms.of(SECRET, 1, "a", 3, 2));
    }

    @Property
    void sameInputsGiveTheSamePseudonym(@ForAll("secrets") byte[] secret, @ForAll long student,
            @ForAll("instrumentIds") String instrument, @ForAll long classId, @ForAll long term) {
        String a = Pseudonyms.of(secret, student, instrument, classId, term);
        String b = Pseudonyms.of(secret.clone(), student, new String(instrument.toCharArray()), classId, term);
        assertThat(a).isEqualTo(b).matches("[0-9a-f]{64}");
    }

    @Property
    void changingAnyInputChangesThePseudonym(@ForAll("secrets") byte[] secret, @ForAll long student,
            @ForAll("instrumentIds") String instrument, @ForAll long classId, @ForAll long term,
            @ForAll @IntRange(min = 0, max = 4) int which, @ForAll long delta, @ForAll("instrumentIds") String other) {
        long d = delta == 0 ? 1 : delta;
        String base = Pseudonyms.of(secret, student, instrument, classId, term);
        String changed = switch (which) {
            case 0 -> {
                byte[] s = Arrays.copyOf(secret, secret.length);
                s[Math.floorMod(delta, s.length)] ^= 1;
                yield Pseudonyms.of(s, student, instrument, classId, term);
            }
            case 1 -> Pseudonyms.of(secret, student + d, instrument, classId, term);
            case 2 -> Pseudonyms.of(secret, student, instrument.equals(other) ? other + "x" : other, classId, term);
            case 3 -> Pseudonyms.of(secret, student, instrument, classId + d, term);
            default -> Pseudonyms.of(secret, student, instrument, classId, term + d);
        };
        assertThat(changed).isNotEqualTo(base);
    }
}
