package app.ripple.challenge;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public enum Recipient {
    CLASSMATE, FAMILY, SOMEONE_AT_SCHOOL, COMMUNITY, MYSELF;

    public String nameKey() {
        return "recipient." + name();
    }

    public String pictureId() {
        return "act_heart";
    }
}
