package app.ripple.challenge.library;

import app.ripple.challenge.Category;
import java.util.List;
import java.util.Set;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public record ChallengeTemplate(String id, String titleKey, String descriptionKey, int days, int suggestedGoalPerStudent,
        Set<Category> categories, List<String> suggestedActIds, boolean selfKindnessCountsTowardGoal) {
}
