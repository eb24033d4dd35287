package app.ripple.classroom;

import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.Pictures;
import app.ripple.school.DemoSchoolCreated;
import app.ripple.security.DemoKioskHints;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo classes: each demo school's teachers get classes of 22–30 students with two tablet records
 * each, created in the same transaction and scope as the demo school: the first teacher two classes,
 * the second and third one each (four classes in the first demo school, two in a school with one
 * teacher), named in the school's language. Seeded randomness, so every demo looks the same.
 */
@Component
@Profile("demo")
class DemoClasses implements DemoKioskHints {

    private static final String[] FIRST = {"Zoë", "Sam", "Mia", "Leo", "Ava", "Noah", "Lucía", "Omar", "Aiko", "Ben", "Chloé",
        "Dev", "Ema", "Finn", "Grace", "Hugo", "Ines", "Jamal", "Kira", "Liam", "Maya", "Nico", "Olga", "Pedro", "Quinn",
        "Rosa", "Sofia", "Tariq", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zara", "Amara", "Bruno", "Carmen", "Diego",
        "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Julia", "Kai", "Lena", "Mateo", "Nour", "Oscar", "Priya"};
    private static final String LETTERS = "ABCDEFGHIJKLMNOPRSTVWZ";
    private static final Object[][] CLASSES = {
        {"Class 2 Robins", "6-8", 0, 22}, {"Class 3 Otters", "6-8", 0, 26},
        {"Class 5 Owls", "9-11", 1, 28}, {"Class 7 Foxes", "12-14", 2, 30}};
    /** The same classes' names in a Spanish-speaking school. */
    private static final String[] CLASSES_ES = {"2.º Petirrojos", "3.º Nutrias", "5.º Búhos", "7.º Zorros"};

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoClasses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @org.springframework.core.annotation.Order(0)
    void on(DemoSchoolCreated event) {
        Random random = new Random(2026);
        Timestamp now = Timestamp.from(clock.instant());
        boolean spanish = "es".equals(jdbc.sql("select default_language from school where id = ?").param(event.schoolId())
                .query(String.class).single());
        for (int k = 0; k < CLASSES.length; k++) {
            Object[] c = CLASSES[k];
            if ((Integer) c[2] >= event.teacherIds().length) {
                continue;
            }
            long teacher = event.teacherIds()[(Integer) c[2]];
            long classId = jdbc.sql("""
                    insert into school_class (school_id, term_id, name, age_band, idle_timeout_seconds, read_aloud, created_at)
                    values (?, ?, ?, ?, 60, ?, ?) returning id""")
                    // Read-aloud as a new class of its age gets it (ClassService.create).
                    .params(event.schoolId(), event.term().id(), spanish ? CLASSES_ES[k] : c[0], c[1], "6-8".equals(c[1]), now).query(Long.class).single();
            jdbc.sql("insert into class_teacher (class_id, staff_id) values (?, ?)").params(classId, teacher).update();
            List<Picture> avatars = new ArrayList<>(Pictures.avatars());
            Collections.shuffle(avatars, random);
            List<String> names = new ArrayList<>(List.of(FIRST));
            Collections.shuffle(names, random);
            for (int i = 0; i < (Integer) c[3]; i++) {
                List<String> pictures = new ArrayList<>(Pictures.passwordPictures().stream().map(Picture::id).toList());
                Collections.shuffle(pictures, random);
                String name = names.get(i) + " " + LETTERS.charAt(random.nextInt(LETTERS.length())) + ".";
                jdbc.sql("""
                        insert into student (class_id, display_name, avatar, picture_password, created_at)
                        values (?, ?, ?, ?, ?)""")
                        .params(classId, name, avatars.get(i).id(), String.join(",", pictures.subList(0, 3)), now).update();
            }
            for (String tablet : new String[] {"Reading corner tablet", "Window tablet"}) {
                jdbc.sql("insert into class_tablet (class_id, name, token_hash, created_at, last_seen_at) values (?, ?, ?, ?, ?)")
                        .params(classId, tablet, TabletTokens.hash(TabletTokens.newToken()), now, now).update();
            }
        }
    }

    @Override
    public String className() {
        return (String) CLASSES[0][0];
    }

    /** The first demo school's class: the sign-in page has nobody's scope, so it looks in the district's first school. */
    @Override
    public List<StudentHint> students() {
        return app.ripple.base.SchoolScope.allSchools(() -> jdbc.sql("""
                select s.display_name, s.picture_password from student s join school_class c on c.id = s.class_id
                where c.name = ? and c.school_id = (select min(id) from school) and s.active
                order by lower(s.display_name) limit 8""")
                .param(className())
                .query((rs, n) -> new StudentHint(rs.getString(1), List.of(rs.getString(2).split(",")).stream()
                        .map(id -> Pictures.passwordPicture(id).map(Picture::nameKey).orElse(id)).toList()))
                .list());
    }
}
