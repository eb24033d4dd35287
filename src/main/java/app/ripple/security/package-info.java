@NullMarked
package app.ripple.security;

import org.jspecify.annotations.NullMarked;
