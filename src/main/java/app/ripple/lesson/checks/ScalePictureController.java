package app.ripple.lesson.checks;

import app.ripple.classroom.pictures.PictureRenderer;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the response-scale pictures as SVG (public, cached, decorative: the label is the button's text). */
@RestController
class ScalePictureController {

    @GetMapping(value = "/pictures/attitude/{id}.svg", produces = "image/svg+xml")
    ResponseEntity<String> picture(@PathVariable String id) {
        return ScalePictures.byId(id).map(p -> ResponseEntity.ok()
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .body(PictureRenderer.toSvg(p, null)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
