package dev.promcdi.push.internal;

import dev.promcdi.spi.ModuleSettings;
import dev.promcdi.spi.Settings;

/** This module's keys, checked with every other module's when a deployment is validated. */
public final class PushSettingsCheck implements ModuleSettings {

    /** Creates the check; the service loader does. */
    public PushSettingsCheck() {
    }

    @Override
    public void read(Settings settings) {
        PushSettings.read(settings);
    }
}
