package app.ripple.challenge;

import app.ripple.challenge.library.ChallengeTemplate;
import app.ripple.challenge.library.ChallengeTemplates;
import app.ripple.school.DemoSchoolCreated;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo challenges: each demo class gets a term-long kindness calendar and a stigma week running
 * now, about 2,000 acts over the term (some in students' own words, some ripples, a few waiting
 * for approval and one that needs attention). Runs after the demo classes exist.
 */
@Component
@Profile("demo")
class DemoChallenges {

    private static final String[] OWN_WORDS = {"I helped my little brother tidy his toys", "I made a card for the lunch lady",
        "I shared my umbrella at the bus stop", "I asked the new girl to sit with us", "I told my friend it is OK to feel sad"};
    private static final String[] OWN_WORDS_ES = {"Ayudé a mi hermano pequeño a recoger sus juguetes",
        "Hice una tarjeta para la señora del comedor", "Compartí mi paraguas en la parada del autobús",
        "Le pedí a la niña nueva que se sentara con nosotros", "Le dije a mi amiga que está bien sentirse triste"};

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final com.vaadin.flow.i18n.I18NProvider i18n;

    DemoChallenges(JdbcClient jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events,
            com.vaadin.flow.i18n.I18NProvider i18n) {
        this.i18n = i18n;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Order(100)
    void on(DemoSchoolCreated event) {
        Random random = new Random(7);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        ChallengeTemplate calendar = ChallengeTemplates.byId("kindness_calendar_30").orElse(ChallengeTemplates.all().get(1));
        ChallengeTemplate stigma = ChallengeTemplates.all().get(3);
        boolean spanish = "es".equals(jdbc.sql("select default_language from school where id = ?").param(event.schoolId())
                .query(String.class).single());
        String[] ownWords = spanish ? OWN_WORDS_ES : OWN_WORDS;
        for (long classId : jdbc.sql("select id from school_class where school_id = ? order by id").param(event.schoolId())
                .query(Long.class).list()) {
            List<Long> students = jdbc.sql("select id from student where class_id = ? order by id").param(classId).query(Long.class).list();
            long term = insertChallenge(classId, calendar, title(calendar, spanish), event.term().startDate(), event.term().endDate(),
                    students.size() * 80);
            long week = insertChallenge(classId, stigma, title(stigma, spanish), today.minusDays(2), today.plusDays(4), students.size() * 2);
            List<String> termActs = calendar.suggestedActIds();
            List<String> weekActs = stigma.suggestedActIds();
            List<Object[]> rows = new ArrayList<>();
            List<Long> approvedIds = new ArrayList<>();
            int total = 1900 + random.nextInt(200);
            long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(event.term().startDate(), today));
            for (int i = 0; i < total; i++) {
                LocalDate day = event.term().startDate().plusDays((long) (days * Math.sqrt(random.nextDouble())));
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.minusDays(2);
                }
                boolean thisWeek = !day.isBefore(today.minusDays(2)) && random.nextInt(5) == 0;
                String act = thisWeek ? weekActs.get(random.nextInt(weekActs.size())) : termActs.get(random.nextInt(termActs.size()));
                String category = app.ripple.challenge.library.ActLibrary.byId(act).map(a -> a.category().name()).orElse("KIND_TO_OTHERS");
                String recipient = "KIND_TO_MYSELF".equals(category) ? "MYSELF"
                        : Recipient.values()[random.nextInt(Recipient.values().length - 1)].name();
                Timestamp at = Timestamp.from(day.atTime(9 + random.nextInt(6), random.nextInt(60)).toInstant(ZoneOffset.UTC));
                rows.add(new Object[] {classId, thisWeek ? week : term, students.get(random.nextInt(students.size())), UUID.randomUUID(),
                    act, category, recipient, 1 + random.nextInt(5), at});
            }
            rows.sort(java.util.Comparator.comparing(r -> (Timestamp) r[8]));
            app.ripple.base.MultiRowInsert.insert(jdbc, """
                    insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, library_act_id, category, recipient,
                        feeling, status, created_at)""", "(?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?)", rows);
            approvedIds.addAll(jdbc.sql("select id from kindness_act where class_id = ? and category <> 'KIND_TO_MYSELF' order by created_at, id")
                    .param(classId).query(Long.class).list());
            // Ripples: some acts were inspired by a classmate's earlier act, a few in long chains.
            for (int i = 50; i < approvedIds.size(); i += 9 + random.nextInt(8)) {
                jdbc.sql("update kindness_act set inspired_by = ? where id = ?")
                        .params(approvedIds.get(i - 1 - random.nextInt(40)), approvedIds.get(i)).update();
            }
            for (int i = 0; i < 5; i++) {
                int at = approvedIds.size() - 60 + i * 10;
                if (at > 10) {
                    jdbc.sql("update kindness_act set inspired_by = ? where id = ?").params(approvedIds.get(at - 10), approvedIds.get(at)).update();
                }
            }
            Timestamp now = Timestamp.from(clock.instant());
            for (int i = 0; i < ownWords.length; i++) {
                String status = i < 2 ? "APPROVED" : "PENDING";
                jdbc.sql("""
                        insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient, status, created_at)
                        values (?, ?, ?, ?, ?, 'KIND_TO_OTHERS', 'CLASSMATE', ?, ?)""")
                        .params(classId, week, students.get(i), UUID.randomUUID(), ownWords[i], status, now).update();
            }
            long attention = jdbc.sql("""
                    insert into kindness_act (class_id, challenge_id, student_id, idempotency_key, own_text, category, recipient, status, created_at)
                    values (?, ?, ?, ?, ?, 'KIND_TO_OTHERS', 'SOMEONE_AT_SCHOOL', 'NEEDS_ATTENTION', ?)
                    returning id""")
                    .params(classId, week, students.get(students.size() - 1), UUID.randomUUID(),
                            spanish ? "Ayudé en el comedor pero nadie me quiere" : "I helped at lunch but nobody likes me", now)
                    .query(Long.class).single();
            events.publishEvent(new app.ripple.safeguarding.ConcernRaised(app.ripple.safeguarding.AttentionSubject.ACT, attention, classId,
                    spanish ? "nadie me quiere" : "nobody likes me"));
        }
    }

    private long insertChallenge(long classId, ChallengeTemplate t, String title, LocalDate start, LocalDate end, int goal) {
        long id = jdbc.sql("""
                insert into challenge (class_id, title, description, start_date, end_date, goal, categories, self_counts, template_id, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(classId, title, "", Date.valueOf(start), Date.valueOf(end), goal, ChallengeService.categories(t.categories()),
                        t.selfKindnessCountsTowardGoal(), t.id(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        int position = 0;
        for (String act : t.suggestedActIds()) {
            jdbc.sql("insert into challenge_suggestion (challenge_id, position, library_act_id) values (?, ?, ?)")
                    .params(id, position++, act).update();
        }
        return id;
    }

    /** The English demo keeps its titles; a Spanish-speaking school gets the library's Spanish ones. */
    private String title(ChallengeTemplate t, boolean spanish) {
        return spanish ? i18n.getTranslation("template." + t.id() + ".title", java.util.Locale.forLanguageTag("es")) : englishTitle(t);
    }

    private static String englishTitle(ChallengeTemplate t) {
        return switch (t.id()) {
            case "kindness_week" -> "Kindness week";
            case "stigma_week" -> "Standing up to stigma week";
            case "self_care_fortnight" -> "Self-care fortnight";
            default -> "30-day kindness calendar";
        };
    }
}
