package nl.koers.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The fields a browser would send for the first form of a page, read from its HTML: every named input (hidden ones
 * too), textarea and select (its selected option, else its first). Tests post this map, changed where a person would
 * type, so that what they post is what the page offers, under the names it gives.
 */
final class FormFields {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.:-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    private FormFields() {
    }

    /** The fields of the first form on the page whose body has one of these names, in page order. */
    static Map<String, String> of(String html, String someName) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> fields = fields(form.group(1));
            if (fields.containsKey(someName)) {
                return fields;
            }
        }
        throw new AssertionError("no form with a field '" + someName + "' in page:\n" + html);
    }

    private static Map<String, String> fields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(body);
        while (field.find()) {
            if (field.group(1) != null) {
                Map<String, String> input = attributes(field.group(1));
                if (input.containsKey("name") && !"submit".equals(input.get("type"))) {
                    fields.put(input.get("name"), input.getOrDefault("value", ""));
                }
            } else if (field.group(2) != null) {
                fields.put(attributes(field.group(2)).get("name"), HtmlUtils.htmlUnescape(field.group(3)));
            } else {
                fields.put(attributes(field.group(4)).get("name"), selected(field.group(5)));
            }
        }
        return fields;
    }

    private static String selected(String options) {
        Matcher option = OPTION.matcher(options);
        String first = null;
        while (option.find()) {
            String tag = option.group(1);
            Map<String, String> attributes = attributes(tag);
            String value = attributes.getOrDefault("value", "");
            if (tag.contains("selected")) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first == null ? "" : first;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), HtmlUtils.htmlUnescape(attribute.group(2)));
        }
        return attributes;
    }
}
