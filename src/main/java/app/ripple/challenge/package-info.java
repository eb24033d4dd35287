@NullMarked
package app.ripple.challenge;

import org.jspecify.annotations.NullMarked;
