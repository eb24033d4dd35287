/**
 * Publishes read-only views over its tables for other modules' read models (V13); see {@link PublishedViews}.
 */
@PublishedViews({
        "classroom_classes_v",
        "classroom_class_teachers_v",
        "classroom_students_v"})
@NullMarked
package app.ripple.classroom;

import app.ripple.base.PublishedViews;
import org.jspecify.annotations.NullMarked;
