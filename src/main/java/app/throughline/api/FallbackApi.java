package app.throughline.api;

import app.throughline.common.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under {@code /api}: a 404 problem, not the app's HTML "Page not found". */
@RestController
@Hidden
class FallbackApi {

    @RequestMapping("/api/**")
    public void none() {
        throw new NotFoundException("This API address");
    }
}
