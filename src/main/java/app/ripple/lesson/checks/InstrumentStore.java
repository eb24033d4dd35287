package app.ripple.lesson.checks;

import app.ripple.lesson.attitude.BuiltInInstruments;
import app.ripple.lesson.attitude.ImportResult;
import app.ripple.lesson.attitude.Instrument;
import app.ripple.lesson.attitude.InstrumentImporter;
import app.ripple.lesson.attitude.Item;
import app.ripple.lesson.attitude.ResponseScale;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Built-in instruments (in code) and the school's imported ones (table {@code attitude_instrument},
 * stored as the importer's JSON and read back through the importer, so a stored instrument is
 * always one the importer accepts). No access checks here: callers are services that checked.
 */
@Component
class InstrumentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An instrument with its registry state. */
    record Stored(Instrument instrument, boolean retired, @Nullable Instant importedAt) {
    }

    private final JdbcClient jdbc;
    private final InstrumentCache cache;

    InstrumentStore(JdbcClient jdbc, InstrumentCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    long schoolId() {
        return jdbc.sql("select id from school where id = ripple_school()").query(Long.class).single();
    }

    /** Every instrument, parsed once and cached: an import or a retirement invalidates the cache. */
    List<Stored> all() {
        return cache.get();
    }

    /** Reads and parses the instruments (the cache's loader). */
    List<Stored> load() {
        List<Stored> out = new ArrayList<>();
        BuiltInInstruments.all().forEach(i -> out.add(new Stored(i, false, null)));
        jdbc.sql("select definition, retired, imported_at from attitude_instrument where school_id = ? order by imported_at, id")
                .param(schoolId())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant()})
                .list()
                .forEach(r -> parse((String) r[0]).ifPresent(i -> out.add(new Stored(i, (Boolean) r[1], (Instant) r[2]))));
        return List.copyOf(out);
    }

    Optional<Stored> find(String code) {
        return all().stream().filter(s -> s.instrument().id().equals(code)).findFirst();
    }

    Set<String> takenIds() {
        Set<String> ids = new java.util.HashSet<>(BuiltInInstruments.ids());
        ids.addAll(jdbc.sql("select code from attitude_instrument where school_id = ?").param(schoolId()).query(String.class).list());
        return ids;
    }

    void save(Instrument instrument, long staffId, Instant at) {
        jdbc.sql("""
                insert into attitude_instrument (school_id, code, definition, citation, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(schoolId(), instrument.id(), toJson(instrument), instrument.citation(), staffId, Timestamp.from(at))
                .update();
        cache.invalidate();
    }

    /** Retires or restores an imported instrument; 0 for a built-in one (or an unknown code). */
    int setRetired(String code, boolean retired) {
        int changed = jdbc.sql("update attitude_instrument set retired = ? where school_id = ? and code = ?")
                .params(retired, schoolId(), code).update();
        cache.invalidate();
        return changed;
    }

    private static Optional<Instrument> parse(String json) {
        ImportResult r = InstrumentImporter.fromJson(json.getBytes(StandardCharsets.UTF_8), Set.of());
        return r instanceof ImportResult.Imported i ? Optional.of(i.instrument()) : Optional.empty();
    }

    /** The importer's JSON format for an imported (single-language) instrument. */
    static String toJson(Instrument instrument) {
        String language = instrument.title().containsKey("en") ? "en" : instrument.title().keySet().iterator().next();
        ObjectNode root = JSON.createObjectNode();
        root.put("id", instrument.id());
        root.put("title", instrument.title(language));
        root.put("citation", instrument.citation());
        root.put("language", language);
        root.put("validated", instrument.validated());
        root.put("scoring", "mean");
        ResponseScale scale = instrument.scale();
        ObjectNode s = root.putObject("scale");
        s.put("min", scale.min());
        s.put("max", scale.max());
        List<String> labels = scale.labels().get(language);
        if (labels != null) {
            ArrayNode l = s.putArray("labels");
            labels.forEach(l::add);
        }
        ArrayNode items = root.putArray("items");
        for (Item item : instrument.items()) {
            items.addObject().put("text", item.text(language)).put("reverse", item.reverseScored()).put("id", item.id());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
