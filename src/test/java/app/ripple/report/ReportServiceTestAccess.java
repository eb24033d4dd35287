package app.ripple.report;

/** The report tests' {@code qpdf --check} for tests of other packages (the district term report). */
public final class ReportServiceTestAccess {

    private ReportServiceTestAccess() {
    }

    public static void qpdfCheck(byte[] pdf) throws java.io.IOException {
        ReportServiceTest.qpdfCheck(pdf);
    }
}
