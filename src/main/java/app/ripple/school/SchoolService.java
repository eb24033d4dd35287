package app.ripple.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the school and its terms. Term management comes with the term-report feature. */
@Service
public class SchoolService {

    private final SchoolRepository schools;
    private final TermRepository terms;
    private final Clock clock;

    SchoolService(SchoolRepository schools, TermRepository terms, Clock clock) {
        this.schools = schools;
        this.terms = terms;
        this.clock = clock;
    }

    /** The installation's school, once setup has run. Any signed-in person may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SchoolInfo> current() {
        return schools.findFirstByOrderByIdAsc().map(SchoolService::info);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TermInfo> terms() {
        return schools.findFirstByOrderByIdAsc()
                .map(s -> terms.findBySchoolIdOrderByStartDateAsc(s.getId()).stream().map(Term::toInfo).toList())
                .orElse(List.of());
    }

    /** Today's date in the school's time zone (UTC before setup). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(current().map(SchoolInfo::timeZone).orElse(ZoneId.of("UTC"))));
    }

    /** The term that contains today in the school's time zone, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TermInfo> currentTerm() {
        LocalDate today = today();
        return terms().stream().filter(t -> t.contains(today)).findFirst();
    }

    static SchoolInfo info(School s) {
        return new SchoolInfo(s.getId(), s.getName(), ZoneId.of(s.getTimeZone()), s.getDefaultLanguage());
    }
}
