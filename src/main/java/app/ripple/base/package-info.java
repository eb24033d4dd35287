@NullMarked
package app.ripple.base;

import org.jspecify.annotations.NullMarked;
