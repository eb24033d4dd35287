package app.ripple.base;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the migrations: refuses to run when the app's own connection would bypass
 * row-level security — a superuser, a role with BYPASSRLS, or the tables' owner — because then one
 * school could see another's data through any query that forgot its school (docs/district.md).
 */
@Component
class RuntimeRoleCheck implements InitializingBean {

    private final JdbcClient jdbc;
    private final Environment env;

    RuntimeRoleCheck(JdbcClient jdbc, Environment env) {
        this.jdbc = jdbc;
        this.env = env;
    }

    @Override
    public void afterPropertiesSet() {
        boolean unsafe = jdbc.sql("""
                select r.rolsuper or r.rolbypassrls
                       or exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tablename = 'kindness_act'
                                  and pg_has_role(current_user, t.tableowner, 'USAGE'))
                from pg_roles r where r.rolname = current_user""").query(Boolean.class).single();
        if (unsafe) {
            throw new DatabaseUnavailableException(env.getProperty("spring.datasource.url", ""),
                    jdbc.sql("select current_user").query(String.class).single(),
                    DatabaseUnavailableException.Reason.RUNTIME_ROLE_UNSAFE, null);
        }
    }
}
