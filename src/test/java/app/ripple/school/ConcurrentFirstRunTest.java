package app.ripple.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.testsupport.Fixtures;
import app.ripple.testsupport.RippleTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two coordinators submit the first-run form at the same moment (say, on two nodes): one school, one clear refusal. */
@RippleTest
class ConcurrentFirstRunTest {

    @Autowired Fixtures fixtures;
    @Autowired SetupService setup;

    @BeforeEach
    void emptyInstallation() {
        fixtures.reset();
    }

    @Test
    void twoSimultaneousSetupsCreateOneSchoolAndTheSecondIsToldWhy() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<String>> submissions = new ArrayList<>();
        for (String who : List.of("ana", "ben")) {
            submissions.add(() -> {
                SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                together.await(10, TimeUnit.SECONDS);
                try {
                    setup.setUp(new SetupService.SetupForm("School of " + who, "Europe/Madrid", "en", "Coordinator " + who,
                            who + "@school.example", "a long enough passphrase " + who));
                    return "created";
                } catch (SetupAlreadyDoneException e) {
                    return e.getMessage() + "|" + SetupAlreadyDoneException.MESSAGE_KEY;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> f : pool.invokeAll(submissions, 60, TimeUnit.SECONDS)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("created", "Ripple is already set up|nodes.setup.alreadyDone");
        assertThat(fixtures.jdbc().sql("select count(*) from school").query(Long.class).single()).isEqualTo(1);
        assertThat(fixtures.jdbc().sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(1);
    }
}
