/**
 * The act library: about 90 suggested kindness acts written for Ripple (English and Spanish, three
 * age bands), the pictures that go with them, five "how did it feel" faces and four ready-made
 * challenge templates. Everything here is static data; act and picture ids are stored in the
 * database, so they never change (add new ones, never rename or remove).
 */
@NullMarked
@NamedInterface("library")
package app.ripple.challenge.library;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
