package dev.promcdi.jaxrs;

import jakarta.ws.rs.Path;
import java.lang.reflect.AnnotatedElement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Route templates as they appear in labels: {@code /api/users/{id}}, regular expressions left out. */
final class Templates {

    /** A template parameter, possibly with a regular expression: {@code {id}} or {@code {id: \d+}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private Templates() {
    }

    /** The {@code @Path} of a class or method, or empty. */
    static String pathOf(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    /** Joins path parts into one template: one leading slash, no double or trailing slashes, {@code {id}} bare. */
    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            for (String segment : PARAMETER.matcher(part).replaceAll("{$1}").split("/")) {
                if (!segment.isEmpty()) {
                    joined.append('/').append(segment);
                }
            }
        }
        return joined.length() == 0 ? "/" : joined.toString();
    }

    /** A pattern matching the paths {@code template} (not normalised) matches. */
    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(3) == null ? "[^/]+" : "(?:" + parameter.group(3).trim() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
