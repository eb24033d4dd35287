package app.ripple.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.safeguarding.AttentionService;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.lesson.LessonRecords.ReflectionPrompt;
import app.ripple.lesson.LessonRecords.ReflectionSaved;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@RippleTest
class ReflectionServiceTest {

    @Autowired ApplicationContext ctx;
    @Autowired Fixtures fixtures;
    @Autowired ReflectionService reflections;
    @Autowired DeliveryService deliveries;
    @Autowired AttentionService attention;
    LessonFixtures f;
    long teacher;
    long classId;
    String token;
    long zoe;
    long max;

    @BeforeEach
    void classWithTablet() {
        f = new LessonFixtures(ctx);
        fixtures.reset();
        fixtures.school();
        teacher = fixtures.teacher("Tess Teacher", "tess@test.example");
        f.at(LocalDate.of(2026, 10, 1));
        classId = f.classOf(teacher, "4B");
        zoe = f.student(teacher, classId, "Zoë K.");
        max = f.student(teacher, classId, "Max L.");
        fixtures.clock().set(app.ripple.testsupport.TestClockConfig.START);
        token = f.tablet(teacher, classId);
    }

    @Test
    void onlyRecentLessonsTheStudentTookPartInAreOfferedNewestFirst() {
        long old = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 10));
        long recent = f.deliver(teacher, classId, "myths_and_facts", LocalDate.of(2026, 11, 12));
        long latest = f.deliver(teacher, classId, "noas_story", LocalDate.of(2026, 11, 24));
        long missed = f.deliver(teacher, classId, "being_kind_to_yourself", LocalDate.of(2026, 11, 23));
        deliveries.setParticipation(missed, zoe, Participation.ABSENT);
        f.signInStudent(token, zoe);
        assertThat(reflections.openPrompts()).extracting(ReflectionPrompt::deliveryId).containsExactly(latest, recent);
        assertThat(reflections.openPrompts().getFirst().questionKey()).isEqualTo("lesson.noas_story.reflection");
        assertThat(old).isNotIn(reflections.openPrompts().stream().map(ReflectionPrompt::deliveryId).toList());

        fixtures.signIn(teacher);
        deliveries.markMadeUp(missed, zoe);
        f.signInStudent(token, zoe);
        assertThat(reflections.openPrompts()).extracting(ReflectionPrompt::deliveryId).containsExactly(latest, missed, recent);
    }

    @Test
    void answeringIsIdempotentAndOncePerLesson() {
        long d = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 24));
        f.signInStudent(token, zoe);
        UUID key = UUID.randomUUID();
        ReflectionSaved first = reflections.answer(key, d, "  I will use kind words.  ");
        ReflectionSaved again = reflections.answer(key, d, "I will use kind words.");
        assertThat(again).isEqualTo(first);
        assertThat(first.showTrustedAdult()).isFalse();
        assertThat(fixtures.jdbc().sql("select text from lesson_reflection").query(String.class).list())
                .containsExactly("I will use kind words.");
        assertThat(reflections.openPrompts()).isEmpty();
        assertThatThrownBy(() -> reflections.answer(UUID.randomUUID(), d, "Second answer")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tooLongOrEmptyAnswersAreRefused() {
        long d = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 24));
        f.signInStudent(token, zoe);
        assertThatThrownBy(() -> reflections.answer(UUID.randomUUID(), d, "x".repeat(501))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reflections.answer(UUID.randomUUID(), d, "   ")).isInstanceOf(InvalidInputException.class);
        reflections.answer(UUID.randomUUID(), d, "é".repeat(500));
        assertThat(fixtures.jdbc().sql("select count(*) from lesson_reflection").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aConcerningReflectionGoesToNeedsAttentionAndTheStudentSeesTheTrustedAdultCard() {
        long d = f.deliver(teacher, classId, "words_matter", LocalDate.of(2026, 11, 24));
        f.signInStudent(token, max);
        ReflectionSaved saved = reflections.answer(UUID.randomUUID(), d, "Sometimes NOBODY likes me...");
        assertThat(saved.showTrustedAdult()).isTrue();
        fixtures.signIn(teacher);
        assertThat(attention.list(false)).singleElement().satisfies(i -> {
            assertThat(i.reflection()).isTrue();
            assertThat(i.text()).isEqualTo("Sometimes NOBODY likes me...");
            assertThat(i.studentName()).isEqualTo("Max L.");
            assertThat(i.matched()).isEqualTo("nobody likes me");
        });
        assertThat(reflections.forDelivery(d)).singleElement().satisfies(r -> assertThat(r.needsAttention()).isTrue());
        assertThat(fixtures.jdbc().sql("select read_at is not null from lesson_reflection").query(Boolean.class).single()).isTrue();
        // Never on a wall: reflections are not acts.
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act").query(Integer.class).single()).isZero();
    }
}
