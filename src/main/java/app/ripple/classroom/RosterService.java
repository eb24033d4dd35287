package app.ripple.classroom;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassRecords.StudentInfo;
import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.Pictures;
import app.ripple.classroom.pictures.SignInCards;
import app.ripple.classroom.pictures.SignInCardsPdf;
import app.ripple.security.StaffOnly;
import com.vaadin.flow.i18n.I18NProvider;
import app.ripple.classroom.roster.ImportPreview;
import app.ripple.classroom.roster.OneRosterPackage;
import app.ripple.classroom.roster.OneRosterParser;
import app.ripple.classroom.roster.PlainCsvRosterParser;
import app.ripple.classroom.roster.RosterRow;
import app.ripple.classroom.roster.SkippedRow;
import app.ripple.school.AuditService;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's roster: display names, optional school ids, avatars and picture passwords.
 * Only the class's teachers (and coordinators) change it; students never can.
 */
@Service
public class RosterService {

    static final int NAME_MAX = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final AuditService audit;
    private final Clock clock;
    private final I18NProvider i18n;

    RosterService(JdbcClient jdbc, ClassService classes, AuditService audit, Clock clock, I18NProvider i18n) {
        this.i18n = i18n;
        this.jdbc = jdbc;
        this.classes = classes;
        this.audit = audit;
        this.clock = clock;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<StudentInfo> students(long classId) {
        classes.requireAccess(classId);
        audit.recordRead("ROSTER_VIEWED", "class:" + classId, null);
        return jdbc.sql("""
                select id, display_name, school_student_id, avatar, picture_password, active
                from student where class_id = ? and active order by lower(display_name), id""")
                .param(classId)
                .query((rs, n) -> new StudentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of(rs.getString(5).split(",")), rs.getBoolean(6)))
                .list();
    }

    /** Adds a student; Ripple picks a free avatar (unless one is chosen) and a picture password. */
    @ClassWriter
    @Transactional
    public long addStudent(long classId, StudentForm form) {
        lockClass(classId);
        Problems p = new Problems();
        String name = checkName(form.displayName(), p, "displayName");
        String schoolId = checkSchoolId(form.schoolStudentId(), p, "schoolStudentId");
        String avatar = form.avatar() == null || form.avatar().isBlank() ? freeAvatar(classId) : form.avatar();
        checkAvatar(classId, avatar, null, p);
        p.throwIfAny();
        long id = insert(classId, name, schoolId, null, avatar);
        audit.record("STUDENT_ADDED", "student:" + id, "class:" + classId);
        return id;
    }

    @ClassWriter
    @Transactional
    public void updateStudent(long classId, long studentId, StudentForm form) {
        lockClass(classId);
        requireOnRoster(classId, studentId);
        Problems p = new Problems();
        String name = checkName(form.displayName(), p, "displayName");
        String schoolId = checkSchoolId(form.schoolStudentId(), p, "schoolStudentId");
        String avatar = form.avatar() == null ? "" : form.avatar();
        checkAvatar(classId, avatar, studentId, p);
        p.throwIfAny();
        jdbc.sql("update student set display_name = ?, school_student_id = ?, avatar = ? where id = ?")
                .params(name, schoolId, avatar, studentId).update();
        audit.record("STUDENT_CHANGED", "student:" + studentId, "class:" + classId);
    }

