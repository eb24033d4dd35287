package app.ripple.classroom.pictures;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What goes on a class's printable sign-in cards (see {@link SignInCardsPdf}).
 *
 * @param translate key → text in {@code locale}, e.g. {@code k -> i18n.getTranslation(k, locale)};
 *                  texts with {0} placeholders are formatted by the renderer
 */
public record SignInCards(String schoolName, String className, PaperSize paper, Locale locale,
                          Function<String, String> translate, List<Card> cards) {

    public SignInCards {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(translate, "translate");
        cards = List.copyOf(cards);
    }

    /** One child's card: the avatar to tap and the 3 password pictures to tap, in order. */
    public record Card(String displayName, String avatarId, List<String> passwordPictureIds) {
        public Card {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(avatarId, "avatarId");
            passwordPictureIds = List.copyOf(passwordPictureIds);
            if (passwordPictureIds.size() != 3) {
                throw new IllegalArgumentException("a picture password has exactly 3 pictures");
            }
        }
    }

    public enum PaperSize { A4, LETTER }
}
