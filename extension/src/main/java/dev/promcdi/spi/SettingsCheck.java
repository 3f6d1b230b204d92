package dev.promcdi.spi;

/**
 * Checks the settings of one promcdi module when a CDI deployment is validated, together with
 * every other module's, so that one report names every invalid key of the deployment, whichever
 * module owns it. A module lists its implementation in
 * {@code META-INF/services/dev.promcdi.spi.SettingsCheck}; the module reads its settings again, as
 * a value, when it starts.
 */
public interface SettingsCheck {

    /**
     * Reads every key of the module from {@code settings}, which keeps each invalid one as a problem.
     *
     * @param settings the deployment's settings
     */
    void check(Settings settings);
}
