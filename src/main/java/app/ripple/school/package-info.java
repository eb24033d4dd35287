/**
 * Publishes read-only views over its tables for other modules' read models (V13); see {@link PublishedViews}.
 */
@PublishedViews({
        "school_schools_v",
        "school_terms_v",
        "school_staff_v",
        "school_staff_contacts_v",
        "school_languages_v"})
@NullMarked
package app.ripple.school;

import app.ripple.base.PublishedViews;
import org.jspecify.annotations.NullMarked;
