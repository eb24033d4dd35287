package app.ripple.lesson.attitude;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonym under which a student's attitude-check answers are stored: the same student,
 * instrument, class and term always give the same pseudonym (so pre and post answers can be
 * paired), and without the server secret nobody can tell whose answers they are.
 *
 * <p>{@code HMAC-SHA256(secret, message)} as 64 lower-case hex digits, where the message is the
 * unambiguous byte encoding
 * <pre>
 *   "ripple.attitude.pseudonym.v1" (UTF-8) 0x00
 *   studentId  (8 bytes, big-endian)
 *   classId    (8 bytes, big-endian)
 *   termId     (8 bytes, big-endian)
 *   length of instrumentId in UTF-8 bytes (4 bytes, big-endian), then those bytes
 * </pre>
 * Fixed-width numbers and a length-prefixed string mean no two different inputs share a message.
 * Changing the format or the secret changes every pseudonym, which would unlink stored answers:
 * keep both stable for as long as answers are kept.
 */
public final class Pseudonyms {

    /** The shortest secret accepted (256 bits; RFC 2104 advises a key at least as long as the hash output). */
    public static final int MIN_SECRET_BYTES = 32;

    private static final byte[] DOMAIN = "ripple.attitude.pseudonym.v1\0".getBytes(StandardCharsets.UTF_8);

    private Pseudonyms() {
    }

    public static String of(byte[] serverSecret, long studentId, String instrumentId, long classId, long termId) {
        if (serverSecret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the server secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (instrumentId.isBlank()) {
            throw new IllegalArgumentException("instrument id is blank");
        }
        byte[] instrument = instrumentId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer message = ByteBuffer.allocate(DOMAIN.length + 3 * Long.BYTES + Integer.BYTES + instrument.length)
                .put(DOMAIN)
                .putLong(studentId)
                .putLong(classId)
                .putLong(termId)
                .putInt(instrument.length)
                .put(instrument);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverSecret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e); // every Java runtime has it
        }
    }
}
