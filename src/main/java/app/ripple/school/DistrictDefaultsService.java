package app.ripple.school;

import app.ripple.base.Problems;
import app.ripple.security.DistrictAdminOnly;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's defaults (docs/district.md): the language, paper size, retention period and "talk to a
 * trusted adult" text a new school starts with. A school may choose its own; a school that still has the
 * district's value follows when the district administrator changes it — a school that chose another
 * value keeps it.
 */
@Service
public class DistrictDefaultsService {

    /** The defaults; {@code null} retention = off, {@code null} text = the built-in one. */
    public record Defaults(String defaultLanguage, String paperSize, @Nullable Integer retentionMonths,
            @Nullable String trustedAdultText) {
    }

    /** How many schools follow the new default ({@code following}) and how many keep a choice of their own. */
    public record Applied(int following, int ownChoice) {
    }

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final CurrentSchool currentSchool;

    DistrictDefaultsService(JdbcClient jdbc, AuditService audit, CurrentSchool currentSchool) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentSchool = currentSchool;
    }

    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public Defaults defaults() {
        return read();
    }

    private Defaults read() {
        return jdbc.sql("""
                select coalesce(default_language, 'en'), coalesce(paper_size, 'A4'), retention_months, trusted_adult_text
                from district order by id limit 1""")
                .query((rs, n) -> new Defaults(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4)))
                .optional().orElse(new Defaults("en", "A4", null, null));
    }

    /**
     * Saves the defaults and passes each changed one on to every school that still had the old value.
     * Returns, over the changed settings, how many school settings followed and how many kept their own.
     */
    @DistrictAdminOnly
    @Transactional
    public Applied update(Defaults next) {
        Problems p = new Problems();
        p.require(Languages.isSupported(next.defaultLanguage()), "language", "validation.required");
        p.require("A4".equals(next.paperSize()) || "LETTER".equals(next.paperSize()), "paperSize", "validation.required");
        Integer months = next.retentionMonths();
        p.require(months == null || (months >= SchoolService.RETENTION_MIN_MONTHS && months <= SchoolService.RETENTION_MAX_MONTHS),
                "retentionMonths", "school.retention.range", SchoolService.RETENTION_MIN_MONTHS, SchoolService.RETENTION_MAX_MONTHS);
        String text = next.trustedAdultText() == null || next.trustedAdultText().isBlank() ? null : next.trustedAdultText().strip();
        p.require(text == null || text.length() <= 500, "trustedAdult", "validation.tooLong", 500);
        if (text != null) {
            p.requirePlainText(text, "trustedAdult", true);
        }
        p.throwIfAny();
        Defaults before = read();
        int following = 0;
        int own = 0;
        for (String column : new String[] {"default_language", "paper_size", "retention_months", "trusted_adult_text"}) {
            Object old = value(before, column);
            Object now = value(new Defaults(next.defaultLanguage(), next.paperSize(), months, text), column);
            if (Objects.equals(old, now)) {
                continue;
            }
            // Column names come from the fixed list above, never from input.
            following += jdbc.sql("update school set " + column + " = ? where " + column + " is not distinct from ?")
                    .params(now, old).update();
            own += jdbc.sql("select count(*) from school where " + column + " is distinct from ?").param(now)
                    .query(Integer.class).single();
        }
        jdbc.sql("""
                update district set default_language = ?, paper_size = ?, retention_months = ?, trusted_adult_text = ?
                where id = (select min(id) from district)""")
                .params(next.defaultLanguage(), next.paperSize(), months, text).update();
        currentSchool.invalidate();
        audit.record("DISTRICT_DEFAULTS_CHANGED", null, "language " + next.defaultLanguage() + ", paper " + next.paperSize()
                + ", retention " + (months == null ? "off" : months + " months") + ", trusted-adult text "
                + (text == null ? "built-in" : "own") + "; " + following + " school settings followed");
        return new Applied(following, own);
    }

    private static @Nullable Object value(Defaults d, String column) {
        return switch (column) {
            case "default_language" -> d.defaultLanguage();
            case "paper_size" -> d.paperSize();
            case "retention_months" -> d.retentionMonths();
            default -> d.trustedAdultText();
        };
    }
}
