package app.ripple.challenge.library;

import app.ripple.challenge.Category;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A ready-made challenge a teacher can start in a few taps, then adjust.
 *
 * @param id                           stable lowercase ASCII id
 * @param titleKey                     translation key of the title
 * @param descriptionKey               translation key of 1-3 warm sentences for the class
 * @param days                         how long the challenge runs
 * @param suggestedGoalPerStudent      the class goal is this × roster size: one shared goal, never a
 *                                     per-student target
 * @param categories                   the kinds of acts the challenge is about
 * @param suggestedActIds              8-15 acts from {@link ActLibrary}, all in {@code categories}
 * @param selfKindnessCountsTowardGoal whether private "kind to myself" acts add to the class goal
 */
public record ChallengeTemplate(
        String id,
        String titleKey,
        String descriptionKey,
        int days,
        int suggestedGoalPerStudent,
        Set<Category> categories,
        List<String> suggestedActIds,
        boolean selfKindnessCountsTowardGoal) {

    public ChallengeTemplate {
        if (days < 1 || suggestedGoalPerStudent < 1) {
            throw new IllegalArgumentException("days and goal must be positive: " + id);
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a template needs categories: " + id);
        }
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
        suggestedActIds = List.copyOf(suggestedActIds);
    }

    /** The shared class goal for a roster of this size. */
    public int classGoal(int rosterSize) {
        return suggestedGoalPerStudent * Math.max(0, rosterSize);
    }

    /** The suggested acts, resolved in the library, in order. */
    public List<SuggestedAct> suggestedActs() {
        return suggestedActIds.stream().map(id -> ActLibrary.byId(id).orElseThrow()).toList();
    }
}
