package app.ripple.safeguarding;

import app.ripple.base.Problems;
import app.ripple.base.SchoolScope;
import app.ripple.school.AuditService;
import app.ripple.school.DistrictService;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding over engagement: a student's own words that contain a concerning phrase go to the
 * "needs attention" queue, never to a wall, and the student sees a "talk to a trusted adult" card.
 * Matching ignores case, accents and punctuation, and works on whole words.
 */
@Service
public class SafeguardingService {

    /**
     * A concern phrase; {@code districtWide} for the district's list, which every school uses and only
     * the district administrator changes (a school's coordinator, until the district has one).
     */
    public record Phrase(long id, String language, String phrase, boolean districtWide) {
    }

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final ConcernPhrases concernPhrases;

    private final DistrictService district;

    SafeguardingService(JdbcClient jdbc, AuditService audit, ConcernPhrases concernPhrases, DistrictService district) {
        this.district = district;
        this.jdbc = jdbc;
        this.audit = audit;
        this.concernPhrases = concernPhrases;
    }

    /** The first concerning phrase found in the text, in any language (phrases come from a cache). */
    Optional<String> match(String text) {
        String haystack = " " + normalize(text) + " ";
        for (ConcernPhrases.Phrase phrase : concernPhrases.get()) {
            if (haystack.contains(" " + phrase.normalized() + " ")) {
                return Optional.of(phrase.phrase());
            }
        }
        return Optional.empty();
    }

    /**
     * Matching for the features' student texts (acts in own words, lesson reflections): the first
     * concerning phrase found, if any. Callers route a match to the needs-attention queue by
     * publishing {@link ConcernRaised}.
     */
    @PreAuthorize("hasAnyRole('STUDENT','TEACHER','COORDINATOR')")
    @Transactional(readOnly = true)
    public Optional<String> concerningPhrase(String text) {
        return match(text);
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A coordinator: the district's phrases and the school's own; a district administrator: the district's. */
    @PreAuthorize("hasAnyRole('COORDINATOR','DISTRICT_ADMIN')")
    @Transactional(readOnly = true)
    public List<Phrase> phrases() {
        return jdbc.sql("""
                select id, language, phrase, school_id is null from concern_phrase
                where school_id is null or school_id = ripple_school() order by language, phrase""")
                .query((rs, n) -> new Phrase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
    }

    /** Whether the caller changes the district's list (a district administrator; a coordinator while the district has none). */
    @PreAuthorize("hasAnyRole('COORDINATOR','DISTRICT_ADMIN')")
    @Transactional(readOnly = true)
    public boolean mayChangeDistrictList() {
        return writesDistrictList();
    }

    private boolean writesDistrictList() {
        return SchoolScope.current().allSchools() || !district.districtAdminExists();
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','DISTRICT_ADMIN')")
    @Transactional
    public void addPhrase(String language, String phrase) {
        Problems p = new Problems();
        String text = phrase.strip();
        p.require(!text.isEmpty(), "phrase", "validation.required");
        p.require(text.length() <= 100, "phrase", "validation.tooLong", 100);
        p.requirePlainText(text, "phrase", false);
        p.require(language.equals("en") || language.equals("es"), "language", "validation.required");
        p.throwIfAny();
        String lower = text.toLowerCase(Locale.ROOT);
        if (writesDistrictList()) {
            SchoolScope.allSchools(() -> jdbc.sql(
                    "insert into concern_phrase (language, phrase, school_id) values (?, ?, null) on conflict do nothing")
                    .params(language, lower).update());
        } else {
            jdbc.sql("""
                    insert into concern_phrase (language, phrase, school_id) select ?, ?, ripple_school()
                    where not exists (select 1 from concern_phrase where school_id is null and language = ? and phrase = ?)
                    on conflict do nothing""")
                    .params(language, lower, language, lower).update();
        }
        concernPhrases.invalidate();
        audit.record("CONCERN_PHRASE_ADDED", null, language + ": " + text);
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','DISTRICT_ADMIN')")
    @Transactional
    public void removePhrase(long id) {
        if (writesDistrictList()) {
            SchoolScope.allSchools(() -> jdbc.sql("delete from concern_phrase where id = ? and school_id is null").param(id).update());
        }
        jdbc.sql("delete from concern_phrase where id = ? and school_id = ripple_school()").param(id).update();
        concernPhrases.invalidate();
        audit.record("CONCERN_PHRASE_REMOVED", "phrase:" + id, null);
    }

    /** The school's own "talk to a trusted adult" text, or null for the built-in one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public @Nullable String trustedAdultText() {
        return jdbc.sql("select trusted_adult_text from school where id = ripple_school()").query(String.class).optional().orElse(null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setTrustedAdultText(String text) {
        Problems p = new Problems();
        p.require(text.strip().length() <= 500, "trustedAdult", "validation.tooLong", 500);
        p.requirePlainText(text, "trustedAdult", true);
        p.throwIfAny();
        jdbc.sql("update school set trusted_adult_text = ? where id = ripple_school()").param(text.isBlank() ? null : text.strip()).update();
        audit.record("TRUSTED_ADULT_TEXT_CHANGED", null, null);
    }
}
