package app.ripple.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long> {

    Optional<School> findFirstByOrderByIdAsc();
}

interface TermRepository extends JpaRepository<Term, Long> {

    List<Term> findBySchoolIdOrderByStartDateAsc(long schoolId);
}

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    @Query("select s from StaffAccount s where lower(s.email) = lower(?1)")
    Optional<StaffAccount> findByEmailIgnoreCase(String email);

    List<StaffAccount> findAllByOrderByRoleAscNameAsc();
}
