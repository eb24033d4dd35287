package app.ripple.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.challenge.ChallengeRecords.Status;
import app.ripple.safeguarding.AttentionService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@RippleTest
@Import(ChallengeFixtures.class)
class ActServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired ChallengeFixtures f;
    @Autowired ActService acts;
    @Autowired ChallengeService challenges;
    @Autowired ModerationService moderation;
    @Autowired AttentionService attention;
    @Autowired WallService wall;

    long zoe;
    long sam;
    long challenge;

    @BeforeEach
    void classWithChallenge() {
        fixtures.reset();
        fixtures.school();
        f.classWithTablet("tess@test.example", "4B");
        zoe = f.student("Zoë K.");
        sam = f.student("Sam O.");
        challenge = f.challenge(10, false);
    }

    private RecordAct suggested(String key, Recipient to) {
        return new RecordAct(UUID.randomUUID(), challenge, key, null, to, 4, null);
    }

    private RecordAct own(String text) {
        return new RecordAct(UUID.randomUUID(), challenge, null, text, Recipient.CLASSMATE, null, null);
    }

    private int progress() {
        fixtures.signIn(f.teacher);
        return challenges.runningProgress(f.classId).getFirst().count();
    }

    @Test
    void suggestedActsCountAtOnceAndAppearOnTheWall() {
        f.signInStudent(zoe);
        assertThat(acts.record(suggested("lib:held_door", Recipient.CLASSMATE)).status()).isEqualTo(Status.APPROVED);
        assertThat(progress()).isEqualTo(1);
        assertThat(wall.wall(f.classId).cards()).extracting(ChallengeRecords.WallCard::name).containsExactly("Zoë");
    }

    @Test
    void kindToMyselfActsStayPrivateAndCountOnlyWhenTheTeacherSaysSo() {
        f.signInStudent(zoe);
        acts.record(suggested("lib:went_to_bed_on_time", Recipient.MYSELF));
        assertThat(progress()).isZero();
        assertThat(wall.wall(f.classId).cards()).isEmpty();

        long selfCounting = f.challenge(10, true);
        f.signInStudent(zoe);
        acts.record(new RecordAct(UUID.randomUUID(), selfCounting, "lib:went_to_bed_on_time", null, Recipient.MYSELF, null, null));
        fixtures.signIn(f.teacher);
        assertThat(challenges.runningProgress(f.classId)).extracting(ChallengeRecords.Progress::count).contains(1);
        assertThat(wall.wall(f.classId).cards()).isEmpty();
    }

    @Test
    void ownWordsWaitForApprovalAndCanBeShownWithNeutralWording() {
        f.signInStudent(zoe);
        long id = acts.record(own("I helped <b>Sam</b> carry his books")).actId();
        fixtures.signIn(f.teacher);
        assertThat(wall.wall(f.classId).cards()).isEmpty();
        assertThat(moderation.queue()).extracting(ChallengeRecords.PendingAct::text).containsExactly("I helped <b>Sam</b> carry his books");
        moderation.approveWithText(id, "Helped a classmate carry books");
        assertThat(wall.wall(f.classId).cards()).extracting(ChallengeRecords.WallCard::text).containsExactly("Helped a classmate carry books");
        assertThat(moderation.queue()).isEmpty();
    }

    @Test
    void aConcerningPhraseGoesToNeedsAttentionNeverToTheWallAndShowsTheTrustedAdultCard() {
        f.signInStudent(zoe);
        var r = acts.record(own("I was kind but everyone HATES me, nobody likes me"));
        assertThat(r.status()).isEqualTo(Status.NEEDS_ATTENTION);
        assertThat(r.showTrustedAdult()).isTrue();
        var es = acts.record(own("Ayudé a mi hermano. A veces quiero morirme"));
        assertThat(es.status()).isEqualTo(Status.NEEDS_ATTENTION);

        fixtures.signIn(f.teacher);
        assertThat(attention.list(false)).hasSize(2).allSatisfy(i -> assertThat(i.status()).isEqualTo("OPEN"));
        assertThat(moderation.queue()).isEmpty();
        assertThatThrownBy(() -> moderation.approve(r.actId())).isInstanceOf(NotAllowedException.class);
        long item = attention.list(false).getFirst().id();
        attention.acknowledge(item);
        attention.addNote(item, "Talked with Zoë and her parents.");
        attention.resolve(item);
        assertThat(attention.list(false)).hasSize(1);
        assertThat(wall.wall(f.classId).cards()).isEmpty();

        fixtures.signIn(fixtures.staffId(Fixtures.COORDINATOR_EMAIL));
        assertThat(attention.list(true)).hasSize(2);
    }

    /** What the progress was before the tally (V6): a fresh count of the challenge's acts. */
    private int counted(long challengeId) {
        return fixtures.jdbc().sql("""
                select count(*) from kindness_act a join challenge c on c.id = a.challenge_id
                where a.challenge_id = ? and a.status in ('APPROVED', 'PENDING') and (c.self_counts or a.category <> 'KIND_TO_MYSELF')""")
                .param(challengeId).query(Integer.class).single();
    }

    @Test
    void theProgressTallyAlwaysEqualsACountOfTheActsThroughModerationSafeguardingSelfCountingAndDeletion() {
        f.signInStudent(zoe);
        acts.record(suggested("lib:held_door", Recipient.CLASSMATE));
        acts.record(suggested("lib:went_to_bed_on_time", Recipient.MYSELF));
        long pending = acts.record(own("I shared my crayons")).actId();
        long hidden = acts.record(own("I helped at lunch")).actId();
        acts.record(own("nobody likes me"));
        assertThat(progress()).isEqualTo(3).isEqualTo(counted(challenge));

        moderation.hide(hidden);
        assertThat(progress()).isEqualTo(2).isEqualTo(counted(challenge));
        moderation.approve(pending);
        assertThat(progress()).isEqualTo(2).isEqualTo(counted(challenge));

        // The teacher lets "kind to myself" count: the tally keeps those apart, so the change shows at once.
        var info = challenges.get(challenge);
        challenges.update(challenge, new ChallengeRecords.ChallengeForm(info.title(), info.description(), info.start(), info.end(),
                info.goal(), info.categories(), info.suggestions().stream().map(ChallengeRecords.Suggestion::key).toList(), true,
                info.templateId()));
        assertThat(progress()).isEqualTo(3).isEqualTo(counted(challenge));

        fixtures.jdbc().sql("delete from kindness_act where id = ?").param(pending).update();
        assertThat(progress()).isEqualTo(2).isEqualTo(counted(challenge));
        // Deleting the challenge takes its acts and its tally with it.
        challenges.delete(challenge);
        assertThat(fixtures.jdbc().sql("select count(*) from challenge_tally").query(Integer.class).single()).isZero();
    }

    @Test
    void aDoubleTapOrRetryWithTheSameKeySavesTheActOnce() {
        f.signInStudent(zoe);
        RecordAct act = suggested("lib:held_door", Recipient.FAMILY);
        long first = acts.record(act).actId();
        long second = acts.record(act).actId();
        assertThat(second).isEqualTo(first);
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void studentsRecordOnlyForThemselvesIntoRunningChallengesOfTheirClass() {
        f.signInStudent(zoe);
        RecordAct act = suggested("lib:held_door", Recipient.CLASSMATE);
        acts.record(act);
        f.signInStudent(sam);
        // Sam cannot claim Zoë's entry by replaying its key.
        assertThatThrownBy(() -> acts.record(act)).isInstanceOf(NotAllowedException.class);
        // Another class's challenge is not offered.
        assertThatThrownBy(() -> acts.record(new RecordAct(UUID.randomUUID(), 999_999, "lib:held_door", null, Recipient.CLASSMATE, null, null)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(fixtures.jdbc().sql("select student_id from kindness_act").query(Long.class).list()).containsExactly(zoe);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        f.signInStudent(zoe);
        assertThatThrownBy(() -> acts.record(own("x".repeat(281)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acts.record(own("   "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acts.record(new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, 9, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acts.record(suggested("lib:not_in_this_challenge", Recipient.CLASSMATE))).isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.jdbc().sql("select count(*) from kindness_act").query(Long.class).single()).isZero();
    }

    @Test
    void aStudentFlagsOnlyTheirOwnActAsNotMeAndTheTeacherSeesIt() {
        f.signInStudent(zoe);
        long id = acts.record(suggested("lib:held_door", Recipient.CLASSMATE)).actId();
        f.signInStudent(sam);
        assertThatThrownBy(() -> acts.flagNotMe(id)).isInstanceOf(NotAllowedException.class);
        f.signInStudent(zoe);
        acts.flagNotMe(id);
        assertThat(acts.myRecentActs()).extracting(ChallengeRecords.MyAct::notMe).containsExactly(true);
        fixtures.signIn(f.teacher);
        assertThat(moderation.queue()).extracting(ChallengeRecords.PendingAct::notMe).containsExactly(true);
    }

    @Test
    void ripplesFollowInspiredByAndTheLongestIsFound() {
        f.signInStudent(zoe);
        long a = acts.record(suggested("lib:held_door", Recipient.CLASSMATE)).actId();
        f.signInStudent(sam);
        long b = acts.record(new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, null, a)).actId();
        f.signInStudent(zoe);
        long c = acts.record(new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.FAMILY, null, b)).actId();
        acts.record(new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.FAMILY, null, a));
        fixtures.signIn(f.teacher);
        WallService.Wall w = wall.wall(f.classId);
        assertThat(w.rippleCount()).isEqualTo(1);
        assertThat(w.longest().actIds()).containsExactly(a, b, c);
    }

    @Test
    void anotherTeacherCannotModerateOrSeeThisClassesWall() {
        f.signInStudent(zoe);
        long id = acts.record(own("I shared my crayons")).actId();
        long other = fixtures.teacher("Otto", "otto@test.example");
        fixtures.signIn(other);
        assertThat(moderation.queue()).isEmpty();
        assertThatThrownBy(() -> moderation.approve(id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> wall.wall(f.classId)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> challenges.challenges(f.classId)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> challenges.get(challenge)).isInstanceOf(NotAllowedException.class);
    }
}
