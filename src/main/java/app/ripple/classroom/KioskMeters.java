package app.ripple.classroom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Kiosk sign-ins for Prometheus ({@code ripple_kiosk_sign_ins_total{outcome}}): ok, wrong, locked
 * (the student or, after too many wrong answers, the whole class is paused) and unknown_tablet. Only
 * the outcome is a label: never a student, class or tablet.
 */
@Component
class KioskMeters {

    private final Map<KioskService.Outcome, Counter> counters = new EnumMap<>(KioskService.Outcome.class);

    KioskMeters(MeterRegistry registry) {
        for (KioskService.Outcome o : KioskService.Outcome.values()) {
            counters.put(o, Counter.builder("ripple.kiosk.sign.ins").description("Picture-password sign-ins on class tablets")
                    .tag("outcome", label(o)).register(registry));
        }
    }

    static String label(KioskService.Outcome outcome) {
        return switch (outcome) {
            case SIGNED_IN -> "ok";
            case WRONG_PICTURES -> "wrong";
            case STUDENT_LOCKED, CLASS_PAUSED -> "locked";
            case TABLET_UNKNOWN -> outcome.name().toLowerCase(Locale.ROOT);
        };
    }

    KioskService.SignInResult counted(KioskService.SignInResult result) {
        counters.get(result.outcome()).increment();
        return result;
    }
}
