/**
 * Kindness challenges: a class works together towards one shared goal (never a competition).
 * The module root holds the vocabulary other modules will use ({@link app.ripple.challenge.Category},
 * {@link app.ripple.challenge.Recipient}); the {@code library} named interface holds the
 * suggested acts, their pictures, the feeling faces and the challenge templates.
 * <p>
 * Other modules read this module's tables only through its API or the read-only views listed in
 * {@link PublishedViews} (migration V13).
 */
@PublishedViews({
        "challenge_challenges_v",
        "challenge_acts_v",
        "challenge_custom_acts_v"})
@NullMarked
package app.ripple.challenge;

import app.ripple.base.PublishedViews;
import org.jspecify.annotations.NullMarked;
