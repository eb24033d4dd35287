package app.ripple.shell;

import app.ripple.school.DistrictService;
import app.ripple.school.SchoolService;
import app.ripple.security.Role;
import app.ripple.school.StaffService;
import app.ripple.school.StaffSummary;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The staff shell: side navigation built from {@code @Menu} (Vaadin lists only the routes the
 * signed-in person may open: a district administrator sees the district's pages and no school's, the
 * school's staff the reverse), the school's (or district's) name, and a user menu.
 * Staff who must replace a one-time password are kept on the account page until they do.
 */
@Layout
@RolesAllowed({"COORDINATOR", "TEACHER", Role.DISTRICT_ADMIN_NAME})
public final class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final StaffService staffService;

    private final boolean districtAdmin;

    MainLayout(SchoolService schoolService, StaffService staffService, DistrictService districtService,
            AuthenticationContext authenticationContext) {
        this.staffService = staffService;
        setPrimarySection(Section.DRAWER);
        StaffSummary me = staffService.me();
        districtAdmin = me.role() == Role.DISTRICT_ADMIN;

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        // A district administrator belongs to no school: the bar names the district.
        Span schoolName = new Span(districtAdmin ? districtService.districtName()
                : schoolService.current().map(s -> s.name()).orElse(getTranslation("app.name")));
        schoolName.addClassName("ripple-school-name");
        schoolName.setId("school-name");

        MenuBar userMenu = new MenuBar();
        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.name());
        avatar.setColorIndex((int) (me.id() % 7));
        Span who = new Span(avatar, new Span(me.name()));
        who.addClassName("ripple-user");
        MenuItem root = userMenu.addItem(who);
        root.setAriaLabel(getTranslation("shell.userMenu", me.name()));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.account"), e -> getUI().ifPresent(ui -> ui.navigate(AccountView.class)))
                .setId("user-menu-account");
        sub.addItem(getTranslation("shell.signOut"), e -> authenticationContext.logout()).setId("user-menu-sign-out");

        Div spacer = new Div();
        spacer.addClassName("ripple-spacer");
        addToNavbar(toggle, schoolName, spacer, userMenu);

        Image logo = new Image("images/ripple-logo.svg", "");
        logo.addClassName("ripple-drawer-logo");
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("ripple-app-name");
        Div brand = new Div(logo, appName);
        brand.addClassName("ripple-brand");
        addToDrawer(brand, new Scroller(createSideNav()));
    }

    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("shell.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // Vaadin lists only the routes this person may open; the staff home forwards a district
            // administrator to the district's schools, which has its own entry.
            if (districtAdmin && (entry.path().isEmpty() || entry.path().equals("/"))) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != AccountView.class && staffService.me().mustChangePassword()) {
            event.forwardTo(AccountView.class);
        }
    }
}
