@NullMarked
package app.ripple.school;

import org.jspecify.annotations.NullMarked;
