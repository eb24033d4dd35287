/**
 * Kindness challenges: a class works together towards one shared goal (never a competition).
 * The module root holds the vocabulary other modules will use ({@link app.ripple.challenge.Category},
 * {@link app.ripple.challenge.Recipient}); the {@code library} named interface holds the
 * suggested acts, their pictures, the feeling faces and the challenge templates.
 */
@NullMarked
package app.ripple.challenge;

import org.jspecify.annotations.NullMarked;
