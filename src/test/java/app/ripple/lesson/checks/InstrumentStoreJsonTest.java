package app.ripple.lesson.checks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.lesson.attitude.ImportResult;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.InstrumentImporter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstrumentStoreJsonTest {

    static final String CSV = """
            id,school-scale
            title,"Escala ""nuestra"" \\ con <b>marcas</b>"
            citation,"Autora, A. (2020)."
            language,es
            validated,yes
            scale,0,2
            labels,No,"Un poco, sí",Sí
            item,reverse,id
            Primera afirmación,no,q1
            "Segunda, con coma",sí,q2
            """;

    @Test
    void anImportedInstrumentIsStoredAsJsonThatReadsBackTheSame() {
        Instrument imported = ((ImportResult.Imported) InstrumentImporter.fromCsv(CSV.getBytes(StandardCharsets.UTF_8),
                Set.of())).instrument();
        String json = InstrumentStore.toJson(imported);
        assertThat(json).contains("\"title\" : \"Escala \\\"nuestra\\\" \\\\ con <b>marcas</b>\"");
        ImportResult back = InstrumentImporter.fromJson(json.getBytes(StandardCharsets.UTF_8), Set.of());
        assertThat(back).isInstanceOf(ImportResult.Imported.class);
        assertThat(((ImportResult.Imported) back).instrument()).isEqualTo(imported);
    }
}
