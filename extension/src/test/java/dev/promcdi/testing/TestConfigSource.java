package dev.promcdi.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** A MicroProfile Config source whose values tests set; it outranks system properties. */
public class TestConfigSource implements ConfigSource {

    public static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "promcdi-tests";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
