package app.ripple.challenge;

import app.ripple.challenge.library.ActPictures;
import app.ripple.challenge.library.FeelingFaces;
import app.ripple.classroom.pictures.Picture;
import app.ripple.classroom.pictures.PictureRenderer;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the act, recipient, category and feeling pictures as SVG (public, cached, decorative). */
@RestController
class ActPictureController {

    @GetMapping(value = "/pictures/act/{id}.svg", produces = "image/svg+xml")
    ResponseEntity<String> picture(@PathVariable String id) {
        Optional<Picture> picture = ActPictures.picture(id)
                .or(() -> FeelingFaces.all().stream().filter(p -> p.id().equals(id)).findFirst());
        return picture.map(p -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .body(PictureRenderer.toSvg(p, null)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
