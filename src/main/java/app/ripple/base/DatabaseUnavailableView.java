package app.ripple.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;

/**
 * Shown instead of a page that could not be built because a Spring data or transaction call failed
 * (both are {@link NestedRuntimeException}s). When the database is unreachable it says so and offers
 * to try again; any other such failure gets a short generic message (details go to the log only).
 */
@AnonymousAllowed
class DatabaseUnavailableView extends Main implements HasErrorParameter<NestedRuntimeException> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableView.class);

    DatabaseUnavailableView() {
        setId("database-unavailable");
        addClassName("ripple-card");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NestedRuntimeException> parameter) {
        removeAll();
        boolean outage = DatabaseOutage.isOutage(parameter.getCaughtException());
        if (outage) {
            log.warn("Database unreachable while opening {}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
        } else {
            log.error("Failed to open {}", event.getLocation().getPath(), parameter.getCaughtException());
        }
        String path = event.getLocation().getPathWithQueryParameters();
        Button retry = new Button(getTranslation("db.unavailable.retry"),
                e -> getUI().ifPresent(ui -> ui.getPage().setLocation(path.isEmpty() ? "./" : path)));
        retry.setId("database-unavailable-retry");
        add(new H1(getTranslation(outage ? "db.unavailable.title" : "error.title")),
                new Paragraph(getTranslation(outage ? "db.unavailable.text" : "error.text")), retry);
        return outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
