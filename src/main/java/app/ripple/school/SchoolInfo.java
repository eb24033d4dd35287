package app.ripple.school;

import java.time.ZoneId;

/** The school as the rest of the app sees it. {@code paperSize} is "A4" or "LETTER" for printouts. */
public record SchoolInfo(long id, String name, ZoneId timeZone, String defaultLanguage, String paperSize) {
}
