package app.ripple.challenge;

import static app.ripple.challenge.ClosedTermWritersTest.Kind.CLASS_DATA;
import static app.ripple.challenge.ClosedTermWritersTest.Kind.OTHER_DATA;
import static app.ripple.challenge.ClosedTermWritersTest.Kind.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeRecords.RecordAct;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassReadOnlyException;
import app.ripple.classroom.ClassRecords;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.lesson.DeliveryService;
import app.ripple.lesson.EvidenceComponent;
import app.ripple.lesson.LessonRecords.DeliveryForm;
import app.ripple.lesson.LessonRecords.Participation;
import app.ripple.lesson.ReflectionService;
import app.ripple.lesson.checks.AttitudeRecords.Phase;
import app.ripple.lesson.checks.CheckService;
import app.ripple.lesson.checks.ConsentService;
import app.ripple.lesson.library.LessonLibrary;
import app.ripple.school.SchoolService;
import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of every {@code @Service} bean is classified here: it only reads, or it writes
 * class data (and is then called on a class of a closed term and must be refused), or it writes data
 * that is not a class's record, with the reason it may do so on a closed term. A new service method
 * fails {@link #everyPublicServiceMethodIsClassified()} until someone decides which it is.
 */
@RippleTest
@Import(ChallengeFixtures.class)
class ClosedTermWritersTest {

    enum Kind { READ_ONLY, CLASS_DATA, OTHER_DATA }

    /** What a class-data writer is called with, on the closed term's class. */
    @FunctionalInterface
    interface Call {
        void on(ClosedTermWritersTest t) throws Exception;
    }

    enum As { TEACHER, STUDENT }

    record Rule(Kind kind, String reason, @Nullable As as, @Nullable Call call) {
    }

    static final String SKS = "school-kindness-scale";

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    private static void read(String... methods) {
        for (String m : methods) {
            put(m, new Rule(READ_ONLY, "", null, null));
        }
    }

    /** Read-only for class data, but its transaction writes something else (named in the reason). */
    private static void readAnd(String reason, String... methods) {
        for (String m : methods) {
            put(m, new Rule(READ_ONLY, reason, null, null));
        }
    }

    private static void other(String reason, String... methods) {
        for (String m : methods) {
            put(m, new Rule(OTHER_DATA, reason, null, null));
        }
    }

    private static void classData(String method, As as, Call call) {
        put(method, new Rule(CLASS_DATA, "", as, call));
    }

    private static void put(String method, Rule rule) {
        if (RULES.put(method, rule) != null) {
            throw new IllegalStateException("classified twice: " + method);
        }
    }

    static {
        String audited = "records the read or download in the audit log";
        String lastSeen = "notes when the tablet was last seen; not class data";

        // challenge
        read("ActService.runningChallenges/0", "ActService.studentStart/0", "ActService.inspirations/0", "ActService.myRecentActs/0");
        readAnd(lastSeen, "ActService.tabletProgress/1");
        classData("ActService.record/1", As.STUDENT, t -> t.acts.record(t.act()));
        classData("ActService.flagNotMe/1", As.STUDENT, t -> t.acts.flagNotMe(t.actId));
        read("ChallengeService.challenges/1", "ChallengeService.get/1", "ChallengeService.ownSuggestions/0",
                "ChallengeService.runningProgress/1");
        classData("ChallengeService.create/2", As.TEACHER, t -> t.challenges.create(t.f.classId, t.challengeForm()));
        classData("ChallengeService.update/2", As.TEACHER, t -> t.challenges.update(t.challenge, t.challengeForm()));
        classData("ChallengeService.copyTo/2", As.TEACHER, t -> t.challenges.copyTo(t.challenge, t.f.classId));
        classData("ChallengeService.delete/1", As.TEACHER, t -> t.challenges.delete(t.challenge));
        other("the teacher's own suggestion library, shared by all their classes", "ChallengeService.addOwnSuggestion/2");
        read("ModerationService.queue/0", "ModerationService.counts/0");
        classData("ModerationService.approve/1", As.TEACHER, t -> t.moderation.approve(t.actId));
        classData("ModerationService.hide/1", As.TEACHER, t -> t.moderation.hide(t.actId));
        classData("ModerationService.approveWithText/2", As.TEACHER, t -> t.moderation.approveWithText(t.actId, "A kind act"));
        classData("ModerationService.clearNotMe/1", As.TEACHER, t -> t.moderation.clearNotMe(t.actId));
        other("safeguarding follow-up (acknowledge, note, resolve) must stay possible after a term closes",
                "AttentionService.acknowledge/1", "AttentionService.addNote/2", "AttentionService.resolve/1");
        readAnd(audited, "AttentionService.list/1");
        read("AttentionService.openCount/0", "AttentionService.emailAlertsOn/0");
        read("PasswordResetService.available/0", "PasswordResetService.isUsable/1");
        read("DigestService.available/0", "DigestService.subscribed/0");
        other("the staff member's own email preference", "DigestService.setSubscribed/1");
        other("staff accounts' passwords, reset links and their audit entries", "PasswordResetService.requestReset/2",
                "PasswordResetService.resetPassword/3");
        read("AlertSettingsService.emailOn/0", "AlertSettingsService.contacts/0", "AlertSettingsService.staffOptions/0",
                "AlertSettingsService.escalationHours/0");
        other("school-wide safeguarding alert settings", "AlertSettingsService.addStaffContact/1",
                "AlertSettingsService.addAddressContact/1", "AlertSettingsService.removeContact/1",
                "AlertSettingsService.setEscalationHours/1");
        read("SafeguardingService.concerningPhrase/1", "SafeguardingService.phrases/0", "SafeguardingService.trustedAdultText/0",
                "SafeguardingService.mayChangeDistrictList/0", "DistrictDefaultsService.defaults/0");
        other("district-wide defaults, no class or term", "DistrictDefaultsService.update/1");
        other("school-wide safeguarding settings", "SafeguardingService.addPhrase/2", "SafeguardingService.removePhrase/1",
                "SafeguardingService.setTrustedAdultText/1");
        read("WallService.wall/1", "WallService.showsNames/1");
        classData("WallService.setShowsNames/2", As.TEACHER, t -> t.wall.setShowsNames(t.f.classId, true));

        // classroom
        read("ClassService.requireAccess/1", "ClassService.requireWritable/1", "ClassService.allowsReading/1",
                "ClassService.allowsWriting/1", "ClassService.isReadOnly/1",
                "ClassService.myClasses/1", "ClassService.get/1");
        other("creates a new class; no existing class's record changes", "ClassService.create/1");
        classData("ClassService.update/2", As.TEACHER, t -> t.classes.update(t.f.classId,
                new ClassRecords.ClassForm("Renamed", AgeBand.AGES_9_11, t.termId, List.of(t.f.teacher), 60)));
        classData("ClassService.setArchived/2", As.TEACHER, t -> t.classes.setArchived(t.f.classId, true));
        classData("ClassService.setReadAloud/2", As.TEACHER, t -> t.classes.setReadAloud(t.f.classId, true));
        readAnd(lastSeen, "KioskService.identify/1", "KioskService.home/1", "KioskService.students/1");
        other("picture-password throttling on the tablet, not the class's record", "KioskService.signIn/3");
        read("KioskService.me/0", "KioskService.studentHome/0", "KioskService.requireStudentSession/0");
        read("RosterService.students/1", "RosterService.availableAvatars/2", "RosterService.previewPlainCsv/2",
                "RosterService.readOneRoster/2");
        readAnd(audited, "RosterService.signInCardsPdf/2");
        classData("RosterService.addStudent/2", As.TEACHER,
                t -> t.roster.addStudent(t.f.classId, new ClassRecords.StudentForm("Late L.", null, null)));
        classData("RosterService.updateStudent/3", As.TEACHER,
                t -> t.roster.updateStudent(t.f.classId, t.zoe, new ClassRecords.StudentForm("Zoe K.", null, null)));
        classData("RosterService.removeStudent/2", As.TEACHER, t -> t.roster.removeStudent(t.f.classId, t.zoe));
        classData("RosterService.resetPicturePassword/2", As.TEACHER, t -> t.roster.resetPicturePassword(t.f.classId, t.zoe));
        classData("RosterService.importPlainCsv/2", As.TEACHER,
                t -> t.roster.importPlainCsv(t.f.classId, "name\nLate L.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        classData("RosterService.importOneRoster/3", As.TEACHER, t -> t.roster.importOneRoster(t.f.classId, Map.of(), "class-1"));
        read("StudentDirectory.find/2", "StudentDirectory.get/1");
        read("TabletService.tablets/1", "TabletService.lockedStudents/1", "TabletService.pausedUntil/1");
        other("device access and sign-in locks: a lost tablet of a closed term's class must still be revocable",
                "TabletService.bind/2", "TabletService.revoke/2", "TabletService.unlockStudent/2", "TabletService.resumeSignIn/1");

        // dashboard
        read("ClassDashboardService.range/2", "ClassDashboardService.classDashboard/2", "ClassDashboardService.actsPerWeek/3",
                "HomeCardService.homeCards/0", "SchoolOverviewService.schoolOverview/1");
        readAnd(audited, "SchoolOverviewService.schoolOverviewForExport/1");
        read("DistrictOverviewService.districtOverview/1");
        readAnd(audited, "DistrictOverviewService.districtOverviewForExport/2");

        // lesson
        read("DeliveryService.plans/1", "DeliveryService.planInfo/1", "DeliveryService.deliveries/1", "DeliveryService.delivery/1",
                "DeliveryService.plannedComponents/1", "DeliveryService.participation/1", "DeliveryService.openMakeUps/1",
                "DeliveryService.doses/1", "DeliveryService.progress/3", "DeliveryService.termProgress/1");
        classData("DeliveryService.plan/3", As.TEACHER, t -> t.deliveries.plan(t.f.classId, t.lesson, LocalDate.of(2026, 11, 27)));
        classData("DeliveryService.deletePlan/1", As.TEACHER, t -> t.deliveries.deletePlan(t.planId));
        classData("DeliveryService.record/2", As.TEACHER, t -> t.deliveries.record(t.f.classId, t.deliveryForm()));
        classData("DeliveryService.deleteDelivery/1", As.TEACHER, t -> t.deliveries.deleteDelivery(t.deliveryId));
        classData("DeliveryService.setParticipation/3", As.TEACHER,
                t -> t.deliveries.setParticipation(t.deliveryId, t.zoe, Participation.ABSENT));
        classData("DeliveryService.markMadeUp/2", As.TEACHER, t -> t.deliveries.markMadeUp(t.deliveryId, t.zoe));
        read("LessonService.library/3", "LessonService.lesson/2", "LessonService.form/1", "LessonService.choices/1");
        other("the school's lesson library, not a class's record", "LessonService.create/1", "LessonService.update/2",
                "LessonService.copy/2", "LessonService.archive/1");
        read("DistrictLessonService.shared/0", "DistrictLessonService.schoolLessons/0");
        other("the district's shared lesson library, not a class's record", "DistrictLessonService.share/1",
                "DistrictLessonService.stopSharing/1");
        read("DistrictTemplateService.available/0", "DistrictTemplateService.templates/0");
        other("the district's challenge templates, not a class's record", "DistrictTemplateService.add/1",
                "DistrictTemplateService.archive/1");
        read("ReflectionService.openPrompts/0", "ReflectionService.mine/0");
        readAnd(audited, "ReflectionService.forDelivery/1");
        classData("ReflectionService.answer/3", As.STUDENT,
                t -> t.reflections.answer(UUID.randomUUID(), t.deliveryId, "I will say hello"));
        read("AttitudeResults.forClass/2", "AttitudeResults.forClass/3", "AttitudeResults.forSchool/2");
        read("CheckService.checks/2", "CheckService.termFor/1", "CheckService.notAnswered/1", "CheckService.myOpenChecks/1");
        classData("CheckService.open/3", As.TEACHER, t -> t.checks.open(t.f.classId, SKS, Phase.POST));
        classData("CheckService.answer/2", As.STUDENT, t -> t.checks.answer(t.checkId, List.of(1, 2, 3, 4, 5)));
        other("only ends collecting answers: a check left open when the term closed must still be closable",
                "CheckService.close/1");
        read("ConsentService.consents/2");
        classData("ConsentService.record/4", As.TEACHER, t -> t.consents.record(t.f.classId, t.zoe, SKS, true));
        read("InstrumentService.list/1", "InstrumentService.usable/1", "InstrumentService.instrument/1",
                "InstrumentService.policy/1", "InstrumentService.previewImport/2");
        other("the school's instrument registry", "InstrumentService.importInstrument/2", "InstrumentService.setRetired/2",
                "InstrumentService.setPolicy/2");

        // privacy
        read("PrivacyService.find/2");
        readAnd(audited, "PrivacyService.export/1");
        other("erasure is a legal duty that a closed term must not block", "PrivacyService.erase/2");
        read("RetentionService.preview/0", "RetentionService.recentRuns/1");
        other("retention deletes the data of closed terms by design", "RetentionService.runNow/0");

        // report
        read("ReportService.reportList/0", "ReportService.termArchive/1", "ReportService.classReport/2",
                "ReportService.highlightCandidates/2", "ReportService.note/1");
        readAnd(audited, "ReportService.pdf/2", "ReportService.familyPages/2", "ReportService.csv/3", "ReportService.json/2",
                "ReportService.bulkZip/3");
        other("the end-of-term report's note is written once the term is over", "ReportService.saveNote/3");

        // school
        other("the audit log records what happens, closed terms included", "AuditService.record/3",
                "AuditService.recordTabletEvent/4", "AuditService.recordSystemJob/4", "AuditService.recordRead/3");
        read("AuditService.recent/1", "AuditService.page/3", "AuditService.count/1", "AuditService.actions/0");
        readAnd(audited, "AuditService.exportCsv/2");
        read("SchoolService.current/0", "SchoolService.terms/0", "SchoolService.today/0", "SchoolService.currentTerm/0",
                "SchoolService.retentionMonths/0", "SchoolService.schoolYears/0", "SchoolService.termOverviews/0");
        other("school settings, school years and terms (closing and reopening is how a term becomes read-only)",
                "SchoolService.updateSettings/4", "SchoolService.updateRetentionMonths/1", "SchoolService.addTerm/3",
                "SchoolService.addTerm/4", "SchoolService.addSchoolYear/3", "SchoolService.closeTerm/1", "SchoolService.reopenTerm/1");
        read("SetupService.isSetupNeeded/0");
        other("first-run setup, before any term exists", "SetupService.setUp/1", "SetupService.setUpDistrict/1");
        read("DistrictService.districtName/0", "DistrictService.schools/0", "DistrictService.coordinators/1",
                "DistrictService.invitationsOn/0", "DistrictService.districtAdminExists/0");
        readAnd(audited, "DistrictService.recentAudit/1");
        other("the district's schools and their coordinators' accounts, not a class's record",
                "DistrictService.createSchool/1", "DistrictService.setArchived/2", "DistrictService.appointCoordinator/3",
                "DistrictService.removeCoordinator/2", "DistrictService.turnIntoDistrict/1");
        read("StaffService.list/0", "StaffService.colleagues/0", "StaffService.me/0", "StaffService.invitationsOn/0");
        other("staff accounts: an emailed invitation", "StaffService.sendInvitation/1");
        read("StaffSsoService.mySignIn/0", "StaffSsoService.ssoOnlyStatus/0");
        other("the school's sign-in setting", "StaffSsoService.setStaffSsoOnly/1");
        other("staff accounts", "StaffService.createTeacher/2", "StaffService.setActive/2", "StaffService.resetPassword/1",
                "StaffService.changeOwnPassword/3", "StaffService.changeOwnLanguage/1");
    }

    @Autowired ApplicationContext context;
    @Autowired Fixtures fixtures;
    @Autowired ChallengeFixtures f;
    @Autowired SchoolService school;
    @Autowired ClassService classes;
    @Autowired RosterService roster;
    @Autowired ChallengeService challenges;
    @Autowired ActService acts;
    @Autowired ModerationService moderation;
    @Autowired WallService wall;
    @Autowired DeliveryService deliveries;
    @Autowired ReflectionService reflections;
    @Autowired CheckService checks;
    @Autowired ConsentService consents;

    long coordinator;
    long termId;
    long zoe;
    long challenge;
    long actId;
    String lesson = LessonLibrary.all().getFirst().id();
    long planId;
    long deliveryId;
    long checkId;

    RecordAct act() {
        return new RecordAct(UUID.randomUUID(), challenge, "lib:held_door", null, Recipient.CLASSMATE, 4, null);
    }

    ChallengeForm challengeForm() {
        return new ChallengeForm("More", "", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 30), 5,
                EnumSet.of(Category.EMPATHY), List.of(), false, null);
    }

    DeliveryForm deliveryForm() {
        return new DeliveryForm(null, lesson, LocalDate.of(2026, 11, 24), 40, EnumSet.of(EvidenceComponent.FACTS), "");
    }

    /** A class with something of every kind in it (act, plan, delivery, open check), then its term closed. */
    @BeforeEach
    void aClassWithDataInAClosedTerm() {
        ChallengeFixtures.ClassInTerm c = f.classWithTabletInATerm(school);
        coordinator = c.coordinator();
        termId = c.termId();
        zoe = c.student();
        challenge = c.challenge();
        f.signInStudent(zoe);
        actId = acts.record(act()).actId();
        fixtures.signIn(f.teacher);
        planId = deliveries.plan(f.classId, lesson, LocalDate.of(2026, 11, 26));
        deliveryId = deliveries.record(f.classId, deliveryForm());
        checkId = checks.open(f.classId, SKS, Phase.PRE);
        fixtures.signIn(coordinator);
        school.closeTerm(termId);
    }

    @Test
    void everyPublicServiceMethodIsClassified() {
        Set<String> found = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("app.ripple")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    found.add(key(m));
                }
            }
        }
        Set<String> unclassified = new TreeSet<>(found);
        unclassified.removeAll(RULES.keySet());
        Set<String> stale = new TreeSet<>(RULES.keySet());
        stale.removeAll(found);
        assertThat(unclassified).as("public service methods nobody has classified for closed terms (add them to RULES)").isEmpty();
        assertThat(stale).as("RULES entries for methods that no longer exist").isEmpty();
        assertThat(found).hasSizeGreaterThan(150);
    }

    @Test
    void aMethodClassifiedReadOnlyEitherRunsReadOnlyOrSaysWhatElseItWrites() {
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method m : type.getDeclaredMethods()) {
                Rule rule = RULES.get(key(m));
                Transactional tx = m.getAnnotation(Transactional.class);
                if (rule != null && rule.kind() == READ_ONLY && tx != null && !tx.readOnly()) {
                    assertThat(rule.reason()).as(key(m) + " runs a writing transaction: say what it writes").isNotBlank();
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyClassDataWriterIsRefusedOnAClosedTerm() {
        List<Map.Entry<String, Rule>> writers = RULES.entrySet().stream().filter(e -> e.getValue().kind() == CLASS_DATA).toList();
        assertThat(writers).hasSizeGreaterThanOrEqualTo(29);
        return writers.stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Rule rule = e.getValue();
            if (rule.as() == As.STUDENT) {
                f.signInStudent(zoe);
            } else {
                fixtures.signIn(f.teacher);
            }
            String before = snapshot();
            assertThatThrownBy(() -> rule.call().on(this)).as(e.getKey()).isInstanceOf(ClassReadOnlyException.class);
            assertThat(snapshot()).as(e.getKey() + " changed nothing").isEqualTo(before);
        }));
    }

    /** The class's rows that any of the writers above could touch. */
    private String snapshot() {
        return Stream.of("school_class", "student", "challenge", "kindness_act", "lesson_plan", "lesson_delivery",
                        "lesson_participation", "attitude_check", "attitude_consent", "lesson_reflection")
                .map(table -> table + "=" + fixtures.jdbc().sql("select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from "
                        + table + " t").query(String.class).single())
                .reduce((a, b) -> a + "; " + b).orElseThrow();
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "/" + m.getParameterCount();
    }

    static {
        // a class-data writer without a call could not be tested
        RULES.forEach((k, r) -> {
            if (r.kind() == CLASS_DATA && (r.call() == null || r.as() == null)) {
                throw new IllegalStateException(k + " writes class data but has no call");
            }
            if (r.kind() == OTHER_DATA && r.reason().isBlank()) {
                throw new IllegalStateException(k + " needs a reason");
            }
        });
    }
}
