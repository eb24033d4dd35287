@NullMarked
@NamedInterface("library")
package app.ripple.challenge.library;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
