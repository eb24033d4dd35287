package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The school (and with it the time zone behind "today") is read once; a settings change is seen at once. */
@RippleTest
class SchoolCacheTest {

    @Autowired Fixtures fixtures;
    @Autowired SchoolService school;
    @Autowired SchoolTimeZone timeZone;
    @Autowired CurrentSchool cache;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        fixtures.signIn(fixtures.school());
    }

    @Test
    void todayAndTheSchoolAreReadFromTheDatabaseOnce() {
        school.current();
        long loads = cache.loads();
        for (int i = 0; i < 20; i++) {
            assertThat(timeZone.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
            assertThat(school.today()).isEqualTo(LocalDate.now(fixtures.clock().withZone(ZoneId.of("Europe/Madrid"))));
            assertThat(school.current()).isPresent();
        }
        assertThat(cache.loads()).isEqualTo(loads);
        // Changed behind the service's back: not seen, so the look-ups really come from the cache.
        fixtures.jdbc().sql("update school set name = 'Renamed'").update();
        assertThat(school.current().orElseThrow().name()).isEqualTo("Test School");
    }

    @Test
    void aNewTimeZoneMovesTodayRightAfterTheChange() {
        // 23:30 in Madrid is already tomorrow in Auckland.
        fixtures.clock().set(ZonedDateTime.of(2026, 11, 2, 23, 30, 0, 0, ZoneId.of("Europe/Madrid")).toInstant());
        assertThat(timeZone.today()).isEqualTo(LocalDate.of(2026, 11, 2));
        school.updateSettings("Test School", "Pacific/Auckland", "en", "A4");
        assertThat(timeZone.today()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(school.today()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(school.current().orElseThrow().timeZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
    }
}
