package app.ripple.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.base.InvalidInputException;
import app.ripple.privacy.PrivacyService.ErasureReceipt;
import app.ripple.testsupport.RippleTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RippleTest
class PrivacyServiceTest {

    @Autowired ApplicationContext context;
    PrivacyFixtures data;
    @Autowired PrivacyService privacy;

    long termId;
    long classId;
    long ana;
    long ben;
    long anaAct;
    long benAct;

    @BeforeEach
    void twoStudentsWithDataEverywhere() {
        data = new PrivacyFixtures(context);
        data.school();
        termId = data.term("Autumn 2026", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18));
        classId = data.classIn(termId, "4B");
        ana = data.student(classId, "Ana P.");
        ben = data.student(classId, "Ben Q.");
        anaAct = data.fillEverything(classId, termId, ana, "Ana helped Carla with maths");
        benAct = data.fillEverything(classId, termId, ben, "Ben shared his lunch");
        data.inspiredAct(classId, ben, anaAct);
        data.fixtures.signIn(data.coordinator);
    }

    private long count(String sql, Object... params) {
        return data.fixtures.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void erasureRemovesEveryRowOfTheStudentAndLeavesOtherStudentsIntact() {
        Map<String, Long> benBefore = data.rowsOf(ben);
        long responsesBefore = count("select count(*) from attitude_response");
        assertThat(data.rowsOf(ana).values()).allMatch(n -> n > 0);

        ErasureReceipt receipt = privacy.erase(ana, "  ana p. ");

        assertThat(data.rowsOf(ana).values()).as("rows left of the erased student").allMatch(n -> n == 0);
        assertThat(count("select count(*) from attention_item where act_id = ?", anaAct)).isZero();
        assertThat(count("select count(*) from attention_item")).as("Ben's two safeguarding items").isEqualTo(2);
        assertThat(data.rowsOf(ben)).isEqualTo(benBefore);
        // Ben's act inspired by Ana's stays, without the link; answers stay under their pseudonyms.
        assertThat(count("select count(*) from kindness_act where student_id = ? and inspired_by is null and library_act_id = 'held_door'", ben))
                .isEqualTo(2);
        assertThat(count("select count(*) from attitude_response")).isEqualTo(responsesBefore);

        assertThat(receipt.studentId()).isEqualTo(ana);
        assertThat(receipt.classId()).isEqualTo(classId);
        assertThat(receipt.rows()).containsEntry("kindness_act", 2).containsEntry("attention_item", 1)
                .containsEntry("reflection_attention_item", 1).containsEntry("lesson_reflection", 1)
                .containsEntry("lesson_participation", 1).containsEntry("attitude_consent", 1)
                .containsEntry("attitude_check_done", 1).containsEntry("student_sign_in_lock", 1).containsEntry("student", 1);
        String audit = data.fixtures.jdbc().sql("select details from audit_log where action = 'STUDENT_ERASED' and target = ?")
                .param("student:" + ana).query(String.class).single();
        assertThat(audit).contains(receipt.reference()).contains("kindness_act=2").doesNotContain("Ana").doesNotContain("Carla");
    }

    @Test
    void erasingTwiceDeletesNothingTheSecondTime() {
        privacy.erase(ana, "Ana P.");
        ErasureReceipt again = privacy.erase(ana, "whatever");
        assertThat(again.total()).isZero();
        assertThat(again.classId()).isNull();
        assertThat(count("select count(*) from audit_log where action = 'STUDENT_ERASED'")).isEqualTo(2);
        assertThat(data.rowsOf(ben).get("student")).isEqualTo(1);
    }

    @Test
    void theTypedNameMustMatchAndNothingIsDeletedOtherwise() {
        Map<String, Long> before = data.rowsOf(ana);
        assertThatThrownBy(() -> privacy.erase(ana, "Ben Q."))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.concerns("confirmName")).isTrue());
        assertThat(data.rowsOf(ana)).isEqualTo(before);
        assertThat(count("select count(*) from audit_log where action = 'STUDENT_ERASED'")).isZero();
    }

    @Test
    void theExportHoldsExactlyTheStudentsOwnDataAndIsAudited() {
        PrivacyService.Export export = privacy.export(ana);
        String text = new String(export.json(), StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(text);

        assertThat(json.get("format").asString()).isEqualTo("ripple.student-data.v1");
        assertThat(json.get("studentId").asLong()).isEqualTo(ana);
        JsonNode d = json.get("data");
        assertThat(d.get("student").get(0).get("display_name").asString()).isEqualTo("Ana P.");
        assertThat(d.get("student").get(0).get("class_name").asString()).isEqualTo("4B");
        List<Long> actIds = new java.util.ArrayList<>();
        for (JsonNode n : d.get("kindness_act")) {
            actIds.add(n.get("id").asLong());
        }
        assertThat(actIds).containsExactlyInAnyOrderElementsOf(data.fixtures.jdbc()
                .sql("select id from kindness_act where student_id = ?").param(ana).query(Long.class).list());
        assertThat(d.get("attention_item")).hasSize(1);
        assertThat(d.get("lesson_participation")).hasSize(1);
        assertThat(d.get("lesson_reflection").get(0).get("text").asString()).isEqualTo("Reflection of Ana helped Carla with maths");
        assertThat(d.get("reflection_attention_item")).hasSize(1);
        assertThat(d.get("attitude_consent").get(0).get("instrument_code").asString()).isEqualTo("sks");
        assertThat(d.get("attitude_check_done").get(0).get("phase").asString()).isEqualTo("PRE");
        assertThat(d.get("student_sign_in_lock").get(0).get("failed_count").asInt()).isEqualTo(3);
        assertThat(d.get("kindness_act").get(0).get("created_at").asString()).isEqualTo("2026-11-25T09:00:00Z");
        // Nothing about Ben, and no attitude answers or pseudonyms.
        assertThat(text).doesNotContain("Ben").doesNotContain("lunch");
        assertThat(d.toString()).doesNotContain("pseudonym").doesNotContain("answers").doesNotContain(String.format("%064x", ana));
        assertThat(json.get("notIncluded")).isNotEmpty();
        assertThat(count("select count(*) from audit_log where action = 'STUDENT_DATA_EXPORTED' and target = ?", "student:" + ana))
                .isEqualTo(1);
    }

    @Test
    void findSearchesByNameOrSchoolIdAndIncludesStudentsWhoLeft() {
        data.fixtures.jdbc().sql("update student set active = false, left_at = now() where id = ?").param(ben).update();
        assertThat(privacy.find(null, "ben")).extracting(s -> s.id()).containsExactly(ben);
        assertThat(privacy.find(classId, "")).hasSize(2);
        assertThat(privacy.find(classId + 999, "")).isEmpty();
        assertThat(privacy.find(null, "S-" + "Ana P.".hashCode())).extracting(s -> s.id()).containsExactly(ana);
    }

    @Test
    void teachersCannotFindExportOrEraseStudentsNotEvenTheirOwn() {
        data.fixtures.signIn(data.teacher);
        assertThatThrownBy(() -> privacy.find(classId, "")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> privacy.export(ana)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> privacy.erase(ana, "Ana P.")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(data.rowsOf(ana).get("student")).isEqualTo(1);
    }
}
