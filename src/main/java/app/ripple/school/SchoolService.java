package app.ripple.school;

import app.ripple.base.Problems;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the school and its terms. Term management comes with the term-report feature. */
@Service
public class SchoolService {

    private final SchoolRepository schools;
    private final TermRepository terms;
    private final Clock clock;
    private final AuditService audit;

    SchoolService(SchoolRepository schools, TermRepository terms, Clock clock, AuditService audit) {
        this.schools = schools;
        this.terms = terms;
        this.clock = clock;
        this.audit = audit;
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

    /** Coordinators change the school's name, time zone, language and paper size. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void updateSettings(String name, String timeZone, String language, String paperSize) {
        Problems p = new Problems();
        p.require(!name.isBlank(), "name", "validation.required");
        p.require(name.strip().length() <= 120, "name", "validation.tooLong", 120);
        p.requirePlainText(name, "name", false);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            p.add("timeZone", "setup.timeZone.invalid");
        }
        p.require(Languages.isSupported(language), "language", "validation.required");
        p.require(paperSize.equals("A4") || paperSize.equals("LETTER"), "paperSize", "validation.required");
        p.throwIfAny();
        School s = schools.findFirstByOrderByIdAsc().orElseThrow();
        s.update(name.strip(), timeZone, language, paperSize);
        audit.record("SCHOOL_SETTINGS_CHANGED", "school:" + s.getId(), null);
    }

    /** Coordinators add terms; a term may not end before it starts or overlap another. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public TermInfo addTerm(String name, @Nullable LocalDate start, @Nullable LocalDate end) {
        Problems p = new Problems();
        p.require(!name.isBlank(), "name", "validation.required");
        p.require(name.strip().length() <= 80, "name", "validation.tooLong", 80);
        p.requirePlainText(name, "name", false);
        p.require(start != null, "start", "validation.required");
        p.require(end != null, "end", "validation.required");
        if (start != null && end != null) {
            p.require(!end.isBefore(start), "end", "term.endBeforeStart");
            if (!end.isBefore(start)) {
                boolean overlaps = terms().stream().anyMatch(t -> !t.endDate().isBefore(start) && !t.startDate().isAfter(end));
                p.require(!overlaps, "start", "term.overlaps");
            }
        }
        p.throwIfAny();
        School s = schools.findFirstByOrderByIdAsc().orElseThrow();
        Term t = terms.save(new Term(s.getId(), name.strip(), start, end));
        audit.record("TERM_ADDED", "term:" + t.getId(), t.getName());
        return t.toInfo();
    }

    static SchoolInfo info(School s) {
        return new SchoolInfo(s.getId(), s.getName(), ZoneId.of(s.getTimeZone()), s.getDefaultLanguage(), s.getPaperSize());
    }
}
