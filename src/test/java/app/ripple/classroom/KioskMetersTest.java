package app.ripple.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Kiosk sign-ins are counted by outcome only: ok, wrong, locked (no student, class or tablet in any label). */
@RippleTest
class KioskMetersTest {

    @Autowired Fixtures fixtures;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired TabletService tablets;
    @Autowired KioskService kiosk;
    @Autowired MeterRegistry registry;

    long zoe;
    String token;

    @BeforeEach
    void classWithTablet() {
        fixtures.reset();
        fixtures.school();
        long teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        long classId = ClassroomFixtures.classOf(fixtures, classes, teacher, "4B");
        zoe = ClassroomFixtures.student(fixtures, roster, teacher, classId, "Zoë K.");
        token = tablets.bind(classId, "Reading corner").token();
        fixtures.signOut();
    }

    private double count(String outcome) {
        return registry.get("ripple.kiosk.sign.ins").tag("outcome", outcome).counter().count();
    }

    @Test
    void everyOutcomeIsCountedUnderItsOwnLabel() {
        double ok = count("ok");
        double wrong = count("wrong");
        double locked = count("locked");
        List<String> right = ClassroomFixtures.password(fixtures, zoe);
        List<String> bad = new ArrayList<>(right);
        bad.set(2, right.get(0));

        kiosk.signIn(token, zoe, right);
        for (int i = 0; i < 5; i++) {
            kiosk.signIn(token, zoe, bad);
        }

        assertThat(count("ok") - ok).isEqualTo(1);
        assertThat(count("wrong") - wrong).isEqualTo(4);
        assertThat(count("locked") - locked).isEqualTo(1);
        assertThat(registry.get("ripple.kiosk.sign.ins").counters()).allSatisfy(c ->
                assertThat(c.getId().getTags()).extracting(io.micrometer.core.instrument.Tag::getKey).containsOnly("outcome"));
    }
}
