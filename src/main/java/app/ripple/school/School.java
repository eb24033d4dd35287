package app.ripple.school;

import org.jspecify.annotations.Nullable;

/**
 * The school row as this package reads it. {@code retentionMonths}: months after a term's end when
 * identifiable student data is deleted; null = keep (off).
 */
record School(long id, String name, String timeZone, String defaultLanguage, String paperSize,
        @Nullable Integer retentionMonths) {
}
