package dev.promcdi.invaliddefinitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promcdi.testing.Containers;
import dev.promcdi.testing.Fixtures;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * C7: bad definitions fail the deployment with one message naming every offending site.
 */
class C7InvalidDefinitionsTest {

    @Test
    void C7_invalidMetricNamesAreReported() {
        String message = deploymentFailure(Invalid.BadNames.class);

        assertProblems(message,
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$BadNames.digitFirst(): '1st_seconds' is not a valid metric name",
                "Invalid @Count on dev.promcdi.invaliddefinitions.Invalid$BadNames.dash(): 'orders-total' is not a valid metric name",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$BadNames.reservedSuffix(): 'orders_bucket' is not a valid "
                        + "metric name: The metric name must not include the '_bucket' suffix. Choose a name without it.");
    }

    @Test
    void C7_invalidLabelsAreReported() {
        String message = deploymentFailure(Invalid.BadLabels.class);

        assertProblems(message,
                "Invalid @Count on dev.promcdi.invaliddefinitions.Invalid$BadLabels.noEquals(): label 'region' is not of the form \"key=value\"",
                "Invalid @Count on dev.promcdi.invaliddefinitions.Invalid$BadLabels.badKey(): 'my-region' is not a valid label name",
                "Invalid @Count on dev.promcdi.invaliddefinitions.Invalid$BadLabels.twice(): label 'region' is given twice",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$BadLabels.reserved(): label name 'le' is reserved");
    }

    @Test
    void C7_methodsTheContainerCannotInterceptAreReported() {
        String message = deploymentFailure(Invalid.Unreachable.class);

        assertProblems(message,
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$Unreachable.hidden(): the container cannot intercept a private method",
                "Invalid @Count on dev.promcdi.invaliddefinitions.Invalid$Unreachable.shared(): the container cannot intercept a static method");
    }

    @Test
    void C7_finalMethodsAreReported() {
        String message = deploymentFailure(Invalid.FinalMethod.class);

        assertProblems(message,
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$FinalMethod.locked(): the container cannot intercept a final method");
    }

    @Test
    void C7_finalMethodsAreReportedWithTheOtherProblemsOfTheirClass() {
        String message = deploymentFailure(Invalid.FinalMethodBesideOthers.class);

        assertProblems(message,
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$FinalMethodBesideOthers.locked(): the container cannot intercept a final",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$FinalMethodBesideOthers.misnamed(): 'beside-seconds' is not a valid",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$FinalMethodBesideOthers.hidden(): the container cannot intercept a private");
    }

    @Test
    void C7_finalClassesAreReported() {
        String message = deploymentFailure(Invalid.FinalClass.class);

        assertProblems(message, "Invalid @Count on dev.promcdi.invaliddefinitions.Invalid$FinalClass.work(): the container cannot "
                + "intercept the methods of a final class; remove 'final' from dev.promcdi.invaliddefinitions.Invalid$FinalClass");
    }

    @Test
    void C7_oneNameUsedForTwoMetricTypesIsReported() {
        String message = deploymentFailure(Invalid.TypeConflictA.class, Invalid.TypeConflictB.class);

        assertProblems(message, "Invalid @TrackInProgress on dev.promcdi.invaliddefinitions.Invalid$TypeConflictB.tracked(): "
                + "metric 'shared_metric' is also used by @Time on dev.promcdi.invaliddefinitions.Invalid$TypeConflictA.timed(), "
                + "which needs a histogram");
    }

    @Test
    void C7_sitesOfOneNameThatDisagreeAreReported() {
        String message = deploymentFailure(Invalid.DefinitionConflicts.class);

        assertProblems(message,
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$DefinitionConflicts.otherHelp(): help 'Another help.' of "
                        + "metric 'conflict_seconds' differs from 'One help.'",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$DefinitionConflicts.otherLabels(): metric "
                        + "'conflict_seconds' has label names [type] here but [kind]",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$DefinitionConflicts.otherBuckets(): buckets [0.5, 5.0] of "
                        + "metric 'conflict_seconds' differ from [0.1, 1.0]",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$DefinitionConflicts.unsortedBuckets(): buckets [1.0, 0.5] "
                        + "are not valid");
    }

    @Test
    void C7_applicationMetricsThatDoNotFitAreReported() {
        String message = deploymentFailure(Invalid.ApplicationMetrics.class);

        assertProblems(message,
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$ApplicationMetrics.timedWithGauge(): the application's "
                        + "metric 'app_queue_size' is a Gauge, but @Time needs a histogram",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$ApplicationMetrics.missingLabel(): the application's "
                        + "metric 'app_latency_seconds' has label names [region] but the annotation gives []",
                "Invalid @Time on dev.promcdi.invaliddefinitions.Invalid$ApplicationMetrics.redefines(): metric "
                        + "'app_latency_seconds' is produced by the application, which defines its help and buckets",
                "Invalid @CountExceptions on dev.promcdi.invaliddefinitions.Invalid$ApplicationMetrics.countsIntoHistogram(): the "
                        + "application's metric 'app_latency_seconds' is a Histogram, but @CountExceptions needs a counter");
    }

    @Test
    void C7_everyProblemOfTheDeploymentIsInOneMessage() {
        String message = deploymentFailure(Invalid.BadNames.class, Invalid.BadLabels.class,
                Invalid.Unreachable.class, Invalid.FinalMethod.class, Invalid.FinalClass.class,
                Invalid.TypeConflictA.class, Invalid.TypeConflictB.class, Invalid.DefinitionConflicts.class,
                Invalid.ApplicationMetrics.class);

        assertTrue(message.startsWith("promcdi found 20 problems in this deployment:"), message);
        List.of("digitFirst", "dash", "reservedSuffix", "noEquals", "badKey", "twice", "reserved", "hidden",
                "shared", "locked", "work", "tracked", "otherHelp", "otherLabels", "otherBuckets", "unsortedBuckets",
                "timedWithGauge", "missingLabel", "redefines", "countsIntoHistogram")
                .forEach(method -> assertTrue(message.contains("." + method + "()"), method + " in\n" + message));
    }

    @Test
    void C7_aFailedDeploymentLeavesNoMetricInTheRegistry() {
        String report = Containers.startFailure(Containers.weld(LeftBehind.Registry.class, LeftBehind.Valid.class,
                LeftBehind.Clashing.class)).getMessage();

        assertTrue(report.contains("the registry refuses metric 'left_clash'"), report);

        assertTrue(LeftBehind.REGISTRY.scrape().stream().noneMatch(
                family -> family.getMetadata().getPrometheusName().startsWith("left_behind")),
                "the valid site's metric is unregistered with the failed deployment");
    }

    /** Starts a container with {@code beans} and returns why the deployment failed. */
    static String deploymentFailure(Class<?>... beans) {
        Class<?>[] all = Arrays.copyOf(beans, beans.length + 1);
        all[beans.length] = Fixtures.class;
        DeploymentException failure = Containers.startFailure(Containers.weld(all));
        return failure.getMessage();
    }

    private static void assertProblems(String message, String... problems) {
        for (String problem : problems) {
            assertTrue(message.contains(problem), "expected\n  " + problem + "\nin\n" + message);
        }
        assertEquals(problems.length, message.lines().filter(line -> line.trim().startsWith("Invalid @")).count(),
                "one line per problem in\n" + message);
    }
}
