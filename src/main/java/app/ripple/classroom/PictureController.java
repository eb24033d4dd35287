package app.ripple.classroom;

import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.PictureRenderer;
import app.ripple.classroom.pictures.Pictures;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves avatars and password pictures as SVG, drawn from the same model as the printed cards.
 * The pictures themselves are not secret (which three a student uses is), so they are public and
 * cached; the accessible name sits on the page's {@code img alt}, so these SVGs are decorative.
 */
@RestController
class PictureController {

    @GetMapping(value = "/pictures/{kind}/{id}.svg", produces = "image/svg+xml")
    ResponseEntity<String> picture(@PathVariable String kind, @PathVariable String id) {
        Optional<Picture> picture = switch (kind) {
            case "avatar" -> Pictures.avatar(id);
            case "password" -> Pictures.passwordPicture(id);
            default -> Optional.empty();
        };
        return picture.map(p -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .body(PictureRenderer.toSvg(p, null)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
