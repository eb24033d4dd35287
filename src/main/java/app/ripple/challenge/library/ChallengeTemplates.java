package app.ripple.challenge.library;

import java.util.List;

/** TEMPORARY stand-in until the act-library branch lands (same API). */
public final class ChallengeTemplates {

    private ChallengeTemplates() {
    }

    public static List<ChallengeTemplate> all() {
        return List.of();
    }
}
