package app.ripple.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When PostgreSQL cannot be reached, people see one clear, calm message instead of a stack trace:
 * on navigation through {@link DatabaseUnavailableView}, on a click through this session error
 * handler (a notification; the page and anything typed on it stay). The connection pool fails fast
 * ({@code spring.datasource.hikari.connection-timeout}) and reconnects by itself once the database
 * is back, so "try again" works without restarting Ripple.
 */
@Component
class DatabaseOutage implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    /** True when the failure means "the database is not reachable right now". */
    static boolean isOutage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CannotCreateTransactionException || c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessException || c instanceof SQLTransientConnectionException
                    || c instanceof java.net.ConnectException) {
                return true;
            }
            if (c instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true; // connection exceptions
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new DefaultErrorHandler() {
            @Override
            public void error(ErrorEvent errorEvent) {
                Throwable t = errorEvent.getThrowable();
                UI ui = UI.getCurrent();
                if (isOutage(t) && ui != null) {
                    log.warn("Database unreachable while handling a request: {}", t.toString());
                    FieldErrors.Notifications.error(ui.getTranslation("db.unavailable.title") + ". "
                            + ui.getTranslation("db.unavailable.text")).setId("database-unavailable-notification");
                    return;
                }
                super.error(errorEvent);
            }
        }));
    }
}
