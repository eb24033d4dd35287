package app.ripple.challenge.library;

import static app.ripple.challenge.Category.CONNECTION;
import static app.ripple.challenge.Category.EMPATHY;
import static app.ripple.challenge.Category.KIND_TO_MYSELF;
import static app.ripple.challenge.Category.KIND_TO_OTHERS;
import static app.ripple.challenge.Category.STANDING_UP_TO_STIGMA;
import static app.ripple.classroom.AgeBand.AGES_12_14;
import static app.ripple.classroom.AgeBand.AGES_6_8;
import static app.ripple.classroom.AgeBand.AGES_9_11;

import app.ripple.challenge.Category;
import app.ripple.classroom.AgeBand;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suggested acts, written for Ripple in the spirit of the source article: small everyday
 * gestures, self-care, connection, empathy and kind words about mental health. Texts live in
 * {@code vaadin-i18n/challenge-library*.properties} under {@code act.<id>}.
 *
 * <p>Ids are stored in the database: never rename or remove one; add new acts at the end of their
 * category. The order here is the display order.
 */
public final class ActLibrary {

    private static final Set<AgeBand> ALL = EnumSet.allOf(AgeBand.class);
    private static final Set<AgeBand> YOUNG = EnumSet.of(AGES_6_8);
    private static final Set<AgeBand> UP_TO_11 = EnumSet.of(AGES_6_8, AGES_9_11);
    private static final Set<AgeBand> FROM_9 = EnumSet.of(AGES_9_11, AGES_12_14);
    private static final Set<AgeBand> TEENS = EnumSet.of(AGES_12_14);

