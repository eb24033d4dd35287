package app.ripple.dashboard;

import app.ripple.base.SchoolScope;
import app.ripple.dashboard.DistrictRecords.DistrictOverview;
import app.ripple.dashboard.DistrictRecords.DistrictTotals;
import app.ripple.dashboard.DistrictRecords.SchoolAttitude;
import app.ripple.dashboard.DistrictRecords.SchoolFigures;
import app.ripple.dashboard.SchoolOverviewReader.DoseSum;
import app.ripple.dashboard.SchoolOverviewReader.Read;
import app.ripple.lesson.LessonRecords.LessonProgress;
import app.ripple.lesson.attitude.PairedResult;
import app.ripple.lesson.checks.AttitudeResults;
import app.ripple.school.AuditService;
import app.ripple.security.DistrictAdminOnly;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district administrator's overview (docs/district.md, "District overview"): for every open school
 * of the district, alphabetically, the figures of that school's own overview, each read in that
 * school's scope ({@link SchoolScope#of}) by the same {@link SchoolOverviewReader}, so row-level security
 * holds every school's figures to that school. Attitude results come from the lesson feature, pooled over
 * the school, and only where the school has at least 5 paired answers. Never a ranking, never a student.
 */
@Service
public class DistrictOverviewService {

    private final JdbcClient jdbc;
    private final SchoolOverviewReader reader;
    private final AttitudeResults attitudeResults;
    private final AuditService audit;
    private final Clock clock;

    DistrictOverviewService(JdbcClient jdbc, SchoolOverviewReader reader, AttitudeResults attitudeResults, AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.attitudeResults = attitudeResults;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every open school of the district, by name, with its current term's figures; titles in the locale's language. */
    @DistrictAdminOnly
    @Transactional(readOnly = true)
    public DistrictOverview districtOverview(Locale locale) {
        record School(long id, String name) {
        }
        String language = locale.getLanguage();
        // the open schools (row-level security: in the district's scope), by name through the school feature's view
        List<Long> open = SchoolScope.openSchools(jdbc);
        List<School> schools = SchoolScope.allSchools(() -> jdbc.sql("""
                select id, name from school_schools_v where id = any(?) order by lower(name), name, id""")
                .param(open.toArray(Long[]::new))
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2))).list());
        List<SchoolFigures> figures = new ArrayList<>();
        int classes = 0;
        int acts = 0;
        int delivered = 0;
        int due = 0;
        int inPlan = 0;
        double doseSum = 0;
        int doseStudents = 0;
        for (School school : schools) {
            Read read = SchoolScope.of(school.id(), () -> reader.read(null));
            var overview = read.overview();
            List<SchoolAttitude> attitude = overview.term() == null ? List.of()
                    : SchoolScope.of(school.id(), () -> attitude(overview.term().id(), language));
            LessonProgress lessons = read.lessons();
            SchoolFigures f = new SchoolFigures(school.id(), school.name(), overview.term(), overview.range(),
                    overview.classes().size(), read.acts(), overview.weeks(), read.actsPerWeek(), lessons, read.participation(),
                    attitude);
            figures.add(f);
            classes += f.classes();
            acts += f.acts();
            delivered += lessons.delivered();
            due += lessons.due();
            inPlan += lessons.inPlan();
            for (DoseSum d : read.doses().values()) {
                doseSum += d.sum();
                doseStudents += d.students();
            }
        }
        @Nullable Double participation = doseStudents == 0 ? null : doseSum / doseStudents;
        return new DistrictOverview(clock.instant(), figures,
                new DistrictTotals(figures.size(), classes, acts, new LessonProgress(delivered, due, inPlan), participation));
    }

    /** The overview for a download ({@code csv} or {@code pdf}); the download is written to the district's audit log. */
    @DistrictAdminOnly
    @Transactional
    public DistrictOverview districtOverviewForExport(Locale locale, String format) {
        DistrictOverview overview = districtOverview(locale);
        audit.record("DISTRICT_OVERVIEW_EXPORTED", "format:" + ("pdf".equals(format) ? "pdf" : "csv"),
                overview.schools().size() + " schools");
        return overview;
    }

    /** The school's pooled PRE → POST results that have figures (at least 5 pairs); the others are left out. */
    private List<SchoolAttitude> attitude(long termId, String language) {
        List<SchoolAttitude> out = new ArrayList<>();
        for (var r : attitudeResults.forSchool(termId, language)) {
            if (r.prePost() instanceof PairedResult.Figures f) {
                out.add(new SchoolAttitude(r.instrumentCode(), r.title(), f));
            }
        }
        return out;
    }
}
