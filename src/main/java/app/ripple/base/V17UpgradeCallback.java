package app.ripple.base;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Lets V17 (the district, {@code school_id} everywhere) upgrade an installation that has recorded
 * lesson participation (docs/district.md, "Demo district and upgrading").
 * <p>
 * V17 fills {@code school_id} table by table. When it fills {@code lesson_participation}, that
 * table's unconditional update trigger recounts the students' {@code lesson_dose} rows with an
 * {@code insert ... on conflict}; {@code lesson_dose.school_id} is already {@code not null} by then
 * but gets its default only later in V17, so the recount fails and with it the upgrade ("null value
 * in column school_id of relation lesson_dose"). Filling {@code school_id} changes nothing a dose
 * counts, so the trigger is switched off for V17 only, inside V17's own transaction, and switched on
 * again after it (on failure the transaction rolls back, trigger state included). V17 itself is
 * never edited: migrations on main never change once merged ({@code MigrationChecksumsTest}).
 * <p>
 * Spring Boot hands every {@link Callback} bean to Flyway; a tool that runs the migrations some
 * other way must add it too ({@code UpgradeInPlaceTest} does).
 */
@Component
public class V17UpgradeCallback implements Callback {

    private static final MigrationVersion V17 = MigrationVersion.fromVersion("17");

    @Override
    public boolean supports(Event event, Context context) {
        return (event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE)
                && context.getMigrationInfo() != null && V17.equals(context.getMigrationInfo().getVersion());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String toggle = event == Event.BEFORE_EACH_MIGRATE ? "disable" : "enable";
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("alter table lesson_participation " + toggle + " trigger lesson_participation_dose_update");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + toggle + " lesson_participation_dose_update around V17", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "V17 upgrade: lesson_participation_dose_update off while V17 fills school_id";
    }
}
