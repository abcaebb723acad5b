package org.portverify.interfaces.batch;

import java.util.Optional;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;

/** What the job repository says of an execution's job instance. */
final class Executions {

    private Executions() {
    }

    /** The execution a restart continues: the latest earlier execution of the same job instance, if any. */
    static Optional<Long> previous(long executionId) {
        JobOperator operator = JobLauncher.operator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .map(JobExecution::getExecutionId).filter(id -> id < executionId).max(Long::compare);
    }
}
