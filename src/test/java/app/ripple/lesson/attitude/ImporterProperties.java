package app.ripple.lesson.attitude;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No input makes the importer throw, and whatever it accepts keeps the documented limits. */
class ImporterProperties {

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(500);
    }

    /** A valid file with random edits: characters deleted, duplicated or replaced by JSON/CSV punctuation. */
    @Provide
    Arbitrary<String> mangled() {
        Arbitrary<String> base = Arbitraries.of(InstrumentImporterTest.JSON, InstrumentImporterTest.CSV);
        Arbitrary<Character> punctuation = Arbitraries.of('{', '}', '[', ']', '"', ',', ';', ':', '\\', '\n', '\r', '\t',
                '-', '1', '0', 'e', '.', ' ', 'x', '\u0000', '\u202E', '\uD800', 'é');
        return base.flatMap(b -> Arbitraries.integers().between(0, b.length()).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(positions -> punctuation.list().ofSize(positions.size()).flatMap(chars ->
                        Arbitraries.integers().between(0, 2).list().ofSize(positions.size()).map(ops -> {
                            StringBuilder s = new StringBuilder(b);
                            for (int k = 0; k < positions.size(); k++) {
                                int at = Math.min(positions.get(k), s.length());
                                switch (ops.get(k)) {
                                    case 0 -> s.insert(at, chars.get(k));
                                    case 1 -> {
                                        if (at < s.length()) {
                                            s.deleteCharAt(at);
                                        }
                                    }
                                    default -> {
                                        if (at < s.length()) {
                                            s.setCharAt(at, chars.get(k));
                                        }
                                    }
                                }
                            }
                            return s.toString();
                        }))));
    }

    @Property(tries = 500)
    void arbitraryBytesNeverThrow(@ForAll("anyBytes") byte[] content) {
        check(InstrumentImporter.fromJson(content, Set.of()));
        check(InstrumentImporter.fromCsv(content, Set.of()));
        check(InstrumentImporter.fromFile(null, content, Set.of()));
    }

    @Property(tries = 500)
    void arbitraryTextNeverThrows(@ForAll("anyText") String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        check(InstrumentImporter.fromJson(content, Set.of()));
        check(InstrumentImporter.fromCsv(content, Set.of()));
    }

    @Property(tries = 1000)
    void mangledValidFilesNeverThrow(@ForAll("mangled") String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        check(InstrumentImporter.fromJson(content, Set.of()));
        check(InstrumentImporter.fromCsv(content, Set.of()));
    }

    private static void check(ImportResult result) {
        switch (result) {
            case ImportResult.Refused r -> {
                assertThat(r.problems()).isNotEmpty();
                assertThat(r.problems()).allSatisfy(p -> {
                    assertThat(InstrumentImporter.MESSAGE_KEYS).contains(p.messageKey());
                    assertThat(p.line()).isNotNegative();
                });
            }
            case ImportResult.Imported ok -> {
                Instrument i = ok.instrument();
                assertThat(i.items()).hasSizeBetween(Instrument.MIN_ITEMS, Instrument.MAX_ITEMS);
                assertThat(i.items()).allSatisfy(item -> item.text().values().forEach(t -> {
                    assertThat(t).isNotBlank();
                    assertThat(t.codePointCount(0, t.length())).isLessThanOrEqualTo(InstrumentImporter.MAX_ITEM_TEXT);
                    assertThat(InstrumentChecks.hasInvalidCharacters(t)).isFalse();
                }));
                assertThat(i.origin()).isEqualTo(Instrument.Origin.IMPORTED);
                assertThat(BuiltInInstruments.ids()).doesNotContain(i.id());
            }
        }
    }
}
