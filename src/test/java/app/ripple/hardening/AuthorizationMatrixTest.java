package app.ripple.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.security.KioskSession;
import app.ripple.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route of the application, taken from Vaadin's route registry, opened by five kinds of
 * visitor: nobody signed in, a student signed in on the class tablet, the class's teacher, another
 * teacher (with a class of their own) and the coordinator. Each cell must match the expectation:
 * ALLOW means the route's own view is shown; DENY means another view is shown (sign-in, not found,
 * the tablet's avatars) and none of the class's data (its name, its student, its challenge) is on screen.
 * <p>
 * Expectations come from the view's access annotations ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}, {@code @DenyAll}), corrected by {@link #OWNERSHIP} for routes whose view also
 * checks ownership or state. <b>Every route must be listed in {@link #REVIEWED}</b>, so a new route
 * fails this test until somebody has decided who may open it.
 */
class AuthorizationMatrixTest extends ViewTest {

    /**
     * The fixture school's visitors, then visitors from the district's two other schools (issue #16: a school's
     * staff and students never see another school's data, and its ids answer them like a missing page), and
     * the district administrator, who belongs to no school and is kept out of the school staff pages.
     */
    enum Actor {
        ANONYMOUS, STUDENT_ON_TABLET, TEACHER_OF_CLASS, OTHER_TEACHER, COORDINATOR,
        OTHER_SCHOOL_COORDINATOR, OTHER_SCHOOL_TEACHER, THIRD_SCHOOL_COORDINATOR, OTHER_SCHOOL_STUDENT, DISTRICT_ADMIN;

        boolean fromAnotherSchool() {
            return ordinal() >= OTHER_SCHOOL_COORDINATOR.ordinal();
        }
    }

    enum Outcome { ALLOW, DENY }

    /**
     * Every route template somebody has looked at. Add a new route here once you know who may open it;
     * if its view checks ownership (a class, a student) or state, also add a row to {@link #OWNERSHIP}.
     */
    static final Set<String> REVIEWED = Set.of(
            "",
            "login",
            "forgot-password",
            "reset-password",
            "sign-in-refused",
            "setup",
            "account",
            "staff",
            "school/settings",
            "school/safeguarding",
            "classes",
            "classes/:classId",
            "classes/:classId/wall",
            "moderation",
            "kiosk",
            "kiosk/me",
            "classes/:classId/consent",
            "classes/:classId/dashboard",
            "classes/:classId/deliveries/:deliveryId",
            "classes/:classId/deliveries/:deliveryId/reflections",
            "classes/:classId/lessons/record",
            "instruments/:code/preview",
            "lessons",
            "lessons/:ref",
            "lessons/:ref/present",
            "lessons/edit/:lessonId",
            "reports",
            "reports/archive/:termId",
            "school",
            "school/audit",
            "school/instruments",
            "school/privacy",
            // District administrators only (@RolesAllowed DISTRICT_ADMIN): every actor here is denied.
            "district",
            "district/audit",
            "district/overview",
            "district/settings",
            "district/phrases",
            "district/lessons",
            "district/challenges",
            "district/privacy");

    /** Route templates whose expectation is not (only) the annotations': ownership and state checks. */
    static final Map<String, Map<Actor, Outcome>> OWNERSHIP = new LinkedHashMap<>();

    static {
        // A class's pages: its teacher and the coordinator; another teacher gets "not found".
        expect("classes/:classId", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.ALLOW);
        expect("classes/:classId/wall", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.ALLOW);
        expect("classes/:classId/consent", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.ALLOW);
        expect("classes/:classId/dashboard", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.ALLOW);
        expect("classes/:classId/deliveries/:deliveryId", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.ALLOW);
        expect("classes/:classId/deliveries/:deliveryId/reflections", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY,
                Outcome.ALLOW);
        expect("classes/:classId/lessons/record", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.ALLOW);
        // A teacher's own lesson is edited by its author only.
        expect("lessons/edit/:lessonId", Outcome.DENY, Outcome.DENY, Outcome.ALLOW, Outcome.DENY, Outcome.DENY);
        // Open to all, but signed-in staff are sent home (the fixture school is set up).
        expect("login", Outcome.ALLOW, Outcome.DENY, Outcome.DENY, Outcome.DENY, Outcome.DENY);
        // First-run setup exists only before the school is set up: "not found" for everybody afterwards.
        expect("setup", Outcome.DENY, Outcome.DENY, Outcome.DENY, Outcome.DENY, Outcome.DENY);
        // The student space's old address: the tablet is one page now, so everybody lands on /kiosk.
        expect("kiosk/me", Outcome.DENY, Outcome.DENY, Outcome.DENY, Outcome.DENY, Outcome.DENY);
    }

    /** Values for route parameters, from the fixture school. Add the parameter of a new route here. */
    final Map<String, Function<HardeningFixtures, Object>> parameters = Map.of(
            "classId", f -> f.classId,
            "studentId", f -> f.studentId,
            "challengeId", f -> f.challengeId,
            "deliveryId", f -> f.deliveryId,
            "lessonId", f -> f.customLessonId,
            "termId", f -> f.termId,
            "ref", f -> app.ripple.lesson.library.LessonLibrary.all().getFirst().id(),
            "code", f -> "school-kindness-scale");

    private static void expect(String route, Outcome anonymous, Outcome student, Outcome teacher, Outcome otherTeacher,
            Outcome coordinator) {
        Map<Actor, Outcome> row = new EnumMap<>(Actor.class);
        row.put(Actor.ANONYMOUS, anonymous);
        row.put(Actor.STUDENT_ON_TABLET, student);
        row.put(Actor.TEACHER_OF_CLASS, teacher);
        row.put(Actor.OTHER_TEACHER, otherTeacher);
        row.put(Actor.COORDINATOR, coordinator);
        OWNERSHIP.put(route, row);
    }

    @Autowired org.springframework.context.ApplicationContext applicationContext;
    HardeningFixtures f;
    OtherSchool b;
    OtherSchool c;
    long districtAdmin;
    @Autowired KioskSession kioskSession;

    @BeforeEach
    void school() {
        f = new HardeningFixtures(applicationContext).build();
        b = new OtherSchool(applicationContext, "Quokka").build();
        c = new OtherSchool(applicationContext, "Narwhal").build();
        districtAdmin = app.ripple.base.SchoolScope.allSchools(() -> fixtures.jdbc().sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, active, must_change_password, created_at)
                values (null, 'Dana District', 'district@test.example', 'x', 'DISTRICT_ADMIN', 'en', true, false, now()) returning id""")
                .query(Long.class).single());
    }

    /** Ids nobody has: what a visitor from another school must get is what these get. */
    static final long MISSING = 987_654_321L;

    @Test
    void everyRouteAnswersEveryKindOfVisitorAsExpected() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).as("routes in the registry").hasSizeGreaterThanOrEqualTo(REVIEWED.size());

        List<String> unreviewed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, String> table = new TreeMap<>();
        for (RouteData route : routes) {
            String template = normalise(route.getTemplate());
            if (!REVIEWED.contains(template)) {
                unreviewed.add("route \"" + template + "\" (" + route.getNavigationTarget().getName() + ", " + access(route.getNavigationTarget())
                        + "): add \"" + template + "\" to AuthorizationMatrixTest.REVIEWED, and if its view checks ownership"
                        + " (a teacher's own class, a student's own entries) or state, a row expect(\"" + template
                        + "\", anonymous, student, teacherOfClass, otherTeacher, coordinator) to OWNERSHIP");
                continue;
            }
            String path;
            try {
                path = fill(template);
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Actor actor : Actor.values()) {
                Outcome expected = expected(template, route.getNavigationTarget(), actor);
                Outcome actual;
                try {
                    actual = open(path, route.getNavigationTarget(), actor);
                } catch (RuntimeException e) {
                    failures.add(template + " as " + actor + ": server error " + e);
                    continue;
                }
                line.append(String.format("%-34s", actor.name().toLowerCase() + "=" + actual));
                if (actual != expected) {
                    failures.add(template + " as " + actor + ": expected " + expected + " but was " + actual
                            + " (view shown: " + shownView() + ")");
                }
                if (actor.fromAnotherSchool() && template.contains(":")) {
                    // Another school's visitor: the fixture school's ids must answer exactly like ids nobody has.
                    String shownForIds = shownView();
                    String missingPath = fill(template, true);
                    open(missingPath, route.getNavigationTarget(), actor);
                    if (!shownView().equals(shownForIds)) {
                        failures.add(template + " as " + actor + ": the fixture school's ids show " + shownForIds
                                + " but missing ids show " + shownView());
                    }
                    open(path, route.getNavigationTarget(), actor);
                }
                if (actual == Outcome.DENY || actor.fromAnotherSchool()) {
                    String text = UI.getCurrent().getElement().getTextRecursively();
                    for (String secret : List.of("Zoë", "Marigold 4B", "Marigold kindness week")) {
                        if (text.contains(secret) && !(actor == Actor.STUDENT_ON_TABLET && template.startsWith("kiosk"))) {
                            failures.add(template + " as " + actor + ": denied, but \"" + secret + "\" is on screen");
                        }
                    }
                }
            }
            table.put(template.isEmpty() ? "(home)" : template, line.toString());
        }
        StringBuilder report = new StringBuilder("Authorization matrix:\n");
        table.forEach((k, v) -> report.append(String.format("  %-26s %s%n", k, v)));
        System.out.println(report);
        assertThat(unreviewed).as("routes nobody has decided access for yet").isEmpty();
        assertThat(failures).as("cells that do not match").isEmpty();
    }

    @Test
    void theMatrixNamesOnlyRoutesThatExist() {
        Set<String> existing = new java.util.HashSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> existing.add(normalise(r.getTemplate())));
        assertThat(existing).as("REVIEWED lists a route that no longer exists").containsAll(REVIEWED);
        assertThat(existing).as("OWNERSHIP has a row for a route that no longer exists").containsAll(OWNERSHIP.keySet());
    }

    /** The expectation from the annotations, unless the ownership table says otherwise. */
    static Outcome expected(String template, Class<? extends Component> view, Actor actor) {
        if (actor.fromAnotherSchool() && actor != Actor.OTHER_SCHOOL_STUDENT && actor != Actor.DISTRICT_ADMIN
                && SCHOOL_IDS.matcher(template).find()) {
            // A page of one of the fixture school's rows (a class, a term, a lesson): another school's staff get
            // "not found", as for an id nobody has.
            return Outcome.DENY;
        }
        if (template.isEmpty() && actor == Actor.DISTRICT_ADMIN) {
            // The school home page forwards a district administrator to the district's schools page.
            return Outcome.DENY;
        }
        Map<Actor, Outcome> row = OWNERSHIP.get(template);
        if (row != null) {
            // Another school's staff stand where another teacher of the school stands: "not found" for its
            // classes, lessons and students; another school's student where the fixture school's student stands.
            return switch (actor) {
                case OTHER_SCHOOL_COORDINATOR, OTHER_SCHOOL_TEACHER, THIRD_SCHOOL_COORDINATOR -> row.get(Actor.OTHER_TEACHER);
                case OTHER_SCHOOL_STUDENT -> row.get(Actor.STUDENT_ON_TABLET);
                case DISTRICT_ADMIN -> Outcome.DENY;
                default -> row.get(actor);
            };
        }
        if (view.isAnnotationPresent(DenyAll.class)) {
            return Outcome.DENY;
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return Outcome.ALLOW;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return actor == Actor.ANONYMOUS ? Outcome.DENY : Outcome.ALLOW;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return Outcome.DENY; // Vaadin denies views without an access annotation
        }
        String role = switch (actor) {
            case ANONYMOUS -> "";
            case STUDENT_ON_TABLET, OTHER_SCHOOL_STUDENT -> "STUDENT";
            case TEACHER_OF_CLASS, OTHER_TEACHER, OTHER_SCHOOL_TEACHER -> "TEACHER";
            case COORDINATOR, OTHER_SCHOOL_COORDINATOR, THIRD_SCHOOL_COORDINATOR -> "COORDINATOR";
            case DISTRICT_ADMIN -> "DISTRICT_ADMIN";
        };
        return Arrays.asList(roles.value()).contains(role) ? Outcome.ALLOW : Outcome.DENY;
    }

    private Outcome open(String path, Class<? extends Component> view, Actor actor) {
        // Start every cell from a neutral page, signed out, so no view instance is reused.
        kioskSession.signOut();
        fixtures.signOut();
        UI.getCurrent().navigate("login");
        switch (actor) {
            case ANONYMOUS -> { }
            case STUDENT_ON_TABLET -> f.signInStudent();
            case TEACHER_OF_CLASS -> fixtures.signIn(f.teacher);
            case OTHER_TEACHER -> fixtures.signIn(f.otherTeacher);
            case COORDINATOR -> fixtures.signIn(f.coordinator);
            case OTHER_SCHOOL_COORDINATOR -> fixtures.signIn(b.coordinator);
            case OTHER_SCHOOL_TEACHER -> fixtures.signIn(b.teacher);
            case THIRD_SCHOOL_COORDINATOR -> fixtures.signIn(c.coordinator);
            case OTHER_SCHOOL_STUDENT -> b.signInStudent();
            case DISTRICT_ADMIN -> fixtures.signIn(districtAdmin);
        }
        UI.getCurrent().navigate(path);
        roundTrip();
        return view.isInstance(getCurrentView()) ? Outcome.ALLOW : Outcome.DENY;
    }

    private String shownView() {
        return getCurrentView().getClass().getSimpleName();
    }

    /** Route parameters that name one school's row. */
    private static final Pattern SCHOOL_IDS = Pattern.compile(":(classId|studentId|challengeId|deliveryId|lessonId|termId)\\b");

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)[?*]?(\\([^)]*\\))?");

    /** "classes/:classId(\\d+)/wall" becomes "classes/:classId/wall". */
    static String normalise(String template) {
        return PARAMETER.matcher(template).replaceAll(m -> ":" + Matcher.quoteReplacement(m.group(1)));
    }

    private String fill(String template) {
        return fill(template, false);
    }

    /** The route with the fixture school's ids, or with ids nobody has ({@code missing}). */
    private String fill(String template, boolean missing) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Function<HardeningFixtures, Object> value = parameters.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("route \"" + template + "\" has the parameter :" + m.group(1)
                        + " that AuthorizationMatrixTest.parameters has no value for: add one from HardeningFixtures");
            }
            Object v = value.apply(f);
            // Only the school's own rows have ids; built-in lessons and instruments are every school's.
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(missing && v instanceof Long ? MISSING : v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String access(Class<?> view) {
        return Arrays.stream(view.getAnnotations()).map(a -> "@" + a.annotationType().getSimpleName())
                .filter(a -> List.of("@AnonymousAllowed", "@PermitAll", "@RolesAllowed", "@DenyAll").contains(a))
                .reduce((a, b) -> a + " " + b).orElse("no access annotation");
    }
}
