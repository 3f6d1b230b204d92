package dev.promcdi.server.internal;

import dev.promcdi.spi.SettingsCheck;
import dev.promcdi.spi.Settings;

/** This module's keys, checked with every other module's when a deployment is validated. */
public final class ServerSettingsCheck implements SettingsCheck {

    /** Creates the check; the service loader does. */
    public ServerSettingsCheck() {
    }

    @Override
    public void check(Settings settings) {
        EndpointSettings.read(settings);
    }
}
