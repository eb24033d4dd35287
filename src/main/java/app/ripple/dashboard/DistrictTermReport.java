package app.ripple.dashboard;

import app.ripple.dashboard.DistrictRecords.DistrictOverview;
import java.util.Locale;

/**
 * Draws the district term report PDF (one page per school and a summary page). The report feature
 * provides it; the overview page only asks for the bytes, so this module does not depend on that one.
 */
public interface DistrictTermReport {

    byte[] pdf(DistrictOverview overview, Locale locale);
}
