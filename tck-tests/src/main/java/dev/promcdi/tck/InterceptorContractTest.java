package dev.promcdi.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C1-C6, C8 and C9 on the deployed application: its bean is called over HTTP, its metrics read from {@code /api/metrics}. */
@ExtendWith(Tck.class)
class InterceptorContractTest {

    @Test
    void C1_syncCallIsObservedOnceWhetherItReturnsOrThrows(Tck tck) throws Exception {
        Exposition before = tck.metrics();

        assertEquals("returned", tck.get("contract/sync").body());
        assertEquals("threw java.lang.IllegalStateException", tck.get("contract/sync?failure=state").body(),
                "the caller gets the method's own exception");

        Exposition after = tck.metrics();
        assertEquals(2, after.count("tck_sync_seconds") - before.count("tck_sync_seconds"));
        assertEquals(2, after.value("tck_sync_calls_total") - before.value("tck_sync_calls_total"));
        assertTrue(after.value("tck_sync_seconds_sum") > before.value("tck_sync_seconds_sum"), "time was observed");
    }

    @ParameterizedTest(name = "declared {0}, then {1}")
    @CsvSource({
        "stage, complete, completed value",
        "stage, fail-state, failed java.lang.IllegalStateException",
        "stage, cancel-own, cancelled",
        "future, complete, completed value",
        "future, fail-state, failed java.lang.IllegalStateException",
        "future, cancel-own, cancelled"})
    void C2_stageIsMeasuredUntilItCompletesNotWhenTheMethodReturns(String declared, String outcome, String seen, Tck tck)
            throws Exception {
        String histogram = "stage".equals(declared) ? "tck_stage_seconds" : "tck_future_seconds";
        String id = UUID.randomUUID().toString();
        double before = tck.metrics().count(histogram);

        assertEquals("pending", tck.post("contract/stages/" + id + "?declared=" + declared).body());
        assertEquals(before, tck.metrics().count(histogram), "nothing is observed while the stage is pending");

        assertTrue(tck.post("contract/stages/" + id + "/" + outcome).body().startsWith(seen));
        assertEquals(before + 1, tck.metrics().count(histogram), "observed once when the stage completed");
    }

    @Test
    void C3_callerThatSeesTheStageCompleteSeesTheMetricUpdated(Tck tck) throws Exception {
        assertEquals("1", tck.get("contract/observed-at-completion").body(),
                "observations counted inside the caller's completion callback");
    }