    private static final List<SuggestedAct> ACTS = List.of(
            // ---------------------------------------------------------------- kind to others
            act("held_door", KIND_TO_OTHERS, ALL, "act_door"),
            act("gave_compliment", KIND_TO_OTHERS, ALL, "act_speech"),
            act("helped_carry", KIND_TO_OTHERS, ALL, "act_helping_hands"),
            act("helped_neighbour_shopping", KIND_TO_OTHERS, FROM_9, "act_groceries"),
            act("shared_snack", KIND_TO_OTHERS, UP_TO_11, "act_share"),
            act("lent_pencils", KIND_TO_OTHERS, UP_TO_11, "act_pencil"),
            act("tidied_classroom", KIND_TO_OTHERS, ALL, "act_broom"),
            act("helped_at_home", KIND_TO_OTHERS, ALL, "act_home"),
            act("made_thank_you_card", KIND_TO_OTHERS, UP_TO_11, "act_letter"),
            act("thanked_school_staff", KIND_TO_OTHERS, ALL, "act_chat"),
            act("watered_plants", KIND_TO_OTHERS, YOUNG, "act_plant"),
            act("picked_up_litter", KIND_TO_OTHERS, ALL, "act_tree"),
            act("explained_something_tricky", KIND_TO_OTHERS, FROM_9, "act_book"),
            act("let_someone_go_first", KIND_TO_OTHERS, UP_TO_11, "act_star"),
            act("offered_my_seat", KIND_TO_OTHERS, FROM_9, "act_heart"),
            act("gave_away_toy_or_book", KIND_TO_OTHERS, ALL, "act_gift"),
            act("helped_younger_child", KIND_TO_OTHERS, FROM_9, "act_helping_hands"),
            act("left_kind_note", KIND_TO_OTHERS, FROM_9, "act_letter"),
            act("smiled_and_said_hello", KIND_TO_OTHERS, YOUNG, "act_chat"),
            // ---------------------------------------------------------------- kind to myself
            act("went_to_bed_on_time", KIND_TO_MYSELF, ALL, "act_bed"),
            act("ate_fruit_or_vegetables", KIND_TO_MYSELF, ALL, "act_fruit"),
            act("ate_good_breakfast", KIND_TO_MYSELF, ALL, "act_fruit"),
            act("drank_water", KIND_TO_MYSELF, UP_TO_11, "act_water"),
            act("did_something_i_enjoy", KIND_TO_MYSELF, ALL, "act_sun"),
            act("kind_words_to_myself", KIND_TO_MYSELF, ALL, "act_thought"),
            act("mistake_is_ok", KIND_TO_MYSELF, ALL, "act_thought"),
            act("asked_for_help", KIND_TO_MYSELF, ALL, "act_raised_hand"),
            act("played_outside", KIND_TO_MYSELF, UP_TO_11, "act_ball"),
            act("moved_my_body", KIND_TO_MYSELF, ALL, "act_ball"),
            act("slow_deep_breaths", KIND_TO_MYSELF, ALL, "act_balloon"),
            act("read_a_book_i_like", KIND_TO_MYSELF, ALL, "act_book"),
            act("took_a_break", KIND_TO_MYSELF, ALL, "act_bed"),
            act("made_music_or_art", KIND_TO_MYSELF, UP_TO_11, "act_music"),
            act("screens_off_before_bed", KIND_TO_MYSELF, FROM_9, "act_bed"),
            act("noticed_something_i_did_well", KIND_TO_MYSELF, ALL, "act_star"),
            act("told_adult_how_i_feel", KIND_TO_MYSELF, ALL, "act_chat"),
            act("wrote_three_good_things", KIND_TO_MYSELF, FROM_9, "act_pencil"),
            // ---------------------------------------------------------------- connection
            act("asked_someone_alone_to_play", CONNECTION, UP_TO_11, "act_ball"),
            act("checked_on_a_friend", CONNECTION, ALL, "act_friends"),
            act("sat_with_someone_new", CONNECTION, ALL, "act_friends"),
            act("welcomed_new_student", CONNECTION, ALL, "act_door"),
            act("let_someone_join_game", CONNECTION, UP_TO_11, "act_ball"),
            act("learned_a_new_name", CONNECTION, ALL, "act_chat"),
            act("called_or_visited_relative", CONNECTION, ALL, "act_message"),
            act("messaged_someone_i_miss", CONNECTION, FROM_9, "act_message"),
            act("family_time", CONNECTION, ALL, "act_home"),
            act("everyone_had_a_turn", CONNECTION, FROM_9, "act_friends"),
            act("asked_about_their_day", CONNECTION, ALL, "act_chat"),
            act("taught_something_i_love", CONNECTION, ALL, "act_music"),
            act("said_hello_to_neighbour", CONNECTION, UP_TO_11, "act_tree"),
            act("made_a_new_friend", CONNECTION, YOUNG, "act_friends"),
            act("hugged_family", CONNECTION, YOUNG, "act_hug"),
            act("helped_our_community", CONNECTION, FROM_9, "act_tree"),
            act("made_up_after_argument", CONNECTION, FROM_9, "act_hug"),
            act("went_over_to_someone_alone", CONNECTION, TEENS, "act_friends"),
            // ---------------------------------------------------------------- empathy
            act("listened_to_sad_friend", EMPATHY, ALL, "act_ear"),
            act("noticed_how_someone_felt", EMPATHY, ALL, "act_heart"),
            act("asked_are_you_ok", EMPATHY, ALL, "act_speech"),
            act("comforted_someone_hurt", EMPATHY, ALL, "act_hug"),
            act("listened_without_interrupting", EMPATHY, ALL, "act_ear"),
            act("said_sorry", EMPATHY, ALL, "act_heart"),
            act("thought_how_they_felt", EMPATHY, FROM_9, "act_thought"),
            act("cheered_someone_up", EMPATHY, ALL, "act_sun"),
            act("was_patient", EMPATHY, ALL, "act_plant"),
            act("did_not_laugh_at_mistake", EMPATHY, ALL, "act_heart"),
            act("found_word_for_feeling", EMPATHY, UP_TO_11, "act_thought"),
            act("gentle_with_animal", EMPATHY, UP_TO_11, "act_heart"),
            act("understood_other_view", EMPATHY, TEENS, "act_thought"),
            act("asked_how_to_help", EMPATHY, ALL, "act_helping_hands"),
            act("noticed_someone_left_out", EMPATHY, FROM_9, "act_friends"),
            act("drew_picture_for_sad_friend", EMPATHY, YOUNG, "act_pencil"),
            act("stayed_calm_and_kind", EMPATHY, TEENS, "act_balloon"),
            // ---------------------------------------------------------------- standing up to stigma
            act("kind_words_about_feelings", STANDING_UP_TO_STIGMA, ALL, "act_speech"),
            act("stood_up_for_someone", STANDING_UP_TO_STIGMA, ALL, "act_shield"),
            act("said_feelings_are_ok", STANDING_UP_TO_STIGMA, ALL, "act_speech"),
            act("no_mean_words_about_minds", STANDING_UP_TO_STIGMA, FROM_9, "act_shield"),
            act("stayed_with_struggling_friend", STANDING_UP_TO_STIGMA, ALL, "act_hug"),
            act("told_adult_about_worried_friend", STANDING_UP_TO_STIGMA, ALL, "act_raised_hand"),
            act("asking_for_help_is_brave", STANDING_UP_TO_STIGMA, ALL, "act_raised_hand"),
            act("learned_about_mental_health", STANDING_UP_TO_STIGMA, FROM_9, "act_book"),
            act("talked_about_feelings_openly", STANDING_UP_TO_STIGMA, FROM_9, "act_chat"),
            act("did_not_join_teasing", STANDING_UP_TO_STIGMA, ALL, "act_shield"),
            act("everyone_has_hard_days", STANDING_UP_TO_STIGMA, ALL, "act_sun"),
            act("kind_when_others_were_not", STANDING_UP_TO_STIGMA, ALL, "act_heart"),
            act("made_mental_health_poster", STANDING_UP_TO_STIGMA, FROM_9, "act_pencil"),
            act("you_can_talk_to_me", STANDING_UP_TO_STIGMA, ALL, "act_message"),
            act("stopped_a_rumour", STANDING_UP_TO_STIGMA, TEENS, "act_shield"),
            act("listened_without_judging", STANDING_UP_TO_STIGMA, TEENS, "act_ear"),
            act("know_who_to_talk_to", STANDING_UP_TO_STIGMA, ALL, "act_raised_hand"),
            act("everyone_has_feelings", STANDING_UP_TO_STIGMA, YOUNG, "act_heart"));

