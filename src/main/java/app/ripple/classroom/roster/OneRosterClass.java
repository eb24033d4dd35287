package app.ripple.classroom.roster;

import org.jspecify.annotations.Nullable;

/** A class offered by a OneRoster package (classes.csv), for the teacher to pick. */
public record OneRosterClass(String sourcedId, String title, @Nullable String classCode) {
}
