package app.ripple.challenge;

import app.ripple.challenge.ChallengeRecords.Progress;
import app.ripple.challenge.ChallengeRecords.WallCard;
import app.ripple.classroom.ClassReader;
import app.ripple.classroom.ClassWriter;
import app.ripple.classroom.ClassService;
import app.ripple.school.AuditService;
import app.ripple.security.StaffOnly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kindness wall for the classroom board: approved acts (never "kind to myself", never held
 * for safeguarding), the goal's progress, and ripples: acts that inspired one another.
 */
@Service
public class WallService {

    /** A chain of acts inspired by one another; {@code actIds} from the first act to the last. */
    public record Ripple(List<Long> actIds) {
        public int length() {
            return actIds.size();
        }
    }

    public record Wall(String className, boolean showsNames, List<WallCard> cards, List<Progress> progress, int rippleCount,
            @Nullable Ripple longest, Map<Long, Long> parents, List<WallCard> longestCards) {
    }

    private final JdbcClient jdbc;
    private final ClassService classes;
    private final AuditService audit;
    private final ChallengeService challenges;

    WallService(JdbcClient jdbc, ClassService classes, ChallengeService challenges, AuditService audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.classes = classes;
        this.challenges = challenges;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public Wall wall(long classId) {
        classes.requireAccess(classId);
        var detail = classes.get(classId);
        boolean names = jdbc.sql("select wall_shows_names from school_class where id = ?").param(classId).query(Boolean.class).single();
        List<WallCard> cards = cards(jdbc, classId, names, 60);
        Map<Long, Long> parents = parents(classId);
        List<Ripple> ripples = ripples(parents);
        Ripple longest = ripples.stream().max(java.util.Comparator.comparingInt(Ripple::length)).orElse(null);
        List<WallCard> longestCards = longest == null ? List.of() : byIds(classId, names, longest.actIds());
        return new Wall(detail.name(), names, cards, challenges.progressOfRunning(classId), ripples.size(), longest, parents,
                longestCards);
    }

    /** Whether the wall shows first names ("Zoë") or "A classmate" for this class. */
    @StaffOnly
    @Transactional(readOnly = true)
    public boolean showsNames(long classId) {
        classes.requireAccess(classId);
        return jdbc.sql("select wall_shows_names from school_class where id = ?").param(classId).query(Boolean.class).single();
    }

    @ClassWriter
    @Transactional
    public void setShowsNames(long classId, boolean showsNames) {
        jdbc.sql("update school_class set wall_shows_names = ? where id = ?").params(showsNames, classId).update();
        audit.record("WALL_NAMES_" + (showsNames ? "SHOWN" : "HIDDEN"), "class:" + classId, null);
    }

    private List<WallCard> byIds(long classId, boolean names, List<Long> ids) {
        Map<Long, WallCard> found = new HashMap<>();
        query(jdbc, " and a.id = any(:ids)", classId, names, ids.toArray(Long[]::new), ids.size()).forEach(c -> found.put(c.id(), c));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    static List<WallCard> cards(JdbcClient jdbc, long classId, boolean names, int limit) {
        return query(jdbc, "", classId, names, null, limit);
    }

    private static final String CARDS = "select a.id, coalesce(a.wall_text, a.own_text, ca.text), a.library_act_id, a.category,"
            + " s.display_name, a.inspired_by, a.created_at"
            + " from kindness_act a left join custom_act ca on ca.id = a.custom_act_id left join student s on s.id = a.student_id"
            + " where a.class_id = :class and a.status = 'APPROVED' and a.category <> 'KIND_TO_MYSELF'";

    private static List<WallCard> query(JdbcClient jdbc, String filter, long classId, boolean names, Long @Nullable [] ids, int limit) {
        var spec = jdbc.sql(CARDS + filter + " order by a.created_at desc, a.id desc limit :limit")
                .param("class", classId).param("limit", limit);
        if (ids != null) {
            spec = spec.param("ids", ids);
        }
        return spec
                .query((rs, n) -> new WallCard(rs.getLong(1), rs.getString(2),
                        rs.getString(2) == null && rs.getString(3) != null ? "act." + rs.getString(3) : null,
                        Category.valueOf(rs.getString(4)), names ? firstName(rs.getString(5)) : null, (Long) rs.getObject(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The wall shows the first name only, never the initial: the least that still feels personal. */
    static @Nullable String firstName(@Nullable String displayName) {
        if (displayName == null) {
            return null;
        }
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }

    /** child → parent for the class's shareable approved acts that were inspired by another. */
    Map<Long, Long> parents(long classId) {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("""
                select a.id, a.inspired_by from kindness_act a join kindness_act p on p.id = a.inspired_by
                where a.class_id = ? and a.status = 'APPROVED' and a.category <> 'KIND_TO_MYSELF' and p.status = 'APPROVED'""")
                .param(classId).query((rs, n) -> parents.put(rs.getLong(1), rs.getLong(2))).list();
        return parents;
    }

    /**
     * Ripples: one per act that inspired others but was not itself inspired (a root); the longest
     * is the deepest path from a root down its tree.
     */
    static List<Ripple> ripples(Map<Long, Long> parents) {
        Map<Long, List<Long>> children = new HashMap<>();
        parents.forEach((child, parent) -> children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child));
        List<Ripple> out = new ArrayList<>();
        for (Long root : children.keySet()) {
            if (!parents.containsKey(root)) {
                out.add(new Ripple(deepest(root, children)));
            }
        }
        return out;
    }

    private static List<Long> deepest(long node, Map<Long, List<Long>> children) {
        List<Long> best = List.of();
        for (long child : children.getOrDefault(node, List.of())) {
            List<Long> path = deepest(child, children);
            if (path.size() > best.size() || path.size() == best.size() && !path.isEmpty() && !best.isEmpty() && path.getFirst() < best.getFirst()) {
                best = path;
            }
        }
        List<Long> path = new ArrayList<>();
        path.add(node);
        path.addAll(best);
        return path;
    }
}
