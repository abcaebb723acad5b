package org.portverify.interfaces.batch;

/**
 * How far a running execution has come: its current step and the items its steps have read, written and refused
 * so far (from the step metrics, which JBeret updates at every checkpoint; a refused record is a filtered item).
 */
public record ExecutionProgress(String currentStep, long itemsRead, long itemsWritten, long itemsRefused) {
}
