package app.ripple.lesson.attitude;

import static app.ripple.lesson.attitude.InstrumentImporter.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON instrument format (see {@link InstrumentImporter}). Jackson reads the tokens (strict RFC
 * 8259: no comments, trailing commas, unquoted names, raw control characters or leading zeros);
 * this class keeps the line each value starts on, refuses duplicate keys and nesting deeper than
 * {@link #MAX_DEPTH}, and turns the tree into an {@link InstrumentDraft}.
 */
final class JsonInstrumentReader {

    static final int MAX_DEPTH = 16;

    private static final JsonFactory JSON = new JsonFactory();

    /** A JSON value with the line it starts on. */
    private sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        int line();
    }

    /** Members in file order. */
    private record Obj(int line, Map<String, Value> members) implements Value {
    }

    private record Arr(int line, List<Value> elements) implements Value {
    }

    private record Str(int line, String value) implements Value {
    }

    /** The number as written; {@link #intValue} says whether it is a whole number that fits an int. */
    private record Num(int line, String text) implements Value {
        @Nullable Integer intValue() {
            if (!text.matches("-?(0|[1-9][0-9]{0,8})")) {
                return null;
            }
            return Integer.parseInt(text);
        }
    }

    private record Bool(int line, boolean value) implements Value {
    }

    private record Null(int line) implements Value {
    }

    /** A refusal while reading: {@code key} is a message key, {@code arg} fills its {0} when not empty. */
    private static final class Refused extends RuntimeException {
        final int line;
        final String key;
        final String arg;

        Refused(int line, String key, String arg) {
            super(key, null, false, false);
            this.line = line;
            this.key = key;
            this.arg = arg;
        }
    }

    private JsonInstrumentReader() {
    }

    static ImportResult read(String text, Set<String> takenIds, List<ImportProblem> problems) {
        Value root;
        try {
            root = parse(text);
        } catch (Refused r) {
            problems.add(r.arg.isEmpty() ? ImportProblem.of(r.line, "", r.key) : ImportProblem.of(r.line, "", r.key, r.arg));
            return new ImportResult.Refused(problems);
        }
        if (!(root instanceof Obj obj)) {
            problems.add(ImportProblem.of(root.line(), "", JSON_NOT_OBJECT));
            return new ImportResult.Refused(problems);
        }
        InstrumentDraft d = new InstrumentDraft(problems);
        Set<String> known = Set.of("id", "title", "citation", "language", "validated", "scoring", "scale", "items");
        for (var e : obj.members().entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(ImportProblem.of(e.getValue().line(), e.getKey(), UNKNOWN_FIELD, e.getKey()));
            }
        }
        d.id = jsonText(obj, "id", problems);
        d.idLine = lineOf(obj, "id");
        d.title = jsonText(obj, "title", problems);
        d.titleLine = lineOf(obj, "title");
        d.citation = jsonText(obj, "citation", problems);
        d.citationLine = lineOf(obj, "citation");
        if (obj.members().containsKey("language")) {
            d.language = jsonText(obj, "language", problems);
            d.languageLine = lineOf(obj, "language");
        }
        if (obj.members().get("validated") instanceof Value v) {
            if (v instanceof Bool b) {
                d.validated = b.value();
            } else {
                problems.add(ImportProblem.of(v.line(), "validated", JSON_NOT_BOOLEAN));
            }
        }
        if (obj.members().containsKey("scoring")) {
            d.scoring = jsonText(obj, "scoring", problems);
            d.scoringLine = lineOf(obj, "scoring");
        }
        Value scale = obj.members().get("scale");
        if (scale == null) {
            problems.add(ImportProblem.of(obj.line(), "scale", MISSING));
            d.scaleMissing = true;
        } else if (!(scale instanceof Obj s)) {
            problems.add(ImportProblem.of(scale.line(), "scale", JSON_NOT_OBJECT));
            d.scaleMissing = true;
        } else {
            d.scaleLine = s.line();
            for (var e : s.members().entrySet()) {
                if (!Set.of("min", "max", "labels").contains(e.getKey())) {
                    problems.add(ImportProblem.of(e.getValue().line(), "scale." + e.getKey(), UNKNOWN_FIELD,
                            "scale." + e.getKey()));
                }
            }
            d.min = jsonInt(s, "min", "scale.min", problems);
            d.max = jsonInt(s, "max", "scale.max", problems);
            d.boundsBad = d.min == null || d.max == null;
            Value labels = s.members().get("labels");
            if (labels != null) {
                if (labels instanceof Arr a) {
                    d.labels = new ArrayList<>();
                    d.labelsLine = a.line();
                    int k = 0;
                    for (Value l : a.elements()) {
                        k++;
                        if (l instanceof Str str) {
                            d.labels.add(new InstrumentDraft.Located(l.line(), "scale.labels[" + k + "]", str.value()));
                        } else {
                            problems.add(ImportProblem.of(l.line(), "scale.labels[" + k + "]", JSON_NOT_TEXT));
                            d.labels.add(new InstrumentDraft.Located(l.line(), "scale.labels[" + k + "]", null));
                        }
                    }
                } else {
                    problems.add(ImportProblem.of(labels.line(), "scale.labels", JSON_NOT_LIST));
                }
            }
        }
        Value items = obj.members().get("items");
        if (items == null) {
            problems.add(ImportProblem.of(obj.line(), "items", MISSING));
            d.itemsMissing = true;
        } else if (!(items instanceof Arr arr)) {
            problems.add(ImportProblem.of(items.line(), "items", JSON_NOT_LIST));
            d.itemsMissing = true;
        } else {
            d.itemsLine = arr.line();
            int k = 0;
            for (Value v : arr.elements()) {
                k++;
                String f = "items[" + k + "]";
                if (!(v instanceof Obj io)) {
                    problems.add(ImportProblem.of(v.line(), f, JSON_NOT_OBJECT));
                    d.items.add(new InstrumentDraft.DraftItem(v.line(), f, null, null, false, false));
                    continue;
                }
                for (var e : io.members().entrySet()) {
                    if (!Set.of("text", "reverse", "id").contains(e.getKey())) {
                        problems.add(ImportProblem.of(e.getValue().line(), f + "." + e.getKey(), UNKNOWN_FIELD,
                                e.getKey()));
                    }
                }
                boolean reverse = false;
                if (io.members().get("reverse") instanceof Value r) {
                    if (r instanceof Bool b) {
                        reverse = b.value();
                    } else {
                        problems.add(ImportProblem.of(r.line(), f + ".reverse", JSON_NOT_BOOLEAN));
                    }
                }
                boolean idGiven = io.members().containsKey("id");
                String id = idGiven ? jsonText(io, "id", f + ".id", problems) : null;
                String itemText = jsonText(io, "text", f + ".text", problems);
                d.items.add(new InstrumentDraft.DraftItem(io.line(), f, itemText, id, idGiven && id == null, reverse));
            }
        }
        return d.finish(takenIds, ".text", ".id");
    }

    private static Value parse(String text) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() == null) {
                throw new Refused(p.currentLocation().getLineNr(), JSON_SYNTAX, "");
            }
            Value root = value(p, 0);
            if (p.nextToken() != null) {
                throw new Refused(p.currentTokenLocation().getLineNr(), JSON_SYNTAX, ""); // a second value
            }
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new Refused(line, JSON_SYNTAX, "");
        }
    }

    /** The value at the current token, which it leaves on the value's last token. */
    private static Value value(JsonParser p, int depth) {
        int line = p.currentTokenLocation().getLineNr();
        if (depth > MAX_DEPTH) {
            throw new Refused(line, JSON_TOO_DEEP, "");
        }
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Value> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    Value v = value(p, depth + 1);
                    if (members.putIfAbsent(key, v) != null) {
                        throw new Refused(keyLine, JSON_DUPLICATE_FIELD, key);
                    }
                }
                yield new Obj(line, members);
            }
            case START_ARRAY -> {
                List<Value> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(p, depth + 1));
                }
                yield new Arr(line, elements);
            }
            case VALUE_STRING -> new Str(line, p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Num(line, p.getText());
            case VALUE_TRUE -> new Bool(line, true);
            case VALUE_FALSE -> new Bool(line, false);
            case VALUE_NULL -> new Null(line);
            case null, default -> throw new Refused(line, JSON_SYNTAX, "");
        };
    }

    private static @Nullable Integer jsonInt(Obj obj, String key, String field, List<ImportProblem> problems) {
        Value v = obj.members().get(key);
        if (v == null) {
            problems.add(ImportProblem.of(obj.line(), field, MISSING));
            return null;
        }
        Integer i = v instanceof Num n ? n.intValue() : null;
        if (i == null) {
            problems.add(ImportProblem.of(v.line(), field, NOT_WHOLE_NUMBER,
                    v instanceof Num n ? n.text() : v instanceof Str s ? s.value() : ""));
        }
        return i;
    }

    private static @Nullable String jsonText(Obj obj, String key, List<ImportProblem> problems) {
        return jsonText(obj, key, key, problems);
    }

    /** The text of a member, "" when it is missing (reported later), null when it is not text (reported now). */
    private static @Nullable String jsonText(Obj obj, String key, String field, List<ImportProblem> problems) {
        Value v = obj.members().get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof Str s) {
            return s.value();
        }
        problems.add(ImportProblem.of(v.line(), field, JSON_NOT_TEXT));
        return null;
    }

    private static int lineOf(Obj obj, String key) {
        Value v = obj.members().get(key);
        return v == null ? obj.line() : v.line();
    }
}
