package dev.promcdi.internal.cdi;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every message of the core's deployment validation, in one place so they read alike. */
final class Messages {

    private Messages() {
    }

    static String invalid(Binding binding, String reason) {
        return "Invalid " + binding.describe() + ": " + reason;
    }

    static String deploymentFailed(List<String> problems) {
        return "promcdi found " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in this deployment:\n  "
                + String.join("\n  ", problems.stream().sorted().toList());
    }

    static String notInterceptable(String modifier) {
        return "the container cannot intercept a " + modifier
                + " method; make it non-private, non-static and non-final, or remove the annotation.";
    }

    static String finalClass(Class<?> type) {
        return "the container cannot intercept the methods of a final class; remove 'final' from "
                + type.getName() + " or remove the annotation.";
    }

    static String invalidName(String name) {
        return "'" + name + "' is not a valid metric name; use letters, digits, underscores and colons, "
                + "not starting with a digit.";
    }

    static String reservedSuffix(String name, String clientReason) {
        return "'" + name + "' is not a valid metric name: " + clientReason + " Choose a name without it.";
    }

    static String unreadableLabelNames(String name) {
        return "promcdi cannot read the label names of the application's metric '" + name
                + "' with this version of the Prometheus client; use the client version promcdi is built with.";
    }

    static String unusableApplicationMetric(Object bean, String why) {
        return "the application's metric bean " + bean + " cannot be used at deployment (" + why
                + "); produce it as a static field or with @Dependent, @Singleton or @ApplicationScoped.";
    }

    static String labelNotKeyValue(String label) {
        return "label '" + label + "' is not of the form \"key=value\"; write it as \"key=value\".";
    }

    static String invalidLabelName(String key) {
        return "'" + key + "' is not a valid label name; use letters, digits and underscores, "
                + "not starting with a digit or with '__'.";
    }

    static String reservedLabelName(String key, BindingKind<?, ?> kind) {
        return "label name '" + key + "' is reserved for " + kind.needs + "; choose another name.";
    }

    static String duplicateLabel(String key) {
        return "label '" + key + "' is given twice; give each label once.";
    }

    static String invalidBuckets(double[] buckets) {
        return "buckets " + Arrays.toString(buckets)
                + " are not valid; give finite upper bounds in increasing order, each once.";
    }

    static String typeConflict(String name, Binding other) {
        return "metric '" + name + "' is also used by " + other.describe() + ", which needs "
                + other.kind().needs + "; give one of them another name.";
    }

    static String helpConflict(String name, String help, Binding other) {
        return "help '" + help + "' of metric '" + name + "' differs from '" + other.help() + "' on "
                + other.describe() + "; give the same help, or leave it empty on all but one site.";
    }

    static String labelConflict(String name, Set<String> keys, Binding other, Set<String> otherKeys) {
        return "metric '" + name + "' has label names " + keys + " here but " + otherKeys + " on "
                + other.describe() + "; every site of one metric must give the same label names.";
    }

    static String bucketConflict(String name, double[] buckets, Binding other) {
        return "buckets " + Arrays.toString(buckets) + " of metric '" + name + "' differ from "
                + Arrays.toString(other.buckets()) + " on " + other.describe()
                + "; give the same buckets, or leave them empty on all but one site.";
    }

    static String applicationMetricType(String name, Object metric, BindingKind<?, ?> kind) {
        return "the application's metric '" + name + "' is a " + metric.getClass().getSimpleName()
                + ", but " + kind.display() + " needs " + kind.needs
                + "; produce a metric of that type or use another name.";
    }

    static String applicationMetricDefinition(String name) {
        return "metric '" + name + "' is produced by the application, which defines its help and "
                + "buckets; remove help and buckets from the annotation.";
    }

    static String applicationMetricLabels(String name, Set<String> metricLabels, Set<String> siteLabels) {
        return "the application's metric '" + name + "' has label names " + metricLabels
                + " but the annotation gives " + siteLabels
                + "; give a value for exactly these labels, as \"key=value\".";
    }

    static String alreadyRegistered(String name, String why) {
        return "the registry refuses metric '" + name + "': " + why + ". If the application "
                + "registers it itself, also produce it as a CDI bean (@Produces) so promcdi uses it, "
                + "or choose another name.";
    }

    static String ambiguousBeans(String type, Set<?> beans) {
        return "promcdi needs at most one bean of type " + type + " but found " + beans.size() + ": "
                + beans.stream().map(Object::toString).collect(Collectors.joining(", "))
                + "; keep one, or qualify the others.";
    }
}
