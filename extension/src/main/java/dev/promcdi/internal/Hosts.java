package dev.promcdi.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name other machines should use for this one. Not part of the API. */
public final class Hosts {

    private Hosts() {
    }

    /**
     * This machine's host name, or the loopback address when it has none that resolves.
     *
     * @return a host name or address
     */
    public static String localName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }
}
