package app.ripple.school;

import java.time.ZoneId;

/** The school as the rest of the app sees it. */
public record SchoolInfo(long id, String name, ZoneId timeZone, String defaultLanguage) {
}
