/**
 * Pictures for children who cannot (yet) type a password: avatars and the 12 password pictures.
 * One tiny vector model ({@link Shape}, {@link Picture}) with two outputs: SVG for the web and
 * vector drawing into PDFBox for printed sign-in cards ({@link PictureRenderer}, {@link SignInCardsPdf}).
 * Picture ids are stored in the database, so they never change.
 */
@NullMarked
@NamedInterface("pictures")
package app.ripple.classroom.pictures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
