package org.chronoline.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses from a timeline file may be opened in the system browser: only absolute
 * {@code http} and {@code https} addresses. A file can show anything, but it can make the computer
 * do nothing except, after a click, show a web page.
 */
public final class Links {
    private Links() {
    }

    /** The address as a URI when it may be opened, otherwise empty. */
    public static Optional<URI> openable(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
