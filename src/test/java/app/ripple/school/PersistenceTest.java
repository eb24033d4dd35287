package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One persistence style: JdbcClient behind a plain DataSourceTransactionManager, no JPA anywhere. */
@RippleTest
class PersistenceTest {

    @Autowired Fixtures fixtures;
    @Autowired SchoolService school;
    @Autowired PlatformTransactionManager transactionManager;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        fixtures.signIn(fixtures.school());
    }

    @Test
    void transactionsRunOnAPlainDataSourceTransactionManagerAndNoJpaIsOnTheClasspath() {
        assertThat(transactionManager).isInstanceOf(DataSourceTransactionManager.class);
        assertThatThrownBy(() -> Class.forName("jakarta.persistence.Entity")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.hibernate.Session")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("jakarta.validation.Validator")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aTermInASchoolYearIsStoredWithItsYearInOneInsert() {
        SchoolYearInfo year = school.addSchoolYear("2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        TermInfo term = school.addTerm("Autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20), year.id());
        assertThat(fixtures.jdbc().sql("select school_year_id from term where id = ?").param(term.id()).query(Long.class).single())
                .isEqualTo(year.id());
        assertThat(school.terms()).containsExactly(term);
        assertThat(school.termOverviews()).singleElement().satisfies(o -> assertThat(o.schoolYearName()).isEqualTo("2026/27"));
    }

    @Test
    void jdbcClientWritesJoinTheTransactionAndRollBackWithIt() {
        school.addTerm("Autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20));
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            school.addTerm("Spring", LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 31));
            throw new IllegalStateException("fails after the write");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(school.terms()).extracting(TermInfo::name).containsExactly("Autumn");
        assertThat(fixtures.jdbc().sql("select count(*) from audit_log where action = 'TERM_ADDED'").query(Long.class).single())
                .isEqualTo(1);
    }
}
