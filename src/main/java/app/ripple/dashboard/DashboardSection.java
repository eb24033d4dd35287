package app.ripple.dashboard;

import app.ripple.classroom.ClassPageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** A link from the class page to the class's dashboard. */
@org.springframework.stereotype.Component
class DashboardSection implements ClassPageSection {

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "dashboard.section.title";
    }

    @Override
    public Component create(long classId) {
        Anchor link = new Anchor("classes/" + classId + "/dashboard", "");
        link.setId("class-dashboard-link");
        Paragraph p = new Paragraph(link);
        link.setText(p.getTranslation("dashboard.section.link"));
        return p;
    }
}
