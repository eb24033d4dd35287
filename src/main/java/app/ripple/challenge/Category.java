package app.ripple.challenge;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public enum Category {
    KIND_TO_OTHERS, KIND_TO_MYSELF, CONNECTION, EMPATHY, STANDING_UP_TO_STIGMA;

    public String nameKey() {
        return "category." + name();
    }

    public String pictureId() {
        return "act_heart";
    }

    public boolean isPrivate() {
        return this == KIND_TO_MYSELF;
    }
}
