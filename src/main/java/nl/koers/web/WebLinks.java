package nl.koers.web;

import java.net.URI;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A web page in a reply, as a Markdown link named after its site ("[rvo.nl](https://www.rvo.nl/…)"): long addresses
 * read badly and break a chat bubble on a phone, the site's name says enough.
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** The link, or the address as it is when it is no http(s) address. */
    public static String named(String address) {
        String site = site(address);
        return site == null ? address : "[" + site + "](" + address.replace(")", "%29").replace(" ", "%20") + ")";
    }

    /** The site of an http(s) address, without "www." ("rvo.nl"); null for anything else. */
    public static @Nullable String site(String address) {
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (host == null || scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
