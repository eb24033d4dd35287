@NullMarked
package app.ripple.classroom.pictures;

import org.jspecify.annotations.NullMarked;
