package app.ripple.school;

import app.ripple.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The school package's SQL for its own tables (school, term, staff_account): records in, records
 * out. Callers bring the transaction and the access checks.
 */
@Component
class SchoolRows {

    private static final String STAFF_COLUMNS =
            "id, school_id, name, email, password_hash, role, language, active, must_change_password";

    private final JdbcClient jdbc;

    SchoolRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The installation's school: the first one created. */
    Optional<School> school() {
        return jdbc.sql("""
                select id, name, time_zone, default_language, paper_size, retention_months from school where id = ripple_school()""")
                .query((rs, n) -> new School(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6)))
                .optional();
    }

    /** A new school of the installation's district (which the first school creates); needs the district scope. */
    long insertSchool(String name, String timeZone, String defaultLanguage, Instant createdAt) {
        long districtId = jdbc.sql("select min(id) from district").query(Long.class).optional()
                .orElseGet(() -> insertDistrict(name, createdAt));
        // A new school starts with the district's paper size, retention and trusted-adult text (V20).
        return jdbc.sql("""
                insert into school (district_id, name, time_zone, default_language, created_at, paper_size, retention_months, trusted_adult_text)
                select d.id, ?, ?, ?, ?, coalesce(d.paper_size, 'A4'), d.retention_months, d.trusted_adult_text
                from district d where d.id = ? returning id""")
                .params(name, timeZone, defaultLanguage, Timestamp.from(createdAt), districtId).query(Long.class).single();
    }

    /** The district's name (an installation serves one district: the first). */
    Optional<String> districtName() {
        return jdbc.sql("select name from district order by id limit 1").query(String.class).optional();
    }

    void renameDistrict(String name) {
        jdbc.sql("update district set name = ? where id = (select min(id) from district)").param(name).update();
    }

    /** Whether any district administrator account exists; needs the district scope to see them. */
    boolean districtAdminExists() {
        return jdbc.sql("select exists (select 1 from staff_account where role = 'DISTRICT_ADMIN')").query(Boolean.class).single();
    }

    long insertDistrict(String name, Instant createdAt) {
        return jdbc.sql("insert into district (name, created_at) values (?, ?) returning id")
                .params(name, Timestamp.from(createdAt)).query(Long.class).single();
    }

    void updateSchool(long id, String name, String timeZone, String defaultLanguage, String paperSize) {
        jdbc.sql("update school set name = ?, time_zone = ?, default_language = ?, paper_size = ? where id = ?")
                .params(name, timeZone, defaultLanguage, paperSize, id).update();
    }

    void updateRetentionMonths(long id, @Nullable Integer months) {
        jdbc.sql("update school set retention_months = ? where id = ?").params(months, id).update();
    }

    List<TermInfo> terms(long schoolId) {
        return jdbc.sql("select id, name, start_date, end_date, closed from term where school_id = ? order by start_date, id")
                .param(schoolId)
                .query((rs, n) -> new TermInfo(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .list();
    }

    /** One insert, school year included. */
    TermInfo insertTerm(long schoolId, String name, LocalDate start, LocalDate end, @Nullable Long schoolYearId) {
        long id = jdbc.sql("insert into term (school_id, name, start_date, end_date, school_year_id) values (?, ?, ?, ?, ?) returning id")
                .params(schoolId, name, start, end, schoolYearId).query(Long.class).single();
        return new TermInfo(id, name, start, end, false);
    }

    Optional<StaffAccount> staff(long id) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_account where id = ?").param(id).query(SchoolRows::staff)
                .optional();
    }

    /** A staff member of the connection's school only (a coordinator's actions on staff never reach another school's). */
    Optional<StaffAccount> staffOfThisSchool(long id) {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_account where id = ? and school_id = ripple_school()").param(id)
                .query(SchoolRows::staff).optional();
    }

    /** Emails are unique ignoring case (a unique index on lower(email)). */
    /**
     * The account with this e-mail; an account of an archived school reads as not active, so it cannot
     * sign in (password or SSO) nor ask for a password reset until the school is brought back.
     */
    Optional<StaffAccount> staffByEmail(String email) {
        return jdbc.sql("""
                select s.id, s.school_id, s.name, s.email, s.password_hash, s.role, s.language,
                       s.active and not exists (select 1 from school sc where sc.id = s.school_id and sc.archived_at is not null) as active,
                       s.must_change_password
                from staff_account s where lower(s.email) = lower(?)""").param(email)
                .query(SchoolRows::staff).optional();
    }

    /** The connection's school's staff (never a district administrator, who belongs to no school). */
    List<StaffAccount> allStaff() {
        return jdbc.sql("select " + STAFF_COLUMNS + " from staff_account where school_id = ripple_school() order by role, name, id").query(SchoolRows::staff).list();
    }

    long insertStaff(@Nullable Long schoolId, String name, String email, String passwordHash, Role role, String language,
            boolean mustChangePassword, Instant createdAt) {
        return jdbc.sql("""
                insert into staff_account (school_id, name, email, password_hash, role, language, must_change_password, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(schoolId, name, email, passwordHash, role.name(), language, mustChangePassword, Timestamp.from(createdAt))
                .query(Long.class).single();
    }

    void setActive(long staffId, boolean active) {
        jdbc.sql("update staff_account set active = ? where id = ?").params(active, staffId).update();
    }

    void setLanguage(long staffId, String language) {
        jdbc.sql("update staff_account set language = ? where id = ?").params(language, staffId).update();
    }

    void setPassword(long staffId, String passwordHash, boolean mustChange) {
        jdbc.sql("update staff_account set password_hash = ?, must_change_password = ? where id = ?")
                .params(passwordHash, mustChange, staffId).update();
    }

    private static StaffAccount staff(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getObject("school_id", Long.class), rs.getString("name"), rs.getString("email"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("language"),
                rs.getBoolean("active"), rs.getBoolean("must_change_password"));
    }
}
