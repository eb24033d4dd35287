package app.ripple.challenge.library;

import app.ripple.challenge.Category;
import app.ripple.classroom.AgeBand;
import java.util.Set;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public record SuggestedAct(String id, Category category, Set<AgeBand> ageBands, String textKey, String pictureId) {
}
