package app.ripple.security;

/** Whether the installation still needs its first-run setup (no staff account exists yet). */
public interface SetupStatus {

    boolean isSetupNeeded();
}
