package app.ripple.dashboard;

import app.ripple.school.AuditService;
import app.ripple.dashboard.DashboardRecords.*;
import app.ripple.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's school overview: every class of a term with its acts per week (weekly rollup),
 * the lesson figures (the lesson feature's {@link app.ripple.lesson.LessonRecords.LessonProgress}, read for all classes at once)
 * and the average lesson participation (the {@code lesson_dose} rollup where it is exact). The figures
 * are read by {@link SchoolOverviewReader}, which the district overview uses for each school too.
 */
@Service
public class SchoolOverviewService {

    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SchoolOverviewReader reader;

    SchoolOverviewService(CurrentUser currentUser, AuditService audit, SchoolOverviewReader reader) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.reader = reader;
    }

    /** Every class of the school for a term (the current one when {@code termId} is null). */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public SchoolOverview schoolOverview(@Nullable Long termId) {
        currentUser.require();
        return reader.read(termId).overview();
    }

    /** The overview for a CSV download; the download is written to the audit log. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public SchoolOverview schoolOverviewForExport(@Nullable Long termId) {
        SchoolOverview overview = schoolOverview(termId);
        audit.record("SCHOOL_OVERVIEW_EXPORTED", overview.term() == null ? null : "term:" + overview.term().id(),
                overview.classes().size() + " classes");
        return overview;
    }
}
