package app.ripple.lesson.checks;

import app.ripple.base.InvalidInputException;
import app.ripple.base.NotAllowedException;
import app.ripple.lesson.attitude.ImportProblem;
import app.ripple.lesson.attitude.ImportResult;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.InstrumentImporter;
import app.ripple.lesson.checks.AttitudeRecords.ConsentPolicy;
import app.ripple.lesson.checks.AttitudeRecords.ImportLine;
import app.ripple.lesson.checks.AttitudeRecords.ImportPreview;
import app.ripple.lesson.checks.AttitudeRecords.InstrumentInfo;
import app.ripple.school.AuditService;
import app.ripple.security.CurrentUser;
import app.ripple.security.StaffOnly;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instrument registry: the built-in instruments and the school's imported (licensed) ones, the
 * consent policy per instrument. Staff read it; only coordinators import, retire and set policies.
 */
@Service
public class InstrumentService {

    private final InstrumentStore store;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    InstrumentService(InstrumentStore store, JdbcClient jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every instrument with its citation, validation label, state and consent policy. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<InstrumentInfo> list(String language) {
        return store.all().stream().map(s -> new InstrumentInfo(s.instrument().id(), s.instrument().title(language),
                s.instrument().citation(), s.instrument().validated(), s.instrument().origin() == Instrument.Origin.BUILT_IN,
                s.retired(), s.instrument().items().size(), policy(s.instrument().id()), s.importedAt())).toList();
    }

    /** The instruments a teacher can open a check with (not retired). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<InstrumentInfo> usable(String language) {
        return list(language).stream().filter(i -> !i.retired()).toList();
    }

    /** One instrument with its statements and scale, e.g. for the parent preview. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Instrument instrument(String code) {
        return store.find(code).map(InstrumentStore.Stored::instrument)
                .orElseThrow(() -> new NotAllowedException("unknown instrument " + code));
    }

    /** Reads an instrument file and lists every problem; saves nothing. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public ImportPreview previewImport(@Nullable String fileName, byte[] content) {
        ImportResult r = InstrumentImporter.fromFile(fileName, content, store.takenIds());
        return switch (r) {
            case ImportResult.Imported i -> new ImportPreview(i.instrument(), List.of());
            case ImportResult.Refused f -> new ImportPreview(null, f.problems().stream().map(InstrumentService::line).toList());
        };
    }

    /** Imports the file (checked again); refused with {@link InvalidInputException} if it has any problem. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public String importInstrument(@Nullable String fileName, byte[] content) {
        ImportPreview preview = previewImport(fileName, content);
        if (!preview.ok() || preview.instrument() == null) {
            throw new InvalidInputException("file", "attitude.registry.importRefused", preview.problems().size());
        }
        Instrument instrument = preview.instrument();
        store.save(instrument, currentUser.require().staffId(), clock.instant());
        audit.record("ATTITUDE_INSTRUMENT_IMPORTED", "instrument:" + instrument.id(), instrument.title("en"));
        return instrument.id();
    }

    /** A retired instrument can no longer be used for new checks; results already collected stay. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setRetired(String code, boolean retired) {
        int changed = store.setRetired(code, retired);
        if (changed == 0) {
            throw new InvalidInputException("instrument", "attitude.registry.builtInCannotRetire");
        }
        audit.record(retired ? "ATTITUDE_INSTRUMENT_RETIRED" : "ATTITUDE_INSTRUMENT_RESTORED", "instrument:" + code, null);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setPolicy(String code, ConsentPolicy policy) {
        store.find(code).orElseThrow(() -> new InvalidInputException("instrument", "validation.required"));
        jdbc.sql("""
                insert into attitude_consent_policy (school_id, instrument_code, policy) values (?, ?, ?)
                on conflict (school_id, instrument_code) do update set policy = excluded.policy""")
                .params(store.schoolId(), code, policy.name()).update();
        audit.record("ATTITUDE_CONSENT_POLICY", "instrument:" + code, policy.name());
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public ConsentPolicy policy(String code) {
        return policyOf(jdbc, store.schoolId(), code);
    }

    static ConsentPolicy policyOf(JdbcClient jdbc, long schoolId, String code) {
        return jdbc.sql("select policy from attitude_consent_policy where school_id = ? and instrument_code = ?")
                .params(schoolId, code).query(String.class).optional().map(ConsentPolicy::valueOf).orElse(ConsentPolicy.OPT_IN);
    }

    private static ImportLine line(ImportProblem p) {
        return new ImportLine(p.line(), p.field(), p.messageKey(), p.args());
    }
}
