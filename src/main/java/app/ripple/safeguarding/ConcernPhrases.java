package app.ripple.safeguarding;

import app.ripple.base.LookupCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The concern phrases, normalized once, longest first (the first match wins). Every act and
 * reflection in students' own words is matched against them, so they are read from the database
 * once, not per text; adding or removing a phrase invalidates them.
 */
@Component
class ConcernPhrases extends LookupCache<List<ConcernPhrases.Phrase>> {

    /** A phrase as stored and its normalized form. */
    record Phrase(String phrase, String normalized) {
    }

    private final JdbcClient jdbc;

    ConcernPhrases(JdbcClient jdbc, Clock clock) {
        super(clock, Duration.ofMinutes(5));
        this.jdbc = jdbc;
    }

    @Override
    protected List<Phrase> load() {
        return jdbc.sql("select phrase from concern_phrase where school_id is null or school_id = ripple_school() order by length(phrase) desc, phrase").query(String.class).list().stream()
                .map(p -> new Phrase(p, SafeguardingService.normalize(p))).filter(p -> !p.normalized().isBlank()).toList();
    }
}
