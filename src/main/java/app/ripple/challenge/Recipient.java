package app.ripple.challenge;

/**
 * Who an act was for (a student taps one picture). Names are stored in the database, so they never
 * change. Text: {@code recipient.<NAME>}; picture: an id in {@code ActPictures}.
 */
public enum Recipient {
    CLASSMATE("recipient_classmate"),
    FAMILY("recipient_family"),
    SOMEONE_AT_SCHOOL("recipient_school"),
    COMMUNITY("recipient_community"),
    MYSELF("recipient_myself");

    private final String pictureId;

    Recipient(String pictureId) {
        this.pictureId = pictureId;
    }

    public String nameKey() {
        return "recipient." + name();
    }

    public String pictureId() {
        return pictureId;
    }
}
