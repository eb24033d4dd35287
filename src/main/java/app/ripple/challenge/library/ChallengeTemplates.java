package app.ripple.challenge.library;

import static app.ripple.challenge.Category.CONNECTION;
import static app.ripple.challenge.Category.EMPATHY;
import static app.ripple.challenge.Category.KIND_TO_MYSELF;
import static app.ripple.challenge.Category.KIND_TO_OTHERS;
import static app.ripple.challenge.Category.STANDING_UP_TO_STIGMA;

import app.ripple.challenge.Category;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The four ready-made challenges. Ids are stable (a challenge may remember its template). */
public final class ChallengeTemplates {

    private static final List<ChallengeTemplate> ALL = List.of(
            template("kindness_week", 7, 3, EnumSet.of(KIND_TO_OTHERS, CONNECTION, EMPATHY), false, List.of(
                    "held_door", "gave_compliment", "shared_snack", "helped_at_home", "thanked_school_staff",
                    "helped_younger_child", "asked_someone_alone_to_play", "checked_on_a_friend",
                    "sat_with_someone_new", "listened_to_sad_friend", "asked_are_you_ok", "cheered_someone_up")),
            template("kindness_calendar_30", 30, 10, EnumSet.allOf(Category.class), false, List.of(
                    "held_door", "gave_compliment", "made_thank_you_card", "picked_up_litter",
                    "helped_neighbour_shopping", "went_to_bed_on_time", "kind_words_to_myself",
                    "asked_someone_alone_to_play", "called_or_visited_relative", "went_over_to_someone_alone",
                    "listened_to_sad_friend", "noticed_how_someone_felt", "kind_words_about_feelings",
                    "you_can_talk_to_me", "everyone_has_feelings")),
            template("self_care_fortnight", 14, 5, EnumSet.of(KIND_TO_MYSELF), true, List.of(
                    "went_to_bed_on_time", "ate_fruit_or_vegetables", "ate_good_breakfast", "drank_water",
                    "did_something_i_enjoy", "kind_words_to_myself", "mistake_is_ok", "asked_for_help",
                    "played_outside", "slow_deep_breaths", "screens_off_before_bed", "noticed_something_i_did_well")),
            template("stigma_week", 7, 2, EnumSet.of(STANDING_UP_TO_STIGMA, EMPATHY), false, List.of(
                    "kind_words_about_feelings", "said_feelings_are_ok", "stood_up_for_someone",
                    "no_mean_words_about_minds", "stayed_with_struggling_friend", "asking_for_help_is_brave",
                    "did_not_join_teasing", "you_can_talk_to_me", "everyone_has_feelings",
                    "listened_without_judging", "asked_are_you_ok", "listened_to_sad_friend")));

    private ChallengeTemplates() {
    }

    /** Kindness week, 30-day kindness calendar, self-care fortnight, standing up to stigma week. */
    public static List<ChallengeTemplate> all() {
        return ALL;
    }

    public static Optional<ChallengeTemplate> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static ChallengeTemplate template(String id, int days, int goalPerStudent, EnumSet<Category> categories,
            boolean selfKindnessCounts, List<String> actIds) {
        return new ChallengeTemplate(id, "template." + id + ".title", "template." + id + ".description", days,
                goalPerStudent, categories, actIds, selfKindnessCounts);
    }
}
