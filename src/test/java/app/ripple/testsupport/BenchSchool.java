package app.ripple.testsupport;

import app.ripple.challenge.Category;
import app.ripple.challenge.ChallengeRecords.ChallengeForm;
import app.ripple.challenge.ChallengeService;
import app.ripple.classroom.AgeBand;
import app.ripple.classroom.ClassRecords.ClassForm;
import app.ripple.classroom.ClassRecords.StudentForm;
import app.ripple.classroom.ClassService;
import app.ripple.classroom.RosterService;
import app.ripple.classroom.TabletService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The school the load tests drive tablets in ({@code ActsUiBenchmarkIT}, {@code FailoverBenchmarkIT}):
 * classes made through the real services, each with a running challenge, its students (with their
 * picture passwords, as a tablet's user knows them) and one bound tablet.
 */
public final class BenchSchool {

    /** A student and their three pictures. */
    public record Pupil(long studentId, List<String> password) {
    }

    /** A class with its running challenge and its tablet's token. */
    public record TabletClass(long classId, long challengeId, String token, List<Pupil> pupils) {
    }

    private BenchSchool() {
    }

    /**
     * {@code classCount} classes of {@code students}, the teachers taking them in turn; the challenge
     * runs from two days before {@code today} to four after and suggests {@code lib:<act>} first.
     */
    public static List<TabletClass> create(Fixtures fixtures, ClassService classes, ChallengeService challenges, RosterService roster,
            TabletService tablets, List<Long> teachers, int classCount, int students, LocalDate today, String act) {
        List<TabletClass> out = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            long teacher = teachers.get(c % teachers.size());
            fixtures.signIn(teacher);
            long classId = classes.create(new ClassForm("Class " + (c + 1), AgeBand.AGES_9_11, null, List.of(teacher), 60));
            long challengeId = challenges.create(classId, new ChallengeForm("Kindness week", "Let us fill the class with kindness.",
                    today.minusDays(2), today.plusDays(4), 1000, EnumSet.allOf(Category.class),
                    List.of("lib:" + act, "lib:went_to_bed_on_time", "lib:shared_snack"), false, null));
            List<Pupil> pupils = new ArrayList<>();
            for (int s = 0; s < students; s++) {
                long id = roster.addStudent(classId, new StudentForm("Student " + (c + 1) + "-" + (s + 1), null, null));
                pupils.add(new Pupil(id, Arrays.asList(fixtures.jdbc().sql("select picture_password from student where id = ?")
                        .param(id).query(String.class).single().split(","))));
            }
            out.add(new TabletClass(classId, challengeId, tablets.bind(classId, "Tablet " + (c + 1)).token(), pupils));
        }
        fixtures.signOut();
        return out;
    }
}
