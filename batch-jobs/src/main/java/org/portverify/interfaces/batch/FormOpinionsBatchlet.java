package org.portverify.interfaces.batch;

import java.util.stream.Collectors;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.portverify.application.VerificationOpinions;

/** Step {@code form-opinions}: the verification opinion of each port; the exit status names them. */
@Named("formOpinions")
@Dependent
public class FormOpinionsBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private VerificationOpinions opinions;

    @Override
    public String process() {
        return opinions.form(job.getExecutionId()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().opinion()).collect(Collectors.joining(" "));
    }
}
