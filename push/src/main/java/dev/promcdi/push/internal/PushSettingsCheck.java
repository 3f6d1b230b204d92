package dev.promcdi.push.internal;

import dev.promcdi.spi.SettingsCheck;
import dev.promcdi.spi.Settings;

/** This module's keys, checked with every other module's when a deployment is validated. */
public final class PushSettingsCheck implements SettingsCheck {

    /** Creates the check; the service loader does. */
    public PushSettingsCheck() {
    }

    @Override
    public void check(Settings settings) {
        PushSettings.read(settings);
        TextfileLifecycle.read(settings);
    }
}
