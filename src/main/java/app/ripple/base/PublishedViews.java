package app.ripple.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's {@code package-info}: the read-only SQL views the module publishes over its own
 * tables (migration V13), for other modules' read models. A module owns its tables; other modules
 * read them only through the owner's query methods or these views, never the tables themselves
 * (checked by {@code PublishedViewsTest}). Each view is named after its owner:
 * {@code <module>_<what>_v}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface PublishedViews {

    /** The views' names, e.g. {@code classroom_students_v}. */
    String[] value();
}
