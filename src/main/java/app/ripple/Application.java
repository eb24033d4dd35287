package app.ripple;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Ripple: classroom kindness programs, self-hosted.
 * The app shell carries the global look: Lumo plus Ripple's own calm palette.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ripple.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    /**
     * Ripple's icon for browser tabs and bookmarks, and the web app manifest a tablet reads when the
     * kiosk is added to its home screen. The files live in {@code META-INF/resources} and are open
     * without sign-in (see {@code SecurityConfig}).
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/ripple.svg", "any");
        settings.addFavIcon("icon", "favicon.ico", "48x48");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addMetaTag("theme-color", "#3d9a8b");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
