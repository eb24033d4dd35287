package app.ripple.shell;

import app.ripple.school.Languages;
import app.ripple.school.StaffService;
import app.ripple.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Each new page of a signed-in staff member opens in the language saved on their account. */
@Component
class StaffLocale implements VaadinServiceInitListener {

    private final StaffService staff;
    private final CurrentUser currentUser;

    StaffLocale(StaffService staff, CurrentUser currentUser) {
        this.staff = staff;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            if (currentUser.get().isPresent()) {
                e.getUI().setLocale(Languages.locale(staff.me().language()));
            }
        });
    }
}
