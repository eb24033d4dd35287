package app.ripple.lesson.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Imported instruments are parsed once; an import or a retirement is seen at once. */
@RippleTest
class InstrumentCacheTest {

    @Autowired Fixtures fixtures;
    @Autowired InstrumentService instruments;
    @Autowired InstrumentCache cache;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        fixtures.signIn(fixtures.school());
    }

    @Test
    void repeatedLookUpsParseTheStoredInstrumentsOnce() {
        instruments.importInstrument("scale.json", AttitudeChecksServiceTest.json("school-scale").getBytes(StandardCharsets.UTF_8));
        instruments.list("en");
        long loads = cache.loads();
        for (int i = 0; i < 20; i++) {
            assertThat(instruments.instrument("school-scale").items()).hasSize(3);
            assertThat(instruments.usable("en")).extracting(AttitudeRecords.InstrumentInfo::code).contains("school-scale");
        }
        assertThat(cache.loads()).isEqualTo(loads);
        // Changed behind the service's back: not seen, so the look-ups really come from the cache.
        fixtures.jdbc().sql("update attitude_instrument set retired = true where code = 'school-scale'").update();
        assertThat(instruments.usable("en")).extracting(AttitudeRecords.InstrumentInfo::code).contains("school-scale");
    }

    @Test
    void anImportAndARetirementAreSeenRightAfterTheyAreMade() {
        assertThat(instruments.list("en")).extracting(AttitudeRecords.InstrumentInfo::code).doesNotContain("school-scale");
        instruments.importInstrument("scale.json", AttitudeChecksServiceTest.json("school-scale").getBytes(StandardCharsets.UTF_8));
        assertThat(instruments.list("en")).extracting(AttitudeRecords.InstrumentInfo::code).contains("school-scale");
        instruments.setRetired("school-scale", true);
        assertThat(instruments.usable("en")).extracting(AttitudeRecords.InstrumentInfo::code).doesNotContain("school-scale");
        instruments.setRetired("school-scale", false);
        assertThat(instruments.usable("en")).extracting(AttitudeRecords.InstrumentInfo::code).contains("school-scale");
    }
}
