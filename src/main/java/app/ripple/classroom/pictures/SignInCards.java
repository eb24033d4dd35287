package app.ripple.classroom.pictures;

import java.util.List;
import java.util.Locale;
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
        cards = List.copyOf(cards);
    }

    /** One child's card: the avatar to tap and the 3 password pictures to tap, in order. */
    public record Card(String displayName, String avatarId, List<String> passwordPictureIds) {
        public Card {
            passwordPictureIds = List.copyOf(passwordPictureIds);
            if (passwordPictureIds.size() != 3) {
                throw new IllegalArgumentException("a picture password has exactly 3 pictures");
            }
        }
    }

    public enum PaperSize { A4, LETTER }
}
