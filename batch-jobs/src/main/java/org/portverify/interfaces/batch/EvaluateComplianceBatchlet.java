package org.portverify.interfaces.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.ComplianceReview;

/** Step {@code evaluate-compliance}: statuses of every plan deadline and milestone, and the new defaults charged. */
@Named("evaluateCompliance")
@Dependent
public class EvaluateComplianceBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private ComplianceReview compliance;

    @Override
    public String process() {
        return "DEFAULTS_CHARGED=" + compliance.evaluate(job.getExecutionId()).size();
    }
}
