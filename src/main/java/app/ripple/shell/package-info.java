@NullMarked
package app.ripple.shell;

import org.jspecify.annotations.NullMarked;
