package app.ripple.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunGetAnApostrophe() {
        assertThat(CsvExport.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvExport.neutralise("+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(CsvExport.neutralise("-1+cmd|' /C calc'!A0")).isEqualTo("'-1+cmd|' /C calc'!A0");
        assertThat(CsvExport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvExport.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvExport.neutralise(null)).isEmpty();
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvExport.neutralise("-1")).isEqualTo("-1");
        assertThat(CsvExport.neutralise("-0.2500")).isEqualTo("-0.2500");
        assertThat(CsvExport.neutralise("Ana María")).isEqualTo("Ana María");
        assertThat(CsvExport.neutralise("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesRfc4180WithAByteOrderMarkAndCrlf() {
        String csv = new String(CsvExport.bytes(List.of(List.of("name", "note"),
                List.of("Class 2, Robins", "=HYPERLINK(\"x\")"), List.of("two\nlines", "é"))), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFname,note\r\n\"Class 2, Robins\",\"'=HYPERLINK(\"\"x\"\")\"\r\n\"two\nlines\",é\r\n");
    }

    @Test
    void streamsToAnOutputStreamThatStaysOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport csv = CsvExport.to(out);
        csv.row("id", null, "@x");
        csv.flush();
        out.write('!');
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFid,,'@x\r\n!");
    }
}
