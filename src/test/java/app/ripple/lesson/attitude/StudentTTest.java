package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    /** Two-sided 95% critical values from a printed t table (3 decimals). */
    @ParameterizedTest(name = "df={0} -> {1}")
    @CsvSource({
        "1, 12.706", "2, 4.303", "3, 3.182", "4, 2.776", "5, 2.571", "9, 2.262", "10, 2.228", "20, 2.086",
        "29, 2.045", "30, 2.042", "60, 2.000", "120, 1.980", "1000, 1.962"})
    void criticalValuesMatchATTable(int df, double table) {
        assertThat(StudentT.critical(0.95, df)).isCloseTo(table, within(0.0005));
    }

    @Test
    void criticalValuesAgreeWithAReferenceImplementationToTenDigits() {
        // scipy.stats.t.ppf(0.975, df)
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.7764451051977934, within(1e-9));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262157162798205, within(1e-9));
        assertThat(StudentT.quantile(0.975, 29)).isCloseTo(2.045229642132703, within(1e-9));
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736174694, within(1e-8));
    }

    @Test
    void largeDegreesOfFreedomApproachTheNormal() {
        assertThat(StudentT.critical(0.95, 1_000_000)).isCloseTo(1.959966, within(1e-5));
    }

    @Test
    void cdfIsSymmetricAndHalfAtZero() {
        assertThat(StudentT.cdf(0, 7)).isCloseTo(0.5, within(1e-15));
        for (double t = -5; t <= 5; t += 0.25) {
            assertThat(StudentT.cdf(t, 7) + StudentT.cdf(-t, 7)).isCloseTo(1, within(1e-12));
        }
        // df = 1 is the Cauchy distribution: F(1) = 3/4
        assertThat(StudentT.cdf(1, 1)).isCloseTo(0.75, within(1e-12));
        assertThat(StudentT.quantile(0.025, 4)).isCloseTo(-2.7764451051977934, within(1e-9));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> StudentT.quantile(1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.975, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBriefsSampleSizeOf180IsConsistent() {
        // paired t test, two-sided alpha 0.05, power 0.80, d = 0.21:
        // n = ((z_0.975 + z_0.80) / d)^2 + z_0.975^2 / 2 = (2.80159 / 0.21)^2 + 1.92 = 177.98 + 1.92 = 179.9
        double z975 = StudentT.quantile(0.975, 1e9);
        double z80 = StudentT.quantile(0.80, 1e9);
        double n = Math.pow((z975 + z80) / 0.21, 2) + z975 * z975 / 2;
        assertThat(Math.ceil(n)).isEqualTo(180);
    }
}
