package org.portverify.it;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

/** In-server helpers: look up the application's beans and wait for a job execution to end. */
final class Runs {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private Runs() {
    }

    static <T> T lookup(String module, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup("java:global/portverify/" + module + "/"
                    + type.getSimpleName() + "!" + type.getName()));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobExecution awaitEnd(long executionId) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JobExecution execution = operator.getJobExecution(executionId);
            BatchStatus status = execution.getBatchStatus();
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
                return execution;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("execution " + executionId + " did not end within " + TIMEOUT);
    }

    /** The metrics of one step of an execution, by metric type name (READ_COUNT, ...). */
    static Map<String, Long> stepMetrics(long executionId, String stepName) {
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(executionId)) {
            if (step.getStepName().equals(stepName)) {
                Map<String, Long> metrics = new HashMap<>();
                for (Metric metric : step.getMetrics()) {
                    metrics.put(metric.getType().name(), metric.getValue());
                }
                return metrics;
            }
        }
        throw new AssertionError("no step " + stepName + " in execution " + executionId);
    }

    static String stepExitStatus(long executionId, String stepName) {
        return BatchRuntime.getJobOperator().getStepExecutions(executionId).stream()
                .filter(s -> s.getStepName().equals(stepName)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + stepName)).getExitStatus();
    }
}
