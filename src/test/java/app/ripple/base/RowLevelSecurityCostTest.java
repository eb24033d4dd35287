package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps row-level security cheap (V19, docs/benchmarks.md "Many schools: the district dataset"): every
 * policy reads the connection's school once per statement, and the indexes the dashboards read
 * without touching the table carry school_id, so the policy is checked from the index.
 */
@RippleTest
class RowLevelSecurityCostTest {

    @Autowired Fixtures fixtures;

    @Test
    void everyPolicyReadsTheSchoolOncePerStatementNotPerRow() {
        var perRow = fixtures.jdbc().sql("""
                select c.relname from pg_policy p join pg_class c on c.oid = p.polrelid
                where c.relnamespace = 'public'::regnamespace
                  and (pg_get_expr(p.polqual, p.polrelid) ~ '(?<!SELECT )ripple_(school|all_schools)\\(\\)'
                       or pg_get_expr(p.polwithcheck, p.polrelid) ~ '(?<!SELECT )ripple_(school|all_schools)\\(\\)')
                order by 1""").query(String.class).list();
        assertThat(perRow).as("policies calling ripple_school()/ripple_all_schools() per row; write (select ripple_school())").isEmpty();
        assertThat(fixtures.jdbc().sql("select count(*) from pg_policy").query(Long.class).single()).isGreaterThan(40);
    }

    @Test
    void theDashboardsCoveringIndexesCarrySchoolId() {
        var missing = fixtures.jdbc().sql("""
                select i.indexname from pg_indexes i
                where i.schemaname = 'public'
                  and i.indexname in ('kindness_act_self_idx', 'kindness_act_student_idx', 'act_day_count_pkey',
                                      'act_week_count_pkey', 'lesson_dose_class_idx')
                  and i.indexdef not like '%school_id%'""").query(String.class).list();
        assertThat(missing).isEmpty();
    }
}
