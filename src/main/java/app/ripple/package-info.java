@NullMarked
package app.ripple;

import org.jspecify.annotations.NullMarked;
