package app.ripple.challenge;

/**
 * The five kinds of kindness from the source article. Names are stored in the database, so they
 * never change. Texts: {@code category.<NAME>} and {@code category.<NAME>.description}.
 */
public enum Category {
    /** Small gestures for someone else: holding the door, a compliment, helping with the shopping. */
    KIND_TO_OTHERS("act_helping_hands"),
    /** Self-care and kind self-talk. Private: never shown on a class wall. */
    KIND_TO_MYSELF("act_heart"),
    /** Including someone who is alone, checking on a friend. */
    CONNECTION("act_friends"),
    /** Noticing how someone feels, listening. */
    EMPATHY("act_ear"),
    /** Kind words about mental health, supporting someone who is struggling. */
    STANDING_UP_TO_STIGMA("act_shield");

    private final String pictureId;

    Category(String pictureId) {
        this.pictureId = pictureId;
    }

    public String nameKey() {
        return "category." + name();
    }

    /** A one-line description for teachers, e.g. when picking a challenge's categories. */
    public String descriptionKey() {
        return "category." + name() + ".description";
    }

    /** The category icon, an id in {@code ActPictures}. */
    public String pictureId() {
        return pictureId;
    }

    /** "Kind to myself" acts stay between the student and their teacher: never on a class wall. */
    public boolean isPrivate() {
        return this == KIND_TO_MYSELF;
    }
}
