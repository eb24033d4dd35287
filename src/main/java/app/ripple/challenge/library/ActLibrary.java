package app.ripple.challenge.library;

import app.ripple.challenge.Category;
import app.ripple.classroom.AgeBand;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public final class ActLibrary {

    private static final List<SuggestedAct> ALL = List.of(
            new SuggestedAct("held_door", Category.KIND_TO_OTHERS, Set.of(AgeBand.values()), "act.held_door", "act_door"),
            new SuggestedAct("bed_on_time", Category.KIND_TO_MYSELF, Set.of(AgeBand.values()), "act.bed_on_time", "act_bed"));

    private ActLibrary() {
    }

    public static List<SuggestedAct> all() {
        return ALL;
    }

    public static Optional<SuggestedAct> byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public static List<SuggestedAct> forAgeBand(AgeBand band) {
        return ALL.stream().filter(a -> a.ageBands().contains(band)).toList();
    }

    public static List<SuggestedAct> forCategories(Set<Category> categories, AgeBand band) {
        return forAgeBand(band).stream().filter(a -> categories.contains(a.category())).toList();
    }
}
