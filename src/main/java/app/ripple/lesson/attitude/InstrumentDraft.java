package app.ripple.lesson.attitude;

import static app.ripple.lesson.attitude.InstrumentImporter.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a JSON or CSV instrument file held, before the rules both formats share ({@link #finish}):
 * required texts, lengths and characters, the id, language, scoring, scale bounds and labels, item
 * count, ids and texts. The readers fill the fields with the line each came from.
 */
final class InstrumentDraft {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

    record Located(int line, String field, @Nullable String value) {
    }

    /**
     * {@code id} null and {@code idBad} false: not given (a default is used); {@code idBad}: not a text,
     * already reported; {@code text} null: not a text, already reported.
     */
    record DraftItem(int line, String field, @Nullable String text, @Nullable String id, boolean idBad,
            boolean reverse) {
    }

    final List<ImportProblem> problems;
    @Nullable String id = "";
    @Nullable String title = "";
    @Nullable String citation = "";
    @Nullable String language = "en";
    @Nullable String scoring = "mean";
    int idLine;
    int titleLine;
    int citationLine;
    int languageLine;
    int scoringLine;
    boolean validated;
    int scaleLine;
    boolean scaleMissing;
    @Nullable Integer min;
    @Nullable Integer max;
    boolean boundsBad;
    @Nullable List<Located> labels;
    int labelsLine;
    final List<DraftItem> items = new ArrayList<>();
    int itemsLine;
    boolean itemsMissing;

    InstrumentDraft(List<ImportProblem> problems) {
        this.problems = problems;
    }

    ImportResult finish(Set<String> takenIds, String textSuffix, String idField) {
        String cleanId = text(id, idLine, "id", 64);
        if (cleanId != null && !InstrumentChecks.validId(cleanId)) {
            problems.add(ImportProblem.of(idLine, "id", BAD_ID, cleanId));
            cleanId = null;
        } else if (cleanId != null && (takenIds.contains(cleanId) || BuiltInInstruments.ids().contains(cleanId))) {
            problems.add(ImportProblem.of(idLine, "id", ID_TAKEN, cleanId));
            cleanId = null;
        }
        String cleanTitle = text(title, titleLine, "title", MAX_TITLE);
        String cleanCitation = text(citation, citationLine, "citation", MAX_CITATION);
        String lang = language == null ? null : language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !LANGUAGES.contains(lang)) {
            problems.add(ImportProblem.of(languageLine, "language", LANGUAGE_UNSUPPORTED, lang));
            lang = null;
        }
        if (scoring != null && !scoring.strip().equalsIgnoreCase("mean")) {
            problems.add(ImportProblem.of(scoringLine, "scoring", SCORING_UNSUPPORTED, scoring.strip()));
        }
        boolean boundsOk = false;
        if (!scaleMissing && !boundsBad && min != null && max != null) {
            if (min < ResponseScale.LOWEST || max > ResponseScale.HIGHEST || min >= max) {
                problems.add(ImportProblem.of(scaleLine, "scale", SCALE_BOUNDS, min, max,
                        ResponseScale.LOWEST, ResponseScale.HIGHEST));
            } else {
                boundsOk = true;
            }
        }
        List<String> cleanLabels = new ArrayList<>();
        if (labels != null) {
            for (Located l : labels) {
                String c = l.value() == null ? null : text(l.value(), l.line(), l.field(), MAX_LABEL);
                if (c != null) {
                    cleanLabels.add(c);
                }
            }
            if (boundsOk && labels.size() != max - min + 1) {
                problems.add(ImportProblem.of(labelsLine, "labels", LABEL_COUNT, max - min + 1, labels.size()));
            }
        }
        if (!itemsMissing && items.size() < Instrument.MIN_ITEMS) {
            problems.add(ImportProblem.of(itemsLine, "items", TOO_FEW_ITEMS, Instrument.MIN_ITEMS, items.size()));
        } else if (items.size() > Instrument.MAX_ITEMS) {
            problems.add(ImportProblem.of(itemsLine, "items", TOO_MANY_ITEMS, Instrument.MAX_ITEMS, items.size()));
            return new ImportResult.Refused(problems); // not worth a problem per item
        }
        List<Item> cleanItems = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> textLines = new HashMap<>();
        int number = 0;
        for (DraftItem it : items) {
            number++;
            String itemId;
            String idPlace = textSuffix.isEmpty() ? idField : it.field() + "." + idField.substring(1);
            if (it.idBad()) {
                itemId = null;
            } else if (it.id() == null) {
                itemId = "item-" + number;
            } else {
                itemId = text(it.id(), it.line(), idPlace, 64);
                if (itemId != null && !InstrumentChecks.validId(itemId)) {
                    problems.add(ImportProblem.of(it.line(), idPlace, BAD_ID, itemId));
                    itemId = null;
                }
            }
            if (itemId != null) {
                Integer first = idLines.putIfAbsent(itemId, it.line());
                if (first != null) {
                    problems.add(ImportProblem.of(it.line(), idPlace, DUPLICATE_ITEM_ID, itemId, first));
                }
            }
            String t = text(it.text(), it.line(), it.field() + textSuffix, MAX_ITEM_TEXT);
            if (t != null) {
                Integer first = textLines.putIfAbsent(t.toLowerCase(Locale.ROOT), it.line());
                if (first != null) {
                    problems.add(ImportProblem.of(it.line(), it.field() + textSuffix, DUPLICATE_ITEM_TEXT, first));
                }
            }
            if (itemId != null && t != null && lang != null) {
                cleanItems.add(new Item(itemId, Map.of(lang, t), it.reverse()));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult.Refused(problems);
        }
        // every check above passed, so all of these are non-null and consistent
        ResponseScale scale = new ResponseScale(min, max,
                cleanLabels.isEmpty() ? Map.of() : Map.of(lang, cleanLabels));
        return new ImportResult.Imported(new Instrument(cleanId, Map.of(lang, cleanTitle), cleanCitation, validated,
                Set.of(), Instrument.Origin.IMPORTED, scale, cleanItems));
    }

    /** Trimmed, NFC text, or null after reporting why it is refused. */
    private @Nullable String text(@Nullable String raw, int line, String field, int max) {
        if (raw == null) {
            return null; // wrong type, already reported
        }
        String t = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (t.isEmpty()) {
            problems.add(ImportProblem.of(line, field, MISSING));
            return null;
        }
        if (InstrumentChecks.hasInvalidCharacters(t)) {
            problems.add(ImportProblem.of(line, field, INVALID_CHARACTERS));
            return null;
        }
        if (InstrumentChecks.length(t) > max) {
            problems.add(ImportProblem.of(line, field, TOO_LONG, max));
            return null;
        }
        return t;
    }
}
