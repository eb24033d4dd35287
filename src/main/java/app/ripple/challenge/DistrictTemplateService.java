package app.ripple.challenge;

import app.ripple.base.NotAllowedException;
import app.ripple.base.Problems;
import app.ripple.challenge.library.ActLibrary;
import app.ripple.school.AuditService;
import app.ripple.security.CurrentUser;
import app.ripple.security.DistrictAdminOnly;
import app.ripple.security.StaffOnly;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenge templates the district shares with every school (docs/district.md, "Sharing with every
 * school"): the same fields as a built-in template ({@code app.ripple.challenge.library.ChallengeTemplate}),
 * written by the district administrator. Teachers see them next to the built-in ones when they start a
 * challenge; a challenge started from one remembers {@code district:<id>} as its template. Archiving one
 * takes it out of the list; challenges started from it keep what they copied.
 */
@Service
public class DistrictTemplateService {

    /** A district template as offered to teachers and listed for the district administrator. */
    public record DistrictTemplate(long id, String title, String description, int days, int goalPerStudent, Set<Category> categories,
            List<String> suggestedActIds, boolean selfCounts) {

        /** What a challenge started from this template remembers as its template. */
        public String templateId() {
            return TEMPLATE_PREFIX + id;
        }
    }

    /** What the district administrator fills in. {@code suggestedActIds}: acts of the built-in act library. */
    public record TemplateForm(String title, String description, int days, int goalPerStudent, Set<Category> categories,
            List<String> suggestedActIds, boolean selfCounts) {
    }

    static final String TEMPLATE_PREFIX = "district:";
    static final int MAX_ACTS = 20;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    DistrictTemplateService(JdbcClient jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The district's templates a teacher may start a challenge from, by title. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<DistrictTemplate> available() {
        return load();
    }

    /** The same list, for the district administrator's page. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public List<DistrictTemplate> templates() {
        return load();
    }

    /** Adds a template every school's teachers see. Audited as CHALLENGE_TEMPLATE_ADDED (a district entry). */
    @DistrictAdminOnly
    @Transactional
    public long add(TemplateForm form) {
        TemplateForm f = validate(form);
        long id = jdbc.sql("""
                insert into district_challenge_template (title, description, days, goal_per_student, categories, suggested_act_ids,
                    self_counts, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.title(), f.description(), f.days(), f.goalPerStudent(), ChallengeService.categories(f.categories()),
                        String.join(",", f.suggestedActIds()), f.selfCounts(), currentUser.require().staffId(),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record("CHALLENGE_TEMPLATE_ADDED", "template:" + TEMPLATE_PREFIX + id, f.title());
        return id;
    }

    /** Takes a template out of every school's list. Audited as CHALLENGE_TEMPLATE_ARCHIVED. */
    @DistrictAdminOnly
    @Transactional
    public void archive(long templateId) {
        int changed = jdbc.sql("update district_challenge_template set archived_at = ? where id = ? and archived_at is null")
                .params(Timestamp.from(clock.instant()), templateId).update();
        if (changed == 0) {
            throw new NotAllowedException("no district template " + templateId);
        }
        audit.record("CHALLENGE_TEMPLATE_ARCHIVED", "template:" + TEMPLATE_PREFIX + templateId, null);
    }

    private List<DistrictTemplate> load() {
        return jdbc.sql("""
                select id, title, description, days, goal_per_student, categories, suggested_act_ids, self_counts
                from district_challenge_template where archived_at is null order by lower(title), id""")
                .query((rs, n) -> new DistrictTemplate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        ChallengeService.parseCategories(rs.getString(6)),
                        Arrays.stream(rs.getString(7).split(",")).filter(a -> ActLibrary.byId(a).isPresent()).toList(),
                        rs.getBoolean(8)))
                .list();
    }

    /** Checks every field; nothing is written when anything is wrong. */
    static TemplateForm validate(TemplateForm form) {
        Problems p = new Problems();
        String title = form.title() == null ? "" : form.title().strip();
        p.require(!title.isEmpty(), "title", "validation.required");
        p.require(title.length() <= 120, "title", "validation.tooLong", 120);
        p.requirePlainText(title, "title", false);
        String description = form.description() == null ? "" : form.description().strip();
        p.require(description.length() <= 1000, "description", "validation.tooLong", 1000);
        p.requirePlainText(description, "description", true);
        p.require(form.days() >= 1 && form.days() <= 366, "days", "district.templates.days.range", 1, 366);
        p.require(form.goalPerStudent() >= 1 && form.goalPerStudent() <= 100, "goalPerStudent", "district.templates.goal.range", 1, 100);
        p.require(form.categories() != null && !form.categories().isEmpty(), "categories", "challenge.categories.required");
        List<String> acts = form.suggestedActIds() == null ? List.of() : form.suggestedActIds().stream().distinct().toList();
        p.require(acts.stream().allMatch(a -> ActLibrary.byId(a).isPresent()), "suggestedActIds", "district.templates.acts.unknown");
        p.require(acts.size() <= MAX_ACTS, "suggestedActIds", "district.templates.acts.tooMany", MAX_ACTS);
        p.throwIfAny();
        return new TemplateForm(title, description, form.days(), form.goalPerStudent(), Set.copyOf(form.categories()), acts,
                form.selfCounts());
    }
}
