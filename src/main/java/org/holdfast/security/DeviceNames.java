package org.holdfast.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

import ua_parser.Client;
import ua_parser.Parser;

/**
 * What a person can recognise a sign-in by, without a GeoIP database: the browser and system read from the
 * User-Agent with ua-parser's maintained rules ("Firefox on Android"), and the network said coarsely ("this
 * computer", "local network", or a public address with its last part hidden, "203.0.113.x"). Coarse on
 * purpose: the page tells a person whether a sign-in was theirs without keeping where they are.
 */
public final class DeviceNames {

    private static final Parser PARSER = new Parser();
    static final int MAX_USER_AGENT = 512;

    private DeviceNames() {
    }

    /** "Firefox on Android", "Chrome on Windows"; "Unknown browser" when nothing is recognised. */
    public static String browser(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        Client client = PARSER.parse(userAgent.length() > MAX_USER_AGENT ? userAgent.substring(0, MAX_USER_AGENT)
                : userAgent);
        String browser = known(client.userAgent.family) ? client.userAgent.family : "Unknown browser";
        String system = known(client.os.family) ? client.os.family : null;
        return system == null ? browser : browser + " on " + system;
    }

    /** The network a request came from, said coarsely. */
    public static String place(String address) {
        if (address == null || address.isBlank()) {
            return "Unknown network";
        }
        InetAddress inet;
        try {
            // Only literal addresses reach here (the servlet's remote address): no name is ever looked up.
            if (!address.matches("[0-9a-fA-F:.%]+")) {
                return "Unknown network";
            }
            inet = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            return "Unknown network";
        }
        if (inet.isLoopbackAddress()) {
            return "This computer";
        }
        if (inet.isSiteLocalAddress() || inet.isLinkLocalAddress() || isUniqueLocal(inet)) {
            return "Local network";
        }
        if (address.contains(":")) {
            String[] groups = address.split(":");
            return groups.length >= 3 ? groups[0] + ":" + groups[1] + ":" + groups[2] + ":…" : "Internet";
        }
        return address.substring(0, address.lastIndexOf('.') + 1) + "x";
    }

    private static boolean isUniqueLocal(InetAddress inet) {
        byte[] bytes = inet.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }

    private static boolean known(String family) {
        return family != null && !family.isBlank() && !"Other".equals(family);
    }
}
