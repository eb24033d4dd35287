package app.ripple.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The concern phrases are read once and kept until a change invalidates them. */
@RippleTest
class ConcernPhrasesCacheTest {

    @Autowired Fixtures fixtures;
    @Autowired SafeguardingService safeguarding;
    @Autowired ConcernPhrases cache;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        fixtures.signIn(fixtures.school());
    }

    @AfterEach
    void putTheSeededPhrasesBack() {
        fixtures.jdbc().sql("delete from concern_phrase where phrase in ('sad every day', 'lonely at lunch')").update();
        cache.invalidate();
    }

    @Test
    void repeatedMatchingReadsThePhrasesFromTheDatabaseOnce() {
        safeguarding.concerningPhrase("warm up");
        long loads = cache.loads();
        for (int i = 0; i < 20; i++) {
            assertThat(safeguarding.concerningPhrase("nobody likes me at all")).contains("nobody likes me");
            assertThat(safeguarding.concerningPhrase("I helped my friend")).isEmpty();
        }
        assertThat(cache.loads()).isEqualTo(loads);
        // A row written behind the service's back is not seen: the matching really uses the cached list.
        fixtures.jdbc().sql("insert into concern_phrase (language, phrase) values ('en', 'lonely at lunch')").update();
        assertThat(safeguarding.concerningPhrase("I am lonely at lunch")).isEmpty();
    }

    @Test
    void anAddedOrRemovedPhraseIsMatchedOrIgnoredRightAfterTheChange() {
        assertThat(safeguarding.concerningPhrase("I am sad every day")).isEmpty();
        safeguarding.addPhrase("en", "Sad every day");
        assertThat(safeguarding.concerningPhrase("I am sad every day")).contains("sad every day");
        long id = safeguarding.phrases().stream().filter(p -> p.phrase().equals("sad every day")).findFirst().orElseThrow().id();
        safeguarding.removePhrase(id);
        assertThat(safeguarding.concerningPhrase("I am sad every day")).isEmpty();
    }
}
