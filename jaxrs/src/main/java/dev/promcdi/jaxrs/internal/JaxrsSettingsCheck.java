package dev.promcdi.jaxrs.internal;

import dev.promcdi.spi.SettingsCheck;
import dev.promcdi.spi.Settings;

/** This module's keys, checked with every other module's when a CDI deployment is validated. Not part of the API. */
public final class JaxrsSettingsCheck implements SettingsCheck {

    /** Creates the check; the service loader does. */
    public JaxrsSettingsCheck() {
    }

    @Override
    public void check(Settings settings) {
        JaxrsSettings.read(settings);
    }
}