    @Test
    void C3_cancellingTheReturnedFutureCancelsTheMethodsOwnFuture(Tck tck) throws Exception {
        String id = UUID.randomUUID().toString();
        double before = tck.metrics().count("tck_stage_seconds");
        tck.post("contract/stages/" + id);

        assertEquals("cancelled; own cancelled: true", tck.post("contract/stages/" + id + "/cancel-returned").body());
        assertEquals(before + 1, tck.metrics().count("tck_stage_seconds"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fail-io, failed java.io.IOException, 1",
        "fail-wrapped-io, failed java.io.IOException, 1",
        "fail-execution-io, failed java.util.concurrent.ExecutionException caused by java.io.IOException, 1",
        "fail-state, failed java.lang.IllegalStateException, 0"})
    void C4_stageFailuresAreMatchedByTheirUnwrappedCauseAndPassedOnUntouched(String outcome, String seen, int counted,
            Tck tck) throws Exception {
        String id = UUID.randomUUID().toString();
        double before = tck.metrics().value("tck_stage_failures_total");
        tck.post("contract/stages/" + id);

        assertEquals(seen + "; own cancelled: false", tck.post("contract/stages/" + id + "/" + outcome).body());
        assertEquals(before + counted, tck.metrics().value("tck_stage_failures_total"));
    }

    @Test
    void C4_syncThrowsAreCountedAndRethrownUntouched(Tck tck) throws Exception {
        double before = tck.metrics().value("tck_sync_failures_total");

        assertEquals("threw java.io.IOException", tck.get("contract/sync?failure=io").body());
        assertEquals("threw java.lang.IllegalStateException", tck.get("contract/sync?failure=state").body());
        assertEquals(before + 1, tck.metrics().value("tck_sync_failures_total"), "only the IOException is counted");
    }

    @Test
    void C5_inProgressReturnsToItsOldValueWhateverTheOutcome(Tck tck) throws Exception {
        double before = tck.metrics().value("tck_stage_inprogress");
        String[] outcomes = {"complete", "fail-io", "fail-state", "cancel-own", "cancel-returned"};
        String run = UUID.randomUUID().toString();
        for (String outcome : outcomes) {
            tck.post("contract/stages/" + outcome + run);
        }
        assertEquals(before + outcomes.length, tck.metrics().value("tck_stage_inprogress"), "pending stages are in progress");

        for (String outcome : outcomes) {
            tck.post("contract/stages/" + outcome + run + "/" + outcome);
        }
        tck.get("contract/sync?failure=io");
        Exposition after = tck.metrics();
        assertEquals(before, after.value("tck_stage_inprogress"), "ended stages are not, however they ended");
        assertEquals(0, after.value("tck_sync_inprogress"), "nor is a sync call that threw");
    }

    @Test
    void C6_nullWhereAStageWasDeclaredCountsAsCompletedAtReturn(Tck tck) throws Exception {
        double before = tck.metrics().count("tck_null_stage_seconds");

        assertEquals("null", tck.get("contract/null-stage").body());
        assertEquals(before + 1, tck.metrics().count("tck_null_stage_seconds"));
    }

    @Test
    void C9_aUniReturnedButNotSubscribedToIsCountedAndNothingElse(Tck tck) throws Exception {
        Exposition before = tck.metrics();

        assertEquals("assembled", tck.get("contract/uni-unsubscribed").body());
        Exposition after = tck.metrics();
        assertEquals(before.value("tck_uni_calls_total") + 1, after.value("tck_uni_calls_total"));
        assertEquals(before.count("tck_uni_seconds"), after.count("tck_uni_seconds"));
        assertEquals(before.value("tck_uni_inprogress"), after.value("tck_uni_inprogress"));
    }

    @ParameterizedTest(name = "subscribed, then {0}")
    @CsvSource({"complete, completed value, 0", "fail-io, failed java.io.IOException, 1", "cancel-returned, cancelled, 0"})
    void C9_aSubscribedUniIsMeasuredFromSubscriptionToItsEnd(String outcome, String seen, int failed, Tck tck)
            throws Exception {
        String id = UUID.randomUUID().toString();
        Exposition before = tck.metrics();

        assertEquals("pending", tck.post("contract/unis/" + id).body());
        Exposition during = tck.metrics();
        assertEquals(before.value("tck_uni_inprogress") + 1, during.value("tck_uni_inprogress"));
        assertEquals(before.count("tck_uni_seconds"), during.count("tck_uni_seconds"), "not over at subscription");

        String answer = tck.post("contract/stages/" + id + "/" + outcome).body();
        assertTrue(answer.startsWith(seen), answer);
        Exposition after = tck.metrics();
        assertEquals(before.count("tck_uni_seconds") + 1, after.count("tck_uni_seconds"), "observed once at its end");
        assertEquals(before.value("tck_uni_inprogress"), after.value("tck_uni_inprogress"));
        assertEquals(before.value("tck_uni_failures_total") + failed, after.value("tck_uni_failures_total"));
    }

    @Test
    void C8_labelledDataPointsAreResolvedAtDeploymentNotOnFirstCall(Tck tck) throws Exception {
        String series = "tck_labelled_seconds_count{tier=\"gold\"}";
        Exposition before = tck.metrics();
        assertTrue(before.has(series), "the labelled series exists before any call:\n" + before);

        tck.get("contract/labelled");
        assertEquals(before.value(series) + 1, tck.metrics().value(series));
    }
}
