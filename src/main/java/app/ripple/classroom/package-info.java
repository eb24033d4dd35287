@NullMarked
package app.ripple.classroom;

import org.jspecify.annotations.NullMarked;
