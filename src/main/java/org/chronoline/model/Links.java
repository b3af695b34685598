package org.chronoline.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses from a timeline file may be opened: absolute {@code http} and {@code https}
 * addresses in the system browser, and {@code mailto} addresses in the mail program. A file can
 * show anything, but it can make the computer do nothing except, after a click, show a web page
 * or start an e-mail. {@code file:}, {@code javascript:}, {@code data:} and the rest are never opened.
 *
 * <p>The address returned is in plain ASCII: an international domain name appears in its
 * {@code xn--} form, so a look-alike host (Cyrillic "а" for Latin "a") cannot pass for another.
 */
public final class Links {
    private Links() {
    }

    /** The address as a URI when it may be opened, otherwise empty. */
    public static Optional<URI> openable(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String text = address.strip();
        if (!text.codePoints().allMatch(c -> c > 0x20 && c != 0x7F && !Character.isISOControl(c) && !isDirectionControl(c))) {
            return Optional.empty(); // hidden characters have no place in an address
        }
        if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)) {
            text = escaped(text);
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "http", "https" -> {
                    URI ascii = withAsciiHost(uri);
                    return ascii.getHost() == null || ascii.getHost().isEmpty() || ascii.getUserInfo() != null
                            ? Optional.empty() : Optional.of(ascii);
                }
                case "mailto" -> {
                    String to = uri.getSchemeSpecificPart();
                    return to != null && to.matches("[^@?\\s]+@[^@?\\s]+(\\?.*)?") ? Optional.of(uri) : Optional.empty();
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@link #openable} opens the address: at once for a plain web address ({@link #isPlainWebAddress}), as a
     * file of 100,000 sources holds them (checked in full, each took a cold start of such a file half a second longer).
     */
    public static boolean opens(String address) {
        return address != null && isPlainWebAddress(address) || openable(address).isPresent();
    }

    /** What a path or a query may hold in a plain web address besides letters and digits: nothing a browser escapes. */
    private static final String PLAIN_PATH = "._~!$&'()*+,;=:/?-";

    /**
     * A web address as most files hold it, which {@link #openable} opens: http or https, a host name of labels of
     * letters, digits and inner hyphens whose last begins with a letter, perhaps a port, then a path or a query of
     * letters, digits and {@link #PLAIN_PATH}.
     */
    static boolean isPlainWebAddress(String a) {
        int i = a.regionMatches(true, 0, "https://", 0, 8) ? 8 : a.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (i < 0) {
            return false;
        }
        boolean lastBeginsWithLetter;
        while (true) {
            int start = i;
            while (i < a.length() && (isAsciiLetterOrDigit(a.charAt(i)) || a.charAt(i) == '-')) {
                i++;
            }
            if (i == start || a.charAt(start) == '-' || a.charAt(i - 1) == '-') {
                return false;
            }
            lastBeginsWithLetter = !Character.isDigit(a.charAt(start));
            if (i < a.length() && a.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        if (!lastBeginsWithLetter) {
            return false;
        }
        if (i < a.length() && a.charAt(i) == ':') {
            int port = ++i;
            while (i < a.length() && a.charAt(i) >= '0' && a.charAt(i) <= '9') {
                i++;
            }
            if (i == port || i - port > 5) {
                return false;
            }
        }
        if (i < a.length() && a.charAt(i) != '/' && a.charAt(i) != '?') {
            return false;
        }
        for (; i < a.length(); i++) {
            if (!isAsciiLetterOrDigit(a.charAt(i)) && PLAIN_PATH.indexOf(a.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The characters a web address may hold that {@link URI} refuses, and a browser sends escaped. */
    private static final String ESCAPED_IN_WEB_ADDRESSES = "\"<>`{}|^";

    /**
     * The address with quotes, angle brackets and the like escaped, as a browser does: a search
     * address with a quoted phrase opened on the page and was no link in the window or handout.
     */
    private static String escaped(String address) {
        StringBuilder out = new StringBuilder(address.length() + 16);
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (ESCAPED_IN_WEB_ADDRESSES.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the link starts an e-mail rather than showing a web page. */
    public static boolean isMail(URI uri) {
        return "mailto".equalsIgnoreCase(uri.getScheme());
    }

    /** What the link really opens, written out for the reader before they click. */
    public static String target(URI uri) {
        return uri.toASCIIString();
    }

    /**
     * The address with its host in ASCII. {@link URI} leaves a host with non-ASCII letters
     * unparsed (null), so the authority is converted by hand.
     */
    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        if (uri.getHost() != null || uri.getRawAuthority() == null) {
            return uri;
        }
        String authority = uri.getRawAuthority();
        if (authority.contains("@")) {
            return uri; // user info: refused by the caller (getHost is null)
        }
        int colon = authority.lastIndexOf(':');
        String host = colon > 0 && authority.substring(colon + 1).matches("\\d+") ? authority.substring(0, colon) : authority;
        String port = host.length() < authority.length() ? authority.substring(host.length()) : "";
        String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return new URI(uri.getScheme() + "://" + ascii + port + rest);
    }

    private static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }
}