    private static final Map<String, SuggestedAct> BY_ID = index(ACTS);

    private ActLibrary() {
    }

    /** Every act, in display order (grouped by category). */
    public static List<SuggestedAct> all() {
        return ACTS;
    }

    public static Optional<SuggestedAct> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The acts whose wording suits the age band, in display order. */
    public static List<SuggestedAct> forAgeBand(AgeBand band) {
        return ACTS.stream().filter(a -> a.suits(band)).toList();
    }

    /** The acts in any of the categories that suit the age band, in display order. */
    public static List<SuggestedAct> forCategories(Set<Category> categories, AgeBand band) {
        return ACTS.stream().filter(a -> categories.contains(a.category()) && a.suits(band)).toList();
    }

    private static SuggestedAct act(String id, Category category, Set<AgeBand> bands, String pictureId) {
        return new SuggestedAct(id, category, bands, "act." + id, pictureId);
    }

    private static Map<String, SuggestedAct> index(List<SuggestedAct> acts) {
        Map<String, SuggestedAct> byId = new LinkedHashMap<>();
        for (SuggestedAct a : acts) {
            if (byId.put(a.id(), a) != null) {
                throw new IllegalStateException("duplicate act id " + a.id());
            }
        }
        return Map.copyOf(byId);
    }
}