    /** Takes a student off the roster. Their sign-in stops working at once. */
    @ClassWriter
    @Transactional
    public void removeStudent(long classId, long studentId) {
        requireOnRoster(classId, studentId);
        // Kept, not deleted: lessons delivered while they were enrolled still count in reports, and
        // left_at stops later lessons from counting against them. Their sign-in stops (not active).
        jdbc.sql("update student set active = false, left_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), studentId).update();
        audit.record("STUDENT_REMOVED", "student:" + studentId, "class:" + classId);
    }

    /** A new picture password, e.g. when a student told a friend theirs. */
    @ClassWriter
    @Transactional
    public List<String> resetPicturePassword(long classId, long studentId) {
        requireOnRoster(classId, studentId);
        List<String> password = newPicturePassword();
        jdbc.sql("update student set picture_password = ? where id = ?").params(String.join(",", password), studentId).update();
        audit.record("STUDENT_PICTURE_PASSWORD_RESET", "student:" + studentId, "class:" + classId);
        return password;
    }

    /** The avatars not yet taken by an active student of the class (plus the given student's own). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<String> availableAvatars(long classId, @Nullable Long forStudent) {
        classes.requireAccess(classId);
        Set<String> taken = takenAvatars(classId, forStudent);
        return Pictures.avatars().stream().map(Picture::id).filter(a -> !taken.contains(a)).toList();
    }

    /**
     * What an import changed: {@code updated} counts students whose name, school id or enrolment
     * changed; students the file lists exactly as they are count as {@code unchanged}.
     */
    public record ImportResult(int added, int updated, int unchanged, int ended) {
    }

    /** Reads a plain CSV roster without saving anything: every bad row with its line number. */
    @ClassReader
    public ImportPreview previewPlainCsv(long classId, byte[] content) {
        return PlainCsvRosterParser.parse(content);
    }

    /** Reads a OneRoster 1.1 CSV export (one zip, or the separate files) without saving anything. */
    @ClassReader
    public OneRosterPackage readOneRoster(long classId, Map<String, byte[]> files) {
        return oneRoster(files);
    }

    /**
     * Imports a plain CSV in one transaction: all rows or none. A row whose school student id matches
     * a student already on the roster updates that student instead of adding a second one.
     */
    @ClassWriter
    @Transactional
    public ImportResult importPlainCsv(long classId, byte[] content) {
        ImportPreview preview = PlainCsvRosterParser.parse(content);
        requireImportable(preview);
        ImportResult result = apply(classId, preview.rows(), List.of(), false);
        audit.record("ROSTER_IMPORTED", "class:" + classId, "plain CSV: " + result);
        return result;
    }

    /**
     * Imports the students of one OneRoster class in one transaction. Students are matched by
     * {@code sourcedId}, so importing again updates them; {@code tobedeleted} ends an enrolment.
     */
    @ClassWriter
    @Transactional
    public ImportResult importOneRoster(long classId, Map<String, byte[]> files, String oneRosterClassId) {
        OneRosterPackage pkg = oneRoster(files);
        if (pkg.fileProblemKey() != null) {
            throw new InvalidInputException("file", pkg.fileProblemKey(), pkg.fileProblemArgs().toArray());
        }
        ImportPreview preview = pkg.previewFor(oneRosterClassId);
        requireImportable(preview);
        ImportResult result = apply(classId, preview.rows(), preview.skipped(), true);
        jdbc.sql("update school_class set oneroster_sourced_id = ? where id = ?").params(oneRosterClassId, classId).update();
        audit.record("ROSTER_IMPORTED", "class:" + classId, "OneRoster " + oneRosterClassId + ": " + result);
        return result;
    }

    private static OneRosterPackage oneRoster(Map<String, byte[]> files) {
        if (files.size() == 1 && files.keySet().iterator().next().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            return OneRosterParser.parseZip(files.values().iterator().next());
        }
        return OneRosterParser.parseFiles(files);
    }

    private static void requireImportable(ImportPreview preview) {
        if (preview.fileProblemKey() != null) {
            throw new InvalidInputException("file", preview.fileProblemKey(), preview.fileProblemArgs().toArray());
        }
        if (!preview.canImport()) {
            throw new InvalidInputException("file", "roster.import.fixProblems", preview.problems().size());
        }
    }

    private ImportResult apply(long classId, List<RosterRow> rows, List<SkippedRow> skipped, boolean bySourcedId) {
        lockClass(classId);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int ended = 0;
        for (SkippedRow row : skipped) {
            // A disabled account that is still on the roster leaves the class, as with tobedeleted.
            ended += jdbc.sql("update student set active = false, left_at = ? where class_id = ? and sourced_id = ? and active")
                    .params(Timestamp.from(clock.instant()), classId, row.sourcedId()).update();
        }
        for (RosterRow row : rows) {
            Optional<Long> existing = bySourcedId
                    ? jdbc.sql("select id from student where class_id = ? and sourced_id = ?").params(classId, row.sourcedId())
                            .query(Long.class).optional()
                    : row.studentId() == null ? Optional.empty()
                            : jdbc.sql("select id from student where class_id = ? and school_student_id = ? and active order by id limit 1")
                                    .params(classId, row.studentId()).query(Long.class).optional();
            if (existing.isPresent()) {
                long id = existing.get();
                record Before(String displayName, @Nullable String schoolId, boolean active) {
                }
                Before before = jdbc.sql("select display_name, school_student_id, active from student where id = ?").param(id)
                        .query((rs, n) -> new Before(rs.getString(1), rs.getString(2), rs.getBoolean(3))).single();
                boolean wasActive = before.active();
                if (row.active() && !wasActive) {
                    // Coming back: their old avatar may have been given to someone else meanwhile.
                    String avatar = jdbc.sql("select avatar from student where id = ?").param(id).query(String.class).single();
                    if (takenAvatars(classId, id).contains(avatar)) {
                        avatar = requireFreeAvatar(classId);
                    }
                    jdbc.sql("update student set avatar = ? where id = ?").params(avatar, id).update();
                }
                jdbc.sql("update student set display_name = ?, school_student_id = coalesce(?, school_student_id), active = ? where id = ?")
                        .params(row.displayName(), row.studentId(), row.active(), id).update();
                if (wasActive != row.active()) {
                    // Ended: lessons after today no longer count against them; coming back starts afresh.
                    jdbc.sql("update student set left_at = ? where id = ?")
                            .params(row.active() ? null : Timestamp.from(clock.instant()), id).update();
                }
                boolean same = wasActive == row.active() && before.displayName().equals(row.displayName())
                        && (row.studentId() == null || row.studentId().equals(before.schoolId()));
                if (wasActive && !row.active()) {
                    ended++;
                } else if (same) {
                    unchanged++;
                } else {
                    updated++;
                }
            } else if (row.active()) {
                insert(classId, row.displayName(), row.studentId(), row.sourcedId(), requireFreeAvatar(classId));
                added++;
            }
        }
        return new ImportResult(added, updated, unchanged, ended);
    }

    private String requireFreeAvatar(long classId) {
        String avatar = freeAvatar(classId);
        if (avatar.isEmpty()) {
            throw new InvalidInputException("file", "roster.avatar.noneFree");
        }
        return avatar;
    }

    /**
     * Sign-in cards for the whole class, in the school's paper size. The cards show picture
     * passwords, so making them is audited like any export.
     */
    @ClassReader
    @Transactional
    public byte[] signInCardsPdf(long classId, java.util.Locale locale) {
        var detail = classes.get(classId);
        var school = jdbc.sql("select name, paper_size from school where id = ripple_school()")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        List<SignInCards.Card> cards = students(classId).stream()
                .map(s -> new SignInCards.Card(s.displayName(), s.avatar(), s.picturePassword())).toList();
        byte[] pdf = SignInCardsPdf.render(new SignInCards(school[0], detail.name(),
                "LETTER".equals(school[1]) ? SignInCards.PaperSize.LETTER : SignInCards.PaperSize.A4, locale,
                key -> i18n.getTranslation(key, locale), cards));
        audit.record("SIGN_IN_CARDS_EXPORTED", "class:" + classId, cards.size() + " cards");
        return pdf;
    }

    long insert(long classId, String displayName, @Nullable String schoolId, @Nullable String sourcedId, String avatar) {
        return jdbc.sql("""
                insert into student (class_id, display_name, school_student_id, sourced_id, avatar, picture_password, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, displayName, schoolId, sourcedId, avatar, String.join(",", newPicturePassword()),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** Serializes roster changes of one class, so two teachers cannot hand out the same avatar. */
    void lockClass(long classId) {
        jdbc.sql("select id from school_class where id = ? for update").param(classId).query(Long.class).single();
    }

    String freeAvatar(long classId) {
        Set<String> taken = takenAvatars(classId, null);
        List<String> free = new ArrayList<>(Pictures.avatars().stream().map(Picture::id)
                .filter(a -> !taken.contains(a)).toList());
        if (free.isEmpty()) {
            return "";
        }
        return free.get(RANDOM.nextInt(free.size()));
    }

    private Set<String> takenAvatars(long classId, @Nullable Long except) {
        return new HashSet<>(jdbc.sql("select avatar from student where class_id = ? and active and id <> ?")
                .params(classId, except == null ? -1L : except).query(String.class).list());
    }

    private void checkAvatar(long classId, String avatar, @Nullable Long studentId, Problems p) {
        if (avatar.isEmpty()) {
            p.add("avatar", "roster.avatar.noneFree");
        } else if (Pictures.avatar(avatar).isEmpty()) {
            p.add("avatar", "validation.required");
        } else if (takenAvatars(classId, studentId).contains(avatar)) {
            p.add("avatar", "roster.avatar.taken");
        }
    }

    private void requireOnRoster(long classId, long studentId) {
        boolean onRoster = jdbc.sql("select exists (select 1 from student where id = ? and class_id = ?)")
                .params(studentId, classId).query(Boolean.class).single();
        if (!onRoster) {
            throw new NotAllowedException("student " + studentId + " is not in class " + classId);
        }
    }

    static String checkName(String raw, Problems p, String field) {
        String name = raw.strip();
        p.require(!name.isEmpty(), field, "validation.required");
        p.require(name.codePointCount(0, name.length()) <= NAME_MAX, field, "validation.tooLong", NAME_MAX);
        p.requirePlainText(name, field, false);
        return name;
    }

    static @Nullable String checkSchoolId(@Nullable String raw, Problems p, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.strip();
        p.require(id.length() <= 40, field, "validation.tooLong", 40);
        p.requirePlainText(id, field, false);
        return id;
    }

    /** Three different pictures out of the twelve, in order. */
    static List<String> newPicturePassword() {
        List<String> ids = new ArrayList<>(Pictures.passwordPictures().stream().map(Picture::id).toList());
        Collections.shuffle(ids, RANDOM);
        return List.copyOf(ids.subList(0, 3));
    }
}
