package app.ripple.classroom;

import com.vaadin.flow.component.Component;

/** A section other features add to the class page (e.g. the class's challenges). */
public interface ClassPageSection {

    /** Sections are shown in this order after the roster. */
    int order();

    String titleKey();

    Component create(long classId);
}
